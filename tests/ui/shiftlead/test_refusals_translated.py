"""A shift lead's refused move, told in the window's language with its fields filled in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from callcenter.db import Store
from callcenter.models import Volunteer
from tests.factories import make_volunteer
from tests.ui.conftest import MakeWindow
from tests.ui.shiftlead.conftest import LEAD_CODE, LEAD_PIN
from tests.ui.shiftlead.test_activation_by_keyboard import keyboard_sign_in, open_console
from ui.i18n import LanguageSwitch
from ui.shiftlead.row_model import select_ids


@pytest.fixture
def language(qapp: QApplication) -> Iterator[LanguageSwitch]:
    switch = LanguageSwitch("en", system=QLocale("C"))
    yield switch
    switch.uninstall()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("de", "Val Volunteer kann nicht pausiert werden: Das Konto ist pausiert."),
        ("fr", "Impossible de suspendre Val Volunteer\u00a0: le compte est suspendu."),
    ],
)
def test_a_shift_lead_s_invalid_move_is_refused_in_the_window_s_language(
    qtbot: QtBot,
    store: Store,
    make_window: MakeWindow,
    lead: int,
    language: LanguageSwitch,
    lang: str,
    expected: str,
) -> None:
    language.switch(lang)
    vid = make_volunteer(store, "VOLU22", first_name="Val", last_name="Volunteer")
    window = make_window()
    keyboard_sign_in(qtbot, window, LEAD_CODE, LEAD_PIN)
    page = open_console(qtbot, window).volunteers_page
    window.show()
    page.reload()
    select_ids(page.table, page.model, [vid])
    assert page.suspend_button.isEnabled()
    # Another shift lead suspends Val in the meantime; this screen still shows her active.
    with store.write() as s:
        s.execute(update(Volunteer).where(Volunteer.id == vid).values(status="suspended"))

    page.suspend_button.click()
    assert page.confirm_dialog is not None
    page.confirm_dialog.accept()

    assert window.banner.text() == expected
