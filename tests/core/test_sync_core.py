"""The core's side of sync, without any CRM: outbox, review queue, rules, cursors, records."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from callcenter.errors import InvalidInputError, NotAllowedError
from callcenter.models import Contact, CrmMemberStatus, Outbox
from callcenter.services import outbox, sync_state
from callcenter.services.conflicts import (
    edit_contact,
    open_conflicts,
    record_conflict,
    resolve_conflict,
)
from callcenter.services.entry_rules import forward_member_status
from callcenter.services.phones import to_e164
from callcenter.services.time_zones import resolve_time_zones
from tests.factories import make_volunteer, make_world


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("(215) 555-0143", "+12155550143"),
        ("215-555-0143", "+12155550143"),
        ("+1 215 555 0143", "+12155550143"),
        ("1.215.555.0143", "+12155550143"),
        ("+49 30 1234567", "+49301234567"),
        ("+44 20 7946 0958", "+442079460958"),
        ("+4420794609", None),  # a plus that is not +1 is never read as a US number
        ("215 555 0143 ext 12", "+12155550143"),
        ("555", None),
        ("", None),
        (None, None),
    ],
)
def test_phone_numbers_to_e164(raw: str | None, expected: str | None) -> None:
    assert to_e164(raw) == expected


def test_time_zone_from_zip_then_state() -> None:
    def zone(postal_code: str | None, state: str | None) -> str | None:
        return resolve_time_zones(country="US", postal_code=postal_code, state=state).primary

    assert zone("85004", "AZ") == "America/Phoenix"
    assert zone("19103-1234", None) == "America/New_York"
    assert zone("00000", "HI") == "Pacific/Honolulu"
    assert zone(None, "wa") == "America/Los_Angeles"
    assert zone("x", None) is None


def test_member_status_only_moves_forward(store) -> None:
    world = make_world(store, contacts=1)
    with store.write() as s:
        for order, label in enumerate(
            ("Not Called", "Left Message", "Contacted", "Wrong Number"), start=1
        ):
            s.add(
                CrmMemberStatus(
                    campaign_id=world.campaign_id,
                    label=label,
                    sort_order=order,
                    has_responded=label == "Contacted",
                )
            )
    with store.read() as s:
        conn = s.connection()
        assert forward_member_status(conn, world.campaign_id, "Contacted", "Left Message") == (
            "Contacted"
        )
        assert forward_member_status(conn, world.campaign_id, "Left Message", "Contacted") == (
            "Contacted"
        )
        assert (
            forward_member_status(conn, world.campaign_id, None, "Left Message") == "Left Message"
        )
        assert forward_member_status(conn, world.campaign_id, "Contacted", None) == "Contacted"
        # Responding is progress: a contact after a wrong number moves forward, not back.
        assert forward_member_status(conn, world.campaign_id, "Wrong Number", "Contacted") == (
            "Contacted"
        )
        assert forward_member_status(conn, world.campaign_id, "Contacted", "Wrong Number") == (
            "Contacted"
        )
        # Statuses the CRM does not rank: the newer one, as before.
        assert forward_member_status(conn, world.campaign_id, "Contacted", "Odd") == "Odd"


def test_review_queue_retry_and_dismiss(store) -> None:
    with store.write() as s:
        for n in range(3):
            s.add(Outbox(op_id=f"01JOP{n:021d}", kind="phone_bad", payload={"crm_id": None}))
    items = outbox.pending_items(store)
    assert [i.kind for i in items] == ["phone_bad"] * 3
    outbox.mark_for_review(store, [(items[0].id, "Refused (X)"), (items[1].id, "Also (Y)")])
    outbox.mark_sent(store, [(items[2].id, "00THs0000000001AAA")])
    assert outbox.outbox_counts(store) == outbox.OutboxCounts(pending=0, review=2, sent=1)
    queue = outbox.review_queue(store)
    assert [(q.id, q.message) for q in queue] == [
        (items[0].id, "Refused (X)"),
        (items[1].id, "Also (Y)"),
    ]
    lead = make_volunteer(store, "LEAD234", role="shift_lead")
    caller = make_volunteer(store, "CALL234")
    with pytest.raises(NotAllowedError, match="shift lead or admin can decide"):
        outbox.retry_review(store, [items[0].id], actor_id=caller)
    with pytest.raises(NotAllowedError, match="shift lead or admin can decide"):
        outbox.dismiss_review(store, [items[1].id], actor_id=caller)
    with pytest.raises(InvalidInputError, match="not waiting for review"):
        outbox.retry_review(store, [items[2].id], actor_id=lead)
    assert outbox.retry_review(store, [items[0].id], actor_id=lead) == 1
    assert outbox.dismiss_review(store, [items[1].id], actor_id=lead, station_id=None) == 1
    (dismissed,) = outbox.review_queue(store, status="dismissed")
    assert (dismissed.id, dismissed.message, dismissed.decided_by_id) == (
        items[1].id,
        "Also (Y)",
        lead,
    )
    assert dismissed.decided_at is not None
    with pytest.raises(InvalidInputError, match="not a review filter"):
        outbox.review_queue(store, status="sent")
    assert outbox.outbox_counts(store) == outbox.OutboxCounts(
        pending=1, review=0, sent=1, dismissed=1
    )
    assert [i.id for i in outbox.pending_items(store, skip_ids=[items[2].id])] == [items[0].id]
    assert outbox.pending_items(store, skip_ids=[items[0].id]) == []


def test_contact_edits_are_checked_and_queued_with_their_base(store) -> None:
    world = make_world(store, contacts=1)
    contact_id = world.contact_ids[0]
    with pytest.raises(InvalidInputError, match="cannot be edited"):
        edit_contact(store, contact_id, {"do_not_call": "no"})
    with pytest.raises(InvalidInputError, match="longer than"):
        edit_contact(store, contact_id, {"state": "x" * 41})
    edit_contact(store, contact_id, {"city": "Peoria", "state": "IL"})  # state unchanged
    with store.read() as s:
        row = s.scalars(select(Outbox).where(Outbox.kind == "contact_update")).one()
        assert s.get(Contact, contact_id).city == "Peoria"  # type: ignore[union-attr]
    assert row.payload["changes"] == {"city": "Peoria"}
    assert row.payload["base"] == {"city": "Chicago"}
    edit_contact(store, contact_id, {"city": "Peoria"})  # no change, no row
    with store.read() as s:
        assert len(s.scalars(select(Outbox).where(Outbox.kind == "contact_update")).all()) == 1


def test_conflicts_are_kept_once_and_resolved(store) -> None:
    world = make_world(store, contacts=1)
    with store.write() as s:
        conn = s.connection()
        assert record_conflict(
            conn, "contact", world.contact_ids[0], "003X", "email", "a", "b", "r"
        )
        assert not record_conflict(
            conn, "contact", world.contact_ids[0], "003X", "email", "a", "b", "r"
        )
        assert record_conflict(
            conn, "contact", None, "003Y", "do_not_call", True, False, "do_not_call_only_turns_on"
        )
    first, second = open_conflicts(store)
    lead = make_volunteer(store, "LEAD234", role="shift_lead")
    with pytest.raises(NotAllowedError):
        resolve_conflict(store, second.id, keep_local=True, actor_id=lead)
    resolve_conflict(store, second.id, keep_local=False, actor_id=lead)
    with pytest.raises(InvalidInputError):
        resolve_conflict(store, second.id, keep_local=False, actor_id=lead)
    assert [c.id for c in open_conflicts(store)] == [first.id]


def test_cursors_connection_and_status_are_kept(store) -> None:
    moment = datetime(2026, 11, 23, 10, 15, 0, 123000, tzinfo=UTC)
    with store.write() as s:
        cursor = sync_state.Cursor(moment, "003Hs0000000001AAA", {"until": moment.isoformat()})
        sync_state.save_cursor(s.connection(), "salesforce", "contact", cursor)
    with store.read() as s:
        loaded = sync_state.load_cursor(s.connection(), "salesforce", "contact")
        assert sync_state.load_cursor(s.connection(), "salesforce", "member") == sync_state.Cursor()
    assert (loaded.since, loaded.after_id, loaded.until) == (moment, "003Hs0000000001AAA", moment)
    assert sync_state.crm_connection(store) is None
    first = sync_state.CrmConnection("salesforce", "https://a.my.salesforce.com", "https://a", "id")
    sync_state.save_crm_connection(store, first)
    assert sync_state.crm_connection(store) == first
    # Another org: every pull position is forgotten (the next pull is a full one).
    sync_state.save_crm_connection(
        store,
        sync_state.CrmConnection("salesforce", "https://b.my.salesforce.com", "https://b", "id"),
    )
    with store.read() as s:
        assert (
            sync_state.load_cursor(s.connection(), "salesforce", "contact") == sync_state.Cursor()
        )
    sync_state.record_sync_result(store, "The network is down.")
    status = sync_state.sync_status(store)
    assert status.last_error == "The network is down." and status.last_success_at is None
    sync_state.record_sync_result(store, None)
    status = sync_state.sync_status(store)
    assert status.last_error is None and status.last_success_at is not None
    sync_state.forget_crm_connection(store)
    assert sync_state.crm_connection(store) is None


def test_bulk_insert_ids_follow_the_rows_even_when_numbering_is_not_consecutive(store) -> None:
    """New ids are read from SQLite's numbering when it is consecutive, else looked up."""
    from callcenter.services.crm_contacts import _insert_many

    sql = "INSERT INTO household (crm_id, uid, label) VALUES (?, ?, ?)"
    with store.write() as s:
        conn = s.connection()
        raw = conn.connection.driver_connection
        ids = _insert_many(
            raw, "household", sql, [("H1", "U1", ""), ("H2", "U2", "")], ["H1", "H2"]
        )
        assert ids == [1, 2]
        # A trigger that adds a row after each insert breaks the numbering: looked up instead.
        conn.exec_driver_sql(
            "CREATE TEMP TRIGGER shadow AFTER INSERT ON household WHEN NEW.crm_id LIKE 'X%' "
            "BEGIN INSERT INTO household (crm_id, uid, label) "
            "VALUES ('S' || NEW.crm_id, 'S' || NEW.uid, ''); END"
        )
        ids = _insert_many(
            raw, "household", sql, [("X1", "V1", ""), ("X2", "V2", "")], ["X1", "X2"]
        )
        found = dict(conn.exec_driver_sql("SELECT crm_id, id FROM household").fetchall())
        assert ids == [found["X1"], found["X2"]] and ids != [3, 4]


