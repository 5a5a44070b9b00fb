"""PySide6 6.12 on Python 3.11 spends references of None and True; the app tops them up."""

from __future__ import annotations

import sys

import PySide6
import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ui.refcounts import HEADROOM, keep_singletons_alive


class Sender(QObject):
    fired = Signal(object)


@pytest.mark.skipif(
    sys.version_info >= (3, 12) or PySide6.__version_info__[:2] != (6, 12),
    reason="only PySide6 6.12 on Python 3.11 loses references",
)
def test_singletons_have_headroom_for_a_long_shift(qtbot: QtBot) -> None:
    keep_singletons_alive()  # once per process; the UI conftest already did
    assert sys.getrefcount(None) > HEADROOM // 2
    assert sys.getrefcount(True) > HEADROOM // 2
    assert sys.getrefcount(False) > HEADROOM // 2
    assert keep_singletons_alive() is False  # never twice


def test_many_void_calls_and_emits_do_not_exhaust_none_or_true(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    sender = Sender()
    seen: list[object] = []
    sender.fired.connect(seen.append)

    for n in range(20_000):
        label.setText(str(n))
        sender.fired.emit(n)

    assert len(seen) == 20_000
    assert sys.getrefcount(None) > 1_000 and sys.getrefcount(True) > 1_000
