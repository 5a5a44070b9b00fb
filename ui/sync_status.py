"""The status bar's sync part: when the last sync was, whether it failed, what needs review,
and a "Sync now" button; syncs run in the background every few minutes.

A sync runs on an op runner of its own (the network must never wait behind a
save, nor a save behind the network); the store is read on the database runner.
A failed background sync is shown here, never as a dialog: offline is normal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from callcenter.db import Store
from callcenter.errors import UserError
from callcenter.services.sync_state import SyncStatus, sync_status
from ui import formats
from ui.core_messages import translated
from ui.messages import unexpected_error_text
from ui.ops import Op, OpRunner
from ui.sync_review import Decider, SyncReviewDialog

SYNC_EVERY_MS = 3 * 60_000
REFRESH_MS = 30_000


def _run_sync(store: Store, should_stop: Callable[[], bool]) -> Any:
    from sync.cli import build_engine  # loaded when the first sync starts, not at start-up

    engine = build_engine(store)
    engine.should_stop = should_stop
    return engine.run_once()


class SyncStatusWidget(QWidget):
    def __init__(
        self,
        store: Store,
        runner: OpRunner,
        *,
        sync_runner: OpRunner | None = None,
        run_sync: Callable[[Store, Callable[[], bool]], Any] = _run_sync,
        sync_every_ms: int = SYNC_EVERY_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self._store = store
        self._runner = runner
        self._sync_runner = sync_runner or OpRunner(self)
        self._run_sync = run_sync
        # Set when the window closes: a running sync stops after its current step.
        self._stop = threading.Event()
        self._status: SyncStatus | None = None
        self._syncing = False
        self._failure: str | None = None
        self.label = QLabel()
        self.label.setObjectName("syncLabel")
        self.label.setAccessibleName(self.tr("Sync with the CRM"))
        self.sync_button = QToolButton()
        self.sync_button.setObjectName("syncNowButton")
        self.sync_button.setAutoRaise(True)
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.sync_now)
        self.review_button = QToolButton()
        self.review_button.setObjectName("syncReviewButton")
        self.review_button.setAutoRaise(True)
        self.review_button.setText(self.tr("Review"))
        self.review_button.setAccessibleName(self.tr("What the CRM refused, and conflicts"))
        self.review_button.clicked.connect(self.open_review)
        self.review_dialog: SyncReviewDialog | None = None
        self._decider: Decider | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.sync_button)
        layout.addWidget(self.review_button)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.refresh_timer.start()
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(sync_every_ms)
        self.sync_timer.timeout.connect(self._sync_in_background)
        self.sync_timer.start()
        self.refresh()

    @property
    def connected(self) -> bool:
        return self._status is not None and self._status.connection is not None

    @Slot()
    def refresh(self) -> None:
        store = self._store
        Op(self, lambda: sync_status(store), runner=self._runner).success(self._show).failure(
            lambda _error: None  # a busy database now and then: the next refresh tries again
        ).run()

    @Slot()
    def sync_now(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        self.sync_button.setEnabled(False)
        self._render()
        store, run_sync, stop = self._store, self._run_sync, self._stop.is_set
        work = Op(self, lambda: run_sync(store, stop), runner=self._sync_runner)
        work.success(self._synced).failure(self._sync_failed).run()

    def stop_syncing(self, wait_ms: int) -> bool:
        """No more syncs; a running one stops after its current page or batch (what it
        did is kept).  False if it is still running after ``wait_ms``."""
        self._stop.set()
        self.sync_timer.stop()
        self.refresh_timer.stop()
        return self._sync_runner.wait_for_done(wait_ms)

    @Slot()
    def _sync_in_background(self) -> None:
        if self.connected and not self._syncing:
            self.sync_now()

    def _synced(self, _report: object) -> None:
        self._syncing = False
        self._failure = None
        self.sync_button.setEnabled(True)
        self.refresh()

    def _sync_failed(self, error: Exception) -> None:
        self._syncing = False
        self._failure = (
            translated(error) if isinstance(error, UserError) else unexpected_error_text(error)
        )
        self.sync_button.setEnabled(True)
        self.refresh()

    def _show(self, status: SyncStatus) -> None:
        self._status = status
        self._render()

    def show_again(self) -> None:
        """The last answer again, worded and formatted in the language in use now."""
        self.sync_button.setText(self.tr("Sync now"))
        self.review_button.setText(self.tr("Review"))
        self._render()

    def _render(self) -> None:
        status = self._status
        if self._syncing:
            text = self.tr("Syncing…")
        elif status is None or status.connection is None:
            text = self.tr("No CRM connected")
        elif self._failure or status.last_error:
            text = self.tr("Not synced: see details")
        elif status.last_success_at is None:
            text = self.tr("Not synced yet")
        else:
            text = self.tr("Synced {time}").format(
                time=formats.when(status.last_success_at.astimezone())
            )
        self.label.setText(text)
        if status is not None and (status.review or status.conflicts):
            # The button says how many: no second count in the label beside it.
            self.review_button.setText(
                self.tr("{n} to review").format(n=formats.count(status.review + status.conflicts))
            )
        self.label.setToolTip(self._details(status))
        self.sync_button.setVisible(status is not None and status.connection is not None)
        self.review_button.setVisible(
            status is not None and bool(status.review or status.conflicts)
        )

    def set_decider(self, decider: Decider | None) -> None:
        """Who is signed in (shift leads and admins may decide in the review)."""
        self._decider = decider
        if self.review_dialog is not None:
            self.review_dialog.close()

    @Slot()
    def open_review(self) -> None:
        """Non-modal, like the app's other dialogs; closing it refreshes the counts."""
        if self.review_dialog is not None:
            self.review_dialog.activateWindow()
            return
        dialog = SyncReviewDialog(self._store, self._runner, self.window(), decider=self._decider)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._review_closed)
        self.review_dialog = dialog
        dialog.open()

    @Slot()
    def _review_closed(self) -> None:
        self.review_dialog = None
        self.refresh()

    def _details(self, status: SyncStatus | None) -> str:
        if status is None or status.connection is None:
            return self.tr("Connect with: callcenter crm connect --instance URL")
        lines = [
            self.tr("CRM: {url}").format(url=status.connection.instance_url),
            self.tr("{n} waiting to be sent").format(n=formats.count(status.pending)),
            self.tr("{n} refused by the CRM, {c} conflicts (callcenter crm review)").format(
                n=formats.count(status.review), c=formats.count(status.conflicts)
            ),
        ]
        problem = self._failure or (translated(status.last_error) if status.last_error else None)
        if problem:
            lines.append(self.tr("Last problem: {message}").format(message=problem))
        return "\n".join(lines)
