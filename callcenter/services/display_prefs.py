"""The window's language and look, and a quick read of them for the first window.

The window is built in the profile's language and colours before the store is opened
(opening it loads the database layer and checks migrations, which takes longer than
painting the sign-in).  ``peek_display_settings`` reads the two settings with plain
``sqlite3``, read-only; whatever it cannot read falls back to the defaults, and the
app applies the real settings once the store is open.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

# Kept per profile like the dial settings; an empty language means "follow the
# system", as does the theme "system".
UI_LANGUAGE_KEY = "ui.language"
UI_THEME_KEY = "ui.theme"
UI_LANGUAGES = ("en", "de", "fr")
UI_THEMES = ("system", "light", "dark", "high_contrast")


@dataclass(frozen=True)
class DisplaySettings:
    """``language`` is "" (the system's), "en", "de" or "fr"; ``theme`` one of ``UI_THEMES``."""

    language: str = ""
    theme: str = "system"


def cleaned_display_settings(language: str | None, theme: str | None) -> DisplaySettings:
    """Stored values made safe: unknown or missing ones fall back to the system's."""
    language = (language or "").strip().lower()
    theme = (theme or "system").strip().lower()
    return DisplaySettings(
        language if language in UI_LANGUAGES else "",
        theme if theme in UI_THEMES else "system",
    )


def peek_display_settings(path: Path) -> DisplaySettings:
    """The language and theme stored in ``path``, read without opening the store.

    Never fails and never creates or changes the file: a missing file, another kind
    of file, an old schema or a lock all give the defaults.
    """
    path = Path(path)
    if not path.is_file():
        return DisplaySettings()
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error as exc:
        log.info("display settings not read before opening the store: %s", exc)
        return DisplaySettings()
    try:
        rows = dict(
            conn.execute(
                "SELECT key, value FROM setting WHERE key IN (?, ?)",
                (UI_LANGUAGE_KEY, UI_THEME_KEY),
            ).fetchall()
        )
    except sqlite3.Error as exc:
        log.info("display settings not read before opening the store: %s", exc)
        return DisplaySettings()
    finally:
        conn.close()
    return cleaned_display_settings(rows.get(UI_LANGUAGE_KEY), rows.get(UI_THEME_KEY))
