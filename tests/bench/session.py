"""Call-session latency: lease the next contact (with its screen data), record an outcome.

Both are measured on a real store file with the app's PRAGMAs; "record an
outcome" is compared with the cheapest durable write there is: a bare
``sqlite3`` insert and commit of one row with the same PRAGMAs, made in the
same loop right after each outcome, so that both see the same machine (this
machine is shared: a baseline measured a minute later saw another load).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from callcenter.db import open_store
from callcenter.models import Campaign, ResultCode, Volunteer, VolunteerCampaign
from callcenter.services.calls import Outcome, lease_next_contact, record_outcome
from tests.bench.common import latency_summary


def calling_hours_clock() -> Callable[[], datetime]:
    """A clock that started at the last 20:00 UTC and runs at real speed.

    Leasing only hands out contacts inside their calling hours; at 20:00 UTC it
    is afternoon across the mainland and morning in Hawaii, so nearly every
    calling group is open (the most index seeks per lease: the honest case).
    """
    real = datetime.now(UTC)
    start = real.replace(hour=20, minute=0, second=0, microsecond=0)
    if start > real:
        start -= timedelta(days=1)
    started = time.perf_counter()
    return lambda: start + timedelta(seconds=time.perf_counter() - started)


def measure_session(path: Path, rounds: int = 300, warmup: int = 20) -> dict[str, float]:
    """Lease/record ``rounds`` times as one volunteer on the first campaign of ``path``."""
    store = open_store(path)
    try:
        with store.read() as s:
            campaign_id = s.scalar(select(Campaign.id).order_by(Campaign.id).limit(1))
            volunteer_id = s.scalar(
                select(Volunteer.id)
                .join(VolunteerCampaign, VolunteerCampaign.volunteer_id == Volunteer.id)
                .where(Volunteer.status == "active", VolunteerCampaign.campaign_id == campaign_id)
                .order_by(Volunteer.id)
                .limit(1)
            )
            # A no-answer keeps the list's size constant: the contact goes to the back.
            code_id = s.scalar(
                select(ResultCode.id).where(
                    ResultCode.campaign_id == campaign_id,
                    ResultCode.is_terminal.is_(False),
                    ResultCode.schedules_callback.is_(False),
                    ResultCode.is_wrong_number.is_(False),
                    ResultCode.is_do_not_call.is_(False),
                )
            )
        lease_times: list[float] = []
        record_times: list[float] = []
        bare_times: list[float] = []
        bare = BareCommit(path.with_name(path.stem + "-bare-commit.db"))
        clock = calling_hours_clock()
        for i in range(rounds + warmup):
            t0 = time.perf_counter()
            lease = lease_next_contact(store, volunteer_id, campaign_id, now=clock())
            t1 = time.perf_counter()
            if lease is None:
                break
            now = clock()
            phone = next((p.id for p in lease.card.phones if p.callable), None)
            outcome = Outcome(
                entry_id=lease.entry_id,
                volunteer_id=volunteer_id,
                result_code_id=code_id,
                started_at=now - timedelta(seconds=60),
                ended_at=now,
                phone_id=phone,
                notes="Left a message",
            )
            t2 = time.perf_counter()
            record_outcome(store, outcome, now=now)
            t3 = time.perf_counter()
            bare_s = bare.commit_one(i)
            if i >= warmup:
                lease_times.append(t1 - t0)
                record_times.append(t3 - t2)
                bare_times.append(bare_s)
        bare.close()
    finally:
        store.close()
    return {
        **latency_summary("next_contact", lease_times),
        **latency_summary("record_outcome", record_times),
        **latency_summary("bare_commit", bare_times),
        "rounds": len(lease_times),
    }


class BareCommit:
    """One-row insert + commit with plain sqlite3 and the app's PRAGMAs."""

    def __init__(self, path: Path) -> None:
        path.unlink(missing_ok=True)
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, op_id TEXT, payload TEXT)")

    def commit_one(self, i: int) -> float:
        """Seconds for one durable insert."""
        t0 = time.perf_counter()
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute("INSERT INTO t (op_id, payload) VALUES (?, ?)", (f"op{i}", "x" * 200))
        self.conn.execute("COMMIT")
        return time.perf_counter() - t0

    def close(self) -> None:
        self.conn.close()
