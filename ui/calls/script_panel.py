"""The call script: the intro to read, one question at a time with branching, the close.

Question pages are built once per script and kept; a new contact only resets
them and fills in its merge fields, so showing the next contact stays cheap.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from callcenter.services.calls import Answer
from callcenter.services.scripts import (
    AnswerView,
    QuestionView,
    ScriptView,
    pick_language,
    render,
)
from ui.calls.labels import language_name
from ui.calls.question_page import QuestionPage


@dataclass(frozen=True)
class GivenAnswer:
    question: QuestionView
    answer: AnswerView | None
    text: str | None

    def as_core_answer(self) -> Answer:
        return Answer(
            question_id=self.question.id,
            answer_id=self.answer.id if self.answer else None,
            text=self.text,
        )


class ScriptPanel(QFrame):
    """Emits ``finished`` when an answer ends the script (focus moves on to the result)."""

    finished = Signal()
    question_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scriptPanel")
        self._script: ScriptView | None = None
        self._pages: dict[str, QuestionPage] = {}
        self._built: dict[int, dict[str, QuestionPage]] = {}
        self._trail: list[GivenAnswer] = []
        self._current: QuestionPage | None = None
        self._language = "en"
        self._fields: Mapping[str, str] = {}

        title = QLabel(self.tr("Script"))
        title.setObjectName("panelTitle")
        self.language_label = QLabel()
        self.language_label.setObjectName("languageBadge")
        title_row = QHBoxLayout()
        title_row.addWidget(title)
        title_row.addWidget(self.language_label)
        title_row.addStretch(1)

        self.intro_label = QLabel()
        self.intro_label.setObjectName("scriptIntro")
        self.intro_label.setWordWrap(True)
        self.trail_label = QLabel()
        self.trail_label.setObjectName("scriptTrail")
        self.trail_label.setWordWrap(True)

        self.pages = QStackedWidget()
        self.pages.setObjectName("questionPages")
        self.closing_label = QLabel()
        self.closing_label.setObjectName("scriptClosing")
        self.closing_label.setWordWrap(True)
        closing_page = QWidget()
        closing_layout = QVBoxLayout(closing_page)
        closing_layout.setContentsMargins(0, 0, 0, 0)
        closing_layout.addWidget(self.closing_label)
        closing_layout.addStretch(1)
        self.closing_page = closing_page
        self.pages.addWidget(closing_page)

        self.back_button = QPushButton(self.tr("Previous question (Alt+Left)"))
        self.back_button.setObjectName("linkButton")
        self.back_button.setAccessibleName(self.tr("Previous question"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        back_row = QHBoxLayout()
        back_row.addWidget(self.back_button)
        back_row.addStretch(1)

        self.no_script_label = QLabel(self.tr("This campaign has no script: note what was said."))
        self.no_script_label.setObjectName("panelNote")
        self.no_script_label.setWordWrap(True)
        self.no_script_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(8)
        layout.addLayout(title_row)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.no_script_label)
        layout.addWidget(self.trail_label)
        layout.addWidget(self.pages, 1)
        layout.addLayout(back_row)

    # --- per campaign ----------------------------------------------------------------------

    def set_script(self, script: ScriptView | None) -> None:
        """Use this campaign's script; its pages are built the first time only."""
        if script is self._script:
            return
        for page in self._pages.values():
            self.pages.removeWidget(page)
            page.hide()
        self._script = script
        self._pages = {}
        if script is not None:
            if script.id not in self._built:
                self._built[script.id] = self._build_pages(script)
            self._pages = self._built[script.id]
            for page in self._pages.values():
                self.pages.addWidget(page)
        self.no_script_label.setVisible(script is None)
        self.intro_label.setVisible(script is not None)
        self.pages.setVisible(script is not None)

    def _build_pages(self, script: ScriptView) -> dict[str, QuestionPage]:
        pages = {}
        for question in script.questions:
            page = QuestionPage(question)
            page.answered.connect(self._on_answered)
            pages[question.key] = page
        return pages

    # --- per contact -----------------------------------------------------------------------

    def start(self, contact_language: str, language: str, fields: Mapping[str, str]) -> None:
        """A new contact: intro in their language, the first question, nothing answered."""
        for given in self._trail:
            self._pages[given.question.key].reset()
        if self._current is not None:
            self._current.reset()
        self._trail = []
        self._current = None
        self._language, self._fields = language, fields
        script = self._script
        if script is None:
            self.trail_label.setText("")
            self.back_button.setEnabled(False)
            return
        self.language_label.setText(language_name(language))
        self.language_label.setToolTip(
            self.tr("The contact speaks {language}.").format(
                language=language_name(contact_language)
            )
        )
        intro = render(pick_language(script.intro, language, script.default_language), fields)
        self.intro_label.setText(intro)
        self.intro_label.setAccessibleName(intro)
        first = script.first_question()
        if first is None:
            self._show_closing()
        else:
            self._show(self._pages[first.key])

    def all_pages(self) -> list[QuestionPage]:
        return list(self._pages.values())

    def answers(self) -> tuple[Answer, ...]:
        return tuple(given.as_core_answer() for given in self._trail)

    def is_finished(self) -> bool:
        return self._script is not None and self._current is None

    def focus_widget(self) -> QWidget | None:
        return self._current.focus_widget() if self._current is not None else None

    def focus_chain(self) -> list[QWidget]:
        chain = self._current.focus_chain() if self._current is not None else []
        return [*chain, self.back_button]

    # --- moving through the script -------------------------------------------------------

    @Slot()
    def _on_answered(self) -> None:
        page = self._current
        script = self._script
        if page is None or script is None:
            return
        answer, text = page.chosen_answer(), page.typed_text()
        self._trail.append(GivenAnswer(page.question, answer, text))
        following = script.after(page.question.key, answer.key if answer else None)
        # A branch back to an answered question would answer it twice: end instead.
        answered = {given.question.key for given in self._trail}
        if following is None or following.key in answered:
            self._show_closing()
            self.finished.emit()
        else:
            self._show(self._pages[following.key])

    @Slot()
    def back(self) -> None:
        """Back to the last answered question, its answer still chosen."""
        if not self._trail:
            return
        if self._current is not None:
            self._current.reset()
        given = self._trail.pop()
        self._show(self._pages[given.question.key])

    def _show(self, page: QuestionPage) -> None:
        script = self._script
        assert script is not None
        page.render(self._language, self._fields, script.default_language)
        self._current = page
        self.pages.setCurrentWidget(page)
        self._update_trail()
        page.focus_widget().setFocus()
        self.question_shown.emit()

    def _show_closing(self) -> None:
        script = self._script
        assert script is not None
        closing = render(
            pick_language(script.closing, self._language, script.default_language), self._fields
        )
        self.closing_label.setText(closing or self.tr("End of the script."))
        self.closing_label.setAccessibleName(closing)
        self._current = None
        self.pages.setCurrentWidget(self.closing_page)
        self._update_trail()

    def _update_trail(self) -> None:
        parts = []
        for given in self._trail:
            if given.answer is not None:
                parts.append(pick_language(given.answer.label, self._language))
            if given.text:
                parts.append(f"“{given.text}”")
        # Texts change, visibility does not: the layout stays put from contact to contact.
        self.trail_label.setText(
            self.tr("Answered: {answers}").format(answers=" → ".join(parts))
            if parts
            else self.tr("Nothing answered yet.")
        )
        self.back_button.setEnabled(bool(self._trail))
