"""Whether a screen's texts fit: the check the no-clipped-text tests share.

A label fits when it got the width its text needs (or, wrapping, the height); a
button when it got its minimum size.  Tab bars, group box titles and check boxes
are looked at the same way.  ``show_at`` puts a top-level widget at the laptop size
the project targets (1366x768) and lets the layout settle.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)

from ui.app import load_style_sheet
from ui.i18n import LanguageSwitch

LAPTOP = (1366, 768)


def clipped_texts(root: QWidget) -> list[str]:
    """Visible labels, buttons, tabs and group titles whose text needs more room than given."""
    clipped = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        text = ""
        if isinstance(widget, QLabel) and widget.text():
            text = widget.text()
            if widget.wordWrap():
                fits = widget.height() >= widget.heightForWidth(widget.width())
            else:
                fits = widget.width() >= widget.sizeHint().width()
        elif isinstance(widget, QAbstractButton) and widget.text():
            text = widget.text()
            fits = widget.width() >= widget.minimumSizeHint().width()
        elif isinstance(widget, QGroupBox) and widget.title():
            text = widget.title()
            fits = widget.width() >= widget.minimumSizeHint().width()
        elif isinstance(widget, QTabBar) and widget.count():
            text = " | ".join(widget.tabText(i) for i in range(widget.count()))
            needed = sum(widget.tabSizeHint(i).width() for i in range(widget.count()))
            fits = widget.width() >= needed or widget.usesScrollButtons()
        else:
            continue
        if not fits:
            shown = text.replace("\n", " ")[:60]
            clipped.append(f"{type(widget).__name__} {widget.objectName()!r}: {shown!r}")
    return clipped


def show_at(widget: QWidget, size: tuple[int, int] = LAPTOP) -> None:
    """Shown at ``size`` with the layout settled, as before any paint."""
    widget.resize(*size)
    widget.show()
    QApplication.processEvents()


def assert_fits(root: QWidget, what: str, shots: Path | None = None) -> None:
    QApplication.processEvents()
    clipped = clipped_texts(root)
    if shots is not None:
        root.grab().save(str(shots / f"{what}.png"))
    assert clipped == [], f"{what}: texts cut short: {clipped}"


@pytest.fixture
def styled_language(qapp: QApplication) -> Iterator[LanguageSwitch]:
    """The app's style sheet and a language switch; English and the old locale come back."""
    before, style = QLocale(), qapp.styleSheet()
    switch = LanguageSwitch("en", system=QLocale("C"))
    load_style_sheet(qapp)
    yield switch
    switch.uninstall()
    QLocale.setDefault(before)
    qapp.setStyleSheet(style)
