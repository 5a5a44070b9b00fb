"""Keeping this workstation's lease blocks: renew, release finished, claim more.

Per active CRM campaign the workstation keeps about ``block`` members leased and
ready to call (a contact waiting hours for its next try does not count): it renews
leases that end within half their length, gives back members it is done with, and
claims new ones when fewer than ``block`` are ready.  The CRM decides every claim
(conditional updates, read back); this store only records the wins.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from callcenter.db import Store
from callcenter.services import crm_leases
from sync import crashpoints
from sync.connector import Connector, ObjectType
from sync.delta_pull import DeltaPull

log = logging.getLogger(__name__)


@dataclass
class LeaseReport:
    claimed: int = 0
    renewed: int = 0
    lost: int = 0
    released: int = 0
    expired: int = 0


def keep_leases(
    store: Store,
    connector: Connector,
    puller: DeltaPull,
    *,
    holder: str,
    block: int,
    minutes: int,
    clock: Callable[[], datetime],
) -> LeaseReport:
    report = LeaseReport()
    now = clock()
    length = timedelta(minutes=minutes)
    report.expired = crm_leases.expire_leases(store, now=now)
    finished = crm_leases.leases_to_release(store)
    if finished:
        connector.release_leases(finished, holder)
        crm_leases.mark_released(store, finished)
        report.released = len(finished)
    for target in crm_leases.lease_targets(store, now=now, renew_within=length / 2):
        lost: list[str] = []
        if target.expiring:
            expires = now + length
            kept = connector.renew_leases(target.expiring, holder, expires)
            lost = sorted(set(target.expiring) - set(kept))
            crm_leases.record_renewals(store, kept, lost, expires)
            report.renewed += len(kept)
            report.lost += len(lost)
        wanted = block - target.ready + len(lost)
        if wanted <= 0:
            continue
        expires = clock() + length
        claims = connector.claim_leases(
            target.campaign_crm_id,
            holder,
            wanted,
            expires,
            clock(),
            target.open_statuses,
            target.max_attempts,
        )
        crashpoints.reached("leases.claimed")
        pairs = [(c.member_crm_id, c.expires_at) for c in claims]
        unknown = crm_leases.record_claims(store, target.list_id, pairs)
        if unknown:
            # Members added in the CRM since the last pull: fetch them (and their contacts).
            records = connector.fetch(ObjectType.MEMBER, unknown)
            puller.apply_fetched(ObjectType.MEMBER, records)
            crm_leases.record_claims(
                store, target.list_id, [p for p in pairs if p[0] in set(unknown)]
            )
        crashpoints.reached("leases.recorded")
        report.claimed += len(claims)
    if report.claimed or report.lost:
        log.info("leases: %d claimed, %d lost", report.claimed, report.lost)
    return report


def release_all(store: Store, connector: Connector, holder: str) -> int:
    """Give every held lease back (shift end, disconnect)."""
    held = crm_leases.leases_to_release(store, all_open=True)
    if held:
        connector.release_leases(held, holder)
        crm_leases.mark_released(store, held)
    return len(held)
