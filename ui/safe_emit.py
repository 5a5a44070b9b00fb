"""Emitting a Qt signal from Python without draining ``True``'s reference count.

PySide6 6.12's ``SignalInstance.emit`` returns ``True`` without a new
reference.  On Python 3.11 (where ``True`` is not yet immortal) every emit
whose result is dropped takes one reference away from ``True``; after some
thousands of emits (an afternoon of calling) the interpreter aborts with
"Fatal Python error: bool_dealloc: deallocating True or False".

Emit through :func:`emit` in ``ui``: it gives the reference back, and only
when this PySide has the bug (measured once, at import).  Connecting a signal
to another signal (``a.connect(b)``, never ``a.connect(b.emit)``) stays in C++
and is safe as it is.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

PROBES = 8

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    fired = Signal()


def _emit_drops_a_reference() -> bool:
    """Whether a Python-side emit takes a reference from ``True`` (and repay the probe's)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(PROBES):
        probe.fired.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(0, lost)):
        _incref(True)
    return lost >= PROBES


EMIT_DROPS_A_REFERENCE = _emit_drops_a_reference()


def emit(signal: SignalInstance, *args: object) -> None:
    """``signal.emit(*args)``, minus PySide's reference-count slip."""
    result = signal.emit(*args)
    if EMIT_DROPS_A_REFERENCE and isinstance(result, bool):
        _incref(result)
