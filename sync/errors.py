"""Why a sync stopped, in words for a person, with an exit code per reason.

All are ``UserError``s, so the CLI prints the message and exits with the code and
the GUI shows the message; none of them carries a token or personal data.
"""

from __future__ import annotations

from collections.abc import Callable

from callcenter.errors import UserError
from callcenter.messages import msg


class SyncError(UserError):
    """A sync that stopped; what was done so far is kept."""


class CrmUnavailableError(SyncError):
    """The CRM cannot be reached or did not answer properly; try again later."""

    exit_code = 6


class NotConnectedError(SyncError):
    """No CRM connection on this workstation, or the CRM no longer accepts it."""

    exit_code = 7


class ApiLimitError(SyncError):
    """The org's daily API allowance is used up (or nearly, and we keep a reserve)."""

    exit_code = 8


class KeyringUnavailableError(SyncError):
    """No OS keyring to keep the CRM sign-in in; we never fall back to a file."""

    exit_code = 9


class SyncStopped(SyncError):
    """The sync was asked to stop (the window is closing) and stopped between two
    steps; everything done so far is kept and the next sync goes on from there."""


def stop_if_asked(should_stop: Callable[[], bool] | None) -> None:
    """Between two committed steps (a pulled page, a pushed batch): stop the sync if
    it was asked to.  Each step saves where it got to, so the next sync goes on there."""
    if should_stop is not None and should_stop():
        raise SyncStopped(msg("sync.stopped_on_request"))


class CrmRequestError(Exception):
    """One request the CRM refused for good (not a whole sync failing).

    ``code`` is the CRM's own error code (e.g. MALFORMED_QUERY); ``message`` is its
    text, shown to people in the review queue.
    """

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.status = status
        self.code = code
        self.message = message
