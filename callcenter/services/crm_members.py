"""Applying a page of CRM campaign members to the call lists.

A member becomes a list entry of its campaign's list.  It is callable here
(``pending``) only while this workstation holds the CRM's lease on it; otherwise
it waits as ``unheld`` and is never presented.  With leases off (``holder`` None)
every open member is callable.  The member's status only moves forward: a CRM
status further along is taken (and closes the entry when it means the person
responded); one behind ours is kept ours, and when nothing of ours is still
waiting to be sent it is recorded as a conflict.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from callcenter.db import Store
from callcenter.services.conflicts import RULE_MEMBER, record_conflict
from callcenter.services.crm_records import Applied, CrmRecord, ids_by_crm_id
from callcenter.services.sqlrows import rows, run, to_db

OPEN = ("pending", "callback", "skipped", "unheld")


def apply_members(
    conn: Connection,
    records: Sequence[CrmRecord],
    *,
    holder: str | None,
    now: datetime,
) -> Applied:
    applied = Applied()
    lists = _lists(conn, {r.fields.get("campaign_crm_id") or "" for r in records})
    contacts = ids_by_crm_id(
        conn, "contact", (r.fields.get("contact_crm_id") or "" for r in records)
    )
    entries = _entries(conn, [r.crm_id for r in records])
    ranks = _ranks(conn, {campaign for campaign, _ in lists.values()})
    waiting = _entries_with_pending_calls(conn, [e["id"] for e in entries.values()])
    for record in records:
        f = record.fields
        entry = entries.get(record.crm_id)
        if record.deleted:
            if entry is not None and entry["status"] in OPEN:
                _close(conn, entry["id"], "crm_deleted")
            continue
        target = lists.get(f.get("campaign_crm_id") or "")
        contact_id = contacts.get(f.get("contact_crm_id") or "")
        if target is None:
            applied.missing_campaigns.add(f.get("campaign_crm_id") or "")
            continue
        if contact_id is None:
            applied.missing_contacts.add(f.get("contact_crm_id") or "")
            continue
        campaign_id, list_id = target
        status_rank = ranks.get((campaign_id, f.get("status")))
        held = _held_by(f, holder, now)
        if entry is None:
            _insert(conn, record, list_id, contact_id, status_rank, held, holder)
        else:
            applied.conflicts += _update(
                conn,
                entry,
                record,
                contact_id,
                campaign_id,
                ranks,
                held,
                holder,
                entry["id"] in waiting,
            )
        applied.changed += 1
    return applied


def _held_by(f: dict[str, Any], holder: str | None, now: datetime) -> datetime | None:
    """Until when ``holder`` holds the member's lease (None: not held by us)."""
    expires = f.get("lease_expires_at")
    if holder and f.get("lease_holder") == holder and expires and expires > now:
        return expires
    return None


def _lists(conn: Connection, campaign_crm_ids: set[str]) -> dict[str, tuple[int, int]]:
    """Campaign CRM id -> (campaign id, its CRM call list id)."""
    found = rows(
        conn,
        "SELECT c.crm_id, c.id, l.id FROM campaign c JOIN call_list l ON l.campaign_id = c.id "
        "AND l.crm_id = c.crm_id WHERE c.crm_id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(campaign_crm_ids)),),
    )
    return {r[0]: (r[1], r[2]) for r in found}


def _entries(conn: Connection, crm_ids: list[str]) -> dict[str, dict[str, Any]]:
    found = rows(
        conn,
        "SELECT id, crm_id, contact_id, list_id, status, crm_member_status, lease_holder_id "
        "FROM call_list_entry WHERE crm_id IN (SELECT value FROM json_each(?))",
        (json.dumps(crm_ids),),
    )
    return {r.crm_id: dict(r._mapping) for r in found}


def _ranks(conn: Connection, campaign_ids: set[int]) -> dict[tuple[int, str], tuple[bool, int]]:
    """(campaign id, status label) -> its rank: (responded, sort order), see
    ``entry_rules.member_status_rank``."""
    found = rows(
        conn,
        "SELECT campaign_id, label, sort_order, has_responded FROM crm_member_status "
        "WHERE campaign_id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(campaign_ids)),),
    )
    return {(r[0], r[1]): (bool(r[3]), r[2]) for r in found}


def _entries_with_pending_calls(conn: Connection, entry_ids: list[int]) -> set[int]:
    if not entry_ids:
        return set()
    found = rows(
        conn,
        "SELECT DISTINCT ca.entry_id FROM outbox o JOIN call_attempt ca ON ca.op_id = o.op_id "
        "WHERE o.status IN ('pending', 'review') AND o.kind = 'call_attempt' "
        "AND ca.entry_id IN (SELECT value FROM json_each(?))",
        (json.dumps(entry_ids),),
    )
    return {r[0] for r in found}


