"""The shift lead console follows a language change at once: tabs, buttons, table headers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from callcenter.db import Store
from tests.factories import make_volunteer
from tests.ui.shiftlead.conftest import LEAD_CODE, LEAD_PIN
from tests.ui.shiftlead.test_activation_by_keyboard import keyboard_sign_in, open_console
from tests.ui.test_language_change import shown_texts, translations
from ui.i18n import LanguageSwitch
from ui.main_window import MainWindow
from ui.ops import InlineOpRunner


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageSwitch]:
    before, style = QLocale(), qapp.styleSheet()
    switch = LanguageSwitch("en", system=QLocale("C"))
    yield switch
    switch.uninstall()
    QLocale.setDefault(before)
    qapp.setStyleSheet(style)


def test_the_console_switches_language_and_keeps_its_search_and_tab(
    qtbot: QtBot,
    store: Store,
    inline_runner: InlineOpRunner,
    lead: int,
    languages: LanguageSwitch,
) -> None:
    make_volunteer(store, "VOLU22", first_name="Val", last_name="Volunteer")
    window = MainWindow(store, inline_runner, languages=languages)
    qtbot.addWidget(window)
    keyboard_sign_in(qtbot, window, LEAD_CODE, LEAD_PIN)
    console = open_console(qtbot, window)
    window.show()
    console.tabs.setCurrentWidget(console.volunteers_page)
    page = console.volunteers_page
    page.search_field.setText("val")
    page.reload()
    header = page.model.headerData(0, Qt.Orientation.Horizontal)

    window.open_display_settings()
    dialog = window.settings_dialog
    assert dialog is not None
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("de"))
    dialog.done(QDialog.DialogCode.Accepted)

    assert window.shell is not None and window.shell.shift_lead_page is console
    assert console.tabs.currentWidget() is page and page.search_field.text() == "val"
    assert [r.name for r in page.model.rows()] == ["Val Volunteer"]
    german = translations("de")
    assert header == "Name"
    assert page.model.headerData(4, Qt.Orientation.Horizontal) == german["Languages"]
    assert page.model.headerData(3, Qt.Orientation.Horizontal) == german["Role"]
    stale = [t for t in shown_texts(window) if t in german]
    assert stale == [], f"still in English after the switch: {stale}"
    for index in range(console.tabs.count()):  # every page of the console, not only this one
        console.tabs.setCurrentIndex(index)
        stale = [t for t in shown_texts(console.tabs.currentWidget()) if t in german]
        assert stale == [], f"tab {index} still in English: {stale}"
