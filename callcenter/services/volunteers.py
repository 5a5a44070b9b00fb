"""Volunteer lifecycle: activate, suspend, reactivate, deactivate, reset PIN, change role.

Permission rules live here, not in widgets, so the CLI obeys them too:

- only active shift leads and admins manage volunteers;
- a shift lead manages volunteers only; admins manage everyone;
- only admins change roles, and nobody removes the last active admin.

Every change is one transaction that writes an audit event and an outbox row
for the CRM.  Codes and PINs are issued at activation and on a PIN reset and
returned once, in clear, to be shown or printed; only their hashes are stored.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from callcenter.db import Store
from callcenter.errors import InvalidInputError, NotAllowedError
from callcenter.ids import new_op_id
from callcenter.messages import Message, and_more, msg, status_word
from callcenter.models import (
    AuditEvent,
    Campaign,
    Outbox,
    Volunteer,
    VolunteerCampaign,
    VolunteerRole,
    VolunteerSession,
    VolunteerStatus,
    utcnow,
)
from callcenter.security import hash_pin, new_pin, new_volunteer_code
from callcenter.services.calls import release_all_leases

log = logging.getLogger(__name__)

MANAGERS = {VolunteerRole.SHIFT_LEAD, VolunteerRole.ADMIN}

# Allowed moves: action -> (from statuses, to status).
TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
    "activate": (
        frozenset({VolunteerStatus.PENDING, VolunteerStatus.DEACTIVATED}),
        VolunteerStatus.ACTIVE,
    ),
    "suspend": (frozenset({VolunteerStatus.ACTIVE}), VolunteerStatus.SUSPENDED),
    "reactivate": (frozenset({VolunteerStatus.SUSPENDED}), VolunteerStatus.ACTIVE),
    "deactivate": (
        frozenset({VolunteerStatus.PENDING, VolunteerStatus.ACTIVE, VolunteerStatus.SUSPENDED}),
        VolunteerStatus.DEACTIVATED,
    ),
}


@dataclass(frozen=True)
class IssuedCredential:
    """Shown once and printed on the volunteer's slip; never stored in clear."""

    volunteer_id: int
    name: str
    code: str
    pin: str


@dataclass(frozen=True)
class StatusChange:
    volunteer_ids: tuple[int, ...]
    new_status: str
    leases_released: int
    sessions_ended: int


def hash_pins(pins: Sequence[str], workers: int | None = None) -> list[str]:
    """Argon2 hashes of many PINs at once; argon2 releases the GIL, so threads help."""
    if len(pins) < 4:
        return [hash_pin(p) for p in pins]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(hash_pin, pins))


# --- permission checks --------------------------------------------------------------------


def require_manager(session: Session, actor_id: int | None, refusal: Message) -> Volunteer:
    """The actor, if an active shift lead or admin; else NotAllowedError(refusal)."""
    actor = session.get(Volunteer, actor_id) if actor_id is not None else None
    if actor is None or actor.status != VolunteerStatus.ACTIVE or actor.role not in MANAGERS:
        raise NotAllowedError(refusal)
    return actor


def _manager(session: Session, actor_id: int) -> Volunteer:
    return require_manager(session, actor_id, msg("volunteers.only_active_shift_lead_admin"))


def _check_may_manage(actor: Volunteer, subject: Volunteer) -> None:
    if actor.role == VolunteerRole.ADMIN:
        return
    if subject.role != VolunteerRole.VOLUNTEER:
        key = (
            "volunteers.is_admin_only_admin"
            if subject.role == VolunteerRole.ADMIN
            else "volunteers.is_shift_lead_only_admin"
        )
        raise NotAllowedError(msg(key, name=subject.display_name))


def _subjects(session: Session, actor: Volunteer, ids: Iterable[int]) -> list[Volunteer]:
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        raise InvalidInputError(msg("volunteers.select_at_least_one_volunteer"))
    found = {v.id: v for v in session.scalars(select(Volunteer).where(Volunteer.id.in_(wanted)))}
    missing = [i for i in wanted if i not in found]
    if missing:
        raise InvalidInputError(msg("volunteers.no_volunteer_id", missing=missing[0]))
    subjects = [found[i] for i in wanted]
    for subject in subjects:
        _check_may_manage(actor, subject)
    return subjects


