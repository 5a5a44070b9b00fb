"""Recording results in a checkout: on the phone screen, at the door, or from paper.

Each result goes through the normal ``record_outcome`` (attempt, answers, outbox
row with its op id, so sync sends it exactly once), inside one transaction per
household or per paper sheet, and is tagged with the checkout and how it was
taken.  An entry that is still open afterwards stays held by the checkout.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from callcenter.db import Store
from callcenter.errors import InvalidInputError
from callcenter.messages import msg
from callcenter.models import utcnow
from callcenter.services.call_types import Outcome, RecordedOutcome
from callcenter.services.canvass.checkout import HELD_AFTER_EXPIRY, checkout_taking_work
from callcenter.services.recording import record_outcome
from callcenter.services.sqlrows import from_db, one, run, to_db

SOURCES = ("phone", "door", "paper")


def record_turf_results(
    store: Store,
    checkout_id: int,
    outcomes: Sequence[Outcome],
    *,
    source: str,
    now: datetime | None = None,
) -> list[RecordedOutcome]:
    """Record results for people in the turf, all or none, in one transaction.

    Raises:
        NotAllowedError: the checkout expired or ended, or the volunteer is not active.
        InvalidInputError: someone is not in this turf, or a result does not fit.
    """
    now = now or utcnow()
    if source not in SOURCES:
        raise InvalidInputError(msg("canvass_results.not_way_results_are_taken", source=source))
    with store.write() as session:
        return record_in_turf(session, store, checkout_id, outcomes, source=source, now=now)


def record_in_turf(
    session: Session,
    store: Store,
    checkout_id: int,
    outcomes: Sequence[Outcome],
    *,
    source: str,
    now: datetime,
    sheet_op_id: str | None = None,
) -> list[RecordedOutcome]:
    """Within the caller's write transaction (see ``record_turf_results``)."""
    conn = session.connection()
    checkout = checkout_taking_work(conn, checkout_id, now)
    held_until = to_db(from_db(checkout.expires_at) + HELD_AFTER_EXPIRY)  # type: ignore[operator]
    recorded = []
    for outcome in outcomes:
        if (
            one(
                conn,
                "SELECT 1 FROM canvass_checkout_entry WHERE checkout_id = ? AND entry_id = ?",
                (checkout_id, outcome.entry_id),
            )
            is None
        ):
            raise InvalidInputError(
                msg(
                    "canvass_results.list_entry_not_turf",
                    entry_id=outcome.entry_id,
                    name=checkout.name,
                )
            )
        # The turf is held in the team lead's name; whoever works it on this laptop
        # records as its holder for this one result (else it would count as a lost lease).
        run(
            conn,
            "UPDATE call_list_entry SET lease_holder_id = ? WHERE id = ? AND status = 'leased'",
            (outcome.volunteer_id, outcome.entry_id),
        )
        result = record_outcome(store, outcome, now=now, session=session)
        # Still open (not home, inaccessible): the door stays in the turf for another pass.
        run(
            conn,
            "UPDATE call_list_entry SET status = 'leased', lease_holder_id = ?, "
            "lease_station_id = ?, lease_expires_at = ? "
            "WHERE id = ? AND status IN ('pending', 'callback')",
            (checkout.holder_id, checkout.station_id, held_until, outcome.entry_id),
        )
        run(
            conn,
            "INSERT INTO canvass_result (attempt_id, checkout_id, source, sheet_op_id) "
            "VALUES (?, ?, ?, ?)",
            (result.attempt_id, checkout_id, source, sheet_op_id),
        )
        recorded.append(result)
    return recorded
