"""Applying a page of CRM contacts: insert or update, phones, deletions and merges.

Rules on the way in:
- a field with a local edit still in the outbox is left as it is here (the push
  decides: if the CRM changed it too, the CRM wins and the edit goes to review);
- do-not-call and email opt-out only ever turn on; a CRM that turned one off is a
  conflict for a person, and the contact stays protected meanwhile;
- a contact the CRM deleted closes its open list entries; a merged one hands its
  pending outbox rows to the survivor;
- an erased person is never written back;
- a contact whose address or numbers changed is moved to its new calling group.

A full pull is 100,000 contacts, so a page is applied in bulk on the driver
connection: new contacts with one ``executemany``; known ones with nothing
waiting in the outbox and no conflict with one ``executemany`` update and their
phones reconciled set-wise through a temporary table.  Only contacts with a
local edit still waiting or a flag the CRM turned off go one by one.
"""

from __future__ import annotations

import functools
import json
import operator
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from callcenter.ids import new_op_ids
from callcenter.models import utcnow
from callcenter.services.calling_groups import assign_groups
from callcenter.services.conflicts import RULE_DNC, RULE_OPT_OUT, record_conflict
from callcenter.services.crm_records import (
    CONTACT_FIELDS,
    Applied,
    CrmRecord,
    ids_by_crm_id,
)
from callcenter.services.phones import to_e164
from callcenter.services.sqlrows import rows, run, to_db
from callcenter.services.time_zones import resolve_time_zones

OPEN = "('pending', 'callback', 'skipped', 'unheld')"
# The contact's own details, first in a record's values (birth year the last of them).
DETAIL_FIELDS = CONTACT_FIELDS[: CONTACT_FIELDS.index("birth_year") + 1]
_INSERT = (
    "INSERT INTO contact (crm_id, uid, household_id, first_name, last_name, email, street, city, "
    "state, postal_code, polling_place, language, birth_year, time_zone, do_not_call, "
    "opted_out_email, crm_modstamp, country, attributes, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'US', '{}', ?, ?)"
)
# Known contacts without anything waiting: details follow the CRM, flags only turn on.
_UPDATE = (
    "UPDATE contact SET household_id = ?, first_name = ?, last_name = ?, email = ?, street = ?, "
    "city = ?, state = ?, postal_code = ?, polling_place = ?, language = ?, birth_year = ?, "
    "time_zone = ?, do_not_call = (do_not_call OR ?), opted_out_email = (opted_out_email OR ?), "
    "crm_modstamp = ?, updated_at = ? WHERE id = ?"
)
_NUMBER = operator.itemgetter(1)
_PHONE_INSERT = (
    "INSERT INTO phone (contact_id, number_e164, kind, position, is_bad, do_not_call, attempts) "
    "VALUES (?, ?, ?, ?, 0, 0, 0)"
)
# Where a page's wanted phones wait while the known contacts' phones are reconciled.
_STAGING = (
    "CREATE TEMP TABLE IF NOT EXISTS crm_pull_phone (contact_id INTEGER NOT NULL, "
    "number TEXT NOT NULL, kind TEXT NOT NULL, position INTEGER NOT NULL, "
    "PRIMARY KEY (contact_id, number)) WITHOUT ROWID",
    "CREATE TEMP TABLE IF NOT EXISTS crm_pull_contact (id INTEGER PRIMARY KEY)",
)


def apply_contacts(conn: Connection, records: Sequence[CrmRecord]) -> Applied:
    applied = Applied()
    if not records:
        return applied
    raw: sqlite3.Connection = conn.connection.driver_connection  # type: ignore[assignment]
    now = to_db(utcnow())
    existing = _existing(raw, [r.crm_id for r in records])
    if existing:
        # An erased person stays erased: the CRM's copy of them is never written back here.
        records = [r for r in records if existing.get(r.crm_id, _LIVE)[4] is None]
    fresh: list[CrmRecord] = []
    known: list[CrmRecord] = []
    for record in records:
        if record.deleted:
            continue
        (known if record.crm_id in existing else fresh).append(record)
    zones: dict[tuple[Any, Any], str | None] = {}
    households = _households(conn, raw, fresh, known)
    if fresh:
        _insert_contacts(raw, fresh, households, zones, now)
    if known:
        moved = _update_contacts(conn, raw, known, existing, households, zones, now, applied)
        if moved:
            assign_groups(conn, moved)  # a new address or new numbers may change the hours
    for record in records:
        if record.deleted and record.crm_id in existing:
            local = existing[record.crm_id]
            if record.merged_into:
                _merge(conn, local[0], record.crm_id, record.merged_into, applied)
            else:
                _close_entries(conn, local[0], "crm_deleted")
    applied.changed = len(records)
    return applied


