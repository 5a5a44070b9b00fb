"""A person decides a conflict or a refused row, and the CRM gets what they chose, once.

"Send my value" is a conditional Contact update (If-Unmodified-Since with the CRM
stamp the conflict saw): it lands once even when its answer is lost, and a record
the CRM changed since becomes a new conflict instead of being overwritten.
"""

from __future__ import annotations

from sqlalchemy import select

from callcenter.db import Store
from callcenter.models import AuditEvent, Conflict, Contact, Outbox
from callcenter.services.conflicts import (
    ConflictView,
    edit_contact,
    keep_crm_value,
    open_conflicts,
    send_local_value,
)
from tests.factories import make_volunteer
from tests.sfemu import SalesforceEmulator, seed_demo
from tests.sync.world import engine_for

PATCH_CONTACT = r"/sobjects/Contact/{}$"


def _local(store: Store, crm_id: str) -> Contact:
    with store.read() as s:
        contact = s.scalars(select(Contact).where(Contact.crm_id == crm_id)).one()
        s.expunge(contact)
        return contact


def _email_conflict(store: Store, emu: SalesforceEmulator, seed: int) -> tuple[str, ConflictView]:
    """A local email edit the CRM beat: one open conflict (local 'mine@...')."""
    demo = seed_demo(emu, contacts=5, seed=seed)
    crm_id = demo.contact_ids[0]
    engine_for(store, emu).run_once()
    edit_contact(store, _local(store, crm_id).id, {"email": "mine@example.org"})
    emu.clock.advance(seconds=2)
    emu.touch("Contact", crm_id, {"Email": "theirs@example.org"})
    engine_for(store, emu).run_once()
    (conflict,) = open_conflicts(store)
    assert (conflict.local_value, conflict.crm_value) == ("mine@example.org", "theirs@example.org")
    assert conflict.crm_modstamp is not None
    assert _local(store, crm_id).email == "theirs@example.org"  # the CRM won meanwhile
    emu.clock.advance(seconds=2)  # later writes are in a later second than the stamp
    return crm_id, conflict


def _committed_patches(emu: SalesforceEmulator, crm_id: str) -> int:
    """PATCHes of the contact the emulator applied (answered 2xx, or dropped after commit)."""
    return sum(
        1
        for e in emu.request_log
        if e.method == "PATCH"
        and e.path.endswith(f"/sobjects/Contact/{crm_id}")
        and (e.status is None or e.status < 300)
    )


def test_sending_my_value_updates_the_crm_once(store: Store, emu: SalesforceEmulator) -> None:
    crm_id, conflict = _email_conflict(store, emu, seed=11)
    lead = make_volunteer(store, "LEAD234", pin=None, role="shift_lead")
    emu.reset_request_log()
    outbox_id = send_local_value(store, conflict.id, actor_id=lead)
    assert _local(store, crm_id).email == "mine@example.org"  # taken here at once
    report = engine_for(store, emu).run_once()
    assert emu.get("Contact", crm_id)["Email"] == "mine@example.org"  # type: ignore[index]
    assert _committed_patches(emu, crm_id) == 1
    assert report.push.sent >= 1
    with store.read() as s:
        assert s.get(Outbox, outbox_id).status == "sent"  # type: ignore[union-attr]
        assert s.get(Conflict, conflict.id).status == "kept_local"  # type: ignore[union-attr]
    assert open_conflicts(store) == []
    # A later sync sends nothing again, and the pull keeps the value.
    engine_for(store, emu).run_once()
    assert _committed_patches(emu, crm_id) == 1
    assert _local(store, crm_id).email == "mine@example.org"


def test_a_lost_answer_still_lands_exactly_once(store: Store, emu: SalesforceEmulator) -> None:
    crm_id, conflict = _email_conflict(store, emu, seed=12)
    lead = make_volunteer(store, "LEAD234", pin=None, role="admin")
    outbox_id = send_local_value(store, conflict.id, actor_id=lead)
    emu.reset_request_log()
    emu.faults.add("drop_after_commit", path_regex=PATCH_CONTACT.format(crm_id), method="PATCH")
    engine_for(store, emu).run_once()
    # The retry found the record changed (by our own write), read it, and saw the value.
    patches = [e.status for e in emu.request_log if e.method == "PATCH" and crm_id in e.path]
    assert patches == [None, 412]
    assert _committed_patches(emu, crm_id) == 1
    assert emu.get("Contact", crm_id)["Email"] == "mine@example.org"  # type: ignore[index]
    with store.read() as s:
        assert s.get(Outbox, outbox_id).status == "sent"  # type: ignore[union-attr]
    assert open_conflicts(store) == []


