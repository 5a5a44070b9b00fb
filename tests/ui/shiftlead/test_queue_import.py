"""Importing a sign-up list from the queue page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from callcenter.db import Store
from tests.ui.shiftlead.conftest import MakeConsole


def test_import_csv_fills_the_queue_and_reports_the_rows_it_could_not_use(
    qtbot: QtBot,
    store: Store,
    make_console: MakeConsole,
    lead: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    signups = tmp_path / "signups.csv"
    signups.write_text(
        "Vorname;Nachname;E-Mail\nAnna;Alt;anna@example.de\n;Ohne;\nAnna;Again;anna@example.de\n",
        encoding="cp1252",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(signups), ""))
    console = make_console(lead)
    console.show()
    page = console.queue_page

    page.import_button.click()

    assert [r.name for r in page.model.rows()] == ["Anna Alt"]
    assert console.status_line.text() == (
        "signups.csv: 1 added to the queue, 1 duplicates skipped, 1 rows rejected."
    )
    # The new rows are selected, ready to activate.
    assert page.activate_button.text() == "&Activate 1 volunteer…"
    report = page.import_report
    assert report is not None and report.isVisible()
    assert "Line 3: rejected, a first and a last name are needed" in report.detailedText()
    assert "Line 4: skipped, same volunteer as line 2" in report.detailedText()


def test_a_file_that_is_no_volunteer_list_is_refused_with_the_core_message(
    qtbot: QtBot,
    store: Store,
    make_console: MakeConsole,
    lead: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wrong = tmp_path / "cities.csv"
    wrong.write_text("id,city\n1,Berlin\n", encoding="utf-8")
    messages: list[str] = []
    monkeypatch.setattr("ui.ops.report_failure", lambda _w, error: messages.append(str(error)))
    console = make_console(lead)

    console.queue_page.import_file(wrong)

    assert messages and "has no first and last name columns" in messages[0]
    assert console.queue_page.model.rowCount() == 0
