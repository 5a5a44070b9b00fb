"""Audit rows on screen and as CSV; slips printed to PDF; PINs gone once the slips close."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from callcenter.db import Store
from callcenter.errors import UserError
from callcenter.models import utcnow
from callcenter.services.volunteers import IssuedCredential, change_status, reset_pin
from tests.factories import make_volunteer
from tests.ui.shiftlead.conftest import MakeConsole
from ui.shiftlead.atomic_file import write_atomically
from ui.shiftlead.slip_sheets import SLIPS_PER_PAGE, write_slips_pdf
from ui.shiftlead.slips import SlipsDialog


def credentials(n: int) -> list[IssuedCredential]:
    return [IssuedCredential(i, f"Person {i}", f"CODE{i:02d}", f"{i:06d}") for i in range(n)]


def test_audit_page_lists_events_and_exports_them_as_csv(
    qtbot: QtBot,
    store: Store,
    make_console: MakeConsole,
    lead: int,
    station: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vid = make_volunteer(store, "GONE22", first_name="Gil", last_name="Gone")
    change_status(store, lead, [vid], "suspend", station_id=station, reason="=cmd|' /C calc'!A0")
    reset_pin(store, lead, vid, station_id=station)
    console = make_console(lead)
    console.show()
    console.tabs.setCurrentWidget(console.audit_page)
    page = console.audit_page

    shown = [
        [page.model.index(r, c).data() for c in range(1, 6)] for r in range(page.model.rowCount())
    ]
    assert shown == [
        ["PIN reset", "Lee Lead (LEAD22)", "Gil Gone (GONE22)", "front-desk", ""],
        ["Suspended", "Lee Lead (LEAD22)", "Gil Gone (GONE22)", "front-desk", "=cmd|' /C calc'!A0"],
    ]
    assert page.count_label.text() == "2 events"

    out = tmp_path / "exports"
    out.mkdir()
    target = out / "audit.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV files (*.csv)")
    )
    page.export_button.click()

    rows = list(csv.DictReader(target.open(encoding="utf-8", newline="")))
    assert [r["action"] for r in rows] == ["reset_pin", "suspend"]
    assert rows[0]["by_code"] == "LEAD22" and rows[0]["station"] == "front-desk"
    assert rows[1]["detail"].startswith("{")  # formula-safe: JSON, not a live cell
    assert list(out.iterdir()) == [target]  # no temporary file left behind
    assert console.status_line.text() == f"Wrote 2 audit events to {target}."


def test_audit_dates_filter_the_events(
    qtbot: QtBot, store: Store, make_console: MakeConsole, lead: int
) -> None:
    vid = make_volunteer(store, "GONE22")
    change_status(store, lead, [vid], "suspend", now=utcnow() - timedelta(days=30))
    change_status(store, lead, [vid], "reactivate")
    console = make_console(lead)
    console.show()
    console.tabs.setCurrentWidget(console.audit_page)
    page = console.audit_page
    assert [r.action for r in page.model.rows()] == ["reactivate"]

    page.from_field.setDate(page.from_field.date().addDays(-60))

    assert [r.action for r in page.model.rows()] == ["reactivate", "suspend"]


def test_an_export_that_cannot_be_written_says_so_and_leaves_nothing(
    qtbot: QtBot,
    store: Store,
    make_console: MakeConsole,
    lead: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(
        "ui.shiftlead.audit_page.report_failure", lambda _w, error: messages.append(str(error))
    )
    console = make_console(lead)
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "missing-folder" / "audit.csv"

    console.audit_page.export_to(target)

    assert messages and messages[0].startswith(f"Cannot write {target}")
    assert console.audit_page.export_button.isEnabled()
    assert list(out.iterdir()) == []


def test_write_atomically_keeps_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")

    def half_then_fail(part: Path) -> None:
        part.write_text("half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_atomically(target, half_then_fail)

    assert target.read_text() == "old"
    assert list(tmp_path.iterdir()) == [target]
    with pytest.raises(UserError, match="Cannot write"):
        write_atomically(tmp_path / "no" / "such.csv", lambda p: p.write_text("x"))


def test_slips_pdf_has_a_slip_per_volunteer_eight_to_a_page(tmp_path: Path, qapp) -> None:
    path = tmp_path / "slips.pdf"

    pages = write_slips_pdf(path, credentials(SLIPS_PER_PAGE + 1))

    assert pages == 2
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2_000
    document = QPdfDocument()
    document.load(str(path))
    assert document.pageCount() == 2
    text = document.getAllText(0).text()
    assert "CODE00" in text and "000007" in text and "Person 3" in text
    assert "CODE08" in document.getAllText(1).text()
    assert list(tmp_path.iterdir()) == [path]


def test_slips_dialog_saves_a_pdf_and_forgets_the_pins_when_closed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = SlipsDialog(credentials(3), pins_pending=True)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.pins_status.text().startswith("Storing the PINs")
    target = tmp_path / "slips"  # the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    dialog.pdf_button.click()

    saved = tmp_path / "slips.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert "Saved 1 page to slips.pdf" in dialog.pins_status.text()
    dialog.set_pins_ready(3)
    assert dialog.pins_status.text() == "PINs ready: all 3 volunteers can sign in now."

    dialog.accept()

    assert dialog.credentials() == ()
    assert dialog.model.rowCount() == 0


def test_every_action_the_core_audits_has_a_name_in_each_language(qapp) -> None:
    """The audit page names an action in words, never by its code (conflict
    decisions, outbox reviews, turf checkouts and privacy work included)."""
    from PySide6.QtCore import QLocale

    from callcenter.services.audit import AUDIT_ACTIONS
    from ui.i18n import LanguageSwitch
    from ui.shiftlead.labels import action_label

    switch = LanguageSwitch("en", system=QLocale("C"))
    try:
        names = {}
        for language in ("en", "de", "fr"):
            switch.switch(language)
            names[language] = [action_label(a) for a in AUDIT_ACTIONS]
            assert all(
                name != code for name, code in zip(names[language], AUDIT_ACTIONS, strict=True)
            )
            assert len(set(names[language])) == len(AUDIT_ACTIONS)
        assert names["de"] != names["en"] and names["fr"] != names["en"]
        assert "Turf checked in" in names["en"] and "Gebiet abgeschlossen" in names["de"]
    finally:
        switch.uninstall()
