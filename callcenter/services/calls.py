"""The call session: lease the next contact, record an outcome, call back, skip.

Each public function is one write transaction (``BEGIN IMMEDIATE``): it either
happens completely or not at all, and two workstations on one store cannot
both lease the same contact.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import Connection, Row, case, or_, select, update
from sqlalchemy.orm import Session

from callcenter.db import Store
from callcenter.errors import InvalidInputError, LeaseLostError, NotAllowedError
from callcenter.models import (
    CallList,
    CallListEntry,
    Campaign,
    Contact,
    EntryStatus,
    Volunteer,
    VolunteerCampaign,
    VolunteerRole,
    utcnow,
)
from callcenter.services.call_types import (
    Answer,
    Changes,
    Lease,
    Outcome,
    RecordedOutcome,
)
from callcenter.services.contact_card import load_contact_card
from callcenter.services.entry_rules import callable_phone_count, check_active, next_queue_seq
from callcenter.services.recording import record_outcome, schedule_callback

log = logging.getLogger(__name__)

SKIP_DELAY = timedelta(minutes=30)
MAX_SKIPS = 3
# A lease attempt closes at most this many unusable entries before giving up for now,
# so one call never turns into a scan of the whole list.
MAX_CANDIDATES = 50


# --- leasing ------------------------------------------------------------------------------


def lease_next_contact(
    store: Store,
    volunteer_id: int,
    campaign_id: int,
    *,
    station_id: int | None = None,
    now: datetime | None = None,
) -> Lease | None:
    """Lease the contact this volunteer should call next, or None when nothing is due.

    Order: the volunteer's own unexpired lease (resuming after a crash), then
    callbacks that are due, then pending contacts by priority.  A contact marked
    do-not-call, or with no number left that may be called, is never returned;
    such an entry is closed on the way.

    This runs before every contact, so it reads and writes plain rows through
    SQL expressions (no ORM objects) in one ``BEGIN IMMEDIATE`` transaction.
    """
    now = now or utcnow()
    with store.write() as session:
        conn = session.connection()
        campaign = _calling_campaign(conn, volunteer_id, campaign_id)
        list_ids = list(
            conn.scalars(
                select(CallList.id).where(CallList.campaign_id == campaign_id).order_by(CallList.id)
            )
        )
        if not list_ids:
            return None
        _expire_leases(conn, list_ids, now)
        entry = _own_lease(conn, volunteer_id, list_ids, now) or _next_callable(
            conn, campaign, list_ids, now
        )
        if entry is None:
            return None
        expires = now + timedelta(minutes=campaign.lease_minutes)
        conn.execute(
            update(CallListEntry)
            .where(CallListEntry.id == entry.id)
            .values(
                status=EntryStatus.LEASED,
                lease_holder_id=volunteer_id,
                lease_station_id=station_id,
                lease_expires_at=expires,
            )
        )
        return Lease(
            entry_id=entry.id,
            list_id=entry.list_id,
            campaign_id=campaign_id,
            expires_at=expires,
            is_callback=entry.callback_at is not None,
            callback_at=entry.callback_at,
            attempts=entry.attempts,
            card=load_contact_card(session, entry.contact_id),
        )


_ENTRY_COLUMNS = (
    CallListEntry.id,
    CallListEntry.list_id,
    CallListEntry.contact_id,
    CallListEntry.attempts,
    CallListEntry.callback_at,
)


def _calling_campaign(conn: Connection, volunteer_id: int, campaign_id: int) -> Row:
    """The campaign's calling settings, once the volunteer may call it.

    Raises:
        NotAllowedError: the volunteer is not active or not assigned.
        InvalidInputError: no such campaign.
    """
    check_active(conn, volunteer_id)
    campaign = conn.execute(
        select(
            Campaign.id,
            Campaign.name,
            Campaign.is_active,
            Campaign.lease_minutes,
            Campaign.max_attempts,
            Campaign.max_attempts_per_phone,
            select(VolunteerCampaign.volunteer_id)
            .where(
                VolunteerCampaign.volunteer_id == volunteer_id,
                VolunteerCampaign.campaign_id == Campaign.id,
            )
            .exists()
            .label("assigned"),
            select(Volunteer.role)
            .where(Volunteer.id == volunteer_id)
            .scalar_subquery()
            .label("role"),
        ).where(Campaign.id == campaign_id)
    ).one_or_none()
    if campaign is None:
        raise InvalidInputError(f"Campaign {campaign_id} does not exist.")
    if not campaign.is_active:
        raise NotAllowedError(f"The campaign '{campaign.name}' is closed.")
    if not campaign.assigned and campaign.role != VolunteerRole.ADMIN:
        raise NotAllowedError(
            f"You are not assigned to the campaign '{campaign.name}'. A shift lead can assign you."
        )
    return campaign


def _expire_leases(conn: Connection, list_ids: list[int], now: datetime) -> None:
    """Put leases whose holder went away back in the queue (callbacks stay callbacks)."""
    conn.execute(
        update(CallListEntry)
        .where(
            CallListEntry.list_id.in_(list_ids),
            CallListEntry.status == EntryStatus.LEASED,
            CallListEntry.lease_expires_at < now,
        )
        .values(
            status=case(
                (CallListEntry.callback_at.is_not(None), EntryStatus.CALLBACK.value),
                else_=EntryStatus.PENDING.value,
            ),
            lease_holder_id=None,
            lease_station_id=None,
            lease_expires_at=None,
        )
    )


def _own_lease(
    conn: Connection, volunteer_id: int, list_ids: list[int], now: datetime
) -> Row | None:
    return conn.execute(
        select(*_ENTRY_COLUMNS)
        .where(
            CallListEntry.lease_holder_id == volunteer_id,
            CallListEntry.status == EntryStatus.LEASED,
            CallListEntry.list_id.in_(list_ids),
            CallListEntry.lease_expires_at >= now,
        )
        .limit(1)
    ).first()


def _next_callable(
    conn: Connection, campaign: Row, list_ids: list[int], now: datetime
) -> Row | None:
    for _ in range(MAX_CANDIDATES):
        entry = _next_due_callback(conn, list_ids, now) or _next_pending(conn, list_ids, now)
        if entry is None:
            return None
        reason = _why_not_callable(conn, entry, campaign)
        if reason is None:
            return entry
        conn.execute(
            update(CallListEntry)
            .where(CallListEntry.id == entry.id)
            .values(status=EntryStatus.DONE, closed_reason=reason, callback_at=None)
        )
    log.warning("stopped after closing %d uncallable entries in one lease", MAX_CANDIDATES)
    return None


def _next_due_callback(conn: Connection, list_ids: list[int], now: datetime) -> Row | None:
    return conn.execute(
        select(*_ENTRY_COLUMNS)
        .where(
            CallListEntry.list_id.in_(list_ids),
            CallListEntry.status == EntryStatus.CALLBACK,
            CallListEntry.callback_at <= now,
        )
        .order_by(CallListEntry.callback_at)
        .limit(1)
    ).first()


def _next_pending(conn: Connection, list_ids: list[int], now: datetime) -> Row | None:
    # One list at a time so each query walks the partial queue index in order.
    for list_id in list_ids:
        entry = conn.execute(
            select(*_ENTRY_COLUMNS)
            .where(
                CallListEntry.list_id == list_id,
                CallListEntry.status == EntryStatus.PENDING,
                or_(CallListEntry.available_at.is_(None), CallListEntry.available_at <= now),
            )
            .order_by(CallListEntry.priority.desc(), CallListEntry.queue_seq)
            .limit(1)
        ).first()
        if entry is not None:
            return entry
    return None


def _why_not_callable(conn: Connection, entry: Row, campaign: Row) -> str | None:
    if entry.attempts >= campaign.max_attempts:
        return "max_attempts"
    do_not_call = conn.scalar(select(Contact.do_not_call).where(Contact.id == entry.contact_id))
    if do_not_call is None or do_not_call:
        return "do_not_call"
    if callable_phone_count(conn, entry.contact_id, campaign.max_attempts_per_phone) == 0:
        return "no_callable_phone"
    return None


# --- skipping and releasing ------------------------------------------------------------


def skip_contact(
    store: Store, entry_id: int, volunteer_id: int, *, now: datetime | None = None
) -> str:
    """Hand a leased contact back without a call (e.g. a language the volunteer lacks).

    It returns to the queue behind the others after a pause; after several skips
    it is parked as ``skipped`` for a shift lead to look at.  Returns the new status.
    """
    now = now or utcnow()
    with store.write() as session:
        entry = _held_entry(session, entry_id, volunteer_id)
        entry.skips += 1
        _clear_lease(entry)
        if entry.skips >= MAX_SKIPS:
            entry.status = EntryStatus.SKIPPED
        else:
            entry.status = EntryStatus.CALLBACK if entry.callback_at else EntryStatus.PENDING
            entry.available_at = now + SKIP_DELAY
            entry.queue_seq = next_queue_seq(session.connection(), entry.list_id)
        return entry.status


def release_lease(store: Store, entry_id: int, volunteer_id: int) -> None:
    """Give a leased contact back unchanged (ending a session before calling)."""
    with store.write() as session:
        entry = session.get(CallListEntry, entry_id)
        if entry is None or entry.status != EntryStatus.LEASED:
            return
        if entry.lease_holder_id != volunteer_id:
            return
        _clear_lease(entry)
        entry.status = EntryStatus.CALLBACK if entry.callback_at else EntryStatus.PENDING


def release_all_leases(session: Session, volunteer_ids: Sequence[int]) -> int:
    """Within a caller's transaction: return every lease these volunteers hold.

    One UPDATE through the partial index on lease holders, so ending a shift of
    hundreds of volunteers holding thousands of contacts stays quick.
    """
    released = 0
    ids = list(volunteer_ids)
    for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        result = session.execute(
            update(CallListEntry)
            .where(
                CallListEntry.lease_holder_id.in_(ids[start : start + 500]),
                CallListEntry.status == EntryStatus.LEASED,
            )
            .values(
                status=case(
                    (CallListEntry.callback_at.is_not(None), EntryStatus.CALLBACK.value),
                    else_=EntryStatus.PENDING.value,
                ),
                lease_holder_id=None,
                lease_station_id=None,
                lease_expires_at=None,
            )
            .execution_options(synchronize_session=False)
        )
        released += result.rowcount or 0
    return released


def _held_entry(session: Session, entry_id: int, volunteer_id: int) -> CallListEntry:
    entry = session.get(CallListEntry, entry_id)
    if entry is None:
        raise InvalidInputError(f"List entry {entry_id} does not exist.")
    if entry.status != EntryStatus.LEASED or entry.lease_holder_id != volunteer_id:
        raise LeaseLostError(
            "This contact is no longer yours to call (the lease expired or was released)."
        )
    return entry


def _clear_lease(entry: CallListEntry) -> None:
    entry.lease_holder_id = None
    entry.lease_station_id = None
    entry.lease_expires_at = None


__all__ = [
    "Answer",
    "Changes",
    "Lease",
    "Outcome",
    "RecordedOutcome",
    "lease_next_contact",
    "record_outcome",
    "release_all_leases",
    "release_lease",
    "schedule_callback",
    "skip_contact",
]
