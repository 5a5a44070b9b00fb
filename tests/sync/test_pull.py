"""Pulling from the emulator: first pull, changes, deletions, merges, resync, resume, rules."""

from __future__ import annotations

import gc
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from callcenter.db import Store
from callcenter.models import (
    CallListEntry,
    Conflict,
    Contact,
    CrmMemberStatus,
    Outbox,
    Phone,
    ResultCode,
    Volunteer,
)
from callcenter.services.calling_groups import assign_groups
from sync.connector import ObjectType
from sync.delta_pull import DeltaPull
from sync.errors import CrmUnavailableError
from tests.sfemu import DemoData, SalesforceEmulator, seed_demo
from tests.sync.world import (
    GOTV,
    campaign_id,
    connector_for,
    engine_for,
    make_calls,
    result_code,
    tasks_by_op_id,
    volunteer,
)


@pytest.fixture
def demo(emu: SalesforceEmulator) -> DemoData:
    return seed_demo(emu, contacts=150, seed=5)


def _contact(store: Store, crm_id: str) -> Contact:
    with store.read() as s:
        found = s.scalars(select(Contact).where(Contact.crm_id == crm_id)).one()
        s.expunge(found)
        return found


def _entries(store: Store, contact_crm_id: str) -> list[tuple[str, str | None]]:
    with store.read() as s:
        return [
            (e.status, e.closed_reason)
            for e in s.scalars(
                select(CallListEntry).join(Contact).where(Contact.crm_id == contact_crm_id)
            )
        ]


def _member_of(emu: SalesforceEmulator, demo: DemoData) -> dict[str, Any]:
    """An open GOTV member whose contact has a phone and may be called."""
    for member in emu.query_rows(
        "CampaignMember", f"CampaignId = '{demo.campaigns[GOTV]}' AND Status = 'Not Called'"
    ):
        contact = emu.get("Contact", member["ContactId"])
        if contact and not contact["DoNotCall"] and contact["Phone"]:
            return member
    raise AssertionError("no callable member")


def test_the_first_pull_brings_everything_in_core_terms(
    store: Store, emu: SalesforceEmulator, demo: DemoData
) -> None:
    report = engine_for(store, emu).run_once()
    assert report.pull.records == (
        emu.count("Campaign")
        + emu.count("CampaignMemberStatus")
        + emu.count("PB_Volunteer__c")
        + emu.count("Contact")
        + emu.count("CampaignMember")
    )
    raw = emu.get("Contact", demo.contact_ids[0])
    assert raw is not None
    local = _contact(store, demo.contact_ids[0])
    assert (local.first_name, local.last_name, local.city) == (
        raw["FirstName"],
        raw["LastName"],
        raw["MailingCity"],
    )
    assert local.time_zone and local.time_zone.startswith("America/")
    with store.read() as s:
        phones = s.scalars(select(Phone.number_e164)).all()
        assert phones and all(p.startswith("+1") and len(p) == 12 for p in phones)
        gotv = campaign_id(store, demo.campaigns[GOTV])
        codes = {
            c.code: c.crm_value
            for c in s.scalars(select(ResultCode).where(ResultCode.campaign_id == gotv))
        }
        assert codes["CONTACTED"] == "Contacted" and codes["NO_ANSWER"] is None
        assert "NOT_CALLED" not in codes  # the default status is not a result
        ranks = s.scalars(
            select(CrmMemberStatus.label)
            .where(CrmMemberStatus.campaign_id == gotv)
            .order_by(CrmMemberStatus.sort_order)
        ).all()
        assert ranks[:3] == ["Not Called", "Left Message", "Contacted"]
        volunteers = s.scalars(select(Volunteer).where(Volunteer.crm_id.is_not(None))).all()
        assert len(volunteers) == 5 and {v.status for v in volunteers} == {"pending"}
        entries = s.scalars(select(CallListEntry).where(CallListEntry.crm_id.is_not(None))).all()
        assert len(entries) == emu.count("CampaignMember")
        responded = [e for e in entries if e.crm_member_status in ("Contacted", "Refused")]
        assert responded and all(e.status == "done" for e in responded)


