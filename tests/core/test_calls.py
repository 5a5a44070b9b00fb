"""Leasing, recording, callbacks and skips: the call session's core rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from callcenter.errors import InvalidInputError, LeaseLostError, NotAllowedError
from callcenter.models import (
    CallAttempt,
    CallListEntry,
    Contact,
    Outbox,
    Phone,
    SurveyResponse,
)
from callcenter.services.calls import (
    Answer,
    Outcome,
    lease_next_contact,
    record_outcome,
    release_lease,
    schedule_callback,
    skip_contact,
)
from tests.factories import make_volunteer, make_world

NOW = datetime(2026, 11, 3, 16, 0, tzinfo=UTC)


@pytest.fixture
def world(store):
    return make_world(store, contacts=5)


def outcome(lease, volunteer, code_id, **kw):
    return Outcome(
        entry_id=lease.entry_id,
        volunteer_id=volunteer,
        result_code_id=code_id,
        started_at=NOW,
        ended_at=NOW + timedelta(seconds=75),
        phone_id=lease.card.phones[0].id,
        **kw,
    )


def entry(store, entry_id):
    with store.read() as s:
        return s.get(CallListEntry, entry_id)


def test_lease_follows_priority_then_queue_order(store, world, vera):
    with store.write() as s:
        s.get(CallListEntry, world.entry_ids[3]).priority = 5
    first = lease_next_contact(store, vera, world.campaign_id, now=NOW)
    assert first.entry_id == world.entry_ids[3]
    assert first.card.first_name == "First3"
    assert first.card.phones[0].number_e164 == "+13125550003"
    assert first.expires_at > NOW


def test_same_volunteer_gets_their_own_lease_back(store, world, vera):
    first = lease_next_contact(store, vera, world.campaign_id, now=NOW)
    again = lease_next_contact(store, vera, world.campaign_id, now=NOW + timedelta(minutes=1))
    assert again.entry_id == first.entry_id


def test_never_two_volunteers_on_one_contact(store, world, vera, otto):
    a = lease_next_contact(store, vera, world.campaign_id, now=NOW)
    b = lease_next_contact(store, otto, world.campaign_id, now=NOW)
    assert a.entry_id != b.entry_id
    assert entry(store, a.entry_id).lease_holder_id == vera
    assert entry(store, b.entry_id).lease_holder_id == otto


def test_expired_lease_returns_to_the_pool(store, world, vera, otto):
    a = lease_next_contact(store, vera, world.campaign_id, now=NOW)
    later = a.expires_at + timedelta(seconds=1)
    b = lease_next_contact(store, otto, world.campaign_id, now=later)
    assert b.entry_id == a.entry_id


def test_dnc_contact_and_dnc_numbers_are_never_leased(store, world, vera):
    with store.write() as s:
        s.get(Contact, world.contact_ids[0]).do_not_call = True
        s.scalars(
            select(Phone).where(Phone.contact_id == world.contact_ids[1])
        ).one().do_not_call = True
        s.scalars(select(Phone).where(Phone.contact_id == world.contact_ids[2])).one().is_bad = True
    lease = lease_next_contact(store, vera, world.campaign_id, now=NOW)
    assert lease.card.contact_id == world.contact_ids[3]
    assert entry(store, world.entry_ids[0]).closed_reason == "do_not_call"
    assert entry(store, world.entry_ids[1]).closed_reason == "no_callable_phone"
    assert entry(store, world.entry_ids[2]).status == "done"


def test_due_callback_comes_before_higher_priority(store, world, vera):
    with store.write() as s:
        cb = s.get(CallListEntry, world.entry_ids[4])
        cb.status, cb.callback_at = "callback", NOW - timedelta(minutes=5)
        s.get(CallListEntry, world.entry_ids[0]).priority = 9
        future = s.get(CallListEntry, world.entry_ids[1])
        future.status, future.callback_at = "callback", NOW + timedelta(hours=2)
    lease = lease_next_contact(store, vera, world.campaign_id, now=NOW)
    assert lease.entry_id == world.entry_ids[4]
    assert lease.is_callback


def test_inactive_or_unassigned_volunteer_cannot_lease(store, world):
    suspended = make_volunteer(
        store, "SUSP44", status="suspended", campaign_ids=(world.campaign_id,)
    )
    stranger = make_volunteer(store, "STRA55")
    with pytest.raises(NotAllowedError, match="suspended"):
        lease_next_contact(store, suspended, world.campaign_id, now=NOW)
    with pytest.raises(NotAllowedError, match="not assigned"):
        lease_next_contact(store, stranger, world.campaign_id, now=NOW)


def test_record_outcome_writes_everything_in_one_transaction(store, world, vera):
    lease = lease_next_contact(store, vera, world.campaign_id, now=NOW)
    done = record_outcome(
        store,
        outcome(
            lease,
            vera,
            world.result_codes["SUPPORTER"],
            notes="Will vote early ",
            answers=(
                Answer(world.questions["support"], world.answers[("support", "yes")]),
                Answer(world.questions["vote_plan"], world.answers[("vote_plan", "no")]),
            ),
        ),
        now=NOW,
    )
    assert done.entry_status == "done"
    assert len(done.op_id) == 26
    with store.read() as s:
        attempt = s.scalars(select(CallAttempt)).one()
        assert attempt.op_id == done.op_id
        assert attempt.notes == "Will vote early"
        assert attempt.duration_s == 75
        answers = s.scalars(select(SurveyResponse).order_by(SurveyResponse.id)).all()
        assert [a.answer_id for a in answers] == [
            world.answers[("support", "yes")],
            world.answers[("vote_plan", "no")],
        ]
        assert len({a.op_id for a in answers} | {done.op_id}) == 3
        box = s.scalars(select(Outbox)).one()
        assert box.op_id == done.op_id and box.kind == "call_attempt"
        assert box.payload["result_code"] == "SUPPORTER"
        assert len(box.payload["answers"]) == 2
        e = s.get(CallListEntry, lease.entry_id)
        assert (e.status, e.attempts, e.lease_holder_id) == ("done", 1, None)


def test_a_failed_record_leaves_nothing_behind(store, world, vera):
    lease = lease_next_contact(store, vera, world.campaign_id, now=NOW)
    bad_answer = Answer(world.questions["support"], world.answers[("vote_plan", "yes")])
    with pytest.raises(InvalidInputError, match="does not belong to question 'support'"):
        record_outcome(
            store,
            outcome(lease, vera, world.result_codes["SUPPORTER"], answers=(bad_answer,)),
            now=NOW,
        )
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(CallAttempt)) == 0
        assert s.scalar(select(func.count()).select_from(Outbox)) == 0
        assert s.get(CallListEntry, lease.entry_id).status == "leased"


def test_no_answer_goes_behind_the_queue_until_recontact_time(store, world, vera):
    lease = lease_next_contact(store, vera, world.campaign_id, now=NOW)
    record_outcome(store, outcome(lease, vera, world.result_codes["NO_ANSWER"]), now=NOW)
    e = entry(store, lease.entry_id)
    assert e.status == "pending" and e.available_at == NOW + timedelta(minutes=60)
    # Everyone else comes first; after the interval it is due again.
    seen = []
    for _ in range(4):
        nxt = lease_next_contact(store, vera, world.campaign_id, now=NOW)
        seen.append(nxt.entry_id)
        record_outcome(store, outcome(nxt, vera, world.result_codes["REFUSED"]), now=NOW)
    assert lease.entry_id not in seen
    assert lease_next_contact(store, vera, world.campaign_id, now=NOW) is None
    back = lease_next_contact(store, vera, world.campaign_id, now=NOW + timedelta(minutes=61))
    assert back.entry_id == lease.entry_id


def test_max_attempts_closes_the_entry(store):
    world = make_world(store, contacts=1, max_attempts=2)
    v = make_volunteer(store, "MAXB77", campaign_ids=(world.campaign_id,))
    t = NOW
    for _ in range(2):
        lease = lease_next_contact(store, v, world.campaign_id, now=t)
        record_outcome(store, outcome(lease, v, world.result_codes["NO_ANSWER"]), now=t)
        t += timedelta(hours=2)
    e = entry(store, world.entry_ids[0])
    assert (e.status, e.closed_reason, e.attempts) == ("done", "max_attempts", 2)
    assert lease_next_contact(store, v, world.campaign_id, now=t) is None


def test_do_not_call_result_takes_effect_at_once_and_is_queued(store, world, vera):
    lease = lease_next_contact(store, vera, world.campaign_id, now=NOW)
    record_outcome(store, outcome(lease, vera, world.result_codes["DO_NOT_CALL"]), now=NOW)
    with store.read() as s:
        assert s.get(Contact, lease.card.contact_id).do_not_call
        kinds = sorted(s.scalars(select(Outbox.kind)))
        assert kinds == ["call_attempt", "contact_do_not_call"]


def test_wrong_number_marks_the_number_not_the_contact(store, world, vera):
    with store.write() as s:
        s.add(
            Phone(
                contact_id=world.contact_ids[0], number_e164="+17735550100", kind="home", position=1
            )
        )
    lease = lease_next_contact(store, vera, world.campaign_id, now=NOW)
    assert lease.card.contact_id == world.contact_ids[0]
    record_outcome(store, outcome(lease, vera, world.result_codes["WRONG_NUMBER"]), now=NOW)
    with store.read() as s:
        phones = s.scalars(select(Phone).where(Phone.contact_id == world.contact_ids[0])).all()
        assert [p.is_bad for p in sorted(phones, key=lambda p: p.position)] == [True, False]
        assert not s.get(Contact, world.contact_ids[0]).do_not_call
    e = entry(store, lease.entry_id)
    assert e.status == "pending"
    again = lease_next_contact(store, vera, world.campaign_id, now=NOW)
    assert again.entry_id == lease.entry_id
    assert [p.callable for p in again.card.phones] == [False, True]


def test_schedule_callback_then_it_comes_back_when_due(store, world, vera, otto):
    lease = lease_next_contact(store, vera, world.campaign_id, now=NOW)
    when = NOW + timedelta(hours=3)
    schedule_callback(
        store,
        lease.entry_id,
        vera,
        when,
        started_at=NOW,
        ended_at=NOW + timedelta(seconds=30),
        notes="Call after dinner",
        now=NOW,
    )
    e = entry(store, lease.entry_id)
    assert (e.status, e.callback_at) == ("callback", when)
    early = lease_next_contact(store, otto, world.campaign_id, now=NOW + timedelta(hours=1))
    assert early.entry_id != lease.entry_id
    due = lease_next_contact(store, otto, world.campaign_id, now=when + timedelta(minutes=1))
    assert due.entry_id == lease.entry_id and due.is_callback


def test_callback_in_the_past_or_missing_is_refused(store, world, vera):
    lease = lease_next_contact(store, vera, world.campaign_id, now=NOW)
    with pytest.raises(InvalidInputError, match="in the past"):
        record_outcome(
            store,
            outcome(lease, vera, world.result_codes["CALLBACK"], callback_at=NOW - timedelta(1)),
            now=NOW,
        )
    with pytest.raises(InvalidInputError, match="date and time"):
        record_outcome(store, outcome(lease, vera, world.result_codes["CALLBACK"]), now=NOW)


def test_skip_requeues_then_parks_after_repeated_skips(store, world, vera):
    lease = lease_next_contact(store, vera, world.campaign_id, now=NOW)
    assert skip_contact(store, lease.entry_id, vera, now=NOW) == "pending"
    with pytest.raises(LeaseLostError):
        skip_contact(store, lease.entry_id, vera, now=NOW)
    with store.write() as s:
        e = s.get(CallListEntry, lease.entry_id)
        e.skips = 2
        e.status, e.lease_holder_id = "leased", vera
        e.lease_expires_at = NOW + timedelta(minutes=5)
    assert skip_contact(store, lease.entry_id, vera, now=NOW) == "skipped"


def test_release_lease_puts_the_contact_back(store, world, vera, otto):
    lease = lease_next_contact(store, vera, world.campaign_id, now=NOW)
    release_lease(store, lease.entry_id, vera)
    assert lease_next_contact(store, otto, world.campaign_id, now=NOW).entry_id == lease.entry_id


def test_attempt_recorded_even_when_the_lease_was_taken_over(store, world, vera, otto):
    lease = lease_next_contact(store, vera, world.campaign_id, now=NOW)
    late = lease.expires_at + timedelta(minutes=1)
    taken = lease_next_contact(store, otto, world.campaign_id, now=late)
    assert taken.entry_id == lease.entry_id
    done = record_outcome(store, outcome(lease, vera, world.result_codes["SUPPORTER"]), now=late)
    assert done.lease_was_lost
    e = entry(store, lease.entry_id)
    assert (e.status, e.lease_holder_id) == ("leased", otto)
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(CallAttempt)) == 1


def test_call_attempts_are_append_only(store, world, vera):
    lease = lease_next_contact(store, vera, world.campaign_id, now=NOW)
    record_outcome(store, outcome(lease, vera, world.result_codes["SUPPORTER"]), now=NOW)
    with pytest.raises(Exception, match="append-only"), store.write() as s:
        s.execute(text("UPDATE call_attempt SET notes = 'changed'"))