# id, do_not_call, opted_out_email, (postal_code, state), erased_at
_LIVE = (0, False, False, (None, None), None)


def _zone(zones: dict[tuple[Any, Any], str | None], postal: Any, state: Any) -> str | None:
    """The contact's time zone when ZIP or state settle it, else None (the calling group,
    from the phones too, decides when to call); kept per page in ``zones``: a page
    repeats a few hundred addresses."""
    key = (postal, state)
    found = zones.get(key, zones)
    if found is zones:
        found = zones[key] = resolve_time_zones(
            country="US", postal_code=postal, state=state
        ).primary
    return found  # type: ignore[return-value]


def _insert_contacts(
    raw: sqlite3.Connection,
    fresh: list[CrmRecord],
    households: dict[str, int],
    zones: dict[tuple[Any, Any], str | None],
    now: str | None,
) -> None:
    """New contacts and their phones, each with one ``executemany``.

    The phones name their contact by the id SQLite will give it (one past the
    largest, in order); ``_insert_many`` checks that, and otherwise they are
    renumbered from the ids it found.
    """
    uids = new_op_ids(len(fresh))
    first_id = (raw.execute("SELECT max(id) FROM contact").fetchone()[0] or 0) + 1
    values = []
    phones = []
    add, add_phone, zone_of, stamp = values.append, phones.append, zones.get, _stamp
    for n, record in enumerate(fresh):
        (
            first, last, email, street, city, state, postal, polling, language, birth,
            dnc, opted_out, household, pairs,
        ) = record.contact_values()  # fmt: skip
        zone = zone_of((postal, state), zones)
        if zone is zones:
            zone = _zone(zones, postal, state)
        add(
            (
                record.crm_id,
                uids[n],
                households.get(household) if household else None,
                first[:80],
                last[:80],
                email,
                street,
                city,
                state,
                postal,
                polling,
                language[:8],
                birth,
                zone,
                dnc,
                opted_out,
                stamp(record.modstamp),
                now,
                now,
            )
        )
        numbers: list[str] = []
        for raw_number, kind in pairs:
            if raw_number:
                number = to_e164(raw_number)
                if number and number not in numbers:
                    add_phone((first_id + n, number, kind, len(numbers)))
                    numbers.append(number)
    new_ids = _insert_many(raw, "contact", _INSERT, values, [r.crm_id for r in fresh])
    if new_ids != list(range(first_id, first_id + len(fresh))):
        phones = [(new_ids[p[0] - first_id], *p[1:]) for p in phones]
    # In number order: the index on numbers then takes the page's numbers leaf after
    # leaf instead of at random, each leaf read and written once a page.
    phones.sort(key=_NUMBER)
    raw.executemany(_PHONE_INSERT, phones)


