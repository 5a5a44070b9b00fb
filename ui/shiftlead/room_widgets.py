"""Pieces of the live room: headline numbers, the results chart, list progress bars."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
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


class ResultsChart(QChartView):
    """A horizontal bar per result code, most frequent on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsChart")
        self.setAccessibleName(self.tr("Results by code"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().hide()
        chart.setTitle(self.tr("Results by code"))
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(8)
        # Axis and bar numbers in the window's locale (12.345 in German), as elsewhere.
        chart.setLocalizeNumbers(True)
        # The theme's colours (light, dark or high contrast), as the app was started.
        palette = QApplication.palette()
        text = palette.color(QPalette.ColorRole.Text)
        chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        chart.setTitleBrush(text)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(palette.color(QPalette.ColorRole.Window))
        self.series = QHorizontalBarSeries()
        self.series.setLabelsVisible(True)
        self.series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(self.series)
        self.categories = QBarCategoryAxis()
        self.values = QValueAxis()
        # "%.0f": Qt drops "%d" labels once numbers are localized.
        self.values.setLabelFormat("%.0f")
        self.values.setTickType(QValueAxis.TickType.TicksDynamic)
        self.values.setTickAnchor(0)
        for axis in (self.categories, self.values):
            axis.setLabelsColor(text)
            axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))
            axis.setLinePenColor(palette.color(QPalette.ColorRole.Mid))
        chart.addAxis(self.categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.values, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.values)
        self.setChart(chart)
        self._shown: list[tuple[str, int]] = []

    def show_results(self, results: dict[str, int], labels: dict[str, str] | None = None) -> None:
        """Redraws only when the numbers changed (most refreshes change nothing).

        Each result is named by ``labels`` (its label as the campaign gives it), else its code.
        """
        named = {(labels or {}).get(code, code): n for code, n in results.items()}
        ordered = sorted(named.items(), key=lambda item: (-item[1], item[0]))
        locale = QLocale()
        if self.chart().locale() != locale:  # the language was switched meanwhile
            self.chart().setLocale(locale)
        elif ordered == self._shown:
            return
        self._shown = ordered
        # Horizontal bars are drawn bottom-up; reverse so the biggest is on top.
        bottom_up = list(reversed(ordered))
        self.series.clear()
        bars = QBarSet(self.tr("Calls"))
        palette = QApplication.palette()
        bars.setColor(palette.color(QPalette.ColorRole.Highlight))
        bars.setBorderColor(palette.color(QPalette.ColorRole.Highlight))
        bars.setLabelColor(palette.color(QPalette.ColorRole.Text))
        bars.append([float(n) for _, n in bottom_up])
        self.series.append(bars)
        self.categories.clear()
        self.categories.append([code for code, _ in bottom_up] or [""])
        top = max((n for _, n in ordered), default=0)
        step = _tick_step(max(top * 1.15, 5))
        self.values.setTickInterval(step)
        self.values.setRange(0, step * math.ceil(max(top * 1.15, 5) / step))
        self.setAccessibleDescription(
            ", ".join(f"{code} {formats.count(n)}" for code, n in ordered)
            or self.tr("No calls yet")
        )

    def shown_results(self) -> list[tuple[str, int]]:
        return list(self._shown)


def _tick_step(top: float, most: int = 5) -> int:
    """A round step (1, 2 or 5 times a power of ten) that splits 0..top into at most
    ``most`` parts: the axis then reads 0, 2.000, 4.000 rather than 0, 2.839, 5.678."""
    power = 10 ** max(int(math.log10(top / most)), 0) if top > most else 1
    while True:
        for factor in (1, 2, 5):
            if top / (factor * power) <= most:
                return factor * power
        power *= 10


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
                done=row.counts.get("done", 0),
                total=row.total,
                share=percent(row.done_share),
                left=left,
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
