"""The live room: totals, incremental refresh, list progress and quality flags."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from callcenter.services.auth import sign_in
from callcenter.services.calls import Outcome, lease_next_contact, record_outcome
from callcenter.services.privacy import erase_contact
from callcenter.services.room import RoomMonitor, calls_behind
from tests.core.test_calls import NOW
from tests.factories import make_volunteer, make_world


def call(store, world, vid, code, seconds, at):
    lease = lease_next_contact(store, vid, world.campaign_id, now=at)
    record_outcome(
        store,
        Outcome(
            lease.entry_id,
            vid,
            world.result_codes[code],
            at,
            at + timedelta(seconds=seconds),
            phone_id=lease.card.phones[0].id,
        ),
        now=at + timedelta(seconds=seconds),
    )


def test_room_totals_refresh_incrementally_and_flag_suspicious_patterns(store):
    world = make_world(store, contacts=40)
    honest = make_volunteer(
        store, "HONE22", "111111", first_name="Hana", campaign_ids=(world.campaign_id,)
    )
    clicker = make_volunteer(
        store, "CLIK22", "222222", first_name="Cleo", campaign_ids=(world.campaign_id,)
    )
    sign_in(store, "HONE22", "111111", now=NOW)
    sign_in(store, "CLIK22", "222222", now=NOW)
    monitor = RoomMonitor(since=NOW - timedelta(hours=1))
    empty = monitor.refresh(store, now=NOW)
    assert (empty.signed_in, empty.calls) == (2, 0)
    assert empty.lists[0].counts == {"pending": 40}

    t = NOW
    for i in range(10):
        call(store, world, honest, "SUPPORTER" if i % 5 == 0 else "NO_ANSWER", 90, t)
        call(store, world, clicker, "SUPPORTER", 3, t)
        t += timedelta(minutes=2)
    snap = monitor.refresh(store, now=t)
    assert (snap.calls, snap.contacts) == (20, 12)
    assert snap.calls_last_hour == 20
    assert snap.results_by_code == {"SUPPORTER": 12, "NO_ANSWER": 8}
    assert snap.results_by_zip == [("60601", 20, 12)]
    progress = snap.lists[0].counts
    assert progress["done"] == 12 and sum(progress.values()) == 40
    kinds = {(f.volunteer_name.split()[0], f.kind) for f in snap.flags}
    assert kinds == {
        ("Cleo", "contact_rate_high"),
        ("Cleo", "short_calls"),
        ("Cleo", "same_result"),
    }
    short_flag = next(f for f in snap.flags if f.kind == "short_calls")
    behind = calls_behind(store, short_flag, since=NOW - timedelta(hours=1))
    assert len(behind) == 10 and all(c.duration_s == 3 for c in behind)

    # Nothing new: the next refresh reads no attempts and changes no totals.
    again = monitor.refresh(store, now=t)
    assert (again.calls, again.results_by_code) == (snap.calls, snap.results_by_code)
    # Later, the first calls drop out of "last hour" but stay in the shift totals.
    later = monitor.refresh(store, now=t + timedelta(hours=1))
    assert later.calls == 20 and later.calls_last_hour == 0


def test_a_monitor_opened_mid_shift_sees_what_the_running_one_saw(store):
    world = make_world(store, contacts=30)
    vids = [
        make_volunteer(store, f"MID{i}22", campaign_ids=(world.campaign_id,), first_name=f"V{i}")
        for i in range(3)
    ]
    running = RoomMonitor(since=NOW - timedelta(hours=2))
    running.refresh(store, now=NOW)
    t = NOW
    codes = ["SUPPORTER", "NO_ANSWER", "REFUSED", "NO_ANSWER"]
    for i in range(24):
        call(store, world, vids[i % 3], codes[i % 4], 4 + 20 * (i % 5), t)
        t += timedelta(minutes=3)
    seen_running = running.refresh(store, now=t)
    seen_fresh = RoomMonitor(since=NOW - timedelta(hours=2)).refresh(store, now=t)
    for field in (
        "calls",
        "contacts",
        "calls_last_hour",
        "contacts_last_hour",
        "results_by_code",
        "results_by_zip",
        "volunteers",
        "flags",
    ):
        assert getattr(seen_fresh, field) == getattr(seen_running, field), field


def test_results_by_zip_come_from_each_call_and_match_between_first_and_later_refreshes(
    store, db_path
):
    worlds = [make_world(store, contacts=16), make_world(store, contacts=12)]
    zips = ["60601-0042", "60602", None, "", "60602-1111", "606"]
    with sqlite3.connect(db_path) as c:
        for i, cid in enumerate(worlds[0].contact_ids):
            c.execute("UPDATE contact SET postal_code = ? WHERE id = ?", (zips[i % 6], cid))
        c.executemany(
            "UPDATE contact SET postal_code = '10001' WHERE id = ?",
            [(cid,) for cid in worlds[1].contact_ids],
        )
    vids = [
        make_volunteer(
            store, f"ZIP{i}22", campaign_ids=tuple(w.campaign_id for w in worlds), first_name="Z"
        )
        for i in range(2)
    ]
    running = RoomMonitor(since=NOW - timedelta(hours=1))
    running.refresh(store, now=NOW)
    running_first = RoomMonitor(since=NOW - timedelta(hours=1), campaign_id=worlds[0].campaign_id)
    running_first.refresh(store, now=NOW)
    t = NOW
    for i in range(20):
        world = worlds[i % 2]
        call(store, world, vids[i % 2], "SUPPORTER" if i % 3 else "NO_ANSWER", 60, t)
        t += timedelta(minutes=1)
    seen_running = running.refresh(store, now=t)
    seen_fresh = RoomMonitor(since=NOW - timedelta(hours=1)).refresh(store, now=t)
    assert seen_fresh.results_by_zip == seen_running.results_by_zip
    first_only = RoomMonitor(since=NOW - timedelta(hours=1), campaign_id=worlds[0].campaign_id)
    first_fresh = first_only.refresh(store, now=t)
    first_running = running_first.refresh(store, now=t)
    for field in ("calls", "contacts", "results_by_code", "results_by_zip", "volunteers"):
        assert getattr(first_fresh, field) == getattr(first_running, field), field
    assert first_fresh.calls == 10 and "10001" not in {z for z, _, _ in first_fresh.results_by_zip}
    with sqlite3.connect(db_path) as c:
        expected = c.execute(
            "SELECT coalesce(nullif(substr(p.postal_code, 1, 5), ''), '?'), count(*), "
            "sum(r.counts_as_contact) FROM call_attempt a JOIN contact p ON p.id = a.contact_id "
            "JOIN result_code r ON r.id = a.result_code_id GROUP BY 1"
        ).fetchall()
    assert sorted(seen_fresh.results_by_zip) == sorted(expected)
    assert {"60601", "60602", "606", "10001", "?"} <= {z for z, _, _ in expected}

    # A ZIP changed later does not move calls already made; an erased person's calls
    # no longer say where they live.
    with sqlite3.connect(db_path) as c:
        c.execute("UPDATE contact SET postal_code = '99999'")
    admin = make_volunteer(store, "ADMN22", role="admin", first_name="Ada")
    erased = worlds[1].contact_ids[0]
    with sqlite3.connect(db_path) as c:
        erased_calls = c.execute(
            "SELECT count(*) FROM call_attempt WHERE contact_id = ?", (erased,)
        ).fetchone()[0]
    erase_contact(store, erased, admin, now=t)
    after = RoomMonitor(since=NOW - timedelta(hours=1)).refresh(store, now=t)
    by_zip = {z: n for z, n, _ in after.results_by_zip}
    assert "99999" not in by_zip
    assert by_zip["10001"] == dict((z, n) for z, n, _ in expected)["10001"] - erased_calls
    assert by_zip["?"] == dict((z, n) for z, n, _ in expected)["?"] + erased_calls
