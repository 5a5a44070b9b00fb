"""Which language the window speaks, and dates and numbers in its locale."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from callcenter.db import Store
from callcenter.errors import InvalidInputError
from callcenter.services.settings import (
    DisplaySettings,
    display_settings,
    set_display_settings,
)
from ui import formats
from ui.i18n import (
    LanguageSwitch,
    choose_language,
    formatting_locale,
    install_language,
    remove_language,
    system_language,
)
from ui.main_window import MainWindow
from ui.ops import InlineOpRunner


@pytest.fixture
def english_default() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("explicit", "stored", "system", "expected"),
    [
        ("fr", "de", "en_US", "fr"),  # --lang wins
        (None, "de", "fr_FR", "de"),  # then the setting
        (None, "", "fr_CA", "fr"),  # then the system's
        (None, "", "de_AT", "de"),
        (None, "", "es_ES", "en"),  # English when the system's is not one of ours
        (None, "", "C", "en"),
        ("xx", "yy", "de_CH", "de"),  # unknown codes are skipped, not trusted
    ],
)
def test_language_is_chosen_in_order(
    explicit: str | None, stored: str, system: str, expected: str
) -> None:
    assert choose_language(explicit, stored, QLocale(system)) == expected


def test_the_system_s_first_language_we_have_is_taken() -> None:
    # uiLanguages lists preferences in order; a Swiss system prefers de over fr here.
    assert system_language(QLocale("de_CH")) == "de"


def test_formats_follow_the_system_s_region_when_it_speaks_the_language() -> None:
    assert formatting_locale("de", QLocale("de_AT")).name() == "de_AT"
    assert formatting_locale("de", QLocale("en_US")).name() == "de_DE"
    assert formatting_locale("en", QLocale("C")).name() == "en_US"


@pytest.mark.usefixtures("english_default")
def test_dates_times_and_numbers_in_each_locale(qapp: QApplication) -> None:
    moment = datetime(2025, 11, 23, 14, 5)
    expected = {
        "en": ("1,234", "2:05\u202fPM", "11/23/25"),
        "de": ("1.234", "14:05", "23.11.25"),
        "fr": ("1\u202f234", "14:05", "23/11/2025"),
    }
    for language, (number, time, day) in expected.items():
        installed = install_language(language, system=QLocale("C"))
        try:
            assert formats.count(1234) == number
            assert formats.time_of(moment).replace(" ", "\u202f") == time.replace(" ", "\u202f")
            assert formats.date_time(moment).startswith(day)
        finally:
            remove_language(installed)


@pytest.mark.usefixtures("english_default")
def test_german_and_french_translations_are_installed(qapp: QApplication) -> None:
    switch = LanguageSwitch("de", system=QLocale("C"))
    try:
        # Qt's own strings too (standard buttons, context menus).
        assert QApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
        assert QLocale().name() == "de_DE"
        assert switch.switch("fr")
        assert QApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        assert not switch.switch("fr")
        assert switch.switch("en")
        assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        switch.uninstall()


def test_display_settings_are_stored_and_checked(store: Store) -> None:
    assert display_settings(store) == DisplaySettings("", "system")
    set_display_settings(store, "DE", "dark")
    assert display_settings(store) == DisplaySettings("de", "dark")
    set_display_settings(store, "", "high_contrast")
    assert display_settings(store) == DisplaySettings("", "high_contrast")
    with pytest.raises(InvalidInputError):
        set_display_settings(store, "xx", "dark")
    with pytest.raises(InvalidInputError):
        set_display_settings(store, "fr", "neon")


@pytest.mark.usefixtures("english_default")
def test_choosing_a_language_rebuilds_the_sign_in_page(
    qtbot: QtBot, qapp: QApplication, store: Store
) -> None:
    languages = LanguageSwitch("en", system=QLocale("C"))
    style = qapp.styleSheet()
    try:
        window = MainWindow(store, InlineOpRunner(), languages=languages)
        qtbot.addWidget(window)
        window.show()
        english_page = window.sign_in_page

        window.open_display_settings()
        dialog = window.settings_dialog
        assert dialog is not None
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("de"))
        dialog.done(QDialog.DialogCode.Accepted)

        assert window.settings_dialog is None
        assert languages.language == "de"
        assert window.sign_in_page is not english_page
        assert window.sign_in_page.sign_in_button.text() == "Anmelden"
        assert window.settings_button.text() == "Einstellungen"
        assert window.pages.currentWidget() is window.sign_in_page
        assert display_settings(store).language == "de"
    finally:
        languages.uninstall()
        qapp.setStyleSheet(style)
