"""Words and formats a shift lead reads: local times, audit actions, flag kinds, rates."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ui import formats

# Literal translate() calls so pyside6-lupdate can extract them.


def local_time(moment: datetime | None, with_date: bool = True) -> str:
    """A stored UTC moment in this workstation's time zone; empty for none."""
    if moment is None:
        return ""
    local = moment.astimezone()
    return formats.date_time(local) if with_date else formats.time_of(local)


def languages_text(languages: Iterable[str]) -> str:
    return ", ".join(languages)


def percent(share: float) -> str:
    return formats.percent(share)


def action_label(action: str) -> str:
    labels = {
        "activate": QCoreApplication.translate("ConsoleLabels", "Activated"),
        "deactivate": QCoreApplication.translate("ConsoleLabels", "Deactivated"),
        "suspend": QCoreApplication.translate("ConsoleLabels", "Suspended"),
        "reactivate": QCoreApplication.translate("ConsoleLabels", "Reactivated"),
        "reset_pin": QCoreApplication.translate("ConsoleLabels", "PIN reset"),
        "change_role": QCoreApplication.translate("ConsoleLabels", "Role changed"),
        "contacts_imported": QCoreApplication.translate("ConsoleLabels", "Contacts imported"),
        "results_exported": QCoreApplication.translate("ConsoleLabels", "Results exported"),
        "contact_erased": QCoreApplication.translate("ConsoleLabels", "Contact erased"),
        "contact_data_exported": QCoreApplication.translate(
            "ConsoleLabels", "Contact's data exported"
        ),
        "retention_purge": QCoreApplication.translate("ConsoleLabels", "Old data purged"),
        "outbox_retry": QCoreApplication.translate("ConsoleLabels", "Sent to the CRM again"),
        "outbox_dismiss": QCoreApplication.translate("ConsoleLabels", "Not sent to the CRM"),
        "conflict_kept_crm": QCoreApplication.translate("ConsoleLabels", "Kept the CRM's value"),
        "conflict_kept_local": QCoreApplication.translate("ConsoleLabels", "Sent our value"),
        "turf_checked_out": QCoreApplication.translate("ConsoleLabels", "Turf checked out"),
        "turf_extended": QCoreApplication.translate("ConsoleLabels", "Turf extended"),
        "turf_handed_back": QCoreApplication.translate("ConsoleLabels", "Turf handed back"),
        "turf_checked_in": QCoreApplication.translate("ConsoleLabels", "Turf checked in"),
    }
    return labels.get(action, action)


def flag_kind_label(kind: str) -> str:
    labels = {
        "contact_rate_high": QCoreApplication.translate("ConsoleLabels", "Contact rate too high"),
        "contact_rate_low": QCoreApplication.translate("ConsoleLabels", "Contact rate too low"),
        "short_calls": QCoreApplication.translate("ConsoleLabels", "Many very short calls"),
        "same_result": QCoreApplication.translate("ConsoleLabels", "Same result every call"),
    }
    return labels.get(kind, kind)


def plural(n: int, one: str, many: str, **fields: object) -> str:
    """``one``/``many`` hold ``{n}`` (and ``fields``); callers pass translated strings."""
    return (one if n == 1 else many).format(n=n, **fields)
