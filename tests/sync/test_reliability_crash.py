"""Crash anywhere: a sync in a child process is killed with SIGKILL at random points.

Each trial records new work here (calls with answers, callbacks, do-not-call,
wrong numbers, contact edits) and changes a few records in the CRM, then starts a
sync in a child process that dies with SIGKILL: at a named point of the engine
(every point, several times) or after a random delay.  After each crash the
workstation restarts and syncs in full; then the CRM must hold every recorded
call and answer exactly once, and the store must agree with the CRM.  Seeded, so
a failure can be replayed.
"""

from __future__ import annotations

import json
import multiprocessing
import random
import shutil
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from callcenter.db import Store, open_store
from callcenter.services.conflicts import edit_contact
from sync import crashpoints
from tests.sfemu import SalesforceEmulator, seed_demo
from tests.sync import crash_child
from tests.sync.world import (
    GOTV,
    add_script,
    campaign_id,
    make_calls,
    result_code,
    volunteer,
)

SEED = 20261123
TRIALS = 120
HOLDER = "WS-CRASH"
CODES = ("CONTACTED", "LEFT_MESSAGE", "NO_ANSWER", "CALLBACK", "DO_NOT_CALL", "WRONG_NUMBER")


@dataclass
class Tally:
    trials: int = 0
    killed_at: Counter[str] = field(default_factory=Counter)
    finished_before_kill: int = 0
    calls: int = 0
    lost: int = 0
    duplicated: int = 0
    answers_lost: int = 0
    answers_duplicated: int = 0


