"""Taking the demo window to one of its screens before a screenshot.

``callcenter demo --screenshot FILE --screen contact`` signs in as the demo's
volunteer and opens the first contact of their first campaign; ``--screen room``
signs in as the demo's shift lead and opens the room.  Everything goes through
the window as a person would use it (the sign-in form, the campaign list, the
console's tabs), on the real clock: outside the contacts' calling hours the
contact screenshot shows the campaign list and why nobody is offered.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop

from callcenter.errors import UserError

if TYPE_CHECKING:
    from callcenter.demo import DemoCredential
    from ui.calls.session_steps import Clock
    from ui.main_window import MainWindow

SCREENS = ("sign-in", "contact", "room")
WAIT_S = 30.0
# Who each screen is seen as: the role among the demo's active accounts.
_ROLE = {"contact": "volunteer", "room": "shift_lead"}


class ScreenNotReached(UserError):
    """The window did not get to the screen asked for."""


def go_to(
    window: MainWindow,
    screen: str,
    credentials: Sequence[DemoCredential] | None,
    *,
    clock: Clock | None = None,
    wait_s: float = WAIT_S,
) -> None:
    """Bring ``window`` (ready, showing the sign-in form) to ``screen``.

    ``clock`` replaces the calling page's (the README's screenshots pin a weekday
    afternoon, so the first contact is inside calling hours whenever they are made).

    Raises:
        ScreenNotReached: ``screen`` is unknown, the store has no demo account for
            it, or the window did not get there within ``wait_s`` seconds.
    """
    if screen not in SCREENS:
        raise ScreenNotReached(f"No screen called {screen!r}: choose one of {', '.join(SCREENS)}.")
    if screen == "sign-in":
        return
    role = _ROLE[screen]
    who = next(
        (c for c in credentials or () if c.role == role and c.status == "active"),
        None,
    )
    if who is None:
        raise ScreenNotReached(
            f"The {screen} screen needs the demo's sign-in: "
            f"use 'callcenter demo --screen {screen}'."
        )
    form = window.sign_in_page
    form.code_field.setText(who.code)
    form.pin_field.setText(who.pin)
    form.submit()
    _wait(
        lambda: window.shell is not None or not form.is_busy(),
        wait_s,
        f"signing in as the demo's {role}",
    )
    if window.shell is None:
        raise ScreenNotReached(
            f"Signing in as the demo's {role} was refused: {form.error_label.text()}"
        )
    shell = window.shell
    assert shell is not None
    if screen == "contact":
        calling = shell.calling_page
        picker = calling.picker
        if clock is not None:
            calling.set_clock(clock)
            calling.refresh_campaigns()
        _wait(lambda: picker.campaign_list.count() > 0, wait_s, "the volunteer's campaigns")
        campaign = picker.current_campaign()
        if campaign is None or not campaign.remaining:
            return  # the list says why; that is the screen there is
        calling.start(campaign)
        _wait(lambda: not calling.is_busy(), wait_s, "the first contact")
    else:
        console = shell.shift_lead_page
        assert console is not None  # a shift lead's shell has the console
        shell.tabs.setCurrentIndex(shell.pages.indexOf(console))
        console.tabs.setCurrentWidget(console.room_page)
        console.room_page.refresh()
        _wait(lambda: console.room_page.snapshot is not None, wait_s, "the room's numbers")


def _wait(done: Callable[[], bool], wait_s: float, what: str) -> None:
    """Run the window's events until ``done()``; the database work comes back by signal."""
    deadline = time.monotonic() + wait_s
    while not done():
        if time.monotonic() > deadline:
            raise ScreenNotReached(f"The window did not get to {what} within {wait_s:.0f} s.")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)
