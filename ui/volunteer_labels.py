"""Words a person reads for the core's role and status values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from callcenter.models import VolunteerRole, VolunteerStatus

# Literal translate() calls (no wrapper) so pyside6-lupdate can extract them.


def role_label(role: str) -> str:
    labels: dict[str, str] = {
        VolunteerRole.VOLUNTEER: QCoreApplication.translate("VolunteerLabels", "Volunteer"),
        VolunteerRole.SHIFT_LEAD: QCoreApplication.translate("VolunteerLabels", "Shift lead"),
        VolunteerRole.ADMIN: QCoreApplication.translate("VolunteerLabels", "Admin"),
    }
    # An unknown role (from a newer database) is shown as stored, not hidden.
    return labels.get(role, role)


def status_label(status: str) -> str:
    labels: dict[str, str] = {
        VolunteerStatus.PENDING: QCoreApplication.translate("VolunteerLabels", "Pending"),
        VolunteerStatus.ACTIVE: QCoreApplication.translate("VolunteerLabels", "Active"),
        VolunteerStatus.SUSPENDED: QCoreApplication.translate("VolunteerLabels", "Suspended"),
        VolunteerStatus.DEACTIVATED: QCoreApplication.translate("VolunteerLabels", "Deactivated"),
    }
    return labels.get(status, status)


def can_open_shift_lead_console(role: str) -> bool:
    """Whether the console is offered; the core still checks every action it takes."""
    return role in (VolunteerRole.SHIFT_LEAD, VolunteerRole.ADMIN)
