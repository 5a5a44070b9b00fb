"""What every console page needs, passed in once instead of four constructor arguments."""

from __future__ import annotations

from dataclasses import dataclass

from callcenter.db import Store
from ui.ops import OpRunner


@dataclass(frozen=True)
class ConsoleContext:
    """The store, the database thread, who is acting and at which workstation.

    ``actor_id`` goes to every core call, which checks the permission itself.
    """

    store: Store
    runner: OpRunner
    actor_id: int
    actor_role: str
    station_id: int | None
