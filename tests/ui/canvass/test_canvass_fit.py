"""The canvass screens fit a 1366x768 laptop in German and French: the overview, the
checkout dialog, door mode, paper sheets and phone mode."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.canvass.conftest import DAYTIME
from tests.ui.fitting import assert_fits, styled_language  # noqa: F401
from ui.i18n import LanguageSwitch

from .conftest import MakePage
from .test_canvass_page import check_out


@pytest.mark.parametrize("language", ["de", "fr"])
def test_the_canvass_screens_fit(
    qtbot: QtBot,
    make_page: MakePage,
    styled_language: LanguageSwitch,  # noqa: F811
    language: str,
    tmp_path: Path,
) -> None:
    styled_language.switch(language)
    page, host = make_page(clock=lambda: DAYTIME)
    assert_fits(host, f"overview-{language}", tmp_path)

    page.check_out()
    dialog = page.checkout_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.refresh_preview()
    assert_fits(dialog, f"checkout-{language}", tmp_path)
    dialog.reject()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)

    check_out(qtbot, page, "60601", name="Oak turf")
    assert_fits(host, f"overview-checked-out-{language}", tmp_path)
    page.work()
    assert page.stack.currentWidget() is page.door_view
    assert_fits(host, f"door-{language}", tmp_path)
    page.show_overview()
    page.buttons["paper"].click()
    assert page.stack.currentWidget() is page.paper_view
    assert_fits(host, f"paper-{language}", tmp_path)
    page.show_overview()

    check_out(qtbot, page, name="Phone turf", hours=48, mode="phone")
    page.work()
    assert page.stack.currentWidget() is page.phone_view
    QApplication.processEvents()
    assert_fits(host, f"phone-{language}", tmp_path)