def _check_move(action: str, subjects: list[Volunteer]) -> str:
    allowed_from, to_status = TRANSITIONS[action]
    wrong = [v for v in subjects if v.status not in allowed_from]
    if wrong:
        v = wrong[0]
        raise InvalidInputError(
            msg(
                f"volunteers.cannot_{action}",
                name=v.display_name or v.code,
                more=and_more(len(wrong) - 1),
                status=status_word(v.status),
            )
        )
    return to_status


def _keep_an_admin(session: Session, leaving: list[Volunteer]) -> None:
    admins_leaving = {
        v.id
        for v in leaving
        if v.role == VolunteerRole.ADMIN and v.status == VolunteerStatus.ACTIVE
    }
    if not admins_leaving:
        return
    active_admins = set(
        session.scalars(
            select(Volunteer.id).where(
                Volunteer.role == VolunteerRole.ADMIN, Volunteer.status == VolunteerStatus.ACTIVE
            )
        )
    )
    if not active_admins - admins_leaving:
        raise NotAllowedError(msg("volunteers.would_leave_no_active_admin"))


# --- audit and outbox ---------------------------------------------------------------------


def _audit_row(
    action: str,
    actor: Volunteer | None,
    subject: Volunteer,
    station_id: int | None,
    now: datetime,
    **detail: object,
) -> dict[str, object]:
    return {
        "op_id": new_op_id(),
        "at": now,
        "action": action,
        "actor_id": actor.id if actor else None,
        "subject_id": subject.id,
        "station_id": station_id,
        "detail": detail,
    }


def _audit(
    session: Session,
    action: str,
    actor: Volunteer | None,
    subject: Volunteer,
    station_id: int | None,
    now: datetime,
    **detail: object,
) -> None:
    session.add(AuditEvent(**_audit_row(action, actor, subject, station_id, now, **detail)))


def _status_row(subject: Volunteer, status: str, now: datetime) -> dict[str, object]:
    return {
        "op_id": new_op_id(),
        "kind": "volunteer_status",
        "payload": {
            "volunteer_uid": subject.uid,
            "volunteer_crm_id": subject.crm_id,
            "status": status,
            "role": subject.role,
            "at": now.isoformat(),
        },
        "created_at": now,
    }


def _queue_status(session: Session, subject: Volunteer, now: datetime) -> None:
    session.add(Outbox(**_status_row(subject, subject.status, now)))


# --- actions ------------------------------------------------------------------------------


def activate_volunteers(
    store: Store,
    actor_id: int,
    volunteer_ids: Sequence[int],
    *,
    campaign_ids: Sequence[int] = (),
    station_id: int | None = None,
    languages: Sequence[str] | None = None,
    shift_ends_at: datetime | None = None,
    now: datetime | None = None,
) -> list[IssuedCredential]:
    """Activate pending (or returning) volunteers, issuing each a code and a PIN.

    One transaction, without the slow part: the PINs come back in clear to be
    shown and printed, and their argon2 hashes are written by ``issue_pins``
    (a few seconds for hundreds of volunteers, in a worker).  Until then the
    volunteer is active but cannot sign in yet and is told so.
    """
    now = now or utcnow()
    rng = secrets.SystemRandom()
    issued: list[IssuedCredential] = []
    with store.write() as session:
        actor = _manager(session, actor_id)
        subjects = _subjects(session, actor, volunteer_ids)
        to_status = _check_move("activate", subjects)
        campaigns = _campaigns(session, campaign_ids)
        taken = set(session.scalars(select(Volunteer.code).where(Volunteer.code.is_not(None))))
        assigned = _assignments(session, [v.id for v in subjects])
        for subject in subjects:
            code = subject.code
            if not code or subject.status == VolunteerStatus.DEACTIVATED:
                code = _unique_code(rng, taken)
            subject.code = code
            subject.pin_hash = None
            subject.status = to_status
            subject.activated_at = now
            subject.deactivated_at = None
            subject.failed_pin_attempts = 0
            subject.locked_until = None
            subject.station_id = station_id
            subject.shift_ends_at = shift_ends_at
            if languages is not None:
                subject.languages = list(languages)
            session.add_all(
                VolunteerCampaign(volunteer_id=subject.id, campaign_id=c.id)
                for c in campaigns
                if (subject.id, c.id) not in assigned
            )
            _audit(
                session,
                "activate",
                actor,
                subject,
                station_id,
                now,
                campaigns=[c.id for c in campaigns],
            )
            _queue_status(session, subject, now)
            issued.append(IssuedCredential(subject.id, subject.display_name, code, new_pin(rng)))
    log.info("activated %d volunteers", len(issued))
    return issued


