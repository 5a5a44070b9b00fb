"""The app's few icons: SVGs in ``resources/icons``, drawn in the theme's text colour.

Line icons are written with ``currentColor`` so one file serves light, dark and high
contrast; they are rendered here (QtSvg) rather than by an icon engine plugin, so a
build without that plugin still shows them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

log = logging.getLogger(__name__)

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
APP_ICON_SIZES = (16, 32, 48, 64, 128, 256)


def _render(svg: bytes, size: int, ratio: float = 1.0) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg))
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.fill(Qt.GlobalColor.transparent)
    if renderer.isValid():
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(pixmap.rect()))
        painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def _svg(name: str, colour: QColor | None = None) -> bytes:
    try:
        text = (ICONS / f"{name}.svg").read_text(encoding="utf-8")
    except OSError as exc:
        log.info("no icon %s (%s)", name, exc)
        return b""
    if colour is not None:
        text = text.replace("currentColor", colour.name())
    return text.encode("utf-8")


def line_icon(name: str, colour: QColor, size: int = 16, ratio: float = 2.0) -> QIcon:
    """``name``.svg in ``colour``; empty (not an error) when the file is missing."""
    svg = _svg(name, colour)
    return QIcon(_render(svg, size, ratio)) if svg else QIcon()


def blank_pixmap(size: int = 16, ratio: float = 2.0) -> QPixmap:
    """Holds an icon's place, so a button's text does not move when the icon appears."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.fill(Qt.GlobalColor.transparent)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def checked_icon(colour: QColor, size: int = 16) -> QIcon:
    """A tick in the On state and nothing (same size) in the Off state."""
    icon = QIcon()
    ticked = line_icon("check", colour, size)
    if ticked.isNull():
        return icon
    on = ticked.pixmap(QSize(size, size))
    icon.addPixmap(on, QIcon.Mode.Normal, QIcon.State.On)
    icon.addPixmap(blank_pixmap(size), QIcon.Mode.Normal, QIcon.State.Off)
    icon.addPixmap(on, QIcon.Mode.Active, QIcon.State.On)
    icon.addPixmap(blank_pixmap(size), QIcon.Mode.Active, QIcon.State.Off)
    return icon


def app_icon() -> QIcon:
    """The window and task-bar icon."""
    svg = _svg("app")
    icon = QIcon()
    if svg:
        for size in APP_ICON_SIZES:
            icon.addPixmap(_render(svg, size))
    return icon
