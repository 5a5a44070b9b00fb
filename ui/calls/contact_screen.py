"""One screen per contact: who, which number, the script, the result; keyboard first.

The screen is built once per calling session and updated in place for each
contact.  It holds no SQL: it emits what the volunteer asked for and the
calling page runs it through the core.

Keys: 1–9 (or F1–F9, which also work while typing) pick a result; Ctrl+Enter
saves and shows the next contact; Alt+S skips; Alt+E ends the session; Alt+C
calls the selected number; Alt+Q, Alt+N and Alt+B jump to the script, the
notes and the callback time; Enter answers a question, Alt+Left goes back one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from callcenter.services.calls import Answer, Lease, LeaseTime
from callcenter.services.campaigns import ResultCodeView
from callcenter.services.scripts import merge_fields, script_language
from ui.calls.contact_header import ContactHeader
from ui.calls.history_panel import HistoryPanel
from ui.calls.phones_panel import PhonesPanel
from ui.calls.result_panel import MAX_HOTKEYS, ResultPanel
from ui.calls.script_panel import ScriptPanel
from ui.calls.session_steps import CallingSetup, Clock
from ui.messages import announce

BODY_MARGIN = 14


@dataclass(frozen=True)
class CallDraft:
    """What the volunteer entered for the contact on screen, ready for an ``Outcome``."""

    lease: Lease
    result: ResultCodeView | None
    phone_id: int | None
    notes: str
    answers: tuple[Answer, ...]
    callback_at: datetime | None
    started_at: datetime

    def has_input(self) -> bool:
        return bool(self.result or self.notes.strip() or self.answers)


class ContactScreen(QWidget):
    save_requested = Signal()
    skip_requested = Signal()
    end_requested = Signal()
    dial_requested = Signal(int, str)
    mark_wrong_requested = Signal(int)
    keep_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactScreen")
        self.lease: Lease | None = None
        self.setup: CallingSetup | None = None
        self._busy = False
        self._tab_order_stale = True

        self.header = ContactHeader()
        self.phones = PhonesPanel()
        self.history = HistoryPanel()
        self.script = ScriptPanel()
        self.results = ResultPanel()
        self.phones.dial_requested.connect(self.dial_requested)
        self.phones.mark_wrong_requested.connect(self.mark_wrong_requested)
        self.script.finished.connect(self._after_script)
        self.results.result_chosen.connect(self._after_result)

        self.save_button = self._action(
            self.tr("Save && next (Ctrl+Enter)"), self.tr("Save and next contact"), "callPrimary"
        )
        self.skip_button = self._action(
            self.tr("Skip (Alt+S)"), self.tr("Skip this contact"), "callSecondary"
        )
        self.end_button = self._action(
            self.tr("End session (Alt+E)"), self.tr("End calling session"), "callSecondary"
        )
        self.save_button.clicked.connect(self.save_requested)
        self.skip_button.clicked.connect(self.skip_requested)
        self.end_button.clicked.connect(self.end_requested)
        # Enter on the focused Save button saves, like Ctrl+Enter anywhere.
        self.save_button.setAutoDefault(True)
        self.state_label = QLabel()
        self.state_label.setObjectName("panelNote")
        # Before the contact's hold runs out (and after): said here, with a way to keep it.
        self.lease_label = QLabel()
        self.lease_label.setObjectName("leaseWarning")
        self.lease_label.setWordWrap(True)
        self.lease_label.hide()
        self.keep_button = self._action(
            self.tr("Keep this contact (Alt+K)"), self.tr("Keep this contact"), "callSecondary"
        )
        self.keep_button.clicked.connect(self.keep_requested)
        self.keep_button.hide()
        self._lease_state = ""

        self._left_column = left_column = QWidget()
        left = QVBoxLayout(left_column)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(10)
        left.addWidget(self.phones)
        left.addWidget(self.history, 1)
        self._columns = QGridLayout()
        self._columns.setSpacing(10)
        self._wide: bool | None = None
        self._mode = ""
        self._arrange(wide=True)

        actions_bar = QFrame()
        actions_bar.setObjectName("actionsBar")
        actions = QHBoxLayout(actions_bar)
        actions.setContentsMargins(14, 8, 14, 8)
        actions.setSpacing(10)
        actions.addWidget(self.end_button)
        actions.addWidget(self.skip_button)
        actions.addWidget(self.state_label, 1)
        actions.addWidget(self.lease_label, 2)
        actions.addWidget(self.keep_button)
        actions.addWidget(self.save_button)

        body = QWidget()
        body.setObjectName("contactBody")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(BODY_MARGIN, 10, BODY_MARGIN, 4)
        body_layout.addLayout(self._columns, 1)
        # At 1366x768 everything fits; with very large fonts the panels stack and scroll
        # instead of clipping text.  Header and actions never scroll away.
        self.scroller = QScrollArea()
        self.scroller.setObjectName("contactScroller")
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(body)
        # Not a tab stop: focus moves between controls and the area follows it.
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.verticalScrollBar().setAccessibleName(self.tr("Scroll the contact"))
        self.scroller.horizontalScrollBar().setAccessibleName(self.tr("Scroll sideways"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(actions_bar)
        self._install_shortcuts()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._keep_focus_in_view)

    def _arrange(self, *, wide: bool, two: bool = False) -> None:
        """Three columns side by side; for large fonts two (numbers and history beside
        the script, the results below them), else all stacked in one."""
        mode = "wide" if wide else "two" if two else "one"
        if mode == self._mode:
            return
        self._mode = mode
        self._wide = wide
        columns = ((self._left_column, 31), (self.script, 37), (self.results, 32))
        for column, _stretch in columns:
            self._columns.removeWidget(column)
        for index in range(len(columns)):
            self._columns.setColumnStretch(index, 0)
            self._columns.setRowStretch(index, 0)
        for index, (column, stretch) in enumerate(columns):
            policy = column.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
            beside = wide or (two and index < 2)
            policy.setHorizontalStretch(stretch if beside else 0)
            column.setSizePolicy(policy)
            if wide:
                self._columns.addWidget(column, 0, index)
                self._columns.setColumnStretch(index, stretch)
            elif two:
                if index < 2:
                    self._columns.addWidget(column, 0, index)
                    self._columns.setColumnStretch(index, stretch)
                else:
                    self._columns.addWidget(column, 1, 0, 1, 2)
            else:
                self._columns.addWidget(column, index, 0)
        self._columns.setColumnStretch(0, max(1, self._columns.columnStretch(0)))
        self._columns.setRowStretch(0, 1 if wide or two else 0)

    def _wide_width(self) -> int:
        columns = (self._left_column, self.script, self.results)
        spacing = self._columns.horizontalSpacing() * (len(columns) - 1)
        return sum(c.minimumSizeHint().width() for c in columns) + spacing + 2 * BODY_MARGIN

    def _two_column_width(self) -> int:
        """Room needed with the numbers beside the script and the results below."""
        beside = (
            self._left_column.minimumSizeHint().width()
            + self.script.minimumSizeHint().width()
            + self._columns.horizontalSpacing()
        )
        return max(beside, self.results.minimumSizeHint().width()) + 2 * BODY_MARGIN

    @Slot(QWidget, QWidget)
    def _keep_focus_in_view(self, _old: QWidget | None, new: QWidget | None) -> None:
        # With large fonts the panels scroll: Tab must never land on something unseen.
        if new is not None and self.scroller.widget().isAncestorOf(new):
            self.scroller.ensureWidgetVisible(new, 8, 8)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self.width()
        self._arrange(wide=width >= self._wide_width(), two=width >= self._two_column_width())

    def _action(self, text: str, name: str, style: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(style)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def _install_shortcuts(self) -> None:
        def bind(keys: QKeySequence | str, slot: Callable[[], object]) -> QShortcut:
            shortcut = QShortcut(QKeySequence(keys), self)
            # Window-wide while this screen is visible: focus on the message banner must
            # not switch the keys off.
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            return shortcut

        self.shortcuts: list[QShortcut] = []
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            self.shortcuts.append(bind(keys, self.save_button.click))
        self.shortcuts.append(bind("Alt+S", self.skip_button.click))
        self.shortcuts.append(bind("Alt+E", self.end_button.click))
        self.shortcuts.append(bind("Alt+C", self.phones.dial_selected))
        self.shortcuts.append(bind("Alt+K", self._keep_if_offered))
        self.shortcuts.append(bind("Alt+Q", self.focus_script))
        self.shortcuts.append(bind("Alt+N", self.results.notes.setFocus))
        self.shortcuts.append(bind("Alt+B", self._focus_callback))
        self.shortcuts.append(bind("Alt+Left", self.script.back))
        for n in range(1, MAX_HOTKEYS + 1):
            key = str(n)
            # Plain digits: text fields take them first (they accept the shortcut
            # override), so a digit typed into the notes stays in the notes.
            self.shortcuts.append(bind(key, lambda key=key: self.choose_result(key)))
            function_key = QKeySequence(getattr(Qt.Key, f"Key_F{n}"))
            self.shortcuts.append(bind(function_key, lambda key=key: self.choose_result(key)))

    # --- showing a contact -------------------------------------------------------------

    def set_clock(self, clock: Clock) -> None:
        """Where the screen reads "now" (local time, call timer, callback suggestion)."""
        self.header.set_clock(clock)
        self.results.callback.clock = clock

    def show_contact(self, lease: Lease, setup: CallingSetup, volunteer_first_name: str) -> None:
        """Put this contact on screen, reusing every widget; focus where work starts."""
        campaign = setup.campaign
        card = lease.card
        if setup is not self.setup:
            self.setup = setup
            self.script.set_script(setup.script)
            self.results.set_campaign(campaign)
            self._tab_order_stale = True
        self.lease = lease
        self.header.show_contact(lease, campaign)
        rows_before = self.phones.focus_chain()
        self.phones.show_phones(card.phones)
        if self.phones.focus_chain() != rows_before:
            self._tab_order_stale = True
        self.history.show_card(card)
        fields = merge_fields(
            card, volunteer_first_name=volunteer_first_name, campaign_name=campaign.name
        )
        language = script_language(setup.script, card.language) if setup.script else "en"
        self.script.start(card.language, language, fields)
        self.results.reset(card.time_zone, campaign.window_start_min, campaign.window_end_min)
        self.state_label.setText("")
        self.show_lease_time(None)
        if self._tab_order_stale:
            self._set_tab_order()
            self._tab_order_stale = False
        self.set_busy(False)
        self.focus_start()

    def show_lease_time(self, time: LeaseTime | None) -> None:
        """Warn while the hold on this contact runs short or has run out; else say nothing."""
        if time is None or not (time.expiring or time.expired):
            state, text = "", ""
        elif time.expired:
            state = "expired"
            text = self.tr(
                "Your hold on this contact has run out: someone else may get them. Keep it?"
            )
        else:
            state = f"expiring {time.minutes_left}"
            text = self.tr(
                "This contact is held for you for {n} more min; then someone else may get them."
            ).format(n=time.minutes_left)
        if state == self._lease_state:
            return
        self._lease_state = state
        self.lease_label.setText(text)
        self.lease_label.setVisible(bool(text))
        self.keep_button.setVisible(bool(text))
        if text:
            announce(self.lease_label, text)

    def lease_warning(self) -> str:
        """The lease warning on screen ("" when there is none)."""
        return self.lease_label.text() if self.lease_label.isVisibleTo(self) else ""

    def _keep_if_offered(self) -> None:
        if self.keep_button.isVisibleTo(self):
            self.keep_button.click()

    def focus_start(self) -> None:
        """Where the volunteer types first: the script's question, else the results."""
        target = self.script.focus_widget() or self.phones.first_focusable()
        (target or self.save_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def draft(self) -> CallDraft | None:
        if self.lease is None:
            return None
        return CallDraft(
            lease=self.lease,
            result=self.results.chosen(),
            phone_id=self.phones.selected_phone_id,
            notes=self.results.notes_text(),
            answers=self.script.answers(),
            callback_at=self.results.callback_at(),
            started_at=self.header.timer.started_at,
        )

    def set_busy(self, busy: bool, text: str = "") -> None:
        """While a step runs, the actions wait (a second Ctrl+Enter must not save twice)."""
        # Buttons stay enabled (a disabled focused button would push focus elsewhere);
        # the page ignores presses while busy.
        self._busy = busy
        if busy or text:
            self.state_label.setText(text)

    def is_busy(self) -> bool:
        return self._busy

    def call_started(self) -> None:
        """The number was dialled: the call's time counts from now."""
        self.header.timer.restart()

    def stop(self) -> None:
        self.header.stop()
        self.show_lease_time(None)
        self.lease = None

    # --- keys ----------------------------------------------------------------------------

    def choose_result(self, key: str) -> None:
        if self.lease is not None and not self._busy:
            self.results.choose_key(key)

    @Slot()
    def focus_script(self) -> None:
        target = self.script.focus_widget()
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def _focus_callback(self) -> None:
        if self.results.callback.is_offered():
            self.results.callback.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def _after_script(self) -> None:
        # The script is done: the result (a key) and notes come next.
        self.results.notes.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(object)
    def _after_result(self, code: ResultCodeView) -> None:
        if code.schedules_callback:
            self.results.callback.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        elif not self.results.notes.hasFocus():
            # Enter on the focused Save button then saves; notes keep focus while typing.
            self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_tab_order(self) -> None:
        """Phones, script, results, notes, callback, Save, Skip, End: the order of a call."""
        chain: list[QWidget] = [
            *self.phones.focus_chain(),
            *self._all_script_widgets(),
            *self.results.focus_chain(),
            self.keep_button,  # shown only while the hold runs short; Qt skips it otherwise
            self.save_button,
            self.skip_button,
            self.end_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _all_script_widgets(self) -> list[QWidget]:
        # Every page's widgets, in script order; hidden pages are skipped by Qt.
        widgets: list[QWidget] = []
        for page in self.script.all_pages():
            widgets.extend(page.focus_chain())
        widgets.append(self.script.back_button)
        return widgets
