"""The running call timer: how long this contact has been on screen or on the line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QLabel, QWidget

from callcenter.models import utcnow
from ui.calls.labels import format_duration

TICK_MS = 1000


class CallTimer(QLabel):
    """Counts up from ``started_at``; the outcome's start time is read from here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callTimer")
        self.setAccessibleName(self.tr("Call timer"))
        self.clock: Callable[[], datetime] = utcnow
        self.started_at: datetime = self.clock()
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._tick()

    def restart(self, at: datetime | None = None) -> None:
        self.started_at = at or self.clock()
        self._ticker.start()
        self._tick()

    def stop(self) -> None:
        self._ticker.stop()

    def elapsed_seconds(self, now: datetime | None = None) -> int:
        return int(((now or self.clock()) - self.started_at).total_seconds())

    @Slot()
    def _tick(self) -> None:
        self.setText(format_duration(self.elapsed_seconds()))
