"""Named points in the sync where the crash tests kill the process (fail points).

Production never arms one: ``reached`` is a dictionary lookup that does nothing.
The reliability suite arms a point in a child process (``arm`` or the
``CALLCENTER_SYNC_CRASH_AT=name:n`` variable) and the process dies there with
SIGKILL, as a power cut would leave it.
"""

from __future__ import annotations

import os
import signal

ENV = "CALLCENTER_SYNC_CRASH_AT"
_armed: dict[str, int] = {}

# Every point the engine passes, for tests that want to cover them all.
POINTS = (
    "push.read",  # pending rows read, nothing sent yet
    "push.answered",  # the CRM answered for a batch, nothing marked yet
    "push.marked",  # a batch marked sent/retry/review
    "pull.page_fetched",  # a page arrived, not yet applied
    "pull.page_applied",  # a page and its cursor committed
    "pull.finished",  # an object's cursor moved to the high-water mark
    "leases.claimed",  # the CRM granted leases, not yet recorded here
    "leases.recorded",  # leases recorded here
)


def arm(name: str, after: int = 1) -> None:
    """Die the ``after``-th time ``name`` is reached."""
    _armed[name] = after


def arm_from_env() -> None:
    spec = os.environ.get(ENV, "")
    if spec:
        name, _, count = spec.partition(":")
        arm(name, int(count or 1))


def reached(name: str) -> None:
    if not _armed or name not in _armed:
        return
    _armed[name] -= 1
    if _armed[name] <= 0:
        os.kill(os.getpid(), signal.SIGKILL)
