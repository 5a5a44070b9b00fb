"""A canvass page for a team lead over the small turf of ``tests.canvass``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from callcenter.db import Store
from callcenter.models import utcnow
from callcenter.services.auth import SignedIn
from callcenter.services.station import this_station
from tests.canvass.conftest import Turf, make_turf
from ui.canvass.canvass_page import CanvassPage
from ui.canvass.context import CanvassContext
from ui.messages import MessageLevel
from ui.ops import InlineOpRunner


class Host(QMainWindow):
    """Stands in for the main window: keeps the messages the page shows."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, MessageLevel]] = []

    def show_message(self, text: str, level: MessageLevel) -> None:
        self.messages.append((text, level))

    def clear_message(self) -> None:
        pass

    @property
    def last_message(self) -> str:
        return self.messages[-1][0] if self.messages else ""


@pytest.fixture
def turf(store: Store) -> Turf:
    return make_turf(store)


Clock = Callable[[], datetime]
MakePage = Callable[..., tuple[CanvassPage, Host]]


@pytest.fixture
def make_page(qtbot: QtBot, store: Store, inline_runner: InlineOpRunner, turf: Turf) -> MakePage:
    def make(crm: object = None, clock: Clock = utcnow) -> tuple[CanvassPage, Host]:
        signed_in = SignedIn(turf.lead_id, 0, "Lea Lead", "Lea", "shift_lead", ("en",))
        station = this_station(store, name="canvass-laptop")
        context = CanvassContext(store, inline_runner, signed_in, station, crm, clock)  # type: ignore[arg-type]
        page = CanvassPage(context)
        host = Host()
        host.setCentralWidget(page)
        host.resize(1366, 768)
        qtbot.addWidget(host)
        host.show()
        qtbot.waitExposed(host)
        host.activateWindow()
        qtbot.waitUntil(host.isActiveWindow)
        page.table.setFocus()
        return page, host

    return make