def _update_contacts(
    conn: Connection,
    raw: sqlite3.Connection,
    known: list[CrmRecord],
    existing: dict[str, tuple[Any, ...]],
    households: dict[str, int],
    zones: dict[tuple[Any, Any], str | None],
    now: str | None,
    applied: Applied,
) -> list[int]:
    """Update known contacts; returns the ids whose calling group may have changed."""
    pending = _pending_edits(conn, [existing[r.crm_id][0] for r in known])
    updates = []
    turned_on = []
    wanted_phones = []
    moved = []
    for record in known:
        contact_id, dnc, opted_out, address, _ = existing[record.crm_id]
        v = record.contact_values()
        theirs_dnc, theirs_opt = bool(v[10]), bool(v[11])
        if contact_id in pending or (dnc and not theirs_dnc) or (opted_out and not theirs_opt):
            # Something waits in the outbox, or a flag the CRM turned off: one by one.
            applied.conflicts += _update(
                conn, contact_id, dnc, opted_out, record, v, pending, households, zones, now
            )
            moved.append(contact_id)
            continue
        postal, state, birth = v[6], v[5], v[9]
        if (postal, state) != address:
            moved.append(contact_id)
        updates.append(
            (
                households.get(v[12]) if v[12] else None,
                str(v[0] or "")[:80],
                str(v[1] or "")[:80],
                v[2],
                v[3],
                v[4],
                state,
                postal,
                v[7],
                str(v[8] or "en")[:8],
                int(birth) if birth else None,
                _zone(zones, postal, state),
                theirs_dnc,
                theirs_opt,
                _stamp(record.modstamp),
                now,
                contact_id,
            )
        )
        if theirs_dnc and not dnc:
            turned_on.append((contact_id,))
        for position, (number, kind) in enumerate(_phones_of(v[13]).items()):
            wanted_phones.append((contact_id, number, kind, position))
    if updates:
        raw.executemany(_UPDATE, updates)
        if turned_on:
            raw.executemany(_CLOSE_ENTRIES, [("do_not_call", *c) for c in turned_on])
        moved += _reconcile_phones(raw, [u[-1] for u in updates], wanted_phones)
    return moved


def _reconcile_phones(
    raw: sqlite3.Connection, contact_ids: list[int], wanted: list[tuple[Any, ...]]
) -> list[int]:
    """Make these contacts' phones the CRM's, keeping local flags (bad, do-not-call,
    attempts) on numbers the CRM still has; returns contacts whose numbers changed."""
    for sql in _STAGING:
        raw.execute(sql)
    raw.execute("DELETE FROM crm_pull_phone")
    raw.execute("DELETE FROM crm_pull_contact")
    raw.executemany("INSERT INTO crm_pull_contact (id) VALUES (?)", [(i,) for i in contact_ids])
    raw.executemany(
        "INSERT INTO crm_pull_phone (contact_id, number, kind, position) VALUES (?, ?, ?, ?)",
        wanted,
    )
    changed = [
        r[0]
        for r in raw.execute(
            "DELETE FROM phone WHERE contact_id IN (SELECT id FROM crm_pull_contact) "
            "AND NOT EXISTS (SELECT 1 FROM crm_pull_phone s WHERE s.contact_id = phone.contact_id "
            "AND s.number = phone.number_e164) RETURNING contact_id"
        )
    ]
    raw.execute(
        "UPDATE phone SET kind = s.kind, position = s.position FROM crm_pull_phone s "
        "WHERE s.contact_id = phone.contact_id AND s.number = phone.number_e164 "
        "AND (phone.kind <> s.kind OR phone.position <> s.position)"
    )
    changed += [
        r[0]
        for r in raw.execute(
            "INSERT INTO phone (contact_id, number_e164, kind, position, is_bad, do_not_call, "
            "attempts) SELECT s.contact_id, s.number, s.kind, s.position, 0, 0, 0 "
            "FROM crm_pull_phone s WHERE NOT EXISTS (SELECT 1 FROM phone p "
            "WHERE p.contact_id = s.contact_id AND p.number_e164 = s.number) RETURNING contact_id"
        )
    ]
    raw.execute("DELETE FROM crm_pull_phone")
    raw.execute("DELETE FROM crm_pull_contact")
    return changed


def _insert_many(
    raw: sqlite3.Connection, table: str, sql: str, values: list[tuple[Any, ...]], crm_ids: list[str]
) -> list[int]:
    """Insert rows (``crm_ids`` in the same order) in one statement; their new ids.

    SQLite numbers each new row one past the largest id, so inside our write
    transaction they run on from the largest before; checked at both ends, else
    looked up.  ``table`` is the caller's constant.
    """
    before = raw.execute(f"SELECT max(id) FROM {table}").fetchone()[0] or 0
    raw.executemany(sql, values)
    first, last = before + 1, before + len(values)
    ends = dict(
        raw.execute(f"SELECT id, crm_id FROM {table} WHERE id IN (?, ?)", (first, last)).fetchall()
    )
    if ends.get(first) == crm_ids[0] and ends.get(last) == crm_ids[-1]:
        return list(range(first, last + 1))
    found = _ids_by_crm_id(raw, table, crm_ids)
    return [found[crm_id] for crm_id in crm_ids]


