"""Conflicts between local work and the CRM, decided by rule and kept for review.

The rules (from the design):
- do-not-call and opt-outs only ever turn on;
- a campaign member's status only moves forward;
- contact details: the CRM wins; the local edit is kept here for a person to
  re-apply if it was right;
- notes append (every call is its own CRM record, so notes never overwrite).

Each conflict is one ``Conflict`` row; a person resolves it by keeping the CRM's
value or re-sending the local one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from callcenter.db import Store
from callcenter.errors import InvalidInputError, NotAllowedError
from callcenter.ids import new_op_id
from callcenter.messages import msg
from callcenter.models import utcnow
from callcenter.services.sqlrows import from_db, one, rows, run, to_db, to_json

RULE_CONTACT = "crm_wins_contact_details"
RULE_DNC = "do_not_call_only_turns_on"
RULE_OPT_OUT = "opt_out_only_turns_on"
RULE_MEMBER = "member_status_only_forward"
# Contact fields a person may edit here and send to the CRM.
EDITABLE_CONTACT_FIELDS = frozenset(
    {"first_name", "last_name", "email", "street", "city", "state", "postal_code", "polling_place"}
)
_LIMITS = {
    "first_name": 80,
    "last_name": 80,
    "email": 254,
    "street": 255,
    "city": 80,
    "state": 40,
    "postal_code": 20,
    "polling_place": 255,
}


@dataclass(frozen=True)
class ConflictView:
    id: int
    object_type: str
    local_id: int | None
    crm_id: str | None
    field: str
    local_value: str | None
    crm_value: str | None
    rule: str
    status: str
    created_at: datetime | None


def record_conflict(
    conn: Connection,
    object_type: str,
    local_id: int | None,
    crm_id: str | None,
    field: str,
    local_value: Any,
    crm_value: Any,
    rule: str,
) -> bool:
    """Keep one open conflict per (record, field, values); False when already open."""
    local_text = None if local_value is None else str(local_value)
    crm_text = None if crm_value is None else str(crm_value)
    same = one(
        conn,
        "SELECT id FROM conflict WHERE crm_id IS ? AND field = ? AND status = 'open' "
        "AND rule = ? AND local_value IS ? AND crm_value IS ?",
        (crm_id, field, rule, local_text, crm_text),
    )
    if same is not None:
        return False
    conn.exec_driver_sql(
        "INSERT INTO conflict (op_id, object_type, local_id, crm_id, field, local_value, "
        "crm_value, rule, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)",
        (
            new_op_id(),
            object_type,
            local_id,
            crm_id,
            field,
            local_text,
            crm_text,
            rule,
            to_db(utcnow()),
        ),
    )
    return True


def open_conflicts(store: Store, limit: int = 500) -> list[ConflictView]:
    with store.read() as session:
        found = rows(
            session.connection(),
            "SELECT id, object_type, local_id, crm_id, field, local_value, crm_value, rule, "
            "status, created_at FROM conflict WHERE status = 'open' ORDER BY id LIMIT ?",
            (limit,),
        )
    return [ConflictView(*r[:9], from_db(r.created_at)) for r in found]


def resolve_conflict(
    store: Store, conflict_id: int, *, keep_local: bool, actor_id: int | None = None
) -> None:
    """Close a conflict; ``keep_local`` re-sends a contact edit the CRM's value beat."""
    now = utcnow()
    with store.write() as session:
        conn = session.connection()
        row = one(
            conn,
            "SELECT id, object_type, local_id, crm_id, field, local_value, crm_value, rule, "
            "status FROM conflict WHERE id = ?",
            (conflict_id,),
        )
        if row is None or row.status != "open":
            raise InvalidInputError(msg("conflicts.conflict_not_open", conflict_id=conflict_id))
        if keep_local:
            if row.rule != RULE_CONTACT or row.local_id is None:
                raise NotAllowedError(msg("conflicts.only_contact_detail_can_re"))
            _edit(conn, row.local_id, {row.field: row.local_value}, now, actor_id)
        run(
            conn,
            "UPDATE conflict SET status = ?, resolved_at = ?, resolved_by_id = ? WHERE id = ?",
            ("kept_local" if keep_local else "kept_crm", to_db(now), actor_id, conflict_id),
        )


