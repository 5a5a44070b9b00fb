"""The contact's numbers: call, copy, or mark one wrong without dropping the contact."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from callcenter.services.contact_card import PhoneView
from ui.calls.labels import format_phone, phone_kind_label


class PhoneRow:
    """One number's widgets in the panel's grid; reused from contact to contact."""

    def __init__(self, panel: PhonesPanel, grid: QGridLayout, row: int) -> None:
        self.phone: PhoneView | None = None
        self.is_bad = False
        self.number = QLabel()
        self.number.setObjectName("phoneNumber")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = QLabel()
        self.kind.setObjectName("phoneKind")
        self.call = panel.button("callButton")
        self.copy = panel.button("phoneButton")
        self.wrong = panel.button("phoneButton")
        self.call.clicked.connect(lambda: panel.dial(self))
        self.copy.clicked.connect(lambda: panel.copy(self))
        self.wrong.clicked.connect(lambda: panel.mark_wrong(self))
        # Two lines per number (number and type; then its buttons) so the panel stays
        # narrow enough for large fonts.
        line = row * 2
        grid.addWidget(self.number, line, 0)
        grid.addWidget(self.kind, line, 1, 1, 3)
        grid.addWidget(self.call, line + 1, 0)
        grid.addWidget(self.copy, line + 1, 1)
        grid.addWidget(self.wrong, line + 1, 2)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.number, self.kind, self.call, self.copy, self.wrong)

    def set_visible(self, visible: bool) -> None:
        for widget in self.widgets():
            widget.setVisible(visible)


class PhonesPanel(QFrame):
    """Emits what the volunteer asked for; the calling page runs it."""

    dial_requested = Signal(int, str)  # phone id, E.164 number
    mark_wrong_requested = Signal(int)
    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phonesPanel")
        self._rows: list[PhoneRow] = []
        self.selected_phone_id: int | None = None

        title = QLabel(self.tr("Phone numbers"))
        title.setObjectName("panelTitle")
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(3, 1)
        self.none_label = QLabel(self.tr("No number left that may be called."))
        self.none_label.setObjectName("panelNote")
        self.none_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addLayout(self._grid)
        layout.addWidget(self.none_label)

    def button(self, name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def show_phones(self, phones: tuple[PhoneView, ...]) -> None:
        while len(self._rows) < len(phones):
            self._rows.append(PhoneRow(self, self._grid, len(self._rows)))
        first_callable = next((p.id for p in phones if p.callable), None)
        self.selected_phone_id = first_callable
        for row, phone in zip(self._rows, phones, strict=False):
            row.phone, row.is_bad = phone, phone.is_bad
            self._fill(row)
            row.set_visible(True)
        for row in self._rows[len(phones) :]:
            row.phone = None
            row.set_visible(False)
        self.none_label.setVisible(first_callable is None)

    def _fill(self, row: PhoneRow) -> None:
        phone = row.phone
        assert phone is not None
        shown = format_phone(phone.number_e164)
        first = phone.id == self.selected_phone_id
        row.number.setText(shown)
        row.number.setAccessibleName(shown)
        state = ""
        if row.is_bad:
            state = self.tr("wrong number")
        elif phone.do_not_call:
            state = self.tr("do not call")
        elif phone.attempts:
            state = self.tr("tried {n}×").format(n=phone.attempts)
        kind = phone_kind_label(phone.kind)
        row.kind.setText(f"{kind} · {state}" if state else kind)
        usable = not (row.is_bad or phone.do_not_call)
        if row.number.property("unusable") != (not usable):
            row.number.setProperty("unusable", not usable)
            # Re-apply the style sheet so the [unusable=...] selector takes effect.
            row.number.style().unpolish(row.number)
            row.number.style().polish(row.number)
        row.call.setText(self.tr("Call (Alt+C)") if first else self.tr("Call"))
        row.call.setAccessibleName(self.tr("Call {number}").format(number=shown))
        row.call.setEnabled(usable)
        row.copy.setText(self.tr("Copy"))
        row.copy.setAccessibleName(self.tr("Copy {number}").format(number=shown))
        row.wrong.setText(self.tr("Wrong number"))
        row.wrong.setAccessibleName(self.tr("Mark {number} as a wrong number").format(number=shown))
        row.wrong.setEnabled(not row.is_bad)

    def first_focusable(self) -> QWidget | None:
        return next((r.call for r in self._rows if r.phone and r.call.isEnabled()), None)

    def focus_chain(self) -> list[QWidget]:
        return [w for r in self._rows for w in (r.call, r.copy, r.wrong)]

    def dial_selected(self) -> None:
        row = next(
            (r for r in self._rows if r.phone and r.phone.id == self.selected_phone_id), None
        )
        if row is not None and row.call.isEnabled():
            self.dial(row)

    def dial(self, row: PhoneRow) -> None:
        if row.phone is None:
            return
        self._select(row.phone.id)
        self.dial_requested.emit(row.phone.id, row.phone.number_e164)

    def copy(self, row: PhoneRow) -> None:
        if row.phone is None:
            return
        self._select(row.phone.id)
        QGuiApplication.clipboard().setText(row.phone.number_e164)
        self.copied.emit(row.phone.number_e164)

    def _select(self, phone_id: int) -> None:
        """The number the call is recorded against (and that Alt+C dials)."""
        if phone_id != self.selected_phone_id:
            self.selected_phone_id = phone_id
            self._refill()

    def mark_wrong(self, row: PhoneRow) -> None:
        if row.phone is not None and not row.is_bad:
            self.mark_wrong_requested.emit(row.phone.id)

    def mark_bad(self, phone_id: int) -> None:
        """The core flagged the number: show it as wrong, move on to another number."""
        for row in self._rows:
            if row.phone is not None and row.phone.id == phone_id:
                row.is_bad = True
        if self.selected_phone_id == phone_id:
            self.selected_phone_id = next(
                (r.phone.id for r in self._rows if r.phone and r.phone.callable and not r.is_bad),
                None,
            )
        self._refill()
        self.none_label.setVisible(self.selected_phone_id is None)

    def _refill(self) -> None:
        for row in self._rows:
            if row.phone is not None:
                self._fill(row)