def test_phones_of_new_contacts_follow_their_contact_when_numbering_is_not_consecutive(
    store,
) -> None:
    """A page's phones name their contacts by the ids SQLite gives; a trigger that adds
    rows in between breaks that numbering, and they are renumbered from the lookup."""
    from datetime import UTC, datetime

    from callcenter.services.crm_contacts import apply_contacts
    from callcenter.services.crm_records import CrmRecord

    stamp = datetime(2026, 5, 1, tzinfo=UTC)
    records = [
        CrmRecord(
            f"003X0000000000{n}AAA",
            stamp,
            fields={"last_name": f"Person {n}", "phones": [(f"(215) 555-01{n}0", "mobile")]},
        )
        for n in range(1, 4)
    ]
    with store.write() as s:
        conn = s.connection()
        conn.exec_driver_sql(
            "CREATE TEMP TRIGGER shadow AFTER INSERT ON contact WHEN NEW.crm_id LIKE '003X%' "
            "BEGIN INSERT INTO contact (uid, first_name, last_name, language, country, "
            "attributes, do_not_call, opted_out_email, created_at, updated_at) "
            "VALUES ('S' || NEW.uid, '', 'Shadow', 'en', 'US', '{}', 0, 0, "
            "NEW.created_at, NEW.created_at); END"
        )
        apply_contacts(conn, records)
        found = conn.exec_driver_sql(
            "SELECT c.last_name, p.number_e164 FROM phone p JOIN contact c ON c.id = p.contact_id "
            "ORDER BY c.last_name"
        ).all()
    assert [tuple(r) for r in found] == [
        ("Person 1", "+12155550110"),
        ("Person 2", "+12155550120"),
        ("Person 3", "+12155550130"),
    ]


