"""Leasing obeys calling hours: out-of-hours contacts are never handed out, nor scanned."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, func, insert, select, text

from callcenter.errors import InvalidInputError
from callcenter.ids import new_op_id
from callcenter.models import CallListEntry, Campaign, Contact, Phone
from callcenter.services.calling_groups import assign_groups
from callcenter.services.calls import Outcome, lease_next_contact, record_outcome
from tests.factories import make_volunteer, make_world

TUESDAY_10_CHICAGO = datetime(2026, 11, 3, 16, 0, tzinfo=UTC)  # 6:00 in Honolulu
TUESDAY_NIGHT_CHICAGO = datetime(2026, 11, 4, 3, 0, tzinfo=UTC)  # 21:00 Chicago, 17:00 HI


@pytest.fixture
def world(store):
    return make_world(store, contacts=3)


def add_contact(store, world, *, zip_code, state, phone, priority=0, country="US", queue=None):
    """A contact somewhere else on the world's list; returns its entry id."""
    with store.write() as s:
        contact = Contact(
            uid=new_op_id(),
            first_name="Kai",
            last_name="Elsewhere",
            postal_code=zip_code,
            state=state,
            country=country,
        )
        s.add(contact)
        s.flush()
        s.add(Phone(contact_id=contact.id, number_e164=phone, kind="mobile"))
        entry = CallListEntry(
            list_id=world.list_id,
            contact_id=contact.id,
            priority=priority,
            queue_seq=queue if queue is not None else 1000 + contact.id,
        )
        s.add(entry)
        s.flush()
        return entry.id


def call(store, lease, volunteer, code_id, at, **kw):
    return record_outcome(
        store,
        Outcome(
            entry_id=lease.entry_id,
            volunteer_id=volunteer,
            result_code_id=code_id,
            started_at=at,
            ended_at=at + timedelta(seconds=40),
            phone_id=lease.card.phones[0].id,
            **kw,
        ),
        now=at + timedelta(seconds=41),
    )


def status(store, entry_id):
    with store.read() as s:
        return s.get(CallListEntry, entry_id).status


# --- only contacts inside their hours -----------------------------------------------------


def test_out_of_hours_contacts_are_skipped_not_closed(store, world, vera):
    honolulu = add_contact(store, world, zip_code="96813", state="HI", phone="+18085550101")
    # 21:00 in Chicago (closed), 17:00 in Honolulu (open): only Honolulu may be called.
    lease = lease_next_contact(store, vera, world.campaign_id, now=TUESDAY_NIGHT_CHICAGO)
    assert lease.entry_id == honolulu
    assert lease_next_contact(store, vera, world.campaign_id, now=TUESDAY_NIGHT_CHICAGO) == lease
    assert [status(store, e) for e in world.entry_ids] == ["pending"] * 3


def test_in_the_morning_the_east_opens_first(store, world, vera):
    honolulu = add_contact(
        store, world, zip_code="96813", state="HI", phone="+18085550101", priority=5
    )
    lease = lease_next_contact(store, vera, world.campaign_id, now=TUESDAY_10_CHICAGO)
    # Higher priority, but 6:00 in Honolulu: Chicago's first contact instead.
    assert lease.entry_id == world.entry_ids[0]
    assert status(store, honolulu) == "pending"


def test_nobody_is_handed_out_at_night(store, world, vera):
    at_3am = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
    assert lease_next_contact(store, vera, world.campaign_id, now=at_3am) is None
    assert [status(store, e) for e in world.entry_ids] == ["pending"] * 3


def test_a_window_wider_than_the_law_is_cut_to_eight_to_nine(store, world, vera):
    with store.write() as s:
        campaign = s.get(Campaign, world.campaign_id)
        campaign.window_start_min, campaign.window_end_min = 0, 24 * 60
    # Illinois starts at 9:00 (815 ILCS 413/15); the federal end is 21:00.
    eight = datetime(2026, 11, 3, 14, 0, tzinfo=UTC)
    assert lease_next_contact(store, vera, world.campaign_id, now=eight) is None
    nine = datetime(2026, 11, 3, 15, 0, tzinfo=UTC)
    assert lease_next_contact(store, vera, world.campaign_id, now=nine) is not None
    otto = make_volunteer(store, "OTTO33", campaign_ids=(world.campaign_id,))
    at_20_59 = datetime(2026, 11, 4, 2, 59, tzinfo=UTC)
    assert lease_next_contact(store, otto, world.campaign_id, now=at_20_59) is not None
    otto2 = make_volunteer(store, "OTTO44", campaign_ids=(world.campaign_id,))
    at_21 = datetime(2026, 11, 4, 3, 0, tzinfo=UTC)
    assert lease_next_contact(store, otto2, world.campaign_id, now=at_21) is None


