"""Garbage cycles made on a worker thread are freed on the GUI thread while the window runs."""

from __future__ import annotations

import gc
import threading

from ui.gc_guard import GuiThreadCollector

FREED_ON: list[str] = []


class _Cycle:
    """Refers to itself, so only the cycle collector frees it; notes the thread that did."""

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        FREED_ON.append(threading.current_thread().name)


def test_worker_garbage_is_collected_on_the_gui_thread(qtbot) -> None:
    was_enabled = gc.isenabled()
    gc.collect()
    collector = GuiThreadCollector(interval_ms=10)
    collector.start()
    try:
        assert not gc.isenabled()
        FREED_ON.clear()

        def make_garbage() -> None:
            for _ in range(5 * gc.get_threshold()[0]):
                _Cycle()

        worker = threading.Thread(target=make_garbage, name="worker")
        worker.start()
        worker.join()
        assert FREED_ON == []  # nothing collected on the worker

        qtbot.waitUntil(lambda: len(FREED_ON) > 0, timeout=5000)
        assert set(FREED_ON) == {threading.main_thread().name}
    finally:
        collector.stop()
    assert gc.isenabled() == was_enabled


def test_check_collects_only_past_the_threshold(qtbot) -> None:
    collector = GuiThreadCollector()
    collector.start()
    try:
        gc.collect()
        assert gc.get_count()[0] <= gc.get_threshold()[0]
        FREED_ON.clear()
        _Cycle()
        collector.check()
        assert FREED_ON == []  # below the threshold: left for later
    finally:
        collector.stop()
    gc.collect()
