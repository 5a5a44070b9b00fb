"""Pieces of the live room: headline numbers, the results chart, list progress bars."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from callcenter.services.room import ListProgressRow
from ui import formats
from ui.shiftlead.labels import percent


class StatTile(QFrame):
    """One big number with a caption under it (and an optional second line)."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statTile")
        self._caption = caption
        self.value_label = QLabel("–")
        self.value_label.setObjectName("statValue")
        self.caption_label = QLabel(caption)
        self.caption_label.setObjectName("statCaption")
        self.detail_label = QLabel()
        self.detail_label.setObjectName("statDetail")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(0)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.detail_label)
        self.setAccessibleName(caption)

    def set_value(self, value: str, detail: str = "") -> None:
        self.value_label.setText(value)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        self.setAccessibleDescription(f"{value} {detail}".strip())


# The results chart's inner margin and the gap between a name, its bar and its count.
PAD, GAP = 8, 10


class ResultsChart(QWidget):
    """A horizontal bar per result, most frequent on top: its name, its bar, its count.

    Painted here rather than by Qt Charts, whose category axis drops the names of
    bars drawn thinner than a line of text (a shift's nine results in a short pane
    showed as "..."): each row is a line of the widget's own font, names are cut
    with an ellipsis only when wider than two fifths of the width, and what does not
    fit the height is counted in a last line.  Colours from the palette (light,
    dark, high contrast); numbers in the window's locale.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsChart")
        self.setAccessibleName(self.tr("Results by code"))
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._shown: list[tuple[str, int]] = []
        self._locale = QLocale().name()
        # What the last paint drew: (name as drawn, count as drawn) a row, then the
        # "more" line if any.  Read by tests; cheap to keep.
        self.painted: list[tuple[str, str]] = []
        self.setAccessibleDescription(self.tr("No calls yet"))

    def show_results(self, results: dict[str, int], labels: dict[str, str] | None = None) -> None:
        """Redraws only when the numbers (or the window's language) changed.

        Each result is named by ``labels`` (its label as the campaign gives it), else its code.
        """
        named = {(labels or {}).get(code, code): n for code, n in results.items()}
        ordered = sorted(named.items(), key=lambda item: (-item[1], item[0]))
        locale = QLocale().name()
        if ordered == self._shown and locale == self._locale:
            return
        self._shown, self._locale = ordered, locale
        self.setAccessibleDescription(
            ", ".join(f"{code} {formats.count(n)}" for code, n in ordered)
            or self.tr("No calls yet")
        )
        self.updateGeometry()
        self.update()

    def shown_results(self) -> list[tuple[str, int]]:
        return list(self._shown)

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:
        return QSize(360, max(len(self._shown), 3) * self._row_height() + 2 * PAD)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(self.rect()), 8, 8)
        area = self.rect().adjusted(PAD, PAD, -PAD, -PAD)
        metrics = self.fontMetrics()
        self.painted = []
        painter.setPen(text)
        if not self._shown:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No calls yet"))
            return
        row = self._row_height()
        fitting = max(area.height() // row, 1)
        rows = self._shown
        more = 0
        if len(rows) > fitting:
            rows, more = rows[: fitting - 1], len(rows) - (fitting - 1)
        counts = [formats.count(n) for _, n in rows]
        name_w = min(
            # +2: elidedText measures in fractions, horizontalAdvance rounds down.
            max((metrics.horizontalAdvance(name) for name, _ in rows), default=0) + 2,
            area.width() * 2 // 5,
        )
        count_w = max((metrics.horizontalAdvance(c) for c in counts), default=0)
        bar_x = area.left() + name_w + GAP
        bar_room = max(area.right() - GAP - count_w - bar_x, 1)
        top_n = max(n for _, n in self._shown) or 1
        bar_colour = palette.color(QPalette.ColorRole.Highlight)
        for i, ((name, n), count) in enumerate(zip(rows, counts, strict=True)):
            y = area.top() + i * row
            shown_name = metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_w)
            painter.setPen(text)
            painter.drawText(
                QRect(area.left(), y, name_w, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                shown_name,
            )
            length = max(round(bar_room * n / top_n), 2 if n else 0)
            painter.fillRect(QRect(bar_x, y + 3, length, row - 6), bar_colour)
            painter.drawText(
                QRect(bar_x + length + GAP // 2, y, count_w + GAP, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                count,
            )
            self.painted.append((shown_name, count))
        if more:
            line = self.tr("and {n} more").format(n=formats.count(more))
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRect(area.left(), area.top() + len(rows) * row, area.width(), row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
            self.painted.append((line, ""))


class ListProgressPanel(QFrame):
    """One bar per call list: how much of it is done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listProgress")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(1, 1)
        self.bars: dict[int, QProgressBar] = {}
        self.details: dict[int, QLabel] = {}
        self._labels: list[QLabel] = []
        self._empty = QLabel(self.tr("No active call lists."))
        self._empty.setObjectName("sectionHint")
        self._grid.addWidget(self._empty, 0, 0, 1, 3)

    def show_lists(self, lists: Sequence[ListProgressRow]) -> None:
        if [r.list_id for r in lists] != list(self.bars):
            self._rebuild(lists)
        for row in lists:
            bar = self.bars[row.list_id]
            bar.setMaximum(max(row.total, 1))
            bar.setValue(row.counts.get("done", 0))
            left = row.counts.get("pending", 0) + row.counts.get("callback", 0)
            text = self.tr("{done} done of {total} ({share}), {left} left").format(
                done=formats.count(row.counts.get("done", 0)),
                total=formats.count(row.total),
                share=percent(row.done_share),
                left=formats.count(left),
            )
            # Beside the bar, not in it: the sentence would not fit a bar in German.
            bar.setAccessibleDescription(text)
            self.details[row.list_id].setText(text)

    def _rebuild(self, lists: Sequence[ListProgressRow]) -> None:
        for widget in [*self.bars.values(), *self._labels]:
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self.bars, self.details, self._labels = {}, {}, []
        self._empty.setVisible(not lists)
        for i, row in enumerate(lists):
            name = QLabel(f"{row.list_name}")
            name.setObjectName("listName")
            name.setToolTip(row.campaign)
            detail = QLabel()
            detail.setObjectName("sectionHint")
            detail.setToolTip(row.campaign)
            bar = QProgressBar()
            bar.setAccessibleName(self.tr("Progress of {name}").format(name=row.list_name))
            bar.setTextVisible(False)
            self._grid.addWidget(name, i, 0)
            self._grid.addWidget(bar, i, 1)
            self._grid.addWidget(detail, i, 2)
            self.bars[row.list_id] = bar
            self.details[row.list_id] = detail
            self._labels += [name, detail]