@pytest.fixture(scope="module")
def forkserver() -> Iterator[multiprocessing.context.BaseContext]:
    """Children forked from a server that has already imported the app: ~10 ms each."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.sync.crash_child"])
    yield ctx


def _check(store: Store, emu: SalesforceEmulator, tally: Tally) -> None:
    with store.read() as s:
        conn = s.connection()
        calls = [r[0] for r in conn.exec_driver_sql("SELECT op_id FROM call_attempt")]
        answers = [r[0] for r in conn.exec_driver_sql("SELECT op_id FROM survey_response")]
        waiting = conn.exec_driver_sql(
            "SELECT status, count(*) FROM outbox WHERE status != 'sent' GROUP BY status"
        ).fetchall()
        local_contacts = {
            r[0]
            for r in conn.exec_driver_sql("SELECT crm_id FROM contact WHERE crm_id IS NOT NULL")
        }
        local_dnc = {
            r[0] for r in conn.exec_driver_sql("SELECT crm_id FROM contact WHERE do_not_call = 1")
        }
    tasks = Counter(
        t["PB_OpId__c"]
        for t in emu.query_rows("Task", "PB_OpId__c != null AND TaskSubtype = 'Call'")
        if not t["PB_OpId__c"].endswith("-callback")
    )
    crm_answers = Counter(r["PB_OpId__c"] for r in emu.query_rows("PB_SurveyResponse__c"))
    tally.calls = len(calls)
    tally.lost = sum(1 for op in calls if tasks[op] == 0)
    tally.duplicated = sum(n - 1 for n in tasks.values() if n > 1) + len(set(tasks) - set(calls))
    tally.answers_lost = sum(1 for op in answers if crm_answers[op] == 0)
    tally.answers_duplicated = sum(n - 1 for n in crm_answers.values() if n > 1)
    assert waiting == [], f"after a full sync, rows still wait: {waiting}"
    crm_contacts = {c["Id"] for c in emu.query_rows("Contact")}
    assert local_contacts == crm_contacts
    crm_dnc = {c["Id"] for c in emu.query_rows("Contact", "DoNotCall = true")}
    assert crm_dnc == local_dnc  # every do-not-call reached the CRM, and came back


def _crm_changes(emu: SalesforceEmulator, rng: random.Random, contact_ids: list[str]) -> None:
    for crm_id in rng.sample(contact_ids, 3):
        if emu.get("Contact", crm_id)["IsDeleted"]:  # type: ignore[index]
            continue
        emu.touch("Contact", crm_id, {"MailingCity": rng.choice(("Erie", "Media", "York"))})
    if rng.random() < 0.1:
        emu.insert("Contact", {"LastName": f"New{rng.randint(0, 10**6)}", "Phone": "215-555-0111"})


def _local_work(store: Store, rng: random.Random, world: dict[str, int], survey: object) -> None:
    for _ in range(rng.randint(0, 3)):
        code = rng.choice(CODES)
        campaign = world["gotv"]
        make_calls(
            store,
            world["volunteer"],
            campaign,
            result_code(store, campaign, code),
            1,
            survey=survey if code == "CONTACTED" else None,  # type: ignore[arg-type]
            callback=code == "CALLBACK",
        )
    if rng.random() < 0.3:
        with store.read() as s:
            contact_id = (
                s.connection()
                .exec_driver_sql(
                    "SELECT id FROM contact WHERE crm_id IS NOT NULL ORDER BY random() LIMIT 1"
                )
                .scalar()
            )
        edit_contact(store, contact_id, {"street": f"{rng.randint(1, 999)} Oak St"})


@pytest.mark.slow
def test_sigkill_anywhere_loses_and_duplicates_nothing(
    template_db: Path,
    tmp_path: Path,
    forkserver: multiprocessing.context.BaseContext,
) -> None:
    rng = random.Random(SEED)
    db = tmp_path / "crash.db"
    shutil.copyfile(template_db, db)
    store = open_store(db)
    tally = Tally()
    with SalesforceEmulator(page_size=200) as emu:
        emu.clock.advance(seconds=-30)  # seeded a while ago: members may be leased at once
        demo = seed_demo(emu, contacts=260, seed=SEED % 1000)
        emu.clock.advance(seconds=30)
        token = emu.create_access_token(ttl=10**6)
        crash_child.engine(store, emu.base_url, token, HOLDER).run_once()
        gotv = campaign_id(store, demo.campaigns[GOTV])
        world = {"gotv": gotv, "volunteer": volunteer(store, gotv)}
        survey = add_script(store, gotv)
        points = list(crashpoints.POINTS)
        for trial in range(TRIALS):
            tally.trials += 1
            _local_work(store, rng, world, survey)
            _crm_changes(emu, rng, demo.contact_ids)
            # Three trials in four die at a named point (each in turn), one at a random moment.
            point = points[(trial - trial // 4) % len(points)] if trial % 4 != 3 else None
            nth = 1 if trial < 3 * len(points) else rng.randint(1, 3)
            child = forkserver.Process(  # type: ignore[attr-defined]
                target=crash_child.run_child,
                args=(str(db), emu.base_url, token, HOLDER, point, nth),
            )
            child.start()
            if point is None:
                time.sleep(rng.uniform(0.0, 0.25))
                child.kill()
            child.join(60)
            assert child.exitcode is not None, "the child hung"
            if child.exitcode == -9:
                tally.killed_at[point or "random moment"] += 1
            else:
                assert child.exitcode == 0, f"trial {trial}: the child failed ({child.exitcode})"
                tally.finished_before_kill += 1
            # Restart: a full sync in this (the workstation's next) process.
            crash_child.engine(store, emu.base_url, token, HOLDER).run_once()
            _check(store, emu, tally)
            assert (tally.lost, tally.duplicated) == (0, 0), f"trial {trial}: {tally}"
        store.close()
    report = {
        "trials": tally.trials,
        "calls": tally.calls,
        "lost": tally.lost,
        "duplicated": tally.duplicated,
        "answers_lost": tally.answers_lost,
        "answers_duplicated": tally.answers_duplicated,
        "killed_at": dict(tally.killed_at),
        "finished_before_kill": tally.finished_before_kill,
    }
    print("\ncrash report:", json.dumps(report))
    assert tally.trials >= 100
    assert tally.lost == tally.duplicated == 0
    assert tally.answers_lost == tally.answers_duplicated == 0
    assert tally.calls >= 100
    # Every step of the engine was actually hit by a kill, not only passed through.
    for name in crashpoints.POINTS:
        assert tally.killed_at[name] >= 1, f"no kill at {name}: {dict(tally.killed_at)}"
    assert tally.killed_at["random moment"] >= 1
