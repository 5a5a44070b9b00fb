"""Recording a call: attempt, survey answers, list entry and outbox row in one commit.

This runs after every call, so it works on plain rows through SQL expressions
(no ORM unit of work): a handful of statements and one durable commit.
"""

from __future__ import annotations

import logging
from contextlib import nullcontext
from datetime import datetime, timedelta

from sqlalchemy import Connection, Row, select
from sqlalchemy.orm import Session

from callcenter.db import Store
from callcenter.errors import InvalidInputError
from callcenter.ids import new_op_id
from callcenter.messages import msg
from callcenter.models import (
    CallList,
    CallListEntry,
    EntryStatus,
    ResultCode,
    utcnow,
)
from callcenter.services.call_types import Answer, Changes, Outcome, RecordedOutcome
from callcenter.services.calling_groups import check_callback_time
from callcenter.services.entry_rules import (
    callable_phone_count,
    check_active,
    forward_member_status,
    next_queue_seq,
)
from callcenter.services.sqlrows import one, rows, run, to_db, to_json

log = logging.getLogger(__name__)

OPEN_STATUSES = (EntryStatus.PENDING, EntryStatus.CALLBACK, EntryStatus.SKIPPED)


def record_outcome(
    store: Store,
    outcome: Outcome,
    *,
    now: datetime | None = None,
    session: Session | None = None,
) -> RecordedOutcome:
    """Record one call: attempt, survey answers, list entry, outbox row; one commit.

    The attempt is a fact and is always kept, even when the lease expired and
    someone else took the contact meanwhile; the entry is then left to them.
    With ``session`` it joins that open write transaction instead (a paper sheet
    of results is recorded all or nothing).

    Raises:
        InvalidInputError: the result code, number or answers do not belong here,
            or the callback time is outside the contact's calling hours.
        NotAllowedError: the volunteer is not active, or the contact is in a
            canvass checkout that has expired.
    """
    now = now or utcnow()
    if outcome.ended_at < outcome.started_at:
        raise InvalidInputError(msg("recording.call_ends_before_starts_check"))
    transaction = nullcontext(session) if session is not None else store.write()
    with transaction as session:
        conn = session.connection()
        volunteer = check_active(conn, outcome.volunteer_id)
        entry = _entry_with_campaign(conn, outcome.entry_id)
        _check_checkout_open(conn, entry, now)
        result = _result_code(conn, outcome.result_code_id, entry)
        phone = _phone_of(conn, outcome.phone_id, entry.contact_id)
        callback_at = _checked_callback(result, outcome.callback_at, now)
        if result.schedules_callback:  # never outside the contact's calling hours
            check_callback_time(store, conn, entry.id, callback_at)
        _check_answers(conn, entry, outcome.answers)

        op_id = new_op_id()
        notes = outcome.notes.strip()
        duration = int((outcome.ended_at - outcome.started_at).total_seconds())
        now_text = to_db(now)
        attempt_id = one(
            conn,
            "INSERT INTO call_attempt (op_id, volunteer_id, station_id, campaign_id, entry_id, "
            "contact_id, phone_id, result_code_id, started_at, ended_at, duration_s, notes, "
            "callback_at, created_at, postal_area) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (
                op_id,
                volunteer.id,
                outcome.station_id,
                entry.campaign_id,
                entry.id,
                entry.contact_id,
                phone.id if phone else None,
                result.id,
                to_db(outcome.started_at),
                to_db(outcome.ended_at),
                duration,
                notes,
                to_db(callback_at),
                now_text,
                entry.postal_area,
            ),
        )[0]  # type: ignore[index]
        answers = [
            (
                new_op_id(),
                attempt_id,
                entry.contact_id,
                a.question_id,
                a.answer_id,
                a.text,
                now_text,
            )
            for a in outcome.answers
        ]
        if answers:
            conn.exec_driver_sql(
                "INSERT INTO survey_response (op_id, attempt_id, contact_id, question_id, "
                "answer_id, text_value, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                answers,
            )
        queued = _apply_flags(conn, result, entry, phone, now_text)

        lease_lost = entry.status == EntryStatus.LEASED and entry.lease_holder_id != volunteer.id
        values: dict[str, object] = {
            "last_result_code_id": result.id,
            "last_attempt_at": to_db(outcome.ended_at),
        }
        new_status = entry.status
        if not lease_lost:
            values["attempts"] = entry.attempts + 1
            if entry.status != EntryStatus.DONE:
                values.update(_next_state(conn, entry, result, callback_at, now))
                new_status = values["status"]
        # Column names come from this module's own keys, never from input.
        assignments = ", ".join(f"{column} = ?" for column in values)
        run(
            conn,
            f"UPDATE call_list_entry SET {assignments} WHERE id = ?",
            (*values.values(), entry.id),
        )

        payload = {
            "op_id": op_id,
            "contact_uid": entry.contact_uid,
            "contact_crm_id": entry.contact_crm_id,
            "campaign_uid": entry.campaign_uid,
            "campaign_crm_id": entry.campaign_crm_id,
            "volunteer_uid": volunteer.uid,
            "volunteer_crm_id": volunteer.crm_id,
            "result_code": result.code,
            "result_crm_value": result.crm_value,
            "counts_as_contact": bool(result.counts_as_contact),
            "phone_e164": phone.number_e164 if phone else None,
            "started_at": outcome.started_at.isoformat(),
            "ended_at": outcome.ended_at.isoformat(),
            "duration_s": duration,
            "notes": notes,
            "callback_at": callback_at.isoformat() if callback_at else None,
            "answers": [
                {"op_id": a[0], "question_id": a[3], "answer_id": a[4], "text": a[5]}
                for a in answers
            ],
        }
        outbox = [(op_id, "call_attempt", to_json(payload), now_text)]
        outbox += [(new_op_id(), kind, to_json(body), now_text) for kind, body in queued]
        conn.exec_driver_sql(
            "INSERT INTO outbox (op_id, kind, payload, status, tries, created_at) "
            "VALUES (?, ?, ?, 'pending', 0, ?)",
            outbox,
        )
    log.info("recorded call %s (result %s)", op_id, result.code)
    return RecordedOutcome(
        op_id=op_id,
        attempt_id=attempt_id,
        entry_status=str(new_status),
        lease_was_lost=lease_lost,
        changes=Changes(entries=(entry.id,), contacts=(entry.contact_id,), outbox=True),
    )


