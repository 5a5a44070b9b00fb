"""The console's Contacts page: import contacts from a CSV file, export call results."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callcenter.db import Store
from callcenter.services.contact_import import ContactImportReport, campaign_choices
from callcenter.services.results_export import export_results_csv
from ui.data.import_dialog import ImportDialog
from ui.messages import report_failure
from ui.ops import Op, OpRunner
from ui.shiftlead.atomic_file import write_atomically


def export_results_file(store: Store, campaign_id: int, path: Path, actor_id: int | None) -> int:
    """Runs on the worker: the CSV appears complete or not at all."""
    written = 0

    def write(part: Path) -> None:
        nonlocal written
        with part.open("w", encoding="utf-8", newline="") as out:
            written = export_results_csv(store, campaign_id, out, actor_id=actor_id)

    write_atomically(path, write)
    return written


class DataPage(QWidget):
    """Emits ``status_message`` with one sentence after each import or export."""

    status_message = Signal(str)

    def __init__(
        self,
        store: Store,
        runner: OpRunner,
        *,
        actor_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dataPage")
        self._store, self._runner, self._actor_id = store, runner, actor_id
        self._campaigns: list[tuple[int, str, bool]] = []
        self.import_dialog: ImportDialog | None = None

        self.campaign_box = QComboBox()
        self.campaign_box.setAccessibleName(self.tr("Campaign"))
        self.import_button = QPushButton(self.tr("&Import contacts…"))
        self.import_button.setAccessibleName(self.tr("Import contacts from a CSV file"))
        self.import_button.clicked.connect(self.open_import)
        self.export_button = QPushButton(self.tr("E&xport results…"))
        self.export_button.setAccessibleName(self.tr("Export the campaign's call results as CSV"))
        self.export_button.clicked.connect(self.choose_export_file)
        explain = QLabel(
            self.tr(
                "Bring a list in from any CRM's CSV export, or take the calls, answers and "
                "notes out in a layout a CRM's bulk upload accepts."
            )
        )
        explain.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Campaign")))
        row.addWidget(self.campaign_box, 1)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addStretch(1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        store = self._store
        Op(self, lambda: campaign_choices(store), runner=self._runner).success(
            self._show_campaigns
        ).run()

    def _show_campaigns(self, campaigns: list[tuple[int, str, bool]]) -> None:
        chosen = self.campaign_box.currentData()
        self._campaigns = campaigns
        self.campaign_box.clear()
        for campaign_id, name, active in campaigns:
            label = name if active else self.tr("{name} (closed)").format(name=name)
            self.campaign_box.addItem(label, campaign_id)
        if chosen is not None and self.campaign_box.findData(chosen) >= 0:
            self.campaign_box.setCurrentIndex(self.campaign_box.findData(chosen))
        self.export_button.setEnabled(bool(campaigns))

    @Slot()
    def open_import(self) -> ImportDialog:
        dialog = ImportDialog(
            self._store, self._runner, self._campaigns, actor_id=self._actor_id, parent=self
        )
        index = dialog.campaign_box.findData(self.campaign_box.currentData())
        if index >= 0:
            dialog.campaign_box.setCurrentIndex(index)
        dialog.imported.connect(self._on_imported)
        dialog.finished.connect(self._forget_import_dialog)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _forget_import_dialog(self) -> None:
        self.import_dialog = None

    def _on_imported(self, report: ContactImportReport) -> None:
        self.status_message.emit(
            self.tr("Imported {file}: {added} added, {rejected} rows rejected.").format(
                file=report.source, added=report.added, rejected=report.rejected
            )
        )

    @Slot()
    def choose_export_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export call results"), "results.csv", self.tr("CSV files (*.csv)")
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        store, campaign_id, actor = self._store, self.campaign_box.currentData(), self._actor_id
        if campaign_id is None:
            return
        self.export_button.setEnabled(False)
        Op(
            self, lambda: export_results_file(store, campaign_id, path, actor), runner=self._runner
        ).success(lambda n: self._on_exported(path, n)).failure(self._on_export_failed).run()

    def _on_exported(self, path: Path, rows: int) -> None:
        self.export_button.setEnabled(True)
        self.status_message.emit(
            self.tr("Wrote {n} call results to {file}.").format(n=rows, file=str(path))
        )

    def _on_export_failed(self, error: Exception) -> None:
        self.export_button.setEnabled(True)
        report_failure(self, error)
