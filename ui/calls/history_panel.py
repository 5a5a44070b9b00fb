"""Who else answers this number, and what happened on earlier calls."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from callcenter.services.contact_card import ContactCard, HouseholdMember, PriorAttempt
from callcenter.services.scripts import pick_language
from ui.calls.labels import format_phone, format_when, ui_language

# Enough to see the pattern without pushing the screen into scrolling.
ATTEMPTS_SHOWN = 5
MEMBERS_SHOWN = 4


class HistoryPanel(QFrame):
    """Two rich-text labels, set in one go per contact (cheap to repaint)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        household_title = QLabel(self.tr("Household on the same number"))
        household_title.setObjectName("panelTitle")
        self.household_label = QLabel()
        self.household_label.setObjectName("historyText")
        self.household_label.setWordWrap(True)
        self.household_label.setTextFormat(Qt.TextFormat.RichText)
        attempts_title = QLabel(self.tr("Earlier calls"))
        attempts_title.setObjectName("panelTitle")
        self.attempts_label = QLabel()
        self.attempts_label.setObjectName("historyText")
        self.attempts_label.setWordWrap(True)
        self.attempts_label.setTextFormat(Qt.TextFormat.RichText)
        self.attempts_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        layout.addWidget(household_title)
        layout.addWidget(self.household_label)
        layout.addSpacing(6)
        layout.addWidget(attempts_title)
        layout.addWidget(self.attempts_label, 1)

    def show_card(self, card: ContactCard) -> None:
        self.household_label.setText(self._household_html(card.household))
        self.attempts_label.setText(self._attempts_html(card.prior_attempts))

    def _household_html(self, members: tuple[HouseholdMember, ...]) -> str:
        if not members:
            return escape(self.tr("Nobody else."))
        lines = []
        for member in members[:MEMBERS_SHOWN]:
            line = f"<b>{escape(member.name)}</b>"
            if member.shares_number:
                on = self.tr("on {number}").format(number=format_phone(member.shares_number))
                line += f" <span style='color:#52606d'>{escape(on)}</span>"
            lines.append(line)
        if len(members) > MEMBERS_SHOWN:
            more = self.tr("and {n} more").format(n=len(members) - MEMBERS_SHOWN)
            lines.append(escape(more))
        return "<br>".join(lines)

    def _attempts_html(self, attempts: tuple[PriorAttempt, ...]) -> str:
        if not attempts:
            return escape(self.tr("None: this is the first call."))
        language = ui_language()
        lines = []
        for attempt in attempts[:ATTEMPTS_SHOWN]:
            when = format_when(attempt.ended_at)
            result = pick_language(attempt.result_label, language) or attempt.result_code
            who = self.tr("by {name}").format(name=attempt.volunteer_name)
            line = f"{escape(when)} · <b>{escape(result)}</b> · {escape(who)}"
            if attempt.notes:
                line += f"<br><i>“{escape(attempt.notes)}”</i>"
            lines.append(line)
        if len(attempts) > ATTEMPTS_SHOWN:
            more = self.tr("and {n} earlier calls").format(n=len(attempts) - ATTEMPTS_SHOWN)
            lines.append(escape(more))
        return "<br>".join(lines)
