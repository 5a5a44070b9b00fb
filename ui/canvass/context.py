"""What every canvass view needs, passed in once."""

from __future__ import annotations

from dataclasses import dataclass

from callcenter.db import Store
from callcenter.services.auth import SignedIn
from sync.canvass import TurfCrm
from ui.ops import OpRunner


@dataclass(frozen=True)
class CanvassContext:
    """The store, the database thread, who acts, where; ``crm`` is None with no CRM here."""

    store: Store
    runner: OpRunner
    signed_in: SignedIn
    station_id: int | None
    crm: TurfCrm | None = None