def test_state_rules_apply_texas_sunday_noon(store, world, vera):
    with store.write() as s:  # only the Texan is on the list
        for e in s.scalars(select(CallListEntry)):
            e.status = "done"
    austin = add_contact(store, world, zip_code="78701", state="TX", phone="+15125550101")
    sunday_11 = datetime(2026, 11, 8, 17, 0, tzinfo=UTC)
    assert lease_next_contact(store, vera, world.campaign_id, now=sunday_11) is None
    sunday_12_30 = datetime(2026, 11, 8, 18, 30, tzinfo=UTC)
    assert lease_next_contact(store, vera, world.campaign_id, now=sunday_12_30).entry_id == austin


def test_unknown_time_zone_is_never_called(store, world, vera):
    with store.write() as s:
        for e in s.scalars(select(CallListEntry)):
            e.status = "done"
    nowhere = add_contact(store, world, zip_code=None, state=None, phone="+18005550101")
    for hour in range(24):
        moment = TUESDAY_10_CHICAGO + timedelta(hours=hour)
        assert lease_next_contact(store, vera, world.campaign_id, now=moment) is None
    assert status(store, nowhere) == "pending"


def test_mixed_signals_respect_both_zones(store, world, vera):
    with store.write() as s:
        for e in s.scalars(select(CallListEntry)):
            e.status = "done"
    # A Chicago address and a New York number: New York's 20:00 is Chicago's 19:00.
    both = add_contact(store, world, zip_code="60601", state="IL", phone="+12125550101")
    chicago_19_30 = datetime(2026, 11, 4, 1, 30, tzinfo=UTC)
    assert lease_next_contact(store, vera, world.campaign_id, now=chicago_19_30) is None
    chicago_18_30 = datetime(2026, 11, 4, 0, 30, tzinfo=UTC)
    assert lease_next_contact(store, vera, world.campaign_id, now=chicago_18_30).entry_id == both


def test_own_lease_is_not_shown_again_after_hours_close(store, world, vera):
    lease = lease_next_contact(store, vera, world.campaign_id, now=TUESDAY_10_CHICAGO)
    # The volunteer's screen crashed at 19:55; at 20:05 the contact goes back to the queue.
    closing = datetime(2026, 11, 4, 1, 55, tzinfo=UTC)
    assert (
        lease_next_contact(store, vera, world.campaign_id, now=closing).entry_id == lease.entry_id
    )
    late = closing + timedelta(minutes=10)
    assert lease_next_contact(store, vera, world.campaign_id, now=late) is None
    assert status(store, lease.entry_id) == "pending"


def test_groups_are_resolved_once_on_the_way(store, world, vera):
    with store.read() as s:
        assert {e.calling_group_id for e in s.scalars(select(CallListEntry))} == {None}
    lease_next_contact(store, vera, world.campaign_id, now=TUESDAY_10_CHICAGO)
    with store.read() as s:
        groups = {e.calling_group_id for e in s.scalars(select(CallListEntry))}
        assert len(groups) == 1 and None not in groups
        (group,) = s.execute(text("SELECT zones, rule_states FROM calling_group")).all()
        assert tuple(group) == ("America/Chicago", "IL")


def count_sqlite_steps(store, fn) -> int:
    """SQLite virtual-machine instructions run by ``fn``: a measure of work, not of time."""
    steps = 0

    def tick() -> int:
        nonlocal steps
        steps += 1
        return 0

    def on_checkout(dbapi_conn, _record, _proxy) -> None:
        dbapi_conn.set_progress_handler(tick, 1)

    event.listen(store.engine, "checkout", on_checkout)
    try:
        fn()
    finally:
        event.remove(store.engine, "checkout", on_checkout)
        store.engine.dispose()  # no connection keeps the handler
    return steps


def test_leasing_does_not_scan_out_of_hours_contacts(store, world, vera):
    """The work of one lease is the same behind 100 or 3,000 contacts it may not call."""
    with store.write() as s:
        for e in s.scalars(select(CallListEntry)):
            e.status = "done"
    honolulu = add_contact(store, world, zip_code="96813", state="HI", phone="+18085550101")
    work = {}
    for closed in (100, 3000):
        with store.write() as s:  # ahead of Honolulu in the queue, where it is night
            first = _pending_in_chicago(s)
            ids = range(100_000 + first, 100_000 + closed)
            s.execute(
                insert(Contact),
                [dict(id=i, uid=new_op_id(), postal_code="60601", state="IL") for i in ids],
            )
            s.execute(
                insert(Phone),
                [dict(contact_id=i, number_e164=f"+1312555{i % 10_000:04d}") for i in ids],
            )
            s.execute(
                insert(CallListEntry),
                [dict(list_id=world.list_id, contact_id=i, queue_seq=i - 100_000) for i in ids],
            )
        with store.write() as s:  # as an import does; leasing would do it a few hundred at a time
            assign_groups(s.connection(), [c for (c,) in s.execute(select(Contact.id))])
            s.get(CallListEntry, honolulu).status = "pending"
            s.get(CallListEntry, honolulu).lease_holder_id = None
        work[closed] = count_sqlite_steps(
            store,
            lambda: lease_next_contact(store, vera, world.campaign_id, now=TUESDAY_NIGHT_CHICAGO),
        )
        assert status(store, honolulu) == "leased"
    assert work[3000] <= work[100] * 1.1, work


