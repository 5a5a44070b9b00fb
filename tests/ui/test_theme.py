"""The look: every colour has a dark and a high-contrast counterpart, and text stays readable."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ui.theme import STYLE_SHEET, THEMES, apply_theme, load_theme, themed_sheet

# WCAG 2 contrast for body text (AA), and AAA for the high-contrast theme.
MIN_CONTRAST = {"light": 4.5, "dark": 4.5, "high_contrast": 7.0}
# Greyed-out states are exempt from the contrast rule (WCAG 1.4.3 "inactive").
INACTIVE = (":disabled", ":read-only", "[unusable=")
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def declarations(sheet: str) -> dict[str, dict[str, str]]:
    """Selector to its final declarations, later rules winning as in Qt."""
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    rules: dict[str, dict[str, str]] = {}
    for block in sheet.split("}"):
        if "{" not in block:
            continue
        selectors, body = block.split("{", 1)
        props = {}
        for line in body.split(";"):
            if ":" in line:
                key, value = line.split(":", 1)
                props[key.strip()] = value.strip()
        for selector in selectors.split(","):
            rules.setdefault(" ".join(selector.split()), {}).update(props)
    return rules


def test_every_colour_of_the_sheet_has_a_dark_and_a_high_contrast_counterpart() -> None:
    colours = {c.lower() for c in _HEX.findall(STYLE_SHEET.read_text(encoding="utf-8"))}
    for name in ("dark", "high_contrast"):
        missing = sorted(colours - load_theme(name).colors.keys())
        assert missing == [], f"add these to resources/themes/{name}.json: {missing}"


@pytest.mark.parametrize("name", THEMES)
def test_text_is_readable_in_every_theme(name: str) -> None:
    theme = load_theme(name)
    sheet = themed_sheet(STYLE_SHEET.read_text(encoding="utf-8"), theme)
    surfaces = (theme.palette["window"], theme.palette["base"])
    poor = []
    for selector, props in declarations(sheet).items():
        if any(state in selector for state in INACTIVE):
            continue
        pairs = [("color", "background"), ("selection-color", "selection-background-color")]
        for fg_key, bg_key in pairs:
            fg = _HEX.fullmatch(props.get(fg_key, ""))
            bg = _HEX.fullmatch(props.get(bg_key, "") or props.get("background-color", ""))
            if fg is None:
                continue
            backgrounds = [bg.group(0)] if bg else list(surfaces)
            for background in backgrounds:
                ratio = contrast(fg.group(0), background)
                if ratio < MIN_CONTRAST[name]:
                    poor.append(f"{selector}: {fg.group(0)} on {background} is {ratio:.1f}:1")
    assert poor == []


@pytest.mark.parametrize("name", THEMES)
def test_palette_text_is_readable(name: str) -> None:
    palette = load_theme(name).palette
    for fg, bg in (
        ("windowText", "window"),
        ("text", "base"),
        ("buttonText", "button"),
        ("highlightedText", "highlight"),
        ("toolTipText", "toolTipBase"),
    ):
        assert contrast(palette[fg], palette[bg]) >= MIN_CONTRAST[name], (fg, bg)


def test_a_dark_theme_recolours_the_sheet_and_the_palette(qapp: QApplication) -> None:
    before_sheet, before_palette, before_style = (
        qapp.styleSheet(),
        qapp.palette(),
        qapp.style().name(),
    )
    try:
        assert apply_theme(qapp, "dark") == "dark"
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 60
        assert "#f4f6f8" not in qapp.styleSheet()  # the light window colour is gone
        assert apply_theme(qapp, "high_contrast") == "high_contrast"
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    finally:
        qapp.setStyleSheet(before_sheet)
        qapp.setPalette(before_palette)
        qapp.setStyle(before_style)


def test_system_follows_the_desktop_s_scheme(qapp: QApplication) -> None:
    before_sheet, before_palette = qapp.styleSheet(), qapp.palette()
    try:
        # Offscreen reports no dark scheme and no contrast preference: light.
        assert apply_theme(qapp, "system") == "light"
    finally:
        qapp.setStyleSheet(before_sheet)
        qapp.setPalette(before_palette)
