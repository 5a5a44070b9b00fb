"""The call session: lease the next contact, record an outcome, call back, skip.

Each public function is one write transaction (``BEGIN IMMEDIATE``): it either
happens completely or not at all, and two workstations on one store cannot
both lease the same contact.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from sqlalchemy import Connection, Row
from sqlalchemy.orm import Session

from callcenter.db import Store
from callcenter.errors import InvalidInputError, LeaseLostError, NotAllowedError
from callcenter.messages import msg
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
from callcenter.services.calling_groups import fill_missing_groups, open_group_ids
from callcenter.services.contact_card import load_contact_card
from callcenter.services.entry_rules import callable_phone_count, check_active, next_queue_seq
from callcenter.services.list_progress import counted_in_bulk
from callcenter.services.recording import record_outcome, schedule_callback
from callcenter.services.sqlrows import from_db, one, placeholders, rows, run, to_db

log = logging.getLogger(__name__)

SKIP_DELAY = timedelta(minutes=30)
MAX_SKIPS = 3
# A lease attempt closes at most this many unusable entries before giving up for now,
# so one call never turns into a scan of the whole list.
MAX_CANDIDATES = 50
# Rounds of resolving entries that have no calling group yet (pulled from the CRM, say)
# per lease; each round resolves up to calling_groups.RESOLVE_PER_LEASE contacts.
MAX_RESOLVE_ROUNDS = 2


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
    callbacks that are due, then pending contacts by priority.  Only contacts
    inside their calling hours right now are considered (the campaign's window,
    never wider than 8:00-21:00, and their state's rules, in every time zone
    they may be in): the queue is indexed per calling group and only open
    groups are asked.  A contact marked do-not-call, or with no number left
    that may be called, is never returned; such an entry is closed on the way.
    One ``BEGIN IMMEDIATE`` transaction, on plain SQL (see ``sqlrows``): this
    runs before every contact.
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
        window = (campaign.window_start_min, campaign.window_end_min)
        open_ids = open_group_ids(store, conn, window, now)
        entry = one(conn, _OWN_LEASE.format(marks=marks), (volunteer_id, *list_ids, now_text))
        if entry is not None and entry.calling_group_id not in open_ids:
            # Held since before their hours closed: back to the queue, not on screen.
            run(conn, _UNLEASE, (entry.id,))
            entry = None
        if entry is None:
            entry = _next_callable(store, conn, campaign, list_ids, open_ids, now)
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


_COLUMNS = "id, list_id, contact_id, attempts, callback_at, calling_group_id"
_ENTRY = f"SELECT {_COLUMNS} FROM call_list_entry"
_LISTS = "SELECT id FROM call_list WHERE campaign_id = ? ORDER BY id"
# Where a released lease goes: back to its callback if it had one, else to the queue.
_BACK_TO = "CASE WHEN callback_at IS NOT NULL THEN 'callback' ELSE 'pending' END"
_EXPIRE = (
    "UPDATE call_list_entry SET "
    f"status = {_BACK_TO}, "
    "lease_holder_id = NULL, lease_station_id = NULL, lease_expires_at = NULL "
    "WHERE list_id IN ({marks}) AND status = 'leased' AND lease_expires_at < ?"
)
_UNLEASE = (
    "UPDATE call_list_entry SET "
    f"status = {_BACK_TO}, "
    "lease_holder_id = NULL, lease_station_id = NULL, lease_expires_at = NULL WHERE id = ?"
)
# A lead's canvass turf is leased to them too; the calling screen must not pick it up.
_OWN_LEASE = (
    _ENTRY + " WHERE lease_holder_id = ? AND status = 'leased' AND list_id IN ({marks}) "
    "AND lease_expires_at >= ? AND NOT EXISTS (SELECT 1 FROM canvass_checkout_entry ce "
    "JOIN canvass_checkout k ON k.id = ce.checkout_id "
    "WHERE ce.entry_id = call_list_entry.id AND k.status != 'checked_in') LIMIT 1"
)
# Through the small (list_id, callback_at) index: is any callback due at all?
_ANY_DUE_CALLBACK = (
    "SELECT 1 FROM call_list_entry WHERE list_id IN ({marks}) AND status = 'callback' "
    "AND callback_at <= ? LIMIT 1"
)
# The first few due callbacks of one list, in the order they are due; usually one of
# them may be called now, and the per-group seek is only needed when none may.
FEW_DUE = 8
_FIRST_DUE_CALLBACKS = (
    _ENTRY + " WHERE list_id = ? AND status = 'callback' AND callback_at <= ? "
    f"ORDER BY callback_at LIMIT {FEW_DUE}"
)


@lru_cache(maxsize=256)
def _per_group_sql(groups: tuple[bool, ...], kind: str) -> str:
    """One index seek per calling group, the best of them first.

    ``groups`` says, per group, whether it is a real id (True: ``= ?``) or the
    not-yet-resolved group (False: ``IS NULL``).  Each branch is a LIMIT 1 seek
    into ix_call_list_entry_group_queue (or _group_callbacks), so the cost is
    one seek per open group, whatever the list's size.
    """
    if kind == "pending":
        where = "status = 'pending' AND (available_at IS NULL OR available_at <= ?)"
        order = "priority DESC, queue_seq"
        extra = "priority, queue_seq"
    else:
        where = "status = 'callback' AND callback_at <= ?"
        order = "callback_at"
        extra = "callback_at AS due"
        order_outer = "due"
    branches = [
        f"SELECT * FROM (SELECT {_COLUMNS}, {extra} FROM call_list_entry WHERE list_id = ? "
        f"AND calling_group_id {'= ?' if real else 'IS NULL'} AND {where} "
        f"ORDER BY {order} LIMIT 1)"
        for real in groups
    ]
    outer = order if kind == "pending" else order_outer
    return f"SELECT {_COLUMNS} FROM ({' UNION ALL '.join(branches)}) ORDER BY {outer} LIMIT 1"


def _per_group_params(
    list_ids: Sequence[int], groups: Sequence[int | None], now: str
) -> tuple[tuple[bool, ...], list[object]]:
    shape: list[bool] = []
    params: list[object] = []
    for list_id in list_ids:
        for group in groups:
            shape.append(group is not None)
            params.extend((list_id, group, now) if group is not None else (list_id, now))
    return tuple(shape), params


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
        "c.max_attempts_per_phone, c.window_start_min, c.window_end_min, "
        "EXISTS (SELECT 1 FROM volunteer_campaign vc "
        "WHERE vc.volunteer_id = ? AND vc.campaign_id = c.id) AS assigned "
        "FROM campaign c WHERE c.id = ?",
        (volunteer_id, campaign_id),
    )
    if campaign is None:
        raise InvalidInputError(msg("calls.campaign_does_not_exist", campaign_id=campaign_id))
    if not campaign.is_active:
        raise NotAllowedError(msg("calls.campaign_closed", name=campaign.name))
    if not campaign.assigned and volunteer.role != VolunteerRole.ADMIN:
        raise NotAllowedError(msg("calls.are_not_assigned_campaign_shift", name=campaign.name))
    return campaign


def _next_callable(
    store: Store,
    conn: Connection,
    campaign: Row,
    list_ids: list[int],
    open_ids: tuple[int, ...],
    moment: datetime,
) -> Row | None:
    now = to_db(moment)
    groups: tuple[int | None, ...] = (*open_ids, None)  # None: entries not resolved yet
    resolve_rounds = 0
    any_due = _ANY_DUE_CALLBACK.format(marks=placeholders(len(list_ids)))
    for _ in range(MAX_CANDIDATES):
        if not groups:
            return None  # every calling group is closed now
        entry = None
        if one(conn, any_due, (*list_ids, now)) is not None:
            entry = _due_callback(conn, list_ids, groups, now)
        if entry is None:
            # One list at a time: the first list with someone to call is worked first.
            for list_id in list_ids:
                shape, params = _per_group_params((list_id,), groups, now)
                entry = one(conn, _per_group_sql(shape, "pending"), tuple(params))
                if entry is not None:
                    break
        if entry is None:
            return None
        if entry.calling_group_id is None:
            fill_missing_groups(conn, entry.list_id)
            # Resolving may have made new groups, open or not: ask again.
            window = (campaign.window_start_min, campaign.window_end_min)
            open_ids = open_group_ids(store, conn, window, moment)
            resolve_rounds += 1
            # After a few rounds the rest wait for the next lease.
            groups = (*open_ids, None) if resolve_rounds < MAX_RESOLVE_ROUNDS else open_ids
            continue
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


def _due_callback(
    conn: Connection, list_ids: list[int], groups: tuple[int | None, ...], now: str
) -> Row | None:
    """The callback due first among those whose calling group is open now."""
    callable_groups = set(groups)
    best: Row | None = None
    crowded: list[int] = []  # lists whose first due callbacks are all out of hours
    for list_id in list_ids:
        due = rows(conn, _FIRST_DUE_CALLBACKS, (list_id, now))
        hit = next((r for r in due if r.calling_group_id in callable_groups), None)
        if hit is None and len(due) == FEW_DUE:
            crowded.append(list_id)
        elif hit is not None and (best is None or hit.callback_at < best.callback_at):
            best = hit
    if crowded:
        shape, params = _per_group_params(crowded, groups, now)
        hit = one(conn, _per_group_sql(shape, "callback"), tuple(params))
        if hit is not None and (best is None or hit.callback_at < best.callback_at):
            best = hit
    return best


def _why_not_callable(conn: Connection, entry: Row, campaign: Row) -> str | None:
    if entry.attempts >= campaign.max_attempts:
        return "max_attempts"
    contact = one(conn, "SELECT do_not_call FROM contact WHERE id = ?", (entry.contact_id,))
    if contact is None or contact.do_not_call:
        return "do_not_call"
    if callable_phone_count(conn, entry.contact_id, campaign.max_attempts_per_phone) == 0:
        return "no_callable_phone"
    return None


_WAITING = (EntryStatus.PENDING, EntryStatus.CALLBACK)

# --- keeping a lease --------------------------------------------------------------------

# The calling screen warns this long before the contact's lease runs out.
LEASE_WARNING = timedelta(minutes=2)


@dataclass(frozen=True)
class LeaseTime:
    """How long the contact on screen stays held for the volunteer."""

    remaining: timedelta

    @property
    def expired(self) -> bool:
        """Others may take the contact now (it is only safe again once renewed)."""
        return self.remaining <= timedelta(0)

    @property
    def expiring(self) -> bool:
        """Still held, but not for long: time to offer renewing it."""
        return not self.expired and self.remaining <= LEASE_WARNING

    @property
    def minutes_left(self) -> int:
        """Whole minutes left, rounded up (1 for the last minute, 0 once expired)."""
        if self.expired:
            return 0
        return -(-int(self.remaining.total_seconds()) // 60)


def lease_time(lease: Lease, now: datetime) -> LeaseTime:
    return LeaseTime(lease.expires_at - now)


def renew_lease(
    store: Store,
    lease: Lease,
    volunteer_id: int,
    *,
    station_id: int | None = None,
    now: datetime | None = None,
) -> datetime:
    """Hold the contact on screen (``lease``) for the campaign's full lease time again,
    from ``now``.

    A lease that ran out is taken back only as the contact was: nobody took it
    meanwhile, nobody called it (its attempts are the lease's), it is not on a
    canvass turf, and it may still be called now (not do-not-call, a number left,
    inside its calling hours).  Returns the new expiry.

    Raises:
        LeaseLostError: someone else holds or called the contact, it is closed or
            released, or it may not be called now.
        NotAllowedError: the volunteer is not active or not assigned, or the campaign
            is closed.
    """
    entry_id = lease.entry_id
    now = now or utcnow()
    with store.write() as session:
        conn = session.connection()
        entry = one(
            conn,
            "SELECT e.id, e.status, e.lease_holder_id, e.lease_expires_at, e.attempts, "
            "e.contact_id, "
            "e.calling_group_id, l.campaign_id, "
            "EXISTS (SELECT 1 FROM canvass_checkout_entry ce "
            "JOIN canvass_checkout k ON k.id = ce.checkout_id "
            "WHERE ce.entry_id = e.id AND k.status != 'checked_in') AS on_turf "
            "FROM call_list_entry e JOIN call_list l ON l.id = e.list_id WHERE e.id = ?",
            (entry_id,),
        )
        if entry is None:
            raise InvalidInputError(msg("calls.list_entry_does_not_exist", entry_id=entry_id))
        campaign = _calling_campaign(conn, volunteer_id, entry.campaign_id)
        mine = entry.status == EntryStatus.LEASED and entry.lease_holder_id == volunteer_id
        expires_at = from_db(entry.lease_expires_at)
        held = mine and expires_at is not None and expires_at >= now
        # A lease that ran out is taken back only as it was left: nobody holds it, nobody
        # called it since (a no answer puts it back to pending, and taking it back would
        # call the person twice), not on a turf, and it may be called now.  Asked only
        # then: a hold still running (the usual Keep) needs none of it.
        if not held and not (
            (mine or (entry.status in _WAITING and entry.lease_holder_id is None))
            and not entry.on_turf
            and entry.attempts == lease.attempts
            and _why_not_callable(conn, entry, campaign) is None
            and entry.calling_group_id
            in open_group_ids(
                store, conn, (campaign.window_start_min, campaign.window_end_min), now
            )
        ):
            raise LeaseLostError(msg("calls.contact_no_longer_yours_call"))
        expires = now + timedelta(minutes=campaign.lease_minutes)
        run(
            conn,
            "UPDATE call_list_entry SET status = 'leased', lease_holder_id = ?, "
            "lease_station_id = ?, lease_expires_at = ? WHERE id = ?",
            (volunteer_id, station_id, to_db(expires), entry_id),
        )
        return expires


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

    One UPDATE per 500 volunteers through the partial index on lease holders,
    with the list counters adjusted once per list instead of once per entry, so
    ending a shift of hundreds of volunteers holding thousands of contacts stays quick.
    """
    conn = session.connection()
    released = 0
    ids = list(volunteer_ids)
    with counted_in_bulk(conn) as moves:
        for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
            chunk = tuple(ids[start : start + 500])
            held = f"lease_holder_id IN ({placeholders(len(chunk))}) AND status = 'leased'"
            counted = 0
            for list_id, status, n in rows(
                conn,
                f"SELECT list_id, {_BACK_TO}, count(*) FROM call_list_entry WHERE {held} "
                "GROUP BY 1, 2",
                chunk,
            ):
                moves.add(list_id, EntryStatus.LEASED.value, status, n)
                counted += n
            changed = run(
                conn,
                f"UPDATE call_list_entry SET status = {_BACK_TO}, lease_holder_id = NULL, "
                f"lease_station_id = NULL, lease_expires_at = NULL WHERE {held}",
                chunk,
            )
            if changed != counted:  # one write transaction: cannot differ
                raise RuntimeError(f"released {changed} leases but counted {counted}")
            released += changed
    return released


def _held_entry(session: Session, entry_id: int, volunteer_id: int) -> CallListEntry:
    entry = session.get(CallListEntry, entry_id)
    if entry is None:
        raise InvalidInputError(msg("calls.list_entry_does_not_exist", entry_id=entry_id))
    if entry.status != EntryStatus.LEASED or entry.lease_holder_id != volunteer_id:
        raise LeaseLostError(msg("calls.contact_no_longer_yours_call"))
    return entry


def _clear_lease(entry: CallListEntry) -> None:
    entry.lease_holder_id = None
    entry.lease_station_id = None
    entry.lease_expires_at = None


__all__ = [
    "LEASE_WARNING",
    "Answer",
    "Changes",
    "Lease",
    "LeaseTime",
    "Outcome",
    "RecordedOutcome",
    "lease_next_contact",
    "lease_time",
    "record_outcome",
    "release_all_leases",
    "release_lease",
    "renew_lease",
    "schedule_callback",
    "skip_contact",
]
