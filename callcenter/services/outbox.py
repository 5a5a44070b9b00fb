"""The outbox as sync sees it, and the review queue people see.

Sync reads pending rows in ``id`` order with their references resolved at push
time (a contact merged in the CRM meanwhile is sent under its surviving id), and
marks each row only after the CRM has answered for it: sent, retry later, or
review.  Rows the CRM refused for good wait in the review queue with the CRM's
own message until a person retries or dismisses them; nothing leaves silently.
No HTTP here: this is plain store work.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from callcenter.db import Store
from callcenter.errors import InvalidInputError
from callcenter.messages import msg
from callcenter.models import OutboxStatus, utcnow
from callcenter.services.audit import write_audit
from callcenter.services.sqlrows import from_db, placeholders, rows, run, to_db

CONTACT_KINDS = frozenset(
    {
        "contact_do_not_call",
        "phone_do_not_call",
        "phone_bad",
        "contact_update",
        "contact_resend",
        "contact_erasure",
    }
)
# What the review shows: refused rows waiting for a decision, or the dismissed ones.
REVIEW_FILTERS = frozenset({OutboxStatus.REVIEW, OutboxStatus.DISMISSED})
# A contact the CRM merged away keeps its history here and sends under the survivor's id.
_CONTACT_CRM_ID = "COALESCE(p.crm_id, json_extract(p.attributes, '$.crm_merged_into'))"


@dataclass(frozen=True)
class OutboxItem:
    """One pending row and the CRM ids it refers to now.

    ``refs`` holds what the payload names by local id, looked up at push time:
    ``contact_crm_id``, ``campaign_crm_id``, ``member_crm_id``, ``member_status`` (the
    member status to send: already the furthest along) and ``member_attempts``,
    ``volunteer_crm_id``,
    ``volunteer_uid``, ``volunteer_name`` and ``answers`` (op id, question key,
    answer key and label, or text).
    """

    id: int
    op_id: str
    kind: str
    payload: dict[str, Any]
    tries: int
    refs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ReviewItem:
    id: int
    op_id: str
    kind: str
    message: str
    tries: int
    created_at: datetime | None
    contact_crm_id: str | None
    status: str = OutboxStatus.REVIEW
    # Who dismissed the row and when (from the audit), for dismissed rows.
    decided_by_id: int | None = None
    decided_at: datetime | None = None


@dataclass(frozen=True)
class OutboxCounts:
    pending: int = 0
    review: int = 0
    sent: int = 0
    dismissed: int = 0


# --- what sync reads --------------------------------------------------------------------------


def pending_items(
    store: Store, limit: int = 200, *, skip_ids: Iterable[int] = ()
) -> list[OutboxItem]:
    """The oldest pending rows (by id), references resolved, skipping ``skip_ids``."""
    skipped = sorted(set(skip_ids))
    with store.read() as session:
        conn = session.connection()
        sql = "SELECT id, op_id, kind, payload, tries FROM outbox WHERE status = 'pending'"
        if skipped:
            sql += " AND id NOT IN (SELECT value FROM json_each(?))"
        sql += " ORDER BY id LIMIT ?"
        params: tuple[Any, ...] = (json.dumps(skipped), limit) if skipped else (limit,)
        found = rows(conn, sql, params)
        items = [
            OutboxItem(r.id, r.op_id, r.kind, json.loads(r.payload) if r.payload else {}, r.tries)
            for r in found
        ]
        return _resolve(conn, items)


def pending_member_crm_ids(store: Store, limit: int, *, skip_ids: Iterable[int] = ()) -> list[str]:
    """CRM ids of the campaign members the oldest ``limit`` pending call rows will write
    (sync reads their current status from the CRM ahead of the push)."""
    with store.read() as session:
        found = rows(
            session.connection(),
            "SELECT DISTINCT e.crm_id FROM (SELECT op_id FROM outbox WHERE status = 'pending' "
            "AND kind = 'call_attempt' AND id NOT IN (SELECT value FROM json_each(?)) "
            "ORDER BY id LIMIT ?) o JOIN call_attempt ca ON ca.op_id = o.op_id "
            "JOIN call_list_entry e ON e.id = ca.entry_id WHERE e.crm_id IS NOT NULL",
            (json.dumps(sorted(set(skip_ids))), limit),
        )
    return [r[0] for r in found]


def _resolve(conn: Connection, items: list[OutboxItem]) -> list[OutboxItem]:
    calls = [i.op_id for i in items if i.kind == "call_attempt"]
    call_refs = _call_refs(conn, calls) if calls else {}
    contact_uids = [i.payload.get("contact_uid") for i in items if i.kind in CONTACT_KINDS]
    contacts = _by_uid(conn, "contact", _CONTACT_CRM_ID, [u for u in contact_uids if u])
    volunteer_uids = [i.payload.get("volunteer_uid") for i in items if i.kind == "volunteer_status"]
    volunteers = _volunteers(conn, [u for u in volunteer_uids if u])
    resolved = []
    for item in items:
        refs: dict[str, Any] = {}
        if item.kind == "call_attempt":
            refs = dict(call_refs.get(item.op_id, {}))
            refs.setdefault("contact_crm_id", item.payload.get("contact_crm_id"))
            refs.setdefault("campaign_crm_id", item.payload.get("campaign_crm_id"))
        elif item.kind in CONTACT_KINDS:
            uid = item.payload.get("contact_uid")
            refs["contact_crm_id"] = contacts.get(uid) or item.payload.get("crm_id")
        elif item.kind == "volunteer_status":
            crm_id, name = volunteers.get(item.payload.get("volunteer_uid"), (None, ""))
            refs.update(
                volunteer_crm_id=crm_id or item.payload.get("volunteer_crm_id"),
                volunteer_uid=item.payload.get("volunteer_uid"),
                volunteer_name=name,
            )
        resolved.append(OutboxItem(item.id, item.op_id, item.kind, item.payload, item.tries, refs))
    return resolved


def _call_refs(conn: Connection, op_ids: list[str]) -> dict[str, dict[str, Any]]:
    found = rows(
        conn,
        "SELECT ca.id, ca.op_id, c.crm_id AS campaign_crm_id, "
        f"{_CONTACT_CRM_ID} AS contact_crm_id, "
        "e.crm_id AS member_crm_id, e.crm_member_status AS member_status, "
        "e.attempts AS member_attempts, "
        "v.crm_id AS volunteer_crm_id, v.uid AS volunteer_uid "
        "FROM call_attempt ca JOIN campaign c ON c.id = ca.campaign_id "
        "JOIN volunteer v ON v.id = ca.volunteer_id "
        "LEFT JOIN contact p ON p.id = ca.contact_id "
        "LEFT JOIN call_list_entry e ON e.id = ca.entry_id "
        "WHERE ca.op_id IN (SELECT value FROM json_each(?))",
        (json.dumps(op_ids),),
    )
    refs: dict[str, dict[str, Any]] = {}
    by_attempt: dict[int, str] = {}
    for r in found:
        by_attempt[r.id] = r.op_id
        refs[r.op_id] = {
            "contact_crm_id": r.contact_crm_id,
            "campaign_crm_id": r.campaign_crm_id,
            "member_crm_id": r.member_crm_id,
            "member_status": r.member_status,
            "member_attempts": r.member_attempts,
            "volunteer_crm_id": r.volunteer_crm_id,
            "volunteer_uid": r.volunteer_uid,
            "answers": [],
        }
    if by_attempt:
        answers = rows(
            conn,
            "SELECT sr.attempt_id, sr.op_id, q.key AS question_key, a.key AS answer_key, "
            "a.label AS answer_label, sr.text_value FROM survey_response sr "
            "JOIN script_question q ON q.id = sr.question_id "
            "LEFT JOIN script_answer a ON a.id = sr.answer_id "
            "WHERE sr.attempt_id IN (SELECT value FROM json_each(?)) ORDER BY sr.id",
            (json.dumps(list(by_attempt)),),
        )
        for a in answers:
            labels = json.loads(a.answer_label) if a.answer_label else {}
            refs[by_attempt[a.attempt_id]]["answers"].append(
                {
                    "op_id": a.op_id,
                    "question_key": a.question_key,
                    "answer_key": a.answer_key,
                    "answer_label": labels.get("en") or next(iter(labels.values()), None),
                    "text": a.text_value,
                }
            )
    return refs


def _by_uid(conn: Connection, table: str, column: str, uids: list[str]) -> dict[str, Any]:
    if not uids:
        return {}
    # Table and column names are this module's constants, never input.
    found = rows(
        conn,
        f"SELECT p.uid, {column} FROM {table} p WHERE p.uid IN (SELECT value FROM json_each(?))",
        (json.dumps(uids),),
    )
    return {r[0]: r[1] for r in found}


def _volunteers(conn: Connection, uids: list[str]) -> dict[str, tuple[str | None, str]]:
    if not uids:
        return {}
    found = rows(
        conn,
        "SELECT uid, crm_id, first_name, last_name FROM volunteer "
        "WHERE uid IN (SELECT value FROM json_each(?))",
        (json.dumps(uids),),
    )
    return {r.uid: (r.crm_id, f"{r.first_name} {r.last_name}".strip()) for r in found}


# --- what sync writes back --------------------------------------------------------------------


def mark_sent(
    store: Store, sent: Sequence[tuple[int, str | None]], *, now: datetime | None = None
) -> None:
    """Rows the CRM confirmed: ``(outbox id, the CRM id of the main record)``."""
    if not sent:
        return
    stamp = to_db(now or utcnow())
    with store.write() as session:
        session.connection().exec_driver_sql(
            "UPDATE outbox SET status = 'sent', sent_at = ?, crm_id = ?, last_error = NULL, "
            "tries = tries + 1 WHERE id = ? AND status = 'pending'",
            [(stamp, crm_id, outbox_id) for outbox_id, crm_id in sent],
        )


def mark_for_review(store: Store, refused: Sequence[tuple[int, str]]) -> None:
    """Rows the CRM refused for good: into the review queue with the CRM's message."""
    _set_status(store, refused, OutboxStatus.REVIEW)