def _pending_in_chicago(session) -> int:
    return session.scalar(
        select(func.count())
        .select_from(CallListEntry)
        .join(Contact, Contact.id == CallListEntry.contact_id)
        .where(CallListEntry.status == "pending", Contact.state == "IL")
    )


# --- callbacks -----------------------------------------------------------------------------


def test_a_callback_outside_the_contacts_hours_is_refused(store, world, vera):
    lease = lease_next_contact(store, vera, world.campaign_id, now=TUESDAY_10_CHICAGO)
    chicago_22h = datetime(2026, 11, 4, 4, 0, tzinfo=UTC)
    with pytest.raises(InvalidInputError, match="outside the calling hours") as refused:
        call(
            store,
            lease,
            vera,
            world.result_codes["CALLBACK"],
            TUESDAY_10_CHICAGO,
            callback_at=chicago_22h,
        )
    message = str(refused.value)
    assert "22:00" in message and "9:00-20:00" in message
    assert "next possible time is Wed 04 Nov 09:00" in message
    # Nothing was written.
    assert status(store, lease.entry_id) == "leased"


def test_a_due_callback_waits_for_the_window_then_comes_first(store, world, vera):
    lease = lease_next_contact(store, vera, world.campaign_id, now=TUESDAY_10_CHICAGO)
    chicago_19_50 = datetime(2026, 11, 4, 1, 50, tzinfo=UTC)
    call(
        store,
        lease,
        vera,
        world.result_codes["CALLBACK"],
        TUESDAY_10_CHICAGO,
        callback_at=chicago_19_50,
    )
    honolulu = add_contact(store, world, zip_code="96813", state="HI", phone="+18085550101")
    # Nobody took it by 20:00; at 20:30 it is due but may not be called: Honolulu instead.
    at_20_30 = datetime(2026, 11, 4, 2, 30, tzinfo=UTC)
    assert lease_next_contact(store, vera, world.campaign_id, now=at_20_30).entry_id == honolulu
    assert status(store, lease.entry_id) == "callback"
    # Next morning at 9:00 it comes before everyone else.
    otto = make_volunteer(store, "OTTO33", campaign_ids=(world.campaign_id,))
    morning = datetime(2026, 11, 4, 15, 0, tzinfo=UTC)
    back = lease_next_contact(store, otto, world.campaign_id, now=morning)
    assert back.entry_id == lease.entry_id and back.is_callback


# --- attempts per number ------------------------------------------------------------------


def test_each_number_has_its_own_attempt_limit(store):
    world = make_world(store, contacts=1, max_attempts=5)
    v = make_volunteer(store, "PHON22", campaign_ids=(world.campaign_id,))
    with store.write() as s:
        s.get(Campaign, world.campaign_id).max_attempts_per_phone = 1
        s.add(Phone(contact_id=world.contact_ids[0], number_e164="+17735550100", position=1))
    t = TUESDAY_10_CHICAGO
    first = lease_next_contact(store, v, world.campaign_id, now=t)
    call(store, first, v, world.result_codes["NO_ANSWER"], t)
    t += timedelta(hours=2)
    second = lease_next_contact(store, v, world.campaign_id, now=t)
    assert [p.attempts for p in second.card.phones] == [1, 0]
    record_outcome(
        store,
        Outcome(
            entry_id=second.entry_id,
            volunteer_id=v,
            result_code_id=world.result_codes["NO_ANSWER"],
            started_at=t,
            ended_at=t + timedelta(seconds=30),
            phone_id=second.card.phones[1].id,
        ),
        now=t + timedelta(seconds=31),
    )
    t += timedelta(hours=2)
    assert lease_next_contact(store, v, world.campaign_id, now=t) is None
    with store.read() as s:
        e = s.get(CallListEntry, world.entry_ids[0])
        assert (e.status, e.closed_reason) == ("done", "no_callable_phone")


def test_many_due_callbacks_out_of_hours_do_not_hide_one_in_hours(store, world, vera):
    for i in range(12):  # due first, but it is night in Chicago
        add_contact(store, world, zip_code="60601", state="IL", phone=f"+1312555{i:04d}")
    honolulu = add_contact(store, world, zip_code="96813", state="HI", phone="+18085550101")
    with store.write() as s:
        for n, e in enumerate(s.scalars(select(CallListEntry).order_by(CallListEntry.id))):
            e.status = "callback"
            e.callback_at = TUESDAY_NIGHT_CHICAGO - timedelta(hours=5) + timedelta(minutes=n)
    lease = lease_next_contact(store, vera, world.campaign_id, now=TUESDAY_NIGHT_CHICAGO)
    assert lease.entry_id == honolulu and lease.is_callback
