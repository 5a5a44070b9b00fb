"""Background operations: run a plain function off the GUI thread, call back on it.

Modelled on Anki's ``CollectionOp``::

    Op(self, lambda: auth.sign_in(store, code, pin), runner=runner)
        .success(self._on_signed_in)
        .failure(self._on_refused)
        .run()

The function must not touch widgets: it runs on the database thread.  The
callbacks run on the GUI thread, and only while the op's parent widget still
exists.  Tests pass an :class:`InlineOpRunner` to run ops synchronously.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from ui.messages import report_failure

log = logging.getLogger(__name__)

T = TypeVar("T")


class Op(Generic[T]):
    """One background call with success and failure callbacks."""

    def __init__(self, parent: QWidget, fn: Callable[[], T], *, runner: OpRunner) -> None:
        self._parent = parent
        self._fn = fn
        self._runner = runner
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: Callable[[Exception], object] | None = None

    def success(self, callback: Callable[[T], object]) -> Op[T]:
        """Called on the GUI thread with ``fn``'s result."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], object]) -> Op[T]:
        """Called on the GUI thread with the exception; replaces the default message."""
        self._on_failure = callback
        return self

    def run(self) -> None:
        self._runner.submit(self)

    def _execute(self) -> tuple[Any, Exception | None]:
        """Runs on the worker thread: never touches the parent widget."""
        try:
            return self._fn(), None
        except Exception as exc:
            return None, exc

    def _deliver(self, result: Any, error: Exception | None) -> None:
        """Runs on the GUI thread."""
        # The window may have been closed while the op ran; its callbacks would
        # touch deleted widgets.
        if not isValid(self._parent):
            if error is not None:
                log.error("op failed after its widget closed", exc_info=error)
            return
        if error is None:
            if self._on_success is not None:
                self._on_success(result)
        elif self._on_failure is not None:
            self._on_failure(error)
        else:
            report_failure(self._parent, error)


class OpRunner(QObject):
    """Runs ops one at a time on a dedicated database thread.

    SQLite serialises writes anyway; one thread keeps them in the order the
    user made them and keeps the GUI thread off the disk.
    """

    # (op id, result, exception) from the worker to the GUI thread.
    _finished = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._ids = itertools.count(1)
        # Ops are held here, on the GUI thread, so no widget reference is ever
        # dropped on the worker thread.
        self._pending: dict[int, Op[Any]] = {}
        self._finished.connect(self._deliver)

    def submit(self, op: Op[Any]) -> None:
        op_id = next(self._ids)
        self._pending[op_id] = op
        execute = op._execute
        finished = self._finished

        def work() -> None:
            result, error = execute()
            finished.emit(op_id, result, error)

        self._pool.start(work)

    def is_idle(self) -> bool:
        return not self._pending

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (at shutdown: unsaved work first)."""
        return self._pool.waitForDone(msecs)

    @Slot(int, object, object)
    def _deliver(self, op_id: int, result: object, error: object) -> None:
        op = self._pending.pop(op_id, None)
        if op is not None:
            op._deliver(result, error if isinstance(error, Exception) else None)


class InlineOpRunner(OpRunner):
    """Runs each op at once on the calling thread: deterministic tests."""

    def submit(self, op: Op[Any]) -> None:
        result, error = op._execute()
        op._deliver(result, error)
