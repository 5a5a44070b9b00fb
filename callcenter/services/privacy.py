"""A person's rights over their data: erase it, or see everything held about them.

Erasing removes every piece of personal data from this store and keeps an
anonymous tombstone: the contact row keeps only its ids (so the CRM request
can name them, and a file or a pull cannot bring the person back), and their
call attempts stay as anonymous counts with the notes blanked and the number
and ZIP forgotten.  Pending CRM work about them is scrubbed of names, numbers and
notes, and an erasure (or opt-out) request is queued for the CRM.  Retention
(``retention``) uses the same scrubbing, without asking the CRM for anything.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from callcenter.db import Store
from callcenter.errors import InvalidInputError, NotAllowedError
from callcenter.ids import new_op_id
from callcenter.messages import msg
from callcenter.models import VolunteerRole, utcnow
from callcenter.services.audit import write_audit
from callcenter.services.entry_rules import check_active
from callcenter.services.sqlrows import one, placeholders, rows, run, to_db, to_json

log = logging.getLogger(__name__)

REQUESTS = ("erase", "opt_out")
# Personal fields of an outbox payload, and what they become.
_PAYLOAD_SCRUB = {
    "notes": "",
    "phone_e164": None,
    "number_e164": None,
    "first_name": None,
    "last_name": None,
    "email": None,
    "changes": {},
}


@dataclass(frozen=True)
class ErasureReport:
    contact_id: int
    attempts_kept: int  # anonymous from now on
    entries_closed: int
    outbox_scrubbed: int
    request: str


def erase_contact(
    store: Store,
    contact_id: int,
    actor_id: int,
    *,
    request: str = "erase",
    now: datetime | None = None,
) -> ErasureReport:
    """Erase one person's data here and queue the request for the CRM; one transaction.

    ``request`` is "erase" (delete them in the CRM too) or "opt_out" (keep the
    CRM record, never contact them again).

    Raises:
        NotAllowedError: the actor is not an active admin.
        InvalidInputError: no such contact, or already erased.
    """
    if request not in REQUESTS:
        raise InvalidInputError(msg("privacy.not_request_use_erase_opt", request=request))
    now = now or utcnow()
    now_text = to_db(now)
    with store.write() as session:
        conn = session.connection()
        _check_admin(conn, actor_id)
        contact = one(
            conn, "SELECT uid, crm_id, erased_at FROM contact WHERE id = ?", (contact_id,)
        )
        if contact is None:
            raise InvalidInputError(msg("conflicts.contact_does_not_exist", contact_id=contact_id))
        if contact.erased_at is not None:
            raise InvalidInputError(
                msg("privacy.contact_was_erased_already", contact_id=contact_id)
            )
        attempts = one(
            conn, "SELECT count(*) FROM call_attempt WHERE contact_id = ?", (contact_id,)
        )[0]  # type: ignore[index]
        closed, scrubbed = scrub_contacts(conn, [contact_id], now_text)
        run(
            conn,
            "INSERT INTO outbox (op_id, kind, payload, status, tries, created_at) "
            "VALUES (?, 'contact_erasure', ?, 'pending', 0, ?)",
            (
                new_op_id(),
                to_json(
                    {
                        "contact_uid": contact.uid,
                        "crm_id": contact.crm_id,
                        "request": request,
                        "at": now_text,
                    }
                ),
                now_text,
            ),
        )
        write_audit(
            conn,
            "contact_erased",
            now,
            actor_id=actor_id,
            contact_id=contact_id,
            request=request,
            attempts_kept=attempts,
        )
    log.info("erased contact %d (%s), %d attempts kept", contact_id, request, attempts)
    return ErasureReport(contact_id, attempts, closed, scrubbed, request)


def scrub_contacts(
    conn: Connection, contact_ids: Sequence[int], now: str | None
) -> tuple[int, int]:
    """Remove the personal data of these contacts inside the caller's transaction.

    Returns (open list entries closed, pending outbox rows scrubbed).
    """
    closed = scrubbed = 0
    for start in range(0, len(contact_ids), 400):  # under SQLite's bound-parameter limit
        ids = tuple(contact_ids[start : start + 400])
        marks = placeholders(len(ids))
        households = [
            r[0]
            for r in rows(
                conn,
                f"SELECT DISTINCT household_id FROM contact WHERE id IN ({marks}) "
                "AND household_id IS NOT NULL",
                ids,
            )
        ]
        uids = [r[0] for r in rows(conn, f"SELECT uid FROM contact WHERE id IN ({marks})", ids)]
        run(
            conn,
            "UPDATE contact SET first_name = '', last_name = '', pronunciation = NULL, "
            "birth_year = NULL, email = NULL, street = NULL, city = NULL, state = NULL, "
            "postal_code = NULL, time_zone = NULL, polling_place = NULL, attributes = '{}', "
            "household_id = NULL, do_not_call = 1, opted_out_email = 1, erased_at = ?, "
            f"updated_at = ? WHERE id IN ({marks})",
            (now, now, *ids),
        )
        # The notes, ZIP and number (phone rows below) of each call go; that it happened stays.
        run(
            conn,
            f"UPDATE call_attempt SET notes = '', postal_area = NULL WHERE contact_id IN ({marks}) "
            "AND (notes != '' OR postal_area IS NOT NULL)",
            ids,
        )
        run(
            conn,
            f"UPDATE survey_response SET text_value = NULL WHERE contact_id IN ({marks}) "
            "AND text_value IS NOT NULL",
            ids,
        )
        run(conn, f"DELETE FROM phone WHERE contact_id IN ({marks})", ids)
        closed += run(
            conn,
            "UPDATE call_list_entry SET status = 'done', closed_reason = 'erased', "
            "callback_at = NULL, lease_holder_id = NULL, lease_station_id = NULL, "
            f"lease_expires_at = NULL WHERE contact_id IN ({marks}) AND status != 'done'",
            ids,
        )
        run(
            conn,
            f"DELETE FROM conflict WHERE object_type = 'contact' AND local_id IN ({marks})",
            ids,
        )
        for household in households:  # a household label is a family name
            run(
                conn,
                "UPDATE household SET label = '' WHERE id = ? AND NOT EXISTS "
                "(SELECT 1 FROM contact WHERE household_id = ?)",
                (household, household),
            )
        scrubbed += _scrub_outbox(conn, uids)
    return closed, scrubbed


def _scrub_outbox(conn: Connection, uids: list[str]) -> int:
    """Pending CRM work about these people keeps its ids and loses their details."""
    if not uids:
        return 0
    found = rows(
        conn,
        "SELECT id, payload FROM outbox WHERE status != 'sent' "
        f"AND json_extract(payload, '$.contact_uid') IN ({placeholders(len(uids))})",
        uids,
    )
    for outbox_id, payload in found:
        body = json.loads(payload) if payload else {}
        for key, blank in _PAYLOAD_SCRUB.items():
            if key in body:
                body[key] = blank
        for answer in body.get("answers") or []:
            answer["text"] = None
        run(conn, "UPDATE outbox SET payload = ? WHERE id = ?", (to_json(body), outbox_id))
    return len(found)


def _check_admin(conn: Connection, actor_id: int) -> None:
    actor = check_active(conn, actor_id)
    if actor.role != VolunteerRole.ADMIN:
        raise NotAllowedError(msg("privacy.only_admin_can_erase_person"))


# --- everything held about one person -------------------------------------------------------


def person_data(store: Store, contact_id: int, actor_id: int | None = None) -> dict[str, Any]:
    """Everything this store holds about one contact, as plain data (for a JSON file).

    The export is audited.  ``actor_id`` (who asks) must be an admin when given;
    the command line, run by whoever holds the database file, may leave it out.

    Raises:
        NotAllowedError: the actor is not an active admin.
        InvalidInputError: no such contact.
    """
    with store.write() as session:
        conn = session.connection()
        if actor_id is not None:
            _check_admin(conn, actor_id)
        contact = _dicts(conn, "SELECT * FROM contact WHERE id = ?", (contact_id,))
        if not contact:
            raise InvalidInputError(msg("conflicts.contact_does_not_exist", contact_id=contact_id))
        person = contact[0]
        person["attributes"] = json.loads(person.get("attributes") or "{}")
        uid = person["uid"]
        data: dict[str, Any] = {
            "contact": person,
            "phones": _dicts(
                conn,
                "SELECT number_e164, kind, position, is_bad, do_not_call, "
                "attempts FROM phone WHERE contact_id = ? ORDER BY position",
                (contact_id,),
            ),
            "household": _dicts(
                conn,
                "SELECT h.label, (SELECT count(*) FROM contact m WHERE "
                "m.household_id = h.id) AS members FROM household h "
                "WHERE h.id = ?",
                (person.get("household_id"),),
            ),
            "lists": _dicts(
                conn,
                "SELECT c.name AS campaign, l.name AS list, e.status, "
                "e.attempts, e.callback_at, e.last_attempt_at, e.closed_reason, "
                "e.crm_member_status FROM call_list_entry e JOIN call_list l ON "
                "l.id = e.list_id JOIN campaign c ON c.id = l.campaign_id "
                "WHERE e.contact_id = ?",
                (contact_id,),
            ),
            "calls": _dicts(
                conn,
                "SELECT a.op_id, a.started_at, a.ended_at, a.duration_s, "
                "r.code AS result, a.notes, a.callback_at, v.code AS volunteer, "
                "p.number_e164 AS number, a.postal_area AS zip FROM call_attempt a "
                "JOIN result_code r ON r.id = a.result_code_id JOIN volunteer v ON v.id = "
                "a.volunteer_id LEFT JOIN phone p ON p.id = a.phone_id "
                "WHERE a.contact_id = ? ORDER BY a.ended_at",
                (contact_id,),
            ),
            "answers": _dicts(
                conn,
                "SELECT s.op_id, q.key AS question, a.key AS answer, "
                "s.text_value AS text, s.created_at FROM survey_response s JOIN "
                "script_question q ON q.id = s.question_id LEFT JOIN "
                "script_answer a ON a.id = s.answer_id WHERE s.contact_id = ? "
                "ORDER BY s.id",
                (contact_id,),
            ),
            "waiting_for_crm": [
                {**row, "payload": json.loads(row["payload"] or "{}")}
                for row in _dicts(
                    conn,
                    "SELECT kind, status, created_at, payload FROM outbox "
                    "WHERE json_extract(payload, '$.contact_uid') = ? ORDER BY id",
                    (uid,),
                )
            ],
            "conflicts": _dicts(
                conn,
                "SELECT field, local_value, crm_value, rule, status, "
                "created_at FROM conflict WHERE object_type = 'contact' "
                "AND local_id = ?",
                (contact_id,),
            ),
        }
        write_audit(
            conn, "contact_data_exported", utcnow(), actor_id=actor_id, contact_id=contact_id
        )
    return data


def _dicts(conn: Connection, sql: str, params: tuple[object, ...]) -> list[dict[str, Any]]:
    result = conn.exec_driver_sql(sql, params)
    names = list(result.keys())
    return [dict(zip(names, row, strict=True)) for row in result]