def test_only_leads_decide_conflicts_and_decisions_are_audited(store) -> None:
    from callcenter.models import AuditEvent, Conflict
    from callcenter.services.conflicts import RULE_CONTACT, keep_crm_value, send_local_value
    from callcenter.services.station import this_station

    world = make_world(store, contacts=1)
    contact_id = world.contact_ids[0]
    stamp = datetime(2026, 11, 23, 10, 0, 5, tzinfo=UTC)
    with store.write() as s:
        contact = s.get(Contact, contact_id)
        assert contact is not None
        contact.crm_id = "003X00000000001AAA"
        # The CRM's values won here, as a pull that records a conflict leaves them.
        contact.email, contact.city = "b@x.org", "Troy"
        conn = s.connection()
        for field, ours, theirs in (("email", "a@x.org", "b@x.org"), ("city", "Erie", "Troy")):
            record_conflict(
                conn, "contact", contact_id, "003X", field, ours, theirs, RULE_CONTACT, stamp
            )
    email, city = open_conflicts(store)
    assert email.crm_modstamp == stamp and email.decidable
    caller = make_volunteer(store, "CALL234")
    lead = make_volunteer(store, "LEAD234", role="shift_lead")
    station = this_station(store)
    for decide in (keep_crm_value, send_local_value):
        with pytest.raises(NotAllowedError, match="shift lead or admin can decide"):
            decide(store, email.id, actor_id=caller)
    assert len(open_conflicts(store)) == 2  # a refusal changes nothing
    outbox_id = send_local_value(store, email.id, actor_id=lead, station_id=station)
    keep_crm_value(store, city.id, actor_id=lead, station_id=station)
    with pytest.raises(InvalidInputError, match="is not open"):
        send_local_value(store, email.id, actor_id=lead)
    with store.read() as s:
        row = s.get(Outbox, outbox_id)
        assert row is not None and (row.kind, row.status) == ("contact_resend", "pending")
        assert row.payload["changes"] == {"email": "a@x.org"}
        assert datetime.fromisoformat(row.payload["crm_modstamp"]) == stamp
        assert s.get(Contact, contact_id).email == "a@x.org"  # type: ignore[union-attr]
        assert [c.status for c in s.scalars(select(Conflict).order_by(Conflict.id))] == [
            "kept_local",
            "kept_crm",
        ]
        audit = s.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()[-2:]
    assert [(a.action, a.actor_id, a.station_id) for a in audit] == [
        ("conflict_kept_local", lead, station),
        ("conflict_kept_crm", lead, station),
    ]
    assert audit[0].detail["field"] == "email" and "a@x.org" not in str(audit[0].detail)
    [item] = outbox.pending_items(store)
    assert item.refs["contact_crm_id"] == "003X00000000001AAA"


