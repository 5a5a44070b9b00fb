"""The Canvass tab by keyboard: check out, door mode, paper sheets, walk sheets, hand back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from callcenter.models import CallListEntry, CanvassResult, Outbox
from callcenter.services.canvass.walk_list import load_walk_list
from tests.canvass.conftest import DAYTIME
from ui.canvass.canvass_page import CanvassPage
from ui.canvass.paper_grid import FIXED_COLUMNS
from ui.shiftlead.confirm_dialog import ConfirmDialog

from .conftest import MakePage


def type_cell(qtbot: QtBot, grid, text: str) -> None:
    """Type into the current cell as a person does (the first key opens it), then Enter."""
    qtbot.keyClick(grid, text[0])
    editor = QApplication.focusWidget()
    assert editor is not grid
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes the editor in a queued call, as Qt does it.
    qtbot.waitUntil(lambda: grid.state() != grid.State.EditingState)


def check_out(
    qtbot: QtBot,
    page: CanvassPage,
    zips: str = "",
    name: str = "Oak turf",
    *,
    hours: float = 8,
    mode: str = "door",
) -> None:
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.checkout_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.zips, zips)
    dialog.name.setText(name)
    dialog.hours.setValue(hours)
    dialog.mode.setCurrentIndex(dialog.mode.findData(mode))
    dialog.refresh_preview()
    qtbot.waitUntil(dialog.check_out_button.isEnabled)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    # The offscreen platform does not hand activation back from a closed dialog.
    page.window().activateWindow()
    qtbot.waitUntil(page.window().isActiveWindow)


def test_check_out_by_keyboard_offline(qtbot, make_page: MakePage):
    page, host = make_page()
    check_out(qtbot, page, "60601")
    assert host.messages == []
    assert page.model.rowCount() == 1
    checkout = page.selected()
    assert checkout is not None and (checkout.households, checkout.people) == (4, 5)
    assert "Offline: the CRM was not asked" in page.status.text()
    assert page.model.data(page.model.index(0, 3)) == "Checked out"


def test_door_mode_saves_a_household_with_one_key_and_enter(qtbot, make_page: MakePage, store):
    page, host = make_page()
    check_out(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    door = page.door_view
    assert page.stack.currentWidget() is door
    assert door.household_list.hasFocus()
    assert door.households.rowCount() == 7
    qtbot.keyClick(door.household_list, Qt.Key.Key_1)  # not home
    assert [r.result for r in door.typed_rows()] == ["1"]
    qtbot.keyClick(door.household_list, Qt.Key.Key_Return)
    assert host.messages == []
    assert door.current_row() == 1  # on to the next door
    assert door.households.data(door.households.index(0)).startswith("✓")
    with store.read() as s:
        assert s.query(Outbox).filter(Outbox.kind == "call_attempt").count() == 1


def test_door_mode_gives_each_person_a_result_and_answers(qtbot, make_page: MakePage, store):
    page, host = make_page()
    check_out(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    door = page.door_view
    door.household_list.setCurrentIndex(door.households.index(6))  # 14 Oak Ave: two people
    assert door.grid_model.rowCount() == 2
    grid = door.grid
    grid.setFocus()
    grid.go_to_first_entry()
    # Person 1: talked (2), Q1 yes (1), Q2 no (2); person 2: not home (1).
    for keys in ("2", "1", "2", "friendly", "1"):
        type_cell(qtbot, grid, keys)
    rows = door.typed_rows()
    assert (rows[0].result, rows[0].answers, rows[0].notes) == (
        "2",
        {"support": "1", "vote_plan": "2"},
        "friendly",
    )
    assert rows[1].result == "1"
    qtbot.keyClick(grid, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert host.messages == []
    with store.read() as s:
        talked = s.get(CallListEntry, rows[0].entry_id)
        assert talked is not None and talked.status == "done"


def test_door_mode_shows_a_wrong_key_in_its_cell(qtbot, make_page: MakePage):
    page, host = make_page()
    check_out(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    door = page.door_view
    grid = door.grid
    grid.setFocus()
    grid.go_to_first_entry()
    type_cell(qtbot, grid, "9")
    index = door.grid_model.index(0, FIXED_COLUMNS)
    assert "is not a result" in door.grid_model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert door.grid_model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    qtbot.keyClick(grid, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Nothing from this sheet was saved" in host.last_message


def test_paper_sheet_is_keyed_fixed_and_saved(qtbot, make_page: MakePage, store):
    page, host = make_page()
    check_out(qtbot, page)
    page.buttons["paper"].click()
    paper = page.paper_view
    assert page.stack.currentWidget() is paper
    assert paper.model.rowCount() == 8
    assert paper.canvasser.currentText().startswith("Lea Lead")
    grid = paper.grid
    grid.go_to_first_entry()
    # Row 1: talked, Q1 "no" (ends the script), Q2 answered anyway: a keying error.
    for keys in ("2", "2", "1"):
        type_cell(qtbot, grid, keys)
    qtbot.keyClick(grid, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Nothing was saved" in paper.errors.text()
    assert grid.currentIndex().column() == FIXED_COLUMNS + 2  # on the stray answer
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    paper.model.setData(grid.currentIndex(), "")
    paper.model.setData(paper.model.index(2, FIXED_COLUMNS), "moved")
    qtbot.keyClick(grid, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert paper.errors.text() == "Saved 2 results from the sheet."
    assert host.messages == []
    assert not paper.model.has_input()  # a fresh sheet
    with store.read() as s:
        assert s.query(Outbox).filter(Outbox.kind == "call_attempt").count() == 2


def test_walk_sheets_pdf_in_walk_order(qtbot, make_page: MakePage, tmp_path: Path, monkeypatch):
    page, _host = make_page()
    check_out(qtbot, page, name="Oak and Main")
    target = tmp_path / "walk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.buttons["pdf"].click()
    saved = tmp_path / "walk.pdf"
    assert "Saved 1 page of walk sheets to walk.pdf" in page.status.text()
    document = QPdfDocument()
    document.load(str(saved))
    assert document.pageCount() == 1
    text = document.getAllText(0).text()
    houses = ["Hauptstraße 5a", "3 Main St", "12-14 Main Street", "7 Oak Ave", "9 Oak Avenue"]
    positions = [text.index(h) for h in houses]
    assert positions == sorted(positions)
    assert "Walk sheet: Oak and Main" in text and "Page 1 of 1" in text


def test_hand_back_and_check_in_without_a_crm(qtbot, make_page: MakePage):
    page, host = make_page()
    check_out(qtbot, page)
    page.buttons["check_in"].click()
    assert "No CRM is connected" in host.last_message
    page.buttons["hand_back"].click()
    dialog = page.findChild(ConfirmDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog.confirm_button, Qt.Key.Key_Return)
    assert page.model.data(page.model.index(0, 3)) == "Handed back"
    assert not page.buttons["hand_back"].isEnabled()


@pytest.mark.parametrize("button", ["work", "paper"])
def test_an_expired_checkout_is_readable_but_refuses_results(
    qtbot, make_page: MakePage, store, button
):
    page, host = make_page()
    check_out(qtbot, page)
    with store.write() as s:
        s.connection().exec_driver_sql(
            "UPDATE canvass_checkout SET expires_at = '2020-01-01 00:00:00.000000'"
        )
    page.refresh()
    assert page.model.data(page.model.index(0, 3)) == "Expired"
    page.buttons[button].click()
    assert "takes no new results" in host.last_message
    view = page.door_view if button == "work" else page.paper_view
    assert page.stack.currentWidget() is view
    grid_model = view.grid_model if button == "work" else view.model  # type: ignore[union-attr]
    grid_model.setData(grid_model.index(0, FIXED_COLUMNS), "1")
    view.save()  # type: ignore[union-attr]
    assert "has expired" in host.last_message


def test_phone_mode_walks_the_turf_on_the_contact_screen(qtbot, make_page: MakePage, store):
    page, host = make_page(clock=lambda: DAYTIME)
    check_out(qtbot, page, hours=48, mode="phone")
    walk = load_walk_list(store, page.selected().id)  # type: ignore[union-attr]
    page.work()
    phone = page.phone_view
    assert page.stack.currentWidget() is phone
    screen = phone.screen
    assert screen.lease is not None and screen.lease.entry_id == walk.people[0].entry_id
    assert screen.setup is not None
    assert not [c for c in screen.setup.campaign.result_codes if c.code.startswith("DOOR_")]
    screen.choose_result("1")
    phone.save_and_next()
    assert host.messages == []
    assert screen.lease.entry_id == walk.people[1].entry_id
    with store.read() as s:
        assert [r.source for r in s.query(CanvassResult).all()] == ["phone"]
