"""Sync bookkeeping in the store: pull cursors, resync marks, the CRM connection, status.

Nothing here is secret: the refresh token is in the OS keyring and the access
token only in memory; the store keeps which CRM this profile talks to and how far
each object's pull has come.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from callcenter.db import Store
from callcenter.models import Setting, utcnow
from callcenter.services.outbox import outbox_counts
from callcenter.services.sqlrows import from_db, one, rows, run, to_db

# Which local table holds each pulled object (CRM-neutral names, see sync.connector).
TABLES = {
    "campaign": "campaign",
    "member_status": "crm_member_status",
    "volunteer": "volunteer",
    "contact": "contact",
    "member": "call_list_entry",
}
CONNECTION_KEYS = ("crm.connector", "crm.instance_url", "crm.login_url", "crm.client_id")


@dataclass
class Cursor:
    """How far an object's pull has come.

    ``since``/``after_id`` is the keyset position: every record up to it is applied.
    ``run`` is the state of an unfinished run (high-water mark, full or not, the next
    page's link), so a crash resumes at the page where it stopped.
    """

    since: datetime | None = None
    after_id: str | None = None
    run: dict[str, Any] = field(default_factory=dict)

    @property
    def until(self) -> datetime | None:
        text = self.run.get("until")
        return datetime.fromisoformat(text) if text else None


def load_cursor(conn: Connection, connector: str, object_type: str) -> Cursor:
    row = one(
        conn,
        "SELECT modstamp, last_crm_id, next_page FROM sync_cursor "
        "WHERE connector = ? AND object_type = ?",
        (connector, object_type),
    )
    if row is None:
        return Cursor()
    return Cursor(from_db(row.modstamp), row.last_crm_id, json.loads(row.next_page or "{}"))


def save_cursor(conn: Connection, connector: str, object_type: str, cursor: Cursor) -> None:
    conn.exec_driver_sql(
        "INSERT INTO sync_cursor (connector, object_type, modstamp, last_crm_id, next_page, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (connector, object_type) DO UPDATE "
        "SET modstamp = excluded.modstamp, last_crm_id = excluded.last_crm_id, "
        "next_page = excluded.next_page, updated_at = excluded.updated_at",
        (
            connector,
            object_type,
            to_db(cursor.since),
            cursor.after_id,
            json.dumps(cursor.run) if cursor.run else None,
            to_db(utcnow()),
        ),
    )


def reset_cursors(store: Store, connector: str) -> None:
    """Forget every pull position (a new CRM connection starts with a full pull)."""
    with store.write() as session:
        conn = session.connection()
        run(conn, "DELETE FROM sync_cursor WHERE connector = ?", (connector,))
        run(conn, "DELETE FROM sync_seen WHERE connector = ?", (connector,))


# --- full resync: which records did the CRM still have? ---------------------------------------


def has_local_records(conn: Connection, object_type: str) -> bool:
    table = TABLES[object_type]
    return one(conn, f"SELECT 1 FROM {table} WHERE crm_id IS NOT NULL LIMIT 1") is not None


def mark_seen(conn: Connection, connector: str, object_type: str, crm_ids: list[str]) -> None:
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO sync_seen (connector, object_type, crm_id) VALUES (?, ?, ?)",
        [(connector, object_type, crm_id) for crm_id in crm_ids],
    )


def unseen_crm_ids(conn: Connection, connector: str, object_type: str) -> list[str]:
    """Local records a finished full resync did not see: the CRM no longer has them."""
    table = TABLES[object_type]
    found = rows(
        conn,
        f"SELECT t.crm_id FROM {table} t WHERE t.crm_id IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM sync_seen s WHERE s.connector = ? AND s.object_type = ? "
        "AND s.crm_id = t.crm_id)",
        (connector, object_type),
    )
    return [r[0] for r in found]


def clear_seen(conn: Connection, connector: str, object_type: str) -> None:
    run(
        conn,
        "DELETE FROM sync_seen WHERE connector = ? AND object_type = ?",
        (connector, object_type),
    )


# --- the CRM connection and the last sync -----------------------------------------------------


@dataclass(frozen=True)
class CrmConnection:
    connector: str
    instance_url: str
    login_url: str
    client_id: str


def crm_connection(store: Store) -> CrmConnection | None:
    values = _settings(store, CONNECTION_KEYS)
    if not values.get("crm.instance_url"):
        return None
    return CrmConnection(
        values.get("crm.connector") or "salesforce",
        values["crm.instance_url"],
        values.get("crm.login_url") or values["crm.instance_url"],
        values.get("crm.client_id") or "",
    )


def save_crm_connection(store: Store, connection: CrmConnection) -> None:
    previous = crm_connection(store)
    with store.write() as session:
        for key, value in zip(
            CONNECTION_KEYS,
            (
                connection.connector,
                connection.instance_url,
                connection.login_url,
                connection.client_id,
            ),
            strict=True,
        ):
            session.merge(Setting(key=key, value=value))
    if previous is not None and previous.instance_url != connection.instance_url:
        reset_cursors(store, connection.connector)


def forget_crm_connection(store: Store) -> None:
    with store.write() as session:
        run(
            session.connection(),
            "DELETE FROM setting WHERE key IN (SELECT value FROM json_each(?))",
            (json.dumps(CONNECTION_KEYS),),
        )


@dataclass(frozen=True)
class SyncStatus:
    connection: CrmConnection | None
    last_success_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str | None
    pending: int
    review: int
    conflicts: int


def record_sync_result(store: Store, error: str | None, *, now: datetime | None = None) -> None:
    """Remember how the last sync ended (shown in ``crm status`` and the status bar)."""
    stamp = (now or utcnow()).isoformat()
    with store.write() as session:
        session.merge(Setting(key="sync.last_attempt_at", value=stamp))
        session.merge(Setting(key="sync.last_error", value=error or ""))
        if error is None:
            session.merge(Setting(key="sync.last_success_at", value=stamp))


def sync_status(store: Store) -> SyncStatus:
    values = _settings(store, ("sync.last_success_at", "sync.last_attempt_at", "sync.last_error"))
    counts = outbox_counts(store)
    with store.read() as session:
        conflicts = one(session.connection(), "SELECT count(*) FROM conflict WHERE status = 'open'")
    return SyncStatus(
        connection=crm_connection(store),
        last_success_at=_when(values.get("sync.last_success_at")),
        last_attempt_at=_when(values.get("sync.last_attempt_at")),
        last_error=values.get("sync.last_error") or None,
        pending=counts.pending,
        review=counts.review,
        conflicts=conflicts[0] if conflicts else 0,
    )


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _settings(store: Store, keys: tuple[str, ...]) -> dict[str, str]:
    with store.read() as session:
        found = rows(
            session.connection(),
            "SELECT key, value FROM setting WHERE key IN (SELECT value FROM json_each(?))",
            (json.dumps(keys),),
        )
    return {r[0]: r[1] for r in found}
