"""Volunteer lifecycle: permissions, state moves, leases, sessions, audit, outbox."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from callcenter.errors import InvalidInputError, NotAllowedError, SignInRefused
from callcenter.models import AuditEvent, CallListEntry, Outbox, Volunteer, VolunteerSession
from callcenter.services.auth import sign_in
from callcenter.services.calls import lease_next_contact
from callcenter.services.volunteers import (
    activate_volunteers,
    change_role,
    change_status,
    issue_pins,
    reset_pin,
)
from tests.factories import make_volunteer, make_world

NOW = datetime(2026, 11, 3, 16, 0, tzinfo=UTC)


@pytest.fixture
def lead(store):
    return make_volunteer(store, "LEAD22", role="shift_lead", first_name="Lee")


@pytest.fixture
def admin(store):
    return make_volunteer(store, "ADMN22", role="admin", first_name="Ada")


def status_of(store, vid):
    with store.read() as s:
        return s.get(Volunteer, vid).status


def audit_actions(store, vid):
    with store.read() as s:
        return s.scalars(
            select(AuditEvent.action).where(AuditEvent.subject_id == vid).order_by(AuditEvent.id)
        ).all()


def test_full_lifecycle_with_audit_and_outbox(store, lead):
    world = make_world(store, contacts=2)
    walk_in = make_volunteer(store, "TEMP22", None, status="pending", first_name="Wanda")
    [cred] = activate_volunteers(store, lead, [walk_in], campaign_ids=[world.campaign_id], now=NOW)
    assert cred.volunteer_id == walk_in and len(cred.pin) == 6
    assert status_of(store, walk_in) == "active"
    with pytest.raises(SignInRefused, match="still being issued"):
        sign_in(store, cred.code, cred.pin, now=NOW)
    assert issue_pins(store, [cred]) == 1
    assert sign_in(store, cred.code, cred.pin, now=NOW).volunteer_id == walk_in
    change_status(store, lead, [walk_in], "suspend", now=NOW)
    with pytest.raises(SignInRefused, match="suspended"):
        sign_in(store, cred.code, cred.pin, now=NOW)
    change_status(store, lead, [walk_in], "reactivate", now=NOW)
    assert status_of(store, walk_in) == "active"
    change_status(store, lead, [walk_in], "deactivate", now=NOW)
    assert status_of(store, walk_in) == "deactivated"
    assert audit_actions(store, walk_in) == ["activate", "suspend", "reactivate", "deactivate"]
    with store.read() as s:
        statuses = [o.payload["status"] for o in s.scalars(select(Outbox).order_by(Outbox.id))]
        audit = s.scalars(select(AuditEvent)).first()
    assert statuses == ["active", "suspended", "active", "deactivated"]
    assert audit.actor_id == lead and audit.detail["campaigns"] == [world.campaign_id]


@pytest.mark.parametrize(
    ("status", "action"),
    [
        ("active", "activate"),
        ("pending", "suspend"),
        ("suspended", "suspend"),
        ("deactivated", "suspend"),
        ("active", "reactivate"),
        ("pending", "reactivate"),
        ("deactivated", "reactivate"),
        ("deactivated", "deactivate"),
    ],
)
def test_invalid_moves_are_refused_and_change_nothing(store, lead, status, action):
    vid = make_volunteer(store, "MOVE22", status=status)
    with pytest.raises(InvalidInputError, match=f"Cannot {action}.*{status}"):
        if action == "activate":
            activate_volunteers(store, lead, [vid], now=NOW)
        else:
            change_status(store, lead, [vid], action, now=NOW)
    assert status_of(store, vid) == status
    assert audit_actions(store, vid) == []


def test_only_leads_and_admins_manage_and_only_admins_change_roles(store, lead, admin):
    plain = make_volunteer(store, "PLAN22")
    other_lead = make_volunteer(store, "LEAD33", role="shift_lead")
    pending = make_volunteer(store, "PEND22", None, status="pending")
    with pytest.raises(NotAllowedError, match="Only an active shift lead or admin"):
        activate_volunteers(store, plain, [pending], now=NOW)
    with pytest.raises(NotAllowedError, match="only an admin"):
        change_status(store, lead, [other_lead], "suspend", now=NOW)
    with pytest.raises(NotAllowedError, match="Only an admin can change roles"):
        change_role(store, lead, plain, "shift_lead", now=NOW)
    change_role(store, admin, plain, "shift_lead", now=NOW)
    with store.read() as s:
        assert s.get(Volunteer, plain).role == "shift_lead"
    assert audit_actions(store, plain) == ["change_role"]
    with pytest.raises(InvalidInputError, match="Unknown role 'boss'"):
        change_role(store, admin, plain, "boss", now=NOW)


def test_the_last_admin_cannot_be_removed(store, admin):
    with pytest.raises(NotAllowedError, match="no active admin"):
        change_status(store, admin, [admin], "deactivate", now=NOW)
    with pytest.raises(NotAllowedError, match="no active admin"):
        change_role(store, admin, admin, "volunteer", now=NOW)


def test_deactivation_releases_leases_ends_sessions_and_blocks_sign_in(store, lead):
    world = make_world(store, contacts=3)
    vid = make_volunteer(store, "GONE22", "123456", campaign_ids=(world.campaign_id,))
    signed = sign_in(store, "GONE22", "123456", now=NOW)
    lease = lease_next_contact(store, vid, world.campaign_id, now=NOW)
    change = change_status(store, lead, [vid], "deactivate", now=NOW)
    assert (change.leases_released, change.sessions_ended) == (1, 1)
    with store.read() as s:
        entry = s.get(CallListEntry, lease.entry_id)
        assert (entry.status, entry.lease_holder_id) == ("pending", None)
        assert s.get(VolunteerSession, signed.session_id).ended_at == NOW
        gone = s.get(Volunteer, vid)
        assert (gone.status, gone.deactivated_at) == ("deactivated", NOW)
        event = s.scalars(select(AuditEvent).where(AuditEvent.subject_id == vid)).one()
        assert (event.action, event.actor_id, event.at) == ("deactivate", lead, NOW)
    with pytest.raises(SignInRefused, match="deactivated"):
        sign_in(store, "GONE22", "123456", now=NOW)


def test_bulk_activation_issues_unique_codes_in_one_step(store, lead):
    ids = [make_volunteer(store, f"P{i:05d}", None, status="pending") for i in range(12)]
    creds = activate_volunteers(store, lead, ids, now=NOW)
    assert len({c.code for c in creds}) == 12
    assert all(status_of(store, v) == "active" for v in ids)
    # A reset in between wins over the PIN from the slip.
    reset = reset_pin(store, lead, ids[0], now=NOW)
    assert issue_pins(store, creds) == 11
    assert sign_in(store, reset.code, reset.pin, now=NOW).volunteer_id == ids[0]
    assert sign_in(store, creds[5].code, creds[5].pin, now=NOW).volunteer_id == ids[5]


def test_one_bad_volunteer_in_a_bulk_step_changes_nobody(store, lead):
    ok = make_volunteer(store, "OKAY22", None, status="pending")
    already = make_volunteer(store, "ALRD22")
    with pytest.raises(InvalidInputError, match="Cannot activate"):
        activate_volunteers(store, lead, [ok, already], now=NOW)
    assert status_of(store, ok) == "pending"


def test_reset_pin_unlocks_and_replaces_the_pin(store, lead):
    vid = make_volunteer(store, "FORG22", "111111")
    cred = reset_pin(store, lead, vid, now=NOW)
    assert cred.code == "FORG22" and len(cred.pin) == 6
    assert sign_in(store, "FORG22", cred.pin, now=NOW).volunteer_id == vid
    assert audit_actions(store, vid) == ["reset_pin"]