def test_new_contacts_phones_keep_the_crms_order_whatever_order_they_are_written_in(
    store,
) -> None:
    """A page's phones are written in number order (kinder to the number index); each
    contact still has its own numbers, in the CRM's order, with their kinds."""
    from datetime import UTC, datetime

    from callcenter.services.crm_contacts import apply_contacts
    from callcenter.services.crm_records import CrmRecord

    stamp = datetime(2026, 5, 1, tzinfo=UTC)
    wanted = {
        "A": [("(215) 555-0190", "mobile"), ("(215) 555-0110", "work"), ("215-555-0150", "home")],
        "B": [("(215) 555-0180", "mobile"), ("(215) 555-0120", "home")],
        "C": [("(215) 555-0100", "work")],
    }
    records = [
        CrmRecord(f"003Y0000000000{name}AAA", stamp, fields={"last_name": name, "phones": pairs})
        for name, pairs in wanted.items()
    ]
    with store.write() as s:
        conn = s.connection()
        apply_contacts(conn, records)
        found = conn.exec_driver_sql(
            "SELECT c.last_name, p.number_e164, p.kind FROM phone p "
            "JOIN contact c ON c.id = p.contact_id ORDER BY c.last_name, p.position"
        ).all()
    assert [tuple(r) for r in found] == [
        (name, "+1" + "".join(ch for ch in number if ch.isdigit()), kind)
        for name, pairs in wanted.items()
        for number, kind in pairs
    ]