def schedule_callback(
    store: Store,
    entry_id: int,
    volunteer_id: int,
    callback_at: datetime,
    *,
    started_at: datetime,
    ended_at: datetime,
    phone_id: int | None = None,
    notes: str = "",
    station_id: int | None = None,
    now: datetime | None = None,
) -> RecordedOutcome:
    """The person asked to be called back: record it with the campaign's callback code."""
    with store.read() as session:
        code_id = session.scalar(
            select(ResultCode.id)
            .join(CallList, CallList.campaign_id == ResultCode.campaign_id)
            .join(CallListEntry, CallListEntry.list_id == CallList.id)
            .where(CallListEntry.id == entry_id, ResultCode.schedules_callback.is_(True))
            .order_by(ResultCode.position)
            .limit(1)
        )
    if code_id is None:
        raise InvalidInputError(msg("recording.list_entry_does_not_exist", entry_id=entry_id))
    return record_outcome(
        store,
        Outcome(
            entry_id=entry_id,
            volunteer_id=volunteer_id,
            result_code_id=code_id,
            started_at=started_at,
            ended_at=ended_at,
            phone_id=phone_id,
            notes=notes,
            callback_at=callback_at,
            station_id=station_id,
        ),
        now=now,
    )


# --- checks -------------------------------------------------------------------------------


