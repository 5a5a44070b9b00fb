"""Starting the GUI: screenshots, style sheet, and the uncaught-exception guard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from callcenter.db import Store
from callcenter.startup import opened
from tests.ui.conftest import FakeDemoCredential, MakeWindow
from ui.app import STYLE_SHEET, ScreenshotError, load_style_sheet, make_excepthook, run_gui


@pytest.mark.usefixtures("collect_windows")
def test_screenshot_writes_a_png_of_the_ready_window(
    qapp: QApplication, store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "shots" / "x.png"
    credentials = [FakeDemoCredential("DEMO22", "246802", "Dee Mo", "volunteer", "active")]

    code = run_gui(lambda: opened(store, None, credentials), db_path=store.path, screenshot=path)

    assert code == 0
    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() > 0 and image.height() > 0


@pytest.mark.usefixtures("collect_windows")
def test_screenshot_to_an_unwritable_place_says_where(
    qapp: QApplication, store: Store, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    target = blocker / "x.png"

    with pytest.raises(ScreenshotError, match="a-file"):
        run_gui(lambda: opened(store), db_path=store.path, screenshot=target)


def test_style_sheet_ships_and_its_absence_is_tolerated(qapp: QApplication, tmp_path: Path) -> None:
    assert STYLE_SHEET.is_file()
    before = qapp.styleSheet()

    assert load_style_sheet(qapp, tmp_path / "missing.qss") is False
    assert qapp.styleSheet() == before


def test_uncaught_exception_shows_a_short_message(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    earlier: list[BaseException] = []
    hook = make_excepthook(window, lambda _kind, error, _tb: earlier.append(error))

    try:
        raise ValueError("bad value\nmore detail")
    except ValueError as error:
        hook(ValueError, error, error.__traceback__)

    assert window.banner.text() == "Something went wrong: bad value"
    assert earlier == []


def test_main_window_title_and_status_bar(make_window: MakeWindow, store: Store) -> None:
    window = make_window()

    assert window.windowTitle() == "Call Center"
    assert store.path.name in window.database_label.text()
    assert window.minimumWidth() <= 1366 and window.minimumHeight() <= 768
