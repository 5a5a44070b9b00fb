"""The core's refusals in the window's language.

The core (``callcenter/``) has no Qt and words its refusals in English.  The ones a
volunteer meets at sign-in and while calling are listed here as English templates the
core's messages match; each is translated like any other string and its fields carried
over.  A message not listed (or reworded in the core) is shown as the core wrote it.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui import formats

CONTEXT = "CoreMessages"
_FIELD = re.compile(r"\{([a-z_]+)\}")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")

# Sources of these texts: callcenter/services/auth.py, calls.py, recording.py.
TEMPLATES = (
    QT_TRANSLATE_NOOP("CoreMessages", "Enter your volunteer code and your PIN."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "That code and PIN do not match. Check them against your slip."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "That code and PIN do not match. {left} try left before the code is locked.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "That code and PIN do not match. {left} tries left before the code is locked.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Too many wrong PINs: this code is locked until {time}. A shift lead can reset your PIN.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Your PIN is still being issued: try again in a moment, or ask a shift lead to reset it.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Your account is waiting to be activated: please see a shift lead."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Your account is suspended for now: please see a shift lead."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Your account has been deactivated: please ask a shift lead to reactivate it.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This contact is no longer yours to call (the lease expired or was released).",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The campaign '{name}' is closed."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "You are not assigned to the campaign '{name}'. A shift lead can assign you.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose a date and time for the callback."),
    QT_TRANSLATE_NOOP("CoreMessages", "The callback time is in the past; choose a later time."),
    QT_TRANSLATE_NOOP("CoreMessages", "The call ends before it starts; check the call timer."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Only an active shift lead or admin can manage volunteers.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "This would leave no active admin; make someone else admin first."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Select at least one volunteer."),
)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    compiled = []
    for template in TEMPLATES:
        parts = _FIELD.split(template)
        # Even parts are literal text, odd ones field names.
        regex = "".join(
            re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts)
        )
        compiled.append((re.compile(regex), template))
    return tuple(compiled)


def _field(name: str, value: str) -> str:
    clock = _CLOCK.fullmatch(value) if name == "time" else None
    if clock:
        return formats.clock(int(clock.group(1)) * 60 + int(clock.group(2)))
    return value


def translated(message: str) -> str:
    """``message`` from the core in the window's language, if it is one listed here."""
    for pattern, template in _patterns():
        found = pattern.fullmatch(message)
        if found is None:
            continue
        text = QCoreApplication.translate(CONTEXT, template)
        fields = {name: _field(name, value) for name, value in found.groupdict().items()}
        return text.format(**fields)
    return message