def _entry_with_campaign(conn: Connection, entry_id: int) -> Row:
    entry = one(
        conn,
        "SELECT e.id, e.list_id, e.contact_id, e.status, e.attempts, e.lease_holder_id, "
        "e.crm_member_status, "
        "c.id AS campaign_id, c.uid AS campaign_uid, c.crm_id AS campaign_crm_id, "
        "c.name AS campaign_name, c.script_id, c.max_attempts, c.max_attempts_per_phone, "
        "c.recontact_minutes, p.uid AS contact_uid, p.crm_id AS contact_crm_id, p.do_not_call, "
        # The room's results by ZIP read this from the attempt (migration 0008).
        "CASE WHEN p.erased_at IS NULL THEN coalesce(substr(p.postal_code, 1, 5), '') END "
        "AS postal_area, "
        # Through ix_canvass_checkout_entry_entry_id: no cost for contacts never checked out.
        "(SELECT k.expires_at FROM canvass_checkout_entry ke JOIN canvass_checkout k "
        "ON k.id = ke.checkout_id WHERE ke.entry_id = e.id AND k.status = 'active') "
        "AS checkout_expires_at "
        "FROM call_list_entry e JOIN call_list l ON l.id = e.list_id "
        "JOIN campaign c ON c.id = l.campaign_id JOIN contact p ON p.id = e.contact_id "
        "WHERE e.id = ?",
        (entry_id,),
    )
    if entry is None:
        raise InvalidInputError(msg("calls.list_entry_does_not_exist", entry_id=entry_id))
    return entry


def _check_checkout_open(conn: Connection, entry: Row, now: datetime) -> None:
    """An expired canvass checkout stays readable until it is synced, but takes no new work."""
    expires = entry.checkout_expires_at
    if expires is None or expires > to_db(now):  # both in sqlrows' sortable text form
        return
    # Imported here: only a refusal needs it, and it keeps canvassing off this module's load.
    from callcenter.services.canvass.checkout import expired_refusal

    found = one(
        conn,
        "SELECT k.name FROM canvass_checkout_entry ke JOIN canvass_checkout k "
        "ON k.id = ke.checkout_id WHERE ke.entry_id = ? AND k.status = 'active'",
        (entry.id,),
    )
    raise expired_refusal(found[0] if found else "")


def _result_code(conn: Connection, result_code_id: int, entry: Row) -> Row:
    result = one(
        conn,
        "SELECT id, campaign_id, code, crm_value, counts_as_contact, is_terminal, "
        "is_wrong_number, is_do_not_call, schedules_callback FROM result_code WHERE id = ?",
        (result_code_id,),
    )
    if result is None or result.campaign_id != entry.campaign_id:
        raise InvalidInputError(
            msg(
                "recording.result_code_not_one_campaign",
                result_code_id=result_code_id,
                campaign_name=entry.campaign_name,
            )
        )
    return result


def _phone_of(conn: Connection, phone_id: int | None, contact_id: int) -> Row | None:
    if phone_id is None:
        return None
    phone = one(
        conn,
        "SELECT id, contact_id, number_e164, is_bad, attempts FROM phone WHERE id = ?",
        (phone_id,),
    )
    if phone is None or phone.contact_id != contact_id:
        raise InvalidInputError(msg("recording.phone_not_one_contact_s", phone_id=phone_id))
    return phone


def _checked_callback(result: Row, callback_at: datetime | None, now: datetime) -> datetime | None:
    if not result.schedules_callback:
        return callback_at
    if callback_at is None:
        raise InvalidInputError(msg("recording.choose_date_time_callback"))
    if callback_at.tzinfo is None:
        raise InvalidInputError(msg("recording.callback_time_needs_time_zone"))
    if callback_at <= now:
        raise InvalidInputError(msg("recording.callback_time_past_choose_later"))
    return callback_at


def _check_answers(conn: Connection, entry: Row, answers: tuple[Answer, ...]) -> None:
    if not answers:
        return
    if entry.script_id is None:
        raise InvalidInputError(
            msg("recording.campaign_has_no_script_answer", campaign_name=entry.campaign_name)
        )
    questions = {
        qid: (key, allows_text)
        for qid, key, allows_text in rows(
            conn,
            "SELECT id, key, allows_text FROM script_question WHERE script_id = ?",
            (entry.script_id,),
        )
    }
    answer_owner = dict(
        rows(
            conn,
            "SELECT a.id, a.question_id FROM script_answer a "
            "JOIN script_question q ON q.id = a.question_id WHERE q.script_id = ?",
            (entry.script_id,),
        )
    )
    seen: set[int] = set()
    for a in answers:
        if a.question_id not in questions:
            raise InvalidInputError(
                msg("recording.question_not_campaign_s_script", question_id=a.question_id)
            )
        key, allows_text = questions[a.question_id]
        if a.question_id in seen:
            raise InvalidInputError(msg("recording.question_answered_twice", key=key))
        seen.add(a.question_id)
        if a.answer_id is not None:
            if answer_owner.get(a.answer_id) != a.question_id:
                raise InvalidInputError(
                    msg("recording.answer_does_not_belong_question", answer_id=a.answer_id, key=key)
                )
        elif not (a.text and allows_text):
            raise InvalidInputError(msg("recording.question_needs_one_answers", key=key))