def test_changes_deletions_and_new_records_arrive_incrementally(
    store: Store, emu: SalesforceEmulator, demo: DemoData
) -> None:
    engine_for(store, emu).run_once()
    changed, deleted = demo.contact_ids[1], demo.contact_ids[2]
    emu.touch("Contact", changed, {"MailingCity": "Scranton", "MobilePhone": "(570) 555-0142"})
    emu.delete("Contact", deleted)
    new = emu.insert("Contact", {"LastName": "Newcomer", "Phone": "412-555-0100"})
    emu.reset_request_log()
    report = engine_for(store, emu).run_once()
    assert _contact(store, changed).city == "Scranton"
    with store.read() as s:
        numbers = s.scalars(
            select(Phone.number_e164).join(Contact).where(Contact.crm_id == changed)
        ).all()
    assert "+15705550142" in numbers
    assert all(status == "done" for status, _ in _entries(store, deleted))
    assert _contact(store, new).last_name == "Newcomer"
    # Only what changed came: a contact, a deletion, a new one, and the deleted one's members.
    assert report.pull.records < 10
    assert emu.count_requests("/query") <= 15


def test_a_merge_sends_queued_work_to_the_survivor(
    store: Store, emu: SalesforceEmulator, demo: DemoData
) -> None:
    engine_for(store, emu).run_once()
    gotv = campaign_id(store, demo.campaigns[GOTV])
    vol = volunteer(store, gotv)
    (op,) = make_calls(store, vol, gotv, result_code(store, gotv, "LEFT_MESSAGE"), 1)
    with store.read() as s:
        loser = (
            s.connection()
            .exec_driver_sql(
                "SELECT p.crm_id FROM call_attempt a JOIN contact p ON p.id = a.contact_id "
                "WHERE a.op_id = ?",
                (op,),
            )
            .scalar()
        )
    survivor = next(c for c in demo.contact_ids if c != loser)
    emu.merge(survivor, loser)
    engine = engine_for(store, emu)
    engine.puller().run()  # the merge arrives before the call is pushed
    engine.run_once()
    (task,) = tasks_by_op_id(emu)[op]
    assert task["WhoId"] == survivor
    assert all(status == "done" for status, _ in _entries(store, loser))


def test_merge_into_a_contact_this_store_lacks_fetches_it(
    store: Store, emu: SalesforceEmulator, demo: DemoData
) -> None:
    engine_for(store, emu).run_once()
    # A survivor stamped before our cursor (say, hidden from this user until now):
    # it will never come as a change, so the merge must fetch it.
    old = "2020-01-01T00:00:00.000+0000"
    (survivor,) = emu.bulk_insert(
        "Contact", [{"LastName": "Survivor", "SystemModstamp": old, "LastModifiedDate": old}]
    )
    loser = demo.contact_ids[7]
    emu.merge(survivor, loser)
    engine_for(store, emu).run_once()
    assert _contact(store, survivor).last_name == "Survivor"
    with store.read() as s:
        assert s.scalar(select(Contact.id).where(Contact.crm_id == loser)) is None


def test_do_not_call_only_turns_on(store: Store, emu: SalesforceEmulator, demo: DemoData) -> None:
    engine_for(store, emu).run_once()
    member = _member_of(emu, demo)
    contact = member["ContactId"]
    emu.touch("Contact", contact, {"DoNotCall": True})
    engine_for(store, emu).run_once()
    assert _contact(store, contact).do_not_call
    assert _entries(store, contact) and all(s == "done" for s, _ in _entries(store, contact))
    emu.touch("Contact", contact, {"DoNotCall": False})
    engine_for(store, emu).run_once()
    assert _contact(store, contact).do_not_call  # still on here
    with store.read() as s:
        (conflict,) = s.scalars(select(Conflict).where(Conflict.crm_id == contact)).all()
    assert (conflict.field, conflict.rule, conflict.local_value, conflict.crm_value) == (
        "do_not_call",
        "do_not_call_only_turns_on",
        "True",
        "False",
    )
    emu.touch("Contact", contact, {"MailingCity": "Erie"})
    engine_for(store, emu).run_once()
    with store.read() as s:
        assert len(s.scalars(select(Conflict)).all()) == 1  # not recorded twice


