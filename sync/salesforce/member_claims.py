"""Leasing particular campaign members (a canvass turf), not just any free ones.

``leases.claim`` takes whichever free members come first, which suits a phone
bank; a turf is a given set of doors.  The same rules hold: a conditional
update per member (``If-Unmodified-Since``), members modified within the last
``HOT_SECONDS`` left alone, and only what the org shows afterwards counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sync.salesforce import soql
from sync.salesforce.http import SalesforceHttp

# The lease rules live in ``leases``; these are its building blocks, shared on purpose.
from sync.salesforce.leases import (
    HOT_SECONDS,
    SUBREQUESTS,
    _chunks,
    _conditional_patch,
    _held,
    _read,
)


def claim_members(
    http: SalesforceHttp,
    member_crm_ids: Sequence[str],
    holder: str,
    expires_at: datetime,
    now: datetime,
) -> list[str]:
    """Lease these members to ``holder`` until ``expires_at``; returns the ones held now.

    Free members (no holder, or an expired lease) are taken and ours extended;
    members someone else holds are left to them.
    """
    values = {"PB_LeaseHolder__c": holder, "PB_LeaseExpires__c": soql.format_datetime(expires_at)}
    cold = now - timedelta(seconds=HOT_SECONDS)
    held: list[str] = []
    for group in _chunks(member_crm_ids, SUBREQUESTS):
        takeable = [r for r in _read(http, group) if _takeable(r, holder, now, cold)]
        _conditional_patch(http, takeable, values)
        held.extend(c.member_crm_id for c in _held(http, group, holder, expires_at))
    return held


def _takeable(row: dict[str, Any], holder: str, now: datetime, cold: datetime) -> bool:
    if row.get("PB_LeaseHolder__c") == holder:
        return True
    expires = soql.parse_datetime(row.get("PB_LeaseExpires__c"))
    modified = soql.parse_datetime(row.get("LastModifiedDate"))
    free = not row.get("PB_LeaseHolder__c") or (expires is not None and expires < now)
    return free and modified is not None and modified < cold
