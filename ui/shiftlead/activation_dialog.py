"""One confirmation for activating one or many volunteers: identity, campaigns, station, shift."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import Qt, QTime, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from callcenter.services.activation_options import ActivationOptions
from callcenter.services.volunteer_import import parse_languages
from ui.core_messages import sentence, translated
from ui.messages import announce
from ui.shiftlead.accessible_parts import name_spin_box_field, name_view_parts
from ui.shiftlead.labels import plural

# A typical evening shift; the lead changes it in one keystroke if not.
DEFAULT_SHIFT_HOURS = 4
CAMPAIGN_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class ActivationChoices:
    """What the lead confirmed; ``languages`` None keeps each volunteer's own."""

    campaign_ids: tuple[int, ...]
    station_id: int | None
    languages: tuple[str, ...] | None
    shift_ends_at: datetime | None


def next_local_time(clock: time, now: datetime) -> datetime:
    """The next moment the local clock shows ``clock`` (tonight, or after midnight), in UTC."""
    local_now = now.astimezone()
    end = local_now.replace(hour=clock.hour, minute=clock.minute, second=0, microsecond=0)
    if end <= local_now:
        end += timedelta(days=1)
    return end.astimezone(UTC)


def default_shift_end(now: datetime) -> time:
    """Now plus a shift, rounded up to the half hour."""
    local = now.astimezone() + timedelta(hours=DEFAULT_SHIFT_HOURS)
    minutes = (local.minute + 29) // 30 * 30
    local = local.replace(minute=0, second=0, microsecond=0) + timedelta(minutes=minutes)
    return local.time()


class ActivationDialog(QDialog):
    """Enter confirms; the identity box must be ticked first (Space ticks it)."""

    def __init__(
        self,
        names: Sequence[str],
        options: ActivationOptions,
        *,
        station_id: int | None,
        languages: Sequence[str] | None,
        now: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("activationDialog")
        self._now = now or datetime.now(UTC)
        self.choices: ActivationChoices | None = None
        count = len(names)
        title = (
            self.tr("Activate {name}").format(name=names[0])
            if count == 1
            else plural(
                count, self.tr("Activate {n} volunteer"), self.tr("Activate {n} volunteers")
            )
        )
        self.setWindowTitle(title)

        heading = QLabel(title)
        heading.setObjectName("dialogTitle")
        shown = ", ".join(names[:6]) + (
            self.tr(" and {n} more").format(n=count - 6) if count > 6 else ""
        )
        who = QLabel(shown)
        who.setObjectName("dialogHint")
        who.setWordWrap(True)

        self.identity_box = QCheckBox(
            self.tr("&Identity checked (photo ID, or the email or phone they signed up with)")
            if count == 1
            else self.tr(
                "&Identity of all {n} checked (photo ID, or their sign-up email or phone)"
            ).format(n=count)
        )
        self.identity_box.setAccessibleName(self.tr("Identity checked"))

        self.campaign_model = QStandardItemModel(self)
        for choice in options.campaigns:
            item = QStandardItem(choice.name)
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(choice.id, CAMPAIGN_ID_ROLE)
            # With only one campaign there is nothing to choose.
            checked = len(options.campaigns) == 1
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.campaign_model.appendRow(item)
        self.campaign_list = QListView()
        self.campaign_list.setObjectName("campaignList")
        self.campaign_list.setModel(self.campaign_model)
        self.campaign_list.setAccessibleName(self.tr("Campaigns"))
        name_view_parts(self.campaign_list)
        self.campaign_list.setMaximumHeight(120)
        self.campaign_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)

        self.station_combo = QComboBox()
        self.station_combo.setAccessibleName(self.tr("Station"))
        self.station_combo.addItem(self.tr("No fixed station"), None)
        for choice in options.stations:
            label = (
                self.tr("{name} (this station)").format(name=choice.name)
                if choice.id == station_id
                else choice.name
            )
            self.station_combo.addItem(label, choice.id)
        self.station_combo.setCurrentIndex(max(self.station_combo.findData(station_id), 0))

        self.languages_field = QLineEdit(", ".join(languages or ()))
        self.languages_field.setAccessibleName(self.tr("Languages"))
        self.languages_field.setPlaceholderText(self.tr("Keep each volunteer's languages"))

        self.shift_end_box = QCheckBox(self.tr("&Shift ends at"))
        self.shift_end_box.setAccessibleName(self.tr("Set a shift end"))
        self.shift_end_box.setChecked(True)
        self.shift_end_field = QTimeEdit()
        self.shift_end_field.setAccessibleName(self.tr("Shift end time"))
        self.shift_end_field.setDisplayFormat("HH:mm")
        name_spin_box_field(self.shift_end_field)
        end = default_shift_end(self._now)
        self.shift_end_field.setTime(QTime(end.hour, end.minute))
        self.shift_end_box.toggled.connect(self.shift_end_field.setEnabled)

        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        campaigns_label = QLabel(self.tr("&Campaigns"))
        campaigns_label.setBuddy(self.campaign_list)
        form.addRow(campaigns_label, self.campaign_list)
        station_label = QLabel(self.tr("S&tation"))
        station_label.setBuddy(self.station_combo)
        form.addRow(station_label, self.station_combo)
        languages_label = QLabel(self.tr("&Languages"))
        languages_label.setBuddy(self.languages_field)
        form.addRow(languages_label, self.languages_field)
        form.addRow(self.shift_end_box, self.shift_end_field)

        buttons = QDialogButtonBox()
        self.activate_button = QPushButton(title)
        self.activate_button.setObjectName("primaryButton")
        self.activate_button.setAccessibleName(title)
        self.activate_button.setDefault(True)
        buttons.addButton(self.activate_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(who)
        layout.addSpacing(6)
        layout.addWidget(self.identity_box)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

        QWidget.setTabOrder(self.identity_box, self.campaign_list)
        self.identity_box.setFocus()

    def checked_campaign_ids(self) -> tuple[int, ...]:
        ids = []
        for row in range(self.campaign_model.rowCount()):
            item = self.campaign_model.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(CAMPAIGN_ID_ROLE)))
        return tuple(ids)

    @Slot()
    def accept(self) -> None:
        """Checks what the core cannot know (the lead looked at an ID), then closes."""
        if not self.identity_box.isChecked():
            self._refuse(
                self.tr("Tick “Identity checked” once you have checked who they are."),
                self.identity_box,
            )
            return
        languages: tuple[str, ...] | None = None
        if self.languages_field.text().strip():
            parsed, why = parse_languages(self.languages_field.text())
            if parsed is None:
                self._refuse(sentence(translated(why)), self.languages_field)
                return
            languages = parsed
        shift_end = None
        if self.shift_end_box.isChecked():
            clock = self.shift_end_field.time()
            shift_end = next_local_time(time(clock.hour(), clock.minute()), self._now)
        self.choices = ActivationChoices(
            campaign_ids=self.checked_campaign_ids(),
            station_id=self.station_combo.currentData(),
            languages=languages,
            shift_ends_at=shift_end,
        )
        super().accept()

    def _refuse(self, text: str, focus: QWidget) -> None:
        self.error_label.setText(text)
        self.error_label.setAccessibleDescription(text)
        self.error_label.show()
        focus.setFocus()
        announce(self.error_label, text)