def note_retry(store: Store, failed: Sequence[tuple[int, str]]) -> None:
    """Rows that failed for a passing reason: stay pending, counted, message kept."""
    _set_status(store, failed, OutboxStatus.PENDING)


def _set_status(store: Store, changes: Sequence[tuple[int, str]], status: str) -> None:
    if not changes:
        return
    with store.write() as session:
        session.connection().exec_driver_sql(
            "UPDATE outbox SET status = ?, last_error = ?, tries = tries + 1 "
            "WHERE id = ? AND status = 'pending'",
            [(status, message[:2000], outbox_id) for outbox_id, message in changes],
        )


def set_volunteer_crm_ids(store: Store, pairs: Sequence[tuple[str, str]]) -> None:
    """Remember the CRM ids of volunteers the CRM created from our rows: (uid, crm id)."""
    if not pairs:
        return
    with store.write() as session:
        session.connection().exec_driver_sql(
            "UPDATE volunteer SET crm_id = ? WHERE uid = ? AND crm_id IS NULL",
            [(crm_id, uid) for uid, crm_id in pairs],
        )


# --- the review queue -------------------------------------------------------------------------


def outbox_counts(store: Store) -> OutboxCounts:
    with store.read() as session:
        counts = dict(
            rows(session.connection(), "SELECT status, count(*) FROM outbox GROUP BY status")
        )
    return OutboxCounts(
        pending=counts.get("pending", 0),
        review=counts.get("review", 0),
        sent=counts.get("sent", 0),
        dismissed=counts.get("dismissed", 0),
    )


