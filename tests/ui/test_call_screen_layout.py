"""The contact screen: names for screen readers, tab order, 1366x768 and 200% fonts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from callcenter.db import Store
from tests.ui.calling_helpers import (
    calling_world,
    focused,
    show_window,
    sign_in_by_keyboard,
    start_calling,
)
from tests.ui.conftest import MakeWindow
from tests.ui.test_accessibility import unnamed_controls
from ui.app import load_style_sheet


def test_every_control_of_the_calling_flow_is_named(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    calling_world(store)
    window = make_window()
    show_window(qtbot, window)
    calling = start_calling(qtbot, window)
    assert unnamed_controls(window) == []

    # Every question page and the closing page, as they come up.
    qtbot.keyClick(focused(window), Qt.Key.Key_Return)
    assert unnamed_controls(window) == []
    qtbot.keyClick(focused(window), Qt.Key.Key_Return)
    qtbot.keyClick(focused(window), Qt.Key.Key_F3)  # the callback field opens
    assert unnamed_controls(window) == []

    qtbot.keyClick(focused(window), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert calling.stack.currentWidget() is calling.list_view
    assert unnamed_controls(window) == []

    qtbot.keyClick(focused(window), Qt.Key.Key_Escape)
    qtbot.keyClick(focused(window), Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(focused(window), Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert calling.stack.currentWidget() is calling.picker
    assert unnamed_controls(window) == []


def test_tab_follows_the_order_of_a_call(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    calling_world(store)
    window = make_window()
    show_window(qtbot, window)
    screen = start_calling(qtbot, window).screen
    screen.phones.first_focusable().setFocus()  # type: ignore[union-attr]

    order: list[QWidget] = []
    for _ in range(10):
        order.append(focused(window))
        qtbot.keyClick(focused(window), Qt.Key.Key_Tab)

    row = screen.phones._rows[0]
    page = screen.script.all_pages()[0]
    assert order == [
        row.call,
        row.copy,
        row.wrong,
        page.buttons[0],  # the answers are one stop; arrow keys move within them
        page.next_button,
        next(iter(screen.results._buttons.values())),  # the results likewise
        screen.results.notes,
        screen.save_button,
        screen.skip_button,
        screen.end_button,
    ]


def _inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def test_everything_fits_1366x768_without_scrolling(
    qtbot: QtBot, qapp: QApplication, store: Store, make_window: MakeWindow
) -> None:
    load_style_sheet(qapp)
    try:
        calling_world(store)
        window = make_window()
        show_window(qtbot, window)
        screen = start_calling(qtbot, window).screen
        window.resize(1366, 768)
        QApplication.processEvents()

        scroller = screen.scroller
        assert not scroller.verticalScrollBar().isVisible()
        assert not scroller.horizontalScrollBar().isVisible()
        key_widgets = [
            screen.header.name_label,
            screen.header.local_time_label,
            screen.header.timer,
            *screen.phones.focus_chain()[:3],
            screen.script.intro_label,
            *screen.script.all_pages()[0].buttons,
            *screen.results._buttons.values(),
            screen.results.notes,
            screen.results.callback.editor,
            screen.save_button,
            screen.skip_button,
            screen.end_button,
        ]
        for widget in key_widgets:
            assert widget.isVisible() and _inside(widget, window), widget.objectName()
            assert widget.width() >= widget.minimumSizeHint().width(), widget.objectName()
    finally:
        qapp.setStyleSheet("")


def test_at_200_percent_text_is_not_clipped(
    qtbot: QtBot, qapp: QApplication, store: Store, make_window: MakeWindow, tmp_path: Path
) -> None:
    normal = QFont(qapp.font())
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 2)
    qapp.setFont(large)
    load_style_sheet(qapp)
    try:
        calling_world(store)
        window = make_window()
        show_window(qtbot, window)
        screen = start_calling(qtbot, window).screen
        QApplication.processEvents()

        # Two columns: the numbers and history beside the script, the results below
        # them; they scroll up and down, never sideways.
        assert screen._wide is False and screen._mode == "two"
        left, script, results = screen._left_column, screen.script, screen.results
        assert left.geometry().right() < script.geometry().left()
        assert left.geometry().top() == script.geometry().top()
        assert results.geometry().top() > max(left.geometry().bottom(), script.geometry().bottom())
        assert not screen.scroller.horizontalScrollBar().isVisible()
        stacked_height = sum(w.sizeHint().height() for w in (left, script, results))
        assert screen.scroller.widget().height() < stacked_height
        assert screen.header.name_label.font().pointSizeF() >= 2 * normal.pointSizeF()
        for label in screen.findChildren(QLabel):
            if label.isVisible() and label.text() and not label.wordWrap():
                assert label.width() >= label.sizeHint().width(), label.text()
        for button in screen.findChildren(QRadioButton):
            if button.isVisible():
                assert button.width() >= button.sizeHint().width(), button.text()
        # Tab to the Save button scrolls nothing away: the actions stay put.
        assert _inside(screen.save_button, window)
        assert window.grab().save(str(tmp_path / "contact-200.png"))
    finally:
        qapp.setFont(normal)
        qapp.setStyleSheet("")


def test_at_200_percent_in_a_narrow_window_the_panels_stack_in_one_column(
    qtbot: QtBot, qapp: QApplication, store: Store, make_window: MakeWindow
) -> None:
    normal = QFont(qapp.font())
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 2)
    qapp.setFont(large)
    load_style_sheet(qapp)
    try:
        calling_world(store)
        window = make_window()
        show_window(qtbot, window)
        screen = start_calling(qtbot, window).screen
        window.resize(window.minimumWidth(), 768)
        QApplication.processEvents()

        assert screen._mode == "one"
        left, script, results = screen._left_column, screen.script, screen.results
        assert left.geometry().bottom() < script.geometry().top()
        assert script.geometry().bottom() < results.geometry().top()
        assert not screen.scroller.horizontalScrollBar().isVisible()

        window.resize(1366, 768)
        QApplication.processEvents()
        assert screen._mode == "two"
    finally:
        qapp.setFont(normal)
        qapp.setStyleSheet("")


@pytest.mark.parametrize("size", [(1366, 768), (1180, 700)])
def test_the_focused_answer_is_on_screen(
    qtbot: QtBot, store: Store, make_window: MakeWindow, size: tuple[int, int]
) -> None:
    calling_world(store)
    window = make_window()
    show_window(qtbot, window)
    screen = start_calling(qtbot, window).screen
    window.resize(*size)
    QApplication.processEvents()

    assert _inside(focused(window), window)
    assert focused(window) is screen.script.focus_widget()


def test_the_campaign_picker_grows_with_a_large_font(
    qtbot: QtBot, qapp: QApplication, store: Store, make_window: MakeWindow
) -> None:
    normal = QFont(qapp.font())
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 2)
    qapp.setFont(large)
    load_style_sheet(qapp)
    try:
        calling_world(store)
        window = make_window()
        show_window(qtbot, window)
        picker = sign_in_by_keyboard(qtbot, window).picker
        QApplication.processEvents()

        for button in (picker.start_button, picker.list_button, picker.refresh_button):
            assert button.width() >= button.sizeHint().width(), button.text()
            assert _inside(button, window)
    finally:
        qapp.setFont(normal)
        qapp.setStyleSheet("")
