"""The campaign picker's counts and a volunteer's own shift numbers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from callcenter.models import CallListEntry
from callcenter.services.auth import sign_in
from callcenter.services.calls import lease_next_contact, record_outcome
from callcenter.services.campaigns import campaigns_for_volunteer
from callcenter.services.shift_stats import shift_numbers
from tests.core.test_calls import outcome
from tests.factories import make_volunteer, make_world

NOW = datetime(2026, 11, 3, 16, 0, tzinfo=UTC)


def test_volunteer_sees_assigned_campaigns_with_contacts_left(store):
    world = make_world(store, contacts=4)
    other = make_world(store, contacts=2)
    vid = make_volunteer(store, "PICK22", campaign_ids=(world.campaign_id,))
    admin = make_volunteer(store, "ADMN22", role="admin")
    with store.write() as s:
        e = s.get(CallListEntry, world.entry_ids[0])
        e.status, e.callback_at = "callback", NOW - timedelta(minutes=1)
        s.get(CallListEntry, world.entry_ids[1]).status = "done"
    [summary] = campaigns_for_volunteer(store, vid, now=NOW)
    assert (summary.id, summary.remaining, summary.callbacks_due) == (world.campaign_id, 3, 1)
    assert {c.id for c in campaigns_for_volunteer(store, admin, now=NOW)} == {
        world.campaign_id,
        other.campaign_id,
    }


def test_shift_numbers_count_calls_contacts_and_pace(store):
    world = make_world(store, contacts=3)
    vid = make_volunteer(store, "STAT22", "123456", campaign_ids=(world.campaign_id,))
    signed = sign_in(store, "STAT22", "123456", now=NOW - timedelta(minutes=1))
    for code in ("SUPPORTER", "NO_ANSWER", "REFUSED"):
        lease = lease_next_contact(store, vid, world.campaign_id, now=NOW)
        record_outcome(store, outcome(lease, vid, world.result_codes[code]), now=NOW)
    numbers = shift_numbers(store, vid, signed.session_id, now=NOW + timedelta(minutes=29))
    assert (numbers.calls, numbers.contacts, numbers.seconds_on_calls) == (3, 2, 225)
    assert round(numbers.calls_per_hour, 1) == 6.0
    assert round(numbers.contact_rate, 2) == 0.67
