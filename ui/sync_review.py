"""What the CRM refused and where both sides changed a record: shown with the CRM's words,
and decided here by a shift lead or admin.

Refused rows can be sent again once the cause is fixed in the CRM, or dismissed
(kept and audited, listed under "Dismissed").  A contact-detail conflict was
decided for the CRM by the rules; a person may agree (keep the CRM's value) or send
the value that was kept here.  Volunteers see the lists without the buttons; the
core refuses them anyway.  Every decision runs on the op runner and reloads the
lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from callcenter.db import Store
from callcenter.errors import UserError
from callcenter.models import OutboxStatus
from callcenter.services.conflicts import (
    ConflictView,
    keep_crm_value,
    open_conflicts,
    send_local_value,
)
from callcenter.services.outbox import ReviewItem, dismiss_review, retry_review, review_queue
from callcenter.services.volunteers import MANAGERS
from ui.core_messages import translated
from ui.field_labels import field_label
from ui.messages import announce, report_failure
from ui.ops import Op, OpRunner
from ui.shiftlead.labels import local_time
from ui.shiftlead.row_model import Column, RowTableModel, selected_rows


@dataclass(frozen=True)
class ReviewData:
    refused: list[ReviewItem]
    conflicts: list[ConflictView]


@dataclass(frozen=True)
class Decider:
    """Who is signed in at this window (``None`` in the dialog: nobody may decide)."""

    volunteer_id: int
    role: str
    station_id: int | None = None

    @property
    def may_decide(self) -> bool:
        return self.role in MANAGERS


def load_review(store: Store, refused_status: str = OutboxStatus.REVIEW) -> ReviewData:
    return ReviewData(review_queue(store, status=refused_status), open_conflicts(store))


class SyncReviewDialog(QDialog):
    def __init__(
        self,
        store: Store,
        runner: OpRunner,
        parent: QWidget | None = None,
        *,
        decider: Decider | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncReviewDialog")
        self.setWindowTitle(self.tr("Sync: to review"))
        self._store = store
        self._runner = runner
        self._decider = decider
        self._busy = False
        self.refused_model: RowTableModel[ReviewItem] = RowTableModel(
            [
                Column(self.tr("Saved"), lambda r: local_time(r.created_at)),
                Column(self.tr("What"), self._kind),
                Column(self.tr("The CRM's message"), lambda r: translated(r.message)),
            ],
            row_id=lambda r: r.id,
        )
        self.conflict_model: RowTableModel[ConflictView] = RowTableModel(
            [
                Column(self.tr("Record"), lambda c: f"{c.object_type} {c.crm_id or ''}".strip()),
                Column(self.tr("Field"), lambda c: field_label(c.field)),
                Column(self.tr("Kept"), lambda c: c.crm_value or ""),
                Column(self.tr("Not kept"), lambda c: c.local_value or ""),
                Column(self.tr("Rule"), self._rule),
            ],
            row_id=lambda c: c.id,
        )
        self.refused_view = self._table(self.refused_model, self.tr("Refused by the CRM"))
        self.conflict_view = self._table(self.conflict_model, self.tr("Conflicts"))
        self.refused_filter = QComboBox()
        self.refused_filter.setObjectName("refusedFilter")
        self.refused_filter.setAccessibleName(self.tr("Show refused rows"))
        self.refused_filter.addItem(self.tr("Waiting for a decision"), OutboxStatus.REVIEW)
        self.refused_filter.addItem(self.tr("Dismissed"), OutboxStatus.DISMISSED)
        self.refused_filter.currentIndexChanged.connect(self.reload)
        self.retry_button = self._button(
            "retryButton",
            self.tr("&Send again"),
            self.tr("Send the selected rows at the next sync"),
        )
        self.retry_button.clicked.connect(self.retry_selected)
        self.dismiss_button = self._button(
            "dismissButton",
            self.tr("&Dismiss"),
            self.tr("Do not send the selected rows; they stay listed under Dismissed"),
        )
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.keep_crm_button = self._button(
            "keepCrmButton",
            self.tr("&Keep the CRM's value"),
            self.tr("Agree with the CRM: nothing is sent"),
        )
        self.keep_crm_button.clicked.connect(self.keep_crm_selected)
        self.send_mine_button = self._button(
            "sendMineButton",
            self.tr("Send &my value"),
            self.tr("Send the value not kept to the CRM at the next sync"),
        )
        self.send_mine_button.clicked.connect(self.send_mine_selected)
        self.notice = QLabel()
        self.notice.setObjectName("reviewNotice")
        self.notice.setWordWrap(True)
        if decider is None or not decider.may_decide:
            self.notice.setText(self.tr("Only a shift lead or admin can decide these."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        refused_label = QLabel(self.tr("Refused by the CRM"))
        refused_label.setBuddy(self.refused_view)
        refused_bar = QHBoxLayout()
        refused_bar.addWidget(refused_label)
        refused_bar.addStretch(1)
        refused_bar.addWidget(self.refused_filter)
        refused_actions = QHBoxLayout()
        refused_actions.addWidget(self.retry_button)
        refused_actions.addWidget(self.dismiss_button)
        refused_actions.addStretch(1)
        conflict_label = QLabel(self.tr("Conflicts (decided by the rules; the value not kept)"))
        conflict_label.setBuddy(self.conflict_view)
        conflict_actions = QHBoxLayout()
        conflict_actions.addWidget(self.keep_crm_button)
        conflict_actions.addWidget(self.send_mine_button)
        conflict_actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(refused_bar)
        layout.addWidget(self.refused_view)
        layout.addLayout(refused_actions)
        layout.addWidget(conflict_label)
        layout.addWidget(self.conflict_view)
        layout.addLayout(conflict_actions)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        for view in (self.refused_view, self.conflict_view):
            view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(820, 560)
        self._update_buttons()
        self.reload()

    def _table(self, model: RowTableModel, name: str) -> QTableView:  # type: ignore[type-arg]
        view = QTableView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().hide()
        return view

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.setToolTip(tip)
        button.setAutoDefault(False)
        return button

    @property
    def showing_dismissed(self) -> bool:
        return self.refused_filter.currentData() == OutboxStatus.DISMISSED

    @Slot()
    def reload(self) -> None:
        store, status = self._store, str(self.refused_filter.currentData())
        Op(self, lambda: load_review(store, status), runner=self._runner).success(
            self._show
        ).failure(self._reload_failed).run()

    def _reload_failed(self, error: Exception) -> None:
        self._busy = False  # the buttons work again; the list shows what it had
        self._update_buttons()
        report_failure(self, error)

    def _show(self, data: ReviewData) -> None:
        self._busy = False
        self.refused_model.set_rows(data.refused)
        self.conflict_model.set_rows(data.conflicts)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        may = self._decider is not None and self._decider.may_decide and not self._busy
        waiting = may and not self.showing_dismissed and self.refused_model.rowCount() > 0
        self.retry_button.setEnabled(waiting)
        self.dismiss_button.setEnabled(waiting and bool(selected_rows(self.refused_view)))
        chosen = self._chosen_conflicts()
        self.keep_crm_button.setEnabled(may and bool(chosen))
        self.send_mine_button.setEnabled(may and bool(chosen) and all(c.decidable for c in chosen))

    def _chosen_conflicts(self) -> list[ConflictView]:
        return [self.conflict_model.row_at(r) for r in selected_rows(self.conflict_view)]

    @Slot()
    def retry_selected(self) -> None:
        chosen = [self.refused_model.row_at(r).id for r in selected_rows(self.refused_view)]
        if not chosen:
            chosen = [r.id for r in self.refused_model.rows()]
        store = self._store
        self._decide(lambda d: retry_review(store, chosen, **d))

    @Slot()
    def dismiss_selected(self) -> None:
        chosen = [self.refused_model.row_at(r).id for r in selected_rows(self.refused_view)]
        if chosen:  # never all at once by accident
            store = self._store
            self._decide(lambda d: dismiss_review(store, chosen, **d))

    @Slot()
    def keep_crm_selected(self) -> None:
        store, ids = self._store, [c.id for c in self._chosen_conflicts()]
        self._decide(lambda d: [keep_crm_value(store, i, **d) for i in ids])

    @Slot()
    def send_mine_selected(self) -> None:
        store, ids = self._store, [c.id for c in self._chosen_conflicts()]
        self._decide(lambda d: [send_local_value(store, i, **d) for i in ids])

    def _decide(self, work: Any) -> None:
        decider = self._decider
        if decider is None or self._busy:
            return
        self._busy = True
        self._update_buttons()
        who = {"actor_id": decider.volunteer_id, "station_id": decider.station_id}
        Op(self, lambda: work(who), runner=self._runner).success(self._decided).failure(
            self._refused
        ).run()

    def _decided(self, _result: object) -> None:
        self.notice.setText(self.tr("Decision saved."))
        announce(self, self.notice.text())
        self.reload()

    def _refused(self, error: Exception) -> None:
        if isinstance(error, UserError):
            self.notice.setText(translated(error))
            announce(self, self.notice.text())
        else:
            report_failure(self, error)
        self.reload()

    def _kind(self, item: ReviewItem) -> str:
        kinds = {
            "call_attempt": self.tr("A call"),
            "contact_do_not_call": self.tr("Do not call"),
            "phone_bad": self.tr("A wrong number"),
            "volunteer_status": self.tr("A volunteer's status"),
            "contact_update": self.tr("A contact's details"),
            "contact_resend": self.tr("A contact's details"),
        }
        return kinds.get(item.kind, item.kind)

    def _rule(self, conflict: ConflictView) -> str:
        rules = {
            "crm_wins_contact_details": self.tr("Contact details: the CRM wins"),
            "do_not_call_only_turns_on": self.tr("Do not call only turns on"),
            "opt_out_only_turns_on": self.tr("An opt-out only turns on"),
            "member_status_only_forward": self.tr("A member's status only moves forward"),
        }
        return rules.get(conflict.rule, conflict.rule)
