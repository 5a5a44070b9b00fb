"""Pushing the outbox to the emulator: exactly once, per-record outcomes, the review queue."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from callcenter.db import Store
from callcenter.models import Outbox, Volunteer
from callcenter.services import outbox as outbox_service
from callcenter.services.volunteers import change_status
from sync.errors import CrmUnavailableError
from tests.factories import make_volunteer
from tests.sfemu import DemoData, SalesforceEmulator, seed_demo
from tests.sync.world import (
    GOTV,
    add_script,
    campaign_id,
    engine_for,
    make_calls,
    result_code,
    tasks_by_op_id,
    volunteer,
)


@pytest.fixture
def demo(emu: SalesforceEmulator) -> DemoData:
    return seed_demo(emu, contacts=120, seed=3)


@pytest.fixture
def pulled(store: Store, emu: SalesforceEmulator, demo: DemoData) -> Iterator[int]:
    """The store after a first sync; yields the GOTV campaign's local id."""
    engine_for(store, emu).run_once()
    yield campaign_id(store, demo.campaigns[GOTV])


def _statuses(store: Store) -> dict[str, int]:
    with store.read() as s:
        rows = s.execute(select(Outbox.status, Outbox.id)).all()
    counts: dict[str, int] = {}
    for status, _ in rows:
        counts[status] = counts.get(status, 0) + 1
    return counts


def test_calls_reach_the_crm_once_with_their_details(
    store: Store, emu: SalesforceEmulator, pulled: int
) -> None:
    survey = add_script(store, pulled)
    vol = volunteer(store, pulled)
    contacted = make_calls(
        store, vol, pulled, result_code(store, pulled, "CONTACTED"), 3, survey=survey
    )
    callback = make_calls(
        store, vol, pulled, result_code(store, pulled, "CALLBACK"), 1, callback=True
    )
    dnc = make_calls(store, vol, pulled, result_code(store, pulled, "DO_NOT_CALL"), 1)
    report = engine_for(store, emu).run_once()
    assert report.push.sent == 6 and report.push.review == 0  # 5 calls + 1 do-not-call row
    tasks = tasks_by_op_id(emu)
    for op_id in contacted:
        (task,) = tasks[op_id]
        assert task["TaskSubtype"] == "Call" and task["CallDisposition"] == "Contacted"
        assert task["CallDurationInSeconds"] == 95
        assert task["Description"] == "Talked about the polling place."
        assert task["WhatId"] == emu.query_rows("Campaign", f"Name = '{GOTV}'")[0]["Id"]
        member = emu.query_rows(
            "CampaignMember", f"ContactId = '{task['WhoId']}' AND CampaignId = '{task['WhatId']}'"
        )[0]
        assert member["Status"] == "Contacted"
    answers = emu.query_rows("PB_SurveyResponse__c")
    assert len(answers) == 3 and {a["PB_Answer__c"] for a in answers} == {"Yes"}
    assert {a["PB_Question__c"] for a in answers} == {"support"}
    (follow_up,) = tasks[f"{callback[0]}-callback"]
    assert follow_up["Status"] == "Not Started" and follow_up["Subject"] == "Call back"
    dnc_contact = tasks[dnc[0]][0]["WhoId"]
    assert emu.get("Contact", dnc_contact)["DoNotCall"] is True  # type: ignore[index]
    assert len(emu.query_rows("PB_OptOut__c")) == 1
    with store.read() as s:
        sent = s.scalars(select(Outbox).where(Outbox.op_id == contacted[0])).one()
    assert sent.status == "sent" and sent.crm_id == tasks[contacted[0]][0]["Id"]
    # A second sync finds nothing to send.
    before = emu.count("Task")
    assert engine_for(store, emu).run_once().push.sent == 0
    assert emu.count("Task") == before


def test_a_lost_answer_after_the_commit_does_not_duplicate(
    store: Store, emu: SalesforceEmulator, pulled: int
) -> None:
    survey = add_script(store, pulled)
    vol = volunteer(store, pulled)
    ops = make_calls(
        store,
        vol,
        pulled,
        result_code(store, pulled, "CONTACTED"),
        5,
        survey=survey,
        callback=False,
    )
    emu.faults.add("drop_after_commit", path_regex="/composite$", method="POST", times=2)
    report = engine_for(store, emu).run_once()
    assert report.push.sent == 5
    tasks = tasks_by_op_id(emu)
    assert all(len(tasks[op]) == 1 for op in ops)
    assert len(emu.query_rows("PB_SurveyResponse__c")) == 5
    assert _statuses(store) == {"sent": 5}


