"""The sign-in page: volunteer code and PIN, checked by the core off the GUI thread.

It is the app's first window and is painted before the store is open: the volunteer
types the code and PIN meanwhile, and a sign-in asked for before the store is ready
goes ahead as soon as it is (see ``attach_store``).  Nothing here imports the database
layer at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression, Qt, Signal, Slot
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callcenter.errors import UserError
from ui.messages import announce, report_failure
from ui.ops import Op, OpRunner

if TYPE_CHECKING:
    from callcenter.db import Store
    from callcenter.services.auth import SignedIn
    from ui.demo_panel import DemoCredential, DemoSignInPanel

# Long enough for any code with stray dashes or spaces; the core normalises it.
MAX_CODE_CHARS = 20
MAX_PIN_DIGITS = 12
# Read at arm's length in a noisy room, even without the style sheet.
FIELD_POINT_SIZE = 20


class SignInPage(QWidget):
    """Code and PIN form; emits ``signed_in`` with the core's ``SignedIn``."""

    signed_in = Signal(object)

    def __init__(
        self,
        store: Store | None,
        runner: OpRunner,
        demo_credentials: Sequence[DemoCredential] | None = None,
        *,
        station_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInPage")
        self._store = store
        self._runner = runner
        self._station_id = station_id
        self._busy = False
        # Sign-in asked for while the store was still opening.
        self._waiting_for_store = False

        title = QLabel(self.tr("Sign in"))
        title.setObjectName("pageTitle")
        hint = QLabel(self.tr("Type the code and PIN from your slip."))
        hint.setObjectName("pageHint")
        hint.setWordWrap(True)

        self.code_field = QLineEdit()
        self.code_field.setObjectName("codeField")
        self.code_field.setAccessibleName(self.tr("Volunteer code"))
        self.code_field.setMaxLength(MAX_CODE_CHARS)
        self.code_field.setInputMethodHints(
            Qt.InputMethodHint.ImhPreferUppercase | Qt.InputMethodHint.ImhNoPredictiveText
        )
        code_label = QLabel(self.tr("&Volunteer code"))
        code_label.setObjectName("fieldLabel")
        code_label.setBuddy(self.code_field)

        self.pin_field = QLineEdit()
        self.pin_field.setObjectName("pinField")
        self.pin_field.setAccessibleName(self.tr("PIN"))
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setMaxLength(MAX_PIN_DIGITS)
        self.pin_field.setValidator(
            QRegularExpressionValidator(QRegularExpression("[0-9]*"), self.pin_field)
        )
        self.pin_field.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
        )
        pin_label = QLabel(self.tr("&PIN"))
        pin_label.setObjectName("fieldLabel")
        pin_label.setBuddy(self.pin_field)

        for field in (self.code_field, self.pin_field):
            font = QFont(field.font())
            font.setPointSize(FIELD_POINT_SIZE)
            field.setFont(font)
            field.returnPressed.connect(self.submit)
        # Codes are printed in capitals; show them that way whatever is typed.
        code_font = self.code_field.font()
        code_font.setCapitalization(QFont.Capitalization.AllUppercase)
        self.code_field.setFont(code_font)

        self.error_label = QLabel()
        self.error_label.setObjectName("signInError")
        self.error_label.setAccessibleName(self.tr("Sign-in problem"))
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        # Shown while the store opens (a second or so); the form can be filled meanwhile.
        self.opening_label = QLabel(self.tr("Opening the database…"))
        self.opening_label.setObjectName("pageHint")
        self.opening_label.setVisible(store is None)

        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("primaryButton")
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        # Outside a dialog Enter only clicks a focused button that is auto-default.
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setAutoDefault(True)
        self.sign_in_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.sign_in_button.clicked.connect(self.submit)

        card = QFrame()
        card.setObjectName("card")
        form = QVBoxLayout(card)
        form.setContentsMargins(36, 32, 36, 36)
        form.setSpacing(8)
        form.addWidget(title)
        form.addWidget(hint)
        form.addSpacing(18)
        form.addWidget(code_label)
        form.addWidget(self.code_field)
        form.addSpacing(12)
        form.addWidget(pin_label)
        form.addWidget(self.pin_field)
        form.addSpacing(12)
        form.addWidget(self.error_label)
        form.addWidget(self.opening_label)
        form.addSpacing(8)
        form.addWidget(self.sign_in_button)
        card.setFixedWidth(420)

        row = QHBoxLayout()
        row.setSpacing(40)
        row.addStretch(1)
        row.addWidget(card, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch(1)
        self._row = row
        self.demo_panel: DemoSignInPanel | None = None
        self.show_demo_credentials(demo_credentials)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        QWidget.setTabOrder(self.code_field, self.pin_field)
        QWidget.setTabOrder(self.pin_field, self.sign_in_button)
        self.setFocusProxy(self.code_field)

    def show_demo_credentials(self, credentials: Sequence[DemoCredential] | None) -> None:
        """The demo panel beside the form; credentials only ever come from a demo database."""
        if credentials is None or self.demo_panel is not None:
            return
        from ui.demo_panel import DemoSignInPanel

        self.demo_panel = DemoSignInPanel(credentials)
        self.demo_panel.credential_chosen.connect(self._fill_in)
        self.demo_panel.setEnabled(not self._busy)
        # Between the form and the trailing stretch.
        self._row.insertWidget(2, self.demo_panel, 0, Qt.AlignmentFlag.AlignVCenter)

    def attach_store(
        self,
        store: Store,
        station_id: int | None,
        demo_credentials: Sequence[DemoCredential] | None = None,
    ) -> None:
        """The store is open: sign-in works now (at once if it was already asked for)."""
        self._store = store
        self._station_id = station_id
        self.opening_label.hide()
        self.show_demo_credentials(demo_credentials)
        if self._waiting_for_store:
            self._waiting_for_store = False
            self._busy = False
            self.submit()

    def show_store_failure(self, text: str) -> None:
        """The store could not be opened: say why here, and take no sign-in."""
        self._waiting_for_store = False
        self._busy = True  # nothing to sign in to
        self.opening_label.hide()
        for widget in (self.code_field, self.pin_field, self.sign_in_button):
            widget.setEnabled(False)
        self._show_error(text)

    def take_over(self, old: SignInPage) -> None:
        """Carry over what was typed on the page this one replaces (built again in
        another language) and, if Sign in was pressed there, press it here."""
        self.code_field.setText(old.code_field.text())
        self.pin_field.setText(old.pin_field.text())
        if old._waiting_for_store:
            self.submit()

    def is_ready(self) -> bool:
        return self._store is not None

    def is_busy(self) -> bool:
        return self._busy

    @Slot()
    def submit(self) -> None:
        """Ask the core to sign in with what was typed (once the store is open)."""
        if self._busy:
            return
        self._show_error("")
        self._set_busy(True)
        store, station_id = self._store, self._station_id
        if store is None:
            self._waiting_for_store = True
            return
        code, pin = self.code_field.text(), self.pin_field.text()

        def sign_in() -> SignedIn:
            from callcenter.services import auth

            return auth.sign_in(store, code, pin, station_id=station_id)

        Op(self, sign_in, runner=self._runner).success(self._on_signed_in).failure(
            self._on_refused
        ).run()

    @Slot()
    def reset(self) -> None:
        """Empty the form for the next person at this workstation."""
        self._waiting_for_store = False
        self.code_field.clear()
        self.pin_field.clear()
        self._show_error("")
        self._set_busy(False)
        self.code_field.setFocus()

    def _on_signed_in(self, signed_in: SignedIn) -> None:
        self._set_busy(False)
        # The PIN must not linger in the form once someone is signed in.
        self.code_field.clear()
        self.pin_field.clear()
        self.signed_in.emit(signed_in)

    def _on_refused(self, error: Exception) -> None:
        self._set_busy(False)
        self.pin_field.clear()
        (self.pin_field if self.code_field.text().strip() else self.code_field).setFocus()
        if isinstance(error, UserError):
            from ui.core_messages import translated  # its patterns: only on a refusal

            self._show_error(translated(error))
        else:
            report_failure(self, error)

    @Slot(str, str)
    def _fill_in(self, code: str, pin: str) -> None:
        self.code_field.setText(code)
        self.pin_field.setText(pin)
        self._show_error("")
        self.sign_in_button.setFocus()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setAccessibleDescription(text)
        self.error_label.setVisible(bool(text))
        if text:
            announce(self.error_label, text)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.code_field.setReadOnly(busy)
        self.pin_field.setReadOnly(busy)
        self.sign_in_button.setEnabled(not busy)
        self.sign_in_button.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))
        if self.demo_panel is not None:
            self.demo_panel.setEnabled(not busy)
