"""The call session: lease the next contact, record an outcome, call back, skip.

Each public function is one write transaction (``BEGIN IMMEDIATE``): it either
happens completely or not at all, and two workstations on one store cannot
both lease the same contact.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import case, or_, select, update
from sqlalchemy.orm import Session

from callcenter.db import Store
from callcenter.errors import InvalidInputError, LeaseLostError, NotAllowedError
from callcenter.ids import new_op_id
from callcenter.models import (
    CallAttempt,
    CallList,
    CallListEntry,
    Campaign,
    Contact,
    EntryStatus,
    Outbox,
    Phone,
    ResultCode,
    ScriptAnswer,
    ScriptQuestion,
    SurveyResponse,
    Volunteer,
    VolunteerCampaign,
    VolunteerRole,
    VolunteerStatus,
    utcnow,
)
from callcenter.services.contact_card import ContactCard, load_contact_card

log = logging.getLogger(__name__)

SKIP_DELAY = timedelta(minutes=30)
MAX_SKIPS = 3
# A lease attempt closes at most this many unusable entries before giving up for now,
# so one call never turns into a scan of the whole list.
MAX_CANDIDATES = 50


@dataclass(frozen=True)
class Lease:
    entry_id: int
    list_id: int
    campaign_id: int
    expires_at: datetime
    is_callback: bool
    callback_at: datetime | None
    attempts: int
    card: ContactCard


@dataclass(frozen=True)
class Answer:
    """One survey answer: a choice (``answer_id``) or free text, or both."""

    question_id: int
    answer_id: int | None = None
    text: str | None = None


@dataclass(frozen=True)
class Outcome:
    entry_id: int
    volunteer_id: int
    result_code_id: int
    started_at: datetime
    ended_at: datetime
    phone_id: int | None = None
    notes: str = ""
    answers: tuple[Answer, ...] = ()
    callback_at: datetime | None = None
    station_id: int | None = None


@dataclass(frozen=True)
class Changes:
    """What a mutation touched, so views can decide whether to refresh."""

    entries: tuple[int, ...] = ()
    contacts: tuple[int, ...] = ()
    outbox: bool = False


@dataclass(frozen=True)
class RecordedOutcome:
    op_id: str
    attempt_id: int
    entry_status: str
    lease_was_lost: bool
    changes: Changes = field(default_factory=Changes)


# --- leasing ------------------------------------------------------------------------------


def lease_next_contact(
    store: Store,
    volunteer_id: int,
    campaign_id: int,
    *,
    station_id: int | None = None,
    now: datetime | None = None,
) -> Lease | None:
    """Lease the contact this volunteer should call next, or None when nothing is due.

    Order: the volunteer's own unexpired lease (resuming after a crash), then
    callbacks that are due, then pending contacts by priority.  A contact marked
    do-not-call, or with no number left that may be called, is never returned;
    such an entry is closed on the way.
    """
    now = now or utcnow()
    with store.write() as session:
        volunteer = _active_volunteer(session, volunteer_id)
        campaign = _campaign_for(session, volunteer, campaign_id)
        list_ids = session.scalars(
            select(CallList.id).where(CallList.campaign_id == campaign.id).order_by(CallList.id)
        ).all()
        if not list_ids:
            return None
        _expire_leases(session, list_ids, now)
        entry = _own_lease(session, volunteer.id, list_ids, now)
        if entry is None:
            entry = _next_callable(session, campaign, list_ids, now)
        if entry is None:
            return None
        was_callback = entry.callback_at is not None and entry.status == EntryStatus.CALLBACK
        entry.status = EntryStatus.LEASED
        entry.lease_holder_id = volunteer.id
        entry.lease_station_id = station_id
        entry.lease_expires_at = now + timedelta(minutes=campaign.lease_minutes)
        session.flush()
        return Lease(
            entry_id=entry.id,
            list_id=entry.list_id,
            campaign_id=campaign.id,
            expires_at=entry.lease_expires_at,
            is_callback=was_callback or entry.callback_at is not None,
            callback_at=entry.callback_at,
            attempts=entry.attempts,
            card=load_contact_card(session, entry.contact_id),
        )


def _active_volunteer(session: Session, volunteer_id: int) -> Volunteer:
    volunteer = session.get(Volunteer, volunteer_id)
    if volunteer is None:
        raise NotAllowedError(f"Volunteer {volunteer_id} does not exist.")
    if volunteer.status != VolunteerStatus.ACTIVE:
        raise NotAllowedError(
            f"{volunteer.display_name or 'This volunteer'} is {volunteer.status}, "
            "not active, and cannot make calls."
        )
    return volunteer


def _campaign_for(session: Session, volunteer: Volunteer, campaign_id: int) -> Campaign:
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise InvalidInputError(f"Campaign {campaign_id} does not exist.")
    if not campaign.is_active:
        raise NotAllowedError(f"The campaign '{campaign.name}' is closed.")
    if volunteer.role != VolunteerRole.ADMIN:
        assigned = session.get(VolunteerCampaign, (volunteer.id, campaign.id))
        if assigned is None:
            raise NotAllowedError(
                f"You are not assigned to the campaign '{campaign.name}'. "
                "A shift lead can assign you."
            )
    return campaign


def _expire_leases(session: Session, list_ids: list[int] | tuple[int, ...], now: datetime) -> None:
    """Put leases whose holder went away back in the queue (callbacks stay callbacks)."""
    for status, has_callback in (
        (EntryStatus.CALLBACK, CallListEntry.callback_at.is_not(None)),
        (EntryStatus.PENDING, CallListEntry.callback_at.is_(None)),
    ):
        session.execute(
            update(CallListEntry)
            .where(
                CallListEntry.list_id.in_(list_ids),
                CallListEntry.status == EntryStatus.LEASED,
                CallListEntry.lease_expires_at < now,
                has_callback,
            )
            .values(
                status=status,
                lease_holder_id=None,
                lease_station_id=None,
                lease_expires_at=None,
            )
            .execution_options(synchronize_session=False)
        )


def _own_lease(
    session: Session, volunteer_id: int, list_ids: list[int] | tuple[int, ...], now: datetime
) -> CallListEntry | None:
    return session.scalar(
        select(CallListEntry)
        .where(
            CallListEntry.lease_holder_id == volunteer_id,
            CallListEntry.status == EntryStatus.LEASED,
            CallListEntry.list_id.in_(list_ids),
            CallListEntry.lease_expires_at >= now,
        )
        .limit(1)
    )


def _next_callable(
    session: Session, campaign: Campaign, list_ids: list[int] | tuple[int, ...], now: datetime
) -> CallListEntry | None:
    for _ in range(MAX_CANDIDATES):
        entry = _next_due_callback(session, list_ids, now) or _next_pending(session, list_ids, now)
        if entry is None:
            return None
        reason = _why_not_callable(session, entry, campaign)
        if reason is None:
            return entry
        entry.status = EntryStatus.DONE
        entry.closed_reason = reason
        entry.callback_at = None
        session.flush()
    log.warning("stopped after closing %d uncallable entries in one lease", MAX_CANDIDATES)
    return None


def _next_due_callback(
    session: Session, list_ids: list[int] | tuple[int, ...], now: datetime
) -> CallListEntry | None:
    return session.scalar(
        select(CallListEntry)
        .where(
            CallListEntry.list_id.in_(list_ids),
            CallListEntry.status == EntryStatus.CALLBACK,
            CallListEntry.callback_at <= now,
        )
        .order_by(CallListEntry.callback_at)
        .limit(1)
    )


def _next_pending(
    session: Session, list_ids: list[int] | tuple[int, ...], now: datetime
) -> CallListEntry | None:
    # One list at a time so each query walks the partial queue index in order.
    for list_id in list_ids:
        entry = session.scalar(
            select(CallListEntry)
            .where(
                CallListEntry.list_id == list_id,
                CallListEntry.status == EntryStatus.PENDING,
                or_(CallListEntry.available_at.is_(None), CallListEntry.available_at <= now),
            )
            .order_by(CallListEntry.priority.desc(), CallListEntry.queue_seq)
            .limit(1)
        )
        if entry is not None:
            return entry
    return None


def _why_not_callable(session: Session, entry: CallListEntry, campaign: Campaign) -> str | None:
    contact = session.get(Contact, entry.contact_id)
    if contact is None or contact.do_not_call:
        return "do_not_call"
    if entry.attempts >= campaign.max_attempts:
        return "max_attempts"
    if _callable_phone_count(session, contact.id, campaign) == 0:
        return "no_callable_phone"
    return None


def _callable_phone_count(session: Session, contact_id: int, campaign: Campaign) -> int:
    phones = session.scalars(select(Phone).where(Phone.contact_id == contact_id)).all()
    return sum(1 for p in phones if p.callable and p.attempts < campaign.max_attempts_per_phone)


# --- recording ----------------------------------------------------------------------------


def record_outcome(
    store: Store, outcome: Outcome, *, now: datetime | None = None
) -> RecordedOutcome:
    """Record one call: attempt, survey answers, list entry, outbox row; one commit.

    The attempt is a fact and is always kept, even when the lease expired and
    someone else took the contact meanwhile; the entry is then left to them.

    Raises:
        InvalidInputError: the result code, number or answers do not belong here.
        NotAllowedError: the volunteer is not active.
    """
    now = now or utcnow()
    if outcome.ended_at < outcome.started_at:
        raise InvalidInputError("The call ends before it starts; check the call timer.")
    with store.write() as session:
        volunteer = _active_volunteer(session, outcome.volunteer_id)
        entry = session.get(CallListEntry, outcome.entry_id)
        if entry is None:
            raise InvalidInputError(f"List entry {outcome.entry_id} does not exist.")
        campaign = session.get(Campaign, entry.call_list.campaign_id)
        assert campaign is not None
        result = session.get(ResultCode, outcome.result_code_id)
        if result is None or result.campaign_id != campaign.id:
            raise InvalidInputError(
                f"Result code {outcome.result_code_id} is not one of the campaign "
                f"'{campaign.name}'."
            )
        phone = _phone_of(session, outcome.phone_id, entry.contact_id)
        callback_at = _checked_callback(result, outcome.callback_at, now)
        answers = _checked_answers(session, campaign, outcome.answers)

        op_id = new_op_id()
        attempt = CallAttempt(
            op_id=op_id,
            volunteer_id=volunteer.id,
            station_id=outcome.station_id,
            campaign_id=campaign.id,
            entry_id=entry.id,
            contact_id=entry.contact_id,
            phone_id=phone.id if phone else None,
            result_code_id=result.id,
            started_at=outcome.started_at,
            ended_at=outcome.ended_at,
            duration_s=int((outcome.ended_at - outcome.started_at).total_seconds()),
            notes=outcome.notes.strip(),
            callback_at=callback_at,
            created_at=now,
        )
        session.add(attempt)
        session.flush()
        responses = [
            SurveyResponse(
                op_id=new_op_id(),
                attempt_id=attempt.id,
                contact_id=entry.contact_id,
                question_id=a.question_id,
                answer_id=a.answer_id,
                text_value=a.text,
                created_at=now,
            )
            for a in answers
        ]
        session.add_all(responses)
        if phone is not None:
            phone.attempts += 1

        contact = session.get(Contact, entry.contact_id)
        assert contact is not None
        extra_outbox = _apply_flags(session, result, contact, phone, now)

        lease_lost = entry.status == EntryStatus.LEASED and entry.lease_holder_id != volunteer.id
        if not lease_lost and entry.status != EntryStatus.DONE:
            _advance_entry(session, entry, campaign, result, contact, callback_at, now)
        entry.attempts += 0 if lease_lost else 1
        entry.last_result_code_id = result.id
        entry.last_attempt_at = outcome.ended_at

        session.add(
            Outbox(
                op_id=op_id,
                kind="call_attempt",
                payload=_attempt_payload(
                    attempt, result, campaign, contact, phone, volunteer, responses
                ),
                created_at=now,
            )
        )
        for kind, payload in extra_outbox:
            session.add(Outbox(op_id=new_op_id(), kind=kind, payload=payload, created_at=now))
        session.flush()
        log.info("recorded call %s (result %s)", op_id, result.code)
        return RecordedOutcome(
            op_id=op_id,
            attempt_id=attempt.id,
            entry_status=entry.status,
            lease_was_lost=lease_lost,
            changes=Changes(entries=(entry.id,), contacts=(contact.id,), outbox=True),
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
        entry = session.get(CallListEntry, entry_id)
        if entry is None:
            raise InvalidInputError(f"List entry {entry_id} does not exist.")
        code_id = session.scalar(
            select(ResultCode.id)
            .where(
                ResultCode.campaign_id == entry.call_list.campaign_id,
                ResultCode.schedules_callback.is_(True),
            )
            .order_by(ResultCode.position)
            .limit(1)
        )
    if code_id is None:
        raise InvalidInputError("This campaign has no result code for callbacks.")
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


def skip_contact(
    store: Store, entry_id: int, volunteer_id: int, *, now: datetime | None = None
) -> str:
    """Hand a leased contact back without a call (e.g. a language the volunteer lacks).

    It returns to the queue behind the others after a pause; after several skips
    it is parked as ``skipped`` for a shift lead to look at.  Returns the new status.
    """
    now = now or utcnow()
    with store.write() as session:
        entry = _held_entry(session, entry_id, volunteer_id)
        entry.skips += 1
        _clear_lease(entry)
        if entry.skips >= MAX_SKIPS:
            entry.status = EntryStatus.SKIPPED
        else:
            entry.status = EntryStatus.CALLBACK if entry.callback_at else EntryStatus.PENDING
            entry.available_at = now + SKIP_DELAY
            entry.queue_seq = _next_queue_seq(session, entry.list_id)
        return entry.status


def release_lease(store: Store, entry_id: int, volunteer_id: int) -> None:
    """Give a leased contact back unchanged (ending a session before calling)."""
    with store.write() as session:
        entry = session.get(CallListEntry, entry_id)
        if entry is None or entry.status != EntryStatus.LEASED:
            return
        if entry.lease_holder_id != volunteer_id:
            return
        _clear_lease(entry)
        entry.status = EntryStatus.CALLBACK if entry.callback_at else EntryStatus.PENDING


def release_all_leases(session: Session, volunteer_ids: Sequence[int]) -> int:
    """Within a caller's transaction: return every lease these volunteers hold.

    One UPDATE through the partial index on lease holders, so ending a shift of
    hundreds of volunteers holding thousands of contacts stays quick.
    """
    released = 0
    ids = list(volunteer_ids)
    for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        result = session.execute(
            update(CallListEntry)
            .where(
                CallListEntry.lease_holder_id.in_(ids[start : start + 500]),
                CallListEntry.status == EntryStatus.LEASED,
            )
            .values(
                status=case(
                    (CallListEntry.callback_at.is_not(None), EntryStatus.CALLBACK.value),
                    else_=EntryStatus.PENDING.value,
                ),
                lease_holder_id=None,
                lease_station_id=None,
                lease_expires_at=None,
            )
            .execution_options(synchronize_session=False)
        )
        released += result.rowcount or 0
    return released


def _held_entry(session: Session, entry_id: int, volunteer_id: int) -> CallListEntry:
    entry = session.get(CallListEntry, entry_id)
    if entry is None:
        raise InvalidInputError(f"List entry {entry_id} does not exist.")
    if entry.status != EntryStatus.LEASED or entry.lease_holder_id != volunteer_id:
        raise LeaseLostError(
            "This contact is no longer yours to call (the lease expired or was released)."
        )
    return entry


def _clear_lease(entry: CallListEntry) -> None:
    entry.lease_holder_id = None
    entry.lease_station_id = None
    entry.lease_expires_at = None


def _next_queue_seq(session: Session, list_id: int) -> int:
    call_list = session.get(CallList, list_id)
    assert call_list is not None
    seq = call_list.next_queue_seq
    call_list.next_queue_seq = seq + 1
    return seq


def _phone_of(session: Session, phone_id: int | None, contact_id: int) -> Phone | None:
    if phone_id is None:
        return None
    phone = session.get(Phone, phone_id)
    if phone is None or phone.contact_id != contact_id:
        raise InvalidInputError(f"Phone {phone_id} is not one of this contact's numbers.")
    return phone


def _checked_callback(
    result: ResultCode, callback_at: datetime | None, now: datetime
) -> datetime | None:
    if not result.schedules_callback:
        return callback_at
    if callback_at is None:
        raise InvalidInputError("Choose a date and time for the callback.")
    if callback_at.tzinfo is None:
        raise InvalidInputError("The callback time needs a time zone.")
    if callback_at <= now:
        raise InvalidInputError("The callback time is in the past; choose a later time.")
    return callback_at


def _checked_answers(
    session: Session, campaign: Campaign, answers: tuple[Answer, ...]
) -> tuple[Answer, ...]:
    if not answers:
        return answers
    if campaign.script_id is None:
        raise InvalidInputError(f"The campaign '{campaign.name}' has no script to answer.")
    questions = {
        q.id: q
        for q in session.scalars(
            select(ScriptQuestion).where(ScriptQuestion.script_id == campaign.script_id)
        )
    }
    seen: set[int] = set()
    for a in answers:
        question = questions.get(a.question_id)
        if question is None:
            raise InvalidInputError(f"Question {a.question_id} is not in this campaign's script.")
        if a.question_id in seen:
            raise InvalidInputError(f"Question '{question.key}' is answered twice.")
        seen.add(a.question_id)
        if a.answer_id is not None:
            answer = session.get(ScriptAnswer, a.answer_id)
            if answer is None or answer.question_id != question.id:
                raise InvalidInputError(
                    f"Answer {a.answer_id} does not belong to question '{question.key}'."
                )
        elif not (a.text and question.allows_text):
            raise InvalidInputError(f"Question '{question.key}' needs one of its answers.")
    return answers


def _apply_flags(
    session: Session, result: ResultCode, contact: Contact, phone: Phone | None, now: datetime
) -> list[tuple[str, dict[str, object]]]:
    """Do-not-call and wrong-number results take effect here at once and go to the CRM."""
    queued: list[tuple[str, dict[str, object]]] = []
    if result.is_do_not_call and not contact.do_not_call:
        contact.do_not_call = True
        contact.updated_at = now
        session.execute(
            update(CallListEntry)
            .where(
                CallListEntry.contact_id == contact.id,
                CallListEntry.status.in_(
                    [EntryStatus.PENDING, EntryStatus.CALLBACK, EntryStatus.SKIPPED]
                ),
            )
            .values(status=EntryStatus.DONE, closed_reason="do_not_call", callback_at=None)
            .execution_options(synchronize_session="fetch")
        )
        queued.append(
            ("contact_do_not_call", {"contact_uid": contact.uid, "crm_id": contact.crm_id})
        )
    if result.is_wrong_number and phone is not None and not phone.is_bad:
        phone.is_bad = True
        queued.append(
            (
                "phone_bad",
                {
                    "contact_uid": contact.uid,
                    "crm_id": contact.crm_id,
                    "phone_id": phone.id,
                    "number_e164": phone.number_e164,
                },
            )
        )
    return queued


def _advance_entry(
    session: Session,
    entry: CallListEntry,
    campaign: Campaign,
    result: ResultCode,
    contact: Contact,
    callback_at: datetime | None,
    now: datetime,
) -> None:
    _clear_lease(entry)
    attempts = entry.attempts + 1
    if result.crm_value:
        entry.crm_member_status = result.crm_value
    if result.is_do_not_call or contact.do_not_call:
        entry.status, entry.closed_reason, entry.callback_at = EntryStatus.DONE, "do_not_call", None
    elif result.is_terminal:
        entry.status, entry.closed_reason, entry.callback_at = EntryStatus.DONE, "result", None
    elif result.schedules_callback:
        entry.status, entry.callback_at = EntryStatus.CALLBACK, callback_at
    elif attempts >= campaign.max_attempts:
        entry.status, entry.closed_reason, entry.callback_at = (
            EntryStatus.DONE,
            "max_attempts",
            None,
        )
    elif result.is_wrong_number and _callable_phone_count(session, contact.id, campaign) > 0:
        # Another number may reach them: straight back in the queue, no waiting.
        entry.status, entry.callback_at, entry.available_at = EntryStatus.PENDING, None, None
    elif result.is_wrong_number:
        entry.status, entry.closed_reason = EntryStatus.DONE, "no_callable_phone"
    else:
        entry.status, entry.callback_at = EntryStatus.PENDING, None
        entry.available_at = now + timedelta(minutes=campaign.recontact_minutes)
        entry.queue_seq = _next_queue_seq(session, entry.list_id)


def _attempt_payload(
    attempt: CallAttempt,
    result: ResultCode,
    campaign: Campaign,
    contact: Contact,
    phone: Phone | None,
    volunteer: Volunteer,
    responses: list[SurveyResponse],
) -> dict[str, object]:
    """What the CRM needs to log this call, independent of any one CRM's field names."""
    return {
        "op_id": attempt.op_id,
        "contact_uid": contact.uid,
        "contact_crm_id": contact.crm_id,
        "campaign_uid": campaign.uid,
        "campaign_crm_id": campaign.crm_id,
        "volunteer_uid": volunteer.uid,
        "volunteer_crm_id": volunteer.crm_id,
        "result_code": result.code,
        "result_crm_value": result.crm_value,
        "counts_as_contact": result.counts_as_contact,
        "phone_e164": phone.number_e164 if phone else None,
        "started_at": attempt.started_at.isoformat(),
        "ended_at": attempt.ended_at.isoformat(),
        "duration_s": attempt.duration_s,
        "notes": attempt.notes,
        "callback_at": attempt.callback_at.isoformat() if attempt.callback_at else None,
        "answers": [
            {
                "op_id": r.op_id,
                "question_id": r.question_id,
                "answer_id": r.answer_id,
                "text": r.text_value,
            }
            for r in responses
        ],
    }


__all__ = [
    "Answer",
    "Changes",
    "Lease",
    "Outcome",
    "RecordedOutcome",
    "lease_next_contact",
    "record_outcome",
    "release_all_leases",
    "release_lease",
    "schedule_callback",
    "skip_contact",
]
