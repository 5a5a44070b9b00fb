"""The Canvass tab: this laptop's checkouts and what a team lead does with them.

Check out a turf (Ctrl+N), work it door to door or by phone (Enter), print or
save its walk sheets, key in returned sheets, extend it, hand it back, check it
in.  Each action is one core or sync call on the database thread; the views
only show what comes back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from callcenter.models import CanvassMode, CheckoutStatus
from callcenter.services.canvass.checkout import CheckoutRequest, CheckoutView, list_checkouts
from callcenter.services.canvass.paper import (
    PaperRow,
    PaperSheetError,
    SheetRecorded,
    record_door_visit,
)
from callcenter.services.canvass.walk_list import WalkList, load_walk_list
from sync.canvass import (
    CheckInOutcome,
    CheckoutOutcome,
    TurfCrm,
    check_in_turf,
    check_out_turf,
    extend_turf,
    hand_back_turf,
)
from sync.canvass_engine import turf_crm_for_profile
from ui import formats
from ui.calls.labels import ui_language
from ui.canvass.checkout_dialog import CheckoutDialog
from ui.canvass.context import CanvassContext
from ui.canvass.door_mode import DoorModeView
from ui.canvass.labels import mode_label, state_label
from ui.canvass.paper_entry import PaperEntryView
from ui.canvass.phone_mode import PhoneModeView
from ui.canvass.summary_dialog import SessionSummaryDialog
from ui.canvass.walk_sheet import print_walk_sheets, save_walk_sheets_as
from ui.messages import announce, report_failure, show_notice
from ui.ops import Op
from ui.shiftlead.accessible_parts import name_view_parts
from ui.shiftlead.confirm_dialog import ConfirmDialog
from ui.shiftlead.labels import local_time
from ui.shiftlead.row_model import Column, RowTableModel, selected_rows


class CanvassPage(QWidget):
    changed = Signal()  # something was recorded or a checkout changed (the status bar reads)
    crm_found = Signal(object)  # the profile's CRM connection (a TurfCrm), once looked up

    def __init__(self, context: CanvassContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("canvassPage")
        self.context = context
        # None: no CRM here (checkouts are local only, check-in waits for a connection).
        self.crm: TurfCrm | None = context.crm
        self.language = ui_language()
        self.model: RowTableModel[CheckoutView] = RowTableModel(
            [
                Column(self.tr("Turf"), lambda c: c.name),
                Column(self.tr("Campaign"), lambda c: c.campaign_name),
                Column(self.tr("Mode"), lambda c: mode_label(c.mode)),
                Column(self.tr("State"), lambda c: state_label(c.state())),
                Column(self.tr("Until"), lambda c: local_time(c.expires_at)),
                Column(
                    self.tr("Households"), lambda c: formats.count(c.households), align_right=True
                ),
                Column(self.tr("People"), lambda c: formats.count(c.people), align_right=True),
            ],
            row_id=lambda c: c.id,
        )
        self.table = QTableView()
        self.table.setObjectName("checkoutTable")
        self.table.setAccessibleName(self.tr("Checkouts on this laptop"))
        name_view_parts(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.work())
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Canvass status"))

        self.buttons: dict[str, QPushButton] = {}
        actions = (
            ("check_out", self.tr("Check &out a turf…"), self.check_out),
            ("work", self.tr("&Work it"), self.work),
            ("print", self.tr("&Print walk sheets…"), self.print_walk_sheets),
            ("pdf", self.tr("Save walk sheets as P&DF…"), self.save_walk_sheets),
            ("paper", self.tr("&Key in paper sheets"), self.key_in_paper),
            ("extend", self.tr("E&xtend…"), self.extend),
            ("hand_back", self.tr("&Hand back…"), self.hand_back),
            ("check_in", self.tr("Check &in"), self.check_in),
        )
        # Two rows, so German and French fit a laptop: the turf's work, then the checkout.
        work_row, checkout_row = QHBoxLayout(), QHBoxLayout()
        for key, text, slot in actions:
            button = QPushButton(text)
            button.setObjectName("primaryButton" if key == "check_out" else "secondaryButton")
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.clicked.connect(slot)
            self.buttons[key] = button
            row = work_row if key in ("work", "print", "pdf", "paper") else checkout_row
            row.addWidget(button)
        for row in (checkout_row, work_row):
            row.addStretch(1)

        overview = QWidget()
        overview_layout = QVBoxLayout(overview)
        overview_layout.setContentsMargins(24, 12, 24, 12)
        title = QLabel(self.tr("Canvassing"))
        title.setObjectName("pageTitle")
        overview_layout.addWidget(title)
        overview_layout.addLayout(checkout_row)
        overview_layout.addLayout(work_row)
        overview_layout.addWidget(self.table, 1)
        overview_layout.addWidget(self.status)
        self.overview = overview

        self.door_view = DoorModeView(self.language, context.signed_in.first_name)
        self.door_view.back_requested.connect(self.show_overview)
        self.door_view.save_requested.connect(self.save_door_visit)
        self.phone_view = PhoneModeView(context)
        self.phone_view.back_requested.connect(self.show_overview)
        self.phone_view.saved.connect(self.changed)
        self.paper_view = PaperEntryView(context, self.language)
        self.paper_view.back_requested.connect(self.show_overview)
        self.paper_view.saved.connect(self.changed)
        self.stack = QStackedWidget()
        for page in (overview, self.door_view, self.phone_view, self.paper_view):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        shortcut = QShortcut(QKeySequence(self.tr("Ctrl+N")), overview)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.check_out)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.refresh()
        if self.crm is None:
            self._find_crm()

    def _find_crm(self) -> None:
        store = self.context.store
        Op(self, lambda: turf_crm_for_profile(store), runner=self.context.runner).success(
            self._crm_found
        ).failure(self._crm_unusable).run()

    def _crm_found(self, crm: TurfCrm | None) -> None:
        self.crm = crm
        if crm is not None:
            self.crm_found.emit(crm)

    def _crm_unusable(self, error: Exception) -> None:
        # Canvassing works without the CRM; the message says what to fix for check-in.
        self._say(self.tr("The CRM connection cannot be used: {reason}").format(reason=error))

    # --- the list of checkouts -------------------------------------------------------------

    @Slot()
    def refresh(self, select_id: int | None = None) -> None:
        store = self.context.store
        Op(self, lambda: list_checkouts(store), runner=self.context.runner).success(
            lambda rows: self._show_checkouts(rows, select_id)
        ).run()

    def _show_checkouts(self, rows: list[CheckoutView], select_id: int | None) -> None:
        previous = self.selected()
        self.model.set_rows(rows)
        wanted = select_id or (previous.id if previous else None)
        ids = self.model.row_ids()
        row = ids.index(wanted) if wanted in ids else 0
        if rows:
            self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> CheckoutView | None:
        rows = selected_rows(self.table)
        return self.model.row_at(rows[0]) if rows else None

    @Slot()
    def _update_buttons(self) -> None:
        checkout = self.selected()
        state = checkout.state() if checkout else None
        for key in ("work", "print", "pdf", "paper", "check_in"):
            self.buttons[key].setEnabled(checkout is not None)
        for key in ("extend", "hand_back"):
            self.buttons[key].setEnabled(state == CheckoutStatus.ACTIVE)

    def show_overview(self) -> None:
        self.stack.setCurrentWidget(self.overview)
        self.table.setFocus()
        self.refresh()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        announce(self.status, text)

    # --- check out, extend, hand back, check in -------------------------------------------

    @Slot()
    def check_out(self) -> None:
        dialog = CheckoutDialog(self.context, claimable=self.crm is not None, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._check_out(dialog.request()))
        dialog.open()
        self.checkout_dialog = dialog

    def _check_out(self, request: CheckoutRequest | None) -> None:
        if request is None:
            return
        store, crm = self.context.store, self.crm
        Op(self, lambda: check_out_turf(store, crm, request), runner=self.context.runner).success(
            self._checked_out
        ).run()

    def _checked_out(self, outcome: CheckoutOutcome) -> None:
        view = outcome.checkout
        text = self.tr("Checked out '{name}': {h} households, {p} people until {until}.").format(
            name=view.name, h=view.households, p=view.people, until=local_time(view.expires_at)
        )
        if not outcome.crm_leased:
            text += " " + self.tr(
                "Offline: the CRM was not asked to hold these contacts for you; they are "
                "held on this laptop only."
            )
        elif outcome.lost:
            text += " " + self.tr("{n} others are held by someone else in the CRM.").format(
                n=outcome.lost
            )
        self._say(text)
        self.refresh(view.id)
        self.changed.emit()

    @Slot()
    def extend(self) -> None:
        checkout = self.selected()
        if checkout is None:
            return
        hours, ok = QInputDialog.getDouble(
            self, self.tr("Extend the checkout"), self.tr("Hours to add:"), 4.0, 0.5, 336.0, 1
        )
        if not ok:
            return
        store, crm, actor = self.context.store, self.crm, self.context.signed_in
        Op(
            self,
            lambda: extend_turf(store, crm, checkout.id, actor.volunteer_id, hours),
            runner=self.context.runner,
        ).success(self._extended).run()

    def _extended(self, outcome: CheckoutOutcome) -> None:
        self._say(
            self.tr("'{name}' now runs until {until}.").format(
                name=outcome.checkout.name, until=local_time(outcome.checkout.expires_at)
            )
        )
        self.refresh(outcome.checkout.id)
        self.changed.emit()

    @Slot()
    def hand_back(self) -> None:
        checkout = self.selected()
        if checkout is None:
            return
        dialog = ConfirmDialog(
            self.tr("Hand back '{name}'?").format(name=checkout.name),
            self.tr(
                "Its contacts go back to the list now and it takes no more results. What "
                "was recorded stays and is synced with the next sync."
            ),
            self.tr("Hand back"),
            ask_reason=False,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._hand_back(checkout.id))
        dialog.open()

    def _hand_back(self, checkout_id: int) -> None:
        store, crm, actor = self.context.store, self.crm, self.context.signed_in
        Op(
            self,
            lambda: hand_back_turf(store, crm, checkout_id, actor.volunteer_id),
            runner=self.context.runner,
        ).success(lambda view: self._after_end(view.name, self.tr("handed back"))).run()

    def _after_end(self, name: str, what: str) -> None:
        self._say(self.tr("'{name}' was {what}.").format(name=name, what=what))
        self.refresh()
        self.changed.emit()

    @Slot()
    def check_in(self) -> None:
        checkout = self.selected()
        if checkout is None:
            return
        self._say(self.tr("Checking in '{name}': syncing…").format(name=checkout.name))
        store, crm, actor = self.context.store, self.crm, self.context.signed_in
        Op(
            self,
            lambda: check_in_turf(store, crm, checkout.id, actor.volunteer_id),
            runner=self.context.runner,
        ).success(self._checked_in).failure(self._check_in_failed).run()

    def _checked_in(self, outcome: CheckInOutcome) -> None:
        self._after_end(outcome.summary.checkout.name, self.tr("checked in"))
        self.summary_dialog = SessionSummaryDialog(outcome.summary, self)
        self.summary_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary_dialog.open()

    def _check_in_failed(self, error: Exception) -> None:
        self.status.clear()
        report_failure(self, error)
        self.changed.emit()

    # --- working the turf --------------------------------------------------------------------

    def _with_walk(self, then: Callable[[WalkList], object]) -> None:
        checkout = self.selected()
        if checkout is None:
            return
        if not checkout.accepts_work():
            show_notice(
                self,
                self.tr(
                    "'{name}' is {state}: it can be read and printed, but takes no new results."
                ).format(name=checkout.name, state=state_label(checkout.state()).lower()),
            )
        store = self.context.store
        Op(self, lambda: load_walk_list(store, checkout.id), runner=self.context.runner).success(
            then
        ).run()

    @Slot()
    def work(self) -> None:
        checkout = self.selected()
        if checkout is None:
            return
        if checkout.mode == CanvassMode.PHONE and checkout.accepts_work():
            self.stack.setCurrentWidget(self.phone_view)
            self.phone_view.start(checkout.id, checkout.campaign_id)
            return
        self._with_walk(self._open_door_mode)

    def _open_door_mode(self, walk: WalkList) -> None:
        self.door_view.set_walk(walk)
        self.stack.setCurrentWidget(self.door_view)
        self.door_view.focus_start()

    @Slot(object, object)
    def save_door_visit(self, rows: list[PaperRow], started_at: datetime) -> None:
        walk = self.door_view.walk
        if walk is None:
            return
        store, ctx, row = self.context.store, self.context, self.door_view.current_row()
        Op(
            self,
            lambda: (
                record_door_visit(
                    store,
                    walk,
                    ctx.signed_in.volunteer_id,
                    rows,
                    started_at=started_at,
                    station_id=ctx.station_id,
                    language=self.language,
                ),
                load_walk_list(store, walk.checkout.id),
            ),
            runner=self.context.runner,
        ).success(lambda done: self._door_saved(done, row)).failure(self._door_failed).run()

    def _door_saved(self, done: tuple[SheetRecorded, WalkList], row: int) -> None:
        self.door_view.set_walk(done[1], keep_row=row + 1)
        self.door_view.focus_start()
        announce(self.door_view, self.tr("Saved."))
        self.changed.emit()

    def _door_failed(self, error: Exception) -> None:
        if isinstance(error, PaperSheetError):
            self.door_view.show_errors(list(error.errors))
        report_failure(self, error)

    @Slot()
    def key_in_paper(self) -> None:
        self._with_walk(self._open_paper_entry)

    def _open_paper_entry(self, walk: WalkList) -> None:
        self.stack.setCurrentWidget(self.paper_view)
        self.paper_view.open_sheet(walk)

    # --- walk sheets -------------------------------------------------------------------------

    @Slot()
    def save_walk_sheets(self) -> None:
        self._with_walk(self._save_pdf)

    def _save_pdf(self, walk: WalkList) -> None:
        saved = save_walk_sheets_as(self, walk, self.language)
        if saved is not None:
            self._say(saved)

    @Slot()
    def print_walk_sheets(self) -> None:
        self._with_walk(self._print)

    def _print(self, walk: WalkList) -> None:
        print_walk_sheets(self, walk, self.language)
