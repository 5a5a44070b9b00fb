"""Numbers, times and dates the way the window's language writes them.

Everything goes through ``QLocale()``, the default that ``ui.i18n.install_language``
sets: "1,234" and "2:30 PM" in English, "1.234" and "14:30" in German, "1 234" and
"14:30" in French.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

_SHORT = QLocale.FormatType.ShortFormat


def count(n: int) -> str:
    """A whole number with the locale's thousands separator."""
    return QLocale().toString(int(n))


def decimal(value: float, places: int = 1) -> str:
    return QLocale().toString(float(value), "f", places)


def percent(share: float) -> str:
    """0.25 as "25 %" or "25%", as the locale writes it."""
    locale = QLocale()
    return f"{locale.toString(round(share * 100))}{_percent_gap(locale)}{locale.percent()}"


def _percent_gap(locale: QLocale) -> str:
    # German and French put a (narrow, non-breaking) space before the sign.
    return (
        "\u202f" if locale.language() in (QLocale.Language.German, QLocale.Language.French) else ""
    )


def clock(minutes_after_midnight: int) -> str:
    """A time of day given in minutes after midnight ("9:00 AM", "09:00")."""
    hours, minutes = divmod(minutes_after_midnight, 60)
    return QLocale().toString(QTime(hours % 24, minutes), _SHORT)


def time_of(moment: datetime, *, seconds: bool = False) -> str:
    """The wall-clock time of ``moment`` as it is (convert to the right zone first)."""
    locale = QLocale()
    time = QTime(moment.hour, moment.minute, moment.second)
    if not seconds:
        return locale.toString(time, _SHORT)
    # The long format adds the time zone's name; the short one with seconds reads better.
    return locale.toString(time, locale.timeFormat(_SHORT).replace("mm", "mm:ss", 1))


def date_time(moment: datetime) -> str:
    """Date and time, short ("11/23/25 2:30 PM", "23.11.25 14:30")."""
    value = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    return QLocale().toString(value, _SHORT)


def day_and_time(moment: datetime) -> str:
    """Day, month and time without the year, for recent events ("Nov 23, 2:30 PM")."""
    locale = QLocale()
    day = QDate(moment.year, moment.month, moment.day)
    day_text = locale.toString(day, _month_day_format(locale))
    return f"{day_text}, {clock(moment.hour * 60 + moment.minute)}"


def _month_day_format(locale: QLocale) -> str:
    if locale.language() == QLocale.Language.German:
        return "d. MMM"
    if locale.language() == QLocale.Language.French:
        return "d MMM"
    return "MMM d"


def when(moment: datetime) -> str:
    """A local moment as briefly as it reads clearly: the time alone today, else day and time."""
    if moment.date() == datetime.now(moment.tzinfo).date():
        return clock(moment.hour * 60 + moment.minute)
    return day_and_time(moment)
