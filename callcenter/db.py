"""Opening the local store: checks, PRAGMAs, migrations, transactions.

Every store is a single SQLite file in WAL mode with ``synchronous=FULL`` so a
recorded call survives a power cut.  Write transactions start with ``BEGIN
IMMEDIATE``: two app instances on one file queue for the write lock instead of
both reading the same "next contact" and both leasing it.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from callcenter.errors import NotSQLiteError, StoreLockedError
from callcenter.messages import Message, msg
from callcenter.storefile import check_file

log = logging.getLogger(__name__)

DEFAULT_BUSY_TIMEOUT_MS = 3000
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    # Trigger-maintained counters otherwise spill a temp file per row.
    "PRAGMA temp_store=MEMORY",
)


def _configure_connection(dbapi_conn: sqlite3.Connection, busy_timeout_ms: int) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own
    # transaction handling would defer it and break BEGIN IMMEDIATE).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    for pragma in PRAGMAS:
        cur.execute(pragma)
    cur.close()


def make_engine(path: Path, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        _configure_connection(dbapi_conn, busy_timeout_ms)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


class Store:
    """One open database file: an engine plus read and write sessions."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(
            engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read snapshot (deferred transaction); closing it ends the transaction.

        Objects loaded here stay usable (detached, attributes loaded) afterwards.
        """
        with self._reader() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One durable transaction: commits on success, rolls back on any error."""
        with self._writer() as session:
            try:
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                if _is_locked(exc):
                    raise StoreLockedError(_locked_message(self.path)) from exc
                raise
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


def _is_locked(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return "database is locked" in text or "database is busy" in text


def _locked_message(path: Path) -> Message:
    return msg("db.locked", path=path)


# The newest migration's revision; tests/core/test_migrations.py keeps it honest.
SCHEMA_HEAD = "0010"


def _schema_revision(engine: Engine) -> str | None:
    """The store's schema revision, read without Alembic (None for a new or foreign file)."""
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        if has_table is None:
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def open_store(path: Path, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Store:
    """Open (creating if needed) and migrate the store at ``path``.

    Raises:
        NotSQLiteError, StoreTooNewError, StoreLockedError: with a message for a person;
        in each case the file is left exactly as it was.
    """
    path = Path(path)
    check_file(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path, busy_timeout_ms)
    try:
        if _schema_revision(engine) != SCHEMA_HEAD:
            # Alembic is loaded only when there is something to do: it costs a
            # few hundred milliseconds of start-up that a current store never needs.
            from callcenter import migrate

            migrate.upgrade_to_head(engine, path)
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        if _is_locked(exc):
            raise StoreLockedError(_locked_message(path)) from exc
        reason = getattr(exc, "orig", exc)
        raise NotSQLiteError(
            msg("db.cannot_opened_as_call_center", path=path, reason=reason)
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return Store(path, engine)
