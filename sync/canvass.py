"""Canvass checkouts with the CRM around them: leases at check-out, sync and release at check-in.

The local half (turf, local leases, results, summary) is the core's
(``callcenter.services.canvass``).  This module runs the CRM half around it
through ``TurfCrm``, which the sync engine provides:

- check out online: the CRM's leases on the turf's members are claimed (or ours
  extended) until the checkout's expiry first; only the doors won are checked
  out, the rest are reported.  With no CRM, or offline, a checkout is local only
  (``crm_claimed_at`` stays empty) and the team is told so.
- extend: the CRM's leases are extended too when online; doors lost meanwhile drop out.
- check in: a full sync (push every result, pull changes; conflicts are recorded
  for review by the engine), then the local check-in, which refuses while any
  result of the checkout waits; then the CRM's leases are released.
- hand back: local at once; the CRM's leases are released when online (else they
  run out at the expiry).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Protocol

from callcenter.db import Store
from callcenter.errors import InvalidInputError
from callcenter.messages import msg
from callcenter.models import utcnow
from callcenter.services.canvass.checkout import (
    CheckoutRequest,
    CheckoutView,
    check_out,
    extend_checkout,
    finish_check_in,
    get_checkout,
    hand_back,
    record_crm_claim,
    turf_entry_ids,
)
from callcenter.services.canvass.summary import SessionSummary, session_summary
from callcenter.services.canvass.turf import turf_candidates
from sync.errors import CrmUnavailableError, NotConnectedError, SyncError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TurfSyncReport:
    sent: int = 0
    review: int = 0
    pulled: int = 0
    conflicts: int = 0


class TurfCrm(Protocol):
    """What canvassing needs from the sync engine (entry ids are the store's own)."""

    def is_online(self) -> bool:
        """A cheap probe, no sync: does the CRM answer now?"""
        ...

    def claim_turf(self, store: Store, entry_ids: Sequence[int], expires_at: datetime) -> list[int]:
        """Hold the CRM's leases on these entries' members until ``expires_at``: claim
        free ones, extend ours; record them in the store.  Returns the entries now held;
        the others someone else holds."""
        ...

    def release_turf(self, store: Store, entry_ids: Sequence[int]) -> None:
        """Give the CRM's leases on these entries' members back."""
        ...

    def sync_now(self, store: Store) -> TurfSyncReport:
        """Push the whole outbox, then pull changes (conflicts recorded for review).

        Raises:
            SyncError: the sync stopped; what it did so far is kept.
        """
        ...


@dataclass(frozen=True)
class CheckoutOutcome:
    checkout: CheckoutView
    crm_leased: bool  # False: checked out offline, local only
    lost: int = 0  # doors someone else holds in the CRM, left out


@dataclass(frozen=True)
class CheckInOutcome:
    summary: SessionSummary
    sync: TurfSyncReport
    leases_released: bool  # False: the CRM's leases run out at the expiry instead


def check_out_turf(
    store: Store, crm: TurfCrm | None, request: CheckoutRequest, *, now: datetime | None = None
) -> CheckoutOutcome:
    """Check a turf out; online, only the doors whose CRM leases were won."""
    now = now or utcnow()
    if not _online(crm):
        checkout_id = check_out(store, request, now=now)
        return CheckoutOutcome(get_checkout(store, checkout_id), crm_leased=False)
    assert crm is not None
    candidates = turf_candidates(store, request.cut)
    expires = now + timedelta(hours=request.hours)
    won = crm.claim_turf(store, candidates, expires)
    lost = len(set(candidates) - set(won))
    try:
        checkout_id = check_out(
            store, replace(request, only_entry_ids=frozenset(won)), now=now, crm_claimed=True
        )
    except InvalidInputError:
        if won:
            crm.release_turf(store, won)
        raise
    log.info("turf %s checked out online: %d doors won, %d lost", checkout_id, len(won), lost)
    return CheckoutOutcome(get_checkout(store, checkout_id), crm_leased=True, lost=lost)


def extend_turf(
    store: Store,
    crm: TurfCrm | None,
    checkout_id: int,
    actor_id: int,
    hours: float,
    *,
    now: datetime | None = None,
) -> CheckoutOutcome:
    """Extend locally; online, extend the CRM's leases too (doors lost meanwhile drop out)."""
    now = now or utcnow()
    view = extend_checkout(store, checkout_id, actor_id, hours, now=now)
    if not _online(crm) or view.crm_claimed_at is None:
        return CheckoutOutcome(view, crm_leased=view.crm_claimed_at is not None)
    assert crm is not None
    entries = turf_entry_ids(store, checkout_id)
    won = set(crm.claim_turf(store, entries, view.expires_at))
    lost = [e for e in entries if e not in won]
    view = record_crm_claim(store, checkout_id, lost, now=now)
    return CheckoutOutcome(view, crm_leased=True, lost=len(lost))


def check_in_turf(
    store: Store,
    crm: TurfCrm | None,
    checkout_id: int,
    actor_id: int,
    *,
    now: datetime | None = None,
) -> CheckInOutcome:
    """Sync everything, close the checkout, release the CRM's leases; the session summary.

    Raises:
        NotConnectedError: no CRM on this laptop (hand the turf back instead).
        CrmUnavailableError, SyncError: the CRM could not be reached or the sync
            stopped; nothing was released, the checkout stays as it was.
        NotAllowedError: results of the checkout still wait (a sync left them pending).
    """
    if crm is None:
        raise NotConnectedError(msg("canvass.no_crm_connected_laptop_so"))
    if not crm.is_online():
        raise CrmUnavailableError(msg("canvass.crm_cannot_reached_check_again"))
    report = crm.sync_now(store)
    finish_check_in(store, checkout_id, actor_id, now=now)
    released = _release(store, crm, checkout_id)
    return CheckInOutcome(session_summary(store, checkout_id, now=now), report, released)


def hand_back_turf(
    store: Store,
    crm: TurfCrm | None,
    checkout_id: int,
    actor_id: int,
    *,
    now: datetime | None = None,
) -> CheckoutView:
    """End the checkout here now; its results still go out with the next sync."""
    view = hand_back(store, checkout_id, actor_id, now=now)
    if view.crm_claimed_at is not None and _online(crm):
        assert crm is not None
        _release(store, crm, checkout_id)
    return view


def _online(crm: TurfCrm | None) -> bool:
    if crm is None:
        return False
    try:
        return crm.is_online()
    except SyncError:
        return False


def _release(store: Store, crm: TurfCrm, checkout_id: int) -> bool:
    try:
        crm.release_turf(store, turf_entry_ids(store, checkout_id))
    except SyncError as exc:
        # Not a loss: the CRM's leases run out at the checkout's expiry anyway.
        log.warning("could not release the CRM leases of checkout %s: %s", checkout_id, exc)
        return False
    return True
