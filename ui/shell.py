"""What a signed-in person sees: who is signed in, sign out, and the work area."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from callcenter.db import Store
from callcenter.errors import UserError
from callcenter.services import auth
from ui.messages import report_failure
from ui.ops import Op, OpRunner
from ui.volunteer_labels import can_open_shift_lead_console, role_label

if TYPE_CHECKING:
    from ui.calls.calling_page import CallingPage
    from ui.canvass.canvass_page import CanvassPage
    from ui.shiftlead.console import ShiftLeadConsole

log = logging.getLogger(__name__)

# How soon a session a shift lead ended elsewhere leaves this screen.
SESSION_CHECK_MS = 5_000


class Shell(QWidget):
    """One per sign-in, so nothing of one volunteer's session survives into the next."""

    signed_out = Signal()

    def __init__(
        self,
        signed_in: auth.SignedIn,
        store: Store,
        runner: OpRunner,
        *,
        station_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shell")
        self.signed_in = signed_in
        self._store = store
        self._runner = runner
        self._signing_out = False

        self.name_label = QLabel(signed_in.display_name)
        self.name_label.setObjectName("volunteerName")
        self.role_label = QLabel(role_label(signed_in.role))
        self.role_label.setObjectName("roleBadge")
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setObjectName("secondaryButton")
        self.sign_out_button.setAccessibleName(self.tr("Sign out"))
        self.sign_out_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.sign_out_button.clicked.connect(self.sign_out)

        header = QFrame()
        header.setObjectName("shellHeader")
        header_row = QHBoxLayout(header)
        header_row.setContentsMargins(28, 14, 20, 14)
        header_row.setSpacing(12)
        header_row.addWidget(self.name_label)
        header_row.addWidget(self.role_label, 0, Qt.AlignmentFlag.AlignVCenter)
        header_row.addStretch(1)
        header_row.addWidget(self.sign_out_button)

        self.pages = QStackedWidget()
        self.pages.setObjectName("shellPages")
        # The work areas are imported on sign-in, not at start-up: the first window (the
        # sign-in page) needs neither, and together they are a third of the UI's imports.
        from ui.calls.calling_page import CallingPage

        self.calling_page: CallingPage = CallingPage(
            signed_in, store, runner, station_id=station_id
        )
        self.pages.addWidget(self.calling_page)

        self.tabs = QTabBar()
        self.tabs.setObjectName("shellTabs")
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        self.tabs.setUsesScrollButtons(False)
        self.tabs.addTab(self.tr("Calling"))
        self.shift_lead_page: ShiftLeadConsole | None = None
        if can_open_shift_lead_console(signed_in.role):
            from ui.shiftlead.console import ShiftLeadConsole

            self.shift_lead_page = ShiftLeadConsole(signed_in, store, runner, station_id=station_id)
            self.pages.addWidget(self.shift_lead_page)
            self.tabs.addTab(self.tr("Shift lead console"))
        # Team leads check turfs out and in; the core checks the role again on every action.
        self.canvass_page: CanvassPage | None = None
        if can_open_shift_lead_console(signed_in.role):
            from ui.canvass.canvass_page import CanvassPage
            from ui.canvass.context import CanvassContext

            context = CanvassContext(store, runner, signed_in, station_id)
            self.canvass_page = CanvassPage(context)
            self.pages.addWidget(self.canvass_page)
            self.tabs.addTab(self.tr("Canvass"))
        self.tabs.currentChanged.connect(self.pages.setCurrentIndex)
        # One section needs no tabs: a volunteer sees just the work.
        self.tabs.setVisible(self.tabs.count() > 1)

        tab_row = QHBoxLayout()
        tab_row.setContentsMargins(24, 8, 24, 0)
        tab_row.addWidget(self.tabs)
        tab_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addLayout(tab_row)
        layout.addWidget(self.pages, 1)

        # A shift lead may end this session from another workstation (deactivation,
        # suspension); a light periodic check hands this one back within seconds.
        self._checking_session = False
        self.session_timer = QTimer(self)
        self.session_timer.setInterval(SESSION_CHECK_MS)
        self.session_timer.timeout.connect(self.check_session)
        self.session_timer.start()

    @Slot()
    def sign_out(self) -> None:
        """Close the session in the store, then hand the workstation back."""
        if self._signing_out:
            return
        self._signing_out = True
        self.sign_out_button.setEnabled(False)
        # Queued first, so the contact on screen is back in the list before the sign-out.
        self.calling_page.release_held_lease()
        store, session_id = self._store, self.signed_in.session_id
        Op(self, lambda: auth.sign_out(store, session_id), runner=self._runner).success(
            self._on_signed_out
        ).failure(self._on_sign_out_failed).run()

    def _on_signed_out(self, _result: object) -> None:
        self.signed_out.emit()

    def _on_sign_out_failed(self, error: Exception) -> None:
        # On a shared workstation the next person must not inherit this session's
        # screen, so leave it even when the store could not record the sign-out;
        # the message is reported after the switch so it stays on screen.
        self.signed_out.emit()
        report_failure(self, error)

    @Slot()
    def check_session(self) -> None:
        """Ask the store (on the worker) whether this sign-in is still open."""
        if self._signing_out or self._checking_session:
            return
        self._checking_session = True
        store, session_id = self._store, self.signed_in.session_id
        Op(self, lambda: auth.session_is_open(store, session_id), runner=self._runner).success(
            self._on_session_checked
        ).failure(self._on_session_check_failed).run()

    def _on_session_checked(self, is_open: bool) -> None:
        self._checking_session = False
        if is_open or self._signing_out:
            return
        self._signing_out = True
        self.session_timer.stop()
        # The store already ended the session and released the contacts.
        self.signed_out.emit()
        report_failure(self, UserError(self.tr("Your shift lead ended your session.")))

    def _on_session_check_failed(self, error: Exception) -> None:
        # A busy database now and then is no news; the next check tries again.
        self._checking_session = False
        log.warning("session check failed", exc_info=error)
