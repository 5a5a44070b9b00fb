"""What a signed-in person sees: who is signed in, sign out, and the work area."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
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
from callcenter.services import auth
from ui.messages import report_failure
from ui.ops import Op, OpRunner
from ui.placeholder_page import PlaceholderPage
from ui.volunteer_labels import can_open_shift_lead_console, role_label


class Shell(QWidget):
    """One per sign-in, so nothing of one volunteer's session survives into the next."""

    signed_out = Signal()

    def __init__(
        self,
        signed_in: auth.SignedIn,
        store: Store,
        runner: OpRunner,
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
        self.calling_page = PlaceholderPage(
            self.tr("Calling starts here"),
            self.tr(
                "This is where you will pick a campaign and call people one at a time, "
                "with the script in front of you. That part of the app is not built yet."
            ),
        )
        self.pages.addWidget(self.calling_page)

        self.tabs = QTabBar()
        self.tabs.setObjectName("shellTabs")
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        self.tabs.setUsesScrollButtons(False)
        self.tabs.addTab(self.tr("Calling"))
        self.shift_lead_page: PlaceholderPage | None = None
        if can_open_shift_lead_console(signed_in.role):
            self.shift_lead_page = PlaceholderPage(
                self.tr("Shift lead console"),
                self.tr(
                    "This is where you will activate volunteers, end a shift and watch "
                    "the room's pace. That part of the app is not built yet."
                ),
            )
            self.pages.addWidget(self.shift_lead_page)
            self.tabs.addTab(self.tr("Shift lead console"))
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

    @Slot()
    def sign_out(self) -> None:
        """Close the session in the store, then hand the workstation back."""
        if self._signing_out:
            return
        self._signing_out = True
        self.sign_out_button.setEnabled(False)
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
