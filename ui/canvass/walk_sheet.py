"""Walk sheets: the turf on paper, in walk order, with boxes to tick at each door.

One section per street; each household with its people; per person a box for
each door result and, for each script question, a box per answer; a line for
notes.  Every page repeats the header (turf, page x of y) and the key to the
boxes, so a sheet that comes back alone can still be keyed in.  Painted with
QPainter: the same code serves a printer and a PDF file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from callcenter.errors import UserError
from callcenter.services.canvass.walk_list import WalkHousehold, WalkList, WalkPerson
from callcenter.services.scripts import pick_language, render
from ui import formats
from ui.messages import report_failure
from ui.shiftlead.atomic_file import write_atomically
from ui.shiftlead.labels import plural
from ui.shiftlead.slip_sheets import _paper_size  # Letter or A4 by locale, as the slips

PDF_DPI = 300
PAGE_MARGIN_MM = 12
INK, GREY, RULE = QColor("#1f2933"), QColor("#52606d"), QColor("#9aa5b1")


def _font(points: float, *, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


@dataclass
class _Block:
    """Something placed on a page: a street heading or a household with its people."""

    height: float
    paint: Callable[[QPainter, float], None]
    street: str
    is_heading: bool = False


class _Sheet:
    """Measures and paints in device pixels; ``mm`` converts from millimetres."""

    def __init__(self, painter: QPainter, walk: WalkList, language: str) -> None:
        self.painter = painter
        self.walk = walk
        self.language = language
        self.page = QRectF(painter.viewport())
        self.mm = self.page.width() / max(painter.device().widthMM(), 1)
        self.body = _font(9)
        self.bold = _font(9, bold=True)
        self.small = _font(7)
        self.heading = _font(11, bold=True)
        self.line = QFontMetricsF(self.body, painter.device()).height() * 1.35
        self.box = self.line * 0.62
        self.questions = walk.script.questions if walk.script else ()
        self.box_left = self.page.left() + self.mm * 58  # right of the names
        self.box_rows = self._pack_box_groups()
        # A person: one line per row of boxes, then the notes line.
        self.person_height = self.line * (len(self.box_rows) + 1)

    # --- measuring -----------------------------------------------------------------------

    def header_height(self) -> float:
        return self.line * (3.4 + len(self.questions) * 0.8)

    def blocks(self) -> list[_Block]:
        blocks: list[_Block] = []
        for street in self.walk.streets:
            first = street.households[0]
            title = street.name or QCoreApplication.translate("WalkSheet", "No street")
            if first.postal_code:
                title += f" · {first.postal_code}"
            blocks.append(self.street_heading(title))
            blocks.extend(
                _Block(
                    self.line * 1.25 + self.person_height * len(h.people),
                    self._household_painter(h),
                    title,
                )
                for h in street.households
            )
        return blocks

    def _box_groups(self) -> list[tuple[str, list[str]]]:
        """("", door result keys), then ("Q1", answer numbers) per question."""
        groups = [("", [d.key for d in self.walk.door_results])]
        groups += [
            (f"Q{n}", [str(i) for i in range(1, len(q.answers) + 1)])
            for n, q in enumerate(self.questions, start=1)
        ]
        return groups

    def _group_width(self, label: str, boxes: list[str]) -> float:
        metrics = QFontMetricsF(self.small, self.painter.device())
        width = metrics.horizontalAdvance(label) + self.mm * 1.5 if label else 0.0
        for box in boxes:
            width += self.box + self.mm * 0.8 + metrics.horizontalAdvance(box) + 2 + self.mm * 2
        return width

    def _pack_box_groups(self) -> list[list[tuple[str, list[str]]]]:
        """Groups of boxes in rows that fit the page: a long script wraps, never clips."""
        room = self.page.right() - self.box_left
        rows: list[list[tuple[str, list[str]]]] = [[]]
        used = 0.0
        for group in self._box_groups():
            width = self._group_width(*group)
            if rows[-1] and used + width > room:
                rows.append([])
                used = 0.0
            rows[-1].append(group)
            used += width
        return rows

    def street_heading(self, title: str) -> _Block:
        return _Block(self.line * 1.6, self._street_painter(title), title, is_heading=True)

    # --- painting ------------------------------------------------------------------------

    def text(self, x: float, y: float, value: str, font: QFont, color: QColor = INK) -> float:
        """Draw one line at (x, baseline-ish y); returns its width."""
        self.painter.setFont(font)
        self.painter.setPen(color)
        metrics = QFontMetricsF(font, self.painter.device())
        rect = QRectF(x, y, metrics.horizontalAdvance(value) + 2, self.line)
        self.painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter), value)
        return rect.width()

    def boxes(self, x: float, y: float, labels: list[str]) -> float:
        """Tick boxes with a number beside each; returns where they end."""
        pen = QPen(INK)
        pen.setWidthF(max(self.mm * 0.25, 1.0))
        for label in labels:
            self.painter.setPen(pen)
            self.painter.setBrush(Qt.BrushStyle.NoBrush)
            top = y + (self.line - self.box) / 2
            self.painter.drawRect(QRectF(x, top, self.box, self.box))
            x += self.box + self.mm * 0.8
            x += self.text(x, y, label, self.small, GREY) + self.mm * 2
        return x

    def paint_header(self, page_no: int, pages: int) -> float:
        left, top, width = self.page.left(), self.page.top(), self.page.width()
        checkout = self.walk.checkout
        self.text(
            left,
            top,
            QCoreApplication.translate("WalkSheet", "Walk sheet: {name}").format(
                name=checkout.name
            ),
            self.heading,
        )
        page_text = QCoreApplication.translate("WalkSheet", "Page {n} of {total}").format(
            n=page_no, total=pages
        )
        metrics = QFontMetricsF(self.body, self.painter.device())
        self.text(
            left + width - metrics.horizontalAdvance(page_text) - 2, top, page_text, self.body
        )
        y = top + self.line * 1.2
        self.text(
            left,
            y,
            QCoreApplication.translate(
                "WalkSheet", "{campaign} · checked out until {until}"
            ).format(
                campaign=checkout.campaign_name,
                until=formats.date_time(checkout.expires_at.astimezone()),
            ),
            self.small,
            GREY,
        )
        y += self.line * 0.9
        results = "   ".join(
            f"{d.key} {pick_language(d.label, self.language)}" for d in self.walk.door_results
        )
        self.text(
            left,
            y,
            QCoreApplication.translate("WalkSheet", "Door: {results}").format(results=results),
            self.small,
        )
        for number, question in enumerate(self.questions, start=1):
            y += self.line * 0.8
            answers = "   ".join(
                f"{i} {pick_language(a.label, self.language)}"
                for i, a in enumerate(question.answers, start=1)
            )
            # Fields like {first_name} differ per person: shown as [first_name] to fill in.
            prompt = render(pick_language(question.prompt, self.language), {})
            legend = QFontMetricsF(self.small, self.painter.device()).elidedText(
                f"Q{number} {prompt}  —  {answers}", Qt.TextElideMode.ElideRight, width
            )
            self.text(left, y, legend, self.small)
        y += self.line * 1.1
        self.painter.setPen(QPen(RULE))
        self.painter.drawLine(int(left), int(y), int(left + width), int(y))
        return y + self.line * 0.3

    def _street_painter(self, title: str) -> Callable[[QPainter, float], None]:
        def paint(_painter: QPainter, y: float) -> None:
            self.text(self.page.left(), y + self.line * 0.3, title, self.heading)

        return paint

    def _household_painter(self, household: WalkHousehold) -> Callable[[QPainter, float], None]:
        def paint(_painter: QPainter, y: float) -> None:
            left = self.page.left()
            self.text(
                left + self.mm * 2,
                y,
                household.house_label or QCoreApplication.translate("WalkSheet", "(no address)"),
                self.bold,
            )
            y += self.line * 1.1
            for person in household.people:
                self._paint_person(person, left + self.mm * 6, y)
                y += self.person_height

        return paint

    def _paint_person(self, person: WalkPerson, x: float, y: float) -> None:
        self.text(x, y, f"{person.walk_position + 1}.", self.small, GREY)
        age = ""
        if person.birth_year:
            age = f" ({self.walk.checkout.checked_out_at.year - person.birth_year})"
        width = self.text(x + self.mm * 8, y, person.name + age, self.body)
        if person.result_code:  # a second pass: what the first one found
            label = pick_language(person.result_label, self.language) or person.result_code
            self.text(x + self.mm * 9 + width, y, label, self.small, GREY)
        row_y = y
        for row in self.box_rows:
            end = self.box_left
            for label, boxes in row:
                if label:
                    end += self.text(end, row_y, label, self.small, GREY) + self.mm
                end = self.boxes(end, row_y, boxes)
            row_y += self.line
        # The last line: notes.
        note_y = row_y + self.line * 0.55
        self.text(
            x + self.mm * 8,
            row_y - self.line * 0.2,
            QCoreApplication.translate("WalkSheet", "Notes"),
            self.small,
            GREY,
        )
        self.painter.setPen(QPen(RULE))
        self.painter.drawLine(
            int(x + self.mm * 20), int(note_y), int(self.page.right()), int(note_y)
        )


def paint_walk_sheets(device: QPagedPaintDevice, walk: WalkList, language: str = "en") -> int:
    """Paint the turf's walk sheets onto ``device`` (printer or PDF); returns the page count."""
    painter = QPainter(device)
    try:
        sheet = _Sheet(painter, walk, language)
        usable = sheet.page.height() - sheet.header_height()
        pages: list[list[_Block]] = [[]]
        for block in sheet.blocks():
            if pages[-1] and sum(b.height for b in pages[-1]) + block.height > usable:
                # A street heading never ends a page alone; a street that goes on says so.
                carried = [pages[-1].pop()] if pages[-1][-1].is_heading else []
                if not carried and not block.is_heading:
                    continued = QCoreApplication.translate(
                        "WalkSheet", "{street} (continued)"
                    ).format(street=block.street)
                    carried = [sheet.street_heading(continued)]
                pages.append(carried)
            pages[-1].append(block)
        for number, page in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            y = sheet.paint_header(number, len(pages))
            for block in page:
                block.paint(painter, y)
                y += block.height
        return len(pages)
    finally:
        painter.end()


