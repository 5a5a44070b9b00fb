"""Browsing a campaign's call list: pages by keyset, search, status filter, counts.

Pages are fetched by keyset (``after_id``), never by OFFSET, so the thousandth
page of a million-row list costs what the first does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.sql import Select

from callcenter.db import Store
from callcenter.models import (
    CallList,
    CallListEntry,
    Contact,
    EntryStatus,
    ListProgress,
    ResultCode,
)
from callcenter.services.sqlrows import escape_like

PAGE_SIZE = 200


@dataclass(frozen=True)
class ListRow:
    entry_id: int
    contact_id: int
    name: str
    postal_code: str
    city: str
    status: str
    attempts: int
    last_result: str
    last_attempt_at: datetime | None
    callback_at: datetime | None


@dataclass(frozen=True)
class ListFilter:
    campaign_id: int
    status: str | None = None
    search: str = ""


def _filtered(query: Select, flt: ListFilter) -> Select:
    query = query.join(CallList, CallList.id == CallListEntry.list_id).where(
        CallList.campaign_id == flt.campaign_id
    )
    if flt.status:
        if flt.status not in set(EntryStatus):
            raise ValueError(f"unknown status {flt.status!r}")
        query = query.where(CallListEntry.status == flt.status)
    term = flt.search.strip()
    if term:
        # Bound parameters only: the text a user types is never part of the SQL.
        pattern = escape_like(term) + "%"
        query = query.where(
            Contact.last_name.like(pattern, escape="\\")
            | Contact.first_name.like(pattern, escape="\\")
            | Contact.postal_code.like(pattern, escape="\\")
            | Contact.city.like(pattern, escape="\\")
        )
    return query


def fetch_rows(
    store: Store, flt: ListFilter, *, after_id: int = 0, limit: int = PAGE_SIZE
) -> list[ListRow]:
    """The next ``limit`` rows after ``after_id``, in entry order."""
    query = (
        select(
            CallListEntry.id,
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Contact.postal_code,
            Contact.city,
            CallListEntry.status,
            CallListEntry.attempts,
            ResultCode.code,
            CallListEntry.last_attempt_at,
            CallListEntry.callback_at,
        )
        .join(Contact, Contact.id == CallListEntry.contact_id)
        .outerjoin(ResultCode, ResultCode.id == CallListEntry.last_result_code_id)
        .where(CallListEntry.id > after_id)
        .order_by(CallListEntry.id)
        .limit(limit)
    )
    with store.read() as s:
        rows = s.execute(_filtered(query, flt)).all()
    return [
        ListRow(
            entry_id=r[0],
            contact_id=r[1],
            name=f"{r[3]}, {r[2]}" if r[3] else r[2],
            postal_code=r[4] or "",
            city=r[5] or "",
            status=r[6],
            attempts=r[7],
            last_result=r[8] or "",
            last_attempt_at=r[9],
            callback_at=r[10],
        )
        for r in rows
    ]


def count_rows(store: Store, flt: ListFilter) -> int:
    query = select(func.count(CallListEntry.id)).join(
        Contact, Contact.id == CallListEntry.contact_id
    )
    with store.read() as s:
        return s.scalar(_filtered(query, flt)) or 0


def counts_by_status(store: Store, campaign_id: int) -> dict[str, int]:
    """Entries per status for the campaign (every status present, zero included).

    Read from the trigger-kept ``list_progress`` counters: constant time even
    for a million-row list.
    """
    with store.read() as s:
        rows = s.execute(
            select(ListProgress.status, func.sum(ListProgress.n))
            .join(CallList, CallList.id == ListProgress.list_id)
            .where(CallList.campaign_id == campaign_id)
            .group_by(ListProgress.status)
        ).all()
    counts = {status.value: 0 for status in EntryStatus}
    counts.update({status: int(n) for status, n in rows})
    return counts
