"""Checking a turf out to this laptop, extending it, handing it back, checking it in.

A checkout leases its turf's entries to the team lead who took it, so nobody
else on this laptop is handed them.  The local lease outlives the checkout's
expiry on purpose: an expired checkout is read-only but its contacts belong to
it until its results are synced and it is checked in (or handed back).  The
CRM side (claiming and releasing the CRM's leases, pushing the results) is the
sync engine's; ``sync.canvass`` runs it around these calls.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, Row

from callcenter.db import Store
from callcenter.errors import InvalidInputError, NotAllowedError
from callcenter.ids import new_op_id
from callcenter.messages import msg
from callcenter.models import CanvassMode, CheckoutStatus, VolunteerRole, utcnow
from callcenter.services.audit import write_audit
from callcenter.services.calling_groups import assign_groups
from callcenter.services.canvass.door_codes import ensure_door_codes
from callcenter.services.canvass.turf import TurfCut, select_turf
from callcenter.services.entry_rules import check_active
from callcenter.services.sqlrows import from_db, one, placeholders, rows, run, to_db, to_json

log = logging.getLogger(__name__)

MIN_HOURS = 0.5
MAX_HOURS = 14 * 24
# How long the local lease outlives the checkout: the turf stays this laptop's until it is
# checked in; only a checkout abandoned for longer than this frees its contacts by itself.
HELD_AFTER_EXPIRY = timedelta(days=30)
CHUNK = 500  # stay under SQLite's bound-parameter limit


@dataclass(frozen=True)
class CheckoutRequest:
    actor_id: int
    cut: TurfCut
    hours: float
    mode: str = CanvassMode.DOOR
    name: str = ""
    station_id: int | None = None
    # Online: only these entries, whose CRM leases sync won until the expiry.
    only_entry_ids: frozenset[int] | None = None


@dataclass(frozen=True)
class CheckoutView:
    id: int
    uid: str
    name: str
    campaign_id: int
    campaign_name: str
    list_id: int
    mode: str
    holder_id: int
    holder_name: str
    status: str
    checked_out_at: datetime
    expires_at: datetime
    ended_at: datetime | None
    crm_claimed_at: datetime | None
    households: int
    people: int

    def state(self, now: datetime | None = None) -> CheckoutStatus:
        """The status to show: an active checkout past its expiry reads as expired."""
        if self.status == CheckoutStatus.ACTIVE and self.expires_at <= (now or utcnow()):
            return CheckoutStatus.EXPIRED
        return CheckoutStatus(self.status)

    def accepts_work(self, now: datetime | None = None) -> bool:
        return self.state(now) == CheckoutStatus.ACTIVE


def check_out(
    store: Store,
    request: CheckoutRequest,
    *,
    now: datetime | None = None,
    crm_claimed: bool = False,
) -> int:
    """Lease the cut's open entries to the actor until check-in; returns the checkout id.

    One write transaction: the turf is read and leased at once, so two laptops on
    one store file cannot take the same door.

    Raises:
        NotAllowedError: the actor is not an active shift lead or admin.
        InvalidInputError: a bad duration or mode, or nobody open matches the cut.
    """
    now = now or utcnow()
    hours = _checked_hours(request.hours)
    if request.mode not in (CanvassMode.PHONE, CanvassMode.DOOR):
        raise InvalidInputError(
            msg("canvass_checkout.not_canvass_mode_phone_door", mode=request.mode)
        )
    with store.write() as session:
        conn = session.connection()
        _check_lead(conn, request.actor_id, "canvass_checkout.only_lead_check_out")
        heading = one(
            conn,
            "SELECT l.id, l.name, l.campaign_id, c.script_id FROM call_list l "
            "JOIN campaign c ON c.id = l.campaign_id WHERE l.id = ?",
            (request.cut.list_id,),
        )
        if heading is None:
            raise InvalidInputError(
                msg("canvass_checkout.call_list_does_not_exist", list_id=request.cut.list_id)
            )
        members = select_turf(conn, request.cut, only=request.only_entry_ids)
        if not members:
            raise InvalidInputError(msg("canvass_checkout.nobody_open_list_matches_cut"))
        expires = now + timedelta(hours=hours)
        name = request.name.strip()[:120] or f"{heading.name} {now:%Y-%m-%d %H:%M}"
        checkout_id = one(
            conn,
            "INSERT INTO canvass_checkout (uid, name, campaign_id, list_id, script_id, cut, "
            "mode, holder_id, station_id, status, checked_out_at, expires_at, crm_claimed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?) RETURNING id",
            (
                new_op_id(),
                name,
                heading.campaign_id,
                heading.id,
                heading.script_id,
                to_json(request.cut.as_record()),
                str(request.mode),
                request.actor_id,
                request.station_id,
                to_db(now),
                to_db(expires),
                to_db(now) if crm_claimed else None,
            ),
        )[0]  # type: ignore[index]
        conn.exec_driver_sql(
            "INSERT INTO canvass_checkout_entry (checkout_id, entry_id, walk_position, "
            "household_key) VALUES (?, ?, ?, ?)",
            [(checkout_id, m.entry_id, m.walk_position, m.household_key) for m in members],
        )
        _hold(conn, [m.entry_id for m in members], request.actor_id, request.station_id, expires)
        # Calling hours are known offline only if each contact's group is set now.
        assign_groups(conn, [m.contact_id for m in members], only_missing=True)
        ensure_door_codes(conn, heading.campaign_id)
        write_audit(
            conn,
            "turf_checked_out",
            now,
            actor_id=request.actor_id,
            station_id=request.station_id,
            checkout_id=checkout_id,
            turf=name,
            mode=str(request.mode),
            entries=len(members),
            hours=hours,
        )
    log.info("checked out turf %s: %d entries for %.1f h", checkout_id, len(members), hours)
    return checkout_id


def extend_checkout(
    store: Store, checkout_id: int, actor_id: int, hours: float, *, now: datetime | None = None
) -> CheckoutView:
    """Add ``hours`` to a checkout that has not expired yet.

    Raises:
        NotAllowedError: not a shift lead or admin, or the checkout expired or ended.
    """
    now = now or utcnow()
    added = _checked_hours(hours)
    with store.write() as session:
        conn = session.connection()
        _check_lead(conn, actor_id, "canvass_checkout.only_lead_extend")
        row = checkout_taking_work(conn, checkout_id, now)
        expires = from_db(row.expires_at) + timedelta(hours=added)  # type: ignore[operator]
        if expires - now > timedelta(hours=MAX_HOURS):
            raise InvalidInputError(
                msg("canvass_checkout.checkout_can_run_at_most", number=MAX_HOURS // 24)
            )
        run(
            conn,
            "UPDATE canvass_checkout SET expires_at = ? WHERE id = ?",
            (to_db(expires), checkout_id),
        )
        _hold(conn, _entry_ids(conn, checkout_id), row.holder_id, row.station_id, expires)
        write_audit(
            conn,
            "turf_extended",
            now,
            actor_id=actor_id,
            station_id=row.station_id,
            checkout_id=checkout_id,
            turf=row.name,
            hours=added,
        )
    log.info("extended checkout %s by %.1f h", checkout_id, added)
    return get_checkout(store, checkout_id)


def hand_back(
    store: Store, checkout_id: int, actor_id: int, *, now: datetime | None = None
) -> CheckoutView:
    """End a checkout on this laptop now: no more work, its contacts back to the list.

    Its results stay in the outbox and reach the CRM at the next sync; checking
    it in afterwards also releases the CRM's leases.
    """
    now = now or utcnow()
    with store.write() as session:
        conn = session.connection()
        _check_lead(conn, actor_id, "canvass_checkout.only_lead_hand_back")
        row = _checkout_row(conn, checkout_id)
        if row.status != CheckoutStatus.ACTIVE:
            raise NotAllowedError(msg("canvass_checkout.checkout_has_already_ended", name=row.name))
        _release(conn, checkout_id, row.holder_id)
        run(
            conn,
            "UPDATE canvass_checkout SET status = 'returned', ended_at = ? WHERE id = ?",
            (to_db(now), checkout_id),
        )
        write_audit(
            conn,
            "turf_handed_back",
            now,
            actor_id=actor_id,
            station_id=row.station_id,
            checkout_id=checkout_id,
            turf=row.name,
        )
    log.info("handed back checkout %s", checkout_id)
    return get_checkout(store, checkout_id)


def finish_check_in(
    store: Store, checkout_id: int, actor_id: int, *, now: datetime | None = None
) -> CheckoutView:
    """Close a checkout whose results all reached the CRM; releases what it still holds.

    Raises:
        NotAllowedError: results are still waiting to be sent (sync first).
    """
    now = now or utcnow()
    with store.write() as session:
        conn = session.connection()
        _check_lead(conn, actor_id, "canvass_checkout.only_lead_check_in")
        row = _checkout_row(conn, checkout_id)
        if row.status == CheckoutStatus.CHECKED_IN:
            return get_checkout(store, checkout_id)
        waiting = results_waiting(conn, checkout_id)
        if waiting:
            raise NotAllowedError(
                msg("canvass_checkout.results_have_not_reached_crm", name=row.name, waiting=waiting)
            )
        if row.status == CheckoutStatus.ACTIVE:
            _release(conn, checkout_id, row.holder_id)
        run(
            conn,
            "UPDATE canvass_checkout SET status = 'checked_in', "
            "ended_at = coalesce(ended_at, ?) WHERE id = ?",
            (to_db(now), checkout_id),
        )
        write_audit(
            conn,
            "turf_checked_in",
            now,
            actor_id=actor_id,
            station_id=row.station_id,
            checkout_id=checkout_id,
            turf=row.name,
        )
    log.info("checked in checkout %s", checkout_id)
    return get_checkout(store, checkout_id)


def record_crm_claim(
    store: Store, checkout_id: int, lost_entry_ids: list[int], *, now: datetime | None = None
) -> CheckoutView:
    """After sync claimed or renewed the turf's CRM leases: note it, and drop the doors
    someone else holds in the CRM (they go back to the list; sync decides their fate)."""
    now = now or utcnow()
    with store.write() as session:
        conn = session.connection()
        row = _checkout_row(conn, checkout_id)
        for start in range(0, len(lost_entry_ids), CHUNK):
            chunk = lost_entry_ids[start : start + CHUNK]
            marks = placeholders(len(chunk))
            _release_entries(conn, chunk, row.holder_id)
            run(
                conn,
                "DELETE FROM canvass_checkout_entry WHERE checkout_id = ? "
                f"AND entry_id IN ({marks})",
                (checkout_id, *chunk),
            )
        run(
            conn,
            "UPDATE canvass_checkout SET crm_claimed_at = ? WHERE id = ?",
            (to_db(now), checkout_id),
        )
    return get_checkout(store, checkout_id)


# --- reading --------------------------------------------------------------------------------


_VIEW = (
    "SELECT k.id, k.uid, k.name, k.campaign_id, c.name AS campaign_name, k.list_id, k.mode, "
    "k.holder_id, trim(v.first_name || ' ' || v.last_name) AS holder_name, k.status, "
    "k.checked_out_at, k.expires_at, k.ended_at, k.crm_claimed_at, "
    "(SELECT count(DISTINCT household_key) FROM canvass_checkout_entry WHERE checkout_id = k.id), "
    "(SELECT count(*) FROM canvass_checkout_entry WHERE checkout_id = k.id) "
    "FROM canvass_checkout k JOIN campaign c ON c.id = k.campaign_id "
    "JOIN volunteer v ON v.id = k.holder_id"
)


def get_checkout(store: Store, checkout_id: int) -> CheckoutView:
    with store.read() as session:
        found = one(session.connection(), _VIEW + " WHERE k.id = ?", (checkout_id,))
    if found is None:
        raise InvalidInputError(
            msg("canvass_checkout.checkout_does_not_exist", checkout_id=checkout_id)
        )
    return _view(found)


def list_checkouts(store: Store, *, include_checked_in: bool = False) -> list[CheckoutView]:
    """This store's checkouts, open ones first, newest first."""
    where = "" if include_checked_in else " WHERE k.status != 'checked_in'"
    with store.read() as session:
        found = rows(
            session.connection(),
            _VIEW + where + " ORDER BY k.status != 'active', k.checked_out_at DESC",
        )
    return [_view(r) for r in found]