def review_queue(
    store: Store, limit: int = 500, *, status: str = OutboxStatus.REVIEW
) -> list[ReviewItem]:
    """Rows the CRM refused (``review``) or a person dismissed (``dismissed``), oldest
    first, with the CRM's message; dismissed rows name who dismissed them and when."""
    if status not in REVIEW_FILTERS:
        raise InvalidInputError(
            msg(
                "outbox.unknown_review_filter",
                status=status,
                items=", ".join(sorted(REVIEW_FILTERS)),
            )
        )
    with store.read() as session:
        conn = session.connection()
        found = rows(
            conn,
            "SELECT id, op_id, kind, payload, last_error, tries, created_at FROM outbox "
            "WHERE status = ? ORDER BY id LIMIT ?",
            (str(status), limit),
        )
        decided = _dismissals(conn, [r.id for r in found]) if status != "review" else {}
    items = []
    for r in found:
        payload = json.loads(r.payload) if r.payload else {}
        by, at = decided.get(r.id, (None, None))
        items.append(
            ReviewItem(
                id=r.id,
                op_id=r.op_id,
                kind=r.kind,
                message=r.last_error or "",
                tries=r.tries,
                created_at=from_db(r.created_at),
                contact_crm_id=payload.get("contact_crm_id") or payload.get("crm_id"),
                status=str(status),
                decided_by_id=by,
                decided_at=at,
            )
        )
    return items


