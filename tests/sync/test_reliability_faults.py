"""Every fault at every stage of push and pull: the sync completes on retry or stops with a
clear message, and a later sync completes with nothing lost or doubled."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from callcenter.db import Store
from sync.errors import ApiLimitError, CrmUnavailableError, NotConnectedError, SyncError
from tests.sfemu import FAULT_KINDS, DemoData, SalesforceEmulator, seed_demo
from tests.sync.world import (
    GOTV,
    add_script,
    campaign_id,
    engine_for,
    make_calls,
    result_code,
    volunteer,
)

# Where each stage's requests go (regexes on the path and the url-encoded query).
STAGES = {
    "push": (r"/composite$", "POST"),
    "pull start": (r"DESC\+LIMIT\+1", "GET"),
    "deletions feed": (r"/deleted/", "GET"),
    "first page": (r"queryAll\?q=SELECT\+Id%2C\+IsDeleted", "GET"),
    "next page": (r"/queryAll/01g", "GET"),
    "lease claim": (r"PB_LeaseHolder__c\+%3D\+null", "GET"),
}
EXPECTED_STOP = {
    "limit_exceeded": ApiLimitError,
    "expired_session": NotConnectedError,
}


@dataclass
class World:
    emu: SalesforceEmulator
    store: Store
    demo: DemoData
    campaign: int
    volunteer: int
    survey: object


@pytest.fixture
def world(emu: SalesforceEmulator, store: Store) -> Iterator[World]:
    emu.clock.advance(seconds=-30)
    demo = seed_demo(emu, contacts=260, seed=11)
    emu.clock.advance(seconds=30)
    emu.page_size = 200
    engine_for(store, emu, holder="WS-F", lease_block=30).run_once()
    gotv = campaign_id(store, demo.campaigns[GOTV])
    yield World(emu, store, demo, gotv, volunteer(store, gotv), add_script(store, gotv))


def _new_work(world: World, rng: random.Random, many_changes: bool) -> list[str]:
    """A few calls here and more than a page of changes in the CRM."""
    codes = ("CONTACTED", "LEFT_MESSAGE", "DO_NOT_CALL", "CALLBACK")
    code = rng.choice(codes)
    ops = make_calls(
        world.store,
        world.volunteer,
        world.campaign,
        result_code(world.store, world.campaign, code),
        2,
        survey=world.survey,  # type: ignore[arg-type]
        callback=code == "CALLBACK",
    )
    for crm_id in rng.sample(world.demo.contact_ids, 210 if many_changes else 5):
        world.emu.touch("Contact", crm_id, {"MailingCity": f"Town {rng.randint(1, 99)}"})
    return ops


def _verify(world: World) -> None:
    emu, store = world.emu, world.store
    with store.read() as s:
        conn = s.connection()
        calls = [r[0] for r in conn.exec_driver_sql("SELECT op_id FROM call_attempt")]
        answers = [r[0] for r in conn.exec_driver_sql("SELECT op_id FROM survey_response")]
        waiting = conn.exec_driver_sql(
            "SELECT count(*) FROM outbox WHERE status != 'sent'"
        ).scalar()
        cities = dict(
            conn.exec_driver_sql(
                "SELECT crm_id, city FROM contact WHERE crm_id IS NOT NULL"
            ).fetchall()
        )
    tasks = Counter(
        t["PB_OpId__c"]
        for t in emu.query_rows("Task", "TaskSubtype = 'Call' AND PB_OpId__c != null")
    )
    crm_answers = Counter(a["PB_OpId__c"] for a in emu.query_rows("PB_SurveyResponse__c"))
    assert [op for op in calls if tasks[op] != 1] == [], "a call is missing or doubled"
    assert [op for op in answers if crm_answers[op] != 1] == [], "an answer is missing or doubled"
    assert waiting == 0
    crm_cities = {c["Id"]: c["MailingCity"] for c in emu.query_rows("Contact")}
    assert cities == crm_cities


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(FAULT_KINDS))
def test_every_fault_at_every_stage(world: World, kind: str) -> None:
    rng = random.Random(f"faults-{kind}")
    for stage, (path, method) in STAGES.items():
        for persistent in (False, True):
            _new_work(world, rng, many_changes=stage == "next page" or rng.random() < 0.3)
            if kind == "row_lock" and stage == "push":  # a data fault: on the records
                path, method = r"/composite/sobjects", "PATCH"
            fault = world.emu.faults.add(
                kind, path_regex=path, method=method, times=None if persistent else 1, delay_ms=50
            )
            token = world.emu.create_access_token()
            engine = engine_for(world.store, world.emu, holder="WS-F", lease_block=30)
            try:
                engine.run_once()
                stopped = None
            except SyncError as exc:
                stopped = exc
            finally:
                world.emu.faults.clear()
            what = f"{kind} at {stage} ({'persistent' if persistent else 'once'})"
            if kind != "row_lock" or stage == "push":  # row locks only hit writes
                assert fault.hits >= 1, f"{what}: the fault never fired"
            if stopped is not None:
                message = str(stopped)
                assert message and token not in message, what
                assert stopped.exit_code in (6, 7, 8), what
                expected = EXPECTED_STOP.get(kind, CrmUnavailableError)
                assert isinstance(stopped, expected), f"{what}: {stopped!r}"
                # A passing fault is retried within the sync; only limits stop it at once.
                assert persistent or kind == "limit_exceeded", f"{what} stopped: {message}"
            # A later sync completes, with nothing lost or doubled.
            engine_for(world.store, world.emu, holder="WS-F", lease_block=30).run_once()
            _verify(world)