def turf_entry_ids(store: Store, checkout_id: int) -> list[int]:
    with store.read() as session:
        return _entry_ids(session.connection(), checkout_id)


def results_waiting(conn: Connection, checkout_id: int, status: str = "pending") -> int:
    """The checkout's results whose outbox rows have this status: by default those the CRM
    has not confirmed yet ("review": refused, a person has to look)."""
    found = one(
        conn,
        "SELECT count(*) FROM canvass_result r JOIN call_attempt a ON a.id = r.attempt_id "
        "JOIN outbox o ON o.op_id = a.op_id WHERE r.checkout_id = ? AND o.status = ?",
        (checkout_id, status),
    )
    return found[0] if found else 0


def _view(row: Row) -> CheckoutView:
    return CheckoutView(
        *row[:10],
        checked_out_at=from_db(row.checked_out_at),  # type: ignore[arg-type]
        expires_at=from_db(row.expires_at),  # type: ignore[arg-type]
        ended_at=from_db(row.ended_at),
        crm_claimed_at=from_db(row.crm_claimed_at),
        households=row[14],
        people=row[15],
    )


# --- rules and leases -------------------------------------------------------------------


def _checked_hours(hours: float) -> float:
    if not MIN_HOURS <= hours <= MAX_HOURS:
        raise InvalidInputError(
            msg("canvass_checkout.check_turf_out_between_half", number=MAX_HOURS // 24)
        )
    return hours


def _check_lead(conn: Connection, actor_id: int, refusal_key: str) -> None:
    actor = check_active(conn, actor_id)
    if actor.role not in (VolunteerRole.SHIFT_LEAD, VolunteerRole.ADMIN):
        raise NotAllowedError(msg(refusal_key))


def _checkout_row(conn: Connection, checkout_id: int) -> Row:
    row = one(
        conn,
        "SELECT id, name, status, expires_at, holder_id, station_id, campaign_id, script_id "
        "FROM canvass_checkout WHERE id = ?",
        (checkout_id,),
    )
    if row is None:
        raise InvalidInputError(
            msg("canvass_checkout.checkout_does_not_exist", checkout_id=checkout_id)
        )
    return row


def checkout_taking_work(conn: Connection, checkout_id: int, now: datetime) -> Row:
    """The checkout's row while it takes work (new results, more time); else why not.

    Raises:
        NotAllowedError: it expired (readable, no new work) or it has ended.
    """
    row = _checkout_row(conn, checkout_id)
    if row.status != CheckoutStatus.ACTIVE:
        raise NotAllowedError(
            msg("canvass_checkout.checkout_was_handed_back_checked", name=row.name)
        )
    if row.expires_at <= to_db(now):
        raise expired_refusal(row.name)
    return row


def expired_refusal(name: str) -> NotAllowedError:
    """What an expired checkout says to any new work (``record_outcome`` uses it too)."""
    return NotAllowedError(msg("canvass_checkout.expired", name=name))


def _entry_ids(conn: Connection, checkout_id: int) -> list[int]:
    return [
        r[0]
        for r in rows(
            conn,
            "SELECT entry_id FROM canvass_checkout_entry WHERE checkout_id = ? "
            "ORDER BY walk_position",
            (checkout_id,),
        )
    ]


def _hold(
    conn: Connection,
    entry_ids: list[int],
    holder_id: int,
    station_id: int | None,
    expires: datetime,
) -> None:
    """Lease the open entries to the holder until well after the checkout's expiry."""
    held_until = to_db(expires + HELD_AFTER_EXPIRY)
    for start in range(0, len(entry_ids), CHUNK):
        chunk = entry_ids[start : start + CHUNK]
        run(
            conn,
            "UPDATE call_list_entry SET status = 'leased', lease_holder_id = ?, "
            "lease_station_id = ?, lease_expires_at = ? "
            f"WHERE id IN ({placeholders(len(chunk))}) "
            "AND (status IN ('pending', 'callback') "
            "OR (status = 'leased' AND lease_holder_id = ?))",
            (holder_id, station_id, held_until, *chunk, holder_id),
        )


def _release(conn: Connection, checkout_id: int, holder_id: int) -> None:
    _release_entries(conn, _entry_ids(conn, checkout_id), holder_id)


def _release_entries(conn: Connection, entry_ids: list[int], holder_id: int) -> None:
    for start in range(0, len(entry_ids), CHUNK):
        chunk = entry_ids[start : start + CHUNK]
        run(
            conn,
            "UPDATE call_list_entry SET "
            "status = CASE WHEN callback_at IS NOT NULL THEN 'callback' ELSE 'pending' END, "
            "lease_holder_id = NULL, lease_station_id = NULL, lease_expires_at = NULL "
            f"WHERE id IN ({placeholders(len(chunk))}) AND status = 'leased' "
            "AND lease_holder_id = ?",
            (*chunk, holder_id),
        )
