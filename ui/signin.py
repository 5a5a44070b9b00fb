"""The sign-in page: volunteer code and PIN, checked by the core off the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence

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

from callcenter.db import Store
from callcenter.errors import UserError
from callcenter.services import auth
from ui.core_messages import translated
from ui.demo_panel import DemoCredential, DemoSignInPanel
from ui.messages import announce, report_failure
from ui.ops import Op, OpRunner

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
        store: Store,
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
        form.addSpacing(8)
        form.addWidget(self.sign_in_button)
        card.setFixedWidth(420)

        row = QHBoxLayout()
        row.setSpacing(40)
        row.addStretch(1)
        row.addWidget(card, 0, Qt.AlignmentFlag.AlignVCenter)
        self.demo_panel: DemoSignInPanel | None = None
        # Credentials are only ever passed in for a demo database; never list real ones.
        if demo_credentials is not None:
            self.demo_panel = DemoSignInPanel(demo_credentials)
            self.demo_panel.credential_chosen.connect(self._fill_in)
            row.addWidget(self.demo_panel, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch(1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        QWidget.setTabOrder(self.code_field, self.pin_field)
        QWidget.setTabOrder(self.pin_field, self.sign_in_button)
        self.setFocusProxy(self.code_field)

    def is_busy(self) -> bool:
        return self._busy

    @Slot()
    def submit(self) -> None:
        """Ask the core to sign in with what was typed."""
        if self._busy:
            return
        code, pin = self.code_field.text(), self.pin_field.text()
        store, station_id = self._store, self._station_id
        self._show_error("")
        self._set_busy(True)
        Op(
            self,
            lambda: auth.sign_in(store, code, pin, station_id=station_id),
            runner=self._runner,
        ).success(self._on_signed_in).failure(self._on_refused).run()

    @Slot()
    def reset(self) -> None:
        """Empty the form for the next person at this workstation."""
        self.code_field.clear()
        self.pin_field.clear()
        self._show_error("")
        self._set_busy(False)
        self.code_field.setFocus()

    def _on_signed_in(self, signed_in: auth.SignedIn) -> None:
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
