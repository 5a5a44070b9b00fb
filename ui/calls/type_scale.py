"""Font sizes for the calling screens, relative to the application font.

The shared style sheet sizes text in pixels, which ignores a person's larger
system font.  Here every size is a multiple of the application font, so a
volunteer who reads at 200% gets the calling screens at 200%.  It is set as
the calling page's own style sheet, which Qt prefers over the application's.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication

# Multiples of the application font (9 pt on most desktops: body text at 15 px).
BODY = 1.25
SIZES: dict[str, float] = {
    "QLabel, QPushButton, QRadioButton, QLineEdit, QPlainTextEdit, QDateTimeEdit, QComboBox, "
    "QListWidget, QTableView, QHeaderView::section": BODY,
    "QLabel#panelNote, QLabel#scriptTrail, QLabel#historyText, QLabel#shiftFigure, "
    "QLabel#shiftTitle, QLabel#callTimerTitle, QLabel#languageBadge, QLabel#callbackBadge, "
    "QPushButton#phoneButton, QPushButton#callButton, QPushButton#linkButton, "
    "QLabel#phoneKind, QPushButton#resultButton": 1.1,
    "QLabel#panelTitle": 1.05,
    "QLabel#contactName, QLabel#callTimer, QLabel#pageTitle": 2.0,
    "QLabel#localTimeSign": 1.6,
    "QLabel#pronunciation, QLabel#scriptIntro, QLabel#questionPrompt, QLabel#scriptClosing, "
    "QLabel#localTime, QLabel#phoneNumber": 1.35,
    "QPushButton#callPrimary": 1.4,
}


def base_point_size(font: QFont | None = None) -> float:
    font = font or QApplication.font()
    if font.pointSizeF() > 0:
        return font.pointSizeF()
    # A pixel-sized font: convert at the screen's logical DPI.
    return QFontInfo(font).pixelSize() * 72 / 96


def type_scale_sheet(font: QFont | None = None) -> str:
    base = base_point_size(font)
    return "\n".join(
        f"{selectors} {{ font-size: {base * factor:.1f}pt; }}"
        for selectors, factor in SIZES.items()
    )
