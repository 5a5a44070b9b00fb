"""Keying in returned walk sheets: the whole turf as a grid, one row per person.

Pick who walked the sheet and when, then type: the result key, the answers'
numbers, notes; Enter moves to the next cell, row after row.  A problem shows
in its cell at once; Ctrl+S saves the sheet, all of it or nothing, and lists
what to fix when something is wrong.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callcenter.services.canvass.paper import (
    PaperRow,
    PaperSheetError,
    RowError,
    SheetRecorded,
    record_paper_sheet,
)
from callcenter.services.canvass.walk_list import WalkList, load_walk_list
from callcenter.services.volunteer_directory import VolunteerFilter, VolunteerRow, list_volunteers
from ui.canvass.context import CanvassContext
from ui.canvass.paper_grid import PaperGridModel, PaperGridView
from ui.core_messages import translated
from ui.messages import announce, report_failure
from ui.ops import Op
from ui.shiftlead.labels import plural

MAX_LISTED_ERRORS = 6


class PaperEntryView(QWidget):
    saved = Signal()
    back_requested = Signal()

    def __init__(
        self, context: CanvassContext, language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paperEntry")
        self.context = context
        self.language = language
        self.walk: WalkList | None = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.canvasser = QComboBox()
        self.canvasser.setAccessibleName(self.tr("Who walked this sheet"))
        self.visited_at = QDateTimeEdit()
        self.visited_at.setAccessibleName(self.tr("When the doors were visited"))
        self.visited_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.visited_at.setCalendarPopup(True)
        form = QFormLayout()
        form.addRow(self.tr("&Canvasser"), self.canvasser)
        form.addRow(self.tr("&Visited"), self.visited_at)
        self.hint = QLabel(
            self.tr(
                "Type each person's result key and answer numbers as ticked on the sheet; "
                "Enter moves on. Leave a row empty for a door not visited. Ctrl+S saves."
            )
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.model = PaperGridModel(language, self)
        self.grid = PaperGridView(self)
        self.grid.setAccessibleName(self.tr("Sheet rows, one per person"))
        self.grid.setModel(self.model)
        self.grid.submit_requested.connect(self.save)
        self.model.errors_changed.connect(self._show_error_count)
        self.errors = QLabel()
        self.errors.setObjectName("formError")
        self.errors.setWordWrap(True)
        self.errors.setAccessibleName(self.tr("Problems on the sheet"))
        self.save_button = QPushButton(self.tr("&Save sheet"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setObjectName("secondaryButton")
        self.back_button.clicked.connect(self.back_requested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.errors, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.grid, 1)
        layout.addLayout(buttons)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)

    def open_sheet(self, walk: WalkList) -> None:
        """A fresh sheet for the turf, once the active volunteers (the canvassers) are read."""
        store, flt = self.context.store, VolunteerFilter(status="active")
        Op(self, lambda: list_volunteers(store, flt), runner=self.context.runner).success(
            lambda people: self.set_sheet(walk, people, self.context.signed_in.volunteer_id)
        ).run()

    def set_sheet(self, walk: WalkList, canvassers: list[VolunteerRow], default_id: int) -> None:
        """A fresh sheet for the turf; the canvasser list holds the active volunteers."""
        self.walk = walk
        self.title.setText(self.tr("Paper sheets: {name}").format(name=walk.checkout.name))
        self.canvasser.clear()
        for volunteer in canvassers:
            self.canvasser.addItem(f"{volunteer.name} ({volunteer.code or '-'})", volunteer.id)
        index = self.canvasser.findData(default_id)
        self.canvasser.setCurrentIndex(max(index, 0))
        self.visited_at.setDateTime(QDateTime.currentDateTime())
        self.visited_at.setMaximumDateTime(QDateTime.currentDateTime().addSecs(60))
        self.model.set_people(walk, [(h, p) for h in walk.households for p in h.people])
        self.errors.clear()
        self.focus_start()

    def focus_start(self) -> None:
        self.grid.setFocus()
        self.grid.go_to_first_entry()

    def typed_rows(self) -> list[PaperRow]:
        return self.model.typed_rows()

    @Slot()
    def save(self) -> None:
        canvasser = self.canvasser.currentData()
        if canvasser is None or not self.model.has_input():
            self.errors.setText(self.tr("Type at least one result, and pick the canvasser."))
            return
        visited: datetime = self.visited_at.dateTime().toPython().astimezone()
        walk, rows, ctx, language = self.walk, self.model.typed_rows(), self.context, self.language
        assert walk is not None
        Op(
            self,
            lambda: record_paper_sheet(
                ctx.store,
                walk,
                int(canvasser),
                rows,
                visited_at=visited,
                station_id=ctx.station_id,
                language=language,
            ),
            runner=ctx.runner,
        ).success(self._saved).failure(self._failed).run()

    def _saved(self, sheet: SheetRecorded) -> None:
        self.saved.emit()
        assert self.walk is not None
        store, checkout_id = self.context.store, self.walk.checkout.id
        text = self.tr("Saved {n} results from the sheet.").format(n=sheet.recorded)
        # A fresh sheet, with what is recorded now.
        Op(self, lambda: load_walk_list(store, checkout_id), runner=self.context.runner).success(
            lambda walk: self._fresh_sheet(walk, text)
        ).run()

    def _fresh_sheet(self, walk: WalkList, text: str) -> None:
        canvasser = self.canvasser.currentData()
        self.walk = walk
        self.model.set_people(walk, [(h, p) for h in walk.households for p in h.people])
        self.canvasser.setCurrentIndex(max(self.canvasser.findData(canvasser), 0))
        self.errors.setText(text)
        announce(self, text)
        self.focus_start()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, PaperSheetError):
            self.show_errors(list(error.errors))
            return
        report_failure(self, error)

    def show_errors(self, errors: list[RowError]) -> None:
        self.model.set_errors(errors)
        listed = [
            self.tr("row {row}: {message}").format(row=e.row + 1, message=translated(e.message))
            for e in errors[:MAX_LISTED_ERRORS]
        ]
        more = len(errors) - len(listed)
        suffix = self.tr(" (and {n} more)").format(n=more) if more > 0 else ""
        self.errors.setText(
            self.tr("Nothing was saved. Fix: {problems}").format(problems="; ".join(listed))
            + suffix
        )
        first = self.model.first_error_index()
        if first is not None:
            self.grid.setCurrentIndex(first)
            self.grid.setFocus()

    @Slot()
    def _show_error_count(self) -> None:
        count = len(self.model.errors())
        if count:
            self.errors.setText(
                plural(
                    count,
                    self.tr("{n} cell needs a look (its tooltip says why)."),
                    self.tr("{n} cells need a look (their tooltips say why)."),
                )
            )
        elif self.errors.text() and not self.errors.text().startswith(self.tr("Saved")):
            self.errors.clear()
