"""Keeping ``None``, ``True`` and ``False`` alive under PySide6 6.12 on Python 3.11.

``pyproject.toml`` installs PySide6 6.11 on Python 3.11, which does not have this
fault; this guard is for a 6.12 installed there anyway (by hand, or a build
environment), and does nothing otherwise.

PySide6 6.12 hands back ``None`` from void calls (``setText``, ``show``,
``processEvents``, ...) and ``True`` from ``Signal.emit`` without adding a
reference, as if these objects were immortal.  From Python 3.12 on they are;
on 3.11, which this app supports, each such call takes one reference away.
``None`` starts a session with some 50,000; the contact screen spends about 80
per contact and the call timer one a second, so a long shift would end in
"Fatal Python error: none_dealloc" (``True`` goes the same way, faster).

:func:`keep_singletons_alive` does what Python 3.12 does for these objects: it
gives them more references than any session can spend.  It changes nothing on
3.12 and later, and is called once, before the first window.
"""

from __future__ import annotations

import ctypes
import sys

# About a trillion: at a million slips a second, twelve days.
HEADROOM = 1 << 40

_applied = False


def _pyside_loses_references() -> bool:
    """True for the PySide6 releases known to have the fault (6.12)."""
    import PySide6

    return tuple(PySide6.__version_info__[:2]) == (6, 12)


def keep_singletons_alive() -> bool:
    """Top up the reference counts of ``None``, ``True`` and ``False``; True if it did."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or not _pyside_loses_references():
        return False
    if hasattr(sys, "getobjects"):
        # A trace-refs debug build lays objects out differently; leave it alone.
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in CPython's release builds.
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        refcount.value += HEADROOM
    _applied = True
    return True
