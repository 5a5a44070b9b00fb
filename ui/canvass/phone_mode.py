"""Phone mode: the normal contact screen, walking the checkout's turf.

The screen is the calling page's own (``ContactScreen``); only where the next
person comes from (the turf, in walk order) and where a result goes (the
checkout) differ.  Door results are left off the result buttons.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from callcenter.db import Store
from callcenter.services.calls import Outcome
from callcenter.services.canvass.door_codes import is_door_code
from callcenter.services.canvass.phone_mode import TurfLease, next_in_turf
from callcenter.services.canvass.results import record_turf_results
from ui.calls.contact_screen import ContactScreen
from ui.calls.session_steps import CallingSetup, load_calling_setup
from ui.canvass.context import CanvassContext
from ui.messages import announce, clear_message, report_failure, show_notice
from ui.ops import Op


@dataclass(frozen=True)
class TurfStep:
    setup: CallingSetup
    next: TurfLease | None
    saved: bool = False


def start_turf_calls(store: Store, checkout_id: int, campaign_id: int, now: datetime) -> TurfStep:
    setup = load_calling_setup(store, campaign_id)
    phone_codes = tuple(c for c in setup.campaign.result_codes if not is_door_code(c.code))
    setup = replace(setup, campaign=replace(setup.campaign, result_codes=phone_codes))
    return TurfStep(setup, next_in_turf(store, checkout_id, now=now))


def save_and_next_in_turf(
    store: Store,
    checkout_id: int,
    outcome: Outcome,
    position: int,
    setup: CallingSetup,
    now: datetime,
) -> TurfStep:
    """Record the call in the checkout (committed), then read who is next."""
    record_turf_results(store, checkout_id, [outcome], source="phone", now=now)
    following = next_in_turf(store, checkout_id, after_position=position, now=now)
    return TurfStep(setup, following, saved=True)


class PhoneModeView(QWidget):
    back_requested = Signal()
    saved = Signal()

    def __init__(self, context: CanvassContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("turfPhoneMode")
        self.context = context
        self.screen = ContactScreen()
        self.screen.set_clock(context.clock)
        self._checkout_id: int | None = None
        self._step: TurfStep | None = None
        self._busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.screen)
        self.screen.save_requested.connect(self.save_and_next)
        self.screen.skip_requested.connect(self.skip)
        self.screen.end_requested.connect(self.end)

    def start(self, checkout_id: int, campaign_id: int) -> None:
        self._checkout_id = checkout_id
        store, now = self.context.store, self.context.clock()
        Op(
            self,
            lambda: start_turf_calls(store, checkout_id, campaign_id, now),
            runner=self.context.runner,
        ).success(self._show).failure(self._failed).run()

    @Slot()
    def save_and_next(self) -> None:
        draft = self.screen.draft()
        if draft is None or self._busy or self._step is None or self._step.next is None:
            return
        if draft.result is None:
            show_notice(self, self.tr("Choose a result first: keys 1–9 (F1–F9 while typing)."))
            return
        now = self.context.clock()
        outcome = Outcome(
            entry_id=draft.lease.entry_id,
            volunteer_id=self.context.signed_in.volunteer_id,
            result_code_id=draft.result.id,
            started_at=min(draft.started_at, now),
            ended_at=now,
            phone_id=draft.phone_id,
            notes=draft.notes,
            answers=draft.answers,
            callback_at=draft.callback_at if draft.result.schedules_callback else None,
            station_id=self.context.station_id,
        )
        store, checkout_id = self.context.store, self._checkout_id
        position, setup = self._step.next.walk_position, self._step.setup
        assert checkout_id is not None
        self._set_busy(True, self.tr("Saving…"))
        Op(
            self,
            lambda: save_and_next_in_turf(store, checkout_id, outcome, position, setup, now),
            runner=self.context.runner,
        ).success(self._show).failure(self._failed).run()

    @Slot()
    def skip(self) -> None:
        if self._busy or self._step is None or self._step.next is None:
            return
        store, checkout_id, now = self.context.store, self._checkout_id, self.context.clock()
        position, setup = self._step.next.walk_position, self._step.setup
        assert checkout_id is not None
        Op(
            self,
            lambda: TurfStep(
                setup, next_in_turf(store, checkout_id, after_position=position, now=now)
            ),
            runner=self.context.runner,
        ).success(self._show).failure(self._failed).run()

    @Slot()
    def end(self) -> None:
        self.screen.stop()
        self.back_requested.emit()

    def _show(self, step: TurfStep) -> None:
        self._set_busy(False)
        self._step = step
        if step.saved:
            announce(self.screen, self.tr("Saved."))
            self.saved.emit()
        if step.next is None:
            self.screen.stop()
            self.back_requested.emit()
            show_notice(self, self.tr("Nobody is left to phone in this turf right now."))
            return
        clear_message(self)
        self.screen.show_contact(step.next.lease, step.setup, self.context.signed_in.first_name)
        self.screen.focus_start()

    def _failed(self, error: Exception) -> None:
        # Nothing was saved: the contact and everything typed stay on screen.
        self._set_busy(False)
        report_failure(self, error)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.screen.set_busy(busy, text)
