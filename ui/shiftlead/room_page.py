"""The live room: who is signed in, pace, contact rate, results, lists, ZIPs, quality flags.

The page keeps one ``RoomMonitor``; its refresh runs on the database thread
every few seconds while the page is on screen, and the GUI thread only applies
the snapshot.  A tick that finds the previous refresh still running is skipped,
so a slow disk can never pile refreshes up.
"""

from __future__ import annotations

import logging
from datetime import datetime, time

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from callcenter.errors import UserError
from callcenter.services.activation_options import ActivationOptions, activation_options
from callcenter.services.room import QualityFlag, RoomMonitor, RoomSnapshot, VolunteerPace
from ui import formats
from ui.core_messages import translated
from ui.messages import unexpected_error_text
from ui.ops import Op
from ui.shiftlead.accessible_parts import name_view_parts
from ui.shiftlead.context import ConsoleContext
from ui.shiftlead.flagged_calls_dialog import FlaggedCallsDialog
from ui.shiftlead.labels import flag_kind_label, percent
from ui.shiftlead.room_widgets import ListProgressPanel, ResultsChart, StatTile
from ui.shiftlead.row_model import Column, RowTableModel, selected_rows

log = logging.getLogger(__name__)

REFRESH_MS = 7_000


def start_of_today() -> datetime:
    """Local midnight, as an aware datetime: the room's numbers are today's."""
    return datetime.combine(datetime.now().date(), time()).astimezone()


def _table(name: str, model: RowTableModel) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    name_view_parts(view)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(26)
    return view


