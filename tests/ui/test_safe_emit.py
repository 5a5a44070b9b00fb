"""Python-side emits must not drain ``True``'s reference count (PySide6 6.12 slip)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Qt, Signal
from pytestqt.qtbot import QtBot

from callcenter.db import Store
from tests.ui.calling_helpers import calling_world, focused, show_window, start_calling
from tests.ui.conftest import MakeWindow
from ui.safe_emit import emit


class Sender(QObject):
    fired = Signal(object)


def test_emit_keeps_true_alive() -> None:
    sender = Sender()
    seen: list[object] = []
    sender.fired.connect(seen.append)
    before = sys.getrefcount(True)

    for n in range(1000):
        emit(sender.fired, n)

    assert len(seen) == 1000
    assert abs(sys.getrefcount(True) - before) <= 2


def test_a_shift_of_calls_keeps_true_alive(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    calling_world(store, contacts=25)
    window = make_window()
    show_window(qtbot, window)
    calling = start_calling(qtbot, window)
    before = sys.getrefcount(True)

    for _ in range(20):
        qtbot.keyClick(focused(window), Qt.Key.Key_2)
        qtbot.keyClick(focused(window), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert calling.screen.lease is not None
    # A handful of references may be held by live objects; a leak would be 60 or more.
    assert before - sys.getrefcount(True) < 10