def _ids_by_crm_id(raw: sqlite3.Connection, table: str, crm_ids: Iterable[str]) -> dict[str, int]:
    found = raw.execute(
        f"SELECT crm_id, id FROM {table} WHERE crm_id IN (SELECT value FROM json_each(?))",
        (json.dumps(list(set(crm_ids))),),
    )
    return dict(found.fetchall())


@functools.lru_cache(maxsize=4096)  # records saved together share a stamp
def _stamp(moment: datetime) -> str:
    # The form sqlrows.to_db writes, by isoformat (strftime costs ~5x more).
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _details(v: tuple[Any, ...]) -> tuple[Any, ...]:
    """The ``DETAIL_FIELDS`` of a record's contact values, as stored."""
    birth = v[9]
    return (
        str(v[0] or "")[:80],
        str(v[1] or "")[:80],
        v[2],
        v[3],
        v[4],
        v[5],
        v[6],
        v[7],
        str(v[8] or "en")[:8],
        int(birth) if birth else None,
    )


def _existing(raw: sqlite3.Connection, crm_ids: list[str]) -> dict[str, tuple[Any, ...]]:
    """CRM id -> (id, do_not_call, opted_out_email, (postal_code, state), erased_at)."""
    found = raw.execute(
        "SELECT crm_id, id, do_not_call, opted_out_email, postal_code, state, erased_at "
        "FROM contact WHERE crm_id IN (SELECT value FROM json_each(?))",
        (json.dumps(crm_ids),),
    )
    return {r[0]: (r[1], bool(r[2]), bool(r[3]), (r[4], r[5]), r[6]) for r in found.fetchall()}


def _pending_edits(conn: Connection, contact_ids: list[int]) -> dict[int, set[str]]:
    """Contact id -> fields with a local change still waiting in the outbox."""
    found = rows(
        conn,
        "SELECT c.id, o.kind, o.payload FROM outbox o "
        "JOIN contact c ON c.uid = json_extract(o.payload, '$.contact_uid') "
        "WHERE o.status IN ('pending', 'review') "
        "AND o.kind IN ('contact_update', 'contact_resend', 'contact_do_not_call') "
        "AND c.id IN (SELECT value FROM json_each(?))",
        (json.dumps(contact_ids),),
    )
    edits: dict[int, set[str]] = {}
    for contact_id, kind, payload in found:
        names = edits.setdefault(contact_id, set())
        if kind == "contact_do_not_call":
            names.add("do_not_call")
        else:
            names.update((json.loads(payload).get("changes") or {}).keys())
    return edits


def _households(
    conn: Connection, raw: sqlite3.Connection, *pages: Sequence[CrmRecord]
) -> dict[str, int]:
    """Household ids by the CRM's household key (keys longer than an id are ignored)."""
    keys = set()
    for records in pages:
        keys.update([r.contact_values()[12] for r in records])
    keys.discard(None)
    keys = {k if isinstance(k, str) else str(k) for k in keys}
    keys = {k for k in keys if k and len(k) <= 18}
    if not keys:
        return {}
    known = _ids_by_crm_id(raw, "household", keys)
    missing = sorted(keys - known.keys())
    if missing:
        new_ids = _insert_many(
            raw,
            "household",
            "INSERT INTO household (crm_id, uid, label) VALUES (?, ?, ?)",
            [(key, uid, key) for key, uid in zip(missing, new_op_ids(len(missing)), strict=True)],
            missing,
        )
        known.update(zip(missing, new_ids, strict=True))
    return known


def _phones_of(pairs: Iterable[tuple[Any, str]] | None) -> dict[str, str]:
    """E.164 number -> kind, in the CRM's order, each number once."""
    seen: dict[str, str] = {}
    for raw_number, kind in pairs or ():
        if raw_number:
            number = to_e164(raw_number)
            if number and number not in seen:
                seen[number] = kind
    return seen


