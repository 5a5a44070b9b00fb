"""The shift lead console: Queue, Volunteers, Room and Audit, with one status line."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from callcenter.db import Store
from callcenter.services.auth import SignedIn
from ui.data.data_page import DataPage
from ui.messages import announce
from ui.ops import OpRunner
from ui.shiftlead.audit_page import AuditPage
from ui.shiftlead.context import ConsoleContext
from ui.shiftlead.queue_page import QueuePage
from ui.shiftlead.room_page import RoomPage
from ui.shiftlead.volunteers_page import VolunteersPage


class ShiftLeadConsole(QWidget):
    """Offered to shift leads and admins only; every action is checked again by the core."""

    def __init__(
        self,
        signed_in: SignedIn,
        store: Store,
        runner: OpRunner,
        *,
        station_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shiftLeadConsole")
        self.context = ConsoleContext(
            store=store,
            runner=runner,
            actor_id=signed_in.volunteer_id,
            actor_role=signed_in.role,
            station_id=station_id,
        )
        self.queue_page = QueuePage(self.context)
        self.volunteers_page = VolunteersPage(self.context)
        self.room_page = RoomPage(self.context)
        self.audit_page = AuditPage(self.context)
        self.data_page = DataPage(store, runner, actor_id=signed_in.volunteer_id)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("consoleTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setAccessibleName(self.tr("Console sections"))
        self.tabs.addTab(self.queue_page, self.tr("Queue"))
        self.tabs.addTab(self.volunteers_page, self.tr("Volunteers"))
        self.tabs.addTab(self.room_page, self.tr("Room"))
        self.tabs.addTab(self.audit_page, self.tr("Audit"))
        self.tabs.addTab(self.data_page, self.tr("Contacts"))

        self.status_line = QLabel()
        self.status_line.setObjectName("consoleStatus")
        self.status_line.setAccessibleName(self.tr("Console status"))
        self.status_line.setWordWrap(True)
        self.status_line.hide()
        for page in (self.queue_page, self.volunteers_page, self.audit_page, self.data_page):
            page.status_message.connect(self.show_status)
        self.queue_page.pending_count_changed.connect(self._show_pending_count)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_line)

    @Slot(str)
    def show_status(self, text: str) -> None:
        self.status_line.setText(text)
        self.status_line.setVisible(bool(text))
        if text:
            announce(self.status_line, text)

    @Slot(int)
    def _show_pending_count(self, count: int) -> None:
        index = self.tabs.indexOf(self.queue_page)
        self.tabs.setTabText(
            index, self.tr("Queue ({n})").format(n=count) if count else self.tr("Queue")
        )
