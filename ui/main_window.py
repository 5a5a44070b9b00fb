"""The main window: sign-in page or the signed-in shell, a message banner, a status bar."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from callcenter.db import Store
from callcenter.services import auth
from ui.canvass.status_widget import CanvassStatusBar
from ui.demo_panel import DemoCredential
from ui.messages import MessageBanner, MessageLevel
from ui.ops import Op, OpRunner
from ui.shell import Shell
from ui.signin import SignInPage

# Fits a 1366x768 laptop with a taskbar and a title bar.
MINIMUM_SIZE = (860, 560)
DEFAULT_SIZE = (1180, 700)


class MainWindow(QMainWindow):
    """Everything is passed in: no globals for the store, runner or window."""

    def __init__(
        self,
        store: Store,
        runner: OpRunner,
        demo_credentials: Sequence[DemoCredential] | None = None,
        *,
        station_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Call Center"))
        self.setMinimumSize(*MINIMUM_SIZE)
        self.resize(*DEFAULT_SIZE)
        self._store = store
        self._runner = runner
        self._station_id = station_id
        self.shell: Shell | None = None

        self.banner = MessageBanner()
        self.sign_in_page = SignInPage(store, runner, demo_credentials, station_id=station_id)
        self.sign_in_page.signed_in.connect(self._open_shell)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.sign_in_page)

        central = QWidget()
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.database_label = QLabel(self.tr("Database: {name}").format(name=store.path.name))
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setToolTip(str(store.path))
        self.statusBar().addPermanentWidget(self.database_label)
        # Canvass teams see at a glance: online or not, the turf's expiry, what waits to sync.
        self.canvass_status = CanvassStatusBar(store, runner)
        self.statusBar().addPermanentWidget(self.canvass_status)
        self.demo_badge: QLabel | None = None
        if demo_credentials is not None:
            self.demo_badge = QLabel(self.tr("Demo"))
            self.demo_badge.setObjectName("demoBadge")
            self.demo_badge.setToolTip(self.tr("A demo database with made-up people."))
            self.statusBar().addPermanentWidget(self.demo_badge)
        self.statusBar().setSizeGripEnabled(False)

        self.sign_in_page.setFocus()

    def show_message(self, text: str, level: MessageLevel) -> None:
        """Non-modal: the person keeps working while the message is shown."""
        self.banner.show_message(text, level)

    def clear_message(self) -> None:
        self.banner.clear()

    @Slot(object)
    def _open_shell(self, signed_in: auth.SignedIn) -> None:
        self.banner.clear()
        self.shell = Shell(signed_in, self._store, self._runner, station_id=self._station_id)
        self.shell.signed_out.connect(self._return_to_sign_in)
        if self.shell.canvass_page is not None:
            self.shell.canvass_page.changed.connect(self.canvass_status.refresh)
        self.pages.addWidget(self.shell)
        self.pages.setCurrentWidget(self.shell)
        # The campaign list: arrow keys and Enter start calling.
        self.shell.calling_page.focus_current()

    @Slot()
    def _return_to_sign_in(self) -> None:
        self.banner.clear()
        if self.shell is not None:
            self.pages.removeWidget(self.shell)
            self.shell.deleteLater()
            self.shell = None
        self.pages.setCurrentWidget(self.sign_in_page)
        self.sign_in_page.reset()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window ends the volunteer's session; the runner finishes it
        # before the app exits.
        if self.shell is not None:
            self.shell.calling_page.release_held_lease()
            store, session_id = self._store, self.shell.signed_in.session_id
            Op(self, lambda: auth.sign_out(store, session_id), runner=self._runner).run()
            self.shell = None
        super().closeEvent(event)
