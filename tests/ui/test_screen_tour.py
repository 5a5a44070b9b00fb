"""``callcenter demo --screen contact|room``: the demo window taken to a screen, the way
a person gets there (sign-in form, campaign list, console tabs), before a screenshot."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from callcenter import demo
from callcenter.db import Store
from callcenter.models import CallListEntry, Contact
from callcenter.startup import opened
from tests.ui.calling_helpers import weekday_afternoon_clock
from tests.ui.conftest import FakeDemoCredential, MakeWindow
from ui.app import run_gui
from ui.screen_tour import ScreenNotReached, go_to

CONTACTS = 120


@pytest.fixture
def demo_store(store: Store) -> Store:
    demo.generate_demo(store, contacts=CONTACTS, seed=3)
    return store


def test_the_contact_screen_shows_the_contact_the_volunteer_now_holds(
    demo_store: Store, make_window: MakeWindow
) -> None:
    credentials = demo.demo_credentials(3)
    volunteer = next(c for c in credentials if c.role == "volunteer" and c.status == "active")
    window = make_window(credentials)
    window.show()

    go_to(window, "contact", credentials, clock=weekday_afternoon_clock("America/New_York"))

    assert window.shell is not None and window.shell.signed_in.display_name == volunteer.name
    calling = window.shell.calling_page
    assert calling.stack.currentWidget() is calling.screen
    with demo_store.read() as s:
        held = s.scalars(
            select(Contact)
            .join(CallListEntry, CallListEntry.contact_id == Contact.id)
            .where(CallListEntry.lease_holder_id == window.shell.signed_in.volunteer_id)
        ).all()
    assert len(held) == 1
    assert held[0].first_name in calling.screen.header.name_label.text()


def test_the_room_is_seen_as_the_demo_s_shift_lead(
    demo_store: Store, make_window: MakeWindow
) -> None:
    credentials = demo.demo_credentials(3)
    window = make_window(credentials)
    window.show()

    go_to(window, "room", credentials)

    assert window.shell is not None and window.shell.signed_in.role == "shift_lead"
    console = window.shell.shift_lead_page
    assert console is not None and console.isVisible()
    assert console.tabs.currentWidget() is console.room_page
    assert console.room_page.snapshot is not None


def test_a_screen_it_cannot_reach_is_said_in_a_sentence(
    store: Store, make_window: MakeWindow
) -> None:
    window = make_window()
    window.show()
    with pytest.raises(ScreenNotReached, match="No screen called 'lobby'"):
        go_to(window, "lobby", None)
    with pytest.raises(ScreenNotReached, match="needs the demo's sign-in"):
        go_to(window, "room", None)
    go_to(window, "sign-in", None)  # where it already is
    assert window.shell is None


def test_a_refused_sign_in_stops_the_tour_with_a_message_not_a_hang(
    store: Store, make_window: MakeWindow
) -> None:
    """A demo account the store does not know: the form says no, the tour gives up."""
    credentials = [FakeDemoCredential("NOPE22", "135791", "No Body", "volunteer", "active")]
    window = make_window(credentials)
    window.show()
    with pytest.raises(ScreenNotReached, match=r"Signing in as the demo.s volunteer was refused: "):
        go_to(window, "contact", credentials)


@pytest.mark.usefixtures("collect_windows")
def test_run_gui_saves_the_screen_asked_for(
    qapp: QApplication, demo_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "room.png"
    credentials = demo.demo_credentials(3)

    code = run_gui(
        lambda: opened(demo_store, None, credentials),
        db_path=demo_store.path,
        demo_credentials=credentials,
        screenshot=path,
        screen="room",
    )

    assert code == 0
    assert not QImage(str(path)).isNull()
