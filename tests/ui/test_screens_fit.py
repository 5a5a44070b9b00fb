"""Every main screen fits a 1366x768 laptop in German and French: no label, button,
tab or group title cut short.  The status bar is looked at with its longest texts:
a turf checked out, rows waiting and refused, a sync with rows to review."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from callcenter.db import Store
from callcenter.models import utcnow
from callcenter.services.canvass.status import CanvassStatus
from callcenter.services.sync_state import SyncStatus
from tests.factories import make_volunteer, make_world
from tests.ui.calling_helpers import show_window
from tests.ui.conftest import FakeDemoCredential
from tests.ui.fitting import assert_fits, show_at, styled_language  # noqa: F401
from tests.ui.shiftlead.test_activation_by_keyboard import keyboard_sign_in
from ui.data.import_dialog import ImportDialog
from ui.i18n import LanguageSwitch
from ui.main_window import MainWindow
from ui.ops import InlineOpRunner
from ui.sync_review import SyncReviewDialog

LEAD_CODE, LEAD_PIN = "LEAD22", "123456"
LANGUAGES = ["de", "fr"]


def busiest_status_bar(window: MainWindow) -> None:
    """The status bar's longest texts: a CRM that does not answer, a turf out, much to sync."""
    canvass, sync = window.canvass_status, window.sync_status
    assert canvass is not None and sync is not None
    canvass._crm = object()  # type: ignore[assignment]  # a CRM set up, not answering
    canvass._show_online(False)
    later = utcnow() + timedelta(days=1, hours=3)
    canvass._show_status(CanvassStatus(12345, 123, "Nord-Est 12 (Oak Avenue)", later))
    crm = SimpleNamespace(instance_url="https://example.my.salesforce.com")
    earlier = utcnow() - timedelta(days=2)
    sync._show(SyncStatus(crm, earlier, earlier, None, 12345, 123, 45))  # type: ignore[arg-type]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_lead_s_screens_and_the_status_bar_fit(
    qtbot: QtBot,
    store: Store,
    inline_runner: InlineOpRunner,
    styled_language: LanguageSwitch,  # noqa: F811
    language: str,
    tmp_path: Path,
) -> None:
    styled_language.switch(language)
    world = make_world(store, contacts=3)
    make_volunteer(
        store,
        LEAD_CODE,
        LEAD_PIN,
        role="shift_lead",
        first_name="Lee",
        last_name="Lead",
        campaign_ids=(world.campaign_id,),
    )
    demo = [FakeDemoCredential("A1", "1", "Ann", "volunteer", "active")]
    window = MainWindow(store, inline_runner, demo, languages=styled_language)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    show_window(qtbot, window)
    busiest_status_bar(window)
    assert_fits(window, f"sign-in-{language}", tmp_path)
    canvass = window.canvass_status
    assert canvass is not None  # short words shown, the whole story in the tool tips
    assert "Nord-Est 12 (Oak Avenue)" in canvass.checkout_label.toolTip()
    assert "12" in canvass.waiting_label.toolTip() and "123" in canvass.waiting_label.toolTip()

    keyboard_sign_in(qtbot, window, LEAD_CODE, LEAD_PIN)
    shell = window.shell
    assert shell is not None and shell.shift_lead_page is not None
    assert shell.canvass_page is not None
    calling = shell.calling_page
    qtbot.waitUntil(lambda: calling.picker.current_campaign() is not None)
    busiest_status_bar(window)
    assert_fits(window, f"picker-{language}", tmp_path)

    summary = calling.picker.current_campaign()
    calling.open_list(summary)
    assert calling.stack.currentWidget() is calling.list_view
    assert_fits(window, f"call-list-{language}", tmp_path)

    shell.tabs.setCurrentIndex(1)
    console = shell.shift_lead_page
    assert shell.pages.currentWidget() is console
    for index in range(console.tabs.count()):  # queue, volunteers, room, audit...
        console.tabs.setCurrentIndex(index)
        assert_fits(window, f"console-{index}-{language}", tmp_path)

    shell.tabs.setCurrentIndex(2)
    assert shell.pages.currentWidget() is shell.canvass_page
    assert_fits(window, f"canvass-{language}", tmp_path)

    window.open_display_settings()
    dialog = window.settings_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    QApplication.processEvents()
    assert_fits(dialog, f"settings-{language}", tmp_path)
    dialog.reject()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_import_and_sync_review_dialogs_fit(
    qtbot: QtBot,
    store: Store,
    inline_runner: InlineOpRunner,
    styled_language: LanguageSwitch,  # noqa: F811
    language: str,
    tmp_path: Path,
) -> None:
    styled_language.switch(language)
    world = make_world(store, contacts=1)
    importer = ImportDialog(store, inline_runner, [(world.campaign_id, "Get out the vote", True)])
    qtbot.addWidget(importer)
    importer.show()
    QApplication.processEvents()
    assert_fits(importer, f"import-{language}", tmp_path)

    review = SyncReviewDialog(store, inline_runner)
    qtbot.addWidget(review)
    review.show()
    QApplication.processEvents()
    assert_fits(review, f"sync-review-{language}", tmp_path)
