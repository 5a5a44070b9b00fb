"""Deactivation signs the volunteer out on their workstation within seconds."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from callcenter.db import Store
from callcenter.services.volunteers import change_status
from tests.factories import make_volunteer
from tests.ui.conftest import MakeWindow
from tests.ui.shiftlead.test_activation_by_keyboard import keyboard_sign_in
from ui.shell import SESSION_CHECK_MS


def test_a_session_ended_by_the_lead_returns_the_workstation_to_sign_in(
    qtbot: QtBot, store: Store, make_window: MakeWindow, lead: int
) -> None:
    vid = make_volunteer(store, "VOLU22", "123456", first_name="Val")
    window = make_window()
    keyboard_sign_in(qtbot, window, "VOLU22", "123456")
    shell = window.shell
    assert shell is not None
    assert shell.session_timer.isActive()
    assert shell.session_timer.interval() == SESSION_CHECK_MS <= 10_000

    shell.check_session()  # still open: nothing happens
    assert window.shell is shell

    change_status(store, lead, [vid], "deactivate")  # from the lead's own workstation
    shell.check_session()

    assert window.shell is None
    assert window.pages.currentWidget() is window.sign_in_page
    assert window.banner.text() == "Your shift lead ended your session."
    assert not shell.session_timer.isActive()


def test_the_check_runs_on_the_timer(
    qtbot: QtBot, store: Store, make_window: MakeWindow, lead: int
) -> None:
    vid = make_volunteer(store, "VOLU22", "123456")
    window = make_window()
    keyboard_sign_in(qtbot, window, "VOLU22", "123456")
    assert window.shell is not None
    window.shell.session_timer.setInterval(20)

    change_status(store, lead, [vid], "suspend")

    qtbot.waitUntil(lambda: window.shell is None, timeout=5_000)
    assert window.banner.text() == "Your shift lead ended your session."
