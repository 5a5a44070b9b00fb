"""Every control in the console and its dialogs has a name a screen reader can say,
and the console is offered to shift leads and admins only."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from callcenter.db import Store
from callcenter.services.volunteers import register_volunteer
from tests.factories import make_volunteer, make_world
from tests.ui.conftest import MakeWindow
from tests.ui.shiftlead.conftest import MakeConsole
from tests.ui.shiftlead.test_activation_by_keyboard import keyboard_sign_in
from tests.ui.shiftlead.test_room_page import busy_room  # noqa: F401  (fixture)
from tests.ui.test_accessibility import unnamed_controls
from ui.shiftlead.console import ShiftLeadConsole


def test_every_tab_of_the_console_names_its_controls(
    qtbot: QtBot,
    store: Store,
    make_console: MakeConsole,
    admin: int,
    busy_room,  # noqa: F811
) -> None:
    register_volunteer(store, first_name="Pat", last_name="Pending")
    console = make_console(admin, "admin")
    console.show()
    qtbot.waitExposed(console)

    for index in range(console.tabs.count()):
        console.tabs.setCurrentIndex(index)
        assert unnamed_controls(console) == [], console.tabs.tabText(index)


def test_the_console_dialogs_name_their_controls(
    qtbot: QtBot,
    store: Store,
    make_console: MakeConsole,
    lead: int,
    busy_room,  # noqa: F811
) -> None:
    register_volunteer(store, first_name="Pat", last_name="Pending")
    console = make_console(lead)
    console.show()
    queue = console.queue_page
    queue.table.selectRow(0)
    queue.open_activation()
    dialogs: list[QDialog] = []
    assert queue.activation_dialog is not None
    dialogs.append(queue.activation_dialog)
    queue.activation_dialog.identity_box.setChecked(True)
    queue.activation_dialog.accept()
    assert queue.slips_dialog is not None
    dialogs.append(queue.slips_dialog)
    console.tabs.setCurrentWidget(console.volunteers_page)
    console.volunteers_page.table.selectRow(0)
    console.volunteers_page.deactivate_button.click()
    assert console.volunteers_page.confirm_dialog is not None
    dialogs.append(console.volunteers_page.confirm_dialog)
    console.tabs.setCurrentWidget(console.room_page)
    console.room_page.open_selected_flag()
    assert console.room_page.flag_dialog is not None
    dialogs.append(console.room_page.flag_dialog)

    for dialog in dialogs:
        assert unnamed_controls(dialog) == [], dialog.objectName()


def test_volunteers_get_no_console(qtbot: QtBot, store: Store, make_window: MakeWindow) -> None:
    make_volunteer(store, "VOLU22", "123456")
    window = make_window()
    keyboard_sign_in(qtbot, window, "VOLU22", "123456")

    assert window.shell is not None and window.shell.shift_lead_page is None
    assert window.findChildren(ShiftLeadConsole) == []


@pytest.mark.parametrize("role", ["shift_lead", "admin"])
def test_leads_and_admins_get_the_console(
    qtbot: QtBot, store: Store, make_window: MakeWindow, role: str
) -> None:
    make_world(store, contacts=1)
    make_volunteer(store, "BOSS22", "123456", role=role)
    window = make_window()
    keyboard_sign_in(qtbot, window, "BOSS22", "123456")

    assert window.shell is not None
    console = window.shell.shift_lead_page
    assert isinstance(console, ShiftLeadConsole)
    assert [console.tabs.tabText(i) for i in range(4)] == ["Queue", "Volunteers", "Room", "Audit"]
    assert console.volunteers_page.role_button.isHidden() is (role != "admin")
