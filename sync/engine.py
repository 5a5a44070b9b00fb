"""The sync engine: push the outbox, pull changes, keep lease blocks; CRM-agnostic.

One ``run_once`` is: push (so the CRM has our facts before we compare), pull
every object, then renew/claim/release leases.  Any step may stop the run with a
``SyncError`` whose message says why; everything done until then is kept, and
the next run continues from there.  The engine knows the CRM only through its
``Connector``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from callcenter.db import Store
from callcenter.errors import UserError
from callcenter.models import utcnow
from callcenter.services import sync_state
from callcenter.services.conflicts import settle_contact_update
from callcenter.services.outbox import OutboxItem
from sync.connector import Connector, ObjectType, Outcome, PushResult
from sync.delta_pull import DeltaPull, PullReport
from sync.lease_blocks import LeaseReport, keep_leases, release_all
from sync.outbox_push import PushReport, push_outbox

log = logging.getLogger(__name__)


@dataclass
class SyncReport:
    push: PushReport = field(default_factory=PushReport)
    pull: PullReport = field(default_factory=PullReport)
    leases: LeaseReport = field(default_factory=LeaseReport)
    seconds: float = 0.0


@dataclass
class SyncOptions:
    """``holder`` names this workstation in the CRM's leases; None turns leases off
    (every open member is callable here, as for a single workstation)."""

    holder: str | None = None
    lease_block: int = 25
    lease_minutes: int = 240
    push_batch: int = 200
    pull: bool = True


class SyncEngine:
    def __init__(
        self,
        store: Store,
        connector: Connector,
        options: SyncOptions | None = None,
        *,
        clock: Callable[[], datetime] = utcnow,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.store = store
        self.connector = _SettlingConnector(store, connector)
        self.options = options or SyncOptions()
        self.clock = clock
        self.sleep = sleep

    def run_once(self) -> SyncReport:
        """One full sync. Raises SyncError (after recording it) when it had to stop."""
        started = time.perf_counter()
        report = SyncReport()
        try:
            report.push = self.push()
            if self.options.pull:
                report.pull = self.puller().run()
            if self.options.holder:
                report.leases = keep_leases(
                    self.store,
                    self.connector,
                    self.puller(),
                    holder=self.options.holder,
                    block=self.options.lease_block,
                    minutes=self.options.lease_minutes,
                    clock=self.clock,
                )
        except UserError as exc:
            sync_state.record_sync_result(self.store, str(exc))
            raise
        sync_state.record_sync_result(self.store, None)
        report.seconds = round(time.perf_counter() - started, 3)
        log.info(
            "sync done: %d sent, %d to review, %d pulled, %d leases claimed (%.1f s)",
            report.push.sent,
            report.push.review,
            report.pull.records,
            report.leases.claimed,
            report.seconds,
        )
        return report

    def push(self) -> PushReport:
        return push_outbox(
            self.store, self.connector, batch=self.options.push_batch, sleep=self.sleep
        )

    def puller(self) -> DeltaPull:
        return DeltaPull(self.store, self.connector, holder=self.options.holder, clock=self.clock)

    def release_leases(self) -> int:
        """Give back every lease this workstation holds (shift end, disconnect)."""
        if not self.options.holder:
            return 0
        return release_all(self.store, self.connector, self.options.holder)


class _SettlingConnector:
    """The connector, with contact edits checked against the CRM before they are sent.

    "The CRM wins" needs the CRM's current values: edits to fields the CRM changed
    since the edit's base become conflicts (kept for review) instead of writes.
    """

    def __init__(self, store: Store, inner: Connector) -> None:
        self.store = store
        self.inner = inner
        self.name = inner.name

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    def push_batch(self, items: list[OutboxItem]) -> list[PushResult]:  # type: ignore[override]
        edits = [i for i in items if i.kind == "contact_update"]
        if not edits:
            return self.inner.push_batch(items)
        ids = [i.refs["contact_crm_id"] for i in edits if i.refs.get("contact_crm_id")]
        current = self.inner.read_current(ObjectType.CONTACT, ids) if ids else {}
        done: dict[int, PushResult] = {}
        to_send: list[OutboxItem] = []
        for item in items:
            if item.kind != "contact_update":
                to_send.append(item)
                continue
            record = current.get(item.refs.get("contact_crm_id") or "")
            changes = settle_contact_update(self.store, item.id, record.fields if record else None)
            if record is None and item.refs.get("contact_crm_id"):
                done[item.id] = PushResult(
                    item.id, Outcome.REVIEW, message="Contact: the contact is gone from the CRM."
                )
            elif not changes and record is not None:
                done[item.id] = PushResult(item.id, Outcome.SENT, crm_id=record.crm_id)
            else:
                payload = {**item.payload, "changes": changes}
                to_send.append(
                    OutboxItem(item.id, item.op_id, item.kind, payload, item.tries, item.refs)
                )
        sent = {r.outbox_id: r for r in self.inner.push_batch(to_send)} if to_send else {}
        return [done.get(i.id) or sent[i.id] for i in items]