def issue_pins(
    store: Store,
    credentials: Sequence[IssuedCredential],
    *,
    workers: int | None = None,
) -> int:
    """Hash and store the PINs handed out at activation; returns how many were stored.

    A PIN is stored only while its volunteer is still active and waiting for
    one (a reset or deactivation meanwhile wins).
    """
    hashes = hash_pins([c.pin for c in credentials], workers)
    stored = 0
    with store.write() as session:
        for cred, pin_hash in zip(credentials, hashes, strict=True):
            result = session.execute(
                update(Volunteer)
                .where(
                    Volunteer.id == cred.volunteer_id,
                    Volunteer.code == cred.code,
                    Volunteer.status == VolunteerStatus.ACTIVE,
                    Volunteer.pin_hash.is_(None),
                )
                .values(pin_hash=pin_hash)
                .execution_options(synchronize_session=False)
            )
            stored += result.rowcount or 0
    return stored


def _assignments(session: Session, volunteer_ids: list[int]) -> set[tuple[int, int]]:
    rows = session.execute(
        select(VolunteerCampaign.volunteer_id, VolunteerCampaign.campaign_id).where(
            VolunteerCampaign.volunteer_id.in_(volunteer_ids)
        )
    )
    return {(vid, cid) for vid, cid in rows}


def _campaigns(session: Session, campaign_ids: Sequence[int]) -> list[Campaign]:
    campaigns = list(session.scalars(select(Campaign).where(Campaign.id.in_(campaign_ids))))
    missing = set(campaign_ids) - {c.id for c in campaigns}
    if missing:
        raise InvalidInputError(msg("volunteers.no_campaign_id", value=min(missing)))
    return campaigns


def _unique_code(rng: secrets.SystemRandom, taken: set[str | None]) -> str:
    while True:
        code = new_volunteer_code(rng)
        if code not in taken:
            taken.add(code)
            return code


def change_status(
    store: Store,
    actor_id: int,
    volunteer_ids: Sequence[int],
    action: str,
    *,
    station_id: int | None = None,
    reason: str = "",
    now: datetime | None = None,
) -> StatusChange:
    """Suspend, reactivate or deactivate one or many volunteers in one step.

    Suspending or deactivating signs them out at once (their open sessions end)
    and returns every contact they hold to the pool; their recorded calls stay.
    """
    if action not in ("suspend", "reactivate", "deactivate"):
        raise InvalidInputError(msg("volunteers.unknown_action", action=action))
    now = now or utcnow()
    with store.write() as session:
        actor = _manager(session, actor_id)
        subjects = _subjects(session, actor, volunteer_ids)
        to_status = _check_move(action, subjects)
        released = ended = 0
        if to_status != VolunteerStatus.ACTIVE:
            _keep_an_admin(session, subjects)
            ids = [v.id for v in subjects]
            released = release_all_leases(session, ids)
            ended = _end_sessions(session, ids, now)
        # Plain bulk statements: for a whole shift the ORM's unit of work costs more
        # than the rows (the loaded objects are not used after this).
        values: dict[str, object] = {"status": to_status}
        if to_status == VolunteerStatus.DEACTIVATED:
            values["deactivated_at"] = now
        ids = [v.id for v in subjects]
        for start in range(0, len(ids), 500):
            session.execute(
                update(Volunteer)
                .where(Volunteer.id.in_(ids[start : start + 500]))
                .values(values)
                .execution_options(synchronize_session=False)
            )
        session.execute(
            insert(AuditEvent),
            [_audit_row(action, actor, v, station_id, now, reason=reason) for v in subjects],
        )
        session.execute(insert(Outbox), [_status_row(v, to_status, now) for v in subjects])
    log.info("%s: %d volunteers, %d leases released", action, len(subjects), released)
    return StatusChange(tuple(v.id for v in subjects), to_status, released, ended)


