"""Signing in and out from the window, with messages from the core."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from callcenter.db import Store
from callcenter.errors import SignInRefused, UserError
from callcenter.models import VolunteerSession
from callcenter.services import auth
from tests.factories import make_volunteer
from tests.ui.conftest import FakeDemoCredential, MakeWindow
from ui.demo_panel import DemoSignInPanel
from ui.main_window import MainWindow
from ui.ops import OpRunner


def type_and_sign_in(qtbot: QtBot, window: MainWindow, code: str, pin: str) -> None:
    page = window.sign_in_page
    qtbot.keyClicks(page.code_field, code)
    qtbot.keyClicks(page.pin_field, pin)
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)


def test_sign_in_opens_the_shell_with_name_and_role(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    make_volunteer(store, "ABC234", "123456", first_name="Rosa", last_name="Parks")
    window = make_window()

    type_and_sign_in(qtbot, window, "abc-234", "123456")

    assert window.shell is not None
    assert window.pages.currentWidget() is window.shell
    assert window.shell.name_label.text() == "Rosa Parks"
    assert window.shell.role_label.text() == "Volunteer"
    assert window.sign_in_page.pin_field.text() == ""


@pytest.mark.parametrize("status", ["pending", "suspended", "deactivated"])
def test_refusal_for_account_status_shows_the_core_message(
    qtbot: QtBot, store: Store, make_window: MakeWindow, status: str
) -> None:
    make_volunteer(store, "ABC234", "123456", status=status)
    with pytest.raises(SignInRefused) as refused:
        auth.sign_in(store, "ABC234", "123456")
    window = make_window()

    type_and_sign_in(qtbot, window, "ABC234", "123456")

    page = window.sign_in_page
    assert window.shell is None
    assert page.error_label.text() == str(refused.value)
    assert not page.error_label.isHidden()
    assert page.error_label.accessibleDescription() == str(refused.value)
    assert window.banner.text() == ""


def test_wrong_pin_shows_refusal_and_empties_the_pin(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    make_volunteer(store, "ABC234", "123456")
    window = make_window()

    type_and_sign_in(qtbot, window, "ABC234", "654321")

    page = window.sign_in_page
    assert window.shell is None
    assert "do not match" in page.error_label.text()
    assert "4 tries left" in page.error_label.text()
    assert page.pin_field.text() == ""
    assert page.code_field.text() == "ABC234"
    assert not page.is_busy()
    assert page.sign_in_button.isEnabled()


def test_lockout_after_too_many_wrong_pins_refuses_even_the_right_one(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    make_volunteer(store, "ABC234", "123456")
    window = make_window()
    page = window.sign_in_page
    for _ in range(auth.MAX_FAILED_PINS):
        page.code_field.clear()
        type_and_sign_in(qtbot, window, "ABC234", "000000")
    assert "locked until" in page.error_label.text()

    page.code_field.clear()
    type_and_sign_in(qtbot, window, "ABC234", "123456")

    assert window.shell is None
    assert "Too many wrong PINs: this code is locked until" in page.error_label.text()
    assert "shift lead can reset your PIN" in page.error_label.text()
    assert page.pin_field.text() == ""
    with store.read() as s:
        assert s.scalars(select(VolunteerSession)).all() == []


def test_a_later_success_clears_the_refusal(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    make_volunteer(store, "ABC234", "123456")
    window = make_window()
    type_and_sign_in(qtbot, window, "ABC234", "000000")
    qtbot.keyClicks(window.sign_in_page.pin_field, "123456")
    qtbot.mouseClick(window.sign_in_page.sign_in_button, Qt.MouseButton.LeftButton)
    assert window.shell is not None

    qtbot.mouseClick(window.shell.sign_out_button, Qt.MouseButton.LeftButton)

    assert window.sign_in_page.error_label.isHidden()


def test_keyboard_only_sign_in(qtbot: QtBot, store: Store, make_window: MakeWindow) -> None:
    make_volunteer(store, "ABC234", "123456", first_name="Kim", last_name="Keys")
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    page = window.sign_in_page
    qtbot.waitUntil(lambda: page.code_field.hasFocus())

    qtbot.keyClicks(page.code_field, "abc234")
    qtbot.keyClick(page.code_field, Qt.Key.Key_Tab)
    assert page.pin_field.hasFocus()
    qtbot.keyClick(page.pin_field, Qt.Key.Key_Tab)
    assert page.sign_in_button.hasFocus()
    qtbot.keyClick(page.sign_in_button, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert page.pin_field.hasFocus()
    qtbot.keyClicks(page.pin_field, "123456")
    qtbot.keyClick(page.pin_field, Qt.Key.Key_Return)

    assert window.shell is not None
    assert window.shell.name_label.text() == "Kim Keys"


def test_enter_on_the_focused_button_signs_in(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    make_volunteer(store, "ABC234", "123456")
    window = make_window()
    page = window.sign_in_page
    page.code_field.setText("ABC234")
    page.pin_field.setText("123456")

    qtbot.keyClick(page.sign_in_button, Qt.Key.Key_Return)

    assert window.shell is not None


def test_pin_field_hides_digits_and_refuses_letters(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    page = window.sign_in_page

    qtbot.keyClicks(page.pin_field, "12ab34")

    assert page.pin_field.echoMode() == page.pin_field.EchoMode.Password
    assert page.pin_field.text() == "1234"


def test_sign_out_ends_the_session_and_returns_to_an_empty_sign_in(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    make_volunteer(store, "ABC234", "123456")
    window = make_window()
    type_and_sign_in(qtbot, window, "ABC234", "123456")
    assert window.shell is not None
    session_id = window.shell.signed_in.session_id

    qtbot.mouseClick(window.shell.sign_out_button, Qt.MouseButton.LeftButton)

    assert window.shell is None
    assert window.pages.currentWidget() is window.sign_in_page
    assert window.sign_in_page.code_field.text() == ""
    with store.read() as s:
        visit = s.scalar(select(VolunteerSession).where(VolunteerSession.id == session_id))
        assert visit is not None and visit.ended_at is not None


def test_closing_the_window_signs_out(qtbot: QtBot, store: Store, make_window: MakeWindow) -> None:
    make_volunteer(store, "ABC234", "123456")
    window = make_window()
    type_and_sign_in(qtbot, window, "ABC234", "123456")
    assert window.shell is not None
    session_id = window.shell.signed_in.session_id

    window.close()

    with store.read() as s:
        visit = s.get(VolunteerSession, session_id)
        assert visit is not None and visit.ended_at is not None


def test_demo_panel_lists_credentials_and_fills_the_form(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    make_volunteer(store, "DEMO22", "246802", first_name="Dee", last_name="Mo")
    credentials = [
        FakeDemoCredential("DEMO22", "246802", "Dee Mo", "volunteer", "active"),
        FakeDemoCredential("PEND22", "135791", "Pat Pending", "volunteer", "pending"),
    ]
    window = make_window(credentials)
    panel = window.sign_in_page.demo_panel
    assert panel is not None
    texts = {label.text() for label in panel.findChildren(QLabel)}
    assert {"Demo sign-in", "DEMO22", "246802", "Pat Pending", "Pending"} <= texts
    assert window.demo_badge is not None and window.demo_badge.text() == "Demo"

    qtbot.mouseClick(panel.use_buttons[0], Qt.MouseButton.LeftButton)
    assert window.sign_in_page.code_field.text() == "DEMO22"
    qtbot.mouseClick(window.sign_in_page.sign_in_button, Qt.MouseButton.LeftButton)

    assert window.shell is not None
    assert window.shell.name_label.text() == "Dee Mo"


def test_no_credentials_shown_outside_demo_mode(store: Store, make_window: MakeWindow) -> None:
    make_volunteer(store, "ABC234", "123456")
    window = make_window()

    assert window.sign_in_page.demo_panel is None
    assert window.findChildren(DemoSignInPanel) == []
    assert window.demo_badge is None
    shown = [label.text() for label in window.findChildren(QLabel)]
    assert not any("ABC234" in text or "123456" in text for text in shown)


def test_volunteer_sees_no_shift_lead_console(
    qtbot: QtBot, store: Store, make_window: MakeWindow
) -> None:
    make_volunteer(store, "ABC234", "123456")
    window = make_window()
    type_and_sign_in(qtbot, window, "ABC234", "123456")
    assert window.shell is not None

    assert window.shell.shift_lead_page is None
    assert window.shell.pages.count() == 1
    assert window.shell.tabs.isHidden()


@pytest.mark.parametrize("role", ["shift_lead", "admin"])
def test_shift_leads_and_admins_get_the_console_tab(
    qtbot: QtBot, store: Store, make_window: MakeWindow, role: str
) -> None:
    make_volunteer(store, "LEAD22", "123456", role=role)
    window = make_window()
    type_and_sign_in(qtbot, window, "LEAD22", "123456")
    shell = window.shell
    assert shell is not None and shell.shift_lead_page is not None

    shell.tabs.setCurrentIndex(1)

    assert shell.pages.currentWidget() is shell.shift_lead_page
    assert not shell.tabs.isHidden()


def test_sign_in_on_the_database_thread(
    qtbot: QtBot, store: Store, make_window: MakeWindow, thread_runner: OpRunner
) -> None:
    make_volunteer(store, "ABC234", "123456", first_name="Tess", last_name="Thread")
    window = make_window(runner=thread_runner)
    page = window.sign_in_page
    page.code_field.setText("ABC234")
    page.pin_field.setText("123456")

    with qtbot.waitSignal(page.signed_in, timeout=10_000) as blocker:
        page.submit()
        # While the worker checks the PIN the form is busy and not re-submittable.
        assert page.is_busy()
        assert not page.sign_in_button.isEnabled()

    assert isinstance(blocker.args[0], auth.SignedIn)
    assert window.shell is not None
    assert window.shell.name_label.text() == "Tess Thread"


def test_a_failed_sign_out_still_leaves_the_shell_and_says_why(
    qtbot: QtBot, store: Store, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_volunteer(store, "ABC234", "123456")
    window = make_window()
    type_and_sign_in(qtbot, window, "ABC234", "123456")
    assert window.shell is not None

    def locked(_store: Store, _session_id: int) -> None:
        raise UserError("The database is locked; try again.")

    monkeypatch.setattr(auth, "sign_out", locked)
    qtbot.mouseClick(window.shell.sign_out_button, Qt.MouseButton.LeftButton)

    assert window.shell is None
    assert window.pages.currentWidget() is window.sign_in_page
    assert window.banner.text() == "The database is locked; try again."
