"""The live room refreshes on the database thread, never blocks, and shows its flags."""

from __future__ import annotations

import dataclasses
import threading
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from callcenter.db import Store
from callcenter.models import utcnow
from callcenter.services import room
from callcenter.services.auth import sign_in
from tests.factories import make_volunteer, make_world
from tests.ui.shiftlead.conftest import MakeConsole, add_calls
from ui.ops import OpRunner
from ui.shiftlead.console import ShiftLeadConsole
from ui.shiftlead.room_page import RoomPage


@pytest.fixture
def busy_room(store: Store, lead: int):
    """Two callers this morning: one honest, one clicking through in three seconds."""
    world = make_world(store, contacts=20)
    honest = make_volunteer(
        store,
        "HONE22",
        "111111",
        first_name="Hana",
        last_name="Honest",
        campaign_ids=(world.campaign_id,),
    )
    clicker = make_volunteer(
        store,
        "CLIK22",
        "222222",
        first_name="Cleo",
        last_name="Clicker",
        campaign_ids=(world.campaign_id,),
    )
    sign_in(store, "HONE22", "111111")
    sign_in(store, "CLIK22", "222222")
    start = utcnow() - timedelta(minutes=30)
    add_calls(store, world, honest, "SUPPORTER", calls=2, seconds=120, start=start)
    add_calls(store, world, honest, "NO_ANSWER", calls=8, seconds=40, start=start)
    add_calls(store, world, clicker, "SUPPORTER", calls=10, seconds=3, start=start)
    return world, honest, clicker


def show_room(
    qtbot: QtBot, make_console: MakeConsole, lead: int, runner: OpRunner
) -> tuple[ShiftLeadConsole, RoomPage]:
    console = make_console(lead, runner=runner)
    console.show()
    qtbot.waitExposed(console)
    console.tabs.setCurrentWidget(console.room_page)
    return console, console.room_page


def test_refresh_runs_on_the_worker_without_blocking_and_skips_while_busy(
    qtbot: QtBot,
    store: Store,
    make_console: MakeConsole,
    lead: int,
    busy_room,
    thread_runner: OpRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, _, clicker = busy_room
    release = threading.Event()
    worker_threads: list[threading.Thread] = []
    real_refresh = room.RoomMonitor.refresh

    def slow_refresh(self, store, now=None):
        worker_threads.append(threading.current_thread())
        release.wait(10)
        return real_refresh(self, store, now)

    monkeypatch.setattr(room.RoomMonitor, "refresh", slow_refresh)
    _console, page = show_room(qtbot, make_console, lead, thread_runner)
    page.timer.stop()  # the test drives the ticks

    # The refresh started when the page was shown and is stuck in the worker, yet
    # the GUI thread is here, free: the window keeps painting and taking input.
    qtbot.waitUntil(lambda: bool(worker_threads))
    assert page.is_refreshing() and page.snapshot is None
    assert worker_threads[0] is not threading.main_thread()
    page.refresh()
    page.refresh()
    assert page.refreshes_skipped == 2

    release.set()
    qtbot.waitUntil(lambda: page.snapshot is not None, timeout=10_000)
    assert not page.is_refreshing()
    snap = page.snapshot
    assert (snap.signed_in, snap.calls, snap.contacts) == (2, 20, 12)
    assert page.signed_in_tile.value_label.text() == "2"
    assert page.calls_tile.value_label.text() == "20"
    assert page.rate_tile.value_label.text() == "60%"
    assert page.calls_tile.detail_label.text() == "12 contacts"
    page.apply_snapshot(dataclasses.replace(snap, contacts=1))
    assert page.calls_tile.detail_label.text() == "1 contact"  # not "1 contacts"
    page.apply_snapshot(snap)
    # Named by the campaign's labels (the factory's are the codes in title case).
    assert dict(page.chart.shown_results()) == {"Supporter": 12, "No_Answer": 8}
    flagged = {(f.volunteer_id, f.kind) for f in page.flag_model.rows()}
    assert flagged == {
        (clicker, "contact_rate_high"),
        (clicker, "short_calls"),
        (clicker, "same_result"),
    }
    assert page.flags_title.text() == "Quality flags (3)"
    assert page.zip_model.rows() == [("60601", 20, 12)]
    assert page.lists_panel.bars and next(iter(page.lists_panel.bars.values())).maximum() == 20

    # The next tick runs again on the worker and changes nothing that did not change.
    page.refresh()
    qtbot.waitUntil(lambda: not page.is_refreshing(), timeout=10_000)
    assert page.snapshot is not snap and page.snapshot.calls == 20


def test_each_flag_opens_the_calls_behind_it(
    qtbot: QtBot, store: Store, make_console: MakeConsole, lead: int, busy_room, thread_runner
) -> None:
    _console, page = show_room(qtbot, make_console, lead, thread_runner)
    qtbot.waitUntil(lambda: page.snapshot is not None, timeout=10_000)
    row = next(i for i, f in enumerate(page.flag_model.rows()) if f.kind == "short_calls")
    page.flag_table.selectRow(row)

    page.show_calls_button.click()

    dialog = page.flag_dialog
    assert dialog is not None and "Many very short calls" in dialog.windowTitle()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 10, timeout=10_000)
    assert {c.duration_s for c in dialog.model.rows()} == {3}
    dialog.reject()
    assert page.flag_dialog is None