def _end_sessions(session: Session, volunteer_ids: list[int], now: datetime) -> int:
    ended = 0
    for start in range(0, len(volunteer_ids), 500):
        result = session.execute(
            update(VolunteerSession)
            .where(
                VolunteerSession.volunteer_id.in_(volunteer_ids[start : start + 500]),
                VolunteerSession.ended_at.is_(None),
            )
            .values(ended_at=now)
            .execution_options(synchronize_session=False)
        )
        ended += result.rowcount or 0
    return ended


def reset_pin(
    store: Store,
    actor_id: int,
    volunteer_id: int,
    *,
    station_id: int | None = None,
    now: datetime | None = None,
) -> IssuedCredential:
    """A new PIN (and an unlocked code) for a volunteer who forgot theirs."""
    now = now or utcnow()
    pin = new_pin()
    pin_hash = hash_pin(pin)
    with store.write() as session:
        actor = _manager(session, actor_id)
        [subject] = _subjects(session, actor, [volunteer_id])
        if subject.status in (VolunteerStatus.PENDING, VolunteerStatus.DEACTIVATED):
            raise InvalidInputError(
                msg(
                    "volunteers.activate_them_issue_pin",
                    name=subject.display_name,
                    status=status_word(subject.status),
                )
            )
        subject.pin_hash = pin_hash
        subject.failed_pin_attempts = 0
        subject.locked_until = None
        _audit(session, "reset_pin", actor, subject, station_id, now)
        assert subject.code is not None
        return IssuedCredential(subject.id, subject.display_name, subject.code, pin)


def change_role(
    store: Store,
    actor_id: int,
    volunteer_id: int,
    role: str,
    *,
    station_id: int | None = None,
    now: datetime | None = None,
) -> None:
    now = now or utcnow()
    if role not in set(VolunteerRole):
        raise InvalidInputError(
            msg(
                "volunteer_directory.unknown_role_use_one",
                role=role,
                items=", ".join(r.value for r in VolunteerRole),
            )
        )
    with store.write() as session:
        actor = _manager(session, actor_id)
        if actor.role != VolunteerRole.ADMIN:
            raise NotAllowedError(msg("volunteers.only_admin_can_change_roles"))
        [subject] = _subjects(session, actor, [volunteer_id])
        if subject.role == role:
            return
        if subject.role == VolunteerRole.ADMIN:
            _keep_an_admin(session, [subject])
        old = subject.role
        subject.role = role
        _audit(session, "change_role", actor, subject, station_id, now, old=old, new=role)
        _queue_status(session, subject, now)


def count_by_status(store: Store) -> dict[str, int]:
    with store.read() as s:
        rows = s.execute(select(Volunteer.status, func.count()).group_by(Volunteer.status))
        return {status: n for status, n in rows}


def register_volunteer(
    store: Store,
    *,
    first_name: str,
    last_name: str,
    email: str | None = None,
    phone: str | None = None,
    languages: Sequence[str] = ("en",),
    crm_id: str | None = None,
) -> int:
    """Add a walk-in or sign-up as pending: no code or PIN until a lead activates them."""
    first, last = first_name.strip(), last_name.strip()
    if not first or not last:
        raise InvalidInputError(msg("volunteers.volunteer_needs_first_last_name"))
    if email is not None and email.strip() and "@" not in email:
        raise InvalidInputError(msg("volunteers.not_email_address", email=email))
    with store.write() as session:
        volunteer = Volunteer(
            uid=new_op_id(),
            crm_id=crm_id,
            first_name=first[:80],
            last_name=last[:80],
            email=(email or "").strip() or None,
            phone=(phone or "").strip() or None,
            languages=list(languages),
            status=VolunteerStatus.PENDING,
            role=VolunteerRole.VOLUNTEER,
        )
        session.add(volunteer)
        session.flush()
        return volunteer.id
