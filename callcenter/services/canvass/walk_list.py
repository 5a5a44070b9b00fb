"""The turf as people walk it: streets, households in walk order, the people in each.

One read serves door mode, the paper entry screen and the printed walk sheets,
so all three show the same doors in the same order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from callcenter.db import Store
from callcenter.errors import InvalidInputError
from callcenter.messages import msg
from callcenter.services.canvass.addresses import StreetAddress, parse_street
from callcenter.services.canvass.checkout import CheckoutView, get_checkout
from callcenter.services.canvass.door_codes import DOOR_CODES
from callcenter.services.scripts import ScriptView, script_for_campaign
from callcenter.services.sqlrows import from_db, from_json, rows


@dataclass(frozen=True)
class DoorResult:
    """A door result with its key in door mode and on paper ('1' ...)."""

    key: str
    id: int
    code: str
    label: dict[str, str]
    counts_as_contact: bool


@dataclass(frozen=True)
class WalkPerson:
    entry_id: int
    contact_id: int
    walk_position: int
    first_name: str
    last_name: str
    birth_year: int | None
    language: str
    entry_status: str
    # The latest result taken in this checkout, if any.
    result_code: str | None
    result_label: dict[str, str]
    result_at: datetime | None

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def is_open(self) -> bool:
        """Still to visit: nothing recorded here yet, or only a try-again result."""
        return self.entry_status not in ("done", "skipped")


@dataclass(frozen=True)
class WalkHousehold:
    key: str
    house_label: str
    street: str
    postal_code: str | None
    city: str | None
    people: tuple[WalkPerson, ...]

    @property
    def visited(self) -> bool:
        return any(p.result_code for p in self.people)


@dataclass(frozen=True)
class WalkStreet:
    name: str
    households: tuple[WalkHousehold, ...]


@dataclass(frozen=True)
class WalkList:
    checkout: CheckoutView
    streets: tuple[WalkStreet, ...]
    door_results: tuple[DoorResult, ...]
    script: ScriptView | None

    @property
    def households(self) -> list[WalkHousehold]:
        return [h for street in self.streets for h in street.households]

    @property
    def people(self) -> list[WalkPerson]:
        return [p for h in self.households for p in h.people]


def load_walk_list(store: Store, checkout_id: int) -> WalkList:
    """The checkout's turf in walk order (readable in every state, expired included)."""
    checkout = get_checkout(store, checkout_id)
    with store.read() as session:
        conn = session.connection()
        found = rows(
            conn,
            "SELECT ke.entry_id, e.contact_id, ke.walk_position, ke.household_key, "
            "c.first_name, c.last_name, c.birth_year, c.language, e.status, "
            "c.street, c.postal_code, c.city FROM canvass_checkout_entry ke "
            "JOIN call_list_entry e ON e.id = ke.entry_id JOIN contact c ON c.id = e.contact_id "
            "WHERE ke.checkout_id = ? ORDER BY ke.walk_position",
            (checkout_id,),
        )
        latest = {
            entry_id: (code, from_json(label) or {}, from_db(ended))
            for entry_id, code, label, ended in rows(
                conn,
                "SELECT a.entry_id, r.code, r.label, a.ended_at FROM canvass_result cr "
                "JOIN call_attempt a ON a.id = cr.attempt_id "
                "JOIN result_code r ON r.id = a.result_code_id "
                "WHERE cr.checkout_id = ? ORDER BY a.id",
                (checkout_id,),
            )
        }
        codes = dict(
            rows(
                conn,
                "SELECT code, id FROM result_code WHERE campaign_id = ? AND code LIKE 'DOOR\\_%' "
                "ESCAPE '\\'",
                (checkout.campaign_id,),
            )
        )
        script = script_for_campaign(session, checkout.campaign_id)
    if not codes:
        raise InvalidInputError(
            msg("canvass_walk_list.campaign_has_no_door_results", name=checkout.name)
        )
    door_results = tuple(
        DoorResult(str(i), codes[d.code], d.code, d.label, d.counts_as_contact)
        for i, d in enumerate((d for d in DOOR_CODES if d.code in codes), start=1)
    )
    people: dict[str, list[WalkPerson]] = {}
    first_row: dict[str, tuple[StreetAddress, str | None, str | None]] = {}
    for r in found:
        code, label, at = latest.get(r.entry_id, (None, {}, None))
        people.setdefault(r.household_key, []).append(
            WalkPerson(
                r.entry_id,
                r.contact_id,
                r.walk_position,
                r.first_name or "",
                r.last_name or "",
                r.birth_year,
                r.language or "en",
                r.status,
                code,
                label,
                at,
            )
        )
        if r.household_key not in first_row:
            first_row[r.household_key] = (parse_street(r.street), r.postal_code, r.city)
    # Households come in walk order; a new street section starts where the street changes.
    streets: list[tuple[tuple[str, str], str, list[WalkHousehold]]] = []
    for key, (address, postal, city) in first_row.items():
        street_id = (address.street_key, (postal or "")[:5])
        if not streets or streets[-1][0] != street_id:
            streets.append((street_id, address.street, []))
        streets[-1][2].append(
            WalkHousehold(
                key, address.house_label, address.street, postal, city, tuple(people[key])
            )
        )
    return WalkList(
        checkout=checkout,
        streets=tuple(WalkStreet(name, tuple(hs)) for _, name, hs in streets),
        door_results=door_results,
        script=script,
    )
