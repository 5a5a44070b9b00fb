"""Results out for a CRM's bulk upload; a person erased or exported; retention purges."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from callcenter.errors import InvalidInputError, NotAllowedError
from callcenter.models import (
    AuditEvent,
    CallAttempt,
    CallListEntry,
    Campaign,
    Contact,
    Outbox,
    Phone,
)
from callcenter.services.calls import Answer, Outcome, lease_next_contact, record_outcome
from callcenter.services.contact_import import ImportOptions, import_contacts
from callcenter.services.privacy import erase_contact, person_data
from callcenter.services.results_export import TASK_COLUMNS, export_results_csv
from callcenter.services.retention import purge_inactive, retention_days, set_retention_days
from tests.factories import make_volunteer, make_world

NOW = datetime(2026, 11, 3, 16, 0, tzinfo=UTC)  # 10:00 in Chicago


@pytest.fixture
def world(store):
    world = make_world(store, contacts=3)
    with store.write() as s:
        s.get(Campaign, world.campaign_id).crm_id = "701CAMPAIGN0000001"
        s.get(Contact, world.contact_ids[0]).crm_id = "003CONTACT00000001"
    return world


@pytest.fixture
def admin(store, world):
    return make_volunteer(store, "ADMN22", role="admin", first_name="Ada")


def call(store, world, volunteer, code, at, *, notes="", answers=(), callback_at=None):
    lease = lease_next_contact(store, volunteer, world.campaign_id, now=at)
    record_outcome(
        store,
        Outcome(
            entry_id=lease.entry_id,
            volunteer_id=volunteer,
            result_code_id=world.result_codes[code],
            started_at=at,
            ended_at=at + timedelta(seconds=95),
            phone_id=lease.card.phones[0].id,
            notes=notes,
            answers=answers,
            callback_at=callback_at,
        ),
        now=at + timedelta(seconds=96),
    )
    return lease.card.contact_id


def exported(store, campaign_id, **kw) -> list[dict[str, str]]:
    out = io.StringIO()
    n = export_results_csv(store, campaign_id, out, **kw)
    found = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(found) == n
    return found


# --- results out ----------------------------------------------------------------------------


def test_results_export_as_salesforce_tasks(store, world, vera):
    answers = (
        Answer(world.questions["support"], world.answers[("support", "yes")]),
        Answer(world.questions["vote_plan"], world.answers[("vote_plan", "no")]),
    )
    call(store, world, vera, "SUPPORTER", NOW, notes='=HYPERLINK("http://x")', answers=answers)
    call(store, world, vera, "NO_ANSWER", NOW + timedelta(minutes=5))
    rows = exported(store, world.campaign_id)
    assert list(rows[0])[: len(TASK_COLUMNS)] == list(TASK_COLUMNS)
    assert list(rows[0])[len(TASK_COLUMNS) :] == ["PB_Q_support__c", "PB_Q_vote_plan__c"]
    first = rows[0]
    assert first["WhoId"] == "003CONTACT00000001" and first["WhatId"] == "701CAMPAIGN0000001"
    assert (first["Subject"], first["Status"], first["TaskSubtype"]) == (
        "Call: Supporter",
        "Completed",
        "Call",
    )
    assert first["CallDisposition"] == "Supporter" and first["CallDurationInSeconds"] == "95"
    assert first["ActivityDate"] == "2026-11-03"
    assert first["PB_StartedAt__c"] == "2026-11-03T16:00:00Z"
    assert first["PB_Volunteer__c"] == "VERA22" and first["PB_Phone__c"] == "+13125550000"
    assert (first["PB_Q_support__c"], first["PB_Q_vote_plan__c"]) == ("yes", "no")
    # A spreadsheet shows the note as text instead of running it.
    assert first["Description"] == '\'=HYPERLINK("http://x")'
    assert rows[1]["WhoId"] == "" and rows[1]["PB_ContactUid__c"]
    assert len({r["PB_OpId__c"] for r in rows}) == 2
    with store.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "results_exported")).one()
    assert event.detail == {"campaign_id": world.campaign_id, "rows": 2, "since": None}


def test_results_export_since_a_day_and_for_a_campaign_only(store, world, vera):
    call(store, world, vera, "NO_ANSWER", NOW - timedelta(days=2))
    call(store, world, vera, "NO_ANSWER", NOW)
    assert len(exported(store, world.campaign_id, since=NOW - timedelta(days=1))) == 1
    other = make_world(store, contacts=1)
    assert exported(store, other.campaign_id) == []
    with pytest.raises(InvalidInputError, match="Campaign 99 does not exist"):
        export_results_csv(store, 99, io.StringIO())


# --- erasure ----------------------------------------------------------------------------------


def test_erasure_removes_the_person_and_keeps_anonymous_counts(store, world, vera, admin):
    answers = (Answer(world.questions["support"], world.answers[("support", "yes")]),)
    contact_id = call(
        store,
        world,
        vera,
        "CALLBACK",
        NOW,
        notes="Wife Mary answered",
        answers=answers,
        callback_at=NOW + timedelta(hours=2),
    )
    with store.read() as s:  # recorded with the call, for the room's results by ZIP
        assert s.scalars(select(CallAttempt.postal_area)).one() == "60601"
    report = erase_contact(store, contact_id, admin, now=NOW + timedelta(hours=1))
    assert (report.attempts_kept, report.entries_closed) == (1, 1)
    with store.read() as s:
        c = s.get(Contact, contact_id)
        assert (c.first_name, c.last_name, c.street, c.postal_code, c.email) == (
            "",
            "",
            None,
            None,
            None,
        )
        assert c.do_not_call and c.erased_at is not None and c.crm_id == "003CONTACT00000001"
        assert (
            s.scalar(select(func.count()).select_from(Phone).where(Phone.contact_id == c.id)) == 0
        )
        attempt = s.scalars(select(CallAttempt)).one()
        assert (attempt.contact_id, attempt.notes, attempt.phone_id) == (contact_id, "", None)
        assert attempt.postal_area is None
        assert attempt.result_code_id == world.result_codes["CALLBACK"]  # the fact stays
        entry = s.scalars(select(CallListEntry).where(CallListEntry.contact_id == c.id)).one()
        assert (entry.status, entry.closed_reason, entry.callback_at) == ("done", "erased", None)
        outbox = {o.kind: o.payload for o in s.scalars(select(Outbox))}
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "contact_erased")).one()
    assert outbox["call_attempt"]["notes"] == "" and outbox["call_attempt"]["phone_e164"] is None
    assert outbox["contact_erasure"] == {
        "contact_uid": outbox["call_attempt"]["contact_uid"],
        "crm_id": "003CONTACT00000001",
        "request": "erase",
        "at": "2026-11-03 17:00:00.000000",
    }
    assert event.detail == {"contact_id": contact_id, "request": "erase", "attempts_kept": 1}
    with pytest.raises(InvalidInputError, match="erased already"):
        erase_contact(store, contact_id, admin)


def test_only_an_admin_erases(store, world, vera):
    with pytest.raises(NotAllowedError, match="Only an admin"):
        erase_contact(store, world.contact_ids[0], vera)
    with pytest.raises(InvalidInputError, match="not a request"):
        erase_contact(store, world.contact_ids[0], vera, request="forget")


def test_an_erased_person_is_not_brought_back_by_a_file(store, world, admin, tmp_path):
    erase_contact(store, world.contact_ids[0], admin, request="opt_out")
    path = tmp_path / "again.csv"
    path.write_text(
        "Id,First,Last,Phone,ZIP\n003CONTACT00000001,First0,Last0,312 555 0000,60601\n",
        encoding="utf-8",
    )
    report = import_contacts(store, path, ImportOptions(world.campaign_id))
    assert (report.added, report.merged, report.rejected) == (0, 0, 1)
    assert "erased at their request" in report.problems[0].reason
    with store.read() as s:
        assert s.get(Contact, world.contact_ids[0]).first_name == ""


def test_the_call_records_stay_append_only_for_everything_but_scrubbing(store, world, vera):
    call(store, world, vera, "NO_ANSWER", NOW, notes="x")
    with pytest.raises(Exception, match="append-only"), store.write() as s:
        s.execute(text("UPDATE call_attempt SET result_code_id = result_code_id + 1"))
    with pytest.raises(Exception, match="append-only"), store.write() as s:
        s.execute(text("UPDATE call_attempt SET notes = 'changed'"))
    with pytest.raises(Exception, match="append-only"), store.write() as s:
        s.execute(text("UPDATE call_attempt SET postal_area = '10001'"))
    with store.write() as s:
        s.execute(text("UPDATE call_attempt SET notes = ''"))


def test_everything_held_about_a_person(store, world, vera, admin):
    answers = (Answer(world.questions["support"], world.answers[("support", "no")]),)
    contact_id = call(store, world, vera, "REFUSED", NOW, notes="Not today", answers=answers)
    data = person_data(store, contact_id, admin)
    json.dumps(data, default=str)  # it is plain data
    assert data["contact"]["first_name"] == "First0"
    assert data["phones"][0]["number_e164"] == "+13125550000"
    assert data["lists"][0]["campaign"] == "Get out the vote"
    assert data["calls"][0]["notes"] == "Not today" and data["calls"][0]["result"] == "REFUSED"
    assert data["calls"][0]["zip"] == "60601"
    assert data["answers"][0]["question"] == "support" and data["answers"][0]["answer"] == "no"
    assert [o["kind"] for o in data["waiting_for_crm"]] == ["call_attempt"]
    with store.read() as s:
        assert s.scalars(select(AuditEvent.action)).all() == ["contact_data_exported"]
    with pytest.raises(NotAllowedError):
        person_data(store, contact_id, vera)
    with pytest.raises(InvalidInputError, match="does not exist"):
        person_data(store, 999)


# --- retention -------------------------------------------------------------------------------


def test_retention_purges_people_on_no_active_list_only(store, world, vera):
    old = NOW - timedelta(days=400)
    with store.write() as s:
        s.execute(
            text("UPDATE contact SET created_at = :t, updated_at = :t"),
            {"t": old.replace(tzinfo=None)},
        )
    assert purge_inactive(store, now=NOW).contacts == 0  # the campaign is active
    with store.write() as s:
        s.get(Campaign, world.campaign_id).is_active = False
    # The one called recently stays; so does anyone with work waiting for the CRM.
    recent = {
        "v": vera,
        "c": world.campaign_id,
        "p": world.contact_ids[1],
        "r": world.result_codes["NO_ANSWER"],
        "t": NOW.replace(tzinfo=None),
    }
    with store.write() as s:
        s.execute(
            text(
                "INSERT INTO call_attempt (op_id, volunteer_id, campaign_id, contact_id, "
                "result_code_id, started_at, ended_at, duration_s, notes, created_at) "
                "VALUES ('01JXX', :v, :c, :p, :r, :t, :t, 5, 'n', :t)"
            ),
            recent,
        )
    dry = purge_inactive(store, now=NOW, dry_run=True)
    assert (dry.contacts, dry.days, dry.dry_run) == (2, 180, True)
    with store.read() as s:
        assert s.get(Contact, world.contact_ids[0]).first_name == "First0"
    done = purge_inactive(store, now=NOW)
    assert done.contacts == 2
    with store.read() as s:
        names = [s.get(Contact, i).first_name for i in world.contact_ids]
        assert names == ["", "First1", ""]
        kinds = s.scalars(select(Outbox.kind)).all()
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "retention_purge")).one()
    assert kinds == []  # the CRM keeps its own records by its own rules
    assert event.detail == {"days": 180, "contacts": 2}


def test_the_retention_period_is_a_setting(store):
    assert retention_days(store) == 180
    set_retention_days(store, 30)
    assert retention_days(store) == 30
    with pytest.raises(InvalidInputError):
        set_retention_days(store, 0)


def test_spreadsheet_formulas_are_escaped_plain_numbers_are_not():
    from callcenter.csvsafe import safe_cell

    for formula in ("=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "=cmd|' /C calc'!A0"):
        assert safe_cell(formula) == "'" + formula
    for number in ("+13125550000", "-5", "-1.5", "12", "O'Brien"):
        assert safe_cell(number) == number


def test_an_erased_person_is_not_brought_back_by_a_pull(store, world, admin):
    from callcenter.services.crm_contacts import apply_contacts
    from callcenter.services.crm_records import CrmRecord

    with store.write() as s:
        s.execute(
            text("UPDATE contact SET crm_id = '003000000000001AAA' WHERE id = :id"),
            {"id": world.contact_ids[0]},
        )
    erase_contact(store, world.contact_ids[0], admin)
    record = CrmRecord(
        crm_id="003000000000001AAA",
        modstamp=NOW,
        fields={"first_name": "Brought", "last_name": "Back", "street": "1 Main St"},
    )
    with store.write() as s:
        apply_contacts(s.connection(), [record])
    with store.read() as s:
        first, last, street = s.execute(
            text("SELECT first_name, last_name, street FROM contact WHERE id = :id"),
            {"id": world.contact_ids[0]},
        ).one()
    assert "Brought" not in (first or "") and "Back" not in (last or "") and not street
