"""Volunteer sign-in with a code and PIN issued at activation."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from callcenter.db import Store
from callcenter.errors import SignInRefused
from callcenter.ids import new_op_id
from callcenter.messages import Message, msg
from callcenter.models import (
    Volunteer,
    VolunteerSession,
    VolunteerStatus,
    utcnow,
)
from callcenter.security import normalise_code, verify_pin

log = logging.getLogger(__name__)

MAX_FAILED_PINS = 5
LOCKOUT = timedelta(minutes=5)

_STATUS_REFUSALS = {
    VolunteerStatus.PENDING: msg("auth.pending"),
    VolunteerStatus.SUSPENDED: msg("auth.suspended"),
    VolunteerStatus.DEACTIVATED: msg("auth.deactivated"),
}


@dataclass(frozen=True)
class SignedIn:
    volunteer_id: int
    session_id: int
    display_name: str
    first_name: str
    role: str
    languages: tuple[str, ...]


def sign_in(
    store: Store,
    code: str,
    pin: str,
    *,
    station_id: int | None = None,
    now: datetime | None = None,
) -> SignedIn:
    """Check a code and PIN and open a volunteer session.

    Raises:
        SignInRefused: with one sentence saying why (wrong PIN, locked, or the
            account's status).  Failed attempts are counted even so.
    """
    now = now or utcnow()
    with store.write() as session:
        volunteer, refusal = _check_credentials(session, code, pin, now)
        if volunteer is not None:
            visit = VolunteerSession(
                uid=new_op_id(), volunteer_id=volunteer.id, station_id=station_id, started_at=now
            )
            session.add(visit)
            session.flush()
            signed_in = SignedIn(
                volunteer_id=volunteer.id,
                session_id=visit.id,
                display_name=volunteer.display_name,
                first_name=volunteer.first_name,
                role=volunteer.role,
                languages=tuple(volunteer.languages or ()),
            )
    # Raised after the commit so the failed-PIN counter is kept.
    if refusal is not None:
        raise SignInRefused(refusal)
    log.info("volunteer %s signed in", signed_in.volunteer_id)
    return signed_in


def verify_actor(store: Store, code: str, pin: str, *, now: datetime | None = None) -> int:
    """Check a code and PIN for a scripted command (no session); returns the volunteer id.

    Same rules and lockout as signing in.
    """
    now = now or utcnow()
    with store.write() as session:
        volunteer, refusal = _check_credentials(session, code, pin, now)
        volunteer_id = volunteer.id if volunteer is not None else None
    if refusal is not None or volunteer_id is None:
        raise SignInRefused(refusal or msg("auth.refused"))
    return volunteer_id


def _check_credentials(
    session: Session, code: str, pin: str, now: datetime
) -> tuple[Volunteer | None, Message | None]:
    """The volunteer if code and PIN are right and the account is active, else a refusal."""
    normalised = normalise_code(code)
    if not normalised or not pin:
        return None, msg("auth.enter_code_and_pin")
    volunteer = session.scalar(select(Volunteer).where(Volunteer.code == normalised))
    if volunteer is None:
        return None, msg("auth.no_match")
    if volunteer.locked_until is not None and volunteer.locked_until > now:
        return None, _locked_message(volunteer.locked_until)
    if volunteer.status == VolunteerStatus.PENDING:
        return None, _STATUS_REFUSALS[VolunteerStatus.PENDING]
    if volunteer.pin_hash is None and volunteer.status == VolunteerStatus.ACTIVE:
        return None, msg("auth.pin_being_issued")
    if not verify_pin(volunteer.pin_hash, pin):
        volunteer.failed_pin_attempts += 1
        left = MAX_FAILED_PINS - volunteer.failed_pin_attempts
        log.info("wrong PIN for volunteer %s (%d tries left)", volunteer.id, max(left, 0))
        if left <= 0:
            volunteer.locked_until = now + LOCKOUT
            volunteer.failed_pin_attempts = 0
            return None, _locked_message(volunteer.locked_until)
        key = "auth.no_match_one_try_left" if left == 1 else "auth.no_match_tries_left"
        return None, msg(key, left=left)
    if volunteer.status != VolunteerStatus.ACTIVE:
        return None, _STATUS_REFUSALS[VolunteerStatus(volunteer.status)]
    volunteer.failed_pin_attempts = 0
    volunteer.locked_until = None
    return volunteer, None


def session_is_open(store: Store, session_id: int) -> bool:
    """False once the sign-in has ended (signed out, suspended or deactivated)."""
    with store.read() as session:
        visit = session.get(VolunteerSession, session_id)
        return visit is not None and visit.ended_at is None


def sign_out(store: Store, session_id: int, *, now: datetime | None = None) -> None:
    with store.write() as session:
        visit = session.get(VolunteerSession, session_id)
        if visit is not None and visit.ended_at is None:
            visit.ended_at = now or utcnow()


def _locked_message(until: datetime) -> Message:
    return msg("auth.locked", time=until.astimezone().time())
