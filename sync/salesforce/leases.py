"""Lease blocks on campaign members: who may call whom, decided by the org.

A lease is ``PB_LeaseHolder__c`` (the workstation's id) and ``PB_LeaseExpires__c``
on the CampaignMember.  Taking one is a conditional update (``If-Unmodified-Since``
with the LastModifiedDate we read), sent 25 at a time in one Composite request.
That header has one-second resolution, so it cannot tell apart two writes within
one second: a member modified less than ``HOT_SECONDS`` ago is left alone (its
header could not protect it), and every claim is read back afterwards and counts
only if the org shows our holder on it.
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Sequence
from datetime import datetime, timedelta
from email.utils import format_datetime as http_date
from typing import Any

from sync.connector import LeaseClaim
from sync.errors import CrmRequestError
from sync.salesforce import soql
from sync.salesforce.http import SalesforceHttp

HOT_SECONDS = 2
SUBREQUESTS = 25
CANDIDATES_FACTOR = 4
_LEASE_FIELDS = "Id, ContactId, Status, PB_LeaseHolder__c, PB_LeaseExpires__c, LastModifiedDate"


def claim(
    http: SalesforceHttp,
    campaign_crm_id: str,
    holder: str,
    count: int,
    expires_at: datetime,
    now: datetime,
    statuses: Sequence[str] = (),
    max_attempts: int | None = None,
    rng: random.Random | None = None,
) -> list[LeaseClaim]:
    """Up to ``count`` members of the campaign newly leased to ``holder``."""
    if count <= 0:
        return []
    cold = now - timedelta(seconds=HOT_SECONDS)
    where = [
        f"CampaignId = {soql.quote_id(campaign_crm_id)}",
        f"(PB_LeaseHolder__c = null OR PB_LeaseExpires__c < {soql.datetime_literal(now)})",
        f"LastModifiedDate < {soql.datetime_literal(cold)}",
        "Contact.DoNotCall = false",
    ]
    if statuses:
        where.append(f"Status IN {soql.string_list(statuses)}")
    if max_attempts:
        where.append(f"(PB_Attempts__c = null OR PB_Attempts__c < {int(max_attempts)})")
    query = (
        f"SELECT {_LEASE_FIELDS} FROM CampaignMember WHERE {' AND '.join(where)} "
        f"ORDER BY Id LIMIT {int(count * CANDIDATES_FACTOR)}"
    )
    found = (http.get("query", {"q": query}) or {}).get("records") or []
    # The rows are checked again here: a query may filter on a record's state from
    # before a rival's write and return its values from after it.
    candidates = [row for row in found if _free(row, now, cold)]
    # Workstations start from different members instead of all fighting over the first.
    (rng or random.Random()).shuffle(candidates)
    won: list[LeaseClaim] = []
    values = {"PB_LeaseHolder__c": holder, "PB_LeaseExpires__c": soql.format_datetime(expires_at)}
    for start in range(0, len(candidates), SUBREQUESTS):
        if len(won) >= count:
            break
        group = candidates[start : start + min(SUBREQUESTS, count - len(won))]
        _conditional_patch(http, group, values)
        won.extend(_held(http, [r["Id"] for r in group], holder, expires_at))
    return won[:count]


def renew(
    http: SalesforceHttp, member_crm_ids: Sequence[str], holder: str, expires_at: datetime
) -> list[str]:
    """Extend the leases ``holder`` still has; returns their ids."""
    values = {"PB_LeaseHolder__c": holder, "PB_LeaseExpires__c": soql.format_datetime(expires_at)}
    held: list[str] = []
    for group in _chunks(member_crm_ids, SUBREQUESTS):
        current = [r for r in _read(http, group) if r.get("PB_LeaseHolder__c") == holder]
        _conditional_patch(http, current, values)
        held.extend(c.member_crm_id for c in _held(http, group, holder, expires_at))
    return held


def release(http: SalesforceHttp, member_crm_ids: Sequence[str], holder: str) -> None:
    """Give leases back (those ``holder`` still has; others are left alone)."""
    values = {"PB_LeaseHolder__c": None, "PB_LeaseExpires__c": None}
    for group in _chunks(member_crm_ids, SUBREQUESTS):
        current = [r for r in _read(http, group) if r.get("PB_LeaseHolder__c") == holder]
        _conditional_patch(http, current, values)


def _free(row: dict[str, Any], now: datetime, cold: datetime) -> bool:
    modified = soql.parse_datetime(row.get("LastModifiedDate"))
    if modified is None or modified >= cold:
        return False
    expires = soql.parse_datetime(row.get("PB_LeaseExpires__c"))
    return not row.get("PB_LeaseHolder__c") or (expires is not None and expires < now)


def _chunks(ids: Sequence[str], size: int) -> list[list[str]]:
    unique = sorted(set(ids))
    return [unique[i : i + size] for i in range(0, len(unique), size)]


def _read(http: SalesforceHttp, ids: Sequence[str]) -> list[dict[str, Any]]:
    if not ids:
        return []
    query = f"SELECT {_LEASE_FIELDS} FROM CampaignMember WHERE Id IN {soql.id_list(ids)}"
    return (http.get("query", {"q": query}) or {}).get("records") or []


def _conditional_patch(
    http: SalesforceHttp, current: Sequence[dict[str, Any]], values: dict[str, Any]
) -> None:
    """PATCH each member unless it changed since we read it (412 then: someone else won)."""
    if not current:
        return
    base = http.data_url.removeprefix(http.instance_url)
    subrequests = []
    for number, row in enumerate(current):
        modified = soql.parse_datetime(row["LastModifiedDate"])
        assert modified is not None
        subrequests.append(
            {
                "method": "PATCH",
                "url": f"{base}/sobjects/CampaignMember/{row['Id']}",
                "referenceId": f"m{number}",
                "httpHeaders": {"If-Unmodified-Since": http_date(modified, usegmt=True)},
                "body": values,
            }
        )
    # Whatever happened, the read-back afterwards decides who holds what.
    with contextlib.suppress(CrmRequestError):
        http.post("composite", {"allOrNone": False, "compositeRequest": subrequests})


def _held(
    http: SalesforceHttp, ids: Sequence[str], holder: str, expires_at: datetime
) -> list[LeaseClaim]:
    """The members the org shows as ours with this expiry (the second check)."""
    wanted = expires_at.replace(microsecond=expires_at.microsecond // 1000 * 1000)
    held = []
    for row in _read(http, ids):
        if row.get("PB_LeaseHolder__c") != holder:
            continue
        expiry = soql.parse_datetime(row.get("PB_LeaseExpires__c"))
        if expiry is None or abs((expiry - wanted).total_seconds()) > 0.001:
            continue
        held.append(LeaseClaim(row["Id"], row.get("ContactId"), expiry))
    return held