def test_row_locks_on_single_records_are_retried(
    store: Store, emu: SalesforceEmulator, pulled: int
) -> None:
    vol = volunteer(store, pulled)
    ops = make_calls(store, vol, pulled, result_code(store, pulled, "LEFT_MESSAGE"), 4)
    emu.faults.add("row_lock", path_regex="PB_OpId__c", times=1, records=[1, 3])
    report = engine_for(store, emu).run_once()
    assert report.push.sent == 4 and report.push.retried == 2
    assert all(len(tasks_by_op_id(emu)[op]) == 1 for op in ops)


def test_refused_rows_wait_for_review_with_the_crm_message(
    store: Store, emu: SalesforceEmulator, pulled: int
) -> None:
    vol = volunteer(store, pulled)
    emu.add_validation_rule(
        "Task",
        lambda t: (
            "Refusals need a reason in the notes"
            if t.get("CallDisposition") == "Refused" and not t.get("Description")
            else None
        ),
    )
    refused = make_calls(store, vol, pulled, result_code(store, pulled, "REFUSED"), 2, notes="")
    fine = make_calls(store, vol, pulled, result_code(store, pulled, "CONTACTED"), 2)
    report = engine_for(store, emu).run_once()
    assert report.push.sent == 2 and report.push.review == 2
    queue = outbox_service.review_queue(store)
    assert [item.op_id for item in queue] == refused
    assert (
        "Refusals need a reason in the notes (FIELD_CUSTOM_VALIDATION_EXCEPTION)"
        in queue[0].message
    )
    assert set(tasks_by_op_id(emu)) == set(fine)
    # The admin relaxes the rule; a person retries; the next sync sends them.
    emu.store.rules.clear()
    lead = make_volunteer(store, "LEAD234", pin=None, role="shift_lead")
    assert outbox_service.retry_review(store, [i.id for i in queue], actor_id=lead) == 2
    assert engine_for(store, emu).run_once().push.sent == 2
    assert set(tasks_by_op_id(emu)) == set(fine) | set(refused)


def test_dismissed_rows_are_kept_and_audited(
    store: Store, emu: SalesforceEmulator, pulled: int
) -> None:
    vol = volunteer(store, pulled)
    emu.add_validation_rule("Task", lambda t: "Closed for maintenance")
    make_calls(store, vol, pulled, result_code(store, pulled, "CONTACTED"), 1)
    engine_for(store, emu).run_once()
    (item,) = outbox_service.review_queue(store)
    lead = make_volunteer(store, "LEAD234", pin=None, role="admin")
    outbox_service.dismiss_review(store, [item.id], actor_id=lead)
    assert outbox_service.review_queue(store) == []
    assert outbox_service.outbox_counts(store).dismissed == 1
    with store.read() as s:
        audit = s.connection().exec_driver_sql("SELECT action FROM audit_event").fetchall()
    assert ("outbox_dismiss",) in audit


def test_two_hundred_calls_a_request(store: Store, emu: SalesforceEmulator, pulled: int) -> None:
    vol = volunteer(store, pulled)
    ops = make_calls(store, vol, pulled, result_code(store, pulled, "LEFT_MESSAGE"), 40)
    assert len(ops) == 40
    emu.reset_request_log()
    report = engine_for(store, emu, push_batch=15, pull=False).run_once()
    assert report.push.sent == 40
    assert emu.count_requests(r"/composite$", "POST") == 3  # 15 + 15 + 10
    assert len(tasks_by_op_id(emu)) == len(ops)


def test_network_down_keeps_everything_pending(
    store: Store, emu: SalesforceEmulator, pulled: int
) -> None:
    vol = volunteer(store, pulled)
    make_calls(store, vol, pulled, result_code(store, pulled, "CONTACTED"), 3)
    emu.stop()
    with pytest.raises(CrmUnavailableError, match="Nothing was lost"):
        engine_for(store, emu).run_once()
    assert _statuses(store) == {"pending": 3}
    emu.start()
    assert engine_for(store, emu).run_once().push.sent == 3


