"""Pushing the outbox: oldest rows first, each marked only after the CRM answered for it.

A row is ``sent`` once the CRM confirmed all its writes, goes to the review queue
when the CRM refused it for good (with the CRM's message), and stays pending when
it failed for a passing reason (a locked record): it is tried again after a pause,
a few times per run, and then left for the next sync.  A crash anywhere leaves
rows pending that may already be in the CRM; sending them again is harmless
because every write is an upsert by the row's op id or a plain set.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from callcenter.db import Store
from callcenter.services import outbox
from callcenter.services.conflicts import resend_overtaken
from sync import crashpoints
from sync.connector import Connector, Outcome
from sync.errors import stop_if_asked
from sync.ratecontrol import backoff_delay

log = logging.getLogger(__name__)

BATCH = 200
MAX_TRIES_PER_RUN = 5


@dataclass
class PushReport:
    sent: int = 0
    review: int = 0
    retried: int = 0
    conflicts: int = 0  # "send my value" rows the CRM record changed under
    waiting: int = 0  # left pending after too many passing failures in this run
    requests: int = 0


def push_outbox(
    store: Store,
    connector: Connector,
    *,
    batch: int = BATCH,
    max_tries: int = MAX_TRIES_PER_RUN,
    sleep: Callable[[float], None] = time.sleep,
    backoff_base: float = 0.5,
    should_stop: Callable[[], bool] | None = None,
) -> PushReport:
    """Push every pending row (see the module docstring). Raises SyncError to stop."""
    report = PushReport()
    failures: dict[int, int] = {}
    parked: set[int] = set()
    rounds_with_retries = 0
    while True:
        if report.requests:
            stop_if_asked(should_stop)  # between batches: each one is marked already
        items = outbox.pending_items(store, batch, skip_ids=parked)
        if not items:
            break
        crashpoints.reached("push.read")
        results = connector.push_batch(items)
        report.requests += 1
        crashpoints.reached("push.answered")
        sent = [(r.outbox_id, r.crm_id) for r in results if r.outcome is Outcome.SENT]
        refused = [(r.outbox_id, r.message) for r in results if r.outcome is Outcome.REVIEW]
        retry = [(r.outbox_id, r.message) for r in results if r.outcome is Outcome.RETRY]
        outbox.set_volunteer_crm_ids(store, [p for r in results for p in r.new_volunteer_ids])
        outbox.mark_sent(store, sent)
        outbox.mark_for_review(store, refused)
        outbox.note_retry(store, retry)
        for r in results:
            if r.outcome is Outcome.CONFLICT:
                report.conflicts += resend_overtaken(store, r.outbox_id, r.current)
        crashpoints.reached("push.marked")
        report.sent += len(sent)
        report.review += len(refused)
        report.retried += len(retry)
        if refused:
            log.warning("%d outbox rows refused by the CRM; they wait for review", len(refused))
        if retry:
            for outbox_id, _ in retry:
                failures[outbox_id] = failures.get(outbox_id, 0) + 1
                if failures[outbox_id] >= max_tries:
                    parked.add(outbox_id)
            sleep(backoff_delay(rounds_with_retries, base=backoff_base, jitter=random.random()))
            rounds_with_retries += 1
    report.waiting = len(parked)
    if parked:
        log.warning("%d outbox rows keep failing for a passing reason; next sync", len(parked))
    return report
