"""Phone mode: the normal contact screen, confined to the checkout's turf, in walk order.

The turf is already leased to the checkout, so "next contact" only reads: the
next person after the one on screen who is still open, may be called (inside
their calling hours now, with a number left) and is due.  Nothing is written
until a result is saved (``record_turf_results``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from callcenter.db import Store
from callcenter.models import utcnow
from callcenter.services.call_types import Lease
from callcenter.services.calling_groups import open_group_ids
from callcenter.services.canvass.checkout import checkout_taking_work
from callcenter.services.contact_card import load_contact_card
from callcenter.services.entry_rules import callable_phone_count
from callcenter.services.sqlrows import from_db, one, rows, to_db


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
        campaign = one(
            conn,
            "SELECT max_attempts_per_phone, window_start_min, window_end_min FROM campaign "
            "WHERE id = ?",
            (checkout.campaign_id,),
        )
        assert campaign is not None
        max_per_phone = campaign.max_attempts_per_phone
        window = (campaign.window_start_min, campaign.window_end_min)
        open_groups = set(open_group_ids(store, conn, window, now))
        candidates = rows(
            conn,
            "SELECT e.id, e.list_id, e.contact_id, e.attempts, e.callback_at, e.calling_group_id, "
            "ke.walk_position FROM canvass_checkout_entry ke "
            "JOIN call_list_entry e ON e.id = ke.entry_id JOIN contact c ON c.id = e.contact_id "
            "WHERE ke.checkout_id = ? AND ke.walk_position > ? AND e.status = 'leased' "
            "AND c.do_not_call = 0 AND (e.available_at IS NULL OR e.available_at <= ?) "
            "AND (e.callback_at IS NULL OR e.callback_at <= ?) ORDER BY ke.walk_position",
            (checkout_id, after_position, to_db(now), to_db(now)),
        )
        for entry in candidates:
            if entry.calling_group_id not in open_groups:
                continue  # outside their calling hours now (the groups were set at check-out)
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
