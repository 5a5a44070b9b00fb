"""The contact fields a CSV column can be imported as, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_labels() -> dict[str, str]:
    """``contact_mapping.TARGETS`` for people: the same keys, translated labels."""
    return {
        "crm_id": QCoreApplication.translate("ContactFields", "CRM id"),
        "first_name": QCoreApplication.translate("ContactFields", "First name"),
        "last_name": QCoreApplication.translate("ContactFields", "Last name"),
        "full_name": QCoreApplication.translate("ContactFields", "Full name"),
        "phone": QCoreApplication.translate("ContactFields", "Phone"),
        "mobile_phone": QCoreApplication.translate("ContactFields", "Mobile phone"),
        "home_phone": QCoreApplication.translate("ContactFields", "Home phone"),
        "work_phone": QCoreApplication.translate("ContactFields", "Work phone"),
        "other_phone": QCoreApplication.translate("ContactFields", "Other phone"),
        "email": QCoreApplication.translate("ContactFields", "Email"),
        "street": QCoreApplication.translate("ContactFields", "Street"),
        "city": QCoreApplication.translate("ContactFields", "City"),
        "state": QCoreApplication.translate("ContactFields", "State"),
        "postal_code": QCoreApplication.translate("ContactFields", "ZIP / postal code"),
        "country": QCoreApplication.translate("ContactFields", "Country"),
        "language": QCoreApplication.translate("ContactFields", "Language"),
        "do_not_call": QCoreApplication.translate("ContactFields", "Do not call (yes/no)"),
        "do_not_call_numbers": QCoreApplication.translate("ContactFields", "Numbers not to call"),
        "opted_out_email": QCoreApplication.translate("ContactFields", "No email (yes/no)"),
        "birth_year": QCoreApplication.translate("ContactFields", "Birth year"),
        "priority": QCoreApplication.translate("ContactFields", "Priority"),
        "polling_place": QCoreApplication.translate("ContactFields", "Polling place"),
    }