def write_walk_sheets_pdf(path: Path, walk: WalkList, language: str = "en") -> int:
    """A PDF of the walk sheets at ``path``, written all or nothing; returns the page count.

    Raises:
        UserError: the file could not be written.
    """
    pages = 0

    def write(part: Path) -> None:
        nonlocal pages
        writer = QPdfWriter(str(part))
        writer.setResolution(PDF_DPI)
        writer.setTitle(
            QCoreApplication.translate("WalkSheet", "Walk sheets: {name}").format(
                name=walk.checkout.name
            )
        )
        margin = QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(_paper_size()),
                QPageLayout.Orientation.Portrait,
                margin,
                QPageLayout.Unit.Millimeter,
            )
        )
        pages = paint_walk_sheets(writer, walk, language)
        del writer  # the file is finished when the writer goes away

    write_atomically(path, write)
    return pages


def save_walk_sheets_as(parent: QWidget, walk: WalkList, language: str = "en") -> str | None:
    """Ask where, write the PDF; returns what to tell the person (None: they cancelled)."""
    suggested = f"walk-sheets-{walk.checkout.uid[-6:].lower()}.pdf"
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("WalkSheet", "Save walk sheets as PDF"),
        suggested,
        QCoreApplication.translate("WalkSheet", "PDF files (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        pages = write_walk_sheets_pdf(path, walk, language)
    except UserError as exc:
        report_failure(parent, exc)
        return None
    return plural(
        pages,
        QCoreApplication.translate("WalkSheet", "Saved {n} page of walk sheets to {file}."),
        QCoreApplication.translate("WalkSheet", "Saved {n} pages of walk sheets to {file}."),
        file=path.name,
    )


def print_walk_sheets(parent: QWidget, walk: WalkList, language: str = "en") -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(
        QCoreApplication.translate("WalkSheet", "Walk sheets: {name}").format(
            name=walk.checkout.name
        )
    )
    dialog = QPrintDialog(printer, parent)
    # The system print dialog is modal by nature; nothing else waits on it.
    if dialog.exec() == QDialog.DialogCode.Accepted:
        paint_walk_sheets(printer, walk, language)