def test_the_timer_refreshes_only_while_the_page_is_shown(
    qtbot: QtBot, store: Store, make_console: MakeConsole, lead: int, busy_room
) -> None:
    console = make_console(lead)
    console.show()
    page = console.room_page
    assert not page.timer.isActive()
    console.tabs.setCurrentWidget(page)
    assert page.timer.isActive() and 5_000 <= page.timer.interval() <= 10_000
    assert page.snapshot is not None  # the first refresh came at once

    console.tabs.setCurrentWidget(console.queue_page)
    assert not page.timer.isActive()


def test_choosing_a_campaign_counts_only_its_calls(
    qtbot: QtBot, store: Store, make_console: MakeConsole, lead: int, busy_room
) -> None:
    other = make_world(store, contacts=2)
    console = make_console(lead)
    console.show()
    console.tabs.setCurrentWidget(console.room_page)
    page = console.room_page
    assert page.snapshot is not None and page.snapshot.calls == 20

    page.campaign_filter.setCurrentIndex(page.campaign_filter.findData(other.campaign_id))

    assert page.snapshot.calls == 0
    assert page.flag_model.rowCount() == 0
    assert page.flags_title.text() == "Quality flags: none"


def test_the_results_chart_writes_its_numbers_in_the_windows_locale(qtbot) -> None:
    """Counts and the spoken description group thousands as the locale does, and
    follow a language switched while the room is open."""
    from PySide6.QtCore import QLocale

    from ui.shiftlead.room_widgets import ResultsChart

    chart = ResultsChart()
    qtbot.addWidget(chart)
    chart.resize(500, 200)
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("de_DE"))
        chart.show_results({"supporter": 12345, "no_answer": 80}, {"supporter": "Zusage"})
        chart.grab()
        assert chart.painted == [("Zusage", "12.345"), ("no_answer", "80")]
        assert chart.accessibleDescription() == "Zusage 12.345, no_answer 80"
        QLocale.setDefault(QLocale("fr_FR"))
        chart.show_results({"supporter": 12345, "no_answer": 80}, {"supporter": "Zusage"})
        chart.grab()
        assert chart.painted[0] == ("Zusage", "12\u202f345")
        assert chart.accessibleDescription().startswith("Zusage 12\u202f345")
    finally:
        QLocale.setDefault(before)


NINE = [
    "Left message", "Contacted", "Call back later", "No answer", "Declined",
    "Wrong number", "Do not call", "Moved / deceased", "Busy",
]  # fmt: skip


def test_a_shift_s_nine_results_are_each_named_in_full_in_a_short_pane(qtbot) -> None:
    """Qt Charts showed "..." for every name of nine bars in a 200-pixel pane."""
    from ui.shiftlead.room_widgets import ResultsChart

    chart = ResultsChart()
    qtbot.addWidget(chart)
    chart.show_results({name: 90 - 10 * i for i, name in enumerate(NINE)})
    chart.resize(570, chart.sizeHint().height())
    chart.grab()
    assert chart.height() <= 250  # a short pane, as the room gives it at 1366x768
    assert [name for name, _ in chart.painted] == NINE
    assert [count for _, count in chart.painted] == [str(90 - 10 * i) for i in range(9)]


def test_rows_that_do_not_fit_are_counted_not_dropped(qtbot) -> None:
    from ui.shiftlead.room_widgets import ResultsChart

    chart = ResultsChart()
    qtbot.addWidget(chart)
    chart.show_results({name: 90 - 10 * i for i, name in enumerate(NINE)})
    chart.resize(570, 120)
    chart.grab()
    *rows, (more, _) = chart.painted
    assert [name for name, _ in rows] == NINE[: len(rows)]
    assert more == f"and {len(NINE) - len(rows)} more"
    assert "Busy 10" in chart.accessibleDescription()  # the whole list is still spoken


def test_an_empty_shift_says_so(qtbot) -> None:
    from ui.shiftlead.room_widgets import ResultsChart

    chart = ResultsChart()
    qtbot.addWidget(chart)
    chart.show_results({})
    chart.grab()
    assert chart.painted == []
    assert chart.accessibleDescription() == "No calls yet"
