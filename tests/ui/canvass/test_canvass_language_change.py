"""A language chosen in settings reaches the canvass screens, the status bar's sync and
canvass parts and the sync review, already open, with nothing left in English."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from callcenter.db import Store
from callcenter.models import utcnow
from callcenter.services.canvass.status import CanvassStatus
from tests.canvass.conftest import Turf
from tests.ui.calling_helpers import show_window
from tests.ui.shiftlead.test_activation_by_keyboard import keyboard_sign_in
from tests.ui.test_language_change import choose_language, shown_texts, translations
from ui.i18n import LanguageSwitch
from ui.main_window import MainWindow
from ui.ops import InlineOpRunner

from .test_canvass_page import check_out


def english_left(root: QWidget, language: str) -> list[str]:
    known = translations(language)
    return [t for t in shown_texts(root) if t in known]


def test_the_canvass_screens_and_the_sync_parts_switch_language(
    qtbot: QtBot, store: Store, inline_runner: InlineOpRunner, turf: Turf, qapp: QApplication
) -> None:
    before = QLocale()
    languages = LanguageSwitch("en", system=QLocale("C"))
    try:
        window = MainWindow(store, inline_runner, languages=languages)
        qtbot.addWidget(window)
        show_window(qtbot, window)
        keyboard_sign_in(qtbot, window, "LEAD01", "123456")
        shell = window.shell
        assert shell is not None and shell.canvass_page is not None
        shell.tabs.setCurrentIndex(2)
        page = shell.canvass_page
        check_out(qtbot, page, "60601", name="Oak turf")
        page.work()
        door = page.door_view
        assert page.stack.currentWidget() is door
        canvass, sync = window.canvass_status, window.sync_status
        assert canvass is not None and sync is not None
        canvass._crm = object()  # type: ignore[assignment]  # set up, not answering
        canvass._show_online(False)
        canvass._show_status(CanvassStatus(3, 1, "Oak turf", utcnow() + timedelta(hours=2)))
        sync.open_review()
        review = sync.review_dialog
        assert review is not None

        choose_language(window, "de")

        assert page.stack.currentWidget() is door  # still on the same door
        german = translations("de")
        assert canvass.waiting_label.text() == german["{n} to send"].format(n=3)
        assert canvass.checkout_label.text().startswith("Gebiet bis ")
        assert canvass.waiting_label.toolTip().startswith("3 warten auf Abgleich")
        for name, root in (
            ("door mode", door),
            ("status bar", window.statusBar()),
            ("sync review", review),
        ):
            assert english_left(root, "de") == [], f"{name} still in English"
        page.show_overview()
        assert english_left(page.overview, "de") == []
        page.buttons["paper"].click()
        assert english_left(page.paper_view, "de") == []
        review.reject()
    finally:
        languages.uninstall()
        QLocale.setDefault(before)
