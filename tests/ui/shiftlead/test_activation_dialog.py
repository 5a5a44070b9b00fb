"""The activation dialog: what it sends to the core, and what it refuses to send."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from callcenter.db import Store
from callcenter.models import Volunteer
from callcenter.services import auth
from callcenter.services.activation_options import ActivationOptions, Choice
from callcenter.services.volunteers import change_status, register_volunteer
from tests.factories import make_volunteer, make_world
from tests.ui.shiftlead.conftest import MakeConsole
from ui.shiftlead.activation_dialog import ActivationDialog, default_shift_end, next_local_time

OPTIONS = ActivationOptions(
    campaigns=(Choice(1, "Get out the vote"), Choice(2, "Members")),
    stations=(Choice(7, "back-room"), Choice(9, "front-desk")),
)


def test_next_local_time_is_tonight_or_after_midnight() -> None:
    now = datetime(2026, 11, 3, 18, 0).astimezone()
    tonight = next_local_time(time(21, 30), now)
    assert tonight.tzinfo is UTC
    assert tonight.astimezone().replace(tzinfo=None) == datetime(2026, 11, 3, 21, 30)
    after_midnight = next_local_time(time(1, 0), now)
    assert after_midnight.astimezone().replace(tzinfo=None) == datetime(2026, 11, 4, 1, 0)


def test_default_shift_end_is_four_hours_on_rounded_up_to_the_half_hour() -> None:
    assert default_shift_end(datetime(2026, 11, 3, 17, 10).astimezone()) == time(21, 30)
    assert default_shift_end(datetime(2026, 11, 3, 17, 30).astimezone()) == time(21, 30)
    assert default_shift_end(datetime(2026, 11, 3, 21, 45).astimezone()) == time(2, 0)


def test_defaults_this_station_and_leaves_campaigns_to_choose(qtbot: QtBot) -> None:
    dialog = ActivationDialog(["A", "B"], OPTIONS, station_id=9, languages=("en", "de"))
    qtbot.addWidget(dialog)

    assert dialog.station_combo.currentText() == "front-desk (this station)"
    assert dialog.checked_campaign_ids() == ()  # two campaigns: the lead picks
    assert dialog.languages_field.text() == "en, de"
    assert dialog.activate_button.text() == "Activate 2 volunteers"


def test_bad_languages_are_refused_in_the_dialog(qtbot: QtBot) -> None:
    dialog = ActivationDialog(["A"], OPTIONS, station_id=None, languages=None)
    qtbot.addWidget(dialog)
    dialog.identity_box.setChecked(True)
    dialog.languages_field.setText("english, klingon!")

    dialog.accept()

    assert dialog.choices is None
    assert dialog.error_label.text() == "'klingon!' is not a language code like en, de or fr."


def test_the_confirmed_choices_reach_the_volunteers(
    qtbot: QtBot, store: Store, make_console: MakeConsole, lead: int, station: int
) -> None:
    first = make_world(store, contacts=1)
    make_world(store, contacts=1)
    vid = register_volunteer(store, first_name="Lou", last_name="Lingual")
    console = make_console(lead)
    console.show()
    queue = console.queue_page
    queue.table.selectRow(0)
    queue.open_activation()
    dialog = queue.activation_dialog
    assert dialog is not None
    dialog.identity_box.setChecked(True)
    item = dialog.campaign_model.item(0)
    item.setCheckState(item.checkState().Checked)
    dialog.languages_field.setText("fr, de")
    dialog.shift_end_field.setTime(QTime(23, 15))

    dialog.accept()

    with store.read() as s:
        v = s.get(Volunteer, vid)
        assert (v.status, v.station_id, v.languages) == ("active", station, ["fr", "de"])
        assert [c.id for c in v.campaigns] == [first.campaign_id]
        ends = v.shift_ends_at.astimezone()
        assert (ends.hour, ends.minute) == (23, 15)
        assert timedelta(0) < v.shift_ends_at - datetime.now(UTC) <= timedelta(days=1)
    assert queue.slips_dialog is not None


def test_a_returning_volunteer_is_activated_again_with_a_new_code(
    qtbot: QtBot, store: Store, make_console: MakeConsole, lead: int
) -> None:
    vid = make_volunteer(store, "OLDC22", "123456", first_name="Ron", last_name="Returning")
    change_status(store, lead, [vid], "deactivate")
    register_volunteer(store, first_name="Nia", last_name="New")
    console = make_console(lead)
    console.show()
    queue = console.queue_page
    assert [r.name for r in queue.model.rows()] == ["Nia New"]

    queue.returning_box.setChecked(True)

    assert [(r.name, queue.model.index(i, 4).data()) for i, r in enumerate(queue.model.rows())] == [
        ("Nia New", "Pending"),
        ("Ron Returning", "Returning"),
    ]
    assert console.tabs.tabText(0) == "Queue (1)"
    queue.table.selectRow(1)
    queue.open_activation()
    assert queue.activation_dialog is not None
    queue.activation_dialog.identity_box.setChecked(True)
    queue.activation_dialog.accept()
    assert queue.slips_dialog is not None
    [cred] = queue.slips_dialog.credentials()
    assert cred.volunteer_id == vid and cred.code != "OLDC22"
    assert auth.sign_in(store, cred.code, cred.pin).volunteer_id == vid
