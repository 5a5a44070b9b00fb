"""The campaign's call list: search, a status filter, counts by status, lazy rows."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from callcenter.db import Store
from callcenter.models import EntryStatus
from callcenter.services.call_list import ListFilter, count_rows, counts_by_status, fetch_rows
from callcenter.services.campaigns import CampaignForCalling, CampaignSummary, campaign_for_calling
from callcenter.services.scripts import pick_language
from ui import formats
from ui.calls.labels import status_label, ui_language
from ui.calls.list_model import CallListModel
from ui.messages import report_failure
from ui.ops import Op, OpRunner

SEARCH_DELAY_MS = 300
# Column widths in average characters, so they grow with the font.
COLUMN_CHARS = (24, 7, 16, 12, 9, 16, 21, 21)


class CallListView(QWidget):
    """Read-only; Esc (or Ctrl+L) goes back to where the volunteer came from."""

    back_requested = Signal()

    def __init__(self, store: Store, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callListView")
        self._store = store
        self._runner = runner
        self._campaign: CampaignSummary | None = None
        self._counts_generation = 0

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.search_field = QLineEdit()
        self.search_field.setObjectName("searchField")
        self.search_field.setAccessibleName(self.tr("Search by name, ZIP or city"))
        self.search_field.setPlaceholderText(self.tr("Search by name, ZIP or city (Ctrl+F)"))
        self.search_field.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Show contacts with status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in EntryStatus:
            self.status_filter.addItem(status_label(status), status.value)
        self.count_label = QLabel()
        self.count_label.setObjectName("panelNote")
        self.count_label.setAccessibleName(self.tr("How many contacts match"))
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"))
        self.refresh_button.setObjectName("callSecondary")
        self.refresh_button.setAccessibleName(self.tr("Refresh the call list"))
        self.refresh_button.clicked.connect(self.refresh)
        self.back_button = QPushButton(self.tr("Back (Esc)"))
        self.back_button.setObjectName("callSecondary")
        self.back_button.setAccessibleName(self.tr("Back to calling"))
        self.back_button.clicked.connect(self.back_requested)

        self.table = QTableView()
        self.table.setObjectName("callListTable")
        self.table.setAccessibleName(self.tr("Call list"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never measures rows it has not shown.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns"))
        self.table.verticalScrollBar().setAccessibleName(self.tr("Scroll the call list"))
        self.table.horizontalScrollBar().setAccessibleName(self.tr("Scroll the columns"))
        self.model = CallListModel(
            self,
            runner,
            lambda flt, after, limit: fetch_rows(store, flt, after_id=after, limit=limit),
            ListFilter(campaign_id=0),
        )
        self.model.loading_changed.connect(self._update_count_label)
        self.model.page_failed.connect(self._on_page_failed)
        self.table.setModel(self.model)
        self._matching: int | None = None

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search_field.textChanged.connect(self._search_timer.start)
        self.search_field.returnPressed.connect(self._apply_filter)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.title, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.back_button)
        filters = QHBoxLayout()
        filters.setSpacing(10)
        filters.addWidget(self.search_field, 2)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.count_label, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        QWidget.setTabOrder(self.search_field, self.status_filter)
        QWidget.setTabOrder(self.status_filter, self.table)
        QWidget.setTabOrder(self.table, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.back_button)
        for keys, slot in (
            ("Escape", self.back_requested),
            ("Ctrl+F", self.search_field.setFocus),
            ("F5", self.refresh),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _size_columns(self) -> None:
        # After polish: the font is the one the style sheets give the table.
        self.table.ensurePolished()
        char = self.table.fontMetrics().averageCharWidth()
        for column, chars in enumerate(COLUMN_CHARS):
            self.table.setColumnWidth(column, chars * char)

    def open_campaign(self, campaign: CampaignSummary) -> None:
        if self._campaign is None or self._campaign.id != campaign.id:
            self._load_result_labels(campaign.id)
        self._campaign = campaign
        self._size_columns()
        self.title.setText(self.tr("Call list: {name}").format(name=campaign.name))
        if self.model.list_filter.campaign_id != campaign.id:
            self.search_field.blockSignals(True)
            self.search_field.clear()
            self.search_field.blockSignals(False)
            self.status_filter.blockSignals(True)
            self.status_filter.setCurrentIndex(0)
            self.status_filter.blockSignals(False)
        self._apply_filter()
        self.search_field.setFocus()

    def _load_result_labels(self, campaign_id: int) -> None:
        """The campaign's result names, so the list says "No answer", not NO_ANSWER."""
        store = self._store
        Op(self, lambda: campaign_for_calling(store, campaign_id), runner=self._runner).success(
            self._set_result_labels
        ).run()

    def _set_result_labels(self, campaign: CampaignForCalling) -> None:
        language = ui_language()
        self.model.set_result_labels(
            {c.code: pick_language(c.label, language) or c.code for c in campaign.result_codes}
        )

    def current_filter(self) -> ListFilter:
        campaign_id = self._campaign.id if self._campaign else 0
        return ListFilter(
            campaign_id=campaign_id,
            status=self.status_filter.currentData(),
            search=self.search_field.text().strip(),
        )

    @Slot()
    def refresh(self) -> None:
        self._apply_filter()

    @Slot()
    def _apply_filter(self) -> None:
        self._search_timer.stop()
        if self._campaign is None:
            return
        flt = self.current_filter()
        self.model.set_filter(flt)
        self.model.fetchMore()
        self._count(flt)

    def _count(self, flt: ListFilter) -> None:
        """Counts by status (kept by the core, instant), and the matches of a search."""
        self._counts_generation += 1
        generation = self._counts_generation
        self._matching = None
        self._update_count_label()
        store = self._store
        Op(self, lambda: counts_by_status(store, flt.campaign_id), runner=self._runner).success(
            lambda counts: self._show_counts(generation, flt, counts)
        ).run()
        if flt.search:
            Op(self, lambda: count_rows(store, flt), runner=self._runner).success(
                lambda n: self._show_matching(generation, n)
            ).run()

    def _show_counts(self, generation: int, flt: ListFilter, counts: dict[str, int]) -> None:
        if generation != self._counts_generation:
            return
        total = sum(counts.values())
        self.status_filter.setItemText(
            0, self.tr("All statuses ({n})").format(n=formats.count(total))
        )
        for index in range(1, self.status_filter.count()):
            status = self.status_filter.itemData(index)
            self.status_filter.setItemText(
                index, f"{status_label(status)} ({formats.count(counts.get(status, 0))})"
            )
        if not flt.search:
            self._show_matching(generation, counts[flt.status] if flt.status else total)

    def _show_matching(self, generation: int, n: int) -> None:
        if generation == self._counts_generation:
            self._matching = n
            self._update_count_label()

    @Slot()
    def _update_count_label(self) -> None:
        if self._matching is None:
            text = self.tr("Counting…")
        else:
            text = (
                self.tr("1 contact")
                if self._matching == 1
                else self.tr("{n} contacts").format(n=formats.count(self._matching))
            )
        if self.model.is_loading():
            text += " · " + self.tr("loading rows…")
        self.count_label.setText(text)

    @Slot(object)
    def _on_page_failed(self, error: Exception) -> None:
        report_failure(self, error)
