"""Pending volunteers: walk-ins, imports and sign-ups, activated one or many at a time."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callcenter.db import Store
from callcenter.errors import UserError
from callcenter.models import VolunteerStatus
from callcenter.services import volunteer_directory, volunteer_import, volunteers
from callcenter.services.activation_options import ActivationOptions, activation_options
from callcenter.services.volunteer_directory import VolunteerFilter, VolunteerRow
from callcenter.services.volunteers import IssuedCredential
from ui.core_messages import translated
from ui.messages import report_failure, unexpected_error_text
from ui.ops import Op
from ui.shiftlead.activation_dialog import ActivationChoices, ActivationDialog
from ui.shiftlead.context import ConsoleContext
from ui.shiftlead.labels import plural
from ui.shiftlead.row_model import select_ids
from ui.shiftlead.slips import SlipsDialog
from ui.shiftlead.volunteer_table import (
    make_table_view,
    queue_columns,
    selected_volunteers,
    volunteer_model,
)
from ui.shiftlead.walk_in_form import WalkIn, WalkInForm

SEARCH_DELAY_MS = 250
ACTIVATE_KEYS = ("Ctrl+Return", "Ctrl+Enter")
WALK_IN_KEY = "Ctrl+N"


def waiting_volunteers(store: Store, statuses: Sequence[str], search: str) -> list[VolunteerRow]:
    """Runs on the worker: everyone in these statuses, by name."""
    rows = [
        row
        for status in statuses
        for row in volunteer_directory.list_volunteers(
            store, VolunteerFilter(status=status, search=search)
        )
    ]
    return (
        sorted(rows, key=lambda r: (r.name.split()[-1:], r.name, r.id))
        if len(statuses) > 1
        else rows
    )


class QueuePage(QWidget):
    """Select rows (Shift+arrows), Ctrl+Enter, tick identity, Enter: codes and PINs."""

    status_message = Signal(str)
    pending_count_changed = Signal(int)

    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queuePage")
        self._ctx = ctx
        self.activation_dialog: ActivationDialog | None = None
        self.slips_dialog: SlipsDialog | None = None
        self.import_report: QMessageBox | None = None
        self._activating: tuple[int, ...] = ()

        title = QLabel(self.tr("Waiting to be activated"))
        title.setObjectName("sectionTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("sectionHint")
        self.search_field = QLineEdit()
        self.search_field.setAccessibleName(self.tr("Find in the queue"))
        self.search_field.setPlaceholderText(self.tr("Find by name or email"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(240)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search_field.textChanged.connect(self._search_timer.start)
        # Deactivated volunteers come back on another day: activated again with a new code.
        self.returning_box = QCheckBox(self.tr("Show &returning volunteers"))
        self.returning_box.setAccessibleName(self.tr("Also show deactivated volunteers"))
        self.returning_box.toggled.connect(lambda _checked: self.reload())

        self.model = volunteer_model(queue_columns())
        self.table = make_table_view(self.tr("Pending volunteers"))
        self.table.setObjectName("queueTable")
        self.table.setModel(self.model)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 220)
        self.table.setColumnWidth(2, 90)
        self.table.setColumnWidth(3, 140)
        self.table.selectionModel().selectionChanged.connect(self._update_activate_button)

        self.activate_button = QPushButton(self.tr("&Activate selected…"))
        self.activate_button.setObjectName("primaryButton")
        self.activate_button.setAccessibleName(self.tr("Activate selected volunteers"))
        self.activate_button.setToolTip(self.tr("Ctrl+Enter"))
        self.activate_button.setEnabled(False)
        self.activate_button.clicked.connect(self.open_activation)
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.import_button.setObjectName("secondaryButton")
        self.import_button.setAccessibleName(self.tr("Import a sign-up list from CSV"))
        self.import_button.clicked.connect(self.choose_import_file)

        self.walk_in_form = WalkInForm()
        self.walk_in_form.submitted.connect(self.add_walk_in)

        for keys in ACTIVATE_KEYS:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.open_activation)
        walk_in_shortcut = QShortcut(QKeySequence(WALK_IN_KEY), self)
        walk_in_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        walk_in_shortcut.activated.connect(self.walk_in_form.first_field.setFocus)

        head = QHBoxLayout()
        head.addWidget(title)
        head.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        head.addStretch(1)
        head.addWidget(self.search_field)
        actions = QHBoxLayout()
        actions.addWidget(self.activate_button)
        actions.addStretch(1)
        actions.addWidget(self.returning_box)
        actions.addSpacing(12)
        actions.addWidget(self.import_button)
        left = QVBoxLayout()
        left.addLayout(head)
        left.addWidget(self.table, 1)
        left.addLayout(actions)
        walk_in_column = QVBoxLayout()
        walk_in_column.addWidget(self.walk_in_form)
        walk_in_hint = QLabel(
            self.tr("Ctrl+N: new walk-in. Enter adds them to the queue, selected.")
        )
        walk_in_hint.setObjectName("sectionHint")
        walk_in_hint.setWordWrap(True)
        walk_in_column.addWidget(walk_in_hint)
        walk_in_column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(20)
        layout.addLayout(left, 1)
        layout.addLayout(walk_in_column)
        self.walk_in_form.setFixedWidth(320)
        self.setFocusProxy(self.table)

    # --- loading ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    @Slot()
    def reload(self, select: Sequence[int] = ()) -> None:
        store, search = self._ctx.store, self.search_field.text()
        statuses = [VolunteerStatus.PENDING]
        if self.returning_box.isChecked():
            statuses.append(VolunteerStatus.DEACTIVATED)
        keep = list(select) or [r.id for r in selected_volunteers(self.table, self.model)]
        Op(
            self, lambda: waiting_volunteers(store, statuses, search), runner=self._ctx.runner
        ).success(lambda rows: self._show_rows(rows, keep)).run()

    def _show_rows(self, rows: list[VolunteerRow], keep: Sequence[int]) -> None:
        self.model.set_rows(rows)
        select_ids(self.table, self.model, keep)
        self.count_label.setText(
            plural(len(rows), self.tr("{n} volunteer"), self.tr("{n} volunteers"))
        )
        if not self.search_field.text():
            self.pending_count_changed.emit(sum(r.status == VolunteerStatus.PENDING for r in rows))
        self._update_activate_button()

    @Slot()
    def _update_activate_button(self) -> None:
        count = len(selected_volunteers(self.table, self.model))
        self.activate_button.setEnabled(count > 0)
        self.activate_button.setText(
            self.tr("&Activate selected…")
            if count == 0
            else plural(
                count, self.tr("&Activate {n} volunteer…"), self.tr("&Activate {n} volunteers…")
            )
        )

    # --- activation ---------------------------------------------------------------------

    @Slot()
    def open_activation(self) -> None:
        """Ask for the one confirmation; the options are read fresh each time."""
        chosen = selected_volunteers(self.table, self.model)
        if not chosen:
            self.status_message.emit(
                self.tr("Select one or more volunteers first (Shift+arrows selects several).")
            )
            return
        if self.activation_dialog is not None:
            return
        store = self._ctx.store
        Op(self, lambda: activation_options(store), runner=self._ctx.runner).success(
            lambda options: self._show_activation_dialog(chosen, options)
        ).run()

    def _show_activation_dialog(
        self, chosen: list[VolunteerRow], options: ActivationOptions
    ) -> None:
        languages = {r.languages for r in chosen}
        dialog = ActivationDialog(
            [r.name for r in chosen],
            options,
            station_id=self._ctx.station_id,
            languages=next(iter(languages)) if len(languages) == 1 else None,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._activating = tuple(r.id for r in chosen)
        dialog.accepted.connect(lambda: self._activate(dialog.choices))
        dialog.finished.connect(self._forget_activation_dialog)
        self.activation_dialog = dialog
        dialog.open()

    @Slot()
    def _forget_activation_dialog(self) -> None:
        self.activation_dialog = None

    def _activate(self, choices: ActivationChoices | None) -> None:
        if choices is None:
            return
        ctx, ids = self._ctx, self._activating
        self.status_message.emit(self.tr("Activating…"))
        Op(
            self,
            lambda: volunteers.activate_volunteers(
                ctx.store,
                ctx.actor_id,
                ids,
                campaign_ids=choices.campaign_ids,
                station_id=choices.station_id,
                languages=choices.languages,
                shift_ends_at=choices.shift_ends_at,
            ),
            runner=ctx.runner,
        ).success(self._on_activated).failure(self._on_activation_failed).run()

    def _on_activation_failed(self, error: Exception) -> None:
        self.status_message.emit("")
        report_failure(self, error)

    def _on_activated(self, credentials: list[IssuedCredential]) -> None:
        """Slips at once; the slow PIN hashing follows on the worker."""
        self.show_slips(credentials, pins_pending=True)
        count = len(credentials)
        self.status_message.emit(
            plural(
                count,
                self.tr("Activated {n} volunteer. Storing the PIN…"),
                self.tr("Activated {n} volunteers. Storing their PINs…"),
            )
        )
        self.reload()
        store = self._ctx.store
        Op(
            self, lambda: volunteers.issue_pins(store, credentials), runner=self._ctx.runner
        ).success(self._on_pins_stored).run()

    def show_slips(self, credentials: Sequence[IssuedCredential], *, pins_pending: bool) -> None:
        dialog = SlipsDialog(credentials, pins_pending=pins_pending, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._forget_slips)
        self.slips_dialog = dialog
        dialog.open()

    @Slot()
    def _forget_slips(self) -> None:
        self.slips_dialog = None
        self.table.setFocus()

    def _on_pins_stored(self, stored: int) -> None:
        self.status_message.emit(
            plural(
                stored,
                self.tr("PIN ready: {n} volunteer can sign in now."),
                self.tr("PINs ready: {n} volunteers can sign in now."),
            )
        )
        if self.slips_dialog is not None:
            self.slips_dialog.set_pins_ready(stored)

    # --- walk-ins and imports -----------------------------------------------------------

    @Slot(object)
    def add_walk_in(self, walk_in: WalkIn) -> None:
        store = self._ctx.store
        Op(
            self,
            lambda: volunteers.register_volunteer(
                store,
                first_name=walk_in.first_name,
                last_name=walk_in.last_name,
                email=walk_in.email,
                phone=walk_in.phone,
                languages=walk_in.languages,
            ),
            runner=self._ctx.runner,
        ).success(lambda vid: self._on_walk_in_added(vid, walk_in)).failure(
            self._on_walk_in_refused
        ).run()

    def _on_walk_in_added(self, volunteer_id: int, walk_in: WalkIn) -> None:
        self.walk_in_form.clear()
        self.search_field.clear()
        self._search_timer.stop()
        self.reload(select=[volunteer_id])
        self.table.setFocus()
        name = f"{walk_in.first_name.strip()} {walk_in.last_name.strip()}"
        self.status_message.emit(
            self.tr("{name} is in the queue, selected: Ctrl+Enter activates.").format(name=name)
        )

    def _on_walk_in_refused(self, error: Exception) -> None:
        self.walk_in_form.show_error(
            translated(error) if isinstance(error, UserError) else unexpected_error_text(error)
        )
        self.walk_in_form.first_field.setFocus()

    @Slot()
    def choose_import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a sign-up list"),
            "",
            self.tr("CSV or text files (*.csv *.txt *.tsv);;All files (*)"),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        store = self._ctx.store
        self.status_message.emit(self.tr("Importing {file}…").format(file=path.name))
        Op(
            self, lambda: volunteer_import.import_volunteers(store, path), runner=self._ctx.runner
        ).success(lambda report: self._on_imported(path, report)).run()

    def _on_imported(self, path: Path, report: volunteer_import.ImportReport) -> None:
        summary = self.tr(
            "{file}: {added} added to the queue, {dupes} duplicates skipped, {bad} rows rejected."
        ).format(
            file=path.name,
            added=report.added,
            dupes=len(report.duplicates),
            bad=len(report.rejected),
        )
        self.status_message.emit(summary)
        self.reload(select=report.volunteer_ids)
        if report.duplicates or report.rejected:
            self._show_import_problems(summary, report)

    def _show_import_problems(self, summary: str, report: volunteer_import.ImportReport) -> None:
        lines = [
            self.tr("Line {line}: rejected, {why}").format(line=line, why=translated(why))
            for line, why in report.rejected
        ] + [
            self.tr("Line {line}: skipped, {why}").format(line=line, why=translated(why))
            for line, why in report.duplicates
        ]
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import"), summary, parent=self)
        box.setObjectName("importReport")
        box.setInformativeText(
            self.tr("The other rows were added. Fix the rejected rows and import the file again.")
            if report.rejected
            else ""
        )
        box.setDetailedText("\n".join(lines))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_report = box
        box.open()