def test_member_status_never_moves_back(store: Store, emu: SalesforceEmulator, pulled: int) -> None:
    vol = volunteer(store, pulled)
    wrong = result_code(store, pulled, "WRONG_NUMBER")
    (first,) = make_calls(store, vol, pulled, wrong, 1)
    with store.read() as s:
        entry_id = (
            s.connection()
            .exec_driver_sql("SELECT entry_id FROM call_attempt WHERE op_id = ?", (first,))
            .scalar()
        )
    # The contact is called again on another number and a message is left.
    with store.write() as s:
        s.connection().exec_driver_sql(
            "UPDATE call_list_entry SET status = 'leased', lease_holder_id = ? WHERE id = ?",
            (vol, entry_id),
        )
    from callcenter.services.calls import Outcome, record_outcome
    from tests.sync.world import CALL_TIME

    record_outcome(
        store,
        Outcome(entry_id, vol, result_code(store, pulled, "LEFT_MESSAGE"), CALL_TIME, CALL_TIME),
        now=CALL_TIME,
    )
    engine_for(store, emu).run_once()
    task = tasks_by_op_id(emu)[first][0]
    member = emu.query_rows("CampaignMember", f"ContactId = '{task['WhoId']}'")
    assert {m["Status"] for m in member if m["CampaignId"] == task["WhatId"]} == {"Wrong Number"}


def test_volunteer_status_reaches_the_crm(
    store: Store, emu: SalesforceEmulator, pulled: int
) -> None:
    from tests.factories import make_volunteer

    lead = make_volunteer(store, "LEAD23", pin=None, role="shift_lead")
    vol = volunteer(store, pulled)
    change_status(store, lead, [vol], "suspend", reason="test")
    engine_for(store, emu, pull=False).run_once()
    with store.read() as s:
        crm_id = s.scalar(select(Volunteer.crm_id).where(Volunteer.id == vol))
    assert crm_id is not None
    assert emu.get("PB_Volunteer__c", crm_id)["PB_Status__c"] == "Suspended"  # type: ignore[index]


def _member_of_call(store: Store, op_id: str) -> str:
    with store.read() as s:
        return (
            s.connection()
            .exec_driver_sql(
                "SELECT e.crm_id FROM call_attempt a JOIN call_list_entry e ON e.id = a.entry_id "
                "WHERE a.op_id = ?",
                (op_id,),
            )
            .scalar()
        )


def test_a_member_status_moved_on_in_the_crm_since_the_pull_is_not_set_back(
    store: Store, emu: SalesforceEmulator, pulled: int
) -> None:
    vol = volunteer(store, pulled)
    ahead, behind = make_calls(store, vol, pulled, result_code(store, pulled, "LEFT_MESSAGE"), 2)
    # Between our pull and our push, someone moves one member further along in
    # Salesforce, and the other one back.
    emu.update("CampaignMember", _member_of_call(store, ahead), {"Status": "Contacted"})
    emu.update("CampaignMember", _member_of_call(store, behind), {"Status": "Not Called"})
    emu.reset_request_log()
    report = engine_for(store, emu).run_once()
    assert report.push.sent == 2 and report.push.review == 0
    first = emu.get("CampaignMember", _member_of_call(store, ahead))
    second = emu.get("CampaignMember", _member_of_call(store, behind))
    assert first is not None and second is not None
    assert (first["Status"], first["PB_Attempts__c"]) == ("Contacted", 1)  # kept, not set back
    assert second["Status"] == "Left Message"  # ours is further along: sent
    assert len(tasks_by_op_id(emu)[ahead]) == 1
    # The check is one read for the calls ahead, besides the one write request.
    assert emu.count_requests("/composite$", method="POST") == 1
    assert emu.count_requests("/query", method="GET") <= 12  # the pull that follows
    # The pull brings the CRM's status here.
    with store.read() as s:
        status = (
            s.connection()
            .exec_driver_sql(
                "SELECT crm_member_status FROM call_list_entry WHERE crm_id = ?",
                (_member_of_call(store, ahead),),
            )
            .scalar()
        )
    assert status == "Contacted"


def test_many_records_are_read_by_id_in_one_composite_request(emu: SalesforceEmulator) -> None:
    from sync.connector import ObjectType
    from tests.sync.world import connector_for

    ids = emu.bulk_insert("Contact", [{"LastName": f"Reader {n}"} for n in range(450)])
    emu.reset_request_log()
    found = connector_for(emu).read_current(ObjectType.CONTACT, ids)  # three queries' worth
    assert sorted(found) == sorted(ids)
    assert found[ids[449]].fields["last_name"] == "Reader 449"
    assert emu.request_count == 1
