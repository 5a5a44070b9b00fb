"""Cutting a turf from a call list: by ZIP, by street, or the first N households in walk order.

Only open entries qualify (pending or callback, not in another open checkout,
not do-not-call).  People are grouped into households (the CRM's household,
else one address) and put in walk order, so the cut, the walk list and the
walk sheets agree on who is where.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from callcenter.db import Store
from callcenter.errors import InvalidInputError
from callcenter.messages import msg
from callcenter.services.canvass.addresses import StreetAddress, parse_street, street_key, walk_key
from callcenter.services.sqlrows import escape_like, one, placeholders, rows

# Statuses a turf may take an entry from; leased ones are someone's now.
OPEN_FOR_TURF = ("pending", "callback")
# Online, sync may also claim members this laptop holds no CRM lease on yet.
CLAIMABLE_FOR_TURF = (*OPEN_FOR_TURF, "unheld")
HOUSEHOLD_KEY_CHARS = 120
# Listing a list's streets parses every street line; beyond this, narrow by ZIP first.
MAX_STREET_SCAN = 50_000


@dataclass(frozen=True)
class TurfCut:
    """Which part of a list to take; filters combine, an empty cut takes the whole list."""

    list_id: int
    zips: tuple[str, ...] = ()
    streets: tuple[str, ...] = ()
    max_households: int | None = None

    def as_record(self) -> dict[str, Any]:
        return {
            "list_id": self.list_id,
            "zips": list(self.zips),
            "streets": list(self.streets),
            "max_households": self.max_households,
        }


@dataclass(frozen=True)
class TurfMember:
    entry_id: int
    contact_id: int
    household_key: str
    address: StreetAddress
    postal_code: str | None
    walk_position: int


@dataclass(frozen=True)
class _Candidate:
    entry_id: int
    contact_id: int
    household_key: str
    address: StreetAddress
    postal_code: str | None
    name_key: tuple[str, str]


@dataclass(frozen=True)
class TurfPreview:
    list_id: int
    list_name: str
    campaign_id: int
    campaign_name: str
    households: int
    people: int
    streets: tuple[str, ...]


@dataclass(frozen=True)
class ListChoice:
    """A list a team lead can cut a turf from, with its parts for the cut pickers."""

    list_id: int
    list_name: str
    campaign_id: int
    campaign_name: str
    open_entries: int


def list_choices(store: Store, *, claimable: bool = False) -> list[ListChoice]:
    """Lists of active campaigns with open entries (the trigger-kept counters: no scan).

    ``claimable``: with a CRM connected, entries sync may still lease count too.
    """
    statuses = CLAIMABLE_FOR_TURF if claimable else OPEN_FOR_TURF
    with store.read() as session:
        found = rows(
            session.connection(),
            "SELECT l.id, l.name, c.id, c.name, coalesce(sum(p.n), 0) FROM call_list l "
            "JOIN campaign c ON c.id = l.campaign_id LEFT JOIN list_progress p "
            f"ON p.list_id = l.id AND p.status IN ({placeholders(len(statuses))}) "
            "WHERE c.is_active = 1 GROUP BY l.id ORDER BY c.name, l.name",
            statuses,
        )
    return [ListChoice(*r) for r in found]


def list_streets(
    store: Store, list_id: int, zips: Sequence[str] = (), *, claimable: bool = False
) -> list[tuple[str, int]] | None:
    """Streets with open entries on the list (optionally within ZIPs): (name, people).

    None when that means reading more than ``MAX_STREET_SCAN`` entries: pick a ZIP first.
    """
    with store.read() as session:
        members = _open_members(
            session.connection(),
            TurfCut(list_id, tuple(zips)),
            limit=MAX_STREET_SCAN + 1,
            statuses=CLAIMABLE_FOR_TURF if claimable else OPEN_FOR_TURF,
        )
    if len(members) > MAX_STREET_SCAN:
        return None
    counts: dict[str, tuple[str, int]] = {}
    for member in members:
        key = member.address.street_key
        name, n = counts.get(key, (member.address.street, 0))
        counts[key] = (name, n + 1)
    return [counts[key] for key in sorted(counts)]


def preview_turf(store: Store, cut: TurfCut, *, claimable: bool = False) -> TurfPreview:
    """What a cut would take, before anything is checked out (``claimable``: online)."""
    with store.read() as session:
        conn = session.connection()
        heading = _list_heading(conn, cut.list_id)
        members = select_turf(conn, cut, CLAIMABLE_FOR_TURF if claimable else OPEN_FOR_TURF)
    return TurfPreview(
        *heading,
        households=len({m.household_key for m in members}),
        people=len(members),
        streets=tuple(
            {m.address.street_key: m.address.street for m in reversed(members)}[key]
            for key in dict.fromkeys(m.address.street_key for m in members)
            if key
        ),
    )


def turf_candidates(store: Store, cut: TurfCut) -> list[int]:
    """Entry ids a cut would take online, before the CRM is asked for their leases."""
    with store.read() as session:
        return [m.entry_id for m in select_turf(session.connection(), cut, CLAIMABLE_FOR_TURF)]


def select_turf(
    conn: Connection,
    cut: TurfCut,
    statuses: tuple[str, ...] = OPEN_FOR_TURF,
    only: frozenset[int] | None = None,
) -> list[TurfMember]:
    """The cut's open entries in walk order, numbered; the household limit applies last.

    ``only`` keeps just those entries (the ones whose CRM leases were won).
    """
    members = _open_members(conn, cut, statuses=statuses)
    if only is not None:
        members = [m for m in members if m.entry_id in only]
    if cut.streets:
        wanted = {street_key(s) for s in cut.streets if s.strip()}
        members = [m for m in members if m.address.street_key in wanted]
    # A household walks where its first member in walk order lives.
    first_key: dict[str, tuple[object, ...]] = {}
    for m in members:
        key = walk_key(m.address, m.postal_code)
        if m.household_key not in first_key or key < first_key[m.household_key]:
            first_key[m.household_key] = key
    members.sort(
        key=lambda m: (first_key[m.household_key], m.household_key, m.name_key, m.entry_id)
    )
    if cut.max_households is not None:
        if cut.max_households < 1:
            raise InvalidInputError(msg("canvass_turf.take_at_least_one_household"))
        kept = list(dict.fromkeys(m.household_key for m in members))[: cut.max_households]
        members = [m for m in members if m.household_key in set(kept)]
    return [
        TurfMember(m.entry_id, m.contact_id, m.household_key, m.address, m.postal_code, i)
        for i, m in enumerate(members)
    ]


def _list_heading(conn: Connection, list_id: int) -> tuple[int, str, int, str]:
    found = one(
        conn,
        "SELECT l.id, l.name, c.id, c.name FROM call_list l "
        "JOIN campaign c ON c.id = l.campaign_id WHERE l.id = ?",
        (list_id,),
    )
    if found is None:
        raise InvalidInputError(msg("canvass_checkout.call_list_does_not_exist", list_id=list_id))
    return (found[0], found[1], found[2], found[3])


def _open_members(
    conn: Connection,
    cut: TurfCut,
    limit: int | None = None,
    statuses: tuple[str, ...] = OPEN_FOR_TURF,
) -> list[_Candidate]:
    """Open entries of the list, filtered by ZIP in SQL and by street words as a pre-filter."""
    sql = (
        "SELECT e.id, e.contact_id, c.household_id, c.street, c.postal_code, "
        "c.last_name, c.first_name FROM call_list_entry e JOIN contact c ON c.id = e.contact_id "
        f"WHERE e.list_id = ? AND e.status IN ({placeholders(len(statuses))}) "
        "AND c.do_not_call = 0 "
        "AND NOT EXISTS (SELECT 1 FROM canvass_checkout_entry ke JOIN canvass_checkout k "
        "ON k.id = ke.checkout_id WHERE ke.entry_id = e.id AND k.status = 'active')"
    )
    params: list[object] = [cut.list_id, *statuses]
    zips = [z.strip() for z in cut.zips if z.strip()]
    if zips:
        sql += " AND (" + " OR ".join("c.postal_code LIKE ? ESCAPE '\\'" for _ in zips) + ")"
        params += [_like_prefix(z) for z in zips]
    words = [_longest_word(s) for s in cut.streets if s.strip()]
    if words and all(w.isascii() for w in words):
        # SQLite's LIKE folds ASCII case only; the exact match by street key follows.
        sql += " AND (" + " OR ".join("c.street LIKE ? ESCAPE '\\'" for _ in words) + ")"
        params += [f"%{escape_like(w)}%" for w in words]
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    members = []
    for entry_id, contact_id, household_id, street, postal, last, first in rows(conn, sql, params):
        address = parse_street(street)
        members.append(
            _Candidate(
                entry_id,
                contact_id,
                _household_key(household_id, address, postal),
                address,
                postal,
                ((last or "").casefold(), (first or "").casefold()),
            )
        )
    return members


def _household_key(household_id: int | None, address: StreetAddress, postal: str | None) -> str:
    if household_id is not None:
        return f"h{household_id}"
    parts = (address.street_key, address.number_text, address.unit, (postal or "")[:5])
    return ("a" + "|".join(parts))[:HOUSEHOLD_KEY_CHARS]


def _longest_word(street: str) -> str:
    words = [w for w in street_key(street).split() if w not in ("str", "st", "ave", "rd")]
    return max(words or [street.strip()], key=len)


def _like_prefix(text: str) -> str:
    return escape_like(text) + "%"
