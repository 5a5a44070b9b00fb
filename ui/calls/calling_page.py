"""The calling flow: campaign picker -> one contact at a time -> back; the call list.

This page is where the volunteer's actions become core calls.  Each runs as
one op on the database thread; the screen changes only when the op's result
is back, so a saved call is committed before the next contact appears.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from callcenter.db import Store
from callcenter.models import utcnow
from callcenter.services import calls, campaigns, phones, shift_stats
from callcenter.services.auth import SignedIn
from callcenter.services.calls import Lease, Outcome
from callcenter.services.campaigns import CampaignSummary
from callcenter.services.settings import DialSettings
from ui.calls.campaign_picker import CampaignPicker
from ui.calls.contact_screen import CallDraft, ContactScreen
from ui.calls.list_view import CallListView
from ui.calls.session_steps import (
    CallingSetup,
    Clock,
    NextContact,
    save_and_lease_next,
    skip_and_lease_next,
    start_calling,
)
from ui.calls.shift_numbers_bar import ShiftNumbersBar
from ui.calls.type_scale import type_scale_sheet
from ui.messages import announce, clear_message, report_failure, show_notice
from ui.ops import Op, OpRunner

# The shift numbers are read this long after the last save, when the database thread
# is idle: read right after each save they would queue in front of the next one.
SHIFT_NUMBERS_DELAY_MS = 3000
# How often the hold on the contact on screen is looked at (a clock read, no database).
LEASE_CHECK_MS = 5000


class CallingPage(QWidget):
    """One per sign-in; holds at most one lease, and gives it back when the session ends."""

    # Emitted after a contact is on screen (the benchmark and tests wait for it).
    contact_shown = Signal(int)  # list entry id

    def __init__(
        self,
        signed_in: SignedIn,
        store: Store,
        runner: OpRunner,
        *,
        station_id: int | None = None,
        clock: Clock = utcnow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callingPage")
        self.clock = clock
        self.setStyleSheet(type_scale_sheet())
        self.signed_in = signed_in
        self._store = store
        self._runner = runner
        self._station_id = station_id
        self._setups: dict[int, CallingSetup] = {}
        self._campaign: CampaignSummary | None = None
        self._busy = False
        # A second Alt+E / Alt+S drops typed input; the first one only warns.
        self._warned_discard: str | None = None

        self.picker = CampaignPicker()
        self.screen = ContactScreen()
        self.list_view = CallListView(store, runner)
        self.shift_bar = ShiftNumbersBar()
        self.stack = QStackedWidget()
        self.stack.setObjectName("callingStack")
        for page in (self.picker, self.screen, self.list_view):
            self.stack.addWidget(page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.shift_bar)

        self._shift_numbers_timer = QTimer(self)
        self._shift_numbers_timer.setSingleShot(True)
        self._shift_numbers_timer.setInterval(SHIFT_NUMBERS_DELAY_MS)
        self._shift_numbers_timer.timeout.connect(self.refresh_shift_numbers)
        # The hold on the contact on screen: warned about before it runs out.
        self._lease_timer = QTimer(self)
        self._lease_timer.setInterval(LEASE_CHECK_MS)
        self._lease_timer.timeout.connect(self.check_lease)

        self.screen.set_clock(clock)
        self.picker.start_requested.connect(self.start)
        self.picker.list_requested.connect(self.open_list)
        self.picker.refresh_requested.connect(self.refresh_campaigns)
        self.screen.save_requested.connect(self.save_and_next)
        self.screen.skip_requested.connect(self.skip)
        self.screen.end_requested.connect(self.end_session)
        self.screen.dial_requested.connect(self.dial)
        self.screen.mark_wrong_requested.connect(self.mark_wrong)
        self.screen.keep_requested.connect(self.keep_lease)
        self.list_view.back_requested.connect(self.close_list)
        self._list_return_to: QWidget = self.picker

        for keys, slot in (("Ctrl+L", self.toggle_list), ("F5", self.refresh_campaigns)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.refresh_campaigns()
        self.refresh_shift_numbers()

    def set_clock(self, clock: Clock) -> None:
        """Read "now" from ``clock`` from here on (tests pin the hour of day)."""
        self.clock = clock
        self.screen.set_clock(clock)

    def focus_current(self) -> None:
        """Put focus where the volunteer works next on the page now showing."""
        current = self.stack.currentWidget()
        if current is self.screen:
            self.screen.focus_start()
        elif current is self.list_view:
            self.list_view.search_field.setFocus()
        else:
            self.picker.campaign_list.setFocus()

    # --- the picker ----------------------------------------------------------------------

    @Slot()
    def refresh_campaigns(self) -> None:
        if self.stack.currentWidget() is not self.picker:
            return
        self.picker.show_loading()
        store, volunteer_id, now = self._store, self.signed_in.volunteer_id, self.clock()
        Op(
            self,
            lambda: campaigns.campaigns_for_volunteer(store, volunteer_id, now=now),
            runner=self._runner,
        ).success(self.picker.show_campaigns).run()

    @Slot()
    def refresh_shift_numbers(self) -> None:
        store, signed_in = self._store, self.signed_in
        Op(
            self,
            lambda: shift_stats.shift_numbers(store, signed_in.volunteer_id, signed_in.session_id),
            runner=self._runner,
        ).success(self.shift_bar.show_numbers).run()

    @Slot(object)
    def start(self, summary: CampaignSummary) -> None:
        """Lease the first contact of this campaign (and read its setup once)."""
        if self._busy:
            return
        self._campaign = summary
        self._set_busy(True)
        self.picker.set_busy(True)
        store, volunteer_id, station_id = self._store, self.signed_in.volunteer_id, self._station_id
        cached, now = self._setups.get(summary.id), self.clock()
        Op(
            self,
            lambda: start_calling(
                store, volunteer_id, summary.id, station_id=station_id, cached=cached, now=now
            ),
            runner=self._runner,
        ).success(self._on_started).failure(self._on_start_failed).run()

    def _on_started(self, step: NextContact) -> None:
        self.picker.set_busy(False)
        self._set_busy(False)
        if step.setup is not None and self._campaign is not None:
            self._setups[self._campaign.id] = step.setup
        if step.lease is None:
            self._nobody_left()
            return
        clear_message(self)
        self._show_lease(step.lease)

    def _on_start_failed(self, error: Exception) -> None:
        self.picker.set_busy(False)
        self._set_busy(False)
        report_failure(self, error)

    # --- the contact screen --------------------------------------------------------------

    def _show_lease(self, lease: Lease) -> None:
        setup = self._setups[lease.campaign_id]
        self._warned_discard = None
        self.screen.show_contact(lease, setup, self.signed_in.first_name)
        self._lease_timer.start()
        if self.stack.currentWidget() is not self.screen:
            self.stack.setCurrentWidget(self.screen)
            self.screen.focus_start()
        self.contact_shown.emit(lease.entry_id)

    @Slot()
    def check_lease(self) -> None:
        """Show how long the contact stays held, once that is short (no database trip)."""
        lease = self.screen.lease
        if lease is None:
            self._lease_timer.stop()
            return
        self.screen.show_lease_time(calls.lease_time(lease, self.clock()))

    @Slot()
    def keep_lease(self) -> None:
        """Hold the contact on screen for the campaign's full lease time again."""
        lease = self.screen.lease
        if lease is None or self._busy:
            return
        store, station_id, now = self._store, self._station_id, self.clock()
        volunteer_id = self.signed_in.volunteer_id
        Op(
            self,
            lambda: calls.renew_lease(store, lease, volunteer_id, station_id=station_id, now=now),
            runner=self._runner,
        ).success(lambda expires: self._on_lease_kept(lease, expires)).run()

    def _on_lease_kept(self, lease: Lease, expires: datetime) -> None:
        if self.screen.lease is not lease:
            return  # another contact is on screen by now
        self.screen.lease = replace(lease, expires_at=expires)
        self.check_lease()
        announce(self.screen, self.tr("Kept."))

    @Slot()
    def save_and_next(self) -> None:
        """Record the call durably, then lease and show the next contact."""
        draft = self.screen.draft()
        if draft is None or self._busy:
            return
        if draft.result is None:
            show_notice(self, self.tr("Choose a result first: keys 1–9 (F1–F9 while typing)."))
            return
        now = self.clock()
        outcome = self._outcome(draft, now)
        self._set_busy(True, self.tr("Saving…"))
        store, station_id, campaign_id = self._store, self._station_id, draft.lease.campaign_id
        Op(
            self,
            lambda: save_and_lease_next(
                store, outcome, campaign_id, station_id=station_id, now=now
            ),
            runner=self._runner,
        ).success(self._after_step).failure(self._on_save_failed).run()

    def _outcome(self, draft: CallDraft, now: datetime) -> Outcome:
        assert draft.result is not None
        return Outcome(
            entry_id=draft.lease.entry_id,
            volunteer_id=self.signed_in.volunteer_id,
            result_code_id=draft.result.id,
            started_at=min(draft.started_at, now),
            ended_at=now,
            phone_id=draft.phone_id,
            notes=draft.notes,
            answers=draft.answers,
            callback_at=draft.callback_at if draft.result.schedules_callback else None,
            station_id=self._station_id,
        )

    def _on_save_failed(self, error: Exception) -> None:
        # Nothing was saved: the contact and everything typed stay on screen.
        self._set_busy(False)
        report_failure(self, error)

    @Slot()
    def skip(self) -> None:
        draft = self.screen.draft()
        if draft is None or self._busy or not self._may_discard(draft, "skip"):
            return
        self._set_busy(True, self.tr("Skipping…"))
        store, station_id = self._store, self._station_id
        volunteer_id, lease, now = self.signed_in.volunteer_id, draft.lease, self.clock()
        Op(
            self,
            lambda: skip_and_lease_next(
                store,
                lease.entry_id,
                volunteer_id,
                lease.campaign_id,
                station_id=station_id,
                now=now,
            ),
            runner=self._runner,
        ).success(self._after_step).failure(self._on_save_failed).run()

    def _after_step(self, step: NextContact) -> None:
        self._set_busy(False)
        if step.recorded is not None:
            self._shift_numbers_timer.start()
            announce(self.screen, self.tr("Saved."))
        if step.lease_error is not None:
            # The call is saved; only the next contact could not be leased.
            self._back_to_picker()
            report_failure(self, step.lease_error)
            return
        if step.lease is None:
            self._nobody_left()
            return
        clear_message(self)
        self._show_lease(step.lease)
        if step.recorded is not None and step.recorded.lease_was_lost:
            show_notice(
                self,
                self.tr(
                    "Your call was saved, but that contact's turn had run out and someone "
                    "else now has them on their list."
                ),
            )

    @Slot()
    def end_session(self) -> None:
        """Give the contact back unchanged and return to the campaign picker."""
        draft = self.screen.draft()
        if self._busy or (draft is not None and not self._may_discard(draft, "end")):
            return
        self.release_held_lease()
        self._back_to_picker()

    def release_held_lease(self) -> None:
        """Queue the lease's release (sign-out and closing the window use this too)."""
        lease = self.screen.lease
        self.screen.stop()
        if lease is None:
            return
        store, volunteer_id = self._store, self.signed_in.volunteer_id
        Op(
            self,
            lambda: calls.release_lease(store, lease.entry_id, volunteer_id),
            runner=self._runner,
        ).run()

    def _may_discard(self, draft: CallDraft, action: str) -> bool:
        if not draft.has_input() or self._warned_discard == action:
            return True
        self._warned_discard = action
        key = self.tr("Alt+S") if action == "skip" else self.tr("Alt+E")
        show_notice(
            self,
            self.tr(
                "This call has a result, answers or notes that are not saved. Save with "
                "Ctrl+Enter, or press {key} again to drop them."
            ).format(key=key),
        )
        return False

    def _nobody_left(self) -> None:
        name = self._campaign.name if self._campaign else ""
        self._back_to_picker()
        show_notice(
            self,
            self.tr("Nobody is left to call in {campaign} right now.").format(campaign=name),
        )

    def _back_to_picker(self) -> None:
        self.screen.stop()
        self.stack.setCurrentWidget(self.picker)
        self.picker.campaign_list.setFocus()
        self.refresh_campaigns()
        self._shift_numbers_timer.stop()
        self.refresh_shift_numbers()

    # --- phones --------------------------------------------------------------------------

    def use_dial_settings(self, dial: DialSettings) -> None:
        """Dial this way from now on (the settings changed during the session)."""
        self._setups = {key: replace(setup, dial=dial) for key, setup in self._setups.items()}

    @Slot(int, str)
    def dial(self, _phone_id: int, number_e164: str) -> None:
        """Hand the number to the desktop's dialer (tel:) or softphone (sip:)."""
        lease = self.screen.lease
        if lease is None:
            return
        setup = self._setups[lease.campaign_id]
        if not QDesktopServices.openUrl(QUrl(setup.dial.uri(number_e164))):
            show_notice(
                self,
                self.tr(
                    "No dialer answered the call link: dial the number by hand "
                    "(Copy puts it on the clipboard)."
                ),
            )
            return
        self.screen.call_started()

    @Slot(int)
    def mark_wrong(self, phone_id: int) -> None:
        store, volunteer_id = self._store, self.signed_in.volunteer_id
        Op(
            self,
            lambda: phones.mark_phone_wrong(store, volunteer_id, phone_id),
            runner=self._runner,
        ).success(lambda _none: self.screen.phones.mark_bad(phone_id)).run()

    # --- the call list -------------------------------------------------------------------

    @Slot()
    def toggle_list(self) -> None:
        if self.stack.currentWidget() is self.list_view:
            self.close_list()
            return
        summary = self._campaign if self.screen.lease else self.picker.current_campaign()
        if summary is not None:
            self.open_list(summary)

    @Slot(object)
    def open_list(self, summary: CampaignSummary) -> None:
        self._list_return_to = self.stack.currentWidget()
        self.stack.setCurrentWidget(self.list_view)
        self.list_view.open_campaign(summary)

    @Slot()
    def close_list(self) -> None:
        target = self._list_return_to
        if target is self.screen and self.screen.lease is None:
            target = self.picker
        self.stack.setCurrentWidget(target)
        if target is self.screen:
            self.screen.focus_start()
        else:
            self.picker.campaign_list.setFocus()

    def is_busy(self) -> bool:
        """Whether a lease, save or skip is still on its way."""
        return self._busy

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.screen.set_busy(busy, text)
