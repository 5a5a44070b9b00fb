"""Helpers for the calling-flow tests: a campaign to call and a signed-in window."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from callcenter.db import Store
from callcenter.models import utcnow
from callcenter.services.calling_hours import us_holidays
from tests.factories import World, make_volunteer, make_world
from ui.calls.calling_page import CallingPage
from ui.calls.session_steps import Clock
from ui.main_window import MainWindow

CODE, PIN = "CALL22", "123456"


def calling_world(store: Store, contacts: int = 3, **kwargs: object) -> tuple[World, int]:
    world = make_world(store, contacts=contacts, **kwargs)  # type: ignore[arg-type]
    volunteer_id = make_volunteer(
        store,
        CODE,
        PIN,
        first_name="Vera",
        last_name="Volunteer",
        campaign_ids=(world.campaign_id,),
    )
    return world, volunteer_id


def weekday_afternoon_clock(zone: str = "America/Chicago", hour: int = 14) -> Clock:
    """The real clock moved on to the next working-day afternoon in ``zone``.

    Leasing keeps to calling hours, so a test that calls the factory's Chicago
    contacts must not depend on the hour it runs at.  The clock still ticks.
    """
    local = utcnow().astimezone(ZoneInfo(zone))
    target = local.replace(hour=hour, minute=0, second=0, microsecond=0)
    if target <= local:
        target += timedelta(days=1)
    while target.weekday() >= 5 or target.date() in us_holidays(target.year):
        target += timedelta(days=1)
    shift = target - local
    return lambda: utcnow() + shift


def show_window(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())


def sign_in_by_keyboard(qtbot: QtBot, window: MainWindow) -> CallingPage:
    page = window.sign_in_page
    qtbot.waitUntil(lambda: page.code_field.hasFocus())
    qtbot.keyClicks(page.code_field, CODE)
    qtbot.keyClick(page.code_field, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.pin_field, PIN)
    qtbot.keyClick(page.pin_field, Qt.Key.Key_Return)
    assert window.shell is not None
    return window.shell.calling_page


def start_calling(qtbot: QtBot, window: MainWindow) -> CallingPage:
    """Signed in, campaign chosen with Enter, first contact on screen."""
    calling = sign_in_by_keyboard(qtbot, window)
    calling.set_clock(weekday_afternoon_clock())
    qtbot.waitUntil(lambda: calling.picker.campaign_list.hasFocus())
    qtbot.keyClick(calling.picker.campaign_list, Qt.Key.Key_Return)
    assert calling.stack.currentWidget() is calling.screen
    # Let the layout settle, as it does before any paint (mouse clicks need geometry).
    QApplication.processEvents()
    return calling


def focused(window: MainWindow):  # type: ignore[no-untyped-def]
    widget = window.focusWidget()
    assert widget is not None
    return widget
