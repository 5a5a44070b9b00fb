"""Importing contacts from a CSV file: choose it, check how it is read, map, import.

The core reads and imports (``callcenter.services.contact_import``); this dialog
shows what it detected and guessed, lets a person change it, and runs the import
on the database thread with a progress bar and a Cancel button that rolls
everything back.  No SQL and no rule lives here.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from callcenter.db import Store
from callcenter.errors import UserError
from callcenter.services.contact_import import (
    ContactImportReport,
    CsvPreview,
    ImportCancelled,
    ImportOptions,
    import_contacts,
    preview_contacts_file,
)
from callcenter.services.contact_mapping import TARGETS, mapping_json
from ui import formats
from ui.core_messages import translated
from ui.data.field_labels import field_labels
from ui.data.preview_model import PreviewModel
from ui.messages import announce, unexpected_error_text
from ui.ops import Op, OpRunner
from ui.shiftlead.accessible_parts import name_view_parts

PROBLEMS_SHOWN = 200


class _ProgressRelay(QObject):
    """Carries the import's progress from the database thread to the GUI thread."""

    moved = Signal(int, int, int)  # rows read, bytes read, bytes in the file


class ImportDialog(QDialog):
    """Emits ``imported`` with the report when an import went in."""

    imported = Signal(object)

    def __init__(
        self,
        store: Store,
        runner: OpRunner,
        campaigns: list[tuple[int, str, bool]],
        *,
        actor_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importContactsDialog")
        self.setWindowTitle(self.tr("Import contacts"))
        self._store, self._runner, self._actor_id = store, runner, actor_id
        self._path: Path | None = None
        self._preview: CsvPreview | None = None
        self._cancel: threading.Event | None = None
        self._relay = _ProgressRelay(self)
        self._relay.moved.connect(self._show_progress)
        self.field_boxes: list[QComboBox] = []

        self.file_field = QLineEdit()
        self.file_field.setReadOnly(True)
        self.file_field.setAccessibleName(self.tr("File to import"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.setAccessibleName(self.tr("Choose the file to import"))
        self.choose_button.clicked.connect(self.choose_file)
        self.encoding_box = self._combo(
            self.tr("Encoding"),
            [
                (self.tr("Detected"), None),
                ("UTF-8", "utf-8"),
                (self.tr("UTF-8 with BOM"), "utf-8-sig"),
                ("UTF-16", "utf-16"),
                (self.tr("Windows (Western)"), "cp1252"),
                ("Latin-1", "latin-1"),
            ],
        )
        self.delimiter_box = self._combo(
            self.tr("Separator"),
            [
                (self.tr("Detected"), None),
                (self.tr("Comma"), ","),
                (self.tr("Semicolon"), ";"),
                (self.tr("Tab"), "\t"),
            ],
        )
        for box in (self.encoding_box, self.delimiter_box):
            box.currentIndexChanged.connect(self._reload_preview)
        self.campaign_box = QComboBox()
        self.campaign_box.setAccessibleName(self.tr("Campaign"))
        for campaign_id, name, active in campaigns:
            label = name if active else self.tr("{name} (closed)").format(name=name)
            self.campaign_box.addItem(label, campaign_id)
        self.list_field = QLineEdit()
        self.list_field.setAccessibleName(self.tr("Call list"))
        self.region_field = QLineEdit("US")
        self.region_field.setMaxLength(2)
        self.region_field.setAccessibleName(self.tr("Region of numbers without a country code"))

        form = QFormLayout()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_field, 1)
        file_row.addWidget(self.choose_button)
        form.addRow(self.tr("File"), file_row)
        read_row = QHBoxLayout()
        read_row.addWidget(self.encoding_box)
        read_row.addWidget(self.delimiter_box)
        form.addRow(self.tr("Read as"), read_row)
        form.addRow(self.tr("Campaign"), self.campaign_box)
        form.addRow(self.tr("Call list"), self.list_field)
        form.addRow(self.tr("Phone region"), self.region_field)

        self.mapping_area = QScrollArea()
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setAccessibleName(self.tr("Columns and fields"))
        self.preview_model = PreviewModel(self)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setAccessibleName(self.tr("The first rows of the file"))
        self.preview_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        corner = self.preview_view.findChild(QAbstractButton)
        if corner is not None:  # the select-all button Qt puts between the headers
            corner.setAccessibleName(self.tr("Select the whole preview"))

        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Import progress"))
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.hide()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setObjectName("importSummary")
        self.problems_view = QPlainTextEdit()
        self.problems_view.setReadOnly(True)
        self.problems_view.setAccessibleName(self.tr("Rows that were rejected or changed"))
        self.problems_view.hide()
        for view in (self.mapping_area, self.preview_view, self.problems_view):
            name_view_parts(view)

        self.save_mapping_button = QPushButton(self.tr("&Save mapping…"))
        self.save_mapping_button.setAccessibleName(self.tr("Save the column mapping"))
        self.save_mapping_button.clicked.connect(self.choose_mapping_file)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setAccessibleName(self.tr("Import the contacts"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Cancel or close"))
        self.cancel_button.clicked.connect(self.cancel_or_close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_mapping_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Columns: what each one holds")))
        layout.addWidget(self.mapping_area, 2)
        layout.addWidget(QLabel(self.tr("Preview")))
        layout.addWidget(self.preview_view, 2)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems_view, 1)
        layout.addLayout(buttons)
        self.resize(900, 700)
        self._set_ready(False)

    def _combo(self, name: str, items: list[tuple[str, str | None]]) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        for label, value in items:
            box.addItem(label, value)
        return box

    # --- choosing and previewing --------------------------------------------------------

    @Slot()
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            "",
            self.tr("CSV or text files (*.csv *.txt *.tsv);;All files (*)"),
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        self._path = path
        self.file_field.setText(str(path))
        self.list_field.setText(path.stem[:120])
        self._reload_preview()

    @Slot()
    def _reload_preview(self) -> None:
        path = self._path
        if path is None:
            return
        encoding, delimiter = self.encoding_box.currentData(), self.delimiter_box.currentData()
        Op(
            self,
            lambda: preview_contacts_file(path, encoding=encoding, delimiter=delimiter),
            runner=self._runner,
        ).success(self._show_preview).failure(self._show_preview_error).run()

    def _show_preview(self, preview: CsvPreview) -> None:
        self._preview = preview
        self.encoding_box.setItemText(0, self.tr("Detected: {x}").format(x=preview.encoding))
        names = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}
        detected = names.get(preview.delimiter, preview.delimiter)
        self.delimiter_box.setItemText(0, self.tr("Detected: {x}").format(x=detected))
        self._build_mapping(preview)
        self.preview_model.set_rows(preview.header, preview.rows)
        self.summary_label.setText(
            self.tr("{n} columns; check what each one holds, then import.").format(
                n=len(preview.header)
            )
        )
        self._set_ready(True)

    def _show_preview_error(self, error: Exception) -> None:
        self._preview = None
        self.preview_model.set_rows([], [])
        self._set_ready(False)
        self._say(
            translated(error) if isinstance(error, UserError) else unexpected_error_text(error)
        )

    def _build_mapping(self, preview: CsvPreview) -> None:
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        self.field_boxes = []
        for index, header in enumerate(preview.header):
            label = QLabel(header or self.tr("(column {n})").format(n=index + 1))
            box = QComboBox()
            box.setAccessibleName(self.tr("Field for the column {name}").format(name=header))
            box.addItem(self.tr("(not imported)"), None)
            labels = field_labels()
            for target in TARGETS:
                box.addItem(labels.get(target, target), target)
            guessed = preview.guessed.get(index)
            box.setCurrentIndex(box.findData(guessed) if guessed else 0)
            samples = ", ".join(r[index] for r in preview.rows[:3] if index < len(r))
            sample_label = QLabel(samples[:80])
            sample_label.setTextFormat(Qt.TextFormat.PlainText)  # a cell is never markup
            label.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(label, index, 0)
            grid.addWidget(box, index, 1)
            grid.addWidget(sample_label, index, 2)
            self.field_boxes.append(box)
        self.mapping_area.setWidget(grid_host)

    def columns(self) -> dict[int, str]:
        """Column index -> field, as the boxes say now."""
        return {i: box.currentData() for i, box in enumerate(self.field_boxes) if box.currentData()}

    # --- importing ------------------------------------------------------------------------

    @Slot()
    def start_import(self) -> None:
        if self._path is None or self._preview is None or self._cancel is not None:
            return
        path, columns = self._path, self.columns()
        options = ImportOptions(
            campaign_id=self.campaign_box.currentData(),
            list_name=self.list_field.text().strip() or None,
            columns=columns,
            default_region=self.region_field.text().strip().upper() or None,
            encoding=self.encoding_box.currentData(),
            delimiter=self.delimiter_box.currentData(),
            actor_id=self._actor_id,
        )
        cancel = self._cancel = threading.Event()
        relay = self._relay.moved
        store = self._store
        self._set_running(True)
        self._say(self.tr("Importing {file}…").format(file=path.name))
        Op(
            self,
            lambda: import_contacts(store, path, options, progress=relay.emit, cancel=cancel),
            runner=self._runner,
        ).success(self._on_imported).failure(self._on_failed).run()

    @Slot(int, int, int)
    def _show_progress(self, rows: int, done: int, total: int) -> None:
        self.progress_bar.setValue(int(done * 1000 / total) if total else 0)
        self.progress_bar.setFormat(self.tr("{n} rows").format(n=formats.count(rows)))

    @Slot()
    def cancel_or_close(self) -> None:
        if self._cancel is not None:
            self._cancel.set()  # the core stops at its next chunk and rolls back
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Cancelling…"))
        else:
            self.reject()

    def _on_imported(self, report: ContactImportReport) -> None:
        self._set_running(False)
        self.progress_bar.setValue(1000)
        text = self.tr(
            "{file}: {added} added, {merged} merged with contacts already here, "
            "{again} repeated rows merged, {listed} already on a list of the campaign, "
            "{rejected} rows rejected, {warnings} values left out."
        ).format(
            file=report.source,
            added=report.added,
            merged=report.merged,
            again=report.merged_in_file,
            listed=report.already_listed,
            rejected=report.rejected,
            warnings=report.warnings,
        )
        if report.rejects_path is not None:
            text += " " + self.tr("Every problem is in {file}.").format(
                file=str(report.rejects_path)
            )
        self._say(text)
        self._show_problems(report)
        self.imported.emit(report)

    def _on_failed(self, error: Exception) -> None:
        self._set_running(False)
        self.progress_bar.hide()
        if isinstance(error, ImportCancelled):
            self._say(self.tr("Cancelled: nothing was imported."))
        elif isinstance(error, UserError):
            self._say(translated(error))
        else:
            self._say(unexpected_error_text(error))

    def _show_problems(self, report: ContactImportReport) -> None:
        lines = []
        for p in report.problems[:PROBLEMS_SHOWN]:
            outcome = self.tr("row not imported") if p.rejected else self.tr("value left out")
            where = (
                self.tr("Line {line}, column {column}").format(line=p.line, column=p.column)
                if p.column
                else self.tr("Line {line}").format(line=p.line)
            )
            lines.append(f"{where}: {translated(p.reason)} ({outcome})")
        self.problems_view.setPlainText("\n".join(lines))
        self.problems_view.setVisible(bool(lines))

    # --- saving the mapping -----------------------------------------------------------------

    @Slot()
    def choose_mapping_file(self) -> None:
        if self._preview is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the column mapping"),
            "mapping.json",
            self.tr("Mappings (*.json)"),
        )
        if name:
            self.save_mapping(Path(name))

    def save_mapping(self, path: Path) -> None:
        assert self._preview is not None
        text = mapping_json(
            self.columns(),
            self._preview.header,
            default_region=self.region_field.text().strip().upper() or None,
            encoding=self.encoding_box.currentData(),
            delimiter=self.delimiter_box.currentData(),
        )
        Op(self, lambda: path.write_text(text, encoding="utf-8"), runner=self._runner).success(
            lambda _: self._say(self.tr("Saved the mapping to {file}.").format(file=str(path)))
        ).run()

    # --- state ---------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.summary_label.setText(text)
        announce(self.summary_label, text)

    def _set_ready(self, ready: bool) -> None:
        self.import_button.setEnabled(ready and self.campaign_box.count() > 0)
        self.save_mapping_button.setEnabled(ready)

    def _set_running(self, running: bool) -> None:
        for widget in (
            self.choose_button,
            self.encoding_box,
            self.delimiter_box,
            self.campaign_box,
            self.list_field,
            self.region_field,
            self.mapping_area,
            self.import_button,
            self.save_mapping_button,
        ):
            widget.setEnabled(not running)
        self.progress_bar.setVisible(True)
        if running:
            self.progress_bar.setValue(0)
        else:
            self._cancel = None
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))
