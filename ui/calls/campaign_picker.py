"""Choosing what to call: the volunteer's campaigns with how many contacts are left."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callcenter.services.campaigns import CampaignSummary
from ui import formats

CAMPAIGN_ROLE = Qt.ItemDataRole.UserRole + 1


class CampaignPicker(QWidget):
    """Enter (or Start calling) starts the highlighted campaign."""

    start_requested = Signal(object)  # CampaignSummary
    list_requested = Signal(object)  # CampaignSummary
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignPicker")
        title = QLabel(self.tr("Choose a campaign"))
        title.setObjectName("pageTitle")
        hint = QLabel(self.tr("Pick with the arrow keys and press Enter to start calling."))
        hint.setObjectName("pageHint")
        hint.setWordWrap(True)

        self.campaign_list = QListWidget()
        self.campaign_list.setObjectName("campaignList")
        self.campaign_list.setAccessibleName(self.tr("Your campaigns"))
        self.campaign_list.setWordWrap(True)
        self.campaign_list.verticalScrollBar().setAccessibleName(self.tr("Scroll the campaigns"))
        self.campaign_list.itemActivated.connect(self._on_activated)
        self.campaign_list.currentItemChanged.connect(self._update_buttons)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("pageHint")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        self.start_button = QPushButton(self.tr("Start calling (Enter)"))
        self.start_button.setObjectName("callPrimary")
        self.start_button.setAccessibleName(self.tr("Start calling"))
        self.start_button.setAutoDefault(True)
        self.start_button.clicked.connect(self._start_current)
        self.list_button = QPushButton(self.tr("Call list (Ctrl+L)"))
        self.list_button.setObjectName("callSecondary")
        self.list_button.setAccessibleName(self.tr("Show the call list"))
        self.list_button.setAutoDefault(False)
        self.list_button.clicked.connect(self._list_current)
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"))
        self.refresh_button.setObjectName("callSecondary")
        self.refresh_button.setAccessibleName(self.tr("Refresh the campaigns"))
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh_requested)

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.list_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)

        card = QFrame()
        card.setObjectName("card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(10)
        inner.addWidget(title)
        inner.addWidget(hint)
        inner.addSpacing(8)
        inner.addWidget(self.campaign_list, 1)
        inner.addWidget(self.empty_label)
        inner.addSpacing(8)
        inner.addLayout(buttons)

        row = QHBoxLayout()
        row.addStretch(1)
        # No fixed width: with a large font the card widens instead of clipping its buttons.
        row.addWidget(card, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(row, 1)

        QWidget.setTabOrder(self.campaign_list, self.start_button)
        QWidget.setTabOrder(self.start_button, self.list_button)
        QWidget.setTabOrder(self.list_button, self.refresh_button)
        self._update_buttons()

    def show_loading(self) -> None:
        self.empty_label.setText(self.tr("Loading your campaigns…"))
        self.empty_label.show()

    def show_campaigns(self, campaigns: Sequence[CampaignSummary]) -> None:
        """Fill the list, keeping the highlighted campaign if it is still there."""
        current = self.current_campaign()
        self.campaign_list.clear()
        for summary in campaigns:
            left = self.tr("{n} contacts left").format(n=formats.count(summary.remaining))
            if summary.callbacks_due:
                due = formats.count(summary.callbacks_due)
                left += " · " + self.tr("{n} callbacks due").format(n=due)
            item = QListWidgetItem(f"{summary.name}\n{left}")
            item.setData(CAMPAIGN_ROLE, summary)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{summary.name}, {left}")
            item.setToolTip(summary.description)
            self.campaign_list.addItem(item)
            if current is not None and summary.id == current.id:
                self.campaign_list.setCurrentItem(item)
        if self.campaign_list.currentItem() is None and self.campaign_list.count():
            self.campaign_list.setCurrentRow(0)
        self.empty_label.setText(
            self.tr("You are not assigned to a campaign yet: please ask a shift lead.")
        )
        self.empty_label.setVisible(not campaigns)
        self._update_buttons()

    def current_campaign(self) -> CampaignSummary | None:
        item = self.campaign_list.currentItem()
        return item.data(CAMPAIGN_ROLE) if item is not None else None

    def set_busy(self, busy: bool) -> None:
        self.start_button.setText(
            self.tr("Starting…") if busy else self.tr("Start calling (Enter)")
        )
        self.start_button.setEnabled(not busy and self.current_campaign() is not None)

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.current_campaign() is not None
        self.start_button.setEnabled(chosen)
        self.list_button.setEnabled(chosen)

    @Slot(QListWidgetItem)
    def _on_activated(self, item: QListWidgetItem) -> None:
        summary = item.data(CAMPAIGN_ROLE)
        if summary is not None and self.start_button.isEnabled():
            self.start_requested.emit(summary)

    @Slot()
    def _start_current(self) -> None:
        summary = self.current_campaign()
        if summary is not None:
            self.start_requested.emit(summary)

    @Slot()
    def _list_current(self) -> None:
        summary = self.current_campaign()
        if summary is not None:
            self.list_requested.emit(summary)
