"""Checking a turf out: pick a list, cut it (ZIP, streets, households), say for how long.

The preview of what the cut takes is read on the database thread after every
change (a quarter second after the last keystroke), so typing never waits.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from callcenter.models import CanvassMode
from callcenter.services.canvass.checkout import MAX_HOURS, MIN_HOURS, CheckoutRequest
from callcenter.services.canvass.turf import (
    ListChoice,
    TurfCut,
    TurfPreview,
    list_choices,
    list_streets,
    preview_turf,
)
from ui.canvass.context import CanvassContext
from ui.canvass.labels import mode_label
from ui.ops import Op

DEFAULT_HOURS = 8.0
PREVIEW_DELAY_MS = 250


class CheckoutDialog(QDialog):
    """Enter checks out (once the preview found someone); Escape cancels."""

    def __init__(
        self, context: CanvassContext, *, claimable: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkoutDialog")
        self.setWindowTitle(self.tr("Check out a turf"))
        self.context = context
        self._preview: TurfPreview | None = None

        self.list_box = QComboBox()
        self.list_box.setAccessibleName(self.tr("List to cut the turf from"))
        self.zips = QLineEdit()
        self.zips.setAccessibleName(self.tr("ZIP codes"))
        self.zips.setPlaceholderText(self.tr("e.g. 60601, 60602 (empty: all)"))
        self.streets = QStandardItemModel(self)
        self.street_list = QListView()
        self.street_list.setAccessibleName(self.tr("Streets (tick with Space; none: all)"))
        self.street_list.setModel(self.streets)
        self.street_list.setMaximumHeight(160)
        self.households = QSpinBox()
        self.households.setAccessibleName(self.tr("Number of households (0: all)"))
        self.households.setRange(0, 100_000)
        self.households.setSpecialValueText(self.tr("All"))
        self.hours = QDoubleSpinBox()
        self.hours.setAccessibleName(self.tr("Hours until the checkout expires"))
        self.hours.setRange(MIN_HOURS, MAX_HOURS)
        self.hours.setDecimals(1)
        self.hours.setValue(DEFAULT_HOURS)
        self.hours.setSuffix(self.tr(" h"))
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("How the turf is worked"))
        for mode in (CanvassMode.DOOR, CanvassMode.PHONE):
            self.mode.addItem(mode_label(mode), str(mode))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of the turf"))
        self.name.setPlaceholderText(self.tr("e.g. Oak Street north"))
        self.name.setMaxLength(120)
        self.preview_label = QLabel(self.tr("Reading the list…"))
        self.preview_label.setObjectName("hint")
        self.preview_label.setWordWrap(True)
        self.preview_label.setAccessibleName(self.tr("What the cut takes"))

        form = QFormLayout()
        form.addRow(self.tr("&List"), self.list_box)
        form.addRow(self.tr("&ZIP codes"), self.zips)
        form.addRow(self.tr("S&treets"), self.street_list)
        form.addRow(self.tr("&Households"), self.households)
        form.addRow(self.tr("&For"), self.hours)
        form.addRow(self.tr("&Mode"), self.mode)
        form.addRow(self.tr("&Name"), self.name)

        self.buttons = QDialogButtonBox()
        self.check_out_button = QPushButton(self.tr("Check &out"))
        self.check_out_button.setObjectName("primaryButton")
        self.check_out_button.setDefault(True)
        self.check_out_button.setEnabled(False)
        self.buttons.addButton(self.check_out_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(form)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.list_box.currentIndexChanged.connect(self._list_changed)
        self.zips.textChanged.connect(self._zips_changed)
        self.households.valueChanged.connect(self._timer.start)
        self.streets.itemChanged.connect(self._timer.start)

        # With a CRM, members sync may still lease count; without, only those held here do.
        self._claimable = claimable
        store, claimable = context.store, self._claimable
        Op(self, lambda: list_choices(store, claimable=claimable), runner=context.runner).success(
            self._show_lists
        ).run()

    # --- what the lead chose ---------------------------------------------------------------

    def cut(self) -> TurfCut | None:
        list_id = self.list_box.currentData()
        if list_id is None:
            return None
        zips = tuple(z.strip() for z in self.zips.text().replace(";", ",").split(",") if z.strip())
        streets = self._ticked_streets()
        households = self.households.value() or None
        return TurfCut(int(list_id), zips, streets, households)

    def request(self) -> CheckoutRequest | None:
        cut = self.cut()
        if cut is None:
            return None
        return CheckoutRequest(
            actor_id=self.context.signed_in.volunteer_id,
            cut=cut,
            hours=self.hours.value(),
            mode=str(self.mode.currentData()),
            name=self.name.text(),
            station_id=self.context.station_id,
        )

    def _ticked_streets(self) -> tuple[str, ...]:
        return tuple(
            self.streets.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.streets.rowCount())
            if self.streets.item(row).checkState() == Qt.CheckState.Checked
        )

    # --- reading the list ------------------------------------------------------------------

    def _show_lists(self, choices: list[ListChoice]) -> None:
        self.list_box.clear()
        for choice in choices:
            self.list_box.addItem(
                self.tr("{campaign}: {list} ({n} open)").format(
                    campaign=choice.campaign_name, list=choice.list_name, n=choice.open_entries
                ),
                choice.list_id,
            )
        if not choices:
            self.preview_label.setText(self.tr("No list has anyone open to canvass."))

    @Slot()
    def _list_changed(self) -> None:
        self._load_streets()
        self._timer.start()

    @Slot()
    def _zips_changed(self) -> None:
        self._load_streets()
        self._timer.start()

    def _load_streets(self) -> None:
        cut = self.cut()
        if cut is None:
            return
        store, claimable = self.context.store, self._claimable
        Op(
            self,
            lambda: list_streets(store, cut.list_id, cut.zips, claimable=claimable),
            runner=self.context.runner,
        ).success(self._show_streets).run()

    def _show_streets(self, streets: list[tuple[str, int]] | None) -> None:
        ticked = set(self._ticked_streets())
        self.streets.clear()
        if streets is None:
            item = QStandardItem(self.tr("Type a ZIP code to see its streets."))
            item.setEnabled(False)
            self.streets.appendRow(item)
            return
        for name, people in streets:
            item = QStandardItem(self.tr("{street} ({n})").format(street=name, n=people))
            item.setData(name, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            if name in ticked:
                item.setCheckState(Qt.CheckState.Checked)
            self.streets.appendRow(item)

    @Slot()
    def refresh_preview(self) -> None:
        cut = self.cut()
        if cut is None:
            return
        store, claimable = self.context.store, self._claimable
        Op(
            self,
            lambda: preview_turf(store, cut, claimable=claimable),
            runner=self.context.runner,
        ).success(self._show_preview).run()

    def _show_preview(self, preview: TurfPreview) -> None:
        self._preview = preview
        if not preview.people:
            self.preview_label.setText(
                self.tr("Nobody open matches this cut. Widen it or pick another list.")
            )
        else:
            streets = ", ".join(preview.streets[:6]) + (" …" if len(preview.streets) > 6 else "")
            self.preview_label.setText(
                self.tr("{h} households, {p} people on {s} streets: {names}").format(
                    h=preview.households, p=preview.people, s=len(preview.streets), names=streets
                )
            )
        self.check_out_button.setEnabled(preview.people > 0)
