"""The volunteer's own numbers this shift: calls, people reached, time on calls, pace."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from callcenter.services.shift_stats import ShiftNumbers
from ui import formats
from ui.calls.labels import format_duration


class ShiftNumbersBar(QFrame):
    """Four figures, each a label with its own accessible name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftNumbers")
        title = QLabel(self.tr("Your shift"))
        title.setObjectName("shiftTitle")
        self.calls_label = self._figure()
        self.contacts_label = self._figure()
        self.time_label = self._figure()
        self.pace_label = self._figure()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 6, 20, 6)
        layout.setSpacing(22)
        layout.addWidget(title)
        for label in (self.calls_label, self.contacts_label, self.time_label, self.pace_label):
            layout.addWidget(label)
        layout.addStretch(1)
        self.show_numbers(ShiftNumbers(0, 0, 0, 0.0))

    def _figure(self) -> QLabel:
        label = QLabel()
        label.setObjectName("shiftFigure")
        return label

    def show_numbers(self, numbers: ShiftNumbers) -> None:
        self.calls_label.setText(self.tr("Calls: {n}").format(n=numbers.calls))
        self.contacts_label.setText(self.tr("Reached: {n}").format(n=numbers.contacts))
        self.time_label.setText(
            self.tr("On calls: {time}").format(time=format_duration(numbers.seconds_on_calls))
        )
        self.pace_label.setText(
            self.tr("Pace: {pace} calls/hour").format(
                pace=formats.decimal(numbers.calls_per_hour, 1)
            )
        )
        for label in (self.calls_label, self.contacts_label, self.time_label, self.pace_label):
            label.setAccessibleName(label.text())
