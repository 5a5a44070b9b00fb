"""German and French: complete, shipped compiled, and fitting the contact screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from callcenter.db import Store
from tests.ui.calling_helpers import calling_world, show_window, start_calling
from tests.ui.conftest import MakeWindow
from tests.ui.fitting import clipped_texts
from ui import i18n_tools
from ui.app import load_style_sheet
from ui.core_messages import translated
from ui.i18n import LanguageSwitch

HOW_TO_FIX = (
    "Run `{command}`, translate the new strings in resources/translations/*.ts "
    "(pyside6-linguist, or `python -m ui.i18n_tools fill FILE.json`), then run it again."
)


@pytest.fixture
def speak() -> Iterator[LanguageSwitch]:
    """Switch languages inside a test; English and the old default locale come back after."""
    before = QLocale()
    switch = LanguageSwitch("en", system=QLocale("C"))
    yield switch
    switch.uninstall()
    QLocale.setDefault(before)


def test_every_string_is_translated_and_none_is_obsolete(tmp_path: Path) -> None:
    problems = i18n_tools.check(tmp_path)

    listed = "\n".join(str(p) for p in problems[:25])
    more = f"\n... and {len(problems) - 25} more" if len(problems) > 25 else ""
    how = HOW_TO_FIX.format(command=i18n_tools.REFRESH_COMMAND)
    assert problems == [], f"{len(problems)} translation problems:\n{listed}{more}\n{how}"


@pytest.mark.parametrize("language", sorted(i18n_tools.LANGUAGES))
def test_the_shipped_qm_files_are_compiled_from_the_ts_files(tmp_path: Path, language: str) -> None:
    fresh = tmp_path / f"callcenter_{language}.qm"
    i18n_tools.run_lrelease(i18n_tools.ts_path(language), fresh)

    shipped = i18n_tools.qm_path(language)
    assert shipped.read_bytes() == fresh.read_bytes(), (
        f"{shipped.name} is older than its .ts: run `{i18n_tools.REFRESH_COMMAND}`."
    )


@pytest.mark.parametrize(
    ("language", "sign_in", "refusal"),
    [
        ("de", "Anmelden", "Noch 2 Versuche"),
        ("fr", "Se connecter", "Encore 2 essais"),
    ],
)
def test_the_window_and_the_core_s_refusals_speak_the_language(
    qtbot: QtBot,
    store: Store,
    make_window: MakeWindow,
    speak: LanguageSwitch,
    language: str,
    sign_in: str,
    refusal: str,
) -> None:
    speak.switch(language)
    window = make_window()

    assert window.sign_in_page.sign_in_button.text() == sign_in
    core = "That code and PIN do not match. 2 tries left before the code is locked."
    assert refusal in translated(core)
    assert translated("A refusal nobody listed.") == "A refusal nobody listed."


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_the_contact_screen_fits_1366x768_in_each_language(
    qtbot: QtBot,
    qapp: QApplication,
    store: Store,
    make_window: MakeWindow,
    speak: LanguageSwitch,
    language: str,
    tmp_path: Path,
) -> None:
    speak.switch(language)
    load_style_sheet(qapp)
    try:
        calling_world(store)
        window = make_window()
        show_window(qtbot, window)
        screen = start_calling(qtbot, window).screen
        window.resize(1366, 768)
        QApplication.processEvents()

        assert screen.save_button.text() != "" and screen._wide
        assert not screen.scroller.verticalScrollBar().isVisible()
        assert not screen.scroller.horizontalScrollBar().isVisible()
        assert clipped_texts(window) == []
        assert window.grab().save(str(tmp_path / f"contact-{language}.png"))
    finally:
        qapp.setStyleSheet("")
