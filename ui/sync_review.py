"""What the CRM refused and where both sides changed a record: shown with the CRM's words.

Refused rows can be sent again from here once the cause is fixed in the CRM;
dismissing one is a shift lead's decision (``callcenter crm review --dismiss``).
Conflicts were already decided by the rules; they are listed so a person sees
the value that lost.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from callcenter.db import Store
from callcenter.services.conflicts import ConflictView, open_conflicts
from callcenter.services.outbox import ReviewItem, retry_review, review_queue
from ui.core_messages import translated
from ui.ops import Op, OpRunner
from ui.shiftlead.labels import local_time
from ui.shiftlead.row_model import Column, RowTableModel, selected_rows


@dataclass(frozen=True)
class ReviewData:
    refused: list[ReviewItem]
    conflicts: list[ConflictView]


def load_review(store: Store) -> ReviewData:
    return ReviewData(review_queue(store), open_conflicts(store))


class SyncReviewDialog(QDialog):
    def __init__(self, store: Store, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncReviewDialog")
        self.setWindowTitle(self.tr("Sync: to review"))
        self._store = store
        self._runner = runner
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
                Column(self.tr("Field"), lambda c: c.field),
                Column(self.tr("Kept"), lambda c: c.crm_value or ""),
                Column(self.tr("Not kept"), lambda c: c.local_value or ""),
                Column(self.tr("Rule"), self._rule),
            ],
            row_id=lambda c: c.id,
        )
        self.refused_view = self._table(self.refused_model, self.tr("Refused by the CRM"))
        self.conflict_view = self._table(self.conflict_model, self.tr("Conflicts"))
        self.retry_button = QPushButton(self.tr("Send again"))
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setToolTip(self.tr("Send the selected rows at the next sync"))
        self.retry_button.clicked.connect(self.retry_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Refused by the CRM")))
        layout.addWidget(self.refused_view)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(self.tr("Conflicts (decided by the rules; the value not kept)")))
        layout.addWidget(self.conflict_view)
        layout.addWidget(buttons)
        self.resize(820, 520)
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

    @Slot()
    def reload(self) -> None:
        store = self._store
        Op(self, lambda: load_review(store), runner=self._runner).success(self._show).run()

    def _show(self, data: ReviewData) -> None:
        self.refused_model.set_rows(data.refused)
        self.conflict_model.set_rows(data.conflicts)
        self.retry_button.setEnabled(bool(data.refused))

    @Slot()
    def retry_selected(self) -> None:
        chosen = [self.refused_model.row_at(r).id for r in selected_rows(self.refused_view)]
        if not chosen:
            chosen = [r.id for r in self.refused_model.rows()]
        store = self._store
        Op(self, lambda: retry_review(store, chosen), runner=self._runner).success(
            lambda _n: self.reload()
        ).run()

    def _kind(self, item: ReviewItem) -> str:
        kinds = {
            "call_attempt": self.tr("A call"),
            "contact_do_not_call": self.tr("Do not call"),
            "phone_bad": self.tr("A wrong number"),
            "volunteer_status": self.tr("A volunteer's status"),
            "contact_update": self.tr("A contact's details"),
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
