"""Who is on the line: name and how to say it, age, language, address, local time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QWidget

from callcenter.models import utcnow
from callcenter.services.calling_hours import clamp_window
from callcenter.services.calls import Lease
from callcenter.services.campaigns import CampaignForCalling
from callcenter.services.contact_card import ContactCard
from callcenter.services.local_time import contact_local_time
from ui import formats
from ui.calls.call_timer import CallTimer
from ui.calls.labels import format_clock, language_name

LOCAL_TIME_REFRESH_MS = 30_000
# Not colour alone: the sign's glyph and words change too.
INSIDE_GLYPH = "✓"
OUTSIDE_GLYPH = "⚠"


class ContactHeader(QFrame):
    """Updated in place for each contact; nothing here is rebuilt."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactHeader")
        self._card: ContactCard | None = None
        self._campaign: CampaignForCalling | None = None
        self._clock: Callable[[], datetime] = utcnow

        self.name_label = self._label("contactName")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pronunciation_label = self._label("pronunciation")
        self.callback_badge = self._label("callbackBadge")
        self.details_label = self._label("contactDetails")
        self.address_label = self._label("contactAddress")
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.local_time_sign = self._label("localTimeSign")
        self.local_time_label = self._label("localTime")
        self.local_time_label.setWordWrap(True)
        timer_title = self._label("callTimerTitle")
        timer_title.setText(self.tr("On this call"))
        self.timer = CallTimer()

        name_row = QHBoxLayout()
        name_row.setSpacing(12)
        name_row.addWidget(self.name_label)
        name_row.addWidget(self.pronunciation_label, 0, Qt.AlignmentFlag.AlignBaseline)
        name_row.addWidget(self.callback_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        name_row.addStretch(1)

        time_row = QHBoxLayout()
        time_row.setSpacing(6)
        time_row.addWidget(self.local_time_sign, 0, Qt.AlignmentFlag.AlignTop)
        time_row.addWidget(self.local_time_label, 1)

        self.details_label.setWordWrap(True)
        self.address_label.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(20, 8, 20, 8)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(2)
        grid.addLayout(name_row, 0, 0)
        grid.addWidget(self.details_label, 1, 0)
        grid.addWidget(self.address_label, 2, 0)
        # Its own full-width line: the warning reads in one go, even with large fonts.
        grid.addLayout(time_row, 3, 0)
        grid.addWidget(timer_title, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(
            self.timer, 1, 1, 2, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        )
        grid.setColumnStretch(0, 1)

        self._refresh = QTimer(self)
        self._refresh.setInterval(LOCAL_TIME_REFRESH_MS)
        self._refresh.timeout.connect(self.refresh_local_time)

    def set_clock(self, clock: Callable[[], datetime]) -> None:
        self._clock = clock
        self.timer.clock = clock

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        return label

    def show_contact(self, lease: Lease, campaign: CampaignForCalling) -> None:
        card = lease.card
        self._card, self._campaign = card, campaign
        self.name_label.setText(card.full_name or self.tr("(no name)"))
        hint = card.pronunciation or ""
        self.pronunciation_label.setText(self.tr("say “{hint}”").format(hint=hint) if hint else "")
        self.pronunciation_label.setVisible(bool(hint))
        self.callback_badge.setText(self.tr("Callback") if lease.is_callback else "")
        self.callback_badge.setVisible(lease.is_callback)
        details = []
        if card.birth_year:
            details.append(self.tr("Age {age}").format(age=date.today().year - card.birth_year))
        details.append(language_name(card.language))
        if lease.attempts:
            details.append(self.tr("Tried {n}× before").format(n=lease.attempts))
        self.details_label.setText("  ·  ".join(details))
        self.address_label.setText(_address(card))
        self.refresh_local_time()
        self._refresh.start()
        self.timer.restart()

    @Slot()
    def refresh_local_time(self) -> None:
        if self._card is None or self._campaign is None:
            return
        campaign = self._campaign
        local = contact_local_time(
            self._card.time_zone,
            campaign.window_start_min,
            campaign.window_end_min,
            now=self._clock(),
        )
        # The hours as the rules apply them: never wider than the federal 8:00-21:00.
        start, end = clamp_window(campaign.window_start_min, campaign.window_end_min)
        window = self.tr("calling hours {start}–{end}").format(
            start=format_clock(start), end=format_clock(end)
        )
        if local.local is None:
            text = self.tr("Their local time is unknown: check before calling ({window}).").format(
                window=window
            )
        elif local.inside_window:
            text = self.tr("{time} their time: inside {window}").format(
                time=formats.time_of(local.local), window=window
            )
        else:
            text = self.tr("{time} their time: OUTSIDE {window}. Do not call now.").format(
                time=formats.time_of(local.local), window=window
            )
        inside = local.inside_window
        self.local_time_sign.setText(INSIDE_GLYPH if inside else OUTSIDE_GLYPH)
        self.local_time_label.setText(text)
        self.local_time_label.setAccessibleName(text)
        for label in (self.local_time_sign, self.local_time_label):
            if label.property("outside") != (not inside):
                label.setProperty("outside", not inside)
                # Re-apply the style sheet so the [outside=...] selector takes effect.
                label.style().unpolish(label)
                label.style().polish(label)

    def stop(self) -> None:
        self._refresh.stop()
        self.timer.stop()


def _address(card: ContactCard) -> str:
    place = " ".join(p for p in (card.state, card.postal_code) if p)
    parts = [p for p in (card.street, card.city, place) if p]
    return ", ".join(parts)
