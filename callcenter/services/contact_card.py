"""Everything the one-screen contact view needs, read in a handful of indexed queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from callcenter.models import CallAttempt, Contact, Phone, ResultCode, Volunteer

PRIOR_ATTEMPTS_SHOWN = 10


@dataclass(frozen=True)
class PhoneView:
    id: int
    number_e164: str
    kind: str
    is_bad: bool
    do_not_call: bool
    attempts: int

    @property
    def callable(self) -> bool:
        return not (self.is_bad or self.do_not_call)


@dataclass(frozen=True)
class HouseholdMember:
    contact_id: int
    name: str
    shares_number: str | None


@dataclass(frozen=True)
class PriorAttempt:
    op_id: str
    ended_at: datetime
    result_code: str
    result_label: dict[str, str]
    notes: str
    volunteer_name: str


@dataclass(frozen=True)
class ContactCard:
    contact_id: int
    crm_id: str | None
    first_name: str
    last_name: str
    pronunciation: str | None
    birth_year: int | None
    language: str
    street: str | None
    city: str | None
    state: str | None
    postal_code: str | None
    time_zone: str | None
    polling_place: str | None
    do_not_call: bool
    attributes: dict[str, object]
    phones: tuple[PhoneView, ...]
    household: tuple[HouseholdMember, ...]
    prior_attempts: tuple[PriorAttempt, ...]

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def load_contact_card(session: Session, contact_id: int) -> ContactCard:
    """Read with plain SQL rows (no ORM objects): this runs before every contact."""
    conn = session.connection()
    row = conn.execute(
        select(
            Contact.id,
            Contact.crm_id,
            Contact.first_name,
            Contact.last_name,
            Contact.pronunciation,
            Contact.birth_year,
            Contact.language,
            Contact.street,
            Contact.city,
            Contact.state,
            Contact.postal_code,
            Contact.time_zone,
            Contact.polling_place,
            Contact.do_not_call,
            Contact.attributes,
            Contact.household_id,
        ).where(Contact.id == contact_id)
    ).one_or_none()
    if row is None:
        raise LookupError(f"contact {contact_id} does not exist")
    phones = tuple(
        PhoneView(*p)
        for p in conn.execute(
            select(
                Phone.id,
                Phone.number_e164,
                Phone.kind,
                Phone.is_bad,
                Phone.do_not_call,
                Phone.attempts,
            )
            .where(Phone.contact_id == contact_id)
            .order_by(Phone.position, Phone.id)
        )
    )
    return ContactCard(
        *row[:14],
        attributes=dict(row.attributes or {}),
        phones=phones,
        household=_household(conn, contact_id, row.household_id, [p.number_e164 for p in phones]),
        prior_attempts=_prior_attempts(conn, contact_id),
    )


def _household(
    conn: Connection, contact_id: int, household_id: int | None, numbers: list[str]
) -> tuple[HouseholdMember, ...]:
    """Other people in the same household or reachable on one of the same numbers."""
    members: dict[int, HouseholdMember] = {}
    if numbers:
        rows = conn.execute(
            select(Contact.id, Contact.first_name, Contact.last_name, Phone.number_e164)
            .join(Phone, Phone.contact_id == Contact.id)
            .where(Phone.number_e164.in_(numbers), Contact.id != contact_id)
            .limit(20)
        )
        for cid, first, last, number in rows:
            members.setdefault(cid, HouseholdMember(cid, f"{first} {last}".strip(), number))
    if household_id is not None:
        rows = conn.execute(
            select(Contact.id, Contact.first_name, Contact.last_name)
            .where(Contact.household_id == household_id, Contact.id != contact_id)
            .limit(20)
        )
        for cid, first, last in rows:
            members.setdefault(cid, HouseholdMember(cid, f"{first} {last}".strip(), None))
    return tuple(members.values())


def _prior_attempts(conn: Connection, contact_id: int) -> tuple[PriorAttempt, ...]:
    rows = conn.execute(
        select(
            CallAttempt.op_id,
            CallAttempt.ended_at,
            ResultCode.code,
            ResultCode.label,
            CallAttempt.notes,
            Volunteer.first_name,
            Volunteer.last_name,
        )
        .join(ResultCode, ResultCode.id == CallAttempt.result_code_id)
        .join(Volunteer, Volunteer.id == CallAttempt.volunteer_id)
        .where(CallAttempt.contact_id == contact_id)
        .order_by(CallAttempt.ended_at.desc())
        .limit(PRIOR_ATTEMPTS_SHOWN)
    )
    return tuple(
        PriorAttempt(op, ended, code, dict(label or {}), notes or "", f"{vf} {vl}".strip())
        for op, ended, code, label, notes, vf, vl in rows
    )