def _update(
    conn: Connection,
    contact_id: int,
    dnc: bool,
    opted_out: bool,
    record: CrmRecord,
    v: tuple[Any, ...],
    pending: dict[int, set[str]],
    households: dict[str, int],
    zones: dict[tuple[Any, Any], str | None],
    now: str | None,
) -> int:
    """Update one known contact by the rules; returns conflicts recorded."""
    protected = pending.get(contact_id, set())
    values = dict(zip(DETAIL_FIELDS, _details(v), strict=True))
    for name in protected:
        values.pop(name, None)
    values["time_zone"] = _zone(zones, v[6], v[5])
    values["household_id"] = households.get(v[12]) if v[12] else None
    values["crm_modstamp"] = _stamp(record.modstamp)
    conflicts = 0
    for name, rule, theirs, ours in (
        ("do_not_call", RULE_DNC, bool(v[10]), dnc),
        ("opted_out_email", RULE_OPT_OUT, bool(v[11]), opted_out),
    ):
        if theirs and not ours:
            values[name] = True
            if name == "do_not_call":
                _close_entries(conn, contact_id, "do_not_call")
        elif ours and not theirs and name not in protected:
            # Turned off in the CRM: stays on here until a person decides.
            conflicts += record_conflict(
                conn, "contact", contact_id, record.crm_id, name, True, False, rule
            )
    assignments = ", ".join(f"{name} = ?" for name in values)
    run(
        conn,
        f"UPDATE contact SET {assignments}, updated_at = ? WHERE id = ?",
        (*values.values(), now, contact_id),
    )
    _sync_phones(conn, contact_id, list(_phones_of(v[13]).items()))
    return conflicts


def _sync_phones(conn: Connection, contact_id: int, wanted: list[tuple[str, str]]) -> None:
    """Keep local flags (bad, do-not-call, attempts) on numbers the CRM still has."""
    have = {
        r.number_e164: r.id
        for r in rows(conn, "SELECT id, number_e164 FROM phone WHERE contact_id = ?", (contact_id,))
    }
    numbers = {number for number, _ in wanted}
    gone = [phone_id for number, phone_id in have.items() if number not in numbers]
    if gone:
        conn.exec_driver_sql("DELETE FROM phone WHERE id = ?", [(i,) for i in gone])
    for position, (number, kind) in enumerate(wanted):
        if number in have:
            run(
                conn,
                "UPDATE phone SET kind = ?, position = ? WHERE id = ?",
                (kind, position, have[number]),
            )
        else:
            conn.exec_driver_sql(
                "INSERT INTO phone (contact_id, number_e164, kind, position, is_bad, "
                "do_not_call, attempts) VALUES (?, ?, ?, ?, 0, 0, 0)",
                (contact_id, number, kind, position),
            )


_CLOSE_ENTRIES = (
    "UPDATE call_list_entry SET status = 'done', closed_reason = ?, callback_at = NULL, "
    f"crm_lease_expires_at = NULL WHERE contact_id = ? AND status IN {OPEN}"
)


def _close_entries(conn: Connection, contact_id: int, reason: str) -> None:
    run(conn, _CLOSE_ENTRIES, (reason, contact_id))


def _merge(
    conn: Connection, loser_id: int, loser_crm: str, survivor_crm: str, applied: Applied
) -> None:
    """The CRM merged ``loser`` into ``survivor``: queued work follows the survivor."""
    for key in ("contact_crm_id", "crm_id"):
        run(
            conn,
            f"UPDATE outbox SET payload = json_set(payload, '$.{key}', ?) "
            f"WHERE status IN ('pending', 'review') AND json_extract(payload, '$.{key}') = ?",
            (survivor_crm, loser_crm),
        )
    # Earlier merges into the loser now point at the survivor too.
    run(
        conn,
        "UPDATE contact SET attributes = json_set(attributes, '$.crm_merged_into', ?) "
        "WHERE json_extract(attributes, '$.crm_merged_into') = ?",
        (survivor_crm, loser_crm),
    )
    survivor = ids_by_crm_id(conn, "contact", [survivor_crm])
    if survivor:
        _close_entries(conn, loser_id, "crm_merged")
        run(
            conn,
            "UPDATE contact SET crm_id = NULL, "
            "attributes = json_set(attributes, '$.crm_merged_into', ?) WHERE id = ?",
            (survivor_crm, loser_id),
        )
    else:
        # The survivor is new here: the loser's row becomes it (history stays attached);
        # its details arrive when the survivor is fetched.
        run(conn, "UPDATE contact SET crm_id = ? WHERE id = ?", (survivor_crm, loser_id))
        applied.missing_contacts.add(survivor_crm)
