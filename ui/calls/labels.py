"""Words a person reads for the core's codes: list statuses, phone kinds, languages."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from callcenter.models import EntryStatus, PhoneKind
from ui import formats

# Literal translate() calls (no wrapper) so pyside6-lupdate can extract them.


def status_label(status: str) -> str:
    labels: dict[str, str] = {
        EntryStatus.PENDING: QCoreApplication.translate("CallLabels", "Waiting"),
        EntryStatus.LEASED: QCoreApplication.translate("CallLabels", "Being called"),
        EntryStatus.DONE: QCoreApplication.translate("CallLabels", "Done"),
        EntryStatus.CALLBACK: QCoreApplication.translate("CallLabels", "Callback"),
        EntryStatus.SKIPPED: QCoreApplication.translate("CallLabels", "Skipped"),
    }
    return labels.get(status, status)


def phone_kind_label(kind: str) -> str:
    labels: dict[str, str] = {
        PhoneKind.MOBILE: QCoreApplication.translate("CallLabels", "Mobile"),
        PhoneKind.HOME: QCoreApplication.translate("CallLabels", "Home"),
        PhoneKind.WORK: QCoreApplication.translate("CallLabels", "Work"),
        PhoneKind.OTHER: QCoreApplication.translate("CallLabels", "Other"),
    }
    return labels.get(kind, kind)


def language_name(code: str) -> str:
    """The language's name in the volunteer's language ("German" for "de")."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    return QLocale.languageToString(locale.language())


def ui_language() -> str:
    """The volunteer's interface language, for result-code labels."""
    return QLocale().name().split("_")[0] or "en"


def format_duration(seconds: int) -> str:
    """``m:ss`` under an hour, ``h:mm:ss`` beyond."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def format_when(moment: datetime | None, *, with_year: bool = False) -> str:
    """A moment in the volunteer's own time zone: "13 Nov, 16:07" (month in their language)."""
    if moment is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, "d MMM yyyy, HH:mm" if with_year else "d MMM, HH:mm")


def format_clock(minutes_after_midnight: int) -> str:
    """A time of day the way the volunteer's locale writes it ("9:00 AM", "09:00")."""
    return formats.clock(minutes_after_midnight)


def format_phone(number_e164: str) -> str:
    """A number as people read it: ``(312) 555-0100`` at home, ``+49 30 123456`` abroad."""
    digits = number_e164[2:]
    if number_e164.startswith("+1") and len(digits) == 10 and digits.isdigit():
        return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
    # Imported here: its metadata costs a start-up the common case above never needs.
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number_e164, None)
    except phonenumbers.NumberParseException:
        return number_e164
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