class RoomPage(QWidget):
    def __init__(
        self,
        ctx: ConsoleContext,
        parent: QWidget | None = None,
        *,
        since: datetime | None = None,
        refresh_ms: int = REFRESH_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roomPage")
        self._ctx = ctx
        self.since = since or start_of_today()
        self.monitor = RoomMonitor(self.since)
        self.snapshot: RoomSnapshot | None = None
        self.refreshes_skipped = 0
        self._refresh_running = False
        self._options_loaded = False
        self.flag_dialog: FlaggedCallsDialog | None = None

        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self.refresh)

        self.signed_in_tile = StatTile(self.tr("Signed in"))
        self.last_hour_tile = StatTile(self.tr("Calls in the last hour"))
        self.rate_tile = StatTile(self.tr("Contact rate"))
        self.calls_tile = StatTile(self.tr("Calls today"))
        self.campaign_filter = QComboBox()
        self.campaign_filter.setAccessibleName(self.tr("Campaign shown"))
        self.campaign_filter.addItem(self.tr("All campaigns"), None)
        self.campaign_filter.currentIndexChanged.connect(self._campaign_changed)
        self.updated_label = QLabel(self.tr("Loading…"))
        self.updated_label.setObjectName("sectionHint")
        self.updated_label.setAccessibleName(self.tr("Last updated"))

        self.chart = ResultsChart()
        self.flag_model: RowTableModel[QualityFlag] = RowTableModel(
            [
                Column(self.tr("Volunteer"), lambda f: f.volunteer_name),
                Column(self.tr("Flag"), lambda f: flag_kind_label(f.kind)),
                Column(self.tr("Why"), lambda f: translated(f.message)),
            ],
            row_id=lambda f: (f.volunteer_id, f.kind),
        )
        self.flag_table = _table(self.tr("Quality flags"), self.flag_model)
        self.flag_table.setObjectName("flagTable")
        self.flag_table.activated.connect(self._flag_activated)
        self.flag_table.setColumnWidth(0, 150)
        self.flag_table.setColumnWidth(1, 180)
        self.flags_title = QLabel(self.tr("Quality flags"))
        self.flags_title.setObjectName("sectionTitleSmall")
        self.show_calls_button = QPushButton(self.tr("Show &calls…"))
        self.show_calls_button.setObjectName("secondaryButton")
        self.show_calls_button.setAccessibleName(self.tr("Show the calls behind the flag"))
        self.show_calls_button.clicked.connect(self.open_selected_flag)

        self.pace_model: RowTableModel[VolunteerPace] = RowTableModel(
            [
                Column(self.tr("Volunteer"), lambda v: v.name),
                Column(self.tr("Station"), lambda v: v.station or ""),
                Column(self.tr("In"), lambda v: self.tr("yes") if v.signed_in else ""),
                Column(self.tr("Calls"), lambda v: formats.count(v.calls), align_right=True),
                Column(
                    self.tr("Per hour"),
                    lambda v: formats.count(round(v.calls_per_hour)),
                    align_right=True,
                ),
                Column(self.tr("Contacts"), lambda v: percent(v.contact_rate), align_right=True),
                Column(self.tr("Short"), lambda v: formats.count(v.short_calls), align_right=True),
            ],
            row_id=lambda v: v.volunteer_id,
        )
        self.pace_table = _table(self.tr("Volunteers' pace"), self.pace_model)
        self.pace_table.setObjectName("paceTable")
        self.pace_table.setColumnWidth(0, 160)
        self.pace_table.setColumnWidth(2, 50)
        for column in range(3, 7):
            self.pace_table.setColumnWidth(column, 84)

        self.zip_model: RowTableModel[tuple[str, int, int]] = RowTableModel(
            [
                Column(self.tr("ZIP"), lambda z: z[0]),
                Column(self.tr("Calls"), lambda z: formats.count(z[1]), align_right=True),
                Column(self.tr("Contacts"), lambda z: formats.count(z[2]), align_right=True),
                Column(
                    self.tr("Rate"), lambda z: percent(z[2] / z[1] if z[1] else 0), align_right=True
                ),
            ],
            row_id=lambda z: z[0],
        )
        self.zip_table = _table(self.tr("Results by ZIP"), self.zip_model)
        self.zip_table.setObjectName("zipTable")
        self.lists_panel = ListProgressPanel()

        tiles = QHBoxLayout()
        for tile in (self.signed_in_tile, self.last_hour_tile, self.rate_tile, self.calls_tile):
            tiles.addWidget(tile, 1)
        side = QVBoxLayout()
        side.addWidget(self.campaign_filter)
        side.addWidget(self.updated_label)
        side.addStretch(1)
        tiles.addLayout(side)

        flags_box = QWidget()
        flags_layout = QGridLayout(flags_box)
        flags_layout.setContentsMargins(0, 0, 0, 0)
        flags_layout.addWidget(self.flags_title, 0, 0)
        flags_layout.addWidget(self.show_calls_button, 0, 1, Qt.AlignmentFlag.AlignRight)
        flags_layout.addWidget(self.flag_table, 1, 0, 1, 2)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self._titled(self.tr("Results by code"), self.chart))
        upper.addWidget(flags_box)
        upper.setSizes([420, 520])

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self._titled(self.tr("Volunteers"), self.pace_table))
        lists_box = QWidget()
        lists_layout = QVBoxLayout(lists_box)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        lists_layout.addWidget(self._title(self.tr("Call lists")))
        lists_layout.addWidget(self.lists_panel)
        lists_layout.addSpacing(8)
        lists_layout.addWidget(self._title(self.tr("Results by ZIP")))
        lists_layout.addWidget(self.zip_table, 1)
        lower.addWidget(lists_box)
        lower.setSizes([560, 380])

        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(upper)
        body.addWidget(lower)
        body.setSizes([270, 260])
        for splitter in (upper, lower, body):
            splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.setSpacing(10)
        layout.addLayout(tiles)
        layout.addWidget(body, 1)

    def _title(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sectionTitleSmall")
        return label

    def _titled(self, text: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title(text))
        layout.addWidget(widget, 1)
        return box

    # --- refreshing ---------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._options_loaded:
            self._options_loaded = True
            store = self._ctx.store
            Op(self, lambda: activation_options(store), runner=self._ctx.runner).success(
                self._show_campaigns
            ).run()
        self.refresh()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        # Nobody is looking: leave the database thread to the people calling.
        self.timer.stop()
        super().hideEvent(event)

    def is_refreshing(self) -> bool:
        return self._refresh_running

    @Slot()
    def refresh(self) -> None:
        """Start a refresh on the worker, unless the last one is still running."""
        if self._refresh_running:
            self.refreshes_skipped += 1
            return
        self._refresh_running = True
        monitor, store = self.monitor, self._ctx.store
        Op(self, lambda: monitor.refresh(store), runner=self._ctx.runner).success(
            lambda snapshot: self._on_refreshed(monitor, snapshot)
        ).failure(self._on_refresh_failed).run()

    def _on_refreshed(self, monitor: RoomMonitor, snapshot: RoomSnapshot) -> None:
        self._refresh_running = False
        if monitor is not self.monitor:
            # The campaign changed while this ran: its numbers are for the old one.
            self.refresh()
            return
        self.apply_snapshot(snapshot)

    def _on_refresh_failed(self, error: Exception) -> None:
        self._refresh_running = False
        log.warning("room refresh failed", exc_info=error)
        # A busy database now and then is no news; the next tick tries again.
        why = translated(error) if isinstance(error, UserError) else unexpected_error_text(error)
        self.updated_label.setText(self.tr("Not updated: {why}").format(why=why[:80]))

    def _contacts(self, n: int) -> str:
        if n == 1:
            return self.tr("1 contact")
        return self.tr("{n} contacts").format(n=formats.count(n))

    def apply_snapshot(self, snap: RoomSnapshot) -> None:
        self.snapshot = snap
        self.signed_in_tile.set_value(formats.count(snap.signed_in))
        self.last_hour_tile.set_value(
            formats.count(snap.calls_last_hour),
            self._contacts(snap.contacts_last_hour),
        )
        hour_rate = snap.contacts_last_hour / snap.calls_last_hour if snap.calls_last_hour else 0
        self.rate_tile.set_value(
            percent(snap.contact_rate) if snap.calls else "–",
            self.tr("last hour {rate}").format(rate=percent(hour_rate))
            if snap.calls_last_hour
            else "",
        )
        self.calls_tile.set_value(
            formats.count(snap.calls),
            self._contacts(snap.contacts),
        )
        language = QLocale().name()
        self.chart.show_results(
            snap.results_by_code,
            {code: label.pick(language) for code, label in snap.result_labels.items()},
        )
        self._replace_keeping_selection(self.flag_table, self.flag_model, snap.flags)
        self.flags_title.setText(
            self.tr("Quality flags ({n})").format(n=len(snap.flags))
            if snap.flags
            else self.tr("Quality flags: none")
        )
        self.show_calls_button.setEnabled(bool(snap.flags))
        self._replace_keeping_selection(self.pace_table, self.pace_model, snap.volunteers)
        self._replace_keeping_selection(self.zip_table, self.zip_model, snap.results_by_zip)
        self.lists_panel.show_lists(snap.lists)
        self.updated_label.setText(
            self.tr("Updated {time}").format(
                time=formats.time_of(snap.at.astimezone(), seconds=True)
            )
        )

    def _replace_keeping_selection(
        self, view: QTableView, model: RowTableModel, rows: list
    ) -> None:
        chosen = [model.row_ids()[r] for r in selected_rows(view)]
        model.set_rows(rows)
        if chosen:
            ids = model.row_ids()
            if chosen[0] in ids:
                view.selectRow(ids.index(chosen[0]))

    # --- campaign filter and flags ------------------------------------------------------

    def _show_campaigns(self, options: ActivationOptions) -> None:
        self.campaign_filter.blockSignals(True)
        for choice in options.campaigns:
            self.campaign_filter.addItem(choice.name, choice.id)
        self.campaign_filter.blockSignals(False)

    @Slot(int)
    def _campaign_changed(self, _index: int) -> None:
        # A refresh still running for the old campaign starts a new one when it ends.
        self.monitor = RoomMonitor(self.since, self.campaign_filter.currentData())
        self.refresh()

    @Slot(QModelIndex)
    def _flag_activated(self, index: QModelIndex) -> None:
        self.open_flag(self.flag_model.row_at(index.row()))

    @Slot()
    def open_selected_flag(self) -> None:
        rows = selected_rows(self.flag_table)
        if not rows and self.flag_model.rowCount():
            rows = [0]
        if rows:
            self.open_flag(self.flag_model.row_at(rows[0]))

    def open_flag(self, flag: QualityFlag) -> None:
        dialog = FlaggedCallsDialog(self._ctx, flag, self.since, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._forget_flag_dialog)
        self.flag_dialog = dialog
        dialog.open()

    @Slot()
    def _forget_flag_dialog(self) -> None:
        self.flag_dialog = None
