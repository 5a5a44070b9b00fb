"""Registering a walk-in at the door: a name is enough, the rest is optional."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from callcenter.services.volunteer_import import parse_languages
from ui.core_messages import sentence, translated


@dataclass(frozen=True)
class WalkIn:
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    languages: tuple[str, ...]


class WalkInForm(QGroupBox):
    """Enter in any field submits; the core checks the names and the email."""

    submitted = Signal(object)  # WalkIn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Walk-in"), parent)
        self.setObjectName("walkInForm")
        self.setAccessibleName(self.tr("Register a walk-in"))
        self.first_field = self._field(self.tr("First name"))
        self.last_field = self._field(self.tr("Last name"))
        self.email_field = self._field(self.tr("Email (optional)"))
        self.phone_field = self._field(self.tr("Phone (optional)"))
        self.languages_field = self._field(self.tr("Languages"))
        self.languages_field.setText("en")
        self.languages_field.setToolTip(self.tr("Language codes, e.g. en, de, fr"))

        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.add_button = QPushButton(self.tr("&Add to queue"))
        self.add_button.setObjectName("secondaryButton")
        self.add_button.setAccessibleName(self.tr("Add walk-in to the queue"))
        self.add_button.clicked.connect(self.submit)

        form = QFormLayout(self)
        form.setContentsMargins(14, 18, 14, 14)
        for label, field in (
            (self.tr("&First name"), self.first_field),
            (self.tr("La&st name"), self.last_field),
            (self.tr("E&mail"), self.email_field),
            (self.tr("P&hone"), self.phone_field),
            (self.tr("Lan&guages"), self.languages_field),
        ):
            buddy = QLabel(label)
            buddy.setBuddy(field)
            form.addRow(buddy, field)
        form.addRow(self.error_label)
        form.addRow(self.add_button)

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setAccessibleName(name)
        field.returnPressed.connect(self.submit)
        return field

    @Slot()
    def submit(self) -> None:
        languages, why = parse_languages(self.languages_field.text())
        if languages is None:
            self.show_error(sentence(translated(why)))
            self.languages_field.setFocus()
            return
        self.show_error("")
        self.submitted.emit(
            WalkIn(
                first_name=self.first_field.text(),
                last_name=self.last_field.text(),
                email=self.email_field.text().strip() or None,
                phone=self.phone_field.text().strip() or None,
                languages=languages,
            )
        )

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setAccessibleDescription(text)
        self.error_label.setVisible(bool(text))

    def clear(self) -> None:
        """Ready for the next person in line."""
        for field in (self.first_field, self.last_field, self.email_field, self.phone_field):
            field.clear()
        self.languages_field.setText("en")
        self.show_error("")