def test_pull_never_overwrites_a_do_not_call_waiting_in_the_outbox(
    store: Store, emu: SalesforceEmulator, demo: DemoData
) -> None:
    engine = engine_for(store, emu)
    engine.run_once()
    gotv = campaign_id(store, demo.campaigns[GOTV])
    vol = volunteer(store, gotv)
    (op,) = make_calls(store, vol, gotv, result_code(store, gotv, "DO_NOT_CALL"), 1)
    with store.read() as s:
        contact = (
            s.connection()
            .exec_driver_sql(
                "SELECT p.crm_id FROM call_attempt a JOIN contact p ON p.id = a.contact_id "
                "WHERE a.op_id = ?",
                (op,),
            )
            .scalar()
        )
    emu.touch("Contact", contact, {"MailingCity": "Elsewhere"})
    engine.puller().run()  # pulled before the outbox was pushed
    local = _contact(store, contact)
    assert local.do_not_call and local.city == "Elsewhere"
    with store.read() as s:
        assert s.scalars(select(Conflict)).all() == []
        assert s.scalars(
            select(Outbox.status).where(Outbox.kind == "contact_do_not_call")
        ).all() == ["pending"]


def test_a_crash_between_pages_resumes_at_the_next_page(
    store: Store, emu: SalesforceEmulator, demo: DemoData
) -> None:
    emu.page_size = 40
    connector = connector_for(emu)

    class Failing:
        """Fails after three contact pages, as a lost network would."""

        name = connector.name
        pages = 0

        def __getattr__(self, name: str) -> Any:
            return getattr(connector, name)

        def fetch_page(self, object_type: ObjectType, **kw: Any) -> object:
            if object_type is ObjectType.CONTACT:
                Failing.pages += 1
                if Failing.pages == 4:
                    raise CrmUnavailableError("network lost")
            return connector.fetch_page(object_type, **kw)

    from callcenter.models import utcnow

    with pytest.raises(CrmUnavailableError):
        DeltaPull(store, Failing(), holder=None, clock=utcnow).run()  # type: ignore[arg-type]
    with store.read() as s:
        assert s.scalar(select(Contact.id).order_by(Contact.id.desc()).limit(1)) == 120
    emu.reset_request_log()
    engine_for(store, emu).run_once()
    # One more page of contacts (from the stored link), not the first three again.
    assert emu.count_requests(r"/query(All)?/01g") >= 1
    with store.read() as s:
        count = s.scalar(select(Contact.id).order_by(Contact.id.desc()).limit(1))
    assert count == emu.count("Contact")


def test_a_stale_page_link_falls_back_to_the_cursor(
    store: Store, emu: SalesforceEmulator, demo: DemoData
) -> None:
    emu.page_size = 40
    engine = engine_for(store, emu)
    engine.puller().pull(ObjectType.CAMPAIGN)
    with store.write() as s:
        conn = s.connection()
        conn.exec_driver_sql(
            "INSERT INTO sync_cursor (connector, object_type, modstamp, last_crm_id, next_page, "
            "updated_at) SELECT connector, 'contact', NULL, NULL, ?, updated_at FROM sync_cursor",
            (
                '{"until": "2100-01-01T00:00:00+00:00", "full": true, "sweep": false, '
                '"link": "/services/data/v62.0/query/01gDEADBEEF0000-40"}',
            ),
        )
    engine.puller().pull(ObjectType.CONTACT)
    with store.read() as s:
        assert len(s.scalars(select(Contact.id)).all()) == emu.count("Contact")


def test_offline_longer_than_the_deletion_window_resyncs_in_full(
    store: Store, emu: SalesforceEmulator, demo: DemoData
) -> None:
    engine_for(store, emu).run_once()
    emu.clock.advance(days=20)
    gone = demo.contact_ids[3]
    emu.delete("Contact", gone)
    emu.purge_deleted("Contact")  # and the recycle bin was emptied
    emu.touch("Contact", demo.contact_ids[4], {"LastName": "Renamed"})
    report = engine_for(store, emu).run_once()
    assert report.pull.full_resyncs >= 1
    assert all(status == "done" for status, _ in _entries(store, gone))
    assert _contact(store, demo.contact_ids[4]).last_name == "Renamed"


