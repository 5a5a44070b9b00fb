"""The status bar's sync part: last sync, failures, review count, Sync now, background sync."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from callcenter.db import Store
from callcenter.services.sync_state import CrmConnection, save_crm_connection
from tests.sfemu import SalesforceEmulator, seed_demo
from tests.sync.world import engine_for
from ui.ops import InlineOpRunner
from ui.sync_status import SyncStatusWidget


@pytest.fixture
def emu() -> Iterator[SalesforceEmulator]:
    with SalesforceEmulator() as emulator:
        seed_demo(emulator, contacts=20, seed=3)
        yield emulator


def _widget(qtbot: QtBot, store: Store, emu: SalesforceEmulator, **kw: object) -> SyncStatusWidget:
    runner = InlineOpRunner()
    widget = SyncStatusWidget(
        store,
        runner,
        sync_runner=runner,
        run_sync=lambda s, _stop: engine_for(s, emu).run_once(),
        **kw,  # type: ignore[arg-type]
    )
    qtbot.addWidget(widget)
    return widget


def _connect(store: Store, emu: SalesforceEmulator) -> None:
    save_crm_connection(
        store, CrmConnection("salesforce", emu.base_url, emu.base_url, emu.client_id)
    )


def test_without_a_crm_it_says_so_and_offers_no_sync(
    qtbot: QtBot, store: Store, emu: SalesforceEmulator
) -> None:
    widget = _widget(qtbot, store, emu)
    assert widget.label.text() == "No CRM connected"
    assert widget.sync_button.isHidden()
    assert "crm connect" in widget.label.toolTip()
    widget._sync_in_background()
    assert emu.request_count == 0


def test_sync_now_shows_the_last_sync(qtbot: QtBot, store: Store, emu: SalesforceEmulator) -> None:
    _connect(store, emu)
    widget = _widget(qtbot, store, emu)
    assert widget.label.text() == "Not synced yet" and not widget.sync_button.isHidden()
    widget.sync_button.click()
    assert widget.label.text().startswith("Synced ")
    assert emu.base_url in widget.label.toolTip()
    assert "0 waiting to be sent" in widget.label.toolTip()
    assert widget.sync_button.isEnabled()


def test_a_failed_sync_is_shown_in_place_not_as_a_dialog(
    qtbot: QtBot, store: Store, emu: SalesforceEmulator
) -> None:
    _connect(store, emu)
    widget = _widget(qtbot, store, emu)
    emu.stop()
    widget.sync_now()
    assert widget.label.text() == "Not synced: see details"
    assert "could not be reached" in widget.label.toolTip()
    emu.start()
    widget.sync_now()
    assert widget.label.text().startswith("Synced ")


def test_it_syncs_in_the_background(qtbot: QtBot, store: Store, emu: SalesforceEmulator) -> None:
    _connect(store, emu)
    widget = _widget(qtbot, store, emu, sync_every_ms=50)
    qtbot.waitUntil(lambda: widget.label.text().startswith("Synced "), timeout=5000)
    assert emu.count_requests("/query") > 0


def test_refused_rows_and_conflicts_are_shown_with_the_crms_message(
    qtbot: QtBot, store: Store, emu: SalesforceEmulator
) -> None:
    from callcenter.services.conflicts import record_conflict
    from callcenter.services.outbox import mark_for_review, pending_items
    from tests.factories import make_world

    make_world(store, contacts=1)
    with store.write() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO outbox (op_id, kind, payload, status, tries, created_at) VALUES "
            "('01JREVIEW0000000000000000A', 'call_attempt', '{}', 'pending', 0, "
            "'2026-11-23 10:00:00.000000')"
        )
        record_conflict(
            s.connection(),
            "contact",
            1,
            "003X",
            "email",
            "b@example.org",
            "a@example.org",
            "crm_wins_contact_details",
        )
    (item,) = pending_items(store)
    mark_for_review(
        store, [(item.id, "Refusals need a reason (FIELD_CUSTOM_VALIDATION_EXCEPTION)")]
    )
    _connect(store, emu)
    widget = _widget(qtbot, store, emu)
    from tests.factories import make_volunteer
    from ui.sync_review import Decider

    widget.set_decider(Decider(make_volunteer(store, "LEAD234", role="shift_lead"), "shift_lead"))
    assert widget.review_button.text() == "2 to review" and not widget.review_button.isHidden()
    widget.review_button.click()
    dialog = widget.review_dialog
    assert dialog is not None
    refused = dialog.refused_model
    assert refused.rowCount() == 1
    assert refused.data(refused.index(0, 2)) == (
        "Refusals need a reason (FIELD_CUSTOM_VALIDATION_EXCEPTION)"
    )
    assert refused.data(refused.index(0, 1)) == "A call"
    conflicts = dialog.conflict_model
    assert [conflicts.data(conflicts.index(0, c)) for c in range(5)] == [
        "contact 003X",
        "Email",  # the field's name for people, not the column's
        "a@example.org",
        "b@example.org",
        "Contact details: the CRM wins",
    ]
    dialog.retry_button.click()  # nothing selected: all of them
    assert refused.rowCount() == 0
    assert len(pending_items(store)) == 1
    dialog.close()
    assert widget.review_dialog is None
    assert widget.review_button.text() == "1 to review"  # the conflict stays listed


def test_closing_stops_a_background_sync_at_its_next_step(
    qtbot: QtBot, store: Store, emu: SalesforceEmulator
) -> None:
    """At exit the window asks the running sync to stop; it ends after its current
    step (here: a loop of steps that asks between each) and no more are started."""
    import threading

    from ui.ops import OpRunner

    _connect(store, emu)
    started, steps = threading.Event(), []

    def long_sync(_store: Store, should_stop) -> None:  # type: ignore[no-untyped-def]
        started.set()
        while not should_stop():
            steps.append(1)
            threading.Event().wait(0.01)

    runner = InlineOpRunner()
    sync_runner = OpRunner()
    widget = SyncStatusWidget(store, runner, sync_runner=sync_runner, run_sync=long_sync)
    qtbot.addWidget(widget)
    widget.sync_now()
    assert started.wait(5)

    assert widget.stop_syncing(5000)  # the sync saw the request and ended
    assert steps and not widget.sync_timer.isActive() and not widget.refresh_timer.isActive()
