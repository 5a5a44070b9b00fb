"""A read-only table model over a list of plain rows (the core's dataclasses)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView

from ui.retranslate import current_text

R = TypeVar("R")

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    """A header and how to show one row's cell; ``align_right`` for numbers."""

    header: str
    text: Callable[[R], str]
    align_right: bool = False
    font: QFont | None = None


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows are replaced as a whole when new data arrives from a worker.

    ``row_id`` names each row (a volunteer id, a list id) so a view can keep the
    same rows selected across a reload.
    """

    def __init__(
        self,
        columns: Sequence[Column[R]],
        row_id: Callable[[R], object] = id,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._row_id = row_id
        self._rows: list[R] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column.font is not None:
            return column.font
        if role == ROW_ID_ROLE:
            return self._row_id(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return current_text(self._columns[section].header)
        return None

    def set_rows(self, rows: Iterable[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def row_ids(self) -> list[object]:
        return [self._row_id(r) for r in self._rows]


def selected_rows(view: QAbstractItemView) -> list[int]:
    """Selected row numbers, top to bottom."""
    selection = view.selectionModel()
    if selection is None:
        return []
    return sorted(index.row() for index in selection.selectedRows())


def select_ids(view: QAbstractItemView, model: RowTableModel[Any], ids: Iterable[object]) -> None:
    """Select the rows with these ids (after a reload), current on the first of them."""
    wanted = set(ids)
    selection = QItemSelection()
    first: QModelIndex | None = None
    last_column = model.columnCount() - 1
    for row, row_id in enumerate(model.row_ids()):
        if row_id in wanted:
            selection.select(model.index(row, 0), model.index(row, last_column))
            first = first or model.index(row, 0)
    selection_model = view.selectionModel()
    if first is None or selection_model is None:
        return
    selection_model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    selection_model.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
