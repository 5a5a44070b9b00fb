"""Python's cycle collector, run on the GUI thread only.

Qt objects must be destroyed on the thread that owns them.  A window's widgets
often sit in reference cycles (a slot that holds its widget), and CPython runs a
collection on whichever thread happens to allocate past the threshold: with the
database and sync work on worker threads, that can be a worker, which frees GUI
objects there and crashes inside Qt.  So, while the window runs, automatic
collection is off and a timer on the GUI thread collects each generation when
its count passes the usual threshold (the way calibre does it).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 500


class GuiThreadCollector(QObject):
    """Collects garbage on the GUI thread while started; automatic collection off."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._was_enabled = False

    def start(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

    def check(self) -> int:
        """Collect the generations whose counts passed their thresholds; objects freed."""
        count0, count1, count2 = gc.get_count()
        limit0, limit1, limit2 = gc.get_threshold()
        freed = 0
        if count0 > limit0:
            freed = gc.collect(0)
            if count1 > limit1:
                freed += gc.collect(1)
                if count2 > limit2:
                    freed += gc.collect(2)
        return freed
