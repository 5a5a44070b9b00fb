"""Conflicts between local work and the CRM, decided by rule and kept for review.

The rules (from the design):
- do-not-call and opt-outs only ever turn on;
- a campaign member's status only moves forward;
- contact details: the CRM wins; the local edit is kept here for a person to
  re-apply if it was right;
- notes append (every call is its own CRM record, so notes never overwrite).

Each conflict is one ``Conflict`` row; a shift lead or admin decides it by keeping
the CRM's value or sending the local one (``keep_crm_value``, ``send_local_value``),
both audited with who, when and at which station.  Sending the local value queues a
``contact_resend`` outbox row (sent exactly once like any other) that is
conditional on the CRM stamp the conflict saw: if the CRM record changed since,
the push records a new conflict instead of overwriting (``resend_overtaken``).
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
from callcenter.models import OutboxStatus, utcnow
from callcenter.services.audit import write_audit
from callcenter.services.crm_records import CrmRecord
from callcenter.services.sqlrows import from_db, one, rows, run, to_db, to_json
from callcenter.services.volunteers import require_manager

RULE_CONTACT = "crm_wins_contact_details"
RULE_DNC = "do_not_call_only_turns_on"
RULE_OPT_OUT = "opt_out_only_turns_on"
RULE_MEMBER = "member_status_only_forward"
RESEND_KIND = "contact_resend"
KEPT_CRM = "kept_crm"
KEPT_LOCAL = "kept_local"
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
    crm_modstamp: datetime | None = None

    @property
    def decidable(self) -> bool:
        """Whether a person may send the local value (a contact detail still open)."""
        return self.status == "open" and self.rule == RULE_CONTACT and self.local_id is not None


def record_conflict(
    conn: Connection,
    object_type: str,
    local_id: int | None,
    crm_id: str | None,
    field: str,
    local_value: Any,
    crm_value: Any,
    rule: str,
    crm_modstamp: datetime | None = None,
) -> bool:
    """Keep one open conflict per (record, field, values); False when already open.

    ``crm_modstamp`` is the CRM record's stamp as seen now: sending the local value
    later is conditional on it."""
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
        "crm_value, rule, status, created_at, crm_modstamp) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)",
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
            to_db(crm_modstamp),
        ),
    )
    return True


_VIEW_COLUMNS = (
    "id, object_type, local_id, crm_id, field, local_value, crm_value, rule, status, "
    "created_at, crm_modstamp"
)


def open_conflicts(store: Store, limit: int = 500) -> list[ConflictView]:
    with store.read() as session:
        found = rows(
            session.connection(),
            f"SELECT {_VIEW_COLUMNS} FROM conflict WHERE status = 'open' ORDER BY id LIMIT ?",
            (limit,),
        )
    return [ConflictView(*r[:9], from_db(r.created_at), from_db(r.crm_modstamp)) for r in found]


def resolve_conflict(
    store: Store,
    conflict_id: int,
    *,
    keep_local: bool,
    actor_id: int,
    station_id: int | None = None,
) -> int | None:
    """``send_local_value`` when ``keep_local``, else ``keep_crm_value``."""
    if keep_local:
        return send_local_value(store, conflict_id, actor_id=actor_id, station_id=station_id)
    keep_crm_value(store, conflict_id, actor_id=actor_id, station_id=station_id)
    return None


def keep_crm_value(
    store: Store,
    conflict_id: int,
    *,
    actor_id: int,
    station_id: int | None = None,
    now: datetime | None = None,
) -> None:
    """A person agrees with the CRM: the conflict is decided, nothing is sent.

    A contact detail already holds the CRM's value here.  A do-not-call or email
    opt-out that the CRM turned off (kept on here by its rule until a person
    decides) is turned off here too, so the next pull does not raise it again;
    list entries closed for it stay closed.

    Raises:
        NotAllowedError: the actor is not an active shift lead or admin.
        InvalidInputError: no open conflict with that id.
    """
    moment = now or utcnow()
    with store.write() as session:
        require_manager(session, actor_id, msg("sync_review.only_lead_decides"))
        conn = session.connection()
        row = _open_conflict(conn, conflict_id)
        flag = _FLAG_RULES.get(row.rule)
        if flag is not None and row.field == flag and row.local_id is not None:
            run(
                conn,
                f"UPDATE contact SET {flag} = 0, updated_at = ? WHERE id = ?",
                (to_db(moment), row.local_id),
            )
        _decide(conn, row, KEPT_CRM, moment, actor_id, station_id, {})


# The flags that only turn on by themselves: the rule, and the contact column it keeps.
_FLAG_RULES = {RULE_DNC: "do_not_call", RULE_OPT_OUT: "opted_out_email"}


def send_local_value(
    store: Store,
    conflict_id: int,
    *,
    actor_id: int,
    station_id: int | None = None,
    now: datetime | None = None,
) -> int:
    """A person says the local value was right: it is taken here and queued for the CRM.

    The outbox row goes out with the next sync, exactly once, and only if the CRM
    record was not changed since the conflict was seen.  Returns the outbox row's id.

    Raises:
        NotAllowedError: the actor may not decide, or the conflict is not a contact
            detail (the other rules decide by themselves).
        InvalidInputError: no open conflict with that id, or its contact is gone.
    """
    moment = now or utcnow()
    with store.write() as session:
        require_manager(session, actor_id, msg("sync_review.only_lead_decides"))
        conn = session.connection()
        row = _open_conflict(conn, conflict_id)
        if (
            row.rule != RULE_CONTACT
            or row.local_id is None
            or row.field not in EDITABLE_CONTACT_FIELDS
        ):
            raise NotAllowedError(msg("conflicts.only_contact_detail_can_re"))
        contact = one(
            conn,
            f"SELECT uid, crm_id, {row.field} AS value FROM contact WHERE id = ?",
            (row.local_id,),
        )
        if contact is None:
            raise InvalidInputError(
                msg("conflicts.contact_does_not_exist", contact_id=row.local_id)
            )
        # The CRM's value was taken here when the conflict was seen; anything else is a
        # newer edit made here since, which this old decision must not overwrite.
        if not _same(contact.value, row.crm_value) or _pending_edit_of(
            conn, contact.uid, row.field
        ):
            raise NotAllowedError(msg("conflicts.field_edited_here_since", field=row.field))
        # The field name is checked against EDITABLE_CONTACT_FIELDS above.
        run(
            conn,
            f"UPDATE contact SET {row.field} = ?, updated_at = ? WHERE id = ?",
            (row.local_value, to_db(moment), row.local_id),
        )
        op_id = new_op_id()
        payload = {
            "contact_uid": contact.uid,
            "crm_id": contact.crm_id or row.crm_id,
            "changes": {row.field: row.local_value},
            "crm_modstamp": stamp.isoformat() if (stamp := from_db(row.crm_modstamp)) else None,
            # The CRM's value that was overruled: while the CRM still holds it, a change
            # to other fields of the record does not stop the send (see sync's resend).
            "crm_values": {row.field: row.crm_value},
            "conflict_id": row.id,
            "actor_id": actor_id,
        }
        outbox_id = conn.exec_driver_sql(
            "INSERT INTO outbox (op_id, kind, payload, status, tries, created_at) "
            "VALUES (?, ?, ?, 'pending', 0, ?)",
            (op_id, RESEND_KIND, to_json(payload), to_db(moment)),
        ).lastrowid
        assert outbox_id is not None
        _decide(conn, row, KEPT_LOCAL, moment, actor_id, station_id, {"outbox_op_id": op_id})
    return int(outbox_id)


def _pending_edit_of(conn: Connection, contact_uid: str, field: str) -> bool:
    """Whether an edit of ``field`` made here still waits in the outbox."""
    return (
        one(
            conn,
            "SELECT 1 FROM outbox WHERE status = 'pending' "
            "AND kind IN ('contact_update', 'contact_resend') "
            "AND json_extract(payload, '$.contact_uid') = ? "
            "AND json_type(payload, '$.changes.' || ?) IS NOT NULL LIMIT 1",
            (contact_uid, field),
        )
        is not None
    )


def _open_conflict(conn: Connection, conflict_id: int) -> Any:
    row = one(
        conn,
        "SELECT id, op_id, object_type, local_id, crm_id, field, local_value, crm_value, rule, "
        "status, crm_modstamp FROM conflict WHERE id = ?",
        (conflict_id,),
    )
    if row is None or row.status != "open":
        raise InvalidInputError(msg("conflicts.conflict_not_open", conflict_id=conflict_id))
    return row


def _decide(
    conn: Connection,
    row: Any,
    status: str,
    now: datetime,
    actor_id: int,
    station_id: int | None,
    extra: dict[str, Any],
) -> None:
    run(
        conn,
        "UPDATE conflict SET status = ?, resolved_at = ?, resolved_by_id = ? WHERE id = ?",
        (status, to_db(now), actor_id, row.id),
    )
    # The audit names the conflict and the field, never the values (they may be names).
    write_audit(
        conn,
        f"conflict_{status}",
        now,
        actor_id=actor_id,
        station_id=station_id,
        conflict_id=row.id,
        conflict_op_id=row.op_id,
        field=row.field,
        **extra,
    )


def resend_overtaken(store: Store, outbox_id: int, current: CrmRecord | None) -> int:
    """A "send my value" row the CRM record changed under: the CRM wins again.

    Each field whose CRM value now differs from the value to send becomes a new
    open conflict (with the new stamp) and takes the CRM's value here; the row is
    closed as ``conflict`` (kept, visible, not sent).  Returns conflicts recorded.
    """
    with store.write() as session:
        conn = session.connection()
        row = one(conn, "SELECT payload, status FROM outbox WHERE id = ?", (outbox_id,))
        if row is None or row.status != OutboxStatus.PENDING:
            return 0
        payload = json.loads(row.payload)
        contact = one(conn, "SELECT id FROM contact WHERE uid = ?", (payload["contact_uid"],))
        recorded = 0
        theirs_all = current.fields if current is not None else {}
        for name, wanted in (payload.get("changes") or {}).items():
            theirs = theirs_all.get(name)
            if _same(theirs, wanted):
                continue
            recorded += _crm_wins(
                conn,
                contact.id if contact else None,
                payload.get("crm_id"),
                name,
                wanted,
                theirs,
                current.modstamp if current is not None else None,
                take_theirs=current is not None,  # a record gone from the CRM clears nothing
            )
        run(
            conn,
            "UPDATE outbox SET status = ?, last_error = ?, tries = tries + 1 WHERE id = ?",
            (OutboxStatus.CONFLICT, "The CRM record changed since the conflict.", outbox_id),
        )
    return recorded


def _crm_wins(
    conn: Connection,
    contact_id: int | None,
    crm_id: str | None,
    field: str,
    ours: Any,
    theirs: Any,
    crm_modstamp: datetime | None,
    *,
    take_theirs: bool = True,
) -> int:
    """A contact detail both sides changed: ours goes to review, theirs is taken here.
    Returns the conflicts recorded (0 when the same one is already open)."""
    recorded = record_conflict(
        conn, "contact", contact_id, crm_id, field, ours, theirs, RULE_CONTACT, crm_modstamp
    )
    if take_theirs and contact_id is not None and field in EDITABLE_CONTACT_FIELDS:
        run(conn, f"UPDATE contact SET {field} = ? WHERE id = ?", (theirs, contact_id))
    return recorded


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
    store: Store,
    outbox_id: int,
    crm_values: dict[str, Any] | None,
    crm_modstamp: datetime | None = None,
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
            _crm_wins(
                conn,
                contact.id if contact else None,
                payload.get("crm_id"),
                name,
                wanted,
                theirs,
                crm_modstamp,
            )
        return writable


def _same(a: Any, b: Any) -> bool:
    return (a or None) == (b or None)
