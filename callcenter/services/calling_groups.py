"""Calling groups: contacts who may be called at the same moments.

A group is a set of time zones (``time_zones``) and the states whose stricter
hours apply (``calling_hours``).  Every list entry carries its contact's group
(``call_list_entry.calling_group_id``), resolved once: at import, by the demo
generator, or here the first time leasing meets an entry without one (a row
pulled from the CRM, say).  Leasing then asks the queue index only for the
groups whose hours are open now, so out-of-hours contacts are never scanned,
however many there are.  A group with no zones is never open.

Groups are only ever added, never changed or deleted, so what a store's
groups are can be cached by their highest id.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Connection

from callcenter.db import Store
from callcenter.errors import InvalidInputError
from callcenter.messages import msg
from callcenter.services.calling_hours import (
    Hours,
    callable_at,
    clamp_window,
    describe_hours,
    hours_on,
    next_callable_at,
    rule_states,
)
from callcenter.services.sqlrows import one, placeholders, rows
from callcenter.services.time_zones import (
    ZoneResolution,
    normalise_state,
    resolve_time_zones,
    valid_zone,
)

# Entries resolved at most per lease, so one lease never turns into a long job.
RESOLVE_PER_LEASE = 200


@dataclass(frozen=True)
class GroupHours:
    id: int
    zones: tuple[str, ...]
    states: tuple[str, ...]

    def callable_at(self, window: Hours, moment: datetime) -> bool:
        return callable_at(self.zones, self.states, window, moment)


def group_key(resolution: ZoneResolution, address_state: str | None) -> tuple[str, str]:
    """The (zones, rule states) text a group is stored under."""
    states = rule_states(normalise_state(address_state), resolution.zip_state)
    return " ".join(resolution.zones), " ".join(states)


class GroupIds:
    """Group ids by key within one write transaction, creating groups as needed.

    Never kept across transactions: a rolled-back import must not leave an id
    behind that another import would then trust.
    """

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._ids: dict[tuple[str, str], int] = {}

    def id_for(self, key: tuple[str, str]) -> int:
        found = self._ids.get(key)
        if found is not None:
            return found
        row = one(
            self._conn,
            "SELECT id FROM calling_group WHERE zones = ? AND rule_states = ?",
            key,
        )
        if row is None:
            row = one(
                self._conn,
                "INSERT INTO calling_group (zones, rule_states) VALUES (?, ?) RETURNING id",
                key,
            )
        assert row is not None
        self._ids[key] = row[0]
        return row[0]


# --- resolving contacts ---------------------------------------------------------------


def resolve_contacts(conn: Connection, contact_ids: Sequence[int], ids: GroupIds) -> dict[int, int]:
    """Each contact's group id, from their address and usable phones.

    The contact's own ``time_zone`` (what the contact screen's clock shows) is
    left as the import or the CRM set it.
    """
    if not contact_ids:
        return {}
    marks = placeholders(len(contact_ids))
    phones: dict[int, list[str]] = {}
    for contact_id, number in rows(
        conn,
        f"SELECT contact_id, number_e164 FROM phone WHERE contact_id IN ({marks}) "
        "AND is_bad = 0 ORDER BY contact_id, position",
        list(contact_ids),
    ):
        phones.setdefault(contact_id, []).append(number)
    groups: dict[int, int] = {}
    for c in rows(
        conn,
        f"SELECT id, country, postal_code, state, time_zone FROM contact WHERE id IN ({marks})",
        list(contact_ids),
    ):
        found = resolve_time_zones(
            country=c.country,
            postal_code=c.postal_code,
            state=c.state,
            phones_e164=tuple(phones.get(c.id, ())),
            stored_zone=c.time_zone,
        )
        groups[c.id] = ids.id_for(group_key(found, c.state))
    return groups


def fill_missing_groups(conn: Connection, list_id: int, limit: int = RESOLVE_PER_LEASE) -> int:
    """Give open entries of a list that have no group one; returns how many were done."""
    contact_ids = [
        r[0]
        for r in rows(
            conn,
            "SELECT contact_id FROM call_list_entry WHERE list_id = ? AND status = 'pending' "
            "AND calling_group_id IS NULL LIMIT ?",
            (list_id, limit),
        )
    ]
    contact_ids += [
        r[0]
        for r in rows(
            conn,
            "SELECT contact_id FROM call_list_entry WHERE list_id = ? AND status = 'callback' "
            "AND calling_group_id IS NULL LIMIT ?",
            (list_id, limit),
        )
    ]
    return assign_groups(conn, contact_ids, only_missing=True)


def assign_groups(
    conn: Connection, contact_ids: Iterable[int], *, only_missing: bool = False
) -> int:
    """(Re)compute the group of these contacts' entries, e.g. after an address changed.

    Returns the number of entries updated.
    """
    ids = GroupIds(conn)
    unique = list(dict.fromkeys(contact_ids))
    where = " AND calling_group_id IS NULL" if only_missing else ""
    changed = 0
    for start in range(0, len(unique), 500):  # under SQLite's bound-parameter limit
        groups = resolve_contacts(conn, unique[start : start + 500], ids)
        changed += run_many(
            conn,
            f"UPDATE call_list_entry SET calling_group_id = ? WHERE contact_id = ?{where}",
            [(group_id, contact_id) for contact_id, group_id in groups.items()],
        )
    return changed


def run_many(conn: Connection, sql: str, params: list[tuple[object, ...]]) -> int:
    if not params:
        return 0
    return conn.exec_driver_sql(sql, params).rowcount


# --- what is open now -------------------------------------------------------------------


@dataclass
class _StoreGroups:
    max_id: int = 0
    groups: dict[int, GroupHours] = field(default_factory=dict)
    # (max id, window, minute) -> open group ids; only the latest few minutes are kept.
    open_ids: dict[tuple[int, Hours, int], tuple[int, ...]] = field(default_factory=dict)


_CACHES: weakref.WeakKeyDictionary[Store, _StoreGroups] = weakref.WeakKeyDictionary()


def _groups(store: Store, conn: Connection) -> _StoreGroups:
    cache = _CACHES.get(store)
    if cache is None:
        cache = _CACHES[store] = _StoreGroups()
    newest = one(conn, "SELECT max(id) FROM calling_group")
    max_id = (newest[0] if newest else None) or 0
    if max_id != cache.max_id:
        for gid, zones, states in rows(
            conn,
            "SELECT id, zones, rule_states FROM calling_group WHERE id > ?",
            (cache.max_id,),
        ):
            names = tuple(zones.split())
            if not all(valid_zone(z) for z in names):
                names = ()  # a zone this machine's tz database lacks: unknown, never open
            cache.groups[gid] = GroupHours(gid, names, tuple(states.split()))
        cache.max_id = max_id
        cache.open_ids.clear()
    return cache


def open_group_ids(store: Store, conn: Connection, window: Hours, now: datetime) -> tuple[int, ...]:
    """Ids of the groups whose contacts may be called at ``now`` (cached per minute)."""
    cache = _groups(store, conn)
    window = clamp_window(*window)
    minute = int(now.timestamp()) // 60
    key = (cache.max_id, window, minute)
    found = cache.open_ids.get(key)
    if found is None:
        if len(cache.open_ids) > 32:
            cache.open_ids.clear()
        found = cache.open_ids[key] = tuple(
            g.id for g in cache.groups.values() if g.callable_at(window, now)
        )
    return found


def group_by_id(store: Store, conn: Connection, group_id: int) -> GroupHours | None:
    return _groups(store, conn).groups.get(group_id)


def check_callback_time(
    store: Store, conn: Connection, entry_id: int, callback_at: datetime
) -> None:
    """Refuse a callback outside the campaign's hours in the contact's local time.

    Raises:
        InvalidInputError: naming the local time asked for, the hours that day
            and the next moment that would do.
    """
    entry = one(
        conn,
        "SELECT e.calling_group_id, e.contact_id, c.window_start_min, c.window_end_min "
        "FROM call_list_entry e JOIN call_list l ON l.id = e.list_id "
        "JOIN campaign c ON c.id = l.campaign_id WHERE e.id = ?",
        (entry_id,),
    )
    if entry is None:
        return  # the caller reports a missing entry itself
    group_id = entry.calling_group_id
    if group_id is None:
        assign_groups(conn, [entry.contact_id], only_missing=True)
        group_id = one(
            conn, "SELECT calling_group_id FROM call_list_entry WHERE id = ?", (entry_id,)
        )[0]  # type: ignore[index]
    group = group_by_id(store, conn, group_id)
    window = (entry.window_start_min, entry.window_end_min)
    if group is None or not group.zones:
        raise InvalidInputError(msg("calling_groups.contact_s_time_zone_unknown"))
    if group.callable_at(window, callback_at):
        return
    zone = group.zones[0]
    local = callback_at.astimezone(ZoneInfo(zone))
    hours_that_day = hours_on(local.date(), tuple(group.states), window)
    hours: object = (
        describe_hours(local.date(), group.states, window)
        if hours_that_day is not None
        else msg("calling_hours.no_calls_that_day")
    )
    zones = "zones" if len(group.zones) > 1 else "zone"
    nxt = next_callable_at(group.zones, group.states, window, callback_at)
    if nxt is None:
        raise InvalidInputError(
            msg(f"calling_groups.outside_hours_{zones}", time=local, zone=zone, hours=hours)
        )
    raise InvalidInputError(
        msg(
            f"calling_groups.outside_hours_{zones}_next",
            time=local,
            zone=zone,
            hours=hours,
            next=nxt.astimezone(ZoneInfo(zone)),
        )
    )
