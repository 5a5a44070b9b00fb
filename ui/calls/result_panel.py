"""How the call went: result buttons with their keys, notes, and a callback time."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callcenter.services.campaigns import CampaignForCalling, ResultCodeView
from callcenter.services.scripts import pick_language
from ui.calls.callback_editor import CallbackEditor
from ui.calls.labels import ui_language
from ui.icons import checked_icon

RESULT_COLUMNS = 3
NOTES_MIN_LINES = 3
NOTES_PADDING = 10
MAX_HOTKEYS = 9


def hotkeys_for(codes: tuple[ResultCodeView, ...]) -> dict[str, ResultCodeView]:
    """'1'..'9' to result code: the stored hotkey, else the code's place in the list."""
    keys: dict[str, ResultCodeView] = {}
    for code in codes:
        if code.hotkey and code.hotkey.isdigit() and code.hotkey not in keys:
            keys[code.hotkey] = code
    free = (str(n) for n in range(1, MAX_HOTKEYS + 1) if str(n) not in keys)
    for code in codes:
        if code not in keys.values():
            key = next(free, None)
            if key is None:
                break
            keys[key] = code
    return keys


class NotesField(QPlainTextEdit):
    """Asks for three lines and takes whatever height is left over.

    A plain-text edit asks for about twelve lines by default, which would push
    the contact screen into scrolling on a 768-pixel-high laptop.
    """

    def sizeHint(self) -> QSize:
        lines = self.fontMetrics().lineSpacing() * NOTES_MIN_LINES
        return QSize(super().sizeHint().width(), lines + 2 * NOTES_PADDING)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class ResultPanel(QFrame):
    """Result buttons are built once per campaign; a new contact only unchecks them."""

    result_chosen = Signal(object)  # ResultCodeView

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultPanel")
        self._campaign_id: int | None = None
        self._by_key: dict[str, ResultCodeView] = {}
        self._buttons: dict[int, QPushButton] = {}
        self._codes: dict[int, ResultCodeView] = {}
        self.group = QButtonGroup(self)
        self.group.buttonClicked.connect(self._on_clicked)

        title = QLabel(self.tr("Result"))
        title.setObjectName("panelTitle")
        self.keys_hint = QLabel(self.tr("Keys 1–9 pick a result; F1–F9 work while typing."))
        self.keys_hint.setObjectName("panelNote")
        self.keys_hint.setWordWrap(True)
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(6)

        self.notes_label = QLabel(self.tr("Notes (Alt+N)"))
        self.notes_label.setObjectName("fieldLabel")
        self.notes = NotesField()
        self.notes.setObjectName("notesField")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What should the next caller know?"))
        self.notes_label.setBuddy(self.notes)
        self.callback = CallbackEditor()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(self._grid_host)
        layout.addWidget(self.keys_hint)
        layout.addSpacing(4)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.callback)

    def set_campaign(self, campaign: CampaignForCalling) -> None:
        if campaign.id == self._campaign_id:
            return
        self._campaign_id = campaign.id
        for button in self.group.buttons():
            self.group.removeButton(button)
            button.deleteLater()
        self._buttons = {}
        self._by_key = hotkeys_for(campaign.result_codes)
        key_of = {code.id: key for key, code in self._by_key.items()}
        language = ui_language()
        # The chosen result shows a tick besides its colour: never colour alone.
        tick = checked_icon(self.palette().color(QPalette.ColorRole.HighlightedText))
        for index, code in enumerate(campaign.result_codes):
            label = pick_language(code.label, language) or code.code
            key = key_of.get(code.id)
            button = QPushButton(f"{key}  {label}" if key else label)
            button.setObjectName("resultButton")
            button.setCheckable(True)
            button.setIcon(tick)
            button.setAutoDefault(False)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setAccessibleName(label)
            if key:
                button.setAccessibleDescription(
                    self.tr("Key {key}, or F{key} while typing").format(key=key)
                )
                button.setToolTip(self.tr("Press {key}, or F{key} while typing").format(key=key))
            button.setProperty("resultCodeId", code.id)
            self.group.addButton(button, code.id)
            self._grid.addWidget(button, index // RESULT_COLUMNS, index % RESULT_COLUMNS)
            self._buttons[code.id] = button
        self._codes = {code.id: code for code in campaign.result_codes}

    def reset(self, time_zone: str | None, window_start_min: int, window_end_min: int) -> None:
        checked = self.group.checkedButton()
        if checked is not None:
            self.group.setExclusive(False)
            checked.setChecked(False)
            self.group.setExclusive(True)
        self.notes.clear()
        self.callback.reset(time_zone, window_start_min, window_end_min)

    def choose_key(self, key: str) -> bool:
        """Pick the result on this key; False if no result has it."""
        code = self._by_key.get(key)
        if code is None:
            return False
        self.choose(code)
        return True

    def choose(self, code: ResultCodeView) -> None:
        self._buttons[code.id].setChecked(True)
        self._apply(code)

    def chosen(self) -> ResultCodeView | None:
        button_id = self.group.checkedId()
        return self._codes.get(button_id) if button_id != -1 else None

    def notes_text(self) -> str:
        return self.notes.toPlainText()

    def callback_at(self) -> datetime | None:
        return self.callback.callback_at()

    def button_for(self, code_id: int) -> QPushButton:
        return self._buttons[code_id]

    def focus_chain(self) -> list[QWidget]:
        return [*self._buttons.values(), self.notes, self.callback.editor]

    @Slot(QAbstractButton)
    def _on_clicked(self, button: QAbstractButton) -> None:
        code = self._codes.get(self.group.id(button))
        if code is not None:
            self._apply(code)

    def _apply(self, code: ResultCodeView) -> None:
        if code.schedules_callback:
            self.callback.offer()
        else:
            self.callback.withdraw()
        self.result_chosen.emit(code)
