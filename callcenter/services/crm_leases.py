"""This workstation's CRM lease blocks, as the store records them.

Sync takes blocks of campaign members from the CRM; only those entries are
``pending`` here (callable), the rest wait as ``unheld``.  These functions say what
to claim, renew and release, and record what the CRM granted; the HTTP side is
sync's.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from callcenter.db import Store
from callcenter.services.sqlrows import rows, run, to_db

HELD = "('pending', 'leased', 'callback')"


@dataclass(frozen=True)
class LeaseTarget:
    """One CRM campaign this workstation works: how many of its held members are ready."""

    campaign_crm_id: str
    list_id: int
    ready: int  # held and callable now (a contact waiting hours for a retry is not)
    max_attempts: int
    expiring: tuple[str, ...]  # member CRM ids whose lease ends soon
    open_statuses: tuple[str, ...]  # member statuses that still want a call


def lease_targets(store: Store, *, now: datetime, renew_within: timedelta) -> list[LeaseTarget]:
    """Active CRM campaigns with their lease counts."""
    soon = to_db(now + renew_within)
    targets = []
    with store.read() as session:
        conn = session.connection()
        lists = rows(
            conn,
            "SELECT c.id, c.crm_id, l.id AS list_id, c.max_attempts FROM campaign c "
            "JOIN call_list l ON l.campaign_id = c.id AND l.crm_id = c.crm_id "
            "WHERE c.is_active = 1 AND c.crm_id IS NOT NULL ORDER BY c.id",
        )
        for campaign_id, campaign_crm_id, list_id, max_attempts in lists:
            held = rows(
                conn,
                "SELECT crm_id, crm_lease_expires_at, status = 'leased' OR (status = 'pending' "
                "AND (available_at IS NULL OR available_at <= ?)) AS ready "
                f"FROM call_list_entry WHERE list_id = ? AND status IN {HELD} "
                "AND crm_lease_expires_at IS NOT NULL",
                (to_db(now), list_id),
            )
            statuses = rows(
                conn,
                "SELECT label FROM crm_member_status WHERE campaign_id = ? AND has_responded = 0 "
                "ORDER BY sort_order",
                (campaign_id,),
            )
            targets.append(
                LeaseTarget(
                    campaign_crm_id=campaign_crm_id,
                    list_id=list_id,
                    ready=sum(1 for r in held if r.ready),
                    expiring=tuple(r[0] for r in held if r[1] is not None and r[1] < soon),
                    open_statuses=tuple(r[0] for r in statuses),
                    max_attempts=max_attempts,
                )
            )
    return targets


def record_claims(store: Store, list_id: int, claims: Sequence[tuple[str, datetime]]) -> list[str]:
    """Make claimed members callable; returns member ids this store does not have yet."""
    if not claims:
        return []
    with store.write() as session:
        conn = session.connection()
        known = {
            r[0]
            for r in rows(
                conn,
                "SELECT crm_id FROM call_list_entry WHERE list_id = ? "
                "AND crm_id IN (SELECT value FROM json_each(?))",
                (list_id, json.dumps([c for c, _ in claims])),
            )
        }
        conn.exec_driver_sql(
            "UPDATE call_list_entry SET crm_lease_expires_at = ?, "
            "status = CASE WHEN status = 'unheld' THEN 'pending' ELSE status END "
            "WHERE crm_id = ? AND list_id = ?",
            [(to_db(expires), crm_id, list_id) for crm_id, expires in claims if crm_id in known],
        )
    return [crm_id for crm_id, _ in claims if crm_id not in known]


def record_renewals(
    store: Store, renewed: Sequence[str], lost: Sequence[str], expires_at: datetime
) -> None:
    """Renewed leases get the new expiry; lost ones stop being callable here."""
    with store.write() as session:
        conn = session.connection()
        if renewed:
            conn.exec_driver_sql(
                "UPDATE call_list_entry SET crm_lease_expires_at = ? WHERE crm_id = ?",
                [(to_db(expires_at), crm_id) for crm_id in renewed],
            )
        if lost:
            # A volunteer on the phone with one ('leased') finishes the call; the rest wait.
            conn.exec_driver_sql(
                "UPDATE call_list_entry SET crm_lease_expires_at = NULL, "
                "status = CASE WHEN status IN ('pending', 'callback') THEN 'unheld' "
                "ELSE status END WHERE crm_id = ?",
                [(crm_id,) for crm_id in lost],
            )


def expire_leases(store: Store, *, now: datetime) -> int:
    """Leases past their end stop being callable here (no CRM needed to know that)."""
    with store.write() as session:
        return run(
            session.connection(),
            "UPDATE call_list_entry SET status = 'unheld', crm_lease_expires_at = NULL "
            "WHERE status IN ('pending', 'callback') AND crm_lease_expires_at IS NOT NULL "
            "AND crm_lease_expires_at < ?",
            (to_db(now),),
        )


def leases_to_release(store: Store, *, all_open: bool = False) -> list[str]:
    """Members held in the CRM that this workstation is done with; with ``all_open``
    every held one (shift end, disconnect)."""
    statuses = _RELEASE_ALL if all_open else _RELEASE_DONE
    with store.read() as session:
        found = rows(
            session.connection(),
            "SELECT crm_id FROM call_list_entry WHERE crm_lease_expires_at IS NOT NULL "
            f"AND crm_id IS NOT NULL AND status IN {statuses}",
        )
    return [r[0] for r in found]


def mark_released(store: Store, member_crm_ids: Sequence[str]) -> None:
    """The CRM released these: they wait as ``unheld`` unless finished."""
    if not member_crm_ids:
        return
    with store.write() as session:
        session.connection().exec_driver_sql(
            "UPDATE call_list_entry SET crm_lease_expires_at = NULL, status = CASE "
            "WHEN status IN ('pending', 'callback') THEN 'unheld' ELSE status END "
            "WHERE crm_id = ? AND status != 'leased'",
            [(crm_id,) for crm_id in member_crm_ids],
        )


_RELEASE_DONE = "('done', 'skipped')"
_RELEASE_ALL = "('done', 'skipped', 'pending', 'callback')"
