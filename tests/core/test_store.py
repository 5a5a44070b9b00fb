"""The store file: PRAGMAs, refusals that leave the file untouched, two instances at once."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from callcenter.db import open_store
from callcenter.errors import NotSQLiteError, StoreLockedError, StoreTooNewError
from callcenter.services.calls import lease_next_contact, record_outcome
from tests.core.test_calls import outcome
from tests.factories import make_volunteer, make_world

NOW = datetime(2026, 11, 3, 16, 0, tzinfo=UTC)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pragmas_make_every_commit_durable(store):
    with store.read() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA busy_timeout")).scalar() > 0


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("my shopping list\n" * 100)
    before = digest(path)
    with pytest.raises(NotSQLiteError, match="not an SQLite file"):
        open_store(path)
    assert digest(path) == before


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(NotSQLiteError, match="folder"):
        open_store(tmp_path)


def test_a_store_from_a_newer_app_is_refused_and_left_alone(db_path):
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = digest(db_path)
    with pytest.raises(StoreTooNewError, match="newer version"):
        open_store(db_path)
    assert digest(db_path) == before


def test_a_file_locked_by_another_program_gives_a_clear_error(tmp_path):
    path = tmp_path / "locked.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO t VALUES (1)")
    try:
        with pytest.raises(StoreLockedError, match="locked by another program"):
            open_store(path, busy_timeout_ms=100)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert sqlite3.connect(path).execute("SELECT count(*) FROM t").fetchone() == (0,)


def test_a_write_blocked_by_another_instance_gives_a_clear_error(db_path):
    first = open_store(db_path, busy_timeout_ms=100)
    second = open_store(db_path, busy_timeout_ms=100)
    try:
        with first.write() as s:
            s.execute(text("INSERT INTO setting (key, value) VALUES ('a', '1')"))
            with pytest.raises(StoreLockedError), second.write() as s2:
                s2.execute(text("INSERT INTO setting (key, value) VALUES ('b', '2')"))
        with second.read() as s2:
            keys = s2.execute(text("SELECT key FROM setting")).scalars().all()
        assert keys == ["a"]
    finally:
        first.close()
        second.close()


def test_two_instances_on_one_file_never_lease_one_contact_twice(db_path):
    setup = open_store(db_path)
    world = make_world(setup, contacts=40)
    volunteers = [
        make_volunteer(setup, f"CONC{i:02d}", campaign_ids=(world.campaign_id,)) for i in range(4)
    ]
    setup.close()
    leased: list[int] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def work(volunteer_id: int) -> None:
        store = open_store(db_path, busy_timeout_ms=10_000)
        try:
            for _ in range(10):
                lease = lease_next_contact(store, volunteer_id, world.campaign_id, now=NOW)
                if lease is None:
                    return
                with lock:
                    leased.append(lease.entry_id)
                record_outcome(
                    store, outcome(lease, volunteer_id, world.result_codes["SUPPORTER"]), now=NOW
                )
        except BaseException as exc:  # surfaced below
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=work, args=(v,)) for v in volunteers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors
    assert len(leased) == 40
    assert len(set(leased)) == 40
