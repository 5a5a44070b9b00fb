"""Per-profile settings the app reads at work time (how this workstation dials)."""

from __future__ import annotations

from dataclasses import dataclass

from callcenter.db import Store
from callcenter.errors import InvalidInputError
from callcenter.messages import msg
from callcenter.models import Setting
from callcenter.services.display_prefs import (
    UI_LANGUAGE_KEY,
    UI_LANGUAGES,
    UI_THEME_KEY,
    UI_THEMES,
    DisplaySettings,
    cleaned_display_settings,
)

DIAL_SCHEME_KEY = "dial.scheme"
SIP_DOMAIN_KEY = "dial.sip_domain"
DIAL_SCHEMES = ("tel", "sip")


@dataclass(frozen=True)
class DialSettings:
    """``tel:`` hands the number to the desktop's dialer; ``sip:`` to a softphone."""

    scheme: str = "tel"
    sip_domain: str | None = None

    def uri(self, number_e164: str) -> str:
        """The URI the desktop opens to call ``number_e164``."""
        if self.scheme == "sip" and self.sip_domain:
            return f"sip:{number_e164}@{self.sip_domain}"
        return f"{self.scheme}:{number_e164}"


def dial_settings(store: Store) -> DialSettings:
    """This profile's dial settings; an unknown stored scheme falls back to ``tel``."""
    with store.read() as s:
        scheme_row = s.get(Setting, DIAL_SCHEME_KEY)
        domain_row = s.get(Setting, SIP_DOMAIN_KEY)
        scheme = scheme_row.value.strip().lower() if scheme_row else "tel"
        domain = domain_row.value.strip() if domain_row and domain_row.value.strip() else None
    return DialSettings(scheme if scheme in DIAL_SCHEMES else "tel", domain)


def set_dial_settings(store: Store, scheme: str, sip_domain: str | None = None) -> None:
    """Choose how this profile dials.

    Raises:
        InvalidInputError: the scheme is neither ``tel`` nor ``sip``.
    """
    scheme = scheme.strip().lower()
    if scheme not in DIAL_SCHEMES:
        raise InvalidInputError(msg("settings.dialing_works_tel_sip_not", scheme=scheme))
    with store.write() as s:
        s.merge(Setting(key=DIAL_SCHEME_KEY, value=scheme))
        s.merge(Setting(key=SIP_DOMAIN_KEY, value=(sip_domain or "").strip()))


def display_settings(store: Store) -> DisplaySettings:
    """This profile's language and theme; unknown stored values fall back to the system's."""
    with store.read() as s:
        language_row = s.get(Setting, UI_LANGUAGE_KEY)
        theme_row = s.get(Setting, UI_THEME_KEY)
        return cleaned_display_settings(
            language_row.value if language_row else None, theme_row.value if theme_row else None
        )


def set_display_settings(store: Store, language: str, theme: str) -> None:
    """Choose the window's language ("" for the system's) and theme.

    Raises:
        InvalidInputError: the language or theme is not one the app has.
    """
    language, theme = language.strip().lower(), theme.strip().lower()
    if language and language not in UI_LANGUAGES:
        raise InvalidInputError(
            msg("settings.app_speaks_not", items=", ".join(UI_LANGUAGES), language=language)
        )
    if theme not in UI_THEMES:
        raise InvalidInputError(
            msg("settings.there_no_theme_try", theme=theme, items=", ".join(UI_THEMES))
        )
    with store.write() as s:
        s.merge(Setting(key=UI_LANGUAGE_KEY, value=language))
        s.merge(Setting(key=UI_THEME_KEY, value=theme))
