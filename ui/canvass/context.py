"""What every canvass view needs, passed in once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from callcenter.db import Store
from callcenter.models import utcnow
from callcenter.services.auth import SignedIn
from sync.canvass import TurfCrm
from ui.ops import OpRunner


@dataclass(frozen=True)
class CanvassContext:
    """The store, the database thread, who acts, where; ``crm`` is None with no CRM here.

    ``clock`` is "now" for phone mode's calling hours (tests fix it to a daytime moment).
    """

    store: Store
    runner: OpRunner
    signed_in: SignedIn
    station_id: int | None
    crm: TurfCrm | None = None
    clock: Callable[[], datetime] = utcnow
