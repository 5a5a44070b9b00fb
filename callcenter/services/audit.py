"""The audit log: who did what to whom, when, from which station; view and export."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import IO

from sqlalchemy import select
from sqlalchemy.orm import aliased

from callcenter.csvsafe import write_rows
from callcenter.db import Store
from callcenter.models import AuditEvent, Station, Volunteer

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
