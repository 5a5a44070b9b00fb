"""The review dialog decides: a shift lead sends a kept value or dismisses a refused row.

Decisions run on the database thread (the real op runner here), the lists reload,
and the emulator ends up with what the person chose, once.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from callcenter.db import Store
from callcenter.models import AuditEvent
from callcenter.services.outbox import outbox_counts
from callcenter.services.sync_state import CrmConnection, save_crm_connection
from tests.factories import make_volunteer
from tests.sfemu import SalesforceEmulator, seed_demo
from tests.sync.test_review_decisions import _committed_patches, _email_conflict
from tests.sync.world import GOTV, campaign_id, engine_for, make_calls, result_code, volunteer
from ui.ops import InlineOpRunner, OpRunner
from ui.sync_review import Decider, SyncReviewDialog
from ui.sync_status import SyncStatusWidget


@pytest.fixture
def emu() -> Iterator[SalesforceEmulator]:
    with SalesforceEmulator() as emulator:
        yield emulator


def _status_widget(
    qtbot: QtBot, store: Store, emu: SalesforceEmulator, runner: OpRunner
) -> SyncStatusWidget:
    save_crm_connection(
        store, CrmConnection("salesforce", emu.base_url, emu.base_url, emu.client_id)
    )
    widget = SyncStatusWidget(
        store,
        runner,
        sync_runner=InlineOpRunner(),
        run_sync=lambda s, _stop: engine_for(s, emu).run_once(),
    )
    qtbot.addWidget(widget)
    return widget


def _open(qtbot: QtBot, widget: SyncStatusWidget, runner: OpRunner) -> SyncReviewDialog:
    widget.refresh()
    qtbot.waitUntil(lambda: not widget.review_button.isHidden())
    widget.review_button.click()
    dialog = widget.review_dialog
    assert dialog is not None
    qtbot.waitUntil(runner.is_idle)
    return dialog


def test_a_shift_lead_sends_the_kept_value_and_the_crm_gets_it_once(
    qtbot: QtBot, store: Store, emu: SalesforceEmulator, thread_runner: OpRunner
) -> None:
    crm_id, _ = _email_conflict(store, emu, seed=21)
    lead = make_volunteer(store, "LEAD234", pin=None, role="shift_lead")
    widget = _status_widget(qtbot, store, emu, thread_runner)
    widget.set_decider(Decider(lead, "shift_lead"))
    dialog = _open(qtbot, widget, thread_runner)
    assert dialog.conflict_model.rowCount() == 1
    assert not dialog.send_mine_button.isEnabled()  # nothing chosen yet
    dialog.conflict_view.setFocus()
    dialog.conflict_view.selectRow(0)
    send = dialog.send_mine_button
    assert send.isEnabled() and dialog.keep_crm_button.isEnabled()
    assert send.accessibleName() == "Send my value"
    assert send.focusPolicy() & Qt.FocusPolicy.TabFocus
    emu.reset_request_log()
    send.setFocus()
    qtbot.keyClick(send, Qt.Key.Key_Space)  # from the keyboard
    qtbot.waitUntil(lambda: dialog.conflict_model.rowCount() == 0)
    assert dialog.notice.text() == "Decision saved."
    widget.sync_button.click()  # the next sync sends it
    assert emu.get("Contact", crm_id)["Email"] == "mine@example.org"  # type: ignore[index]
    assert _committed_patches(emu, crm_id) == 1
    widget.sync_button.click()  # and never again
    assert _committed_patches(emu, crm_id) == 1
    dialog.close()


def test_a_lead_dismisses_a_refused_row_and_finds_it_under_dismissed(
    qtbot: QtBot, store: Store, emu: SalesforceEmulator, thread_runner: OpRunner
) -> None:
    demo = seed_demo(emu, contacts=5, seed=22)
    engine_for(store, emu).run_once()
    campaign = campaign_id(store, demo.campaigns[GOTV])
    emu.add_validation_rule("Task", lambda t: "Closed for maintenance")
    make_calls(
        store, volunteer(store, campaign), campaign, result_code(store, campaign, "CONTACTED"), 1
    )
    engine_for(store, emu).run_once()
    admin = make_volunteer(store, "ADMN234", pin=None, role="admin")
    widget = _status_widget(qtbot, store, emu, thread_runner)
    widget.set_decider(Decider(admin, "admin"))
    dialog = _open(qtbot, widget, thread_runner)
    refused = dialog.refused_model
    assert refused.rowCount() == 1
    assert "Closed for maintenance" in refused.data(refused.index(0, 2))
    assert not dialog.dismiss_button.isEnabled()  # a dismissal needs a chosen row
    dialog.refused_view.selectRow(0)
    assert dialog.dismiss_button.isEnabled()
    dialog.dismiss_button.click()
    qtbot.waitUntil(lambda: refused.rowCount() == 0)
    assert outbox_counts(store).dismissed == 1
    dialog.refused_filter.setCurrentIndex(1)  # Dismissed
    qtbot.waitUntil(lambda: refused.rowCount() == 1)
    assert "Closed for maintenance" in refused.data(refused.index(0, 2))
    assert not dialog.retry_button.isEnabled() and not dialog.dismiss_button.isEnabled()
    with store.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "outbox_dismiss")).one()
    assert event.actor_id == admin
    dialog.close()


def test_a_volunteer_sees_the_lists_but_cannot_decide(
    qtbot: QtBot, store: Store, emu: SalesforceEmulator
) -> None:
    _email_conflict(store, emu, seed=23)
    caller = make_volunteer(store, "CALL234", pin=None)
    runner = InlineOpRunner()
    widget = _status_widget(qtbot, store, emu, runner)
    widget.set_decider(Decider(caller, "volunteer"))
    dialog = _open(qtbot, widget, runner)
    dialog.conflict_view.selectRow(0)
    assert dialog.conflict_model.rowCount() == 1
    for button in (
        dialog.send_mine_button,
        dialog.keep_crm_button,
        dialog.retry_button,
        dialog.dismiss_button,
    ):
        assert not button.isEnabled()
    assert dialog.notice.text() == "Only a shift lead or admin can decide these."
    dialog.close()
