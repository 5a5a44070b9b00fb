"""Twenty workstations lease and call one campaign against one CRM: nobody is called twice."""

from __future__ import annotations

import contextlib
import shutil
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from callcenter.db import Store, open_store
from sync.errors import SyncError
from tests.sfemu import SalesforceEmulator, seed_demo
from tests.sync.world import GOTV, campaign_id, engine_for, make_calls, result_code, volunteer

WORKSTATIONS = 20
IDLE_ROUNDS = 3


def _ready(store: Store) -> int:
    with store.read() as s:
        return int(
            s.connection()
            .exec_driver_sql("SELECT count(*) FROM call_list_entry WHERE status = 'pending'")
            .scalar()
        )


@pytest.mark.slow
def test_twenty_workstations_never_call_a_contact_twice(
    emu: SalesforceEmulator, template_db: Path, tmp_path: Path
) -> None:
    emu.clock.advance(seconds=-30)
    demo = seed_demo(emu, contacts=300, seed=20)
    for name, crm_id in demo.campaigns.items():
        if name != GOTV:
            emu.touch("Campaign", crm_id, {"IsActive": False})
    emu.clock.advance(seconds=30)
    gotv = demo.campaigns[GOTV]
    callable_members = {
        m["ContactId"]
        for m in emu.query_rows(
            "CampaignMember",
            f"CampaignId = '{gotv}' AND Status IN ('Not Called', 'Left Message', 'Wrong Number') "
            "AND Contact.DoNotCall = false",
        )
        if any(emu.get("Contact", m["ContactId"])[f] for f in ("Phone", "MobilePhone", "HomePhone"))  # type: ignore[index]
    }
    errors: list[BaseException] = []
    calls_by: dict[str, int] = {}

    def workstation(number: int) -> None:
        name = f"WS-{number:02d}"
        path = tmp_path / f"{name}.db"
        shutil.copyfile(template_db, path)
        store = open_store(path)
        try:
            engine = engine_for(store, emu, holder=name, lease_block=4)
            engine.run_once()
            campaign = campaign_id(store, gotv)
            vol = volunteer(store, campaign)
            code = result_code(store, campaign, "CONTACTED")
            idle = made = 0
            while idle < IDLE_ROUNDS:
                made_now = len(make_calls(store, vol, campaign, code, 50))
                made += made_now
                with contextlib.suppress(SyncError):  # a busy CRM: the next round retries
                    engine.run_once()
                if made_now or _ready(store):
                    idle = 0
                else:
                    idle += 1
                    time.sleep(1.0)  # released members are "hot" for two seconds
            engine.release_leases()  # the shift ends
            calls_by[name] = made
        except BaseException as exc:  # reported below with the workstation's name
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=workstation, args=(n,)) for n in range(WORKSTATIONS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    assert not errors, errors
    assert len(calls_by) == WORKSTATIONS
    called = Counter(
        t["WhoId"] for t in emu.query_rows("Task", "TaskSubtype = 'Call' AND PB_OpId__c != null")
    )
    twice = {who: n for who, n in called.items() if n > 1}
    assert twice == {}, f"called more than once: {twice}"
    assert set(called) == callable_members  # and everyone who could be called was
    assert sum(calls_by.values()) == len(callable_members)
    assert sum(1 for n in calls_by.values() if n) >= WORKSTATIONS // 2  # the work was shared
    assert all(m["PB_LeaseHolder__c"] is None for m in emu.query_rows("CampaignMember"))
