"""One script question: its prompt, its answers as radio buttons, free text if allowed.

Keyboard: arrow keys move between answers, Enter takes the focused answer and
goes on (the script panel decides where to).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from callcenter.services.scripts import AnswerView, QuestionView, pick_language, render

# More answers than this go in two columns so the screen does not grow.
ONE_COLUMN_MAX = 4
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class QuestionPage(QWidget):
    """Built once per script question; texts are re-rendered when it is shown."""

    answered = Signal()

    def __init__(self, question: QuestionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionPage")
        self.question = question
        self.prompt = QLabel()
        self.prompt.setObjectName("questionPrompt")
        self.prompt.setWordWrap(True)

        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        columns = 1 if len(question.answers) <= ONE_COLUMN_MAX else 2
        rows = (len(question.answers) + columns - 1) // columns
        for index in range(len(question.answers)):
            button = QRadioButton()
            button.setObjectName("answerButton")
            button.installEventFilter(self)
            self.group.addButton(button, index)
            self.buttons.append(button)
            # Column-major, so arrow-key order matches reading order down each column.
            grid.addWidget(button, index % rows, index // rows)

        self.text_field: QLineEdit | None = None
        if question.allows_text:
            self.text_field = QLineEdit()
            self.text_field.setObjectName("answerText")
            self.text_field.setAccessibleName(self.tr("Answer in their own words"))
            self.text_field.setPlaceholderText(self.tr("Or type their answer…"))
            self.text_field.returnPressed.connect(self.submit)

        self.next_button = QPushButton(self.tr("Next (Enter)"))
        self.next_button.setObjectName("callSecondary")
        self.next_button.setAccessibleName(self.tr("Next question"))
        self.next_button.setAutoDefault(False)
        self.next_button.clicked.connect(self.submit)

        bottom = QHBoxLayout()
        if self.text_field is not None:
            bottom.addWidget(self.text_field, 1)
        else:
            bottom.addStretch(1)
        bottom.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.prompt)
        layout.addLayout(grid)
        layout.addLayout(bottom)
        layout.addStretch(1)
        self._rendered_for: str | None = None

    def render(self, language: str, fields: Mapping[str, str], fallback: str) -> None:
        """Fill in the prompt and answers in the contact's language."""
        prompt = render(pick_language(self.question.prompt, language, fallback), fields)
        self.prompt.setText(prompt)
        self.prompt.setAccessibleName(prompt)
        if self._rendered_for == language:
            return
        self._rendered_for = language
        for button, answer in zip(self.buttons, self.question.answers, strict=True):
            label = pick_language(answer.label, language, fallback)
            button.setText(label)
            button.setAccessibleName(label)

    def reset(self) -> None:
        checked = self.group.checkedButton()
        if checked is not None:
            # An exclusive group never lets the last checked button go otherwise.
            self.group.setExclusive(False)
            checked.setChecked(False)
            self.group.setExclusive(True)
        if self.text_field is not None:
            self.text_field.clear()

    def chosen_answer(self) -> AnswerView | None:
        index = self.group.checkedId()
        return self.question.answers[index] if index >= 0 else None

    def typed_text(self) -> str | None:
        if self.text_field is None:
            return None
        return self.text_field.text().strip() or None

    def has_choice(self) -> bool:
        return self.chosen_answer() is not None or self.typed_text() is not None

    def focus_widget(self) -> QWidget:
        """Where typing continues on this question: the chosen or the first answer."""
        checked = self.group.checkedButton()
        if checked is not None:
            return checked
        if self.buttons:
            return self.buttons[0]
        return self.text_field or self.next_button

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = list(self.buttons)
        if self.text_field is not None:
            chain.append(self.text_field)
        chain.append(self.next_button)
        return chain

    @Slot()
    def submit(self) -> None:
        if self.has_choice():
            self.answered.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter on an answer takes that answer, checked or not yet.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and isinstance(watched, QRadioButton)
        ):
            watched.setChecked(True)
            self.submit()
            return True
        return super().eventFilter(watched, event)
