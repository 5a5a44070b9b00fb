"""The volunteer's calling flow, driven by the keyboard only, checked against the store."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from callcenter.db import Store
from callcenter.errors import NotAllowedError
from callcenter.models import (
    CallAttempt,
    CallListEntry,
    Campaign,
    Contact,
    EntryStatus,
    Outbox,
    Phone,
    SurveyResponse,
)
from callcenter.services import calls
from callcenter.services.settings import DialSettings, dial_settings, set_dial_settings
from tests.factories import make_volunteer
from tests.ui.calling_helpers import (
    calling_world,
    focused,
    show_window,
    start_calling,
    weekday_afternoon_clock,
)
from tests.ui.conftest import MakeWindow
from ui.calls import session_steps

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def test_keyboard_only_call_with_branching_script_and_callback(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    world, volunteer_id = calling_world(store)
    window = make_window()
    show_window(qtbot, window)

    calling = start_calling(qtbot, window)
    screen = calling.screen
    first = screen.lease
    assert first is not None
    assert screen.header.name_label.text() == "First0 Last0"
    assert "Hi First0, this is Vera with Get out the vote." in screen.script.intro_label.text()
    # Focus is on the first answer of the first question.
    assert isinstance(focused(window), QRadioButton) and focused(window).text() == "Yes"

    # "Yes" branches to the vote-plan question; Down then Enter answers "No", the last one.
    qtbot.keyClick(focused(window), Qt.Key.Key_Return)
    assert screen.script.focus_widget() is not None
    assert "Do you know where you vote?" in screen.script._current.prompt.text()  # type: ignore[union-attr]
    qtbot.keyClick(focused(window), Qt.Key.Key_Down)
    qtbot.keyClick(focused(window), Qt.Key.Key_Return)
    assert screen.script.is_finished()
    assert screen.script.closing_label.text() == "Thanks, First0!"
    assert focused(window) is screen.results.notes

    # Notes take digits; F3 picks the callback result and opens the callback time.
    qtbot.keyClicks(focused(window), "Call after 6, she works late")
    qtbot.keyClick(focused(window), Qt.Key.Key_F3)
    assert screen.results.notes_text() == "Call after 6, she works late"
    assert screen.results.chosen() is not None
    assert screen.results.chosen().code == "CALLBACK"  # type: ignore[union-attr]
    assert focused(window) is screen.results.callback.editor
    qtbot.keyClick(focused(window), Qt.Key.Key_Up)  # one hour later than suggested
    callback_at = screen.results.callback_at()
    assert callback_at is not None and callback_at > calling.clock()

    qtbot.keyClick(focused(window), Qt.Key.Key_Return, CTRL)

    # The next contact is on screen, focus back on the script.
    assert screen.lease is not None and screen.lease.entry_id != first.entry_id
    assert screen.header.name_label.text() == "First1 Last1"
    assert isinstance(focused(window), QRadioButton)
    assert screen.results.notes_text() == "" and screen.results.chosen() is None
    assert window.banner.text() == ""

    with store.read() as s:
        [attempt] = s.scalars(select(CallAttempt)).all()
        assert attempt.entry_id == first.entry_id
        assert attempt.volunteer_id == volunteer_id
        assert attempt.result_code_id == world.result_codes["CALLBACK"]
        assert attempt.notes == "Call after 6, she works late"
        assert attempt.callback_at == callback_at
        assert attempt.phone_id == first.card.phones[0].id
        answers = {
            (r.question_id, r.answer_id)
            for r in s.scalars(
                select(SurveyResponse).where(SurveyResponse.attempt_id == attempt.id)
            )
        }
        assert answers == {
            (world.questions["support"], world.answers[("support", "yes")]),
            (world.questions["vote_plan"], world.answers[("vote_plan", "no")]),
        }
        entry = s.get(CallListEntry, first.entry_id)
        assert entry is not None
        assert (entry.status, entry.callback_at) == (EntryStatus.CALLBACK, callback_at)
        [outbox] = s.scalars(select(Outbox)).all()
        assert outbox.kind == "call_attempt" and outbox.op_id == attempt.op_id
        assert outbox.payload["callback_at"] == callback_at.isoformat()
        assert len(outbox.payload["answers"]) == 2


def test_digits_pick_results_except_while_typing(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    calling_world(store)
    window = make_window()
    show_window(qtbot, window)
    screen = start_calling(qtbot, window).screen

    qtbot.keyClick(focused(window), Qt.Key.Key_2)  # focus on an answer: picks "No answer"
    assert screen.results.chosen().code == "NO_ANSWER"  # type: ignore[union-attr]
    assert focused(window) is screen.save_button

    qtbot.keyClick(focused(window), Qt.Key.Key_N, ALT)
    qtbot.keyClicks(focused(window), "4")
    assert screen.results.notes_text() == "4"
    assert screen.results.chosen().code == "NO_ANSWER"  # type: ignore[union-attr]
    qtbot.keyClick(focused(window), Qt.Key.Key_F1)
    assert screen.results.chosen().code == "SUPPORTER"  # type: ignore[union-attr]


def test_result_buttons_show_their_keys(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    world, _ = calling_world(store)
    window = make_window()
    show_window(qtbot, window)
    screen = start_calling(qtbot, window).screen

    button = screen.results.button_for(world.result_codes["NO_ANSWER"])
    assert button.text().startswith("2")
    assert "F2" in button.accessibleDescription()


def test_saving_without_a_result_says_so_and_stays(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    calling_world(store)
    window = make_window()
    show_window(qtbot, window)
    screen = start_calling(qtbot, window).screen
    entry_id = screen.lease.entry_id  # type: ignore[union-attr]

    qtbot.keyClick(focused(window), Qt.Key.Key_Return, CTRL)

    assert "Choose a result" in window.banner.text()
    assert screen.lease is not None and screen.lease.entry_id == entry_id
    with store.read() as s:
        assert s.scalars(select(CallAttempt)).all() == []


def test_a_refused_save_keeps_the_contact_and_what_was_typed(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    calling_world(store)
    window = make_window()
    show_window(qtbot, window)
    calling = start_calling(qtbot, window)
    screen = calling.screen
    entry_id = screen.lease.entry_id  # type: ignore[union-attr]
    qtbot.keyClick(focused(window), Qt.Key.Key_N, ALT)
    qtbot.keyClicks(focused(window), "Asked for Monday")
    qtbot.keyClick(focused(window), Qt.Key.Key_F3)
    screen.results.callback.set_local(
        (calling.clock() - timedelta(days=1)).astimezone(screen.results.callback._zone)
    )

    qtbot.keyClick(focused(window), Qt.Key.Key_Return, CTRL)

    assert window.banner.text() == "The callback time is in the past; choose a later time."
    assert screen.lease is not None and screen.lease.entry_id == entry_id
    assert screen.results.notes_text() == "Asked for Monday"
    assert not screen.is_busy()
    with store.read() as s:
        assert s.scalars(select(CallAttempt)).all() == []
        assert s.get(CallListEntry, entry_id).status == EntryStatus.LEASED  # type: ignore[union-attr]


def test_a_lease_failure_after_the_save_keeps_the_save(
    qtbot: QtBot, store: Store, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    calling_world(store)
    window = make_window()
    show_window(qtbot, window)
    calling = start_calling(qtbot, window)
    qtbot.keyClick(focused(window), Qt.Key.Key_2)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise NotAllowedError("Your account is suspended.")

    monkeypatch.setattr(session_steps, "lease_next_contact", refuse)
    qtbot.keyClick(focused(window), Qt.Key.Key_Return, CTRL)

    assert calling.stack.currentWidget() is calling.picker
    assert window.banner.text() == "Your account is suspended."
    with store.read() as s:
        assert len(s.scalars(select(CallAttempt)).all()) == 1


def test_skip_hands_the_contact_back_and_shows_the_next(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    calling_world(store)
    window = make_window()
    show_window(qtbot, window)
    screen = start_calling(qtbot, window).screen
    first = screen.lease.entry_id  # type: ignore[union-attr]

    qtbot.keyClick(focused(window), Qt.Key.Key_S, ALT)

    assert screen.lease is not None and screen.lease.entry_id != first
    with store.read() as s:
        entry = s.get(CallListEntry, first)
        assert entry is not None and entry.skips == 1 and entry.lease_holder_id is None


def test_end_session_gives_the_lease_back(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    calling_world(store)
    window = make_window()
    show_window(qtbot, window)
    calling = start_calling(qtbot, window)
    entry_id = calling.screen.lease.entry_id  # type: ignore[union-attr]

    qtbot.keyClick(focused(window), Qt.Key.Key_E, ALT)

    assert calling.stack.currentWidget() is calling.picker
    assert calling.picker.campaign_list.hasFocus()
    with store.read() as s:
        entry = s.get(CallListEntry, entry_id)
        assert entry is not None
        assert (entry.status, entry.lease_holder_id) == (EntryStatus.PENDING, None)


def test_ending_with_unsaved_input_warns_once(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    calling_world(store)
    window = make_window()
    show_window(qtbot, window)
    calling = start_calling(qtbot, window)
    qtbot.keyClick(focused(window), Qt.Key.Key_2)

    qtbot.keyClick(focused(window), Qt.Key.Key_E, ALT)
    assert calling.stack.currentWidget() is calling.screen
    assert "press Alt+E again" in window.banner.text()

    qtbot.keyClick(focused(window), Qt.Key.Key_E, ALT)
    assert calling.stack.currentWidget() is calling.picker


def test_signing_out_gives_the_lease_back(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    calling_world(store)
    window = make_window()
    show_window(qtbot, window)
    calling = start_calling(qtbot, window)
    entry_id = calling.screen.lease.entry_id  # type: ignore[union-attr]
    assert window.shell is not None

    qtbot.mouseClick(window.shell.sign_out_button, Qt.MouseButton.LeftButton)

    assert window.shell is None
    with store.read() as s:
        assert s.get(CallListEntry, entry_id).status == EntryStatus.PENDING  # type: ignore[union-attr]


def test_when_nobody_is_left_the_picker_says_so(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    calling_world(store, contacts=1)
    window = make_window()
    show_window(qtbot, window)
    calling = start_calling(qtbot, window)

    qtbot.keyClick(focused(window), Qt.Key.Key_1)
    qtbot.keyClick(focused(window), Qt.Key.Key_Return, CTRL)

    assert calling.stack.currentWidget() is calling.picker
    assert window.banner.text() == "Nobody is left to call in Get out the vote right now."
    assert calling.picker.campaign_list.item(0).text().endswith("0 contacts left")
    assert calling.shift_bar.calls_label.text() == "Calls: 1"
    assert calling.shift_bar.contacts_label.text() == "Reached: 1"


def test_call_opens_a_tel_link_and_restarts_the_timer(
    qtbot: QtBot, store: Store, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    calling_world(store)
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    window = make_window()
    show_window(qtbot, window)
    screen = start_calling(qtbot, window).screen
    before = screen.header.timer.started_at

    qtbot.keyClick(focused(window), Qt.Key.Key_C, ALT)

    assert opened == ["tel:+13125550000"]
    assert screen.header.timer.started_at >= before


def test_the_dial_scheme_setting_switches_to_sip(
    qtbot: QtBot, store: Store, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    calling_world(store)
    set_dial_settings(store, "sip", "pbx.example.org")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = make_window()
    show_window(qtbot, window)
    screen = start_calling(qtbot, window).screen

    qtbot.mouseClick(screen.phones._rows[0].call, Qt.MouseButton.LeftButton)

    assert [u.toString() for u in opened] == ["sip:+13125550000@pbx.example.org"]


def test_the_volunteer_switches_call_to_sip_in_settings_mid_session(
    qtbot: QtBot, store: Store, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    calling_world(store)
    opened: list[str] = []
    # The desktop's URL opener (the system's dialer or softphone).
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    window = make_window()
    show_window(qtbot, window)
    start_calling(qtbot, window)
    qtbot.keyClick(focused(window), Qt.Key.Key_C, ALT)
    assert opened == ["tel:+13125550000"]

    # Ctrl+, opens the settings; the keyboard picks SIP and types the domain.
    qtbot.keyClick(focused(window), Qt.Key.Key_Comma, CTRL)
    dialog = window.settings_dialog
    assert dialog is not None and dialog.dial_box is not None
    assert dialog.sip_domain_field is not None and not dialog.sip_domain_field.isEnabled()
    qtbot.waitUntil(dialog.language_box.hasFocus)
    qtbot.keyClick(dialog.language_box, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.theme_box, Qt.Key.Key_Tab)
    assert dialog.dial_box.hasFocus()
    qtbot.keyClick(dialog.dial_box, Qt.Key.Key_Down)
    assert dialog.dial_box.currentData() == "sip" and dialog.sip_domain_field.isEnabled()
    qtbot.keyClick(dialog.dial_box, Qt.Key.Key_Tab)
    assert dialog.sip_domain_field.hasFocus()
    qtbot.keyClicks(dialog.sip_domain_field, "pbx.example.org")
    qtbot.keyClick(dialog.sip_domain_field, Qt.Key.Key_Return)
    assert window.settings_dialog is None
    assert dial_settings(store) == DialSettings("sip", "pbx.example.org")

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(focused(window), Qt.Key.Key_C, ALT)

    assert opened[-1] == "sip:+13125550000@pbx.example.org"


def test_the_settings_show_the_stored_dial_scheme(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    set_dial_settings(store, "sip", "pbx.example.org")
    window = make_window()

    window.open_display_settings()

    dialog = window.settings_dialog
    assert dialog is not None and dialog.dial_box is not None
    assert dialog.dial_box.currentData() == "sip"
    assert dialog.sip_domain_field is not None
    assert dialog.sip_domain_field.text() == "pbx.example.org"
    assert dialog.chosen_dial() == DialSettings("sip", "pbx.example.org")
    dialog.reject()


def test_no_dialer_says_to_dial_by_hand(
    qtbot: QtBot, store: Store, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    calling_world(store)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    window = make_window()
    show_window(qtbot, window)
    start_calling(qtbot, window)

    qtbot.keyClick(focused(window), Qt.Key.Key_C, ALT)

    assert "dial the number by hand" in window.banner.text()


def test_marking_a_number_wrong_keeps_the_contact(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    world, _ = calling_world(store)
    with store.write() as s:
        s.add(
            Phone(
                contact_id=world.contact_ids[0], number_e164="+13125559999", kind="home", position=1
            )
        )
    window = make_window()
    show_window(qtbot, window)
    screen = start_calling(qtbot, window).screen
    row = screen.phones._rows[0]
    phone_id = row.phone.id  # type: ignore[union-attr]
    row.wrong.setFocus()

    qtbot.keyClick(row.wrong, Qt.Key.Key_Space)

    assert screen.lease is not None and screen.lease.card.contact_id == world.contact_ids[0]
    assert not row.call.isEnabled() and "wrong number" in row.kind.text()
    assert screen.phones.selected_phone_id == screen.phones._rows[1].phone.id  # type: ignore[union-attr]
    with store.read() as s:
        assert s.get(Phone, phone_id).is_bad  # type: ignore[union-attr]
        assert s.scalars(select(Outbox.kind)).all() == ["phone_bad"]


def test_script_in_the_contacts_language_with_merge_fields(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    world, _ = calling_world(store)
    with store.write() as s:
        contact = s.get(Contact, world.contact_ids[0])
        assert contact is not None
        contact.language, contact.first_name = "de", "Jürgen"
    window = make_window()
    show_window(qtbot, window)
    screen = start_calling(qtbot, window).screen

    assert screen.script.intro_label.text() == "Hallo Jürgen, hier ist Vera von Get out the vote."
    assert screen.script.language_label.text() == "German"
    # No German prompt in this script: the script's own language is used.
    assert screen.script._current.prompt.text() == "Can we count on your support?"  # type: ignore[union-attr]


def test_outside_calling_hours_is_marked_with_words_and_a_sign(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    calling_world(store)
    window = make_window()
    show_window(qtbot, window)
    calling = start_calling(qtbot, window)
    header = calling.screen.header
    assert "inside calling hours 09:00–20:00" in header.local_time_label.text()
    assert header.local_time_sign.text() == "✓"
    assert header.local_time_label.property("outside") is False

    # Still on screen at 23:00 their time (the header looks again every half minute).
    afternoon = calling.clock
    calling.set_clock(lambda: afternoon() + timedelta(hours=9))
    header.refresh_local_time()

    assert "OUTSIDE calling hours 09:00–20:00" in header.local_time_label.text()
    assert header.local_time_sign.text() == "⚠"
    assert header.local_time_label.property("outside") is True


def test_the_window_shown_is_never_wider_than_the_law(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    world, _ = calling_world(store)
    with store.write() as s:
        campaign = s.get(Campaign, world.campaign_id)
        assert campaign is not None
        campaign.window_start_min, campaign.window_end_min = 0, 24 * 60
    window = make_window()
    show_window(qtbot, window)
    header = start_calling(qtbot, window).screen.header

    assert "inside calling hours 08:00–21:00" in header.local_time_label.text()


def test_an_unknown_time_zone_counts_as_outside(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    world, _ = calling_world(store)
    with store.write() as s:
        contact = s.get(Contact, world.contact_ids[0])
        assert contact is not None
        contact.time_zone = None
    window = make_window()
    show_window(qtbot, window)
    header = start_calling(qtbot, window).screen.header

    assert "local time is unknown" in header.local_time_label.text()
    assert header.local_time_sign.text() == "⚠"


def test_household_and_earlier_calls_are_shown(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    world, volunteer_id = calling_world(store, contacts=2)
    with store.write() as s:
        # The second contact shares the first one's number.
        s.add(Phone(contact_id=world.contact_ids[1], number_e164="+13125550000", kind="home"))
    now = weekday_afternoon_clock()()
    lease = calls.lease_next_contact(store, volunteer_id, world.campaign_id, now=now)
    assert lease is not None
    calls.record_outcome(
        store,
        calls.Outcome(
            entry_id=lease.entry_id,
            volunteer_id=volunteer_id,
            result_code_id=world.result_codes["NO_ANSWER"],
            started_at=now - timedelta(minutes=1),
            ended_at=now,
            notes="Rang out <twice>",
        ),
        now=now,
    )
    with store.write() as s:
        entry = s.get(CallListEntry, lease.entry_id)
        assert entry is not None
        entry.available_at = None
        entry.priority = 5
    window = make_window()
    show_window(qtbot, window)
    history = start_calling(qtbot, window).screen.history

    assert "First1 Last1" in history.household_label.text()
    text = history.attempts_label.text()
    assert "No_Answer" in text and "Vera Volunteer" in text
    assert "Rang out &lt;twice&gt;" in text


def test_shift_numbers_follow_a_moment_after_the_save(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    calling_world(store)
    window = make_window()
    show_window(qtbot, window)
    calling = start_calling(qtbot, window)
    calling._shift_numbers_timer.setInterval(10)
    assert calling.shift_bar.calls_label.text() == "Calls: 0"

    qtbot.keyClick(focused(window), Qt.Key.Key_1)
    qtbot.keyClick(focused(window), Qt.Key.Key_Return, CTRL)

    # Not in front of the next save on the database thread: read once it is idle.
    assert calling._shift_numbers_timer.isActive()
    qtbot.waitUntil(lambda: calling.shift_bar.calls_label.text() == "Calls: 1", timeout=5_000)
    assert calling.shift_bar.contacts_label.text() == "Reached: 1"


def test_a_save_after_the_lease_went_elsewhere_is_kept_and_explained(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    calling_world(store)
    other = make_volunteer(store, "OTHR22", "123456")
    window = make_window()
    show_window(qtbot, window)
    screen = start_calling(qtbot, window).screen
    entry_id = screen.lease.entry_id  # type: ignore[union-attr]
    with store.write() as s:
        entry = s.get(CallListEntry, entry_id)
        assert entry is not None
        entry.lease_holder_id = other  # the lease ran out and someone else took it

    qtbot.keyClick(focused(window), Qt.Key.Key_2)
    qtbot.keyClick(focused(window), Qt.Key.Key_Return, CTRL)

    assert "Your call was saved" in window.banner.text()
    assert screen.lease is not None and screen.lease.entry_id != entry_id
    with store.read() as s:
        assert len(s.scalars(select(CallAttempt)).all()) == 1
        assert s.get(CallListEntry, entry_id).lease_holder_id == other  # type: ignore[union-attr]
