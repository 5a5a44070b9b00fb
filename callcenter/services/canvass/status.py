"""The few numbers the status bar shows all the time: what waits to sync, when a turf expires."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from callcenter.db import Store
from callcenter.services.sqlrows import from_db, one, rows


@dataclass(frozen=True)
class CanvassStatus:
    waiting_to_sync: int  # outbox rows the CRM has not confirmed yet
    in_review: int  # rows the CRM refused, waiting for a person
    checkout_name: str | None  # the open checkout that expires first
    expires_at: datetime | None


def canvass_status(store: Store) -> CanvassStatus:
    """Cheap enough to poll: the outbox status index and the checkout status index."""
    with store.read() as session:
        conn = session.connection()
        counts = dict(
            rows(
                conn,
                "SELECT status, count(*) FROM outbox WHERE status IN ('pending', 'review') "
                "GROUP BY status",
            )
        )
        soonest = one(
            conn,
            "SELECT name, expires_at FROM canvass_checkout WHERE status = 'active' "
            "ORDER BY expires_at LIMIT 1",
        )
    return CanvassStatus(
        waiting_to_sync=counts.get("pending", 0),
        in_review=counts.get("review", 0),
        checkout_name=soonest[0] if soonest else None,
        expires_at=from_db(soonest[1]) if soonest else None,
    )
