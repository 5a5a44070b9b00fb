"""Applying a page of CRM contacts: insert or update, phones, deletions and merges.

Rules on the way in:
- a field with a local edit still in the outbox is left as it is here (the push
  decides: if the CRM changed it too, the CRM wins and the edit goes to review);
- do-not-call and email opt-out only ever turn on; a CRM that turned one off is a
  conflict for a person, and the contact stays protected meanwhile;
- a contact the CRM deleted closes its open list entries; a merged one hands its
  pending outbox rows to the survivor.
New contacts go in with ``executemany`` (a full pull is 100,000 of them).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from callcenter.ids import new_op_ids
from callcenter.models import utcnow
from callcenter.services.conflicts import RULE_DNC, RULE_OPT_OUT, record_conflict
from callcenter.services.crm_records import (
    Applied,
    CrmRecord,
    ids_by_crm_id,
    time_zone_for,
    to_e164,
)
from callcenter.services.sqlrows import rows, run, to_db

OPEN = "('pending', 'callback', 'skipped', 'unheld')"
DETAIL_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "street",
    "city",
    "state",
    "postal_code",
    "polling_place",
    "language",
    "birth_year",
)
_INSERT = (
    "INSERT INTO contact (crm_id, uid, household_id, first_name, last_name, email, street, city, "
    "state, postal_code, polling_place, language, birth_year, country, time_zone, attributes, "
    "do_not_call, opted_out_email, crm_modstamp, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'US', ?, '{}', ?, ?, ?, ?, ?)"
)


def apply_contacts(conn: Connection, records: Sequence[CrmRecord]) -> Applied:
    applied = Applied()
    now = to_db(utcnow())
    existing = _existing(conn, [r.crm_id for r in records])
    # An erased person stays erased: the CRM's copy of them is never written back here.
    erased = {crm_id for crm_id, row in existing.items() if row["erased_at"] is not None}
    records = [r for r in records if r.crm_id not in erased]
    live = [r for r in records if not r.deleted]
    pending = _pending_edits(conn)
    households = _households(conn, live)
    fresh = [r for r in live if r.crm_id not in existing]
    if fresh:
        uids = new_op_ids(len(fresh))
        new_ids = _insert_many(
            conn,
            "contact",
            _INSERT,
            [
                (
                    r.crm_id,
                    uids[n],
                    households.get(r.fields.get("household_key") or ""),
                    *_details(r.fields),
                    time_zone_for(r.fields.get("postal_code"), r.fields.get("state")),
                    bool(r.fields.get("do_not_call")),
                    bool(r.fields.get("opted_out_email")),
                    _stamp(r.modstamp),
                    now,
                    now,
                )
                for n, r in enumerate(fresh)
            ],
            [r.crm_id for r in fresh],
        )
        _insert_phones(conn, list(zip(new_ids, fresh, strict=True)))
    for record in live:
        if record.crm_id in existing:
            applied.conflicts += _update(
                conn, existing[record.crm_id], record, pending, households, now
            )
    for record in records:
        if record.deleted and record.crm_id in existing:
            if record.merged_into:
                _merge(conn, existing[record.crm_id], record.crm_id, record.merged_into, applied)
            else:
                _close_entries(conn, existing[record.crm_id]["id"], "crm_deleted")
    applied.changed = len(records)
    return applied


def _insert_many(
    conn: Connection, table: str, sql: str, values: list[tuple[Any, ...]], crm_ids: list[str]
) -> list[int]:
    """Insert rows (``crm_ids`` in the same order) in one statement; their new ids.

    SQLite numbers each new row one past the largest id, so inside our write
    transaction they run on from the largest before; checked at both ends, else
    looked up.  ``table`` is the caller's constant.
    """
    before = rows(conn, f"SELECT max(id) FROM {table}")[0][0] or 0
    conn.exec_driver_sql(sql, values)
    first, last = before + 1, before + len(values)
    ends = dict(rows(conn, f"SELECT id, crm_id FROM {table} WHERE id IN (?, ?)", (first, last)))
    if ends.get(first) == crm_ids[0] and ends.get(last) == crm_ids[-1]:
        return list(range(first, last + 1))
    found = ids_by_crm_id(conn, table, crm_ids)
    return [found[crm_id] for crm_id in crm_ids]


@functools.lru_cache(maxsize=4096)  # records saved together share a stamp
def _stamp(moment: datetime) -> str:
    # The form sqlrows.to_db writes, by isoformat (strftime costs ~5x more).
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _details(f: dict[str, Any]) -> tuple[Any, ...]:
    birth = f.get("birth_year")
    return (
        str(f.get("first_name") or "")[:80],
        str(f.get("last_name") or "")[:80],
        f.get("email"),
        f.get("street"),
        f.get("city"),
        f.get("state"),
        f.get("postal_code"),
        f.get("polling_place"),
        str(f.get("language") or "en")[:8],
        int(birth) if birth else None,
    )


def _existing(conn: Connection, crm_ids: list[str]) -> dict[str, dict[str, Any]]:
    if not crm_ids:
        return {}
    found = rows(
        conn,
        "SELECT id, crm_id, do_not_call, opted_out_email, erased_at FROM contact "
        "WHERE crm_id IN (SELECT value FROM json_each(?))",
        (json.dumps(crm_ids),),
    )
    return {r.crm_id: dict(r._mapping) for r in found}


def _pending_edits(conn: Connection) -> dict[int, set[str]]:
    """Contact id -> fields with a local change still waiting in the outbox."""
    found = rows(
        conn,
        "SELECT c.id, o.kind, o.payload FROM outbox o "
        "JOIN contact c ON c.uid = json_extract(o.payload, '$.contact_uid') "
        "WHERE o.status IN ('pending', 'review') "
        "AND o.kind IN ('contact_update', 'contact_do_not_call')",
    )
    edits: dict[int, set[str]] = {}
    for contact_id, kind, payload in found:
        names = edits.setdefault(contact_id, set())
        if kind == "contact_do_not_call":
            names.add("do_not_call")
        else:
            names.update((json.loads(payload).get("changes") or {}).keys())
    return edits


def _households(conn: Connection, records: Sequence[CrmRecord]) -> dict[str, int]:
    """Household ids by the CRM's household key (keys longer than an id are ignored)."""
    keys = {
        str(r.fields["household_key"])
        for r in records
        if r.fields.get("household_key") and len(str(r.fields["household_key"])) <= 18
    }
    if not keys:
        return {}
    known = ids_by_crm_id(conn, "household", keys)
    missing = sorted(keys - known.keys())
    if missing:
        new_ids = _insert_many(
            conn,
            "household",
            "INSERT INTO household (crm_id, uid, label) VALUES (?, ?, ?)",
            [(key, uid, key) for key, uid in zip(missing, new_op_ids(len(missing)), strict=True)],
            missing,
        )
        known.update(zip(missing, new_ids, strict=True))
    return known


