"""Paper slips with a volunteer's code and PIN: eight to a page, with cut lines.

Painted with QPainter so the same code serves a printer and a PDF file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from callcenter.services.volunteers import IssuedCredential
from ui.shiftlead.atomic_file import write_atomically

COLUMNS = 2
ROWS = 4
SLIPS_PER_PAGE = COLUMNS * ROWS
PDF_DPI = 300
PAGE_MARGIN_MM = 10


def _font(points: float, *, bold: bool = False, mono: bool = False) -> QFont:
    font = QFont("DejaVu Sans Mono" if mono else "DejaVu Sans")
    if mono:
        font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def paint_slips(device: QPagedPaintDevice, credentials: Sequence[IssuedCredential]) -> int:
    """Paint every slip onto ``device`` (a QPrinter or QPdfWriter); returns the page count."""
    if not credentials:
        return 0
    painter = QPainter(device)
    try:
        page = QRectF(painter.viewport())
        width, height = page.width() / COLUMNS, page.height() / ROWS
        pages = 0
        for start in range(0, len(credentials), SLIPS_PER_PAGE):
            if start:
                device.newPage()
            pages += 1
            _paint_cut_lines(painter, page)
            for offset, cred in enumerate(credentials[start : start + SLIPS_PER_PAGE]):
                row, column = divmod(offset, COLUMNS)
                slip = QRectF(
                    page.left() + column * width, page.top() + row * height, width, height
                )
                _paint_slip(painter, slip, cred)
        return pages
    finally:
        painter.end()


def _paint_cut_lines(painter: QPainter, page: QRectF) -> None:
    pen = QPen(QColor("#9aa5b1"))
    pen.setStyle(Qt.PenStyle.DashLine)
    pen.setWidthF(max(page.width() / 1500, 1.0))
    painter.setPen(pen)
    for column in range(1, COLUMNS):
        x = page.left() + column * page.width() / COLUMNS
        painter.drawLine(int(x), int(page.top()), int(x), int(page.bottom()))
    for row in range(1, ROWS):
        y = page.top() + row * page.height() / ROWS
        painter.drawLine(int(page.left()), int(y), int(page.right()), int(y))


def _paint_slip(painter: QPainter, slip: QRectF, cred: IssuedCredential) -> None:
    pad = slip.width() * 0.06
    inner = slip.adjusted(pad, pad, -pad, -pad)
    ink, grey = QColor("#1f2933"), QColor("#52606d")
    line = inner.height() / 12

    def text(rect: QRectF, value: str, font: QFont, color: QColor, flags: int = 0) -> None:
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft) | flags, value)

    top = inner.top()
    text(
        QRectF(inner.left(), top, inner.width(), line),
        QCoreApplication.translate("SlipSheets", "Phone bank sign-in"),
        _font(8),
        grey,
    )
    top += line * 1.2
    text(
        QRectF(inner.left(), top, inner.width(), line * 1.5),
        cred.name,
        _font(12, bold=True),
        ink,
        int(Qt.TextFlag.TextSingleLine),
    )
    top += line * 1.9
    half = inner.width() / 2
    for column, (label, value) in enumerate(
        (
            (QCoreApplication.translate("SlipSheets", "Code"), cred.code),
            (QCoreApplication.translate("SlipSheets", "PIN"), cred.pin),
        )
    ):
        left = inner.left() + column * half
        text(QRectF(left, top, half, line), label, _font(8), grey)
        text(QRectF(left, top + line, half, line * 2), value, _font(18, bold=True, mono=True), ink)
    top += line * 3.4
    text(
        QRectF(inner.left(), top, inner.width(), inner.bottom() - top),
        QCoreApplication.translate(
            "SlipSheets",
            "At any workstation, type your code and your PIN on the sign-in screen "
            "and press Enter. Keep your PIN to yourself. Forgot it? A shift lead "
            "gives you a new one.",
        ),
        _font(8),
        grey,
        int(Qt.TextFlag.TextWordWrap),
    )


def _paper_size() -> QPageSize.PageSizeId:
    """Letter where people use it, A4 elsewhere."""
    if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


def write_slips_pdf(path: Path, credentials: Sequence[IssuedCredential]) -> int:
    """A PDF of the slips at ``path``, written all or nothing; returns the page count.

    Raises:
        UserError: the file could not be written.
    """
    pages = 0

    def write(part: Path) -> None:
        nonlocal pages
        writer = QPdfWriter(str(part))
        writer.setResolution(PDF_DPI)
        writer.setTitle(QCoreApplication.translate("SlipSheets", "Volunteer sign-in slips"))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(_paper_size()),
                QPageLayout.Orientation.Portrait,
                QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
                QPageLayout.Unit.Millimeter,
            )
        )
        pages = paint_slips(writer, credentials)
        del writer  # the file is finished when the writer goes away

    write_atomically(path, write)
    return pages
