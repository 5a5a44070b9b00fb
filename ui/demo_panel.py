"""The "Demo sign-in" panel: made-up credentials, shown only on a demo database."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.volunteer_labels import role_label, status_label


class DemoCredential(Protocol):
    """What the panel reads; ``callcenter.demo.DemoCredential`` fits."""

    @property
    def code(self) -> str: ...
    @property
    def pin(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def status(self) -> str: ...


class DemoSignInPanel(QFrame):
    """Lists demo volunteers; "Use" fills the sign-in form with one of them."""

    credential_chosen = Signal(str, str)  # code, PIN

    def __init__(
        self, credentials: Sequence[DemoCredential], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("demoPanel")
        self.setAccessibleName(self.tr("Demo sign-in"))

        title = QLabel(self.tr("Demo sign-in"))
        title.setObjectName("demoTitle")
        note = QLabel(
            self.tr(
                "This is a demo database with made-up volunteers. "
                "Each one shows a different kind of account."
            )
        )
        note.setObjectName("demoNote")
        note.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        headers = [
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Status"),
            self.tr("Code"),
            self.tr("PIN"),
        ]
        for column, text in enumerate(headers):
            header = QLabel(text)
            header.setObjectName("demoHeader")
            grid.addWidget(header, 0, column)
        self.use_buttons: list[QPushButton] = []
        for row, credential in enumerate(credentials, start=1):
            cells = [
                credential.name,
                role_label(credential.role),
                status_label(credential.status),
                credential.code,
                credential.pin,
            ]
            for column, text in enumerate(cells):
                cell = QLabel(text)
                cell.setObjectName("demoSecret" if column >= 3 else "demoCell")
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(cell, row, column)
            use = QPushButton(self.tr("Use"))
            use.setObjectName("demoUseButton")
            use.setAccessibleName(
                self.tr("Fill in the sign-in for {name}").format(name=credential.name)
            )
            use.setCursor(Qt.CursorShape.PointingHandCursor)
            # Default arguments bind this row's values, not the loop's last ones.
            use.clicked.connect(
                lambda _=False, c=credential.code, p=credential.pin: self.credential_chosen.emit(
                    c, p
                )
            )
            grid.addWidget(use, row, len(cells))
            self.use_buttons.append(use)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 22)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addSpacing(6)
        layout.addLayout(grid)
