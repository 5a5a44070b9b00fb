"""Everything the one-screen contact view needs, read in a handful of indexed queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from callcenter.services.sqlrows import from_db, from_json, one, placeholders, rows

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
    """Read with plain SQL (see ``sqlrows``): this runs before every contact."""
    conn = session.connection()
    row = one(
        conn,
        "SELECT id, crm_id, first_name, last_name, pronunciation, birth_year, language, "
        "street, city, state, postal_code, time_zone, polling_place, do_not_call, attributes, "
        "household_id FROM contact WHERE id = ?",
        (contact_id,),
    )
    if row is None:
        raise LookupError(f"contact {contact_id} does not exist")
    phones = tuple(
        PhoneView(pid, number, kind, bool(bad), bool(dnc), attempts)
        for pid, number, kind, bad, dnc, attempts in rows(
            conn,
            "SELECT id, number_e164, kind, is_bad, do_not_call, attempts FROM phone "
            "WHERE contact_id = ? ORDER BY position, id",
            (contact_id,),
        )
    )
    return ContactCard(
        *row[:13],
        do_not_call=bool(row.do_not_call),
        attributes=from_json(row.attributes) or {},
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
        found = rows(
            conn,
            "SELECT c.id, c.first_name, c.last_name, p.number_e164 FROM phone p "
            "JOIN contact c ON c.id = p.contact_id "
            f"WHERE p.number_e164 IN ({placeholders(len(numbers))}) AND c.id != ? LIMIT 20",
            (*numbers, contact_id),
        )
        for cid, first, last, number in found:
            members.setdefault(cid, HouseholdMember(cid, f"{first} {last}".strip(), number))
    if household_id is not None:
        found = rows(
            conn,
            "SELECT id, first_name, last_name FROM contact WHERE household_id = ? AND id != ? "
            "LIMIT 20",
            (household_id, contact_id),
        )
        for cid, first, last in found:
            members.setdefault(cid, HouseholdMember(cid, f"{first} {last}".strip(), None))
    return tuple(members.values())


def _prior_attempts(conn: Connection, contact_id: int) -> tuple[PriorAttempt, ...]:
    found = rows(
        conn,
        "SELECT a.op_id, a.ended_at, r.code, r.label, a.notes, v.first_name, v.last_name "
        "FROM call_attempt a JOIN result_code r ON r.id = a.result_code_id "
        "JOIN volunteer v ON v.id = a.volunteer_id "
        "WHERE a.contact_id = ? ORDER BY a.ended_at DESC LIMIT ?",
        (contact_id, PRIOR_ATTEMPTS_SHOWN),
    )
    return tuple(
        PriorAttempt(
            op,
            from_db(ended),  # type: ignore[arg-type]
            code,
            from_json(label) or {},
            notes or "",
            f"{vf} {vl}".strip(),
        )
        for op, ended, code, label, notes, vf, vl in found
    )
