"""Volunteer rows from the directory as a table: the queue and the volunteers page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from callcenter.services.volunteer_directory import VolunteerRow
from ui.shiftlead.accessible_parts import name_view_parts
from ui.shiftlead.labels import languages_text, local_time
from ui.shiftlead.row_model import Column, RowTableModel, selected_rows
from ui.volunteer_labels import role_label, status_label


def queue_columns() -> list[Column[VolunteerRow]]:
    return [
        Column(QCoreApplication.translate("VolunteerTable", "Name"), lambda r: r.name),
        Column(QCoreApplication.translate("VolunteerTable", "Email"), lambda r: r.email or ""),
        Column(
            QCoreApplication.translate("VolunteerTable", "Languages"),
            lambda r: languages_text(r.languages),
        ),
        Column(
            QCoreApplication.translate("VolunteerTable", "Signed up"),
            lambda r: local_time(r.created_at),
        ),
        Column(
            QCoreApplication.translate("VolunteerTable", "Status"),
            lambda r: (
                QCoreApplication.translate("VolunteerTable", "Returning")
                if r.status == "deactivated"
                else status_label(r.status)
            ),
        ),
    ]


def directory_columns() -> list[Column[VolunteerRow]]:
    return [
        Column(QCoreApplication.translate("VolunteerTable", "Name"), lambda r: r.name),
        Column(QCoreApplication.translate("VolunteerTable", "Code"), lambda r: r.code or ""),
        Column(
            QCoreApplication.translate("VolunteerTable", "Status"), lambda r: status_label(r.status)
        ),
        Column(QCoreApplication.translate("VolunteerTable", "Role"), lambda r: role_label(r.role)),
        Column(
            QCoreApplication.translate("VolunteerTable", "Languages"),
            lambda r: languages_text(r.languages),
        ),
        Column(QCoreApplication.translate("VolunteerTable", "Station"), lambda r: r.station or ""),
        Column(
            QCoreApplication.translate("VolunteerTable", "Shift ends"),
            lambda r: local_time(r.shift_ends_at),
        ),
    ]


def volunteer_model(columns: list[Column[VolunteerRow]]) -> RowTableModel[VolunteerRow]:
    return RowTableModel(columns, row_id=lambda r: r.id)


def make_table_view(accessible_name: str, parent: QWidget | None = None) -> QTableView:
    """Rows selected whole, many at once with Shift/Ctrl, keyboard first."""
    view = QTableView(parent)
    view.setAccessibleName(accessible_name)
    name_view_parts(view)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(30)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setHighlightSections(False)
    return view


def selected_volunteers(view: QTableView, model: RowTableModel[VolunteerRow]) -> list[VolunteerRow]:
    return [model.row_at(row) for row in selected_rows(view)]
