"""Codes and PINs shown once: print them or save them as PDF, then they are gone."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtGui import QFont
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from callcenter.errors import UserError
from callcenter.services.volunteers import IssuedCredential
from ui.messages import announce, report_failure
from ui.shiftlead.accessible_parts import name_view_parts
from ui.shiftlead.labels import plural
from ui.shiftlead.row_model import Column, RowTableModel
from ui.shiftlead.slip_sheets import paint_slips, write_slips_pdf


class SlipsDialog(QDialog):
    """Lists the new codes and PINs; closing it drops them from the window for good.

    ``pins_pending`` says the PINs are still being stored by a worker; the
    console calls :meth:`set_pins_ready` when they work.
    """

    def __init__(
        self,
        credentials: Sequence[IssuedCredential],
        *,
        pins_pending: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("slipsDialog")
        self._credentials: tuple[IssuedCredential, ...] = tuple(credentials)
        count = len(self._credentials)
        title = plural(
            count,
            self.tr("Code and PIN for {n} volunteer"),
            self.tr("Codes and PINs for {n} volunteers"),
        )
        self.setWindowTitle(title)
        heading = QLabel(title)
        heading.setObjectName("dialogTitle")
        note = QLabel(
            self.tr(
                "Shown once: print the slips or save them as PDF now. "
                "When you close this window the PINs are gone; a forgotten PIN needs a reset."
            )
        )
        note.setObjectName("dialogHint")
        note.setWordWrap(True)
        self.pins_status = QLabel()
        self.pins_status.setObjectName("pinsStatus")
        self.pins_status.setAccessibleName(self.tr("PIN status"))
        if pins_pending:
            self.set_pins_pending()
        else:
            self.set_pins_ready(count)

        # Codes and PINs are read aloud and copied by hand: a font where 0 and O differ.
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(14)
        mono.setBold(True)
        self.model: RowTableModel[IssuedCredential] = RowTableModel(
            [
                Column(self.tr("Name"), lambda c: c.name),
                Column(self.tr("Code"), lambda c: c.code, font=mono),
                Column(self.tr("PIN"), lambda c: c.pin, font=mono),
            ],
            row_id=lambda c: c.volunteer_id,
        )
        self.model.set_rows(self._credentials)
        self.table = QTableView()
        self.table.setObjectName("slipsTable")
        self.table.setAccessibleName(self.tr("New codes and PINs"))
        name_view_parts(self.table)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(32)

        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("secondaryButton")
        self.print_button.setAccessibleName(self.tr("Print slips"))
        self.print_button.clicked.connect(self.print_slips)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.pdf_button.setObjectName("secondaryButton")
        self.pdf_button.setAccessibleName(self.tr("Save slips as PDF"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("primaryButton")
        self.close_button.setAccessibleName(self.tr("Close and forget the PINs"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        for button in (self.print_button, self.pdf_button):
            button.setAutoDefault(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(self.pins_status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(560, min(260 + 30 * count, 620))
        self.print_button.setFocus()

    def credentials(self) -> tuple[IssuedCredential, ...]:
        return self._credentials

    def set_pins_pending(self) -> None:
        self.pins_status.setText(self.tr("Storing the PINs… they work in a few seconds."))

    def set_pins_ready(self, stored: int) -> None:
        text = plural(
            stored,
            self.tr("PIN ready: the volunteer can sign in now."),
            self.tr("PINs ready: all {n} volunteers can sign in now."),
        )
        self.pins_status.setText(text)
        announce(self.pins_status, text)

    @Slot()
    def print_slips(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Volunteer sign-in slips"))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print slips"))
        # The system print dialog is modal by nature; nothing else waits on it.
        if dialog.exec() == QDialog.DialogCode.Accepted:
            paint_slips(printer, self._credentials)

    @Slot()
    def save_pdf(self) -> None:
        suggested = f"slips-{datetime.now():%Y%m%d-%H%M}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save slips as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            pages = write_slips_pdf(path, self._credentials)
        except UserError as exc:
            report_failure(self, exc)
            return
        self.pins_status.setText(
            plural(
                pages,
                self.tr("Saved {n} page to {file}. It holds PINs: print it, then delete it."),
                self.tr("Saved {n} pages to {file}. It holds PINs: print it, then delete it."),
                file=path.name,
            )
        )

    def done(self, result: int) -> None:
        # Nothing of the PINs stays in this window once it is closed.
        self._credentials = ()
        self.model.set_rows(())
        super().done(result)
