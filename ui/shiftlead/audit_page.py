"""The audit log: who activated, deactivated, reset or re-roled whom, when, where; CSV export."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callcenter.services import audit
from callcenter.services.audit import AuditRow
from ui import formats
from ui.messages import report_failure
from ui.ops import Op
from ui.shiftlead.accessible_parts import name_spin_box_field
from ui.shiftlead.atomic_file import write_atomically
from ui.shiftlead.context import ConsoleContext
from ui.shiftlead.labels import action_label, local_time
from ui.shiftlead.row_model import Column, RowTableModel
from ui.shiftlead.volunteer_table import make_table_view
from ui.volunteer_labels import role_label

# The table is for looking; the export has everything in the date range.
ROWS_SHOWN = 2_000
DEFAULT_DAYS = 7


def local_day_start(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()


def export_audit_file(ctx: ConsoleContext, path: Path, since: datetime, until: datetime) -> int:
    """Runs on the worker: the CSV appears complete or not at all."""
    written = 0

    def write(part: Path) -> None:
        nonlocal written
        with part.open("w", encoding="utf-8", newline="") as out:
            written = audit.export_audit_csv(ctx.store, out, since=since, until=until)

    write_atomically(path, write)
    return written


class AuditPage(QWidget):
    status_message = Signal(str)

    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self._ctx = ctx
        today = QDate.currentDate()
        self.from_field = QDateEdit(today.addDays(-DEFAULT_DAYS + 1))
        self.from_field.setAccessibleName(self.tr("From date"))
        self.from_field.setCalendarPopup(True)
        self.from_field.setDisplayFormat("yyyy-MM-dd")
        name_spin_box_field(self.from_field)
        self.to_field = QDateEdit(today)
        self.to_field.setAccessibleName(self.tr("To date"))
        self.to_field.setCalendarPopup(True)
        self.to_field.setDisplayFormat("yyyy-MM-dd")
        name_spin_box_field(self.to_field)
        self.from_field.dateChanged.connect(self.reload)
        self.to_field.dateChanged.connect(self.reload)
        from_label = QLabel(self.tr("&From"))
        from_label.setBuddy(self.from_field)
        to_label = QLabel(self.tr("&Until"))
        to_label.setBuddy(self.to_field)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("secondaryButton")
        self.refresh_button.setAccessibleName(self.tr("Refresh the audit log"))
        self.refresh_button.clicked.connect(self.reload)
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.setObjectName("secondaryButton")
        self.export_button.setAccessibleName(self.tr("Export the audit log as CSV"))
        self.export_button.clicked.connect(self.choose_export_file)
        self.count_label = QLabel()
        self.count_label.setObjectName("sectionHint")

        self.model: RowTableModel[AuditRow] = RowTableModel(
            [
                Column(self.tr("When"), lambda r: local_time(r.at)),
                Column(self.tr("What"), lambda r: action_label(r.action)),
                Column(self.tr("By"), lambda r: _person(r.actor_name, r.actor_code)),
                Column(self.tr("Volunteer"), lambda r: _person(r.subject_name, r.subject_code)),
                Column(self.tr("Station"), lambda r: r.station or ""),
                Column(self.tr("Details"), self._details),
            ],
            row_id=lambda r: r.op_id,
        )
        self.table = make_table_view(self.tr("Audit log"))
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        for column, width in enumerate((140, 110, 170, 190, 120)):
            self.table.setColumnWidth(column, width)

        filters = QHBoxLayout()
        filters.addWidget(from_label)
        filters.addWidget(self.from_field)
        filters.addSpacing(8)
        filters.addWidget(to_label)
        filters.addWidget(self.to_field)
        filters.addWidget(self.refresh_button)
        filters.addWidget(self.count_label)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)

    def _details(self, row: AuditRow) -> str:
        detail = row.detail
        if row.action == "change_role":
            return self.tr("{old} → {new}").format(
                old=role_label(str(detail.get("old", ""))),
                new=role_label(str(detail.get("new", ""))),
            )
        if row.action.startswith("turf_") and detail.get("turf"):
            parts = [str(detail["turf"])]
            if detail.get("entries"):
                entries = formats.count(int(str(detail["entries"])))
                parts.append(self.tr("{n} contacts").format(n=entries))
            if detail.get("hours"):
                hours = formats.decimal(float(str(detail["hours"])))
                parts.append(self.tr("{hours} h").format(hours=hours))
            return " · ".join(parts)
        if detail.get("reason"):
            return str(detail["reason"])
        if row.action == "activate" and detail.get("campaigns"):
            return self.tr("campaign ids: {ids}").format(
                ids=", ".join(str(c) for c in detail["campaigns"])  # type: ignore[union-attr]
            )
        shown = {k: v for k, v in detail.items() if v not in ("", None, [])}
        return json.dumps(shown, sort_keys=True) if shown else ""

    def date_range(self) -> tuple[datetime, datetime]:
        """From the start of the first day to the end of the last, local time."""
        first = self.from_field.date().toPython()
        last = self.to_field.date().toPython()
        if last < first:
            first, last = last, first
        return local_day_start(first), local_day_start(last + timedelta(days=1))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    @Slot()
    def reload(self) -> None:
        store = self._ctx.store
        since, until = self.date_range()
        Op(
            self,
            lambda: audit.audit_rows(store, since=since, until=until, limit=ROWS_SHOWN),
            runner=self._ctx.runner,
        ).success(self._show_rows).run()

    def _show_rows(self, rows: list[AuditRow]) -> None:
        self.model.set_rows(rows)
        if len(rows) >= ROWS_SHOWN:
            text = self.tr("The latest {n} events; the export has them all.").format(n=len(rows))
        else:
            text = self.tr("{n} events").format(n=len(rows))
        self.count_label.setText(text)

    @Slot()
    def choose_export_file(self) -> None:
        since, until = self.date_range()
        suggested = f"audit-{since:%Y%m%d}-{(until - timedelta(days=1)):%Y%m%d}.csv"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), suggested, self.tr("CSV files (*.csv)")
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        ctx = self._ctx
        since, until = self.date_range()
        self.export_button.setEnabled(False)
        Op(self, lambda: export_audit_file(ctx, path, since, until), runner=ctx.runner).success(
            lambda n: self._on_exported(path, n)
        ).failure(self._on_export_failed).run()

    def _on_exported(self, path: Path, rows: int) -> None:
        self.export_button.setEnabled(True)
        self.status_message.emit(
            self.tr("Wrote {n} audit events to {file}.").format(n=rows, file=str(path))
        )

    def _on_export_failed(self, error: Exception) -> None:
        self.export_button.setEnabled(True)
        report_failure(self, error)


def _person(name: str, code: str | None) -> str:
    return f"{name} ({code})" if code else name
