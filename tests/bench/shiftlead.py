"""Shift-lead benchmark: bulk activation, bulk deactivation, one dashboard refresh.

    python -m tests.bench shiftlead [--contacts 1000000] [--attempts 100000] [--volunteers 700]
        [--base FILE]

``--base FILE`` reuses a generated demo store: when FILE exists it is copied
instead of generating the contacts again (it must hold ``--contacts`` contacts
and is upgraded like any store when opened); otherwise the demo is generated
and a copy saved there.  Only the generation is skipped; everything measured
runs on the copy as before.

Keys:

- ``activate_700_s``: ``activate_volunteers`` for 700 pending volunteers (codes,
  statuses, campaigns, audit and outbox rows; one transaction).
- ``issue_pins_700_s``: hashing and storing their 700 PINs with argon2id, which
  the console runs in a worker right after activation (reported, not hidden).
- ``deactivate_700_s``: ``change_status(..., "deactivate")`` for the same 700,
  each holding 100 leased contacts that go back to the pool.
- ``dashboard_refresh_ms``: the first ``RoomMonitor.refresh`` of a shift on a
  store with ``--contacts`` contacts and ``--attempts`` call attempts (the
  expensive one: it reads every attempt of the shift);
  ``dashboard_refresh_steady_ms``: p95 of later refreshes, each after 50 new calls.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from callcenter.db import Store, open_store
from callcenter.demo import generate_demo
from callcenter.ids import new_op_id
from callcenter.models import Campaign, Contact, Volunteer, utcnow
from callcenter.services.room import RoomMonitor
from callcenter.services.sqlrows import to_db
from callcenter.services.volunteers import activate_volunteers, change_status, issue_pins
from tests.bench.common import ms, note, peak_rss_mb, percentile, scratch_folder, timed


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.bench shiftlead")
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--attempts", type=int, default=100_000)
    parser.add_argument("--volunteers", type=int, default=700)
    parser.add_argument("--leases-each", type=int, default=100)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--base", type=Path, default=None, help="generated store to reuse")
    return parser.parse_args(argv)


def run(argv: list[str]) -> dict[str, object]:
    args = parse_args(argv)
    with scratch_folder(args.dir) as folder:
        path = folder / "shiftlead.db"
        store = _demo_store(path, args.contacts, args.base)
        with store.read() as s:
            campaign_id = s.scalar(select(Campaign.id).order_by(Campaign.id).limit(1))
            lead_id = s.scalar(
                select(Volunteer.id).where(Volunteer.role == "admin", Volunteer.status == "active")
            )
        store.close()
        pending = _add_pending(path, args.volunteers)
        _add_attempts(path, args.attempts, campaign_id)

        store = open_store(path)
        note(f"activating {len(pending)} volunteers ...")
        creds, activate_s = timed(
            lambda: activate_volunteers(store, lead_id, pending, campaign_ids=[campaign_id])
        )
        _, pins_s = timed(lambda: issue_pins(store, creds))
        leased = _lease_blocks(path, pending, args.leases_each, campaign_id)
        note(f"deactivating {len(pending)} volunteers holding {leased:,} contacts ...")
        change, deactivate_s = timed(
            lambda: change_status(store, lead_id, pending, "deactivate", reason="bench")
        )
        assert change.leases_released == leased

        note("refreshing the dashboard ...")
        monitor = RoomMonitor(since=utcnow() - timedelta(hours=12))
        snapshot, first_s = timed(lambda: monitor.refresh(store))
        steady = []
        for _ in range(20):
            _add_attempts(path, 50, campaign_id, quiet=True)
            _, seconds = timed(lambda: monitor.refresh(store))
            steady.append(seconds)
        store.close()
    return {
        "contacts": args.contacts,
        "attempts": args.attempts,
        "volunteers": len(pending),
        "activate_700_s": round(activate_s, 3),
        "issue_pins_700_s": round(pins_s, 3),
        "deactivate_700_s": round(deactivate_s, 3),
        "leases_released": change.leases_released,
        "dashboard_refresh_ms": ms(first_s),
        "dashboard_refresh_steady_p95_ms": ms(percentile(steady, 95)),
        "dashboard_calls_seen": snapshot.calls,
        "peak_rss_mb": peak_rss_mb(),
    }


def _demo_store(path: Path, contacts: int, base: Path | None) -> Store:
    """A store with ``contacts`` demo contacts at ``path``, copied from ``base`` if it exists."""
    if base is not None and base.exists():
        note(f"copying the demo store {base} ...")
        shutil.copyfile(base, path)
        store = open_store(path)
        with store.read() as s:
            held = s.scalar(select(func.count()).select_from(Contact))
        if held != contacts:
            store.close()
            raise SystemExit(f"{base} holds {held:,} contacts, not {contacts:,}: remove it")
        return store
    store = open_store(path)
    note(f"generating {contacts:,} demo contacts ...")
    generate_demo(store, contacts=contacts, seed=1)
    if base is not None:
        store.close()
        source, target = sqlite3.connect(path), sqlite3.connect(base)
        source.backup(target)  # a whole, consistent file, whatever is still in the WAL
        source.close()
        target.close()
        note(f"saved the demo store as {base}")
        store = open_store(path)
    return store


def _add_pending(path: Path, n: int) -> list[int]:
    """``n`` walk-ins waiting in the queue (plain inserts: setup, not measured)."""
    conn = sqlite3.connect(path)
    start = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM volunteer").fetchone()[0]
    now = to_db(utcnow())
    conn.executemany(
        "INSERT INTO volunteer (id, uid, first_name, last_name, role, status, languages, "
        "failed_pin_attempts, created_at) VALUES (?, ?, ?, ?, 'volunteer', 'pending', '[\"en\"]',"
        " 0, ?)",
        [(start + i, new_op_id(), "Walk", f"In {i}", now) for i in range(n)],
    )
    conn.commit()
    conn.close()
    return list(range(start, start + n))


def _add_attempts(path: Path, n: int, campaign_id: int, quiet: bool = False) -> None:
    """``n`` call attempts of the current shift, spread over active volunteers."""
    if not quiet:
        note(f"adding {n:,} call attempts ...")
    rng = random.Random(n)
    conn = sqlite3.connect(path)
    volunteers = [r[0] for r in conn.execute("SELECT id FROM volunteer WHERE status = 'active'")]
    codes = [
        r[0]
        for r in conn.execute("SELECT id FROM result_code WHERE campaign_id = ?", (campaign_id,))
    ]
    max_contact = conn.execute("SELECT max(id) FROM contact").fetchone()[0]
    now = utcnow()
    rows = []
    for _ in range(n):
        ended = now - timedelta(seconds=rng.randrange(0, 6 * 3600))
        duration = rng.randrange(5, 300)
        rows.append(
            (
                new_op_id(),
                rng.choice(volunteers),
                campaign_id,
                rng.randrange(1, max_contact + 1),
                rng.choice(codes),
                to_db(ended - timedelta(seconds=duration)),
                to_db(ended),
                duration,
                to_db(ended),
            )
        )
    # The ZIP as record_outcome stores it, from the contact's row.
    inserted = conn.executemany(
        "INSERT INTO call_attempt (op_id, volunteer_id, campaign_id, contact_id, result_code_id,"
        " started_at, ended_at, duration_s, notes, created_at, postal_area) "
        "SELECT ?, ?, ?, c.id, ?, ?, ?, ?, '', ?, CASE WHEN c.erased_at IS NULL THEN "
        "coalesce(substr(c.postal_code, 1, 5), '') END FROM contact c WHERE c.id = ?",
        [(*row[:3], *row[4:], row[3]) for row in rows],
    ).rowcount
    if inserted != n:
        raise RuntimeError(f"{n - inserted} call attempts named a contact that does not exist")
    conn.commit()
    conn.close()


def _lease_blocks(path: Path, volunteers: list[int], each: int, campaign_id: int) -> int:
    """Give every volunteer ``each`` pending contacts on lease (setup, not measured)."""
    conn = sqlite3.connect(path)
    entry_ids = [
        r[0]
        for r in conn.execute(
            "SELECT e.id FROM call_list_entry e JOIN call_list l ON l.id = e.list_id "
            "WHERE l.campaign_id = ? AND e.status = 'pending' LIMIT ?",
            (campaign_id, len(volunteers) * each),
        )
    ]
    expires = to_db(utcnow() + timedelta(hours=1))
    conn.executemany(
        "UPDATE call_list_entry SET status = 'leased', lease_holder_id = ?, lease_expires_at = ? "
        "WHERE id = ?",
        [(volunteers[i // each], expires, eid) for i, eid in enumerate(entry_ids)],
    )
    conn.commit()
    conn.close()
    return len(entry_ids)
