"""Everything the one-screen contact view needs, read in a handful of indexed queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
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
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise LookupError(f"contact {contact_id} does not exist")
    phones = session.scalars(
        select(Phone).where(Phone.contact_id == contact_id).order_by(Phone.position, Phone.id)
    ).all()
    phone_views = tuple(
        PhoneView(p.id, p.number_e164, p.kind, p.is_bad, p.do_not_call, p.attempts) for p in phones
    )
    return ContactCard(
        contact_id=contact.id,
        crm_id=contact.crm_id,
        first_name=contact.first_name,
        last_name=contact.last_name,
        pronunciation=contact.pronunciation,
        birth_year=contact.birth_year,
        language=contact.language,
        street=contact.street,
        city=contact.city,
        state=contact.state,
        postal_code=contact.postal_code,
        time_zone=contact.time_zone,
        polling_place=contact.polling_place,
        do_not_call=contact.do_not_call,
        attributes=dict(contact.attributes or {}),
        phones=phone_views,
        household=_household(session, contact, [p.number_e164 for p in phones]),
        prior_attempts=_prior_attempts(session, contact_id),
    )


def _household(
    session: Session, contact: Contact, numbers: list[str]
) -> tuple[HouseholdMember, ...]:
    """Other people in the same household or reachable on one of the same numbers."""
    members: dict[int, HouseholdMember] = {}
    if numbers:
        rows = session.execute(
            select(Contact.id, Contact.first_name, Contact.last_name, Phone.number_e164)
            .join(Phone, Phone.contact_id == Contact.id)
            .where(Phone.number_e164.in_(numbers), Contact.id != contact.id)
            .limit(20)
        )
        for cid, first, last, number in rows:
            members.setdefault(cid, HouseholdMember(cid, f"{first} {last}".strip(), number))
    if contact.household_id is not None:
        rows = session.execute(
            select(Contact.id, Contact.first_name, Contact.last_name)
            .where(Contact.household_id == contact.household_id, Contact.id != contact.id)
            .limit(20)
        )
        for cid, first, last in rows:
            members.setdefault(cid, HouseholdMember(cid, f"{first} {last}".strip(), None))
    return tuple(members.values())


def _prior_attempts(session: Session, contact_id: int) -> tuple[PriorAttempt, ...]:
    rows = session.execute(
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
