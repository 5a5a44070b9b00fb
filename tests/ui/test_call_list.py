"""The call list: a lazily fetched table model over a million rows, search, status, counts."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot

from callcenter.db import Store, open_store
from callcenter.models import CallListEntry
from callcenter.services.call_list import PAGE_SIZE, ListFilter, ListRow, fetch_rows
from callcenter.services.campaigns import CampaignSummary
from tests.factories import make_world
from tests.ui.calling_helpers import calling_world, show_window, start_calling
from tests.ui.conftest import MakeWindow
from ui.calls.list_model import CallListModel
from ui.calls.list_view import CallListView
from ui.ops import InlineOpRunner, OpRunner

MILLION = 1_000_000


@pytest.fixture(scope="module")
def million_store(
    template_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Store, int]]:
    """A campaign whose list holds a million contacts, made in SQL in a few seconds."""
    path = tmp_path_factory.mktemp("million") / "million.db"
    shutil.copyfile(template_db, path)
    store = open_store(path)
    world = make_world(store, contacts=0)
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    with conn:
        conn.execute(
            """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
            INSERT INTO contact (id, uid, first_name, last_name, language, postal_code, city,
                                 country, attributes, do_not_call, opted_out_email,
                                 created_at, updated_at)
            SELECT i, printf('U%025d', i), 'First' || i, 'Last' || (i % 1000),
                   'en', printf('%05d', i % 100000), 'Springfield', 'US', '{}', 0, 0,
                   '2026-01-01 00:00:00', '2026-01-01 00:00:00'
            FROM n
            """,
            (MILLION,),
        )
        conn.execute(
            """
            INSERT INTO call_list_entry (list_id, contact_id, status, priority, queue_seq,
                                         attempts, skips)
            SELECT ?, id, CASE id % 5 WHEN 3 THEN 'done' WHEN 4 THEN 'callback'
                                      ELSE 'pending' END, 0, id, 0, 0
            FROM contact
            """,
            (world.list_id,),
        )
    conn.close()
    store = open_store(path)
    yield store, world.campaign_id
    store.close()


def source_for(store: Store, calls: list[tuple[int, int]]):  # type: ignore[no-untyped-def]
    def fetch(flt: ListFilter, after: int, limit: int) -> list[ListRow]:
        calls.append((after, limit))
        return fetch_rows(store, flt, after_id=after, limit=limit)

    return fetch


def test_a_million_rows_are_fetched_a_page_at_a_time(
    qtbot: QtBot, million_store: tuple[Store, int]
) -> None:
    store, campaign_id = million_store
    owner = QWidget()
    qtbot.addWidget(owner)
    fetched: list[tuple[int, int]] = []
    model = CallListModel(
        owner, InlineOpRunner(), source_for(store, fetched), ListFilter(campaign_id)
    )
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())

    view = QTableView(owner)
    view.setModel(model)
    owner.resize(900, 600)
    view.resize(900, 600)
    owner.show()
    qtbot.waitExposed(owner)
    QApplication.processEvents()

    # The view asked for what fills it: one page, not a million rows.
    assert model.rowCount() == PAGE_SIZE
    assert model.index(0, 0).data() == "Last1, First1"
    for _ in range(4):
        view.scrollToBottom()
        QApplication.processEvents()
    assert model.rowCount() == 5 * PAGE_SIZE
    assert [after for after, _ in fetched] == [0, 200, 400, 600, 800]
    assert model.row_at(model.rowCount() - 1).entry_id == model.row_at(0).entry_id + 999


def test_a_filter_change_starts_over_and_drops_late_pages(
    qtbot: QtBot, million_store: tuple[Store, int]
) -> None:
    store, campaign_id = million_store
    owner = QWidget()
    qtbot.addWidget(owner)
    fetched: list[tuple[int, int]] = []
    model = CallListModel(
        owner, InlineOpRunner(), source_for(store, fetched), ListFilter(campaign_id)
    )
    model.fetchMore(QModelIndex())
    stale_generation = model._generation

    model.set_filter(ListFilter(campaign_id, status="callback"))
    model._append(stale_generation, [model.row_at(0)] if model.rowCount() else [])
    assert model.rowCount() == 0
    model.fetchMore(QModelIndex())

    assert model.rowCount() == PAGE_SIZE
    assert {model.row_at(i).status for i in range(model.rowCount())} == {"callback"}
    assert model.index(0, 3).data() == "Callback"


def test_search_finds_matching_contacts_only(
    qtbot: QtBot, million_store: tuple[Store, int]
) -> None:
    store, campaign_id = million_store
    owner = QWidget()
    qtbot.addWidget(owner)
    model = CallListModel(owner, InlineOpRunner(), source_for(store, []), ListFilter(campaign_id))

    model.set_filter(ListFilter(campaign_id, search="Last999"))
    model.fetchMore(QModelIndex())

    assert model.rowCount() == PAGE_SIZE
    assert all(model.row_at(i).name.startswith("Last999,") for i in range(model.rowCount()))


def test_pages_come_from_the_database_thread(
    qtbot: QtBot, million_store: tuple[Store, int], thread_runner: OpRunner
) -> None:
    store, campaign_id = million_store
    owner = QWidget()
    qtbot.addWidget(owner)
    model = CallListModel(owner, thread_runner, source_for(store, []), ListFilter(campaign_id))

    with qtbot.waitSignal(model.rowsInserted, timeout=10_000):
        model.fetchMore(QModelIndex())
        # While the page is on its way, the view is not invited to ask again.
        assert not model.canFetchMore(QModelIndex())

    assert model.rowCount() == PAGE_SIZE and model.canFetchMore(QModelIndex())


def test_a_failed_page_is_reported_and_stops_fetching(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()

    def broken(_flt: ListFilter, _after: int, _limit: int) -> list[ListRow]:
        raise OSError("disk I/O error")

    model = CallListModel(window, window._runner, broken, ListFilter(1))
    failures: list[object] = []
    model.page_failed.connect(failures.append)
    model.fetchMore(QModelIndex())

    assert len(failures) == 1 and not model.canFetchMore(QModelIndex())


def test_list_view_counts_filters_and_searches(qtbot: QtBot, store: Store) -> None:
    world = make_world(store, contacts=6)
    with store.write() as s:
        for entry_id in world.entry_ids[:2]:
            entry = s.get(CallListEntry, entry_id)
            assert entry is not None
            entry.status, entry.last_result_code_id = "done", world.result_codes["REFUSED"]
    view = CallListView(store, InlineOpRunner())
    qtbot.addWidget(view)
    view.resize(1200, 600)
    summary = CampaignSummary(world.campaign_id, "Get out the vote", "", 4, 0)

    view.open_campaign(summary)

    assert view.model.rowCount() == 6
    assert view.count_label.text() == "6 contacts"
    assert view.status_filter.itemText(0) == "All statuses (6)"
    assert view.status_filter.itemText(view.status_filter.findData("done")) == "Done (2)"
    # The result's name in the volunteer's language, not its code.
    assert view.model.index(0, 5).data() == "Refused"

    view.status_filter.setCurrentIndex(view.status_filter.findData("done"))
    assert view.model.rowCount() == 2 and view.count_label.text() == "2 contacts"

    view.status_filter.setCurrentIndex(0)
    qtbot.keyClicks(view.search_field, "Last3")
    qtbot.keyClick(view.search_field, Qt.Key.Key_Return)
    assert view.model.rowCount() == 1
    assert view.model.index(0, 0).data() == "Last3, First3"
    assert view.count_label.text() == "1 contact"


def test_ctrl_l_opens_the_list_and_escape_returns_to_the_contact(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    calling_world(store)
    window = make_window()
    show_window(qtbot, window)
    calling = start_calling(qtbot, window)
    entry_id = calling.screen.lease.entry_id  # type: ignore[union-attr]

    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert calling.stack.currentWidget() is calling.list_view
    assert calling.list_view.search_field.hasFocus()
    assert calling.list_view.model.rowCount() == 3

    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
    assert calling.stack.currentWidget() is calling.screen
    assert calling.screen.lease is not None and calling.screen.lease.entry_id == entry_id
