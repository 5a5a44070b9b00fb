"""Door mode: the walk list, one household at a time, with its people and the script.

Keys, in the household list: Up/Down pick the household; 1-5 give everyone in
it that door result (1 = not home ...); Enter saves the household and moves to
the next one; Tab goes into the people grid to give each person their own
result and answers (Ctrl+Enter saves from there); Alt+B goes back.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from callcenter.models import utcnow
from callcenter.services.canvass.paper import PaperRow, RowError
from callcenter.services.canvass.walk_list import WalkHousehold, WalkList
from callcenter.services.scripts import pick_language, render
from ui.canvass.paper_grid import PaperGridModel, PaperGridView

Index = QModelIndex | QPersistentModelIndex


class HouseholdListModel(QAbstractListModel):
    """Households in walk order: "Oak Ave: 14 Oak Ave (2) ✓ Not home"."""

    def __init__(self, language: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self._households: list[WalkHousehold] = []

    def set_walk(self, walk: WalkList) -> None:
        self.beginResetModel()
        self._households = walk.households
        self.endResetModel()

    def household(self, row: int) -> WalkHousehold | None:
        return self._households[row] if 0 <= row < len(self._households) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._households)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        household = self.household(index.row()) if index.isValid() else None
        if household is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            results = sorted(
                {
                    pick_language(p.result_label, self.language)
                    for p in household.people
                    if p.result_code
                }
            )
            text = f"{household.house_label}  ({len(household.people)})"
            return f"✓ {text}: {', '.join(results)}" if results else text
        return None


class DoorModeView(QWidget):
    save_requested = Signal(object, object)  # list[PaperRow], started_at
    back_requested = Signal()

    def __init__(
        self, language: str = "en", volunteer_first_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("doorMode")
        self.language = language
        self.volunteer_first_name = volunteer_first_name
        self.walk: WalkList | None = None
        self._opened_at: datetime = utcnow()

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setObjectName("secondaryButton")
        self.back_button.clicked.connect(self.back_requested)
        self.households = HouseholdListModel(language, self)
        self.household_list = _HouseholdList(self)
        self.household_list.setObjectName("householdList")
        self.household_list.setAccessibleName(self.tr("Households in walk order"))
        self.household_list.setModel(self.households)
        self.household_list.result_key_pressed.connect(self.fill_household)
        self.household_list.save_pressed.connect(self.save)

        self.household_title = QLabel()
        self.household_title.setObjectName("sectionTitle")
        self.keys_hint = QLabel()
        self.keys_hint.setObjectName("hint")
        self.keys_hint.setWordWrap(True)
        self.grid_model = PaperGridModel(language, self)
        self.grid = PaperGridView(self)
        self.grid.setAccessibleName(self.tr("People at this door"))
        self.grid.setModel(self.grid_model)
        self.grid.submit_requested.connect(self.save)
        self.script_text = QLabel()
        self.script_text.setObjectName("scriptText")
        self.script_text.setWordWrap(True)
        self.script_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("&Save household"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.household_title)
        right_layout.addWidget(self.keys_hint)
        right_layout.addWidget(self.grid, 2)
        right_layout.addWidget(self.script_text, 1)
        right_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        splitter = QSplitter()
        splitter.addWidget(self.household_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.household_list.selectionModel().currentRowChanged.connect(self._show_current)
        back = QShortcut(QKeySequence(self.tr("Alt+B")), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back_requested)

    def set_walk(self, walk: WalkList, keep_row: int | None = None) -> None:
        """Show the turf (again, after a save: on the household after ``keep_row``)."""
        self.walk = walk
        self.title.setText(self.tr("Door to door: {name}").format(name=walk.checkout.name))
        keys = "   ".join(
            f"{d.key} {pick_language(d.label, self.language)}" for d in walk.door_results
        )
        self.keys_hint.setText(
            self.tr("{keys}. Enter saves the household; Tab gives each person their own.").format(
                keys=keys
            )
        )
        self.script_text.setText(_script_text(walk, self.language, self.volunteer_first_name))
        self.households.set_walk(walk)
        row = 0 if keep_row is None else min(keep_row, self.households.rowCount() - 1)
        if self.households.rowCount():
            self.household_list.setCurrentIndex(self.households.index(row))
            self._show_current(self.households.index(row))

    def focus_start(self) -> None:
        self.household_list.setFocus()

    def current_row(self) -> int:
        return self.household_list.currentIndex().row()

    @Slot(str)
    def fill_household(self, key: str) -> None:
        self.grid_model.fill_results(key)

    @Slot()
    def save(self) -> None:
        rows = self.grid_model.typed_rows()
        if any(not r.is_blank() for r in rows):
            self.save_requested.emit(rows, self._opened_at)

    def show_errors(self, errors: list[RowError]) -> None:
        self.grid_model.set_errors(errors)
        first = self.grid_model.first_error_index()
        if first is not None:
            self.grid.setCurrentIndex(first)
            self.grid.setFocus()

    def typed_rows(self) -> list[PaperRow]:
        return self.grid_model.typed_rows()

    @Slot(QModelIndex)
    def _show_current(self, index: QModelIndex) -> None:
        household = self.households.household(index.row())
        if household is None or self.walk is None:
            return
        self._opened_at = utcnow()
        place = ", ".join(p for p in (household.postal_code, household.city) if p)
        self.household_title.setText(f"{household.house_label}  {place}".strip())
        self.grid_model.set_people(self.walk, [(household, p) for p in household.people])


class _HouseholdList(QListView):
    """Digits give the whole household a door result; Enter saves it."""

    result_key_pressed = Signal(str)
    save_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and text != "0":
            self.result_key_pressed.emit(text)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save_pressed.emit()
            return
        super().keyPressEvent(event)


def _script_text(walk: WalkList, language: str, volunteer_first_name: str) -> str:
    """The script as a canvasser reads it at the door: intro, then numbered answers."""
    script = walk.script
    if script is None:
        return ""
    # Who is at the door is not known yet: their fields stay as [first_name].
    fields = {"campaign": walk.checkout.campaign_name, "volunteer_name": volunteer_first_name}
    intro = pick_language(script.intro, language, script.default_language)
    lines = [render(intro, fields)]
    for number, question in enumerate(script.questions, start=1):
        answers = "   ".join(
            f"{i} {pick_language(a.label, language)}" for i, a in enumerate(question.answers, 1)
        )
        lines.append(f"Q{number}. {pick_language(question.prompt, language)}  —  {answers}")
    return "\n".join(line for line in lines if line)
