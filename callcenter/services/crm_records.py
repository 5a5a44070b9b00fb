"""Records from the CRM, in the core's terms, and how small ones are applied.

Sync hands the core ``CrmRecord``s whose ``fields`` use the core's column names;
the functions here and in ``crm_contacts``/``crm_members`` apply a page of them
inside the caller's transaction (together with the sync cursor, so a crash never
leaves a page half applied or applied without its cursor).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from callcenter.ids import new_op_id
from callcenter.models import utcnow
from callcenter.services.sqlrows import rows, run, to_db

# A contact's fields in the order of ``CrmRecord.values`` (the compact form a connector
# gives for a big pull), already in the core's types: first and last name and language
# code as str, birth year int or None, the two flags bool, the household key, and
# phones as (raw number, kind) pairs in the CRM's order (a pair with an empty number
# is skipped).
CONTACT_FIELDS = (
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
    "do_not_call",
    "opted_out_email",
    "household_key",
    "phones",
)


class CrmRecord:
    """One CRM record: its id, modification stamp, deletion or merge, and fields.

    ``fields`` names each value in the core's terms.  A contact may come as
    ``values`` instead, a tuple in ``CONTACT_FIELDS`` order: a page of 2,000 then
    costs one tuple a row, and ``fields`` is made from it only when asked for.
    """

    __slots__ = ("_fields", "crm_id", "deleted", "merged_into", "modstamp", "values")

    def __init__(
        self,
        crm_id: str,
        modstamp: datetime,
        deleted: bool = False,
        merged_into: str | None = None,
        fields: dict[str, Any] | None = None,
        *,
        values: tuple[Any, ...] | None = None,
    ) -> None:
        self.crm_id = crm_id
        self.modstamp = modstamp
        self.deleted = deleted
        self.merged_into = merged_into
        self.values = values
        self._fields = fields

    @property
    def fields(self) -> dict[str, Any]:
        if self._fields is None:
            values = self.values
            self._fields = {} if values is None else dict(zip(CONTACT_FIELDS, values, strict=True))
        return self._fields

    def contact_values(self) -> tuple[Any, ...]:
        """The record as a contact, in ``CONTACT_FIELDS`` order and types."""
        if self.values is not None:
            return self.values
        f = self.fields
        birth = f.get("birth_year")
        return (
            str(f.get("first_name") or ""),
            str(f.get("last_name") or ""),
            f.get("email"),
            f.get("street"),
            f.get("city"),
            f.get("state"),
            f.get("postal_code"),
            f.get("polling_place"),
            str(f.get("language") or "en"),
            int(birth) if birth else None,
            bool(f.get("do_not_call")),
            bool(f.get("opted_out_email")),
            f.get("household_key"),
            tuple(f.get("phones") or ()),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CrmRecord):
            return NotImplemented
        return (self.crm_id, self.modstamp, self.deleted, self.merged_into, self.fields) == (
            other.crm_id,
            other.modstamp,
            other.deleted,
            other.merged_into,
            other.fields,
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"CrmRecord({self.crm_id!r}, {self.modstamp!r}, deleted={self.deleted!r}, "
            f"merged_into={self.merged_into!r}, fields={self.fields!r})"
        )


@dataclass
class Applied:
    """What applying a page did, and which parents it lacked (to fetch and re-apply)."""

    changed: int = 0
    missing_campaigns: set[str] = field(default_factory=set)
    missing_contacts: set[str] = field(default_factory=set)
    conflicts: int = 0


def _now() -> str | None:
    return to_db(utcnow())


def ids_by_crm_id(conn: Connection, table: str, crm_ids: Iterable[str]) -> dict[str, int]:
    """Local ids of rows with these CRM ids (``table`` is a constant of the caller's)."""
    wanted = list(set(crm_ids))
    if not wanted:
        return {}
    found = rows(
        conn,
        f"SELECT crm_id, id FROM {table} WHERE crm_id IN (SELECT value FROM json_each(?))",
        (json.dumps(wanted),),
    )
    return {r[0]: r[1] for r in found}


# --- campaigns, member statuses, volunteers ---------------------------------------------------


def apply_campaigns(conn: Connection, records: Sequence[CrmRecord]) -> Applied:
    """Campaigns by CRM id, each with one call list; a deleted campaign is closed."""
    applied = Applied()
    known = ids_by_crm_id(conn, "campaign", (r.crm_id for r in records))
    for record in records:
        f = record.fields
        active = bool(f.get("is_active")) and not record.deleted
        if record.crm_id in known:
            values: tuple[Any, ...] = (active, record.crm_id)
            if record.deleted:
                run(conn, "UPDATE campaign SET is_active = ? WHERE crm_id = ?", values)
            else:
                run(
                    conn,
                    "UPDATE campaign SET name = ?, description = ?, is_active = ? WHERE crm_id = ?",
                    (f.get("name", "")[:120], f.get("description", ""), active, record.crm_id),
                )
        elif not record.deleted:
            _insert_campaign(
                conn, record.crm_id, f.get("name", ""), f.get("description", ""), active
            )
        applied.changed += 1
    return applied


def _insert_campaign(
    conn: Connection, crm_id: str, name: str, description: str, active: bool
) -> int:
    campaign_id = rows(
        conn,
        "INSERT INTO campaign (crm_id, uid, name, description, is_active, window_start_min, "
        "window_end_min, max_attempts, max_attempts_per_phone, recontact_minutes, lease_minutes, "
        "created_at) VALUES (?, ?, ?, ?, ?, 540, 1200, 3, 2, 240, 20, ?) RETURNING id",
        (crm_id, new_op_id(), name[:120] or "Campaign", description, active, _now()),
    )[0][0]
    conn.exec_driver_sql(
        "INSERT INTO call_list (crm_id, uid, campaign_id, name, next_queue_seq, created_at) "
        "VALUES (?, ?, ?, ?, 1, ?)",
        (crm_id, new_op_id(), campaign_id, name[:120] or "Campaign", _now()),
    )
    for position, (code, label, extra) in enumerate(_LOCAL_CODES):
        conn.exec_driver_sql(
            "INSERT INTO result_code (campaign_id, code, label, position, counts_as_contact, "
            "is_terminal, is_wrong_number, is_do_not_call, schedules_callback) "
            "VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)",
            (campaign_id, code, json.dumps({"en": label}), 100 + position, *extra),
        )
    return campaign_id


# Results every CRM campaign gets besides its member statuses:
# (code, label, (counts as contact, terminal, do not call, schedules callback)).
_LOCAL_CODES = (
    ("NO_ANSWER", "No answer", (False, False, False, False)),
    ("CALLBACK", "Call back later", (True, False, False, True)),
    ("DO_NOT_CALL", "Do not call", (True, True, True, False)),
)


def apply_member_statuses(conn: Connection, records: Sequence[CrmRecord]) -> Applied:
    """The CRM's member statuses (their order ranks progress) and a result code for each."""
    applied = Applied()
    campaigns = ids_by_crm_id(
        conn, "campaign", (r.fields.get("campaign_crm_id") or "" for r in records)
    )
    for record in records:
        f = record.fields
        if record.deleted:
            run(conn, "DELETE FROM crm_member_status WHERE crm_id = ?", (record.crm_id,))
            continue
        campaign_id = campaigns.get(f.get("campaign_crm_id") or "")
        if campaign_id is None:
            applied.missing_campaigns.add(f.get("campaign_crm_id") or "")
            continue
        label = str(f.get("label", ""))[:255]
        conn.exec_driver_sql(
            "INSERT INTO crm_member_status (crm_id, campaign_id, label, sort_order, is_default, "
            "has_responded) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (campaign_id, label) DO UPDATE "
            "SET crm_id = excluded.crm_id, sort_order = excluded.sort_order, "
            "is_default = excluded.is_default, has_responded = excluded.has_responded",
            (
                record.crm_id,
                campaign_id,
                label,
                f.get("sort_order", 0),
                f.get("is_default", False),
                f.get("has_responded", False),
            ),
        )
        if not f.get("is_default"):
            _result_code_for(conn, campaign_id, label, f)
        applied.changed += 1
    return applied


def _result_code_for(conn: Connection, campaign_id: int, label: str, f: dict[str, Any]) -> None:
    """A result a volunteer can pick that sets this member status (made once, then theirs)."""
    exists = rows(
        conn,
        "SELECT 1 FROM result_code WHERE campaign_id = ? AND crm_value = ?",
        (campaign_id, label),
    )
    if exists:
        return
    code = re.sub(r"[^A-Z0-9]+", "_", label.upper()).strip("_")[:30] or "STATUS"
    taken = {
        r[0]
        for r in rows(conn, "SELECT code FROM result_code WHERE campaign_id = ?", (campaign_id,))
    }
    base, n = code, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    responded = bool(f.get("has_responded"))
    conn.exec_driver_sql(
        "INSERT INTO result_code (campaign_id, code, label, position, counts_as_contact, "
        "is_terminal, is_wrong_number, is_do_not_call, schedules_callback, crm_value) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?)",
        (
            campaign_id,
            code,
            json.dumps({"en": label}),
            int(f.get("sort_order", 0)),
            responded,
            responded,
            "wrong" in label.lower(),
            label,
        ),
    )


def apply_volunteers(conn: Connection, records: Sequence[CrmRecord]) -> Applied:
    """Volunteers by CRM id: new ones arrive pending (activation here gives them a PIN);
    names and contact details follow the CRM; status is decided here and pushed."""
    applied = Applied()
    known = ids_by_crm_id(conn, "volunteer", (r.crm_id for r in records))
    for record in records:
        if record.deleted:
            continue
        f = record.fields
        values = (
            str(f.get("first_name", ""))[:80],
            str(f.get("last_name", ""))[:80],
            f.get("email"),
            (f.get("phone") or None) and str(f["phone"])[:20],
            json.dumps(f.get("languages") or ["en"]),
        )
        if record.crm_id in known:
            run(
                conn,
                "UPDATE volunteer SET first_name = ?, last_name = ?, email = ?, phone = ?, "
                "languages = ? WHERE crm_id = ?",
                (*values, record.crm_id),
            )
        else:
            conn.exec_driver_sql(
                "INSERT INTO volunteer (crm_id, uid, first_name, last_name, email, phone, "
                "languages, role, status, failed_pin_attempts, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'volunteer', 'pending', 0, ?)",
                (record.crm_id, new_op_id(), *values, _now()),
            )
        applied.changed += 1
    return applied
