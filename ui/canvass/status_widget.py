"""The status bar's canvass part: online or offline, the checkout's expiry, what waits to sync.

The store is read on the database thread every few seconds; whether the CRM
answers is asked on a thread of its own, so a slow network never holds up a
save.  With no CRM connected on this laptop the answer is simply "offline".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from callcenter.db import Store
from callcenter.models import utcnow
from callcenter.services.canvass.status import CanvassStatus, canvass_status
from ui import formats
from ui.ops import Op, OpRunner

if TYPE_CHECKING:  # the window opens before sync is needed
    from sync.canvass import TurfCrm

REFRESH_MS = 10_000


class _ProbeResult(QObject):
    answered = Signal(bool)


class _Probe(QRunnable):
    def __init__(self, crm: TurfCrm, result: _ProbeResult) -> None:
        super().__init__()
        self.crm = crm
        self.result = result

    def run(self) -> None:
        try:
            online = bool(self.crm.is_online())
        except Exception:  # a probe that fails means offline, nothing more
            online = False
        self.result.answered.emit(online)


class CanvassStatusBar(QWidget):
    def __init__(
        self,
        store: Store,
        runner: OpRunner,
        crm: TurfCrm | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("canvassStatus")
        self._store = store
        self._runner = runner
        self._crm = crm
        self._reading = False
        self._probing = False
        self._online = False
        self._status: CanvassStatus | None = None
        self.online_label = QLabel()
        self.online_label.setObjectName("onlineLabel")
        self.checkout_label = QLabel()
        self.checkout_label.setObjectName("checkoutLabel")
        self.waiting_label = QLabel()
        self.waiting_label.setObjectName("waitingLabel")
        for label, name in (
            (self.online_label, self.tr("Connection")),
            (self.checkout_label, self.tr("Checked-out turf")),
            (self.waiting_label, self.tr("Waiting to sync")),
        ):
            label.setAccessibleName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.online_label)
        layout.addWidget(self.checkout_label)
        layout.addWidget(self.waiting_label)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._probe_result = _ProbeResult(self)
        self._probe_result.answered.connect(self._show_online)
        self._show_online(False)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def set_crm(self, crm: TurfCrm | None) -> None:
        self._crm = crm
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read the store and ask the CRM again; a read still running is not doubled."""
        if not self._reading:
            self._reading = True
            store = self._store
            Op(self, lambda: canvass_status(store), runner=self._runner).success(
                self._show_status
            ).failure(self._read_failed).run()
        if self._crm is None:
            self._show_online(False)
        elif not self._probing:
            self._probing = True
            self._pool.start(_Probe(self._crm, self._probe_result))

    def show_again(self) -> None:
        """The last answers again, worded and formatted in the language in use now."""
        self._show_online(self._online, probed=False)
        if self._status is not None:
            self._show_status(self._status, read=False)

    def wait_for_probe(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    @Slot(bool)
    def _show_online(self, online: bool, probed: bool = True) -> None:
        if probed:
            self._probing = False
        self._online = online
        # Short words in the status bar, the whole story in the tool tip.
        if online:
            self.online_label.setText(self.tr("● Online"))
            self.online_label.setToolTip(self.tr("The CRM answers."))
        elif self._crm is None:
            # The sync part beside it says so already: "No CRM connected".
            self.online_label.setText(self.tr("○ Offline"))
            self.online_label.setToolTip(self.tr("○ Offline (no CRM connected)"))
        else:
            self.online_label.setText(self.tr("○ Offline"))
            self.online_label.setToolTip(self.tr("The CRM does not answer."))
        self.online_label.setProperty("online", online)
        self.online_label.setVisible(online or self._crm is not None)

    def _show_status(self, status: CanvassStatus, read: bool = True) -> None:
        if read:
            self._reading = False
        self._status = status
        if status.expires_at is None:
            self.checkout_label.clear()
        elif status.expires_at <= utcnow():
            self.checkout_label.setText(self.tr("Turf expired: check it in"))
            self.checkout_label.setToolTip(
                self.tr("Turf '{name}' expired: check it in").format(name=status.checkout_name)
            )
        else:
            local = status.expires_at.astimezone()
            self.checkout_label.setText(
                self.tr("Turf until {until}").format(until=formats.when(local))
            )
            self.checkout_label.setToolTip(
                self.tr("Turf '{name}' until {until}").format(
                    name=status.checkout_name, until=formats.date_time(local)
                )
            )
        # Only what a team has out shows; the sync part counts what the CRM refused.
        self.checkout_label.setVisible(status.expires_at is not None)
        waiting = formats.count(status.waiting_to_sync)
        tip = self.tr("{n} waiting to sync").format(n=waiting)
        if status.in_review:
            tip += self.tr(", {n} refused (review)").format(n=formats.count(status.in_review))
        self.waiting_label.setText(self.tr("{n} to send").format(n=waiting))
        self.waiting_label.setToolTip(tip)
        self.waiting_label.setVisible(bool(status.waiting_to_sync))

    def _read_failed(self, _error: Exception) -> None:
        # A busy database now and then is no news; the next refresh tries again.
        self._reading = False
