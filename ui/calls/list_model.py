"""The call list as a table model that fetches keyset pages as the view scrolls.

Only the rows scrolled past are held; a million-row list starts with one page.
Pages are read on the database thread (``ui.ops``) and appended when they come
back; a filter change starts a new generation so a late page of the old filter
is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QWidget

from callcenter.services.call_list import PAGE_SIZE, ListFilter, ListRow
from ui.calls.labels import format_when, status_label
from ui.ops import Op, OpRunner

# (filter, after_id, limit) -> the next rows; ``call_list.fetch_rows`` bound to a store.
RowSource = Callable[[ListFilter, int, int], list[ListRow]]
Index = QModelIndex | QPersistentModelIndex
# The root index, made once (Qt's own default argument).
ROOT = QModelIndex()


# Marked for translation here, translated when shown (a translator may load later).
COLUMNS: tuple[tuple[str, Callable[[ListRow], object]], ...] = (
    (QT_TRANSLATE_NOOP("CallListModel", "Name"), lambda r: r.name),
    (QT_TRANSLATE_NOOP("CallListModel", "ZIP"), lambda r: r.postal_code),
    (QT_TRANSLATE_NOOP("CallListModel", "City"), lambda r: r.city),
    (QT_TRANSLATE_NOOP("CallListModel", "Status"), lambda r: status_label(r.status)),
    (QT_TRANSLATE_NOOP("CallListModel", "Attempts"), lambda r: r.attempts),
    (QT_TRANSLATE_NOOP("CallListModel", "Last result"), lambda r: r.last_result),  # see data()
    (
        QT_TRANSLATE_NOOP("CallListModel", "Last call"),
        lambda r: format_when(r.last_attempt_at, with_year=True),
    ),
    (
        QT_TRANSLATE_NOOP("CallListModel", "Callback"),
        lambda r: format_when(r.callback_at, with_year=True),
    ),
)


LAST_RESULT_COLUMN = 5


class CallListModel(QAbstractTableModel):
    """Read-only rows of ``ListRow``; formatted only when a cell is painted."""

    loading_changed = Signal(bool)
    page_failed = Signal(object)  # the exception

    def __init__(
        self,
        owner: QWidget,
        runner: OpRunner,
        source: RowSource,
        list_filter: ListFilter,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(owner)
        self._owner = owner
        self._runner = runner
        self._source = source
        self._filter = list_filter
        self._page_size = page_size
        self._rows: list[ListRow] = []
        self._exhausted = False
        self._loading = False
        self._generation = 0
        self._result_labels: dict[str, str] = {}

    # --- the table -----------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        row = self._rows[index.row()]
        value = COLUMNS[index.column()][1](row)
        if index.column() == LAST_RESULT_COLUMN:
            value = self._result_labels.get(row.last_result, row.last_result)
        return value if role == Qt.ItemDataRole.DisplayRole else str(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("CallListModel", COLUMNS[section][0])
        return section + 1

    def set_result_labels(self, labels: dict[str, str]) -> None:
        """Result names by code, in the volunteer's language."""
        self._result_labels = dict(labels)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, LAST_RESULT_COLUMN),
                self.index(len(self._rows) - 1, LAST_RESULT_COLUMN),
            )

    def row_at(self, row: int) -> ListRow:
        return self._rows[row]

    @property
    def list_filter(self) -> ListFilter:
        return self._filter

    def is_loading(self) -> bool:
        return self._loading

    # --- lazy fetching -------------------------------------------------------------------

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        self._set_loading(True)
        generation = self._generation
        after = self._rows[-1].entry_id if self._rows else 0
        source, flt, limit = self._source, self._filter, self._page_size
        Op(self._owner, lambda: source(flt, after, limit), runner=self._runner).success(
            lambda rows: self._append(generation, rows)
        ).failure(lambda error: self._failed(generation, error)).run()

    def set_filter(self, list_filter: ListFilter) -> None:
        """Start over with another filter; pages of the old one are ignored."""
        self.beginResetModel()
        self._filter = list_filter
        self._generation += 1
        self._rows = []
        self._exhausted = False
        self._loading = False
        self.endResetModel()

    def refresh(self) -> None:
        self.set_filter(self._filter)

    def _append(self, generation: int, rows: list[ListRow]) -> None:
        if generation != self._generation:
            return
        self._exhausted = len(rows) < self._page_size
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._set_loading(False)

    def _failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        # Stop asking until the filter changes or the person refreshes.
        self._exhausted = True
        self._set_loading(False)
        self.page_failed.emit(error)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)
