"""A one-step confirmation for actions that sign people out, with an optional reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MAX_REASON_CHARS = 200


class ConfirmDialog(QDialog):
    """Enter confirms, Escape cancels; the reason goes to the audit log."""

    def __init__(
        self,
        title: str,
        explanation: str,
        confirm_text: str,
        *,
        ask_reason: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmDialog")
        self.setWindowTitle(title)
        heading = QLabel(title)
        heading.setObjectName("dialogTitle")
        heading.setWordWrap(True)
        text = QLabel(explanation)
        text.setObjectName("dialogHint")
        text.setWordWrap(True)
        self.reason_field = QLineEdit()
        self.reason_field.setAccessibleName(self.tr("Reason"))
        self.reason_field.setPlaceholderText(self.tr("Reason (optional, kept in the audit log)"))
        self.reason_field.setMaxLength(MAX_REASON_CHARS)
        self.reason_field.setVisible(ask_reason)

        buttons = QDialogButtonBox()
        self.confirm_button = QPushButton(confirm_text)
        self.confirm_button.setObjectName("dangerButton")
        self.confirm_button.setAccessibleName(confirm_text)
        self.confirm_button.setDefault(True)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(self.reason_field)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        (self.reason_field if ask_reason else self.confirm_button).setFocus()

    def reason(self) -> str:
        return self.reason_field.text().strip()