def _phones_of(record: CrmRecord) -> list[tuple[str, str]]:
    """(E.164 number, kind) in the CRM's order, each number once."""
    seen: dict[str, str] = {}
    for raw, kind in record.fields.get("phones") or []:
        number = to_e164(raw)
        if number and number not in seen:
            seen[number] = kind
    return list(seen.items())


def _insert_phones(conn: Connection, pairs: Sequence[tuple[int, CrmRecord]]) -> None:
    """Phones of new contacts: (contact id, record) pairs."""
    phones = [
        (contact_id, number, kind, position)
        for contact_id, record in pairs
        for position, (number, kind) in enumerate(_phones_of(record))
    ]
    if phones:
        conn.exec_driver_sql(
            "INSERT INTO phone (contact_id, number_e164, kind, position, is_bad, do_not_call, "
            "attempts) VALUES (?, ?, ?, ?, 0, 0, 0)",
            phones,
        )


def _update(
    conn: Connection,
    local: dict[str, Any],
    record: CrmRecord,
    pending: dict[int, set[str]],
    households: dict[str, int],
    now: str | None,
) -> int:
    """Update one known contact by the rules; returns conflicts recorded."""
    contact_id = local["id"]
    f = record.fields
    protected = pending.get(contact_id, set())
    values = dict(zip(DETAIL_FIELDS, _details(f), strict=True))
    for name in protected:
        values.pop(name, None)
    values["time_zone"] = time_zone_for(f.get("postal_code"), f.get("state"))
    values["household_id"] = households.get(f.get("household_key") or "")
    values["crm_modstamp"] = _stamp(record.modstamp)
    conflicts = 0
    for name, rule in (("do_not_call", RULE_DNC), ("opted_out_email", RULE_OPT_OUT)):
        theirs, ours = bool(f.get(name)), bool(local[name])
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
    _sync_phones(conn, contact_id, _phones_of(record))
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


def _close_entries(conn: Connection, contact_id: int, reason: str) -> None:
    run(
        conn,
        "UPDATE call_list_entry SET status = 'done', closed_reason = ?, callback_at = NULL, "
        f"crm_lease_expires_at = NULL WHERE contact_id = ? AND status IN {OPEN}",
        (reason, contact_id),
    )


def _merge(
    conn: Connection, loser: dict[str, Any], loser_crm: str, survivor_crm: str, applied: Applied
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
        _close_entries(conn, loser["id"], "crm_merged")
        run(
            conn,
            "UPDATE contact SET crm_id = NULL, "
            "attributes = json_set(attributes, '$.crm_merged_into', ?) WHERE id = ?",
            (survivor_crm, loser["id"]),
        )
    else:
        # The survivor is new here: the loser's row becomes it (history stays attached);
        # its details arrive when the survivor is fetched.
        run(conn, "UPDATE contact SET crm_id = ? WHERE id = ?", (survivor_crm, loser["id"]))
        applied.missing_contacts.add(survivor_crm)