def _insert(
    conn: Connection,
    record: CrmRecord,
    list_id: int,
    contact_id: int,
    status_rank: tuple[bool, int] | None,
    held: datetime | None,
    holder: str | None,
) -> None:
    responded = bool(status_rank and status_rank[0])
    if responded:
        status, reason = "done", "crm_status"
    elif holder is None or held is not None:
        status, reason = "pending", None
    else:
        status, reason = "unheld", None
    duplicate = rows(
        conn,
        "SELECT id FROM call_list_entry WHERE list_id = ? AND contact_id = ?",
        (list_id, contact_id),
    )
    if duplicate:
        # A second member for one person (two CRM records merged): keep one entry.
        return
    seq = rows(
        conn,
        "UPDATE call_list SET next_queue_seq = next_queue_seq + 1 WHERE id = ? "
        "RETURNING next_queue_seq - 1",
        (list_id,),
    )[0][0]
    conn.exec_driver_sql(
        "INSERT INTO call_list_entry (crm_id, list_id, contact_id, status, priority, queue_seq, "
        "attempts, skips, closed_reason, crm_member_status, crm_lease_expires_at) "
        "VALUES (?, ?, ?, ?, 0, ?, 0, 0, ?, ?, ?)",
        (
            record.crm_id,
            list_id,
            contact_id,
            status,
            seq,
            reason,
            record.fields.get("status"),
            to_db(held),
        ),
    )


def _update(
    conn: Connection,
    entry: dict[str, Any],
    record: CrmRecord,
    contact_id: int,
    campaign_id: int,
    ranks: dict[tuple[int, str], tuple[bool, int]],
    held: datetime | None,
    holder: str | None,
    calls_waiting: bool,
) -> int:
    theirs = record.fields.get("status")
    ours = entry["crm_member_status"]
    their_rank = ranks.get((campaign_id, theirs))
    our_rank = ranks.get((campaign_id, ours)) if ours else None
    values: dict[str, Any] = {}
    conflicts = 0
    if theirs and theirs != ours:
        if our_rank is None or their_rank is None or their_rank > our_rank:
            values["crm_member_status"] = theirs
        elif not calls_waiting:
            conflicts += record_conflict(
                conn,
                "campaign_member",
                entry["id"],
                record.crm_id,
                "status",
                ours,
                theirs,
                RULE_MEMBER,
            )
    if contact_id != entry["contact_id"]:
        clash = rows(
            conn,
            "SELECT id FROM call_list_entry WHERE list_id = ? AND contact_id = ?",
            (entry["list_id"], contact_id),
        )
        if not clash:
            values["contact_id"] = contact_id  # the CRM moved the member (a merge)
    status = entry["status"]
    responded = their_rank is not None and their_rank[0] and "crm_member_status" in values
    if responded and status in OPEN:
        values.update(status="done", closed_reason="crm_status", crm_lease_expires_at=None)
    elif holder is not None and status in ("pending", "unheld", "callback"):
        if held is not None:
            values["crm_lease_expires_at"] = to_db(held)
            if status == "unheld":
                values["status"] = "pending"
        elif status in ("pending", "callback"):
            values.update(status="unheld", crm_lease_expires_at=None)
    if values:
        assignments = ", ".join(f"{name} = ?" for name in values)
        run(
            conn,
            f"UPDATE call_list_entry SET {assignments} WHERE id = ?",
            (*values.values(), entry["id"]),
        )
    return conflicts


def _close(conn: Connection, entry_id: int, reason: str) -> None:
    run(
        conn,
        "UPDATE call_list_entry SET status = 'done', closed_reason = ?, callback_at = NULL, "
        "crm_lease_expires_at = NULL WHERE id = ?",
        (reason, entry_id),
    )


def statuses_to_send(
    store: Store, wanted: Sequence[tuple[str | None, str, str | None]]
) -> list[str | None]:
    """For (campaign CRM id, our status, the CRM's status now) each: the status to
    write, or None to leave the CRM's alone.

    Forward only, against what the CRM holds at the moment of the push (another
    workstation or a person in the CRM may have moved it since our last pull): ours
    only when it is further along (or cannot be ranked against theirs, the newer
    winning as in ``entry_rules.forward_member_status``); the next pull then
    brings theirs here.
    """
    with store.read() as session:
        conn = session.connection()
        campaigns = {c for c, _, _ in wanted if c}
        found = rows(
            conn,
            "SELECT c.crm_id, s.label, s.has_responded, s.sort_order FROM crm_member_status s "
            "JOIN campaign c ON c.id = s.campaign_id "
            "WHERE c.crm_id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(campaigns)),),
        )
    ranks = {(r[0], r[1]): (bool(r[2]), r[3]) for r in found}
    out: list[str | None] = []
    for campaign, ours, theirs in wanted:
        if theirs == ours:
            out.append(None)  # nothing to change
            continue
        our_rank, their_rank = ranks.get((campaign, ours)), ranks.get((campaign, theirs))
        behind = our_rank is not None and their_rank is not None and our_rank <= their_rank
        out.append(None if behind else ours)
    return out
