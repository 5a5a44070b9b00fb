"""Words a person reads for checkout states and modes (times: ``ui.shiftlead.labels``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from callcenter.models import CanvassMode, CheckoutStatus

# Literal translate() calls (no wrapper) so pyside6-lupdate can extract them.


def state_label(state: str) -> str:
    labels: dict[str, str] = {
        CheckoutStatus.ACTIVE: QCoreApplication.translate("CanvassLabels", "Checked out"),
        CheckoutStatus.EXPIRED: QCoreApplication.translate("CanvassLabels", "Expired"),
        CheckoutStatus.RETURNED: QCoreApplication.translate("CanvassLabels", "Handed back"),
        CheckoutStatus.CHECKED_IN: QCoreApplication.translate("CanvassLabels", "Checked in"),
    }
    return labels.get(state, state)


def mode_label(mode: str) -> str:
    labels: dict[str, str] = {
        CanvassMode.DOOR: QCoreApplication.translate("CanvassLabels", "Door to door"),
        CanvassMode.PHONE: QCoreApplication.translate("CanvassLabels", "By phone"),
    }
    return labels.get(mode, mode)