# --- effects ------------------------------------------------------------------------------


def _apply_flags(
    conn: Connection, result: Row, entry: Row, phone: Row | None, now: str | None
) -> list[tuple[str, dict[str, object]]]:
    """Count the dial; do-not-call and wrong-number results take effect at once."""
    queued: list[tuple[str, dict[str, object]]] = []
    if phone is not None:
        marks_bad = bool(result.is_wrong_number and not phone.is_bad)
        run(
            conn,
            "UPDATE phone SET attempts = attempts + 1, is_bad = is_bad OR ? WHERE id = ?",
            (marks_bad, phone.id),
        )
        if marks_bad:
            queued.append(
                (
                    "phone_bad",
                    {
                        "contact_uid": entry.contact_uid,
                        "crm_id": entry.contact_crm_id,
                        "phone_id": phone.id,
                        "number_e164": phone.number_e164,
                    },
                )
            )
    if result.is_do_not_call and not entry.do_not_call:
        run(
            conn,
            "UPDATE contact SET do_not_call = 1, updated_at = ? WHERE id = ?",
            (now, entry.contact_id),
        )
        # Every other list this person is on closes too: not on this workstation, not ever.
        run(
            conn,
            "UPDATE call_list_entry SET status = 'done', closed_reason = 'do_not_call', "
            "callback_at = NULL WHERE contact_id = ? AND id != ? "
            "AND status IN ('pending', 'callback', 'skipped')",
            (entry.contact_id, entry.id),
        )
        queued.append(
            (
                "contact_do_not_call",
                {"contact_uid": entry.contact_uid, "crm_id": entry.contact_crm_id},
            )
        )
    return queued


def _next_state(
    conn: Connection, entry: Row, result: Row, callback_at: datetime | None, now: datetime
) -> dict[str, object]:
    """The entry's new status and queue fields after this result (lease released)."""
    values: dict[str, object] = {
        "lease_holder_id": None,
        "lease_station_id": None,
        "lease_expires_at": None,
        "callback_at": None,
    }
    if result.crm_value:
        # A campaign member's status only moves forward (a later "no answer" never
        # undoes an earlier "contacted").
        values["crm_member_status"] = forward_member_status(
            conn, entry.campaign_id, entry.crm_member_status, result.crm_value
        )
    attempts = entry.attempts + 1
    if result.is_do_not_call or entry.do_not_call:
        values.update(status=EntryStatus.DONE, closed_reason="do_not_call")
    elif result.is_terminal:
        values.update(status=EntryStatus.DONE, closed_reason="result")
    elif result.schedules_callback:
        values.update(status=EntryStatus.CALLBACK, callback_at=to_db(callback_at))
    elif attempts >= entry.max_attempts:
        values.update(status=EntryStatus.DONE, closed_reason="max_attempts")
    elif result.is_wrong_number:
        if callable_phone_count(conn, entry.contact_id, entry.max_attempts_per_phone) > 0:
            # Another number may reach them: straight back in the queue, no waiting.
            values.update(status=EntryStatus.PENDING, available_at=None)
        else:
            values.update(status=EntryStatus.DONE, closed_reason="no_callable_phone")
    else:
        values.update(
            status=EntryStatus.PENDING,
            available_at=to_db(now + timedelta(minutes=entry.recontact_minutes)),
            queue_seq=next_queue_seq(conn, entry.list_id),
        )
    return values
