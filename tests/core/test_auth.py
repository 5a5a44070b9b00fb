"""Sign-in: statuses, wrong PINs, lockout, and PINs kept only as slow hashes."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from callcenter.errors import SignInRefused
from callcenter.models import Volunteer, VolunteerSession
from callcenter.services.auth import MAX_FAILED_PINS, sign_in, sign_out
from tests.factories import make_volunteer

NOW = datetime(2026, 11, 3, 16, 0, tzinfo=UTC)


def test_active_volunteer_signs_in_with_code_in_any_case(store):
    vid = make_volunteer(store, "ABC234", "424242", first_name="Ann", last_name="Lee")
    signed = sign_in(store, " abc-234 ", "424242", now=NOW)
    assert (signed.volunteer_id, signed.display_name, signed.role) == (vid, "Ann Lee", "volunteer")
    with store.read() as s:
        visit = s.get(VolunteerSession, signed.session_id)
        assert visit.started_at == NOW and visit.ended_at is None
    sign_out(store, signed.session_id, now=NOW + timedelta(hours=2))
    with store.read() as s:
        assert s.get(VolunteerSession, signed.session_id).ended_at == NOW + timedelta(hours=2)


@pytest.mark.parametrize(
    ("status", "why"),
    [
        ("pending", "waiting to be activated"),
        ("suspended", "suspended"),
        ("deactivated", "deactivated"),
    ],
)
def test_non_active_volunteers_are_told_why(store, status, why):
    make_volunteer(store, "STAT22", "111111" if status != "pending" else None, status=status)
    with pytest.raises(SignInRefused, match=why):
        sign_in(store, "STAT22", "111111", now=NOW)
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(VolunteerSession)) == 0


def test_status_is_not_revealed_without_the_right_pin(store):
    make_volunteer(store, "SUSP22", "111111", status="suspended")
    with pytest.raises(SignInRefused, match="do not match"):
        sign_in(store, "SUSP22", "999999", now=NOW)


def test_unknown_code_and_empty_fields(store):
    with pytest.raises(SignInRefused, match="do not match"):
        sign_in(store, "NOPE22", "111111", now=NOW)
    with pytest.raises(SignInRefused, match="Enter your volunteer code"):
        sign_in(store, "", "", now=NOW)


def test_five_wrong_pins_lock_the_code_for_a_few_minutes(store):
    make_volunteer(store, "LOCK22", "123456")
    for attempt in range(1, MAX_FAILED_PINS):
        with pytest.raises(SignInRefused, match=f"{MAX_FAILED_PINS - attempt} tr"):
            sign_in(store, "LOCK22", "000000", now=NOW)
    with pytest.raises(SignInRefused, match="locked until"):
        sign_in(store, "LOCK22", "000000", now=NOW)
    # Even the right PIN is refused while locked ...
    with pytest.raises(SignInRefused, match="locked until"):
        sign_in(store, "LOCK22", "123456", now=NOW + timedelta(minutes=4))
    # ... and accepted once the lock has run out.
    assert sign_in(store, "LOCK22", "123456", now=NOW + timedelta(minutes=6))


def test_pins_are_stored_only_as_salted_argon2_hashes_and_never_logged(store, caplog):
    caplog.set_level(logging.DEBUG)
    make_volunteer(store, "HASH22", "778899")
    make_volunteer(store, "HASH33", "778899")
    with store.read() as s:
        hashes = s.scalars(select(Volunteer.pin_hash)).all()
    assert all(h.startswith("$argon2id$") for h in hashes)
    assert all("778899" not in h for h in hashes)
    from callcenter.security import hash_pin

    assert hash_pin("778899") != hash_pin("778899")  # salted
    with pytest.raises(SignInRefused):
        sign_in(store, "HASH22", "000000", now=NOW)
    sign_in(store, "HASH22", "778899", now=NOW)
    assert "778899" not in caplog.text and "000000" not in caplog.text


def test_this_station_is_made_once_and_kept(store):
    from callcenter.services.station import this_station

    first = this_station(store, name="Chicago-01")
    assert this_station(store) == first
