"""The hold on the contact on screen: warned about before it runs out, kept by Alt+K.

Real store and real leases; the calling page's clock is moved on (it is what the
services are given as ``now``), so nothing waits for twenty real minutes.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from callcenter.db import Store
from callcenter.models import CallListEntry
from callcenter.services.calls import lease_next_contact
from tests.factories import make_volunteer
from tests.ui.calling_helpers import (
    calling_world,
    focused,
    show_window,
    start_calling,
    weekday_afternoon_clock,
)
from tests.ui.conftest import MakeWindow

ALT = Qt.KeyboardModifier.AltModifier


class MovableClock:
    """The afternoon clock, moved on by hand."""

    def __init__(self) -> None:
        self._base = weekday_afternoon_clock()
        self.shift = timedelta(0)

    def __call__(self) -> datetime:
        return self._base() + self.shift


def stored_lease(store: Store, entry_id: int) -> tuple[str, int | None, datetime | None]:
    with store.read() as s:
        entry = s.get(CallListEntry, entry_id)
        assert entry is not None
        expires = entry.lease_expires_at
        return entry.status, entry.lease_holder_id, expires and expires.replace(tzinfo=UTC)


def test_the_screen_warns_before_the_hold_runs_out_and_alt_k_keeps_it(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    _world, volunteer_id = calling_world(store)
    window = make_window()
    show_window(qtbot, window)
    calling = start_calling(qtbot, window)
    clock = MovableClock()
    calling.set_clock(clock)
    screen = calling.screen
    lease = screen.lease
    assert lease is not None
    assert calling._lease_timer.isActive()  # looked at while the contact is on screen

    calling.check_lease()
    assert screen.lease_warning() == "" and not screen.keep_button.isVisible()

    # A minute and a half before the end: said on screen, with a way to keep the contact.
    clock.shift = lease.expires_at - clock() - timedelta(seconds=90)
    calling.check_lease()
    assert screen.lease_warning() == (
        "This contact is held for you for 2 more min; then someone else may get them."
    )
    assert screen.keep_button.isVisible()

    qtbot.keyClick(focused(window), Qt.Key.Key_K, ALT)

    status, holder, expires = stored_lease(store, lease.entry_id)
    assert (status, holder) == ("leased", volunteer_id)
    assert expires is not None and expires > lease.expires_at + timedelta(minutes=10)
    assert screen.lease is not None and screen.lease.expires_at == expires
    assert screen.lease_warning() == "" and not screen.keep_button.isVisible()


def test_a_hold_that_ran_out_is_said_and_lost_to_someone_else_before_the_save(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    world, _volunteer_id = calling_world(store, contacts=1)
    other = make_volunteer(store, "OTHR22", "123456", campaign_ids=(world.campaign_id,))
    window = make_window()
    show_window(qtbot, window)
    calling = start_calling(qtbot, window)
    clock = MovableClock()
    calling.set_clock(clock)
    screen = calling.screen
    lease = screen.lease
    assert lease is not None

    clock.shift = lease.expires_at - clock() + timedelta(seconds=30)
    calling.check_lease()
    assert "has run out" in screen.lease_warning()
    assert screen.keep_button.isVisible()

    # Meanwhile another volunteer's next lease picks the contact up.
    taken = lease_next_contact(store, other, world.campaign_id, now=clock())
    assert taken is not None and taken.entry_id == lease.entry_id
    screen.keep_button.click()

    assert "no longer yours to call" in window.banner.text()
    assert stored_lease(store, lease.entry_id)[1] == other
    # The contact stays on screen (what was typed is not lost); the save would say the rest.
    assert screen.lease is lease
