"""A sync asked to stop (the window is closing) stops after its current step: a
pulled page or a pushed batch is kept, and the next sync goes on from there with
nothing lost or doubled."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from callcenter.db import Store
from callcenter.models import Contact, Outbox
from callcenter.services import sync_state
from sync.errors import SyncStopped
from tests.sfemu import DemoData, SalesforceEmulator, seed_demo
from tests.sync.world import (
    GOTV,
    campaign_id,
    engine_for,
    make_calls,
    result_code,
    tasks_by_op_id,
    volunteer,
)


@pytest.fixture
def demo(emu: SalesforceEmulator) -> DemoData:
    return seed_demo(emu, contacts=150, seed=7)


def _contacts(store: Store) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count(Contact.id))) or 0)


def test_a_pull_stops_after_the_page_it_is_on_and_the_next_sync_goes_on(
    store: Store, emu: SalesforceEmulator, demo: DemoData
) -> None:
    emu.page_size = 40
    engine = engine_for(store, emu)
    asked = {"after_contacts": 0}

    def should_stop() -> bool:  # asked between steps: stop once the first contacts are in
        asked["after_contacts"] = _contacts(store)
        return asked["after_contacts"] > 0

    engine.should_stop = should_stop
    with pytest.raises(SyncStopped, match="the app was closing"):
        engine.run_once()
    assert _contacts(store) == 40  # one page applied, kept
    assert "closing" in (sync_state.sync_status(store).last_error or "")

    emu.reset_request_log()
    engine_for(store, emu).run_once()
    assert _contacts(store) == emu.count("Contact") == 150
    with store.read() as s:
        crm_ids = s.scalars(select(Contact.crm_id)).all()
    assert len(set(crm_ids)) == len(crm_ids) == 150
    assert sync_state.sync_status(store).last_error is None


def test_a_push_stops_between_batches_and_every_call_arrives_once(
    store: Store, emu: SalesforceEmulator, demo: DemoData
) -> None:
    engine_for(store, emu).run_once()
    gotv = campaign_id(store, demo.campaigns[GOTV])
    vol = volunteer(store, gotv)
    op_ids = make_calls(store, vol, gotv, result_code(store, gotv, "CONTACTED"), 7)

    engine = engine_for(store, emu, push_batch=2)
    engine.should_stop = lambda: True  # asked after the first batch was answered
    with pytest.raises(SyncStopped):
        engine.run_once()
    with store.read() as s:
        statuses = s.execute(
            select(Outbox.status, func.count())
            .where(Outbox.op_id.in_(op_ids))
            .group_by(Outbox.status)
        ).all()
    assert dict(statuses) == {"sent": 2, "pending": 5}

    engine_for(store, emu, push_batch=2).run_once()
    tasks = tasks_by_op_id(emu)
    assert all(len(tasks.get(op_id, [])) == 1 for op_id in op_ids)  # each once
