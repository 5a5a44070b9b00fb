"""The sync engine as canvassing's ``TurfCrm``: lease a turf's members, sync, release them.

The engine's own lease blocks keep a phone bank supplied with *some* members;
a turf is *these* members, so claiming goes through ``claim_members`` (the
connector's way to lease given members).  Everything else is the engine's:
``run_once`` pushes the outbox exactly once per op id and pulls changes with
its conflict rules; the store's lease bookkeeping is ``crm_leases``'.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from itertools import groupby

from callcenter.db import Store
from callcenter.services import crm_leases, sync_state
from callcenter.services.canvass.crm_refs import turf_member_refs
from sync.canvass import TurfSyncReport
from sync.cli import build_engine
from sync.engine import SyncEngine
from sync.errors import CrmRequestError, SyncError
from sync.salesforce import SalesforceConnector
from sync.salesforce.member_claims import claim_members

log = logging.getLogger(__name__)

# (member CRM ids, holder, expires at, now) -> the ids held now
ClaimMembers = Callable[[Sequence[str], str, datetime, datetime], list[str]]


class EngineTurfCrm:
    """``sync.canvass.TurfCrm`` over a ``SyncEngine`` (leases need its ``holder``)."""

    def __init__(
        self, engine: SyncEngine, *, probe: Callable[[], object], claim: ClaimMembers
    ) -> None:
        self.engine = engine
        self._probe = probe
        self._claim = claim

    @classmethod
    def for_salesforce(cls, engine: SyncEngine, connector: SalesforceConnector) -> EngineTurfCrm:
        http = connector.http
        return cls(
            engine,
            probe=lambda: http.get("limits"),
            claim=lambda ids, holder, expires, now: claim_members(http, ids, holder, expires, now),
        )

    def is_online(self) -> bool:
        try:
            self._probe()
        except (SyncError, CrmRequestError) as exc:
            log.info("CRM probe: offline (%s)", type(exc).__name__)
            return False
        return True

    def claim_turf(self, store: Store, entry_ids: Sequence[int], expires_at: datetime) -> list[int]:
        refs = turf_member_refs(store, entry_ids)
        holder = self.engine.options.holder
        if holder is None:  # leases off: every member is this workstation's to work
            return [r.entry_id for r in refs]
        members = sorted(
            ((r, r.member_crm_id) for r in refs if r.member_crm_id is not None),
            key=lambda pair: pair[0].list_id,
        )
        won = set(self._claim([m for _, m in members], holder, expires_at, self.engine.clock()))
        for list_id, group in groupby(members, key=lambda pair: pair[0].list_id):
            claims = [(m, expires_at) for _, m in group if m in won]
            crm_leases.record_claims(store, list_id, claims)
        lost = [m for r, m in members if r.held_in_crm and m not in won]
        if lost:
            crm_leases.record_renewals(store, [], lost, expires_at)
        log.info("turf claim: %d of %d members held", len(won), len(members))
        return [r.entry_id for r in refs if r.member_crm_id is None or r.member_crm_id in won]

    def release_turf(self, store: Store, entry_ids: Sequence[int]) -> None:
        holder = self.engine.options.holder
        refs = turf_member_refs(store, entry_ids)
        ids = [r.member_crm_id for r in refs if r.member_crm_id is not None]
        if holder is None or not ids:
            return
        self.engine.connector.release_leases(ids, holder)
        crm_leases.mark_released(store, ids)

    def sync_now(self, store: Store) -> TurfSyncReport:
        report = self.engine.run_once()
        return TurfSyncReport(
            sent=report.push.sent,
            review=report.push.review,
            pulled=report.pull.records,
            conflicts=report.pull.conflicts,
        )


def turf_crm_for_profile(store: Store) -> EngineTurfCrm | None:
    """This profile's CRM connection as a ``TurfCrm``; None when none is set up.

    Raises:
        SyncError: a connection is set up but cannot be used (no OS keyring, say).
    """
    if sync_state.crm_connection(store) is None:
        return None
    engine = build_engine(store)
    connector = engine.connector.inner  # the engine wraps it to settle contact edits
    assert isinstance(connector, SalesforceConnector)
    return EngineTurfCrm.for_salesforce(engine, connector)
