"""Core benchmark: demo generation, and (as they are added) the call session on its data.

    python -m tests.bench core [--contacts 1000000] [--seed 1] [--dir PATH] [--keep]

Keys (the names say "1m"; ``contacts`` says how many were really made):

- ``generate_1m_s``: ``generate_demo`` into a new file store, Faker and ZIP
  pools and PIN hashing included (migrating the empty store is not).
- ``generate_1m_baseline_s``: the same rows, read back from that store and
  inserted with plain ``sqlite3`` ``executemany`` into a fresh copy of the
  schema (same migrations, same PRAGMAs as generate_demo's connection, one
  transaction); only the inserts and
  the commit are timed.
- ``generate_1m_ratio``: the first divided by the second; the target is <= 3.
- ``next_contact_p50/p95_ms_10k`` and ``_1m``: lease the next contact and load
  everything the contact screen needs, on a 10,000-contact store and on the big
  one (target: p95 under 5 ms at 1M and at most 1.5x the 10k figure).
- ``record_outcome_p50/p95_ms``: one durable outcome (attempt, entry, outbox,
  one commit) next to ``record_outcome_baseline_p50/p95_ms``, a bare ``sqlite3``
  one-row insert and commit with the same PRAGMAs made right after each outcome
  in the same loop (target: within 5x).

To add a measurement, write ``def measure_x(bench: CoreBench) -> dict`` and
append it to ``MEASUREMENTS``; ``bench.demo_path`` is the generated store.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from callcenter.db import PRAGMAS, open_store
from callcenter.demo import BULK_LOAD_PRAGMAS, generate_demo
from callcenter.models import Base
from tests.bench.common import note, peak_rss_mb, ratio, scratch_folder, timed
from tests.bench.session import measure_session

BASELINE_BATCH = 50_000


@dataclass
class CoreBench:
    """What the measurements share: options, a scratch folder, the generated store."""

    args: argparse.Namespace
    folder: Path
    demo_path: Path | None = None
    row_counts: dict[str, int] = field(default_factory=dict)

    def copy_of_demo(self, name: str) -> Path:
        """A private copy of the generated store, for a measurement that writes to it."""
        if self.demo_path is None:
            raise RuntimeError("the demo store has not been generated yet")
        target = self.folder / name
        shutil.copyfile(self.demo_path, target)
        return target


Measurement = Callable[[CoreBench], dict[str, object]]


def measure_generation(bench: CoreBench) -> dict[str, object]:
    contacts = bench.args.contacts
    path = bench.folder / "demo.db"
    open_store(path).close()  # migrations are not part of generation

    def show_progress(done: int, total: int) -> None:
        if done == total or done % 200_000 < 25_000:
            note(f"  generated {done:,} of {total:,} contacts")

    note(f"generating {contacts:,} contacts ...")
    store = open_store(path)
    try:
        _, seconds = timed(
            lambda: generate_demo(
                store, contacts=contacts, seed=bench.args.seed, progress=show_progress
            )
        )
    finally:
        store.close()
    rss = peak_rss_mb()
    bench.demo_path = path
    note("re-inserting the same rows with plain sqlite3 ...")
    baseline_s, counts = insert_baseline(path, bench.folder / "baseline.db")
    bench.row_counts = counts
    return {
        "generate_1m_s": round(seconds, 3),
        "generate_1m_baseline_s": round(baseline_s, 3),
        "generate_1m_ratio": ratio(seconds, baseline_s),
        "generate_1m_peak_rss_mb": rss,
        "rows": counts,
    }


def insert_baseline(source: Path, target: Path) -> tuple[float, dict[str, int]]:
    """Insert every row of ``source`` into a fresh store at ``target``; seconds and counts.

    Reading the rows back is not timed, so the figure is what the rows cost
    SQLite alone (indexes, foreign keys, WAL and a durable commit included).
    """
    open_store(target).close()  # the same schema, indexes and triggers, through migrations
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target, isolation_level=None)
    counts: dict[str, int] = {}
    try:
        for pragma in (*PRAGMAS, *BULK_LOAD_PRAGMAS):  # exactly what generate_demo uses
            dst.execute(pragma)
        elapsed = 0.0
        started = time.perf_counter()
        dst.execute("BEGIN IMMEDIATE")
        elapsed += time.perf_counter() - started
        derived = trigger_targets(dst)
        for table in Base.metadata.sorted_tables:  # parents before children
            if table.name in derived:
                continue  # its rows come from the triggers, as they did in the demo store
            columns = [row[1] for row in src.execute(f'PRAGMA table_info("{table.name}")')]
            quoted = ", ".join(f'"{c}"' for c in columns)
            insert = (
                f'INSERT INTO "{table.name}" ({quoted}) VALUES ({", ".join("?" * len(columns))})'
            )
            cursor = src.execute(f'SELECT {quoted} FROM "{table.name}" ORDER BY rowid')
            total = 0
            while rows := cursor.fetchmany(BASELINE_BATCH):
                started = time.perf_counter()
                dst.executemany(insert, rows)
                elapsed += time.perf_counter() - started
                total += len(rows)
            if total:
                counts[table.name] = total
        started = time.perf_counter()
        dst.execute("COMMIT")
        elapsed += time.perf_counter() - started
        for table in sorted(derived):
            (counts[table],) = dst.execute(f'SELECT count(*) FROM "{table}"').fetchone()
            (expected,) = src.execute(f'SELECT count(*) FROM "{table}"').fetchone()
            if counts[table] != expected:
                raise RuntimeError(f"baseline has {counts[table]} {table} rows, demo {expected}")
    finally:
        src.close()
        dst.close()
    return elapsed, counts


def trigger_targets(conn: sqlite3.Connection) -> set[str]:
    """Tables that triggers write to (such as list counters): never copied by hand."""
    bodies = [
        sql.lower()
        for (sql,) in conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'")
    ]
    return {
        t.name
        for t in Base.metadata.sorted_tables
        if any(f"insert into {t.name} " in body or f"update {t.name} " in body for body in bodies)
    }


def measure_call_session(bench: CoreBench) -> dict[str, object]:
    """Lease-next (with the contact screen's data) and record-outcome latency.

    On the big generated store and on a 10,000-contact one made here, so the
    two can be compared: the cost of "next contact" must not grow with the list.
    """
    small = bench.folder / "session-10k.db"
    store = open_store(small)
    generate_demo(store, contacts=10_000, seed=bench.args.seed)
    store.close()
    note("measuring the call session on 10,000 contacts ...")
    at_10k = measure_session(small, rounds=bench.args.rounds)
    note(f"measuring the call session on {bench.args.contacts:,} contacts ...")
    at_big = measure_session(bench.copy_of_demo("session-big.db"), rounds=bench.args.rounds)
    return {
        "next_contact_p50_ms_10k": at_10k["next_contact_p50_ms"],
        "next_contact_p95_ms_10k": at_10k["next_contact_p95_ms"],
        "next_contact_p50_ms_1m": at_big["next_contact_p50_ms"],
        "next_contact_p95_ms_1m": at_big["next_contact_p95_ms"],
        "next_contact_1m_vs_10k_p95_ratio": ratio(
            at_big["next_contact_p95_ms"], at_10k["next_contact_p95_ms"]
        ),
        "record_outcome_p50_ms": at_big["record_outcome_p50_ms"],
        "record_outcome_p95_ms": at_big["record_outcome_p95_ms"],
        "record_outcome_baseline_p50_ms": at_big["bare_commit_p50_ms"],
        "record_outcome_baseline_p95_ms": at_big["bare_commit_p95_ms"],
        "record_outcome_p50_ratio": ratio(
            at_big["record_outcome_p50_ms"], at_big["bare_commit_p50_ms"]
        ),
        "record_outcome_p95_ratio": ratio(
            at_big["record_outcome_p95_ms"], at_big["bare_commit_p95_ms"]
        ),
        "session_rounds": at_big["rounds"],
    }


MEASUREMENTS: list[Measurement] = [measure_generation, measure_call_session]


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.bench core")
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, default=None, help="scratch folder parent")
    parser.add_argument("--keep", action="store_true", help="keep the databases afterwards")
    parser.add_argument("--rounds", type=int, default=300, help="lease/record rounds measured")
    return parser.parse_args(argv)


def run(argv: list[str]) -> dict[str, object]:
    args = parse_args(argv)
    results: dict[str, object] = {
        "contacts": args.contacts,
        "seed": args.seed,
        "sqlite": sqlite3.sqlite_version,
    }
    with scratch_folder(args.dir, keep=args.keep) as folder:
        bench = CoreBench(args=args, folder=folder)
        for measure in MEASUREMENTS:
            results.update(measure(bench))
    results["peak_rss_mb"] = peak_rss_mb()
    return results
