"""The small core reads the calling flow adds, and the flow on the real database thread.

(The two core functions are tested here, beside the screens that need them.)
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from callcenter.db import Store
from callcenter.errors import InvalidInputError
from callcenter.models import CallAttempt, Setting
from callcenter.services.campaigns import campaign_for_calling
from callcenter.services.settings import DialSettings, dial_settings, set_dial_settings
from tests.factories import make_world
from tests.ui.calling_helpers import calling_world, sign_in_by_keyboard, weekday_afternoon_clock
from tests.ui.conftest import MakeWindow
from ui.ops import OpRunner


def test_campaign_for_calling_has_window_and_result_codes(store: Store) -> None:
    world = make_world(store, contacts=1)

    campaign = campaign_for_calling(store, world.campaign_id)

    assert (campaign.name, campaign.window_start_min, campaign.window_end_min) == (
        "Get out the vote",
        9 * 60,
        20 * 60,
    )
    assert [c.code for c in campaign.result_codes][:3] == ["SUPPORTER", "NO_ANSWER", "CALLBACK"]
    callback = campaign.result_codes[2]
    assert callback.hotkey == "3" and callback.schedules_callback
    with pytest.raises(InvalidInputError, match="does not exist"):
        campaign_for_calling(store, 999)


def test_dial_settings_default_to_tel_and_refuse_unknown_schemes(store: Store) -> None:
    assert dial_settings(store) == DialSettings("tel", None)
    assert DialSettings().uri("+13125550100") == "tel:+13125550100"

    set_dial_settings(store, "SIP", " pbx.example.org ")
    assert dial_settings(store).uri("+13125550100") == "sip:+13125550100@pbx.example.org"

    with pytest.raises(InvalidInputError, match="tel or sip"):
        set_dial_settings(store, "skype")
    with store.write() as s:
        s.merge(Setting(key="dial.scheme", value="carrier-pigeon"))
    assert dial_settings(store).scheme == "tel"


def test_the_flow_on_the_database_thread(
    qtbot: QtBot, store: Store, make_window: MakeWindow, thread_runner: OpRunner
) -> None:
    calling_world(store)
    window = make_window(runner=thread_runner)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    page = window.sign_in_page
    page.code_field.setText("CALL22")
    page.pin_field.setText("123456")
    with qtbot.waitSignal(page.signed_in, timeout=10_000):
        page.submit()
    assert window.shell is not None
    calling = window.shell.calling_page
    calling.set_clock(weekday_afternoon_clock())
    qtbot.waitUntil(lambda: calling.picker.current_campaign() is not None, timeout=10_000)

    with qtbot.waitSignal(calling.contact_shown, timeout=10_000):
        calling.picker.start_button.click()
    first = calling.screen.lease
    assert first is not None
    calling.screen.choose_result("2")

    with qtbot.waitSignal(calling.contact_shown, timeout=10_000) as shown:
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        # Until the save is committed the contact stays, and a second press is ignored.
        assert calling.screen.lease is first and calling.screen.is_busy()
        calling.save_and_next()

    assert shown.args[0] != first.entry_id
    with store.read() as s:
        assert len(s.scalars(select(CallAttempt)).all()) == 1


def test_sign_in_by_keyboard_lands_in_the_campaign_list(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    calling_world(store)
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()

    calling = sign_in_by_keyboard(qtbot, window)

    assert calling.picker.campaign_list.hasFocus()
    assert calling.picker.campaign_list.item(0).text() == "Get out the vote\n3 contacts left"
