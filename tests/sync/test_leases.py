"""Lease blocks: claimed with conditional updates, never held twice, expired, renewed, released."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from callcenter.db import Store, open_store
from callcenter.models import CallListEntry
from callcenter.services.calls import lease_next_contact
from sync.salesforce import leases as sf_leases
from sync.salesforce.soql import parse_datetime
from tests.sfemu import DemoData, SalesforceEmulator, seed_demo
from tests.sync.world import (
    CALL_TIME,
    GOTV,
    campaign_id,
    connector_for,
    engine_for,
    make_calls,
    result_code,
    volunteer,
)


@pytest.fixture
def demo(emu: SalesforceEmulator) -> DemoData:
    return seed_demo(emu, contacts=120, seed=7)


@pytest.fixture
def two_stores(template_db: Path, tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    stores = []
    for name in ("a", "b"):
        shutil.copyfile(template_db, tmp_path / f"{name}.db")
        stores.append(open_store(tmp_path / f"{name}.db"))
    yield stores[0], stores[1]
    for store in stores:
        store.close()


def _held(store: Store) -> set[str]:
    with store.read() as s:
        return set(
            s.scalars(
                select(CallListEntry.crm_id).where(
                    CallListEntry.status.in_(("pending", "leased", "callback")),
                    CallListEntry.crm_lease_expires_at.is_not(None),
                )
            )
        )


def _statuses(store: Store) -> dict[str, int]:
    with store.read() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT status, count(*) FROM call_list_entry WHERE crm_id IS NOT NULL GROUP BY status"
        )
        return dict(rows.fetchall())


def _crm_holders(emu: SalesforceEmulator) -> dict[str, str | None]:
    return {m["Id"]: m["PB_LeaseHolder__c"] for m in emu.query_rows("CampaignMember")}


def test_two_workstations_never_hold_one_member(
    emu: SalesforceEmulator, demo: DemoData, two_stores: tuple[Store, Store]
) -> None:
    a, b = two_stores
    emu.clock.advance(seconds=5)  # the seeded members are no longer "hot"
    engine_for(a, emu, holder="WS-A", lease_block=10).run_once()
    engine_for(b, emu, holder="WS-B", lease_block=10).run_once()
    held_a, held_b = _held(a), _held(b)
    assert len(held_a) == 20 and len(held_b) == 20  # one block per active campaign
    assert not held_a & held_b
    holders = _crm_holders(emu)
    assert all(holders[m] == "WS-A" for m in held_a)
    assert all(holders[m] == "WS-B" for m in held_b)
    # Only held entries are callable here; the rest wait as "unheld".
    counts = _statuses(a)
    assert counts["pending"] == 20 and counts["unheld"] > 0
    gotv = campaign_id(a, demo.campaigns[GOTV])
    vol = volunteer(a, gotv)
    seen = set()
    while (lease := lease_next_contact(a, vol, gotv, now=CALL_TIME)) is not None:
        with a.read() as s:
            seen.add(s.get(CallListEntry, lease.entry_id).crm_id)  # type: ignore[union-attr]
        with a.write() as s:  # put it aside so the next lease moves on
            s.get(CallListEntry, lease.entry_id).status = "skipped"  # type: ignore[union-attr]
    assert seen and seen <= held_a


def test_finished_members_are_released_and_more_are_claimed(
    emu: SalesforceEmulator, demo: DemoData, store: Store
) -> None:
    emu.clock.advance(seconds=5)
    engine = engine_for(store, emu, holder="WS-A", lease_block=5)
    engine.run_once()
    gotv = campaign_id(store, demo.campaigns[GOTV])
    vol = volunteer(store, gotv)
    before = _held(store)
    ops = make_calls(store, vol, gotv, result_code(store, gotv, "CONTACTED"), 3)
    assert len(ops) == 3
    emu.clock.advance(seconds=5)
    engine.run_once()
    holders = _crm_holders(emu)
    after = _held(store)
    assert len(after) >= 5  # topped up again
    called = before - after
    assert len(called) >= 3 and all(holders[m] is None for m in called)  # given back
    assert all(holders[m] == "WS-A" for m in after)


def test_expired_leases_stop_being_callable_and_others_take_them(
    emu: SalesforceEmulator, demo: DemoData, two_stores: tuple[Store, Store]
) -> None:
    a, b = two_stores
    emu.clock.advance(seconds=5)
    engine_for(a, emu, holder="WS-A", lease_block=6, lease_minutes=30).run_once()
    first = _held(a)
    emu.clock.advance(minutes=31)  # A went offline and its leases ran out
    engine_for(b, emu, holder="WS-B", lease_block=200, lease_minutes=30).run_once()
    assert first <= _held(b)
    engine_for(a, emu, holder="WS-A", lease_block=6, lease_minutes=30).run_once()
    assert not _held(a) & _held(b)
    assert all(_crm_holders(emu)[m] == "WS-B" for m in first)


def test_leases_are_renewed_before_they_end(
    emu: SalesforceEmulator, demo: DemoData, store: Store
) -> None:
    emu.clock.advance(seconds=5)
    engine = engine_for(store, emu, holder="WS-A", lease_block=4, lease_minutes=60)
    engine.run_once()
    held = _held(store)
    emu.clock.advance(minutes=40)  # within the last half of the lease
    report = engine.run_once()
    assert report.leases.renewed == len(held) == 8 and _held(store) == held
    for member in held:
        expires = parse_datetime(emu.get("CampaignMember", member)["PB_LeaseExpires__c"])  # type: ignore[index]
        assert expires is not None and expires > emu.clock.now() + timedelta(minutes=50)


def test_release_all_gives_every_lease_back(
    emu: SalesforceEmulator, demo: DemoData, store: Store
) -> None:
    emu.clock.advance(seconds=5)
    engine = engine_for(store, emu, holder="WS-A", lease_block=4)
    engine.run_once()
    held = _held(store)
    assert engine.release_leases() == len(held) == 8
    assert _held(store) == set()
    assert all(_crm_holders(emu)[m] is None for m in held)


def test_a_claim_overwritten_after_the_write_does_not_count(
    emu: SalesforceEmulator, demo: DemoData
) -> None:
    """The If-Unmodified-Since check has one-second resolution: a rival's write can land
    on top of ours; only the read-back decides, and it shows the rival."""
    emu.clock.advance(seconds=5)
    http = connector_for(emu).http
    real_post = http.post
    stolen: list[str] = []

    def post_then_rival_overwrites(path: str, body: Any = None, **kw: Any) -> Any:
        answer = real_post(path, body, **kw)
        if path == "composite":
            member = body["compositeRequest"][0]["url"].rsplit("/", 1)[1]
            emu.touch("CampaignMember", member, {"PB_LeaseHolder__c": "WS-RIVAL"})
            stolen.append(member)
        return answer

    http.post = post_then_rival_overwrites  # type: ignore[method-assign]
    now = emu.clock.now()
    claims = sf_leases.claim(http, demo.campaigns[GOTV], "WS-A", 3, now + timedelta(hours=1), now)
    assert stolen and stolen[0] not in {c.member_crm_id for c in claims}
    assert len(claims) == 2


def test_hot_members_are_left_alone(emu: SalesforceEmulator, demo: DemoData) -> None:
    """A member changed within the last seconds cannot be protected by the header."""
    http = connector_for(emu).http
    now = emu.clock.now()
    assert (
        sf_leases.claim(http, demo.campaigns[GOTV], "WS-A", 3, now + timedelta(hours=1), now) == []
    )
    later = now + timedelta(seconds=sf_leases.HOT_SECONDS + 1)
    emu.clock.advance(seconds=sf_leases.HOT_SECONDS + 1)
    assert (
        len(
            sf_leases.claim(
                http, demo.campaigns[GOTV], "WS-A", 3, later + timedelta(hours=1), later
            )
        )
        == 3
    )


def test_query_rows_are_checked_again_before_a_claim() -> None:
    """A query can filter on a record's state before a rival's write and return values from
    after it; such rows (held, or just changed) are never claimed."""
    from datetime import UTC, datetime

    now = datetime(2026, 11, 23, 12, 0, 0, tzinfo=UTC)
    cold = now - timedelta(seconds=sf_leases.HOT_SECONDS)
    old, fresh = "2026-11-23T11:00:00.000+0000", "2026-11-23T11:59:59.500+0000"
    later, earlier = "2026-11-23T16:00:00.000+0000", "2026-11-23T11:30:00.000+0000"

    def row(holder: str | None, expires: str | None, modified: str) -> dict[str, Any]:
        return {
            "PB_LeaseHolder__c": holder,
            "PB_LeaseExpires__c": expires,
            "LastModifiedDate": modified,
        }

    assert sf_leases._free(row(None, None, old), now, cold)
    assert sf_leases._free(row("WS-B", earlier, old), now, cold)  # expired
    assert not sf_leases._free(row("WS-B", later, old), now, cold)  # held
    assert not sf_leases._free(row(None, None, fresh), now, cold)  # just changed
