"""Fixtures for the shift lead console: a lead, a console, recorded calls."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from callcenter.db import Store
from callcenter.ids import new_op_id
from callcenter.models import CallAttempt, Contact
from callcenter.services.auth import SignedIn
from callcenter.services.station import this_station
from tests.factories import World, make_volunteer
from ui.ops import InlineOpRunner, OpRunner
from ui.shiftlead.console import ShiftLeadConsole

LEAD_CODE, LEAD_PIN = "LEAD22", "123456"
ADMIN_CODE, ADMIN_PIN = "ADMN22", "123456"


@pytest.fixture
def station(store: Store) -> int:
    return this_station(store, name="front-desk")


@pytest.fixture
def lead(store: Store) -> int:
    return make_volunteer(
        store, LEAD_CODE, LEAD_PIN, role="shift_lead", first_name="Lee", last_name="Lead"
    )


@pytest.fixture
def admin(store: Store) -> int:
    return make_volunteer(
        store, ADMIN_CODE, ADMIN_PIN, role="admin", first_name="Ada", last_name="Admin"
    )


def signed_in_as(volunteer_id: int, role: str) -> SignedIn:
    """The console needs who acts and their role; no session row is involved."""
    return SignedIn(volunteer_id, 0, "Lee Lead", "Lee", role, ("en",))


MakeConsole = Callable[..., ShiftLeadConsole]


@pytest.fixture
def make_console(
    qtbot: QtBot, store: Store, inline_runner: InlineOpRunner, station: int
) -> MakeConsole:
    def make(
        actor_id: int, role: str = "shift_lead", *, runner: OpRunner | None = None
    ) -> ShiftLeadConsole:
        console = ShiftLeadConsole(
            signed_in_as(actor_id, role), store, runner or inline_runner, station_id=station
        )
        qtbot.addWidget(console)
        console.resize(1180, 640)
        return console

    return make


def add_calls(
    store: Store,
    world: World,
    volunteer_id: int,
    result: str,
    *,
    calls: int,
    seconds: int,
    start: datetime,
) -> None:
    """Recorded calls straight into the store, as the call flow writes them."""
    with store.write() as s:
        for i in range(calls):
            began = start + timedelta(minutes=2 * i)
            contact = s.get(Contact, world.contact_ids[i % len(world.contact_ids)])
            assert contact is not None
            s.add(
                CallAttempt(
                    op_id=new_op_id(),
                    volunteer_id=volunteer_id,
                    campaign_id=world.campaign_id,
                    contact_id=contact.id,
                    postal_area=(contact.postal_code or "")[:5],
                    result_code_id=world.result_codes[result],
                    started_at=began,
                    ended_at=began + timedelta(seconds=seconds),
                    duration_s=seconds,
                    created_at=began + timedelta(seconds=seconds),
                )
            )


def open_dialogs() -> Iterator[QDialog]:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            yield widget


def close_dialogs(root: QWidget) -> None:
    for dialog in root.findChildren(QDialog):
        dialog.reject()
