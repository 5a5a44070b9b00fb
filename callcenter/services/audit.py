"""The audit log: who did what to whom, when, from which station; view and export."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import IO

from sqlalchemy import Connection, select
from sqlalchemy.orm import aliased

from callcenter.csvsafe import write_rows
from callcenter.db import Store
from callcenter.ids import new_op_id
from callcenter.models import AuditEvent, Station, Volunteer
from callcenter.services.sqlrows import to_db, to_json

# Every action the core writes to the audit log (the window names each one).
AUDIT_ACTIONS = (
    "activate",
    "deactivate",
    "suspend",
    "reactivate",
    "reset_pin",
    "change_role",
    "contacts_imported",
    "results_exported",
    "contact_erased",
    "contact_data_exported",
    "retention_purge",
    "outbox_retry",
    "outbox_dismiss",
    "conflict_kept_crm",
    "conflict_kept_local",
    "turf_checked_out",
    "turf_extended",
    "turf_handed_back",
    "turf_checked_in",
)

AUDIT_HEADER = (
    "at_utc",
    "action",
    "by_code",
    "by_name",
    "volunteer_code",
    "volunteer_name",
    "station",
    "detail",
    "op_id",
)


def write_audit(
    conn: Connection,
    action: str,
    at: datetime,
    *,
    actor_id: int | None,
    station_id: int | None = None,
    **detail: object,
) -> None:
    """One audit event inside the caller's write transaction.  ``detail`` holds ids,
    counts and names of things, never a contact's name or number."""
    conn.exec_driver_sql(
        "INSERT INTO audit_event (op_id, at, action, actor_id, station_id, detail) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (new_op_id(), to_db(at), action, actor_id, station_id, to_json(detail)),
    )


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    action: str
    actor_code: str | None
    actor_name: str
    subject_code: str | None
    subject_name: str
    station: str | None
    detail: dict[str, object]
    op_id: str


def audit_rows(
    store: Store,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    subject_id: int | None = None,
    limit: int | None = None,
) -> list[AuditRow]:
    actor = aliased(Volunteer)
    subject = aliased(Volunteer)
    query = (
        select(AuditEvent, actor, subject, Station.name)
        .outerjoin(actor, actor.id == AuditEvent.actor_id)
        .outerjoin(subject, subject.id == AuditEvent.subject_id)
        .outerjoin(Station, Station.id == AuditEvent.station_id)
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    )
    if since is not None:
        query = query.where(AuditEvent.at >= since)
    if until is not None:
        query = query.where(AuditEvent.at < until)
    if subject_id is not None:
        query = query.where(AuditEvent.subject_id == subject_id)
    if limit is not None:
        query = query.limit(limit)
    with store.read() as s:
        return [
            AuditRow(
                at=event.at,
                action=event.action,
                actor_code=a.code if a else None,
                actor_name=a.display_name if a else "",
                subject_code=v.code if v else None,
                subject_name=v.display_name if v else "",
                station=station,
                detail=dict(event.detail or {}),
                op_id=event.op_id,
            )
            for event, a, v, station in s.execute(query)
        ]


def export_audit_csv(store: Store, out: IO[str], **filters: object) -> int:
    """Write the audit log as CSV (formula-safe cells); returns the number of rows."""
    rows = audit_rows(store, **filters)  # type: ignore[arg-type]
    return write_rows(
        out,
        AUDIT_HEADER,
        (
            (
                r.at.isoformat(),
                r.action,
                r.actor_code,
                r.actor_name,
                r.subject_code,
                r.subject_name,
                r.station,
                json.dumps(r.detail, sort_keys=True),
                r.op_id,
            )
            for r in rows
        ),
    )
