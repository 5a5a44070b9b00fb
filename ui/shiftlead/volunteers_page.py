"""Every volunteer: filter, then suspend, reactivate, deactivate, reset PINs, change roles.

Buttons are enabled from the core's own transition table as a hint; the core
still decides, and its refusal is shown as it wrote it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callcenter.models import VolunteerRole, VolunteerStatus
from callcenter.services import volunteer_directory, volunteers
from callcenter.services.volunteer_directory import VolunteerFilter, VolunteerRow
from callcenter.services.volunteers import TRANSITIONS, IssuedCredential, StatusChange
from ui.messages import report_failure
from ui.ops import Op
from ui.shiftlead.confirm_dialog import ConfirmDialog
from ui.shiftlead.context import ConsoleContext
from ui.shiftlead.labels import plural
from ui.shiftlead.row_model import select_ids
from ui.shiftlead.slips import SlipsDialog
from ui.shiftlead.volunteer_table import (
    directory_columns,
    make_table_view,
    selected_volunteers,
    volunteer_model,
)
from ui.volunteer_labels import role_label, status_label

SEARCH_DELAY_MS = 250
END_OF_SHIFT_REASON = "end of shift"


def _reset_pins(
    ctx: ConsoleContext, ids: Sequence[int]
) -> tuple[list[IssuedCredential], Exception | None]:
    """Runs on the worker: new PINs one by one, keeping those issued before a refusal."""
    issued: list[IssuedCredential] = []
    try:
        for vid in ids:
            issued.append(
                volunteers.reset_pin(ctx.store, ctx.actor_id, vid, station_id=ctx.station_id)
            )
    except Exception as exc:  # the PINs issued so far must still be shown
        return issued, exc
    return issued, None


def _change_roles(
    ctx: ConsoleContext, ids: Sequence[int], role: str
) -> tuple[int, Exception | None]:
    done = 0
    try:
        for vid in ids:
            volunteers.change_role(ctx.store, ctx.actor_id, vid, role, station_id=ctx.station_id)
            done += 1
    except Exception as exc:
        return done, exc
    return done, None


class VolunteersPage(QWidget):
    status_message = Signal(str)

    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("volunteersPage")
        self._ctx = ctx
        self.confirm_dialog: ConfirmDialog | None = None
        self.slips_dialog: SlipsDialog | None = None

        self.search_field = QLineEdit()
        self.search_field.setAccessibleName(self.tr("Find volunteers"))
        self.search_field.setPlaceholderText(self.tr("Find by name, email or code"))
        self.search_field.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in VolunteerStatus:
            self.status_filter.addItem(status_label(status), status.value)
        self.role_filter = QComboBox()
        self.role_filter.setAccessibleName(self.tr("Role filter"))
        self.role_filter.addItem(self.tr("All roles"), None)
        for role in VolunteerRole:
            self.role_filter.addItem(role_label(role), role.value)
        self.signed_in_filter = QCheckBox(self.tr("Signed in now"))
        self.signed_in_filter.setAccessibleName(self.tr("Only volunteers signed in now"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search_field.textChanged.connect(self._search_timer.start)
        self.status_filter.currentIndexChanged.connect(self.reload)
        self.role_filter.currentIndexChanged.connect(self.reload)
        self.signed_in_filter.toggled.connect(self.reload)

        self.count_label = QLabel()
        self.count_label.setObjectName("sectionHint")
        self.model = volunteer_model(directory_columns())
        self.table = make_table_view(self.tr("Volunteers"))
        self.table.setObjectName("volunteersTable")
        self.table.setModel(self.model)
        self.table.setColumnWidth(0, 200)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.suspend_button = self._button(self.tr("&Suspend…"), self.tr("Suspend selected"))
        self.suspend_button.clicked.connect(lambda: self.confirm_status_change("suspend"))
        self.reactivate_button = self._button(
            self.tr("&Reactivate"), self.tr("Reactivate selected")
        )
        self.reactivate_button.clicked.connect(lambda: self.change_status("reactivate"))
        self.deactivate_button = self._button(
            self.tr("&Deactivate…"), self.tr("Deactivate selected")
        )
        self.deactivate_button.clicked.connect(lambda: self.confirm_status_change("deactivate"))
        self.reset_pin_button = self._button(self.tr("Reset &PIN"), self.tr("Reset PIN"))
        self.reset_pin_button.clicked.connect(self.reset_pins)
        self.role_choice = QComboBox()
        self.role_choice.setAccessibleName(self.tr("New role"))
        for role in VolunteerRole:
            self.role_choice.addItem(role_label(role), role.value)
        self.role_button = self._button(self.tr("Change r&ole"), self.tr("Change role"))
        self.role_button.clicked.connect(
            lambda: self.change_role_of_selected(self.role_choice.currentData())
        )
        # Only admins change roles; the core refuses anyone else all the same.
        is_admin = ctx.actor_role == VolunteerRole.ADMIN
        self.role_choice.setVisible(is_admin)
        self.role_button.setVisible(is_admin)
        self.end_shift_button = QPushButton(self.tr("&End shift…"))
        self.end_shift_button.setObjectName("dangerButton")
        self.end_shift_button.setAccessibleName(
            self.tr("End shift: deactivate all active volunteers")
        )
        self.end_shift_button.clicked.connect(self.prepare_end_of_shift)

        filters = QHBoxLayout()
        filters.addWidget(self.search_field, 2)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.role_filter)
        filters.addWidget(self.signed_in_filter)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        actions = QHBoxLayout()
        for widget in (
            self.suspend_button,
            self.reactivate_button,
            self.deactivate_button,
            self.reset_pin_button,
            self.role_choice,
            self.role_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.end_shift_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.setFocusProxy(self.table)
        self._update_buttons()

    def _button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("secondaryButton")
        button.setAccessibleName(accessible)
        return button

    # --- loading ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def current_filter(self) -> VolunteerFilter:
        return VolunteerFilter(
            status=self.status_filter.currentData(),
            role=self.role_filter.currentData(),
            search=self.search_field.text(),
            signed_in=True if self.signed_in_filter.isChecked() else None,
        )

    @Slot()
    def reload(self) -> None:
        store, flt = self._ctx.store, self.current_filter()
        keep = [r.id for r in selected_volunteers(self.table, self.model)]
        Op(
            self, lambda: volunteer_directory.list_volunteers(store, flt), runner=self._ctx.runner
        ).success(lambda rows: self._show_rows(rows, keep)).run()

    def _show_rows(self, rows: list[VolunteerRow], keep: Sequence[int]) -> None:
        self.model.set_rows(rows)
        select_ids(self.table, self.model, keep)
        self.count_label.setText(
            plural(len(rows), self.tr("{n} volunteer"), self.tr("{n} volunteers"))
        )
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        chosen = selected_volunteers(self.table, self.model)
        statuses = {r.status for r in chosen}

        def allowed(action: str) -> bool:
            return bool(chosen) and statuses <= TRANSITIONS[action][0]

        self.suspend_button.setEnabled(allowed("suspend"))
        self.reactivate_button.setEnabled(allowed("reactivate"))
        self.deactivate_button.setEnabled(allowed("deactivate"))
        self.reset_pin_button.setEnabled(
            bool(chosen) and statuses <= {VolunteerStatus.ACTIVE, VolunteerStatus.SUSPENDED}
        )
        self.role_button.setEnabled(bool(chosen))

    # --- status changes -----------------------------------------------------------------

    def confirm_status_change(self, action: str) -> None:
        chosen = selected_volunteers(self.table, self.model)
        if not chosen:
            return
        n, who = len(chosen), chosen[0].name
        if action == "suspend":
            title = (
                self.tr("Suspend {name}?").format(name=who)
                if n == 1
                else self.tr("Suspend {n} volunteers?").format(n=n)
            )
            explanation = self.tr(
                "They are signed out at once and cannot sign in until reactivated. "
                "Contacts they hold go back to the list; their calls are kept."
            )
            confirm = self.tr("Suspend")
        else:
            title = (
                self.tr("Deactivate {name}?").format(name=who)
                if n == 1
                else self.tr("Deactivate {n} volunteers?").format(n=n)
            )
            explanation = self.tr(
                "They are signed out at once, here and on every workstation, and cannot "
                "sign in again. Contacts they hold go back to the list; their calls are kept."
            )
            confirm = self.tr("Deactivate")
        ids = [r.id for r in chosen]
        self._confirm(
            title, explanation, confirm, lambda reason: self.change_status(action, ids, reason)
        )

    def _confirm(
        self, title: str, explanation: str, confirm: str, then: Callable[[str], None]
    ) -> None:
        dialog = ConfirmDialog(title, explanation, confirm, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: then(dialog.reason()))
        dialog.finished.connect(self._forget_confirm_dialog)
        self.confirm_dialog = dialog
        dialog.open()

    @Slot()
    def _forget_confirm_dialog(self) -> None:
        self.confirm_dialog = None

    def change_status(
        self, action: str, ids: Sequence[int] | None = None, reason: str = ""
    ) -> None:
        """Suspend, reactivate or deactivate in one core call (one transaction)."""
        chosen = (
            list(ids)
            if ids is not None
            else [r.id for r in selected_volunteers(self.table, self.model)]
        )
        if not chosen:
            return
        ctx = self._ctx
        Op(
            self,
            lambda: volunteers.change_status(
                ctx.store, ctx.actor_id, chosen, action, station_id=ctx.station_id, reason=reason
            ),
            runner=ctx.runner,
        ).success(lambda change: self._on_status_changed(action, change)).run()

    def _on_status_changed(self, action: str, change: StatusChange) -> None:
        n = len(change.volunteer_ids)
        done = {
            "suspend": plural(
                n, self.tr("Suspended {n} volunteer"), self.tr("Suspended {n} volunteers")
            ),
            "reactivate": plural(
                n, self.tr("Reactivated {n} volunteer"), self.tr("Reactivated {n} volunteers")
            ),
            "deactivate": plural(
                n, self.tr("Deactivated {n} volunteer"), self.tr("Deactivated {n} volunteers")
            ),
        }[action]
        if action == "reactivate":
            self.status_message.emit(done + ".")
        else:
            self.status_message.emit(
                self.tr(
                    "{done}. Signed out: {signed_out}. Contacts back on the list: {released}."
                ).format(
                    done=done, signed_out=change.sessions_ended, released=change.leases_released
                )
            )
        self.reload()

    # --- end of shift -------------------------------------------------------------------

    @Slot()
    def prepare_end_of_shift(self) -> None:
        """Count who is still active, then ask once."""
        store = self._ctx.store
        flt = VolunteerFilter(status=VolunteerStatus.ACTIVE, role=VolunteerRole.VOLUNTEER)
        Op(
            self, lambda: volunteer_directory.list_volunteers(store, flt), runner=self._ctx.runner
        ).success(self._confirm_end_of_shift).run()

    def _confirm_end_of_shift(self, active: list[VolunteerRow]) -> None:
        if not active:
            self.status_message.emit(self.tr("Nobody to sign out: no volunteer is active."))
            return
        ids = [r.id for r in active]
        n = len(ids)
        self._confirm(
            plural(
                n,
                self.tr("End the shift: deactivate {n} active volunteer?"),
                self.tr("End the shift: deactivate all {n} active volunteers?"),
            ),
            self.tr(
                "Everyone with the volunteer role is signed out at once and their contacts go "
                "back to the list; their calls are kept. Shift leads and admins stay active. "
                "Returning volunteers are activated again from the queue with a new code."
            ),
            self.tr("End shift"),
            lambda reason: self.change_status("deactivate", ids, reason or END_OF_SHIFT_REASON),
        )

    # --- PINs and roles -----------------------------------------------------------------

    @Slot()
    def reset_pins(self) -> None:
        ctx = self._ctx
        ids = [r.id for r in selected_volunteers(self.table, self.model)]
        if not ids:
            return
        Op(self, lambda: _reset_pins(ctx, ids), runner=ctx.runner).success(
            self._on_pins_reset
        ).run()

    def _on_pins_reset(self, outcome: tuple[list[IssuedCredential], Exception | None]) -> None:
        issued, error = outcome
        if issued:
            dialog = SlipsDialog(issued, parent=self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(self._forget_slips)
            self.slips_dialog = dialog
            dialog.open()
            self.status_message.emit(
                plural(
                    len(issued),
                    self.tr("New PIN for {n} volunteer."),
                    self.tr("New PINs for {n} volunteers."),
                )
            )
        if error is not None:
            report_failure(self, error)
        self.reload()

    @Slot()
    def _forget_slips(self) -> None:
        self.slips_dialog = None

    def change_role_of_selected(self, role: str) -> None:
        ctx = self._ctx
        ids = [r.id for r in selected_volunteers(self.table, self.model)]
        if not ids:
            return
        Op(self, lambda: _change_roles(ctx, ids, role), runner=ctx.runner).success(
            lambda outcome: self._on_roles_changed(role, outcome)
        ).run()

    def _on_roles_changed(self, role: str, outcome: tuple[int, Exception | None]) -> None:
        done, error = outcome
        if done:
            self.status_message.emit(
                plural(
                    done,
                    self.tr("Role changed to {role} for {n} volunteer."),
                    self.tr("Role changed to {role} for {n} volunteers."),
                    role=role_label(role),
                )
            )
        if error is not None:
            report_failure(self, error)
        self.reload()
