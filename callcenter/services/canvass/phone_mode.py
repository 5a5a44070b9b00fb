"""Phone mode: the normal contact screen, confined to the checkout's turf, in walk order.

The turf is already leased to the checkout, so "next contact" only reads: the
next person after the one on screen who is still open, may be called and is
due.  Nothing is written until a result is saved (``record_turf_results``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from callcenter.db import Store
from callcenter.models import utcnow
from callcenter.services.call_types import Lease
from callcenter.services.canvass.results import checkout_taking_work
from callcenter.services.contact_card import load_contact_card
from callcenter.services.entry_rules import callable_phone_count
from callcenter.services.sqlrows import from_db, rows, to_db


@dataclass(frozen=True)
class TurfLease:
    lease: Lease
    walk_position: int


def next_in_turf(
    store: Store, checkout_id: int, *, after_position: int = -1, now: datetime | None = None
) -> TurfLease | None:
    """The next person to phone after ``after_position`` in walk order, or None.

    Raises:
        NotAllowedError: the checkout expired or ended (its contacts take no new work).
    """
    now = now or utcnow()
    with store.read() as session:
        conn = session.connection()
        checkout = checkout_taking_work(conn, checkout_id, now)
        max_per_phone = conn.exec_driver_sql(
            "SELECT max_attempts_per_phone FROM campaign WHERE id = ?", (checkout.campaign_id,)
        ).scalar_one()
        candidates = rows(
            conn,
            "SELECT e.id, e.list_id, e.contact_id, e.attempts, e.callback_at, ke.walk_position "
            "FROM canvass_checkout_entry ke JOIN call_list_entry e ON e.id = ke.entry_id "
            "JOIN contact c ON c.id = e.contact_id "
            "WHERE ke.checkout_id = ? AND ke.walk_position > ? AND e.status = 'leased' "
            "AND c.do_not_call = 0 AND (e.available_at IS NULL OR e.available_at <= ?) "
            "ORDER BY ke.walk_position",
            (checkout_id, after_position, to_db(now)),
        )
        for entry in candidates:
            if callable_phone_count(conn, entry.contact_id, max_per_phone) == 0:
                continue
            callback_at = from_db(entry.callback_at)
            lease = Lease(
                entry_id=entry.id,
                list_id=entry.list_id,
                campaign_id=checkout.campaign_id,
                expires_at=from_db(checkout.expires_at),  # type: ignore[arg-type]
                is_callback=callback_at is not None,
                callback_at=callback_at,
                attempts=entry.attempts,
                card=load_contact_card(session, entry.contact_id),
            )
            return TurfLease(lease, entry.walk_position)
    return None
