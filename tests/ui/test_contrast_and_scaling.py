"""Results told apart without colour; high contrast at 200% on the contact screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QIcon, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from callcenter.db import Store
from tests.ui.calling_helpers import calling_world, show_window, start_calling
from tests.ui.conftest import MakeWindow
from tests.ui.fitting import clipped_texts
from ui.theme import apply_theme


@pytest.fixture
def restore_look(qapp: QApplication) -> Iterator[None]:
    sheet, palette, style, font = (
        qapp.styleSheet(),
        qapp.palette(),
        qapp.style().name(),
        qapp.font(),
    )
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)
    qapp.setFont(font)


def _inked(icon: QIcon, state: QIcon.State) -> int:
    image = icon.pixmap(QSize(16, 16), QIcon.Mode.Normal, state).toImage()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha()
    )


def test_each_result_shows_its_key_and_name_and_the_chosen_one_a_tick(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    calling_world(store)
    window = make_window()
    show_window(qtbot, window)
    results = start_calling(qtbot, window).screen.results

    buttons = list(results._buttons.values())
    assert buttons
    for key, button in zip("123456789", buttons, strict=False):
        assert button.text().startswith(f"{key}  ")
        assert button.accessibleName() and button.accessibleName() in button.text()
        # The tick is drawn only for the chosen result, in every theme: not colour alone.
        assert _inked(button.icon(), QIcon.State.On) > 0
        assert _inked(button.icon(), QIcon.State.Off) == 0
    assert results.choose_key("1")
    assert buttons[0].isChecked() and not any(b.isChecked() for b in buttons[1:])


@pytest.mark.usefixtures("restore_look")
@pytest.mark.parametrize("theme", ["high_contrast", "dark"])
def test_the_contact_screen_at_200_percent_in_high_contrast_and_dark(
    qtbot: QtBot, qapp: QApplication, store: Store, make_window: MakeWindow, theme: str
) -> None:
    large = QFont(qapp.font())
    large.setPointSizeF(large.pointSizeF() * 2)
    qapp.setFont(large)
    assert apply_theme(qapp, theme) == theme

    calling_world(store)
    window = make_window()
    show_window(qtbot, window)
    screen = start_calling(qtbot, window).screen
    QApplication.processEvents()

    assert not screen.scroller.horizontalScrollBar().isVisible()
    assert clipped_texts(screen) == []
