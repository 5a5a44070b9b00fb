"""The call session: lease the next contact, record an outcome, call back, skip.

Each public function is one write transaction (``BEGIN IMMEDIATE``): it either
happens completely or not at all, and two workstations on one store cannot
both lease the same contact.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import Connection, Row, case, update
from sqlalchemy.orm import Session

from callcenter.db import Store
from callcenter.errors import InvalidInputError, LeaseLostError, NotAllowedError
from callcenter.models import (
    CallListEntry,
    EntryStatus,
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
from callcenter.services.sqlrows import from_db, one, placeholders, rows, run, to_db

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
    such an entry is closed on the way.  One ``BEGIN IMMEDIATE`` transaction,
    on plain SQL (see ``sqlrows``): this runs before every contact.
    """
    now = now or utcnow()
    now_text = to_db(now)
    with store.write() as session:
        conn = session.connection()
        campaign = _calling_campaign(conn, volunteer_id, campaign_id)
        list_ids = [r[0] for r in rows(conn, _LISTS, (campaign_id,))]
        if not list_ids:
            return None
        marks = placeholders(len(list_ids))
        run(conn, _EXPIRE.format(marks=marks), (*list_ids, now_text))
        entry = one(conn, _OWN_LEASE.format(marks=marks), (volunteer_id, *list_ids, now_text))
        if entry is None:
            entry = _next_callable(conn, campaign, list_ids, now_text)
        if entry is None:
            return None
        expires = now + timedelta(minutes=campaign.lease_minutes)
        run(
            conn,
            "UPDATE call_list_entry SET status = 'leased', lease_holder_id = ?, "
            "lease_station_id = ?, lease_expires_at = ? WHERE id = ?",
            (volunteer_id, station_id, to_db(expires), entry.id),
        )
        callback_at = from_db(entry.callback_at)
        return Lease(
            entry_id=entry.id,
            list_id=entry.list_id,
            campaign_id=campaign_id,
            expires_at=expires,
            is_callback=callback_at is not None,
            callback_at=callback_at,
            attempts=entry.attempts,
            card=load_contact_card(session, entry.contact_id),
        )


_ENTRY = "SELECT id, list_id, contact_id, attempts, callback_at FROM call_list_entry"
_LISTS = "SELECT id FROM call_list WHERE campaign_id = ? ORDER BY id"
_EXPIRE = (
    "UPDATE call_list_entry SET "
    "status = CASE WHEN callback_at IS NOT NULL THEN 'callback' ELSE 'pending' END, "
    "lease_holder_id = NULL, lease_station_id = NULL, lease_expires_at = NULL "
    "WHERE list_id IN ({marks}) AND status = 'leased' AND lease_expires_at < ?"
)
_OWN_LEASE = (
    _ENTRY + " WHERE lease_holder_id = ? AND status = 'leased' AND list_id IN ({marks}) "
    "AND lease_expires_at >= ? LIMIT 1"
)
_DUE_CALLBACK = (
    _ENTRY + " WHERE list_id IN ({marks}) AND status = 'callback' AND callback_at <= ? "
    "ORDER BY callback_at LIMIT 1"
)
# Written to walk the partial index ix_call_list_entry_queue in order.
_PENDING = (
    _ENTRY + " WHERE list_id = ? AND status = 'pending' "
    "AND (available_at IS NULL OR available_at <= ?) ORDER BY priority DESC, queue_seq LIMIT 1"
)


def _calling_campaign(conn: Connection, volunteer_id: int, campaign_id: int) -> Row:
    """The campaign's calling settings, once the volunteer may call it.

    Raises:
        NotAllowedError: the volunteer is not active or not assigned.
        InvalidInputError: no such campaign.
    """
    volunteer = check_active(conn, volunteer_id)
    campaign = one(
        conn,
        "SELECT c.id, c.name, c.is_active, c.lease_minutes, c.max_attempts, "
        "c.max_attempts_per_phone, EXISTS (SELECT 1 FROM volunteer_campaign vc "
        "WHERE vc.volunteer_id = ? AND vc.campaign_id = c.id) AS assigned "
        "FROM campaign c WHERE c.id = ?",
        (volunteer_id, campaign_id),
    )
    if campaign is None:
        raise InvalidInputError(f"Campaign {campaign_id} does not exist.")
    if not campaign.is_active:
        raise NotAllowedError(f"The campaign '{campaign.name}' is closed.")
    if not campaign.assigned and volunteer.role != VolunteerRole.ADMIN:
        raise NotAllowedError(
            f"You are not assigned to the campaign '{campaign.name}'. A shift lead can assign you."
        )
    return campaign


def _next_callable(conn: Connection, campaign: Row, list_ids: list[int], now: str) -> Row | None:
    due_callback = _DUE_CALLBACK.format(marks=placeholders(len(list_ids)))
    for _ in range(MAX_CANDIDATES):
        entry = one(conn, due_callback, (*list_ids, now))
        if entry is None:
            # One list at a time so each query walks the partial queue index in order.
            for list_id in list_ids:
                entry = one(conn, _PENDING, (list_id, now))
                if entry is not None:
                    break
        if entry is None:
            return None
        reason = _why_not_callable(conn, entry, campaign)
        if reason is None:
            return entry
        run(
            conn,
            "UPDATE call_list_entry SET status = 'done', closed_reason = ?, callback_at = NULL "
            "WHERE id = ?",
            (reason, entry.id),
        )
    log.warning("stopped after closing %d uncallable entries in one lease", MAX_CANDIDATES)
    return None


def _why_not_callable(conn: Connection, entry: Row, campaign: Row) -> str | None:
    if entry.attempts >= campaign.max_attempts:
        return "max_attempts"
    contact = one(conn, "SELECT do_not_call FROM contact WHERE id = ?", (entry.contact_id,))
    if contact is None or contact.do_not_call:
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
