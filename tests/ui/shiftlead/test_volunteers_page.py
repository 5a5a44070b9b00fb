"""The volunteers page: deactivate, end a shift, suspend, reset PINs, roles, refusals."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from callcenter.db import Store
from callcenter.errors import SignInRefused
from callcenter.models import AuditEvent, CallListEntry, Volunteer, VolunteerSession
from callcenter.services import auth
from callcenter.services.calls import lease_next_contact
from tests.factories import make_volunteer, make_world
from tests.ui.conftest import MakeWindow
from tests.ui.shiftlead.conftest import LEAD_CODE, LEAD_PIN, MakeConsole
from tests.ui.shiftlead.test_activation_by_keyboard import keyboard_sign_in, open_console
from ui.shiftlead.row_model import select_ids
from ui.shiftlead.volunteers_page import VolunteersPage

IN_CALLING_HOURS = datetime(2026, 11, 3, 16, 0, tzinfo=UTC)


def show_volunteers(qtbot: QtBot, make_console: MakeConsole, actor: int, role: str = "shift_lead"):
    console = make_console(actor, role)
    console.show()
    qtbot.waitExposed(console)
    console.tabs.setCurrentWidget(console.volunteers_page)
    return console, console.volunteers_page


def choose(page: VolunteersPage, *ids: int) -> None:
    select_ids(page.table, page.model, ids)


def audit(store: Store) -> list[tuple[str, int | None, int | None, int | None, dict]]:
    with store.read() as s:
        events = s.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        return [(e.action, e.actor_id, e.subject_id, e.station_id, e.detail) for e in events]


def test_deactivation_signs_out_releases_leases_blocks_sign_in_and_is_audited(
    qtbot: QtBot, store: Store, make_console: MakeConsole, lead: int, station: int
) -> None:
    world = make_world(store, contacts=3)
    gone = make_volunteer(
        store,
        "GONE22",
        "654321",
        first_name="Gil",
        last_name="Gone",
        campaign_ids=(world.campaign_id,),
    )
    session = auth.sign_in(store, "GONE22", "654321")
    # 10:00 in Chicago, where the factory's contacts live: inside their calling hours.
    lease = lease_next_contact(store, gone, world.campaign_id, now=IN_CALLING_HOURS)
    assert lease is not None
    console, page = show_volunteers(qtbot, make_console, lead)
    choose(page, gone)
    assert page.deactivate_button.isEnabled() and not page.reactivate_button.isEnabled()

    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)
    dialog = page.confirm_dialog
    assert dialog is not None and dialog.windowTitle() == "Deactivate Gil Gone?"
    qtbot.keyClicks(dialog.reason_field, "left early")
    qtbot.keyClick(dialog.reason_field, Qt.Key.Key_Return)

    assert page.confirm_dialog is None
    assert console.status_line.text() == (
        "Deactivated 1 volunteer. Signed out: 1. Contacts back on the list: 1."
    )
    with store.read() as s:
        entry = s.get(CallListEntry, lease.entry_id)
        assert (entry.status, entry.lease_holder_id) == ("pending", None)
        assert s.get(VolunteerSession, session.session_id).ended_at is not None
        assert s.get(Volunteer, gone).status == "deactivated"
    assert not auth.session_is_open(store, session.session_id)
    with pytest.raises(SignInRefused, match="deactivated"):
        auth.sign_in(store, "GONE22", "654321")
    assert audit(store) == [("deactivate", lead, gone, station, {"reason": "left early"})]
    # The row shows the new status, still selected for the next step.
    assert [r.status for r in page.model.rows() if r.id == gone] == ["deactivated"]
    assert page.reactivate_button.isEnabled() is False


def test_end_of_shift_deactivates_every_active_volunteer_in_one_confirmation(
    qtbot: QtBot, store: Store, make_console: MakeConsole, lead: int, station: int
) -> None:
    active = [
        make_volunteer(store, f"ACT{i}22", None, first_name=f"A{i}", last_name="Active")
        for i in range(3)
    ]
    pending = make_volunteer(store, "PEND22", None, status="pending", last_name="Pending")
    console, page = show_volunteers(qtbot, make_console, lead)

    qtbot.mouseClick(page.end_shift_button, Qt.MouseButton.LeftButton)
    dialog = page.confirm_dialog
    assert dialog is not None
    assert dialog.windowTitle() == "End the shift: deactivate all 3 active volunteers?"
    dialog.accept()

    with store.read() as s:
        statuses = dict(s.execute(select(Volunteer.id, Volunteer.status)).all())
    assert [statuses[v] for v in active] == ["deactivated"] * 3
    assert statuses[lead] == "active" and statuses[pending] == "pending"
    events = audit(store)
    assert sorted(e[2] for e in events) == sorted(active)
    assert {(e[0], e[1], e[3], e[4]["reason"]) for e in events} == {
        ("deactivate", lead, station, "end of shift")
    }
    assert console.status_line.text().startswith("Deactivated 3 volunteers")

    qtbot.mouseClick(page.end_shift_button, Qt.MouseButton.LeftButton)
    assert page.confirm_dialog is None
    assert console.status_line.text() == "Nobody to sign out: no volunteer is active."


def test_suspend_reactivate_and_reset_pin_are_audited_and_the_new_pin_works(
    qtbot: QtBot, store: Store, make_console: MakeConsole, lead: int
) -> None:
    vid = make_volunteer(store, "FORG22", "111111", first_name="Fay", last_name="Forgot")
    console, page = show_volunteers(qtbot, make_console, lead)
    choose(page, vid)

    page.suspend_button.click()
    assert page.confirm_dialog is not None
    page.confirm_dialog.accept()
    choose(page, vid)
    assert page.reactivate_button.isEnabled() and not page.suspend_button.isEnabled()
    page.reactivate_button.click()
    choose(page, vid)
    page.reset_pin_button.click()

    slips = page.slips_dialog
    assert slips is not None
    [cred] = slips.credentials()
    assert cred.code == "FORG22" and cred.pin != "111111"
    assert auth.sign_in(store, "FORG22", cred.pin).volunteer_id == vid
    assert [e[0] for e in audit(store)] == ["suspend", "reactivate", "reset_pin"]
    assert console.status_line.text() == "New PIN for 1 volunteer."
    slips.reject()
    assert page.slips_dialog is None


def test_filters_and_search_narrow_the_list(
    qtbot: QtBot, store: Store, make_console: MakeConsole, lead: int
) -> None:
    make_volunteer(store, "SUSP22", None, status="suspended", first_name="Sue", last_name="Spend")
    make_volunteer(store, "PEND22", None, status="pending", first_name="Pat", last_name="Pend")
    _, page = show_volunteers(qtbot, make_console, lead)
    assert page.model.rowCount() == 3

    page.status_filter.setCurrentIndex(page.status_filter.findData("suspended"))
    assert [r.name for r in page.model.rows()] == ["Sue Spend"]
    page.status_filter.setCurrentIndex(0)
    page.role_filter.setCurrentIndex(page.role_filter.findData("shift_lead"))
    assert [r.name for r in page.model.rows()] == ["Lee Lead"]
    page.role_filter.setCurrentIndex(0)
    page.search_field.setText("pat")
    page.reload()  # the typing delay is skipped in the test
    assert [r.name for r in page.model.rows()] == ["Pat Pend"]


def test_a_shift_lead_sees_no_role_controls_and_the_core_refuses_all_the_same(
    qtbot: QtBot, store: Store, make_window: MakeWindow, lead: int
) -> None:
    vid = make_volunteer(store, "VOLU22", first_name="Val", last_name="Volunteer")
    window = make_window()
    keyboard_sign_in(qtbot, window, LEAD_CODE, LEAD_PIN)
    page = open_console(qtbot, window).volunteers_page
    window.show()
    page.reload()
    assert page.role_button.isHidden() and page.role_choice.isHidden()

    choose(page, vid)
    page.change_role_of_selected("admin")

    assert window.banner.text() == "Only an admin can change roles."
    with store.read() as s:
        assert s.get(Volunteer, vid).role == "volunteer"
        assert s.scalars(select(AuditEvent)).all() == []


def test_a_shift_lead_cannot_suspend_an_admin_and_is_told_why(
    qtbot: QtBot, store: Store, make_window: MakeWindow, lead: int, admin: int
) -> None:
    window = make_window()
    keyboard_sign_in(qtbot, window, LEAD_CODE, LEAD_PIN)
    page = open_console(qtbot, window).volunteers_page
    window.show()
    page.reload()
    choose(page, admin)

    page.suspend_button.click()
    assert page.confirm_dialog is not None
    page.confirm_dialog.accept()

    assert window.banner.text().startswith("Ada Admin is a")
    assert window.banner.text().endswith("only an admin can change their account.")
    with store.read() as s:
        assert s.get(Volunteer, admin).status == "active"


def test_an_admin_changes_a_role_and_it_is_audited(
    qtbot: QtBot, store: Store, make_console: MakeConsole, admin: int
) -> None:
    vid = make_volunteer(store, "PROM22", first_name="Pia", last_name="Promoted")
    console, page = show_volunteers(qtbot, make_console, admin, "admin")
    assert not page.role_button.isHidden()
    choose(page, vid)

    page.role_choice.setCurrentIndex(page.role_choice.findData("shift_lead"))
    page.role_button.click()

    with store.read() as s:
        assert s.get(Volunteer, vid).role == "shift_lead"
    assert audit(store)[0][:3] == ("change_role", admin, vid)
    assert console.status_line.text() == "Role changed to Shift lead for 1 volunteer."
