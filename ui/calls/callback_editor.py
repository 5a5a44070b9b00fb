"""When to call back, in the contact's own local time (converted to UTC for the core)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from callcenter.models import utcnow

QUARTER_HOUR = 15
SUGGEST_AFTER = timedelta(hours=2)
# Hour first: "call me back at six" is the usual request; the day comes after.
DISPLAY_FORMAT = "HH:mm   ddd d MMM yyyy"


class CallbackEditor(QWidget):
    """A date-time field that only takes part when the chosen result is a callback."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone: tzinfo = UTC
        self.clock: Callable[[], datetime] = utcnow
        self._window = (9 * 60, 20 * 60)
        self.title = QLabel(self.tr("Call back at (Alt+B)"))
        self.title.setObjectName("fieldLabel")
        self.zone_label = QLabel()
        self.zone_label.setObjectName("panelNote")
        self.editor = QDateTimeEdit()
        self.editor.setObjectName("callbackEditor")
        self.editor.setDisplayFormat(DISPLAY_FORMAT)
        # The field holds the contact's wall clock; UTC here means "no zone rules of this
        # workstation apply" (no DST gap of the volunteer's zone can shift it).
        self.editor.setTimeZone(_WALL_CLOCK)
        name = self.tr("Callback date and time, in the contact's time")
        self.editor.setAccessibleName(name)
        self.editor.lineEdit().setAccessibleName(name)
        # Until a callback result is chosen the field shows a hint, not a made-up date.
        self.editor.setMinimumDateTime(_NOT_SET)
        self.editor.setSpecialValueText(self.tr("Choose “call back” as the result first"))
        self.title.setBuddy(self.editor)

        title_row = QHBoxLayout()
        title_row.setSpacing(8)
        title_row.addWidget(self.title)
        title_row.addWidget(self.zone_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(title_row)
        layout.addWidget(self.editor)

    def reset(self, time_zone: str | None, window_start_min: int, window_end_min: int) -> None:
        """A new contact: no callback until a callback result is chosen."""
        zone_name = time_zone or ""
        try:
            self._zone = ZoneInfo(zone_name) if zone_name else _local_zone()
        except (ZoneInfoNotFoundError, ValueError):
            self._zone, zone_name = _local_zone(), ""
        self._window = (window_start_min, window_end_min)
        self.zone_label.setText(
            self.tr("their time, {zone}").format(zone=zone_name.replace("_", " "))
            if zone_name
            else self.tr("your time (their time zone is unknown)")
        )
        self.withdraw()

    def offer(self, now: datetime | None = None) -> None:
        """Open the field with a suggestion the volunteer adjusts with the arrow keys."""
        if not self.editor.isEnabled():
            self.editor.setDateTime(_to_qt(self.suggestion(now)))
            self.editor.setEnabled(True)
        self.editor.setCurrentSection(QDateTimeEdit.Section.HourSection)

    def withdraw(self) -> None:
        self.editor.setDateTime(_NOT_SET)
        self.editor.setEnabled(False)

    def is_offered(self) -> bool:
        return self.editor.isEnabled()

    def suggestion(self, now: datetime | None = None) -> datetime:
        """In two hours if that is inside calling hours today, else tomorrow morning."""
        local = (now or self.clock()).astimezone(self._zone)
        start, end = self._window
        candidate = _round_up(local + SUGGEST_AFTER)
        minutes = candidate.hour * 60 + candidate.minute
        if candidate.date() == local.date() and start <= minutes < end:
            return candidate
        next_day = (local + timedelta(days=1)).date()
        first_hour = min(start + 60, end - QUARTER_HOUR)
        return datetime(
            next_day.year,
            next_day.month,
            next_day.day,
            first_hour // 60,
            first_hour % 60,
            tzinfo=self._zone,
        )

    def callback_at(self) -> datetime | None:
        """The chosen wall-clock time in the contact's zone, as aware UTC; None if not offered."""
        if not self.editor.isEnabled():
            return None
        value = self.editor.dateTime()
        day, clock = value.date(), value.time()
        local = datetime(
            day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=self._zone
        )
        return local.astimezone(UTC)

    def set_local(self, local: datetime) -> None:
        """Put a wall-clock time in the field (tests, and a "same time tomorrow" later)."""
        self.editor.setDateTime(_to_qt(local))


def _round_up(moment: datetime) -> datetime:
    moment = moment.replace(second=0, microsecond=0)
    extra = (-moment.minute) % QUARTER_HOUR
    return moment + timedelta(minutes=extra)


_WALL_CLOCK = QTimeZone(QTimeZone.Initialization.UTC)
_NOT_SET = QDateTime(QDate(2000, 1, 1), QTime(0, 0), _WALL_CLOCK)


def _to_qt(local: datetime) -> QDateTime:
    # The field shows the contact's wall clock as-is; their zone is applied on the way out.
    return QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute), _WALL_CLOCK
    )


def _local_zone() -> tzinfo:
    return datetime.now().astimezone().tzinfo or UTC
