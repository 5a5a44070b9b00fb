"""The import dialog and the console's Contacts page: detect, map, preview, import, cancel."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from callcenter.db import Store
from callcenter.models import Contact
from callcenter.services import contact_import
from callcenter.services.contact_mapping import read_mapping
from tests.factories import make_world
from tests.ui.test_accessibility import unnamed_controls
from ui.data.data_page import DataPage
from ui.data.import_dialog import ImportDialog
from ui.i18n import LanguageSwitch
from ui.ops import InlineOpRunner, OpRunner

FIXTURES = Path(__file__).parent.parent.parent / "fixtures" / "contacts"


@pytest.fixture
def world(store: Store):
    return make_world(store, contacts=1)


@pytest.fixture
def dialog(qtbot: QtBot, store: Store, world, inline_runner: InlineOpRunner) -> ImportDialog:
    shown = ImportDialog(store, inline_runner, [(world.campaign_id, "Get out the vote", True)])
    qtbot.addWidget(shown)
    shown.show()
    return shown


def copy(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    target.write_bytes((FIXTURES / name).read_bytes())
    return target


def contacts(store: Store) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(Contact))


def test_a_file_is_read_as_detected_and_the_columns_are_guessed(dialog, tmp_path):
    dialog.open_file(copy("cp1252_semicolon_de.csv", tmp_path))
    assert dialog.encoding_box.itemText(0) == "Detected: cp1252"
    assert dialog.delimiter_box.itemText(0) == "Detected: semicolon"
    assert dialog.list_field.text() == "cp1252_semicolon_de"
    fields = [box.currentData() for box in dialog.field_boxes]
    assert fields[:5] == ["crm_id", "first_name", "last_name", "phone", "street"]
    model = dialog.preview_model
    assert (model.rowCount(), model.columnCount()) == (3, 9)
    assert model.index(0, 1).data() == "Jürgen"


def test_overriding_the_separator_shows_at_once(dialog, tmp_path):
    dialog.open_file(copy("utf8_comma.csv", tmp_path))
    assert dialog.preview_model.columnCount() == 8
    dialog.delimiter_box.setCurrentIndex(dialog.delimiter_box.findData(";"))
    assert dialog.preview_model.columnCount() == 1
    # A quoted line break is shown in the cell, not taken as a new row.
    dialog.delimiter_box.setCurrentIndex(0)
    assert "⏎" in dialog.preview_model.index(1, 4).data()


def test_import_reports_and_the_store_has_them(qtbot, dialog, store, tmp_path):
    dialog.open_file(copy("bad_rows.csv", tmp_path))
    with qtbot.waitSignal(dialog.imported) as done:
        dialog.import_button.click()
    report = done.args[0]
    assert (report.added, report.rejected) == (2, 6)
    assert "2 added" in dialog.summary_label.text()
    assert "bad_rows.rejects.csv" in dialog.summary_label.text()
    assert dialog.problems_view.isVisible()
    assert "Line 3, column Phone: '555-12' is not a valid phone number" in (
        dialog.problems_view.toPlainText()
    )
    assert dialog.progress_bar.value() == 1000
    assert contacts(store) == 3
    assert dialog.cancel_button.text() == "Close"


def test_a_changed_mapping_is_used_and_can_be_saved(dialog, store, tmp_path):
    dialog.open_file(copy("utf8_comma.csv", tmp_path))
    phone = next(b for b in dialog.field_boxes if b.currentData() == "mobile_phone")
    phone.setCurrentIndex(0)  # not imported: nothing to call
    dialog.import_button.click()
    assert "No column holds a phone number" in dialog.summary_label.text()
    assert contacts(store) == 1
    phone.setCurrentIndex(phone.findData("home_phone"))
    target = tmp_path / "m.json"
    dialog.save_mapping(target)
    saved = read_mapping(target)
    assert saved.by_column["Mobile Phone"] == "home_phone" and saved.by_column["Id"] == "crm_id"
    assert json.loads(target.read_text(encoding="utf-8"))["default_region"] == "US"


def test_cancel_rolls_back(qtbot, dialog, store, tmp_path, monkeypatch):
    monkeypatch.setattr(contact_import, "CHUNK_ROWS", 1)
    dialog.open_file(copy("utf8_comma.csv", tmp_path))
    # The first progress report presses Cancel, as a person would mid-import.
    dialog._relay.moved.connect(lambda *_: dialog.cancel_or_close())
    dialog.import_button.click()
    assert dialog.summary_label.text() == "Cancelled: nothing was imported."
    assert contacts(store) == 1
    assert dialog.import_button.isEnabled()


def test_every_control_is_named(dialog, tmp_path):
    dialog.open_file(copy("utf8_comma.csv", tmp_path))
    assert unnamed_controls(dialog) == []


def test_on_the_database_thread(qtbot, store, world, tmp_path):
    runner = OpRunner()
    dialog = ImportDialog(store, runner, [(world.campaign_id, "GOTV", True)])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_model.modelReset, timeout=10_000):
        dialog.open_file(copy("utf16_tab.txt", tmp_path))
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    runner.wait_for_done()
    assert contacts(store) == 4


def test_the_page_imports_and_exports(qtbot, store, world, inline_runner, tmp_path):
    page = DataPage(store, inline_runner)
    qtbot.addWidget(page)
    page.show()
    assert page.campaign_box.currentData() == world.campaign_id
    dialog = page.open_import()
    assert dialog.campaign_box.currentData() == world.campaign_id
    dialog.open_file(copy("utf8_comma.csv", tmp_path))
    with qtbot.waitSignal(page.status_message) as said:
        dialog.import_button.click()
    assert said.args[0] == "Imported utf8_comma.csv: 3 added, 0 rows rejected."
    out = tmp_path / "results.csv"
    with qtbot.waitSignal(page.status_message) as said:
        page.export_to(out)
    assert said.args[0] == f"Wrote 0 call results to {out}."
    assert out.read_text(encoding="utf-8").startswith("PB_OpId__c,WhoId,WhatId")
    assert unnamed_controls(page) == []


def test_the_row_count_is_written_the_way_german_writes_numbers(
    qtbot: QtBot, store: Store, world, inline_runner: InlineOpRunner
) -> None:
    before = QLocale()
    languages = LanguageSwitch("de", system=QLocale("C"))
    try:
        shown = ImportDialog(store, inline_runner, [(world.campaign_id, "Wahl", True)])
        qtbot.addWidget(shown)
        shown._show_progress(12345, 500, 1000)  # what the import's progress relay calls
        assert shown.progress_bar.format() == "12.345 Zeilen"
        assert shown.progress_bar.value() == 500
    finally:
        languages.uninstall()
        QLocale.setDefault(before)