def test_an_emptied_recycle_bin_triggers_a_resync(
    store: Store, emu: SalesforceEmulator, demo: DemoData
) -> None:
    engine_for(store, emu).run_once()
    gone = demo.contact_ids[5]
    emu.clock.advance(minutes=5)
    emu.delete("Contact", gone)
    emu.clock.advance(minutes=5)
    emu.purge_deleted("Contact")
    report = engine_for(store, emu).run_once()
    assert report.pull.full_resyncs == 1
    assert all(status == "done" for status, _ in _entries(store, gone))


def test_member_status_moves_forward_only_and_closes_on_response(
    store: Store, emu: SalesforceEmulator, demo: DemoData
) -> None:
    engine_for(store, emu).run_once()
    member = _member_of(emu, demo)
    emu.touch("CampaignMember", member["Id"], {"Status": "Contacted"})
    engine_for(store, emu).run_once()
    with store.read() as s:
        entry = s.scalars(select(CallListEntry).where(CallListEntry.crm_id == member["Id"])).one()
    assert (entry.status, entry.closed_reason, entry.crm_member_status) == (
        "done",
        "crm_status",
        "Contacted",
    )
    emu.touch("CampaignMember", member["Id"], {"Status": "Left Message"})
    engine_for(store, emu).run_once()
    with store.read() as s:
        entry = s.scalars(select(CallListEntry).where(CallListEntry.crm_id == member["Id"])).one()
        conflict = s.scalars(select(Conflict).where(Conflict.crm_id == member["Id"])).one()
    assert entry.crm_member_status == "Contacted"
    assert (conflict.rule, conflict.local_value, conflict.crm_value) == (
        "member_status_only_forward",
        "Contacted",
        "Left Message",
    )


def test_new_and_deleted_members(store: Store, emu: SalesforceEmulator, demo: DemoData) -> None:
    engine_for(store, emu).run_once()
    contact = emu.insert("Contact", {"LastName": "Late", "Phone": "215-555-0199"})
    member = emu.insert(
        "CampaignMember",
        {"CampaignId": demo.campaigns[GOTV], "ContactId": contact, "Status": "Not Called"},
    )
    engine_for(store, emu).run_once()
    assert _entries(store, contact) == [("pending", None)]
    emu.delete("CampaignMember", member)
    engine_for(store, emu).run_once()
    assert _entries(store, contact) == [("done", "crm_deleted")]


def test_clock_is_the_crms(store: Store, emu: SalesforceEmulator, demo: DemoData) -> None:
    """Stamps come from the CRM; a local clock far behind still pulls later changes."""
    engine_for(store, emu).run_once()
    emu.clock.advance(hours=3)
    emu.touch("Contact", demo.contact_ids[9], {"FirstName": "Later"})
    engine = engine_for(store, emu)
    engine.clock = lambda: emu.clock.now() - timedelta(days=1)
    engine.run_once()
    assert _contact(store, demo.contact_ids[9]).first_name == "Later"


def _group_of(store: Store, contact_crm_id: str) -> set[str]:
    with store.read() as s:
        found = (
            s.connection()
            .exec_driver_sql(
                "SELECT DISTINCT g.zones FROM call_list_entry e JOIN contact p "
                "ON p.id = e.contact_id JOIN calling_group g ON g.id = e.calling_group_id "
                "WHERE p.crm_id = ?",
                (contact_crm_id,),
            )
            .scalars()
            .all()
        )
    return set(found)


def test_a_new_address_and_numbers_in_the_crm_move_the_contact_to_its_calling_group(
    store: Store, emu: SalesforceEmulator, demo: DemoData
) -> None:
    engine_for(store, emu).run_once()
    contact = _member_of(emu, demo)["ContactId"]
    with store.write() as s:
        conn = s.connection()
        local_id = conn.exec_driver_sql(
            "SELECT id FROM contact WHERE crm_id = ?", (contact,)
        ).scalar()
        assign_groups(conn, [local_id])
    before = _group_of(store, contact)
    assert before and "America/Anchorage" not in " ".join(before)
    emu.touch(
        "Contact",
        contact,
        {
            "MailingCity": "Anchorage",
            "MailingState": "AK",
            "MailingPostalCode": "99501",
            "Phone": "(907) 555-0101",
            "MobilePhone": None,
            "HomePhone": None,
        },
    )
    engine_for(store, emu).run_once()
    assert _group_of(store, contact) == {"America/Anchorage"}
    assert _contact(store, contact).time_zone == "America/Anchorage"