# --- contact edits ----------------------------------------------------------------------------


def edit_contact(
    store: Store,
    contact_id: int,
    changes: dict[str, str | None],
    *,
    actor_id: int | None = None,
    now: datetime | None = None,
) -> None:
    """Change a contact's details here and queue the change for the CRM.

    The outbox row carries the values before the edit (``base``), so the push can
    tell whether the CRM changed the same field meanwhile (then the CRM wins).

    Raises:
        InvalidInputError: an unknown field or a value too long.
    """
    unknown = set(changes) - EDITABLE_CONTACT_FIELDS
    if unknown:
        raise InvalidInputError(
            msg("conflicts.these_contact_fields_cannot_edited", items=", ".join(sorted(unknown)))
        )
    for name, value in changes.items():
        if value is not None and len(value) > _LIMITS[name]:
            raise InvalidInputError(
                msg("conflicts.longer_than", field=name.replace("_", " "), limit=_LIMITS[name])
            )
    with store.write() as session:
        _edit(session.connection(), contact_id, changes, now or utcnow(), actor_id)


def _edit(
    conn: Connection,
    contact_id: int,
    changes: dict[str, Any],
    now: datetime,
    actor_id: int | None,
) -> None:
    columns = sorted(changes)  # names checked against EDITABLE_CONTACT_FIELDS above
    current = one(
        conn, f"SELECT uid, crm_id, {', '.join(columns)} FROM contact WHERE id = ?", (contact_id,)
    )
    if current is None:
        raise InvalidInputError(msg("conflicts.contact_does_not_exist", contact_id=contact_id))
    base = {name: getattr(current, name) for name in columns}
    changed = {name: changes[name] for name in columns if changes[name] != base[name]}
    if not changed:
        return
    assignments = ", ".join(f"{name} = ?" for name in changed)
    run(
        conn,
        f"UPDATE contact SET {assignments}, updated_at = ? WHERE id = ?",
        (*changed.values(), to_db(now), contact_id),
    )
    payload = {
        "contact_uid": current.uid,
        "crm_id": current.crm_id,
        "changes": changed,
        "base": {name: base[name] for name in changed},
        "actor_id": actor_id,
    }
    conn.exec_driver_sql(
        "INSERT INTO outbox (op_id, kind, payload, status, tries, created_at) "
        "VALUES (?, 'contact_update', ?, 'pending', 0, ?)",
        (new_op_id(), to_json(payload), to_db(now)),
    )


def settle_contact_update(
    store: Store, outbox_id: int, crm_values: dict[str, Any] | None
) -> dict[str, Any]:
    """Apply "the CRM wins" to a queued contact edit, given the CRM's current values.

    A field the CRM changed since the edit's base keeps the CRM's value (here too)
    and the local value goes to a conflict for review.  Returns the changes that
    may still be written (possibly none); ``crm_values`` None means the contact is
    gone from the CRM, and nothing is written.
    """
    with store.write() as session:
        conn = session.connection()
        row = one(conn, "SELECT payload FROM outbox WHERE id = ?", (outbox_id,))
        if row is None:
            return {}
        payload = json.loads(row.payload)
        if crm_values is None:
            return {}
        contact = one(conn, "SELECT id FROM contact WHERE uid = ?", (payload["contact_uid"],))
        writable: dict[str, Any] = {}
        for name, wanted in payload.get("changes", {}).items():
            theirs = crm_values.get(name)
            if _same(theirs, wanted):
                continue
            if _same(theirs, payload.get("base", {}).get(name)):
                writable[name] = wanted
                continue
            record_conflict(
                conn,
                "contact",
                contact.id if contact else None,
                payload.get("crm_id"),
                name,
                wanted,
                theirs,
                RULE_CONTACT,
            )
            if contact is not None and name in EDITABLE_CONTACT_FIELDS:
                run(conn, f"UPDATE contact SET {name} = ? WHERE id = ?", (theirs, contact.id))
        return writable


def _same(a: Any, b: Any) -> bool:
    return (a or None) == (b or None)
