"""The main window: sign-in page or the signed-in shell, a message banner, a status bar.

The window is shown before the store is open (``store=None``): the sign-in page is
usable at once and ``attach_store`` completes the window when the store is ready.  So
that the first paint is quick, the database layer and the signed-in screens are
imported only when they are needed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from callcenter.services.display_prefs import DisplaySettings
from ui.i18n import LanguageSwitch, choose_language
from ui.icons import line_icon
from ui.messages import MessageBanner, MessageLevel, report_failure
from ui.ops import Op, OpRunner
from ui.signin import SignInPage
from ui.theme import SystemThemeFollower, apply_theme

if TYPE_CHECKING:
    from callcenter.db import Store
    from callcenter.services.auth import SignedIn
    from callcenter.services.settings import DialSettings
    from ui.canvass.status_widget import CanvassStatusBar
    from ui.demo_panel import DemoCredential
    from ui.display_settings import DisplaySettingsDialog
    from ui.shell import Shell
    from ui.sync_status import SyncStatusWidget

# Fits a 1366x768 laptop with a taskbar and a title bar.
MINIMUM_SIZE = (860, 560)
DEFAULT_SIZE = (1180, 700)


class MainWindow(QMainWindow):
    """Everything is passed in: no globals for the store, runner or window."""

    def __init__(
        self,
        store: Store | None,
        runner: OpRunner,
        demo_credentials: Sequence[DemoCredential] | None = None,
        *,
        db_path: Path | None = None,
        station_id: int | None = None,
        display: DisplaySettings | None = None,
        languages: LanguageSwitch | None = None,
        theme_follower: SystemThemeFollower | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setMinimumSize(*MINIMUM_SIZE)
        self.resize(*DEFAULT_SIZE)
        if store is None and db_path is None:
            raise ValueError("MainWindow needs the store or, while it opens, its path")
        self._store = store
        self._db_path = store.path if store is not None else db_path
        self._runner = runner
        self._station_id = station_id
        self._demo_credentials = demo_credentials
        self.display = display or DisplaySettings()
        self._languages = languages
        self._theme_follower = theme_follower
        self.shell: Shell | None = None
        self.settings_dialog: DisplaySettingsDialog | None = None
        self._settings_loading = False
        self.canvass_status: CanvassStatusBar | None = None
        self.sync_status: SyncStatusWidget | None = None

        self.banner = MessageBanner()
        self.pages = QStackedWidget()
        self.sign_in_page = self._make_sign_in_page()
        self.pages.addWidget(self.sign_in_page)

        central = QWidget()
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.settings_button = QToolButton()
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.settings_button.setAutoRaise(True)
        self.settings_button.clicked.connect(self.open_display_settings)
        self.settings_shortcut = QShortcut(QKeySequence("Ctrl+,"), self)
        self.settings_shortcut.activated.connect(self.open_display_settings)
        self.statusBar().addWidget(self.settings_button)
        self.database_label = QLabel()
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setToolTip(str(self._db_path))
        self.statusBar().addPermanentWidget(self.database_label)
        self.demo_badge: QLabel | None = None
        self.statusBar().setSizeGripEnabled(False)
        self._set_texts()
        if store is not None:
            self.attach_store(store, station_id, demo_credentials)
        else:
            # Display settings are stored in the store: chosen once it is open.
            self.settings_button.setEnabled(False)
            self.settings_shortcut.setEnabled(False)

        self.sign_in_page.setFocus()

    def is_ready(self) -> bool:
        """Whether the store is open (sign-in, settings and the status bar work)."""
        return self._store is not None and self.sync_status is not None

    def attach_store(
        self,
        store: Store,
        station_id: int | None = None,
        demo_credentials: Sequence[DemoCredential] | None = None,
    ) -> None:
        """The store is open: complete the status bar and let the volunteer sign in."""
        from ui.canvass.status_widget import CanvassStatusBar
        from ui.sync_status import SyncStatusWidget

        self._store = store
        self._db_path = store.path
        self._station_id = station_id
        if demo_credentials is not None:
            self._demo_credentials = demo_credentials
        # Canvass teams see at a glance: online or not, the turf's expiry, what waits to sync.
        self.canvass_status = CanvassStatusBar(store, self._runner)
        self.statusBar().addPermanentWidget(self.canvass_status)
        # The last sync with the CRM, what needs review, Sync now; syncs in the background.
        self.sync_status = SyncStatusWidget(store, self._runner)
        self.statusBar().addPermanentWidget(self.sync_status)
        if self._demo_credentials is not None and self.demo_badge is None:
            self.demo_badge = QLabel()
            self.demo_badge.setObjectName("demoBadge")
            self.statusBar().addPermanentWidget(self.demo_badge)
        self.settings_button.setEnabled(True)
        self.settings_shortcut.setEnabled(True)
        self._set_texts()
        self.sign_in_page.attach_store(store, station_id, self._demo_credentials)

    def _make_sign_in_page(self) -> SignInPage:
        self._sign_in_language = self._current_language()
        page = SignInPage(
            self._store, self._runner, self._demo_credentials, station_id=self._station_id
        )
        page.signed_in.connect(self._open_shell)
        return page

    def _set_texts(self) -> None:
        """The window's own texts, again after a change of language."""
        self.setWindowTitle(self.tr("Call Center"))
        self.settings_button.setText(self.tr("Settings"))
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.settings_button.setToolTip(self.tr("Language, colours and calling (Ctrl+,)"))
        self.settings_button.setIcon(
            line_icon("language", self.palette().color(QPalette.ColorRole.WindowText))
        )
        self.database_label.setText(self.tr("Database: {name}").format(name=self._db_path.name))
        if self.demo_badge is not None:
            self.demo_badge.setText(self.tr("Demo"))
            self.demo_badge.setToolTip(self.tr("A demo database with made-up people."))

    @Slot()
    def open_display_settings(self) -> None:
        """Non-modal, like the app's other dialogs: a reply is handled in ``finished``.

        The dial settings are read first (on the database thread), then the dialog opens.
        """
        if self.settings_dialog is not None:
            self.settings_dialog.activateWindow()
            return
        store = self._store
        if store is None or self._settings_loading:
            return
        from callcenter.services.settings import dial_settings

        self._settings_loading = True
        Op(self, lambda: dial_settings(store), runner=self._runner).success(
            self._show_settings_dialog
        ).failure(self._on_settings_not_read).run()

    def _show_settings_dialog(self, dial: DialSettings) -> None:
        from ui.display_settings import DisplaySettingsDialog

        self._settings_loading = False
        dialog = DisplaySettingsDialog(self.display, self, dial=dial)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_display_settings_closed)
        self.settings_dialog = dialog
        dialog.open()

    def _on_settings_not_read(self, error: Exception) -> None:
        self._settings_loading = False
        report_failure(self, error)

    @Slot(int)
    def _on_display_settings_closed(self, result: int) -> None:
        dialog, self.settings_dialog = self.settings_dialog, None
        if dialog is None or result != QDialog.DialogCode.Accepted:
            return
        dial = dialog.chosen_dial()
        if dial is not None:
            self.apply_dial_settings(dial)
        self.apply_display_settings(dialog.chosen())

    def apply_dial_settings(self, chosen: DialSettings) -> None:
        """Store how Call dials; the calling screen uses it from its next call on."""
        from callcenter.services.settings import set_dial_settings

        store = self._store
        if store is None:
            return
        Op(
            self,
            lambda: set_dial_settings(store, chosen.scheme, chosen.sip_domain),
            runner=self._runner,
        ).success(lambda _none: self._use_dial_settings(chosen)).run()

    def _use_dial_settings(self, chosen: DialSettings) -> None:
        if self.shell is not None:
            self.shell.calling_page.use_dial_settings(chosen)

    def apply_display_settings(self, chosen: DisplaySettings) -> None:
        """Store the choice, re-colour at once, and speak the new language where it can."""
        from callcenter.services.settings import set_display_settings

        store = self._store
        if store is not None:
            Op(
                self,
                lambda: set_display_settings(store, chosen.language, chosen.theme),
                runner=self._runner,
            ).run()
        self.show_display_settings(chosen)

    def show_display_settings(self, chosen: DisplaySettings, *, language: bool = True) -> None:
        """Re-colour at once and (with ``language``) speak ``chosen``'s language where it can."""
        self.display = chosen
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, chosen.theme)
        if self._theme_follower is not None:
            self._theme_follower.choice = chosen.theme
        switched = (
            self._languages is not None
            and language
            and self._languages.switch(choose_language(None, chosen.language))
        )
        if switched:
            # Status texts put together from parts are worded again from what they show.
            for part in (self.canvass_status, self.sync_status):
                if part is not None:
                    part.show_again()
        # The switch put the open screens into the new language (ui/retranslate.py); a
        # sign-in page built in another language is built again when nobody is signed in.
        if self.shell is None:
            self._rebuild_sign_in_page_if_stale()
        self._set_texts()  # and the icon follows the new colours

    def _current_language(self) -> str | None:
        return self._languages.language if self._languages is not None else None

    def _rebuild_sign_in_page_if_stale(self) -> None:
        if self._sign_in_language == self._current_language():
            return
        old, self.sign_in_page = self.sign_in_page, self._make_sign_in_page()
        # What was typed while the store opened stays, and a Sign in already pressed.
        self.sign_in_page.take_over(old)
        self.pages.insertWidget(0, self.sign_in_page)
        self.pages.setCurrentWidget(self.sign_in_page)
        self.pages.removeWidget(old)
        old.deleteLater()
        self.sign_in_page.setFocus()

    def show_store_failure(self, text: str) -> None:
        """The database could not be opened: the sign-in screen says why (the window
        stays until it is closed; the command line says it again with its exit code)."""
        self.sign_in_page.show_store_failure(text)

    def stop_background_work(self, wait_ms: int) -> bool:
        """At exit: no more background syncs, and a running one stops after its current
        step.  False if it is still running after ``wait_ms``."""
        if self.sync_status is None:
            return True
        return self.sync_status.stop_syncing(wait_ms)

    def show_message(self, text: str, level: MessageLevel) -> None:
        """Non-modal: the person keeps working while the message is shown."""
        self.banner.show_message(text, level)

    def clear_message(self) -> None:
        self.banner.clear()

    @Slot(object)
    def _open_shell(self, signed_in: SignedIn) -> None:
        from ui.shell import Shell

        assert self._store is not None  # signed in, so the store is open
        self.banner.clear()
        self.shell = Shell(signed_in, self._store, self._runner, station_id=self._station_id)
        if self.sync_status is not None:
            from ui.sync_review import Decider

            self.sync_status.set_decider(
                Decider(signed_in.volunteer_id, signed_in.role, self._station_id)
            )
        self.shell.signed_out.connect(self._return_to_sign_in)
        if self.shell.canvass_page is not None and self.canvass_status is not None:
            self.shell.canvass_page.changed.connect(self.canvass_status.refresh)
            self.shell.canvass_page.crm_found.connect(self.canvass_status.set_crm)
        self.pages.addWidget(self.shell)
        self.pages.setCurrentWidget(self.shell)
        # The campaign list: arrow keys and Enter start calling.
        self.shell.calling_page.focus_current()

    @Slot()
    def _return_to_sign_in(self) -> None:
        self.banner.clear()
        if self.sync_status is not None:
            self.sync_status.set_decider(None)
        if self.shell is not None:
            self.pages.removeWidget(self.shell)
            self.shell.deleteLater()
            self.shell = None
        self._rebuild_sign_in_page_if_stale()
        self.pages.setCurrentWidget(self.sign_in_page)
        self.sign_in_page.reset()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window ends the volunteer's session; the runner finishes it
        # before the app exits.
        if self.shell is not None and self._store is not None:
            from callcenter.services import auth

            self.shell.calling_page.release_held_lease()
            store, session_id = self._store, self.shell.signed_in.session_id
            Op(self, lambda: auth.sign_out(store, session_id), runner=self._runner).run()
            self.shell = None
        super().closeEvent(event)
