"""Field names of the store as a person reads them, in the window's language.

The core names a contact's fields by their column ("first_name"; in English messages
"first name"): the edit refusals and the CRM conflicts carry these names.  A name this
table lacks is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "FieldLabels"

LABELS = {
    "first_name": QT_TRANSLATE_NOOP("FieldLabels", "First name"),
    "last_name": QT_TRANSLATE_NOOP("FieldLabels", "Last name"),
    "email": QT_TRANSLATE_NOOP("FieldLabels", "Email"),
    "street": QT_TRANSLATE_NOOP("FieldLabels", "Street"),
    "city": QT_TRANSLATE_NOOP("FieldLabels", "City"),
    "state": QT_TRANSLATE_NOOP("FieldLabels", "State"),
    "postal_code": QT_TRANSLATE_NOOP("FieldLabels", "ZIP code"),
    "polling_place": QT_TRANSLATE_NOOP("FieldLabels", "Polling place"),
    "do_not_call": QT_TRANSLATE_NOOP("FieldLabels", "Do not call"),
    "opted_out_email": QT_TRANSLATE_NOOP("FieldLabels", "No emails"),
    "status": QT_TRANSLATE_NOOP("FieldLabels", "Status"),
}


def field_label(name: str) -> str:
    """ "first_name" or "first name" -> "Vorname" in German; unknown names as they are."""
    source = LABELS.get(name.strip().replace(" ", "_"))
    return QCoreApplication.translate(CONTEXT, source) if source else name


def field_list(names: str) -> str:
    """A comma-separated list of field names, each one as ``field_label`` gives it."""
    return ", ".join(field_label(name) for name in names.split(", "))
