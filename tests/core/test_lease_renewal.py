"""Keeping the contact on screen: the lease's time left, and renewing it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from callcenter.errors import LeaseLostError, NotAllowedError
from callcenter.models import CallListEntry, Volunteer
from callcenter.services.calls import (
    LEASE_WARNING,
    lease_next_contact,
    lease_time,
    release_lease,
    renew_lease,
)
from tests.factories import make_world

NOW = datetime(2026, 11, 3, 16, 0, tzinfo=UTC)


@pytest.fixture
def world(store):
    return make_world(store, contacts=3)


def held(store, entry_id):
    with store.read() as s:
        e = s.get(CallListEntry, entry_id)
        return e.status, e.lease_holder_id, e.lease_expires_at


def test_time_left_warns_before_the_lease_runs_out(store, world, vera):
    lease = lease_next_contact(store, vera, world.campaign_id, now=NOW)

    fresh = lease_time(lease, NOW)
    assert not fresh.expiring and not fresh.expired
    soon = lease_time(lease, lease.expires_at - LEASE_WARNING + timedelta(seconds=1))
    assert soon.expiring and not soon.expired and soon.minutes_left == 2
    last = lease_time(lease, lease.expires_at - timedelta(seconds=20))
    assert last.expiring and last.minutes_left == 1
    gone = lease_time(lease, lease.expires_at)
    assert gone.expired and not gone.expiring and gone.minutes_left == 0


def test_renewing_holds_the_contact_for_the_full_lease_time_again(store, world, vera, otto):
    lease = lease_next_contact(store, vera, world.campaign_id, station_id=None, now=NOW)
    later = lease.expires_at - timedelta(minutes=1)

    expires = renew_lease(store, lease, vera, now=later)

    assert expires == later + (lease.expires_at - NOW)
    status, holder, stored = held(store, lease.entry_id)
    assert (status, holder) == ("leased", vera)
    assert stored.replace(tzinfo=UTC) == expires
    # Past the old expiry, someone else gets another contact, not this one.
    past_old = lease.expires_at + timedelta(seconds=1)
    assert lease_next_contact(store, otto, world.campaign_id, now=past_old).entry_id != (
        lease.entry_id
    )
    assert held(store, lease.entry_id)[:2] == ("leased", vera)


def test_an_expired_lease_nobody_took_is_taken_back(store, world, vera, otto):
    lease = lease_next_contact(store, vera, world.campaign_id, now=NOW)
    after = lease.expires_at + timedelta(minutes=3)
    # The lease ran out: Otto's next lease gets the contact; he hands it back unchanged.
    other = lease_next_contact(store, otto, world.campaign_id, now=after)
    assert other.entry_id == lease.entry_id
    release_lease(store, other.entry_id, otto)
    assert held(store, lease.entry_id)[:2] == ("pending", None)

    expires = renew_lease(store, lease, vera, now=after)

    assert held(store, lease.entry_id)[:2] == ("leased", vera)
    assert expires > after


def test_renewing_a_contact_someone_else_took_is_refused(store, world, vera, otto):
    lease = lease_next_contact(store, vera, world.campaign_id, now=NOW)
    after = lease.expires_at + timedelta(seconds=1)
    taken = lease_next_contact(store, otto, world.campaign_id, now=after)
    assert taken.entry_id == lease.entry_id

    with pytest.raises(LeaseLostError, match="no longer yours"):
        renew_lease(store, lease, vera, now=after)

    assert held(store, lease.entry_id)[:2] == ("leased", otto)


def test_a_suspended_volunteer_cannot_renew(store, world, vera):
    lease = lease_next_contact(store, vera, world.campaign_id, now=NOW)
    with store.write() as s:
        s.get(Volunteer, vera).status = "suspended"

    with pytest.raises(NotAllowedError):
        renew_lease(store, lease, vera, now=NOW + timedelta(minutes=1))


def _no_answer(store, world, lease, volunteer, at):
    from callcenter.services.calls import Outcome, record_outcome

    record_outcome(
        store,
        Outcome(
            entry_id=lease.entry_id,
            volunteer_id=volunteer,
            result_code_id=world.result_codes["NO_ANSWER"],
            started_at=at,
            ended_at=at + timedelta(seconds=30),
            phone_id=lease.card.phones[0].id,
        ),
        now=at,
    )


def test_a_contact_someone_else_called_meanwhile_is_not_taken_back(store, world, vera, otto):
    """Otto took the expired contact and got no answer: it is back in the queue, but
    Vera's screen is stale; keeping it would call the same person twice."""
    lease = lease_next_contact(store, vera, world.campaign_id, now=NOW)
    after = lease.expires_at + timedelta(minutes=1)
    taken = lease_next_contact(store, otto, world.campaign_id, now=after)
    assert taken.entry_id == lease.entry_id
    _no_answer(store, world, taken, otto, after)
    assert held(store, lease.entry_id)[:2] == ("pending", None)

    with pytest.raises(LeaseLostError, match="no longer yours"):
        renew_lease(store, lease, vera, now=after + timedelta(minutes=1))
    assert held(store, lease.entry_id)[:2] == ("pending", None)


def test_an_expired_contact_outside_its_calling_hours_now_is_not_taken_back(store, world, vera):
    lease = lease_next_contact(store, vera, world.campaign_id, now=NOW)
    night = NOW.replace(hour=5)  # 23:00 the evening before in Chicago: closed
    with pytest.raises(LeaseLostError):
        renew_lease(store, lease, vera, now=night + timedelta(days=1))
    assert held(store, lease.entry_id)[2].replace(tzinfo=UTC) == lease.expires_at  # not kept