def test_a_known_contact_takes_the_crms_numbers_and_keeps_local_flags_on_the_ones_it_kept(
    store: Store, emu: SalesforceEmulator, demo: DemoData
) -> None:
    engine_for(store, emu).run_once()
    contact = _member_of(emu, demo)["ContactId"]
    emu.touch(
        "Contact",
        contact,
        {"Phone": "(215) 555-0101", "MobilePhone": "(215) 555-0102", "HomePhone": None},
    )
    engine_for(store, emu).run_once()
    with store.write() as s:
        s.connection().exec_driver_sql(
            "UPDATE phone SET is_bad = 1, attempts = 2 WHERE number_e164 = '+12155550101'"
        )
    emu.touch(
        "Contact",
        contact,
        {"Phone": "(215) 555-0101", "MobilePhone": None, "HomePhone": "(215) 555-0103"},
    )
    engine_for(store, emu).run_once()
    with store.read() as s:
        phones = s.execute(
            select(Phone.number_e164, Phone.kind, Phone.position, Phone.is_bad, Phone.attempts)
            .join(Contact)
            .where(Contact.crm_id == contact)
            .order_by(Phone.position)
        ).all()
    assert [tuple(p) for p in phones] == [
        ("+12155550101", "work", 0, True, 2),
        ("+12155550103", "home", 1, False, 0),
    ]


def test_a_pull_pauses_automatic_collection_and_gives_it_back(
    store: Store, emu: SalesforceEmulator, demo: DemoData
) -> None:
    """Pages are read with the cycle collector paused (on the helper thread too); it is
    back on afterwards, after a failed pull as well, and left off where it was off."""
    emu.page_size = 40
    connector = connector_for(emu)
    seen: list[bool] = []

    class Watching:
        name = connector.name
        fail_at: int | None = None

        def __getattr__(self, name: str) -> Any:
            return getattr(connector, name)

        def read_page(self, object_type: ObjectType, fetched: object) -> Any:
            seen.append(gc.isenabled())
            if len(seen) == self.fail_at:
                raise CrmUnavailableError("network lost")
            return connector.read_page(object_type, fetched)

    from callcenter.models import utcnow

    assert gc.isenabled()
    failing = Watching()
    failing.fail_at = 3
    with pytest.raises(CrmUnavailableError):
        DeltaPull(store, failing, holder=None, clock=utcnow).run()  # type: ignore[arg-type]
    assert gc.isenabled()
    DeltaPull(store, Watching(), holder=None, clock=utcnow).run()  # type: ignore[arg-type]
    assert len(seen) > 5 and not any(seen)
    assert gc.isenabled()
    with store.read() as s:
        assert len(s.scalars(select(Contact.id)).all()) == emu.count("Contact")

    emu.touch("Contact", demo.contact_ids[0], {"MailingCity": "Elsewhere"})
    gc.disable()  # as the window does: it collects on its own thread
    try:
        DeltaPull(store, Watching(), holder=None, clock=utcnow).run()  # type: ignore[arg-type]
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert _contact(store, demo.contact_ids[0]).city == "Elsewhere"


def test_a_lead_who_keeps_the_crm_s_lifted_do_not_call_closes_it_for_good(
    store: Store, emu: SalesforceEmulator, demo: DemoData
) -> None:
    """The CRM lifted a do-not-call this store keeps on by its rule; a lead keeps the
    CRM's value: the flag goes off here, and later pulls raise nothing again."""
    from callcenter.services.conflicts import keep_crm_value, open_conflicts
    from tests.factories import make_volunteer

    engine_for(store, emu).run_once()
    contact = _member_of(emu, demo)["ContactId"]
    emu.touch("Contact", contact, {"DoNotCall": True})
    engine_for(store, emu).run_once()
    emu.touch("Contact", contact, {"DoNotCall": False})
    engine_for(store, emu).run_once()
    (conflict,) = open_conflicts(store)
    lead = make_volunteer(store, "LEAD55", pin=None, role="shift_lead")

    keep_crm_value(store, conflict.id, actor_id=lead)

    assert not _contact(store, contact).do_not_call
    emu.touch("Contact", contact, {"MailingCity": "Erie"})
    engine_for(store, emu).run_once()
    assert open_conflicts(store) == []
    assert not _contact(store, contact).do_not_call