def _dismissals(
    conn: Connection, outbox_ids: list[int]
) -> dict[int, tuple[int | None, datetime | None]]:
    """Outbox id -> (actor, time) of its latest dismissal in the audit."""
    if not outbox_ids:
        return {}
    found = rows(
        conn,
        "SELECT CAST(j.value AS INTEGER) AS outbox_id, a.actor_id, a.at FROM audit_event a, "
        "json_each(a.detail, '$.outbox_ids') j WHERE a.action = 'outbox_dismiss' "
        "AND CAST(j.value AS INTEGER) IN (SELECT value FROM json_each(?)) ORDER BY a.id",
        (json.dumps(outbox_ids),),
    )
    return {r.outbox_id: (r.actor_id, from_db(r.at)) for r in found}


def retry_review(
    store: Store, outbox_ids: Sequence[int], *, actor_id: int, station_id: int | None = None
) -> int:
    """Send refused rows again at the next sync (after the CRM data was fixed).

    Raises:
        NotAllowedError: the actor is not an active shift lead or admin.
        InvalidInputError: a row is not waiting for review.
    """
    return _review_action(
        store, outbox_ids, actor_id, station_id, OutboxStatus.PENDING, "outbox_retry"
    )


def dismiss_review(
    store: Store, outbox_ids: Sequence[int], *, actor_id: int, station_id: int | None = None
) -> int:
    """Decide not to send refused rows; the decision is audited, the row kept and
    listed under the ``dismissed`` filter.  Raises as ``retry_review``."""
    return _review_action(
        store, outbox_ids, actor_id, station_id, OutboxStatus.DISMISSED, "outbox_dismiss"
    )


def _review_action(
    store: Store,
    outbox_ids: Sequence[int],
    actor_id: int,
    station_id: int | None,
    status: str,
    action: str,
) -> int:
    from callcenter.services.volunteers import require_manager

    ids = sorted(set(outbox_ids))
    if not ids:
        return 0
    now = utcnow()
    with store.write() as session:
        require_manager(session, actor_id, msg("sync_review.only_lead_decides"))
        conn = session.connection()
        marks = placeholders(len(ids))
        in_review = [
            r[0]
            for r in rows(
                conn, f"SELECT id FROM outbox WHERE status = 'review' AND id IN ({marks})", ids
            )
        ]
        missing = set(ids) - set(in_review)
        if missing:
            raise InvalidInputError(
                msg(
                    "outbox.outbox_rows_are_not_waiting", items=", ".join(map(str, sorted(missing)))
                )
            )
        run(conn, f"UPDATE outbox SET status = ? WHERE id IN ({marks})", (status, *ids))
        write_audit(conn, action, now, actor_id=actor_id, station_id=station_id, outbox_ids=ids)
    return len(ids)
