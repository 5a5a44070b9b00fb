"""The op layer: off-thread work, GUI-thread callbacks, default messages."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from callcenter.errors import UserError
from tests.ui.conftest import MakeWindow
from ui.messages import MessageLevel
from ui.ops import InlineOpRunner, Op, OpRunner


def fail_with(error: Exception) -> Callable[[], None]:
    def fn() -> None:
        raise error

    return fn


def test_inline_runner_calls_success_with_the_result(
    qtbot: QtBot, inline_runner: InlineOpRunner
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[int] = []

    Op(parent, lambda: 6 * 7, runner=inline_runner).success(results.append).run()

    assert results == [42]


def test_user_error_is_shown_in_the_window(make_window: MakeWindow) -> None:
    window = make_window()

    Op(
        window.sign_in_page, fail_with(UserError("The list is closed.")), runner=window._runner
    ).run()

    assert window.banner.text() == "The list is closed."
    assert window.banner.property("level") == MessageLevel.NOTICE.value


def test_unexpected_error_shows_one_generic_line_and_logs_the_traceback(
    make_window: MakeWindow, caplog: pytest.LogCaptureFixture
) -> None:
    window = make_window()
    error = RuntimeError("disk I/O error\nFile 'store.py', line 12, in write")

    with caplog.at_level(logging.ERROR):
        Op(window.sign_in_page, fail_with(error), runner=window._runner).run()

    shown = window.banner.text()
    assert shown == "Something went wrong: disk I/O error"
    assert "Traceback" not in shown and "line 12" not in shown
    assert window.banner.property("level") == MessageLevel.ERROR.value
    assert any(record.exc_info for record in caplog.records)


def test_a_failure_handler_replaces_the_default_message(make_window: MakeWindow) -> None:
    window = make_window()
    caught: list[Exception] = []

    Op(window, fail_with(UserError("No.")), runner=window._runner).failure(caught.append).run()

    assert [str(e) for e in caught] == ["No."]
    assert window.banner.text() == ""


def test_without_a_message_area_a_non_blocking_box_is_used(
    qtbot: QtBot, inline_runner: InlineOpRunner
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    Op(parent, fail_with(KeyError("x")), runner=inline_runner).run()

    boxes = parent.findChildren(QMessageBox)
    assert len(boxes) == 1
    assert boxes[0].text() == "Something went wrong: 'x'"
    boxes[0].close()


def test_thread_runner_works_off_the_gui_thread_and_calls_back_on_it(
    qtbot: QtBot, thread_runner: OpRunner
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    worker_threads: list[int] = []
    callback_threads: list[int] = []

    def work() -> str:
        worker_threads.append(threading.get_ident())
        return "done"

    Op(parent, work, runner=thread_runner).success(
        lambda _result: callback_threads.append(threading.get_ident())
    ).run()

    qtbot.waitUntil(lambda: bool(callback_threads), timeout=5_000)
    assert worker_threads[0] != threading.get_ident()
    assert callback_threads == [threading.get_ident()]
    assert thread_runner.is_idle()


def test_thread_runner_failure_reaches_the_window(
    qtbot: QtBot, make_window: MakeWindow, thread_runner: OpRunner
) -> None:
    window = make_window(runner=thread_runner)

    Op(window, fail_with(UserError("Locked, try again.")), runner=thread_runner).run()

    qtbot.waitUntil(lambda: window.banner.text() == "Locked, try again.", timeout=5_000)


def test_thread_runner_runs_ops_one_at_a_time_in_order(
    qtbot: QtBot, thread_runner: OpRunner
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    order: list[int] = []
    for n in range(5):
        Op(parent, lambda n=n: n, runner=thread_runner).success(order.append).run()

    qtbot.waitUntil(lambda: len(order) == 5, timeout=5_000)
    assert order == [0, 1, 2, 3, 4]


def test_no_callback_after_the_parent_widget_is_gone(qtbot: QtBot, thread_runner: OpRunner) -> None:
    parent = QWidget()
    release = threading.Event()
    called: list[object] = []
    Op(parent, lambda: release.wait(5), runner=thread_runner).success(called.append).run()

    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent))
    release.set()
    qtbot.waitUntil(thread_runner.is_idle, timeout=5_000)

    assert called == []


def _alive(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)
