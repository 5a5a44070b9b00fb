"""The look: one style sheet in the colours of a light, dark or high-contrast theme.

``resources/style.qss`` is written in the light colours.  A theme
(``resources/themes/<name>.json``) maps each of them to its counterpart and gives the
palette for widgets the sheet leaves alone (combo boxes, dialogs, charts); an optional
``resources/style-<name>.qss`` is appended for what a colour swap cannot do.  "system"
follows the desktop: its high-contrast setting, else its dark or light scheme, live.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
STYLE_SHEET = RESOURCES / "style.qss"
THEMES = ("light", "dark", "high_contrast")
CHOICES = ("system", *THEMES)
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")

_ROLES = {
    "window": QPalette.ColorRole.Window,
    "windowText": QPalette.ColorRole.WindowText,
    "base": QPalette.ColorRole.Base,
    "alternateBase": QPalette.ColorRole.AlternateBase,
    "text": QPalette.ColorRole.Text,
    "button": QPalette.ColorRole.Button,
    "buttonText": QPalette.ColorRole.ButtonText,
    "highlight": QPalette.ColorRole.Highlight,
    "highlightedText": QPalette.ColorRole.HighlightedText,
    "link": QPalette.ColorRole.Link,
    "placeholderText": QPalette.ColorRole.PlaceholderText,
    "toolTipBase": QPalette.ColorRole.ToolTipBase,
    "toolTipText": QPalette.ColorRole.ToolTipText,
    "mid": QPalette.ColorRole.Mid,
    "dark": QPalette.ColorRole.Dark,
    "light": QPalette.ColorRole.Light,
    "midlight": QPalette.ColorRole.Midlight,
    "shadow": QPalette.ColorRole.Shadow,
    "brightText": QPalette.ColorRole.BrightText,
}


@dataclass(frozen=True)
class Theme:
    name: str
    palette: dict[str, str]
    colors: dict[str, str]
    extra_sheet: str


@cache
def load_theme(name: str, folder: Path = RESOURCES) -> Theme:
    """Read ``themes/<name>.json`` (and ``style-<name>.qss`` if there is one)."""
    data = json.loads((folder / "themes" / f"{name}.json").read_text(encoding="utf-8"))
    extra = folder / f"style-{name}.qss"
    return Theme(
        name,
        dict(data["palette"]),
        {k.lower(): v for k, v in data["colors"].items()},
        extra.read_text(encoding="utf-8") if extra.exists() else "",
    )


def themed_sheet(sheet: str, theme: Theme) -> str:
    """``sheet`` with each light colour swapped for the theme's, then its extra rules."""
    swapped = _HEX.sub(lambda m: theme.colors.get(m.group(0).lower(), m.group(0)), sheet)
    whole = swapped + ("\n" + theme.extra_sheet if theme.extra_sheet else "")
    # Qt resolves url() against the working folder; the icons live beside the sheet.
    return whole.replace("url(icons/", f"url({(RESOURCES / 'icons').as_posix()}/")


def theme_palette(theme: Theme) -> QPalette:
    palette = QPalette()
    for key, role in _ROLES.items():
        palette.setColor(role, QColor(theme.palette[key]))
    disabled = QColor(theme.palette["disabledText"])
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def system_theme() -> str:
    """What the desktop asks for: high contrast first, then its dark or light scheme."""
    hints = QGuiApplication.styleHints()
    if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
        return "high_contrast"
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def resolve(choice: str) -> str:
    """A choice from ``CHOICES`` to one of ``THEMES``."""
    return choice if choice in THEMES else system_theme()


def apply_theme(app: QApplication, choice: str = "system", sheet_path: Path = STYLE_SHEET) -> str:
    """Style the whole app; returns the theme used.  Without the sheet the app is plainer."""
    name = resolve(choice)
    theme = load_theme(name)
    if name != "light":
        # Native styles (Windows' in particular) ignore a dark palette in places.
        app.setStyle("Fusion")
    app.setPalette(theme_palette(theme))
    try:
        sheet = sheet_path.read_text(encoding="utf-8")
    except OSError as exc:
        log.info("no style sheet at %s (%s); using the platform style", sheet_path, exc)
        return name
    app.setStyleSheet(themed_sheet(sheet, theme))
    return name


class SystemThemeFollower(QObject):
    """Re-styles the app when the desktop switches between light, dark and high contrast."""

    def __init__(self, app: QApplication, choice: str) -> None:
        super().__init__(app)
        self._app = app
        self.choice = choice
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_system_changed)
        hints.accessibility().contrastPreferenceChanged.connect(self._on_system_changed)

    def _on_system_changed(self, *_changed: object) -> None:
        if self.choice == "system":
            apply_theme(self._app, "system")
