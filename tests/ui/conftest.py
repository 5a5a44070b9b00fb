"""UI fixtures: ops run inline unless a test asks for the real database thread."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from callcenter.db import Store
from ui.demo_panel import DemoCredential
from ui.main_window import MainWindow
from ui.ops import InlineOpRunner, OpRunner
from ui.refcounts import keep_singletons_alive

# As the app does at start: a long test run makes as many void Qt calls as a shift.
keep_singletons_alive()


@dataclass(frozen=True)
class FakeDemoCredential:
    """Shaped like ``callcenter.demo.DemoCredential``."""

    code: str
    pin: str
    name: str
    role: str
    status: str


@pytest.fixture
def collect_windows() -> Iterator[None]:
    """For tests that run the whole GUI (``run_gui``, ``main``): its window sits in
    reference cycles, and must be freed here on the GUI thread, not by a collection
    that a later test's database thread happens to run (Qt objects are freed only on
    the GUI thread).  The app itself exits after ``run_gui``."""
    yield
    gc.collect()


@pytest.fixture
def inline_runner() -> InlineOpRunner:
    return InlineOpRunner()


@pytest.fixture
def thread_runner() -> Iterator[OpRunner]:
    runner = OpRunner()
    yield runner
    # No op may outlive its test's store.
    runner.wait_for_done()


MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, store: Store, inline_runner: InlineOpRunner) -> MakeWindow:
    def make(
        demo_credentials: Sequence[DemoCredential] | None = None,
        *,
        runner: OpRunner | None = None,
    ) -> MainWindow:
        window = MainWindow(store, runner or inline_runner, demo_credentials)
        qtbot.addWidget(window)
        return window

    return make