def test_a_record_changed_since_becomes_a_new_conflict(
    store: Store, emu: SalesforceEmulator
) -> None:
    crm_id, conflict = _email_conflict(store, emu, seed=13)
    lead = make_volunteer(store, "LEAD234", pin=None, role="shift_lead")
    outbox_id = send_local_value(store, conflict.id, actor_id=lead)
    emu.touch("Contact", crm_id, {"Email": "newest@example.org"})  # after the conflict
    report = engine_for(store, emu).run_once()
    assert report.push.conflicts == 1
    assert emu.get("Contact", crm_id)["Email"] == "newest@example.org"  # type: ignore[index]
    assert _committed_patches(emu, crm_id) == 0
    (again,) = open_conflicts(store)
    assert (again.field, again.local_value, again.crm_value) == (
        "email",
        "mine@example.org",
        "newest@example.org",
    )
    assert again.crm_modstamp is not None and again.crm_modstamp > conflict.crm_modstamp  # type: ignore[operator]
    assert _local(store, crm_id).email == "newest@example.org"
    with store.read() as s:
        assert s.get(Outbox, outbox_id).status == "conflict"  # type: ignore[union-attr]
    # Deciding the new one for the CRM closes it without a write.
    keep_crm_value(store, again.id, actor_id=lead)
    engine_for(store, emu).run_once()
    assert open_conflicts(store) == []
    assert emu.get("Contact", crm_id)["Email"] == "newest@example.org"  # type: ignore[index]
    with store.read() as s:
        actions = s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
    assert actions[-2:] == ["conflict_kept_local", "conflict_kept_crm"]


def test_a_change_to_other_fields_does_not_stop_the_decided_value(
    store: Store, emu: SalesforceEmulator
) -> None:
    """Only the phone changed in the CRM since the conflict: the email the lead decided
    on is sent again on the record's new stamp, once, and no conflict reopens."""
    crm_id, conflict = _email_conflict(store, emu, seed=14)
    lead = make_volunteer(store, "LEAD234", pin=None, role="shift_lead")
    outbox_id = send_local_value(store, conflict.id, actor_id=lead)
    emu.touch("Contact", crm_id, {"MobilePhone": "(312) 555-0188"})  # another field
    emu.clock.advance(seconds=2)
    emu.reset_request_log()

    report = engine_for(store, emu).run_once()

    patches = [e.status for e in emu.request_log if e.method == "PATCH" and crm_id in e.path]
    assert patches == [412, 204] or patches == [412, 200]
    assert emu.get("Contact", crm_id)["Email"] == "mine@example.org"  # type: ignore[index]
    assert emu.get("Contact", crm_id)["MobilePhone"] == "(312) 555-0188"  # type: ignore[index]
    assert report.push.conflicts == 0 and open_conflicts(store) == []
    with store.read() as s:
        assert s.get(Outbox, outbox_id).status == "sent"  # type: ignore[union-attr]


def test_a_decision_never_overwrites_a_newer_edit_made_here(
    store: Store, emu: SalesforceEmulator
) -> None:
    import pytest

    from callcenter.errors import NotAllowedError

    crm_id, conflict = _email_conflict(store, emu, seed=15)
    lead = make_volunteer(store, "LEAD234", pin=None, role="shift_lead")
    edit_contact(store, _local(store, crm_id).id, {"email": "newer@example.org"})
    with pytest.raises(NotAllowedError, match="edited here after this conflict"):
        send_local_value(store, conflict.id, actor_id=lead)
    assert _local(store, crm_id).email == "newer@example.org"  # kept
    (still,) = open_conflicts(store)
    assert still.id == conflict.id
    keep_crm_value(store, conflict.id, actor_id=lead)  # the way to close it
    assert open_conflicts(store) == []
