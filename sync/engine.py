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
from callcenter.messages import msg
from callcenter.models import utcnow
from callcenter.services import outbox, sync_state
from callcenter.services.conflicts import settle_contact_update
from callcenter.services.crm_members import statuses_to_send
from callcenter.services.outbox import OutboxItem
from sync.connector import Connector, ObjectType, Outcome, PushResult
from sync.delta_pull import DeltaPull, PullReport
from sync.errors import CrmRequestError, SyncError, stop_if_asked
from sync.lease_blocks import LeaseReport, keep_leases, release_all
from sync.outbox_push import PushReport, push_outbox

log = logging.getLogger(__name__)


# Pending calls whose campaign members' statuses are read from the CRM at once.
MEMBER_READ_AHEAD = 5000


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
        should_stop: Callable[[], bool] | None = None,
    ) -> None:
        self.store = store
        self.connector = _SettlingConnector(store, connector)
        self.options = options or SyncOptions()
        self.clock = clock
        self.sleep = sleep
        # Asked between steps (a page, a batch): True stops the run with SyncStopped.
        self.should_stop = should_stop

    def run_once(self) -> SyncReport:
        """One full sync. Raises SyncError (after recording it) when it had to stop."""
        started = time.perf_counter()
        report = SyncReport()
        try:
            report.push = self.push()
            if self.options.pull:
                report.pull = self.puller().run()
            stop_if_asked(self.should_stop)
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
        self.connector.forget_read_ahead()
        return push_outbox(
            self.store,
            self.connector,
            batch=self.options.push_batch,
            sleep=self.sleep,
            should_stop=self.should_stop,
        )

    def puller(self) -> DeltaPull:
        return DeltaPull(
            self.store,
            self.connector,
            holder=self.options.holder,
            clock=self.clock,
            should_stop=self.should_stop,
        )

    def release_leases(self) -> int:
        """Give back every lease this workstation holds (shift end, disconnect)."""
        if not self.options.holder:
            return 0
        return release_all(self.store, self.connector, self.options.holder)


class _SettlingConnector:
    """The connector, with writes checked against the CRM's current values first.

    "The CRM wins" needs the CRM's current values: edits to fields the CRM changed
    since the edit's base become conflicts (kept for review) instead of writes.
    "Forward only" for campaign members needs the CRM's status at the moment of the
    push, not at the last pull: a status someone moved further along meanwhile is
    left alone.  Those statuses are read ahead for the next ``MEMBER_READ_AHEAD``
    pending calls at a time (one Composite request), so checking costs a request
    per few thousand calls, not one per batch.
    """

    def __init__(self, store: Store, inner: Connector) -> None:
        self.store = store
        self.inner = inner
        self.name = inner.name
        self._members: dict[str, str | None] = {}  # member CRM id -> its status in the CRM

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    def forget_read_ahead(self) -> None:
        self._members.clear()

    def push_batch(self, items: list[OutboxItem]) -> list[PushResult]:  # type: ignore[override]
        items = self._settle_members(items)
        results = self._push_edits(items)
        by_id = {r.outbox_id: r for r in results}
        for item in items:
            member, status = item.refs.get("member_crm_id"), item.refs.get("member_status")
            sent = by_id[item.id].outcome is Outcome.SENT
            if item.kind == "call_attempt" and member and status and sent:
                self._members[member] = status  # what the CRM holds now
        return results

    def _settle_members(self, items: list[OutboxItem]) -> list[OutboxItem]:
        calls = [
            i
            for i in items
            if i.kind == "call_attempt"
            and i.refs.get("member_crm_id")
            and i.refs.get("member_status")
        ]
        if not calls:
            return items
        if any(i.refs["member_crm_id"] not in self._members for i in calls):
            ahead = outbox.pending_member_crm_ids(self.store, MEMBER_READ_AHEAD)
            wanted = {i.refs["member_crm_id"] for i in calls} | set(ahead)
            wanted -= self._members.keys()
            try:
                current = self.inner.read_current(ObjectType.MEMBER, sorted(wanted))
            except CrmRequestError as exc:  # a read the CRM refuses: say so, lose nothing
                raise SyncError(
                    msg("sync.crm_refused_read", code=exc.code, message=exc.message)
                ) from exc
            for crm_id in wanted:
                record = current.get(crm_id)
                self._members[crm_id] = record.fields.get("status") if record else None
        send = statuses_to_send(
            self.store,
            [
                (
                    i.refs.get("campaign_crm_id"),
                    i.refs["member_status"],
                    self._members.get(i.refs["member_crm_id"]),
                )
                for i in calls
            ],
        )
        settled = {
            i.id: OutboxItem(
                i.id, i.op_id, i.kind, i.payload, i.tries, {**i.refs, "member_status": status}
            )
            for i, status in zip(calls, send, strict=True)
        }
        return [settled.get(i.id, i) for i in items]

    def _push_edits(self, items: list[OutboxItem]) -> list[PushResult]:
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
            changes = settle_contact_update(
                self.store,
                item.id,
                record.fields if record else None,
                record.modstamp if record else None,
            )
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
