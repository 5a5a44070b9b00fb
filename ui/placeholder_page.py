"""A calm page saying plainly that a part of the app is still to come."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    """Title and one honest sentence; no made-up data."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placeholderPage")
        heading = QLabel(title)
        heading.setObjectName("placeholderTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(explanation)
        text.setObjectName("placeholderText")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        text.setMaximumWidth(520)
        # Centred by stretches, not by an alignment flag: an aligned label is
        # sized to its one-line hint and its wrapped lines get cut off.
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(text, 2)
        text_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addStretch(2)
        layout.addWidget(heading)
        layout.addSpacing(12)
        layout.addLayout(text_row)
        layout.addStretch(3)
