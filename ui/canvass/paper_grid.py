"""A grid of people, one row each, to type results into: the paper sheet and the doorstep.

Columns: walk number, address, name, result, one per script question, notes.
Typing in a cell starts editing it; Enter (or Tab) saves the cell and moves to
the next one to type in, row after row.  Each row is checked by the core's
paper rules as soon as it changes; a problem colours its cell and says why in
the cell's tooltip and accessible description.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

from callcenter.services.canvass.paper import (
    NOTES_COLUMN,
    PERSON_COLUMN,
    RESULT_COLUMN,
    PaperRow,
    RowError,
    check_sheet,
)
from callcenter.services.canvass.walk_list import WalkHousehold, WalkList, WalkPerson
from callcenter.services.scripts import pick_language
from ui.core_messages import translated

Index = QModelIndex | QPersistentModelIndex
ERROR_BACKGROUND = QColor("#fde8e8")
FIXED_COLUMNS = 3  # walk number, address, name


class PaperGridModel(QAbstractTableModel):
    """The typed values of a set of people; errors per (row, column)."""

    errors_changed = Signal()

    def __init__(self, language: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self._walk: WalkList | None = None
        self._people: list[tuple[WalkHousehold, WalkPerson]] = []
        self._columns: list[str] = []  # "result", question keys, "notes"
        self._typed: dict[tuple[int, str], str] = {}
        self._errors: dict[tuple[int, str], str] = {}

    # --- content -------------------------------------------------------------------------

    def set_people(self, walk: WalkList, people: Sequence[tuple[WalkHousehold, WalkPerson]]):
        self.beginResetModel()
        self._walk = walk
        self._people = list(people)
        questions = [q.key for q in walk.script.questions] if walk.script else []
        self._columns = [RESULT_COLUMN, *questions, NOTES_COLUMN]
        self._typed.clear()
        self._errors.clear()
        self.endResetModel()
        self.errors_changed.emit()

    def people(self) -> list[WalkPerson]:
        return [p for _, p in self._people]

    def typed_rows(self) -> list[PaperRow]:
        """Every row as typed, blank ones included (a row's index is its grid row)."""
        return [self._row(i) for i in range(len(self._people))]

    def fill_results(self, key: str) -> None:
        """The same door result for everyone in the grid (a household not at home)."""
        for row in range(len(self._people)):
            self.setData(self.index(row, FIXED_COLUMNS), key)

    def set_errors(self, errors: Sequence[RowError]) -> None:
        self._errors = {(e.row, self._column_for(e.column)): translated(e.message) for e in errors}
        self._refresh_all()

    def errors(self) -> dict[tuple[int, str], str]:
        return dict(self._errors)

    def first_error_index(self) -> QModelIndex | None:
        if not self._errors:
            return None
        row, column = min(self._errors, key=lambda k: (k[0], self._columns.index(k[1])))
        return self.index(row, FIXED_COLUMNS + self._columns.index(column))

    def has_input(self) -> bool:
        return any(v.strip() for v in self._typed.values())

    # --- the model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        fixed = [self.tr("#"), self.tr("Address"), self.tr("Name")]
        if section < FIXED_COLUMNS:
            return fixed[section]
        key = self._columns[section - FIXED_COLUMNS]
        if key == RESULT_COLUMN:
            if role == Qt.ItemDataRole.ToolTipRole and self._walk:
                return ", ".join(
                    f"{d.key} {pick_language(d.label, self.language)}"
                    for d in self._walk.door_results
                )
            return self.tr("Result")
        if key == NOTES_COLUMN:
            return self.tr("Notes")
        number = self._columns.index(key)
        question = self._walk.script.question(key) if self._walk and self._walk.script else None
        if role == Qt.ItemDataRole.ToolTipRole and question is not None:
            answers = ", ".join(
                f"{i} {pick_language(a.label, self.language)}"
                for i, a in enumerate(question.answers, start=1)
            )
            return f"{pick_language(question.prompt, self.language)} ({answers})"
        return self.tr("Q{n}").format(n=number)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() >= FIXED_COLUMNS:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._people):
            return None
        household, person = self._people[index.row()]
        column = index.column()
        key = self._columns[column - FIXED_COLUMNS] if column >= FIXED_COLUMNS else None
        error = self._errors.get((index.row(), key or PERSON_COLUMN))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return str(person.walk_position + 1)
            if column == 1:
                return household.house_label
            if column == 2:
                return person.name
            return self._typed.get((index.row(), key or ""), "")
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return ERROR_BACKGROUND
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return error
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        key = self._columns[index.column() - FIXED_COLUMNS]
        self._typed[(index.row(), key)] = str(value or "")
        self._check_row(index.row())
        return True

    # --- checking ------------------------------------------------------------------------

    def _row(self, row: int) -> PaperRow:
        _, person = self._people[row]
        answers = {
            key: self._typed.get((row, key), "")
            for key in self._columns
            if key not in (RESULT_COLUMN, NOTES_COLUMN)
        }
        return PaperRow(
            person.entry_id,
            self._typed.get((row, RESULT_COLUMN), ""),
            answers,
            self._typed.get((row, NOTES_COLUMN), ""),
        )

    def _check_row(self, row: int) -> None:
        assert self._walk is not None
        typed = self._row(row)
        found: list[RowError] = []
        if not typed.is_blank():
            _, found = check_sheet(self._walk, [typed], self.language)
        self._errors = {k: v for k, v in self._errors.items() if k[0] != row}
        self._errors.update(
            {(row, self._column_for(e.column)): translated(e.message) for e in found}
        )
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.errors_changed.emit()

    def _column_for(self, column: str) -> str:
        return column if column in self._columns else PERSON_COLUMN

    def _refresh_all(self) -> None:
        if self._people:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._people) - 1, self.columnCount() - 1)
            )
        self.errors_changed.emit()


class PaperGridView(QTableView):
    """Type to fill a cell; Enter or Tab saves it and goes to the next cell to type in."""

    submit_requested = Signal()  # Ctrl+Enter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paperGrid")
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def go_to_first_entry(self) -> None:
        if self.model() is not None and self.model().rowCount():
            self.setCurrentIndex(self.model().index(0, FIXED_COLUMNS))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submit_requested.emit()
            return
        if enter and self.state() != QAbstractItemView.State.EditingState:
            self._move_to_next_cell()
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Enter while typing in a cell moves on like Tab, so a sheet is keyed without the mouse.
        moves_on = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if moves_on else hint)
        if moves_on:
            self.setFocus()  # the closed editor had it; the next key opens the next cell
            self._move_to_next_cell()

    def _move_to_next_cell(self) -> None:
        model, current = self.model(), self.currentIndex()
        if model is None or not current.isValid():
            return
        row, column = current.row(), current.column() + 1
        if column >= model.columnCount():
            row, column = row + 1, FIXED_COLUMNS
        if row < model.rowCount():
            self.setCurrentIndex(model.index(row, column))
