"""The issue's test: three volunteers activated from the queue with the keyboard only,
their slips shown once, their PINs stored, and one of them signed in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from callcenter.db import Store
from callcenter.models import AuditEvent, Volunteer, VolunteerCampaign
from callcenter.services.volunteers import register_volunteer
from tests.factories import make_world
from tests.ui.conftest import MakeWindow
from tests.ui.shiftlead.conftest import LEAD_CODE, LEAD_PIN
from ui.main_window import MainWindow
from ui.shiftlead.console import ShiftLeadConsole


def keyboard_sign_in(qtbot: QtBot, window: MainWindow, code: str, pin: str) -> None:
    page = window.sign_in_page
    qtbot.keyClicks(page.code_field, code)
    qtbot.keyClick(page.code_field, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.pin_field, pin)
    qtbot.keyClick(page.pin_field, Qt.Key.Key_Return)


def open_console(qtbot: QtBot, window: MainWindow) -> ShiftLeadConsole:
    shell = window.shell
    assert shell is not None
    shell.tabs.setFocus()
    qtbot.keyClick(shell.tabs, Qt.Key.Key_Right)
    console = shell.shift_lead_page
    assert isinstance(console, ShiftLeadConsole)
    assert shell.pages.currentWidget() is console
    return console


def test_three_walk_ins_activated_by_keyboard_and_one_signs_in(
    qtbot: QtBot, store: Store, make_window: MakeWindow, lead: int
) -> None:
    world = make_world(store, contacts=3)
    for first, last in (("Ann", "Able"), ("Ben", "Baker"), ("Cy", "Cole"), ("Dee", "Dunn")):
        register_volunteer(store, first_name=first, last_name=last)
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    keyboard_sign_in(qtbot, window, LEAD_CODE, LEAD_PIN)
    console = open_console(qtbot, window)
    queue = console.queue_page
    assert queue.model.rowCount() == 4
    assert console.tabs.tabText(0) == "Queue (4)"

    # Select the first three rows: Home, then Shift+Down twice.
    queue.table.setFocus()
    qtbot.keyClick(queue.table, Qt.Key.Key_Home)
    qtbot.keyClick(queue.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(queue.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert queue.activate_button.text() == "&Activate 3 volunteers…"
    # Ctrl+Enter opens the one confirmation.
    qtbot.keyClick(queue.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dialog = queue.activation_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.activate_button.text() == "Activate 3 volunteers"
    assert dialog.identity_box.hasFocus() or dialog.focusWidget() is dialog.identity_box
    # The only campaign is ticked already; Space ticks identity, Enter confirms.
    assert dialog.checked_campaign_ids() == (world.campaign_id,)
    qtbot.keyClick(dialog.identity_box, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.identity_box, Qt.Key.Key_Return)

    slips = queue.slips_dialog
    assert slips is not None and slips.isVisible()
    credentials = slips.credentials()
    assert [c.name for c in credentials] == ["Ann Able", "Ben Baker", "Cy Cole"]
    assert len({c.code for c in credentials}) == 3
    assert all(len(c.pin) == 6 and c.pin.isdigit() for c in credentials)
    shown = [
        [slips.model.index(row, col).data() for col in range(3)]
        for row in range(slips.model.rowCount())
    ]
    assert shown == [[c.name, c.code, c.pin] for c in credentials]
    # issue_pins ran after the slips opened (inline here) and says so.
    assert slips.pins_status.text() == "PINs ready: all 3 volunteers can sign in now."
    assert console.status_line.text() == "PINs ready: 3 volunteers can sign in now."
    assert queue.model.rowCount() == 1
    assert console.tabs.tabText(0) == "Queue (1)"

    with store.read() as s:
        activated = s.scalars(select(Volunteer).where(Volunteer.status == "active")).all()
        assert {v.display_name for v in activated} >= {"Ann Able", "Ben Baker", "Cy Cole"}
        assert all(v.pin_hash for v in activated)
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "activate")).all()
        assert len(events) == 3
        assert {e.actor_id for e in events} == {lead}
        assigned = s.scalars(
            select(VolunteerCampaign.campaign_id).where(
                VolunteerCampaign.volunteer_id.in_([c.volunteer_id for c in credentials])
            )
        ).all()
        assert assigned == [world.campaign_id] * 3

    # Escape closes the slips; the PINs leave the window with them.
    qtbot.keyClick(slips, Qt.Key.Key_Escape)
    assert queue.slips_dialog is None
    assert slips.credentials() == () and slips.model.rowCount() == 0

    shell = window.shell
    assert shell is not None
    shell.sign_out_button.setFocus()
    qtbot.keyClick(shell.sign_out_button, Qt.Key.Key_Space)
    assert window.shell is None
    ann = credentials[0]
    keyboard_sign_in(qtbot, window, ann.code, ann.pin)

    assert window.shell is not None
    assert window.shell.name_label.text() == "Ann Able"
    assert window.shell.shift_lead_page is None


def test_a_walk_in_typed_at_the_door_is_selected_ready_to_activate(
    qtbot: QtBot, store: Store, make_window: MakeWindow, lead: int
) -> None:
    make_world(store, contacts=1)
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    keyboard_sign_in(qtbot, window, LEAD_CODE, LEAD_PIN)
    queue = open_console(qtbot, window).queue_page
    queue.table.setFocus()

    qtbot.keyClick(queue.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = queue.walk_in_form
    assert form.first_field.hasFocus()
    qtbot.keyClicks(form.first_field, "Wally")
    qtbot.keyClick(form.first_field, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.last_field, "Walker")
    qtbot.keyClick(form.last_field, Qt.Key.Key_Return)

    assert [r.name for r in queue.model.rows()] == ["Wally Walker"]
    assert queue.table.hasFocus()
    assert queue.activate_button.text() == "&Activate 1 volunteer…"
    assert form.first_field.text() == ""
    qtbot.keyClick(queue.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dialog = queue.activation_dialog
    assert dialog is not None and dialog.windowTitle() == "Activate Wally Walker"

    # Enter without the identity tick explains itself and keeps the dialog open.
    qtbot.keyClick(dialog.identity_box, Qt.Key.Key_Return)
    assert queue.activation_dialog is dialog and dialog.isVisible()
    assert "Identity checked" in dialog.error_label.text()
    assert queue.slips_dialog is None


def test_a_walk_in_without_a_last_name_gets_the_core_message(
    qtbot: QtBot, store: Store, make_window: MakeWindow, lead: int
) -> None:
    window = make_window()
    keyboard_sign_in(qtbot, window, LEAD_CODE, LEAD_PIN)
    queue = open_console(qtbot, window).queue_page
    form = queue.walk_in_form
    form.first_field.setText("Solo")

    qtbot.keyClick(form.first_field, Qt.Key.Key_Return)

    assert form.error_label.text() == "A volunteer needs a first and a last name."
    assert not form.error_label.isHidden()
    assert queue.model.rowCount() == 0
