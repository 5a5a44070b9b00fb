"""A whole canvass session against the emulator, which is stopped while the team is out.

Check out online (the CRM leases the turf's members to this laptop), print the
walk sheets, stop the CRM, work the turf at the door (door mode, by keyboard)
and from a paper sheet (paper entry), while someone edits one of the turf's
contacts in the CRM and the team corrects the same address here; start the CRM
again and check in: every result arrives exactly once (a push answer is lost on
the way and retried), the conflict is recorded, the leases are released, and the
session summary shows what was done.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from callcenter.db import Store
from callcenter.models import CallAttempt, CallList, CanvassResult, Contact, SurveyResponse
from callcenter.services.auth import SignedIn
from callcenter.services.canvass.checkout import get_checkout, turf_entry_ids
from callcenter.services.canvass.crm_refs import turf_member_refs
from callcenter.services.canvass.walk_list import load_walk_list
from callcenter.services.conflicts import edit_contact, open_conflicts
from callcenter.services.station import this_station
from sync.canvass_engine import EngineTurfCrm
from sync.engine import SyncEngine, SyncOptions
from tests.factories import make_volunteer
from tests.sfemu import SalesforceEmulator, seed_demo
from tests.sync.world import GOTV, add_script, campaign_id, connector_for, tasks_by_op_id
from tests.ui.canvass.conftest import Host
from ui.canvass.canvass_page import CanvassPage
from ui.canvass.context import CanvassContext
from ui.canvass.paper_grid import FIXED_COLUMNS
from ui.canvass.summary_dialog import SessionSummaryDialog
from ui.canvass.walk_sheet import write_walk_sheets_pdf
from ui.ops import InlineOpRunner

HOLDER = "canvass-laptop-7"
HOUSEHOLDS = 6


@pytest.fixture
def emu() -> Iterator[SalesforceEmulator]:
    with SalesforceEmulator() as emulator:
        yield emulator


def test_a_canvass_session_with_the_crm_away(
    qtbot: QtBot, store: Store, emu: SalesforceEmulator, tmp_path: Path
) -> None:
    demo = seed_demo(emu, contacts=80, seed=11)
    connector = connector_for(emu)
    engine = SyncEngine(
        store, connector, SyncOptions(holder=HOLDER), clock=emu.clock.now, sleep=lambda s: None
    )
    engine.run_once()  # campaigns, contacts, members; a phone bank's lease block
    campaign = campaign_id(store, demo.campaigns[GOTV])
    add_script(store, campaign)  # the survey the door and the sheet answer
    lead = make_volunteer(
        store, "LEAD77", role="shift_lead", first_name="Lea", campaign_ids=(campaign,)
    )
    with store.read() as s:
        list_id = s.scalar(select(CallList.id).where(CallList.campaign_id == campaign))
    emu.clock.advance(seconds=5)  # members seeded a moment ago are too fresh to lease
    crm = EngineTurfCrm.for_salesforce(engine, connector)
    page, host = _page(qtbot, store, lead, crm)

    # --- check out, online: the CRM leases the turf's members to this laptop ---------------
    page.check_out()
    dialog = page.checkout_dialog
    dialog.list_box.setCurrentIndex(dialog.list_box.findData(list_id))
    dialog.households.setValue(HOUSEHOLDS)
    dialog.name.setText("Saturday turf")
    dialog.refresh_preview()
    qtbot.waitUntil(dialog.check_out_button.isEnabled)
    dialog.accept()
    checkout = page.selected()
    assert checkout is not None and checkout.households == HOUSEHOLDS
    assert checkout.crm_claimed_at is not None, page.status.text()
    assert "held by someone else" not in page.status.text()
    members = [r.member_crm_id for r in turf_member_refs(store, turf_entry_ids(store, checkout.id))]
    assert len(members) == checkout.people and all(members)
    assert {emu.get("CampaignMember", m)["PB_LeaseHolder__c"] for m in members} == {HOLDER}

    # --- walk sheets, printed before leaving --------------------------------------------------
    walk = load_walk_list(store, checkout.id)
    pdf = tmp_path / "walk.pdf"
    pages = write_walk_sheets_pdf(pdf, walk)
    document = QPdfDocument()
    document.load(str(pdf))
    assert document.pageCount() == pages >= 1
    text = "".join(document.getAllText(n).text() for n in range(pages))
    positions = [text.index(h.house_label) for h in walk.households]
    assert positions == sorted(positions)  # households in walk order

    # --- the CRM goes away ------------------------------------------------------------------
    emu.stop()
    assert not crm.is_online()

    # At the first door nobody is home (one key, Enter); at the second everyone is talked
    # to, with the survey's first question answered.
    page.work()
    door = page.door_view
    qtbot.keyClick(door.household_list, Qt.Key.Key_1)
    qtbot.keyClick(door.household_list, Qt.Key.Key_Return)
    second = walk.households[1]
    for row in range(len(second.people)):
        door.grid_model.setData(door.grid_model.index(row, FIXED_COLUMNS), "2")
        door.grid_model.setData(door.grid_model.index(row, FIXED_COLUMNS + 1), "1")
    qtbot.keyClick(door.grid, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert host.messages == []
    on_screen = len(walk.households[0].people) + len(second.people)

    # Meanwhile in the CRM someone fixes the third household's street; here the team
    # corrects the same address at the door (the CRM wins; ours is kept for review).
    third = walk.households[2].people[0]
    with store.read() as s:
        contact = s.get(Contact, third.contact_id)
        assert contact is not None and contact.crm_id is not None
        contact_crm_id = contact.crm_id
    emu.touch("Contact", contact_crm_id, {"MailingStreet": "500 Crm Blvd"})
    edit_contact(store, third.contact_id, {"street": "12 Corrected Ave"}, actor_id=lead)

    # A paper sheet comes back: the third and fourth households, keyed in afterwards.
    page.show_overview()
    page.key_in_paper()
    paper = page.paper_view
    rows = {p.entry_id: i for i, p in enumerate(paper.model.people())}
    keyed = [*walk.households[2].people, *walk.households[3].people]
    for person in keyed:
        paper.model.setData(paper.model.index(rows[person.entry_id], FIXED_COLUMNS), "3")
    paper.save()
    assert paper.errors.text() == f"Saved {len(keyed)} results from the sheet."
    assert page.stack.currentWidget() is paper
    results = on_screen + len(keyed)
    assert host.messages == []

    # --- back online: check in ------------------------------------------------------------
    emu.start()
    # The CRM commits the first push but the answer is lost: the retry must not duplicate.
    emu.faults.add("drop_after_commit", path_regex="/composite$", method="POST", times=1)
    page.show_overview()
    page.check_in()
    assert host.messages == [], host.messages
    assert get_checkout(store, checkout.id).state() == "checked_in"

    # Every result arrived exactly once.
    with store.read() as s:
        op_ids = s.scalars(
            select(CallAttempt.op_id)
            .join(CanvassResult, CanvassResult.attempt_id == CallAttempt.id)
            .where(CanvassResult.checkout_id == checkout.id)
        ).all()
        answers = s.scalars(select(SurveyResponse.op_id)).all()
    assert len(op_ids) == results
    tasks = tasks_by_op_id(emu)
    assert all(len(tasks.get(op_id, [])) == 1 for op_id in op_ids)
    assert len(second.people) == len(answers)
    responses = emu.query_rows("PB_SurveyResponse__c", "PB_OpId__c != null")
    assert sorted(r["PB_OpId__c"] for r in responses) == sorted(answers)
    assert emu.count_requests("/composite$", "POST") >= 2  # the lost answer was retried

    # The conflict is recorded: the CRM's street stands, ours waits for review.
    [conflict] = [c for c in open_conflicts(store) if c.field == "street"]
    assert (conflict.local_value, conflict.crm_value) == ("12 Corrected Ave", "500 Crm Blvd")
    with store.read() as s:
        assert s.get(Contact, third.contact_id).street == "500 Crm Blvd"  # type: ignore[union-attr]

    # The turf's leases are released in the CRM.
    assert {emu.get("CampaignMember", m)["PB_LeaseHolder__c"] for m in members} == {None}

    # The session summary.
    summary_dialog = page.findChild(SessionSummaryDialog)
    assert summary_dialog is not None and summary_dialog.isVisible()
    values = {k: v.text() for k, v in summary_dialog.values.items()}
    assert values["Doors knocked"] == f"4 of {HOUSEHOLDS} households"
    assert values["Results"].startswith(f"{results} (")
    assert values["Waiting to sync"] == "0"
    assert values["Conflicts to review"] == "1"


def _page(qtbot: QtBot, store: Store, lead: int, crm: EngineTurfCrm) -> tuple[CanvassPage, Host]:
    signed_in = SignedIn(lead, 0, "Lea Volunteer", "Lea", "shift_lead", ("en",))
    context = CanvassContext(
        store, InlineOpRunner(), signed_in, this_station(store, name="canvass-laptop"), crm
    )
    page = CanvassPage(context)
    host = Host()
    host.setCentralWidget(page)
    qtbot.addWidget(host)
    host.resize(1366, 768)
    host.show()
    qtbot.waitExposed(host)
    return page, host
