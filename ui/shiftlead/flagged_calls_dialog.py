"""The calls behind a data-quality flag, so a lead can judge it before talking to anyone."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from callcenter.services.room import FlaggedCall, QualityFlag, calls_behind
from ui.core_messages import translated
from ui.ops import Op
from ui.shiftlead.accessible_parts import name_view_parts
from ui.shiftlead.context import ConsoleContext
from ui.shiftlead.labels import flag_kind_label, local_time
from ui.shiftlead.row_model import Column, RowTableModel


class FlaggedCallsDialog(QDialog):
    """Loads the calls on the worker when it opens."""

    def __init__(
        self,
        ctx: ConsoleContext,
        flag: QualityFlag,
        since: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("flaggedCallsDialog")
        self._ctx = ctx
        title = self.tr("{name}: {kind}").format(
            name=flag.volunteer_name, kind=flag_kind_label(flag.kind)
        )
        self.setWindowTitle(title)
        heading = QLabel(title)
        heading.setObjectName("dialogTitle")
        detail = QLabel(translated(flag.message))
        detail.setObjectName("dialogHint")
        self.count_label = QLabel(self.tr("Loading the calls…"))
        self.count_label.setObjectName("sectionHint")
        self.model: RowTableModel[FlaggedCall] = RowTableModel(
            [
                Column(self.tr("Ended"), lambda c: local_time(c.ended_at)),
                Column(self.tr("Seconds"), lambda c: str(c.duration_s), align_right=True),
                Column(self.tr("Result"), lambda c: c.result_code),
                Column(self.tr("Notes"), lambda c: c.notes.replace("\n", " ")),
            ],
            row_id=lambda c: c.attempt_id,
        )
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Calls behind the flag"))
        name_view_parts(self.table)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(heading)
        layout.addWidget(detail)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)
        store = ctx.store
        Op(self, lambda: calls_behind(store, flag, since), runner=ctx.runner).success(
            self._show_calls
        ).run()

    def _show_calls(self, calls: list[FlaggedCall]) -> None:
        self.model.set_rows(calls)
        self.table.resizeColumnsToContents()
        self.count_label.setText(self.tr("{n} calls, newest first.").format(n=len(calls)))
