"""Every control a person can reach has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from callcenter.db import Store
from callcenter.services.settings import DisplaySettings, display_settings
from tests.factories import make_volunteer
from tests.ui.conftest import FakeDemoCredential, MakeWindow
from ui.messages import MessageLevel

CTRL = Qt.KeyboardModifier.ControlModifier
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
    QTabBar,
    QTextEdit,
    QPlainTextEdit,
)


def unnamed_controls(root: QWidget) -> list[str]:
    controls = [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE)]
    visible = [w for w in controls if w.isVisibleTo(root)]
    assert visible, "walked no controls"
    return [
        f"{type(w).__name__} {w.objectName()!r}" for w in visible if not w.accessibleName().strip()
    ]


def test_sign_in_page_controls_are_named(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window([FakeDemoCredential("DEMO22", "246802", "Dee Mo", "admin", "active")])
    window.show()
    qtbot.waitExposed(window)

    assert unnamed_controls(window) == []


def test_shell_controls_are_named(qtbot: QtBot, store: Store, make_window: MakeWindow) -> None:
    make_volunteer(store, "LEAD22", "123456", role="shift_lead")
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.sign_in_page.code_field.setText("LEAD22")
    window.sign_in_page.pin_field.setText("123456")
    qtbot.mouseClick(window.sign_in_page.sign_in_button, Qt.MouseButton.LeftButton)
    assert window.shell is not None and not window.shell.tabs.isHidden()
    # The banner's Dismiss button counts too once a message is up.
    window.show_message("A notice", MessageLevel.NOTICE)

    assert unnamed_controls(window) == []


def test_canvass_tab_names_its_controls(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    make_volunteer(store, "LEAD22", "123456", role="shift_lead")
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.sign_in_page.code_field.setText("LEAD22")
    window.sign_in_page.pin_field.setText("123456")
    qtbot.mouseClick(window.sign_in_page.sign_in_button, Qt.MouseButton.LeftButton)
    shell = window.shell
    assert shell is not None and shell.canvass_page is not None
    shell.tabs.setCurrentIndex(shell.pages.indexOf(shell.canvass_page))

    assert shell.pages.currentWidget() is shell.canvass_page
    assert unnamed_controls(window) == []


def test_language_and_colours_by_keyboard(
    qtbot: QtBot, qapp: QApplication, store: Store, make_window: MakeWindow
) -> None:
    sheet, palette, style = qapp.styleSheet(), qapp.palette(), qapp.style().name()
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    try:
        qtbot.keyClick(window.sign_in_page.code_field, Qt.Key.Key_Comma, CTRL)
        dialog = window.settings_dialog
        assert dialog is not None and dialog.isVisible()
        assert unnamed_controls(dialog) == []
        qtbot.waitUntil(dialog.language_box.hasFocus)

        # Down picks the next language; Tab, then Down twice: dark colours; Enter: done.
        qtbot.keyClick(dialog.language_box, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.language_box, Qt.Key.Key_Tab)
        assert dialog.theme_box.hasFocus()
        qtbot.keyClick(dialog.theme_box, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.theme_box, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.theme_box, Qt.Key.Key_Return)

        assert window.settings_dialog is None
        assert display_settings(store) == DisplaySettings("en", "dark")
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 60
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
        qapp.setStyle(style)
