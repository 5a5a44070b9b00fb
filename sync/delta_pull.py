"""Pulling CRM changes page by page, each page committed with its cursor.

Per object: ask the CRM for its high-water mark (and whether it still remembers
deletions back to our cursor), then read pages of records changed since the
cursor up to that mark.  Each page is applied and the cursor moved in one
transaction, so a crash at any point resumes at the page it stopped on.  A full
resync (first pull, or offline longer than the CRM keeps deletions) reads every
record and, when this store already had some, then closes the ones the CRM no
longer has.  Pages naming parents this store lacks (a member of an unknown
contact, a merge survivor) fetch those first and are applied again.
"""

from __future__ import annotations

import copy
import gc
import logging
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection

from callcenter.db import Store
from callcenter.services import sync_state
from callcenter.services.crm_contacts import apply_contacts
from callcenter.services.crm_members import apply_members
from callcenter.services.crm_records import (
    Applied,
    CrmRecord,
    apply_campaigns,
    apply_member_statuses,
    apply_volunteers,
)
from sync import crashpoints
from sync.connector import Connector, ObjectType, Page
from sync.errors import stop_if_asked

log = logging.getLogger(__name__)

PULL_ORDER = (
    ObjectType.CAMPAIGN,
    ObjectType.MEMBER_STATUS,
    ObjectType.VOLUNTEER,
    ObjectType.CONTACT,
    ObjectType.MEMBER,
)
MAX_PARENT_ROUNDS = 2


@dataclass
class PullReport:
    records: int = 0
    pages: int = 0
    conflicts: int = 0
    full_resyncs: int = 0


class _NeedsParents(Exception):
    def __init__(self, applied: Applied) -> None:
        super().__init__("parents missing")
        self.applied = applied


class DeltaPull:
    """Pulls every object in ``PULL_ORDER`` for one store and one connector."""

    def __init__(
        self,
        store: Store,
        connector: Connector,
        *,
        holder: str | None,
        clock: Callable[[], datetime],
        should_stop: Callable[[], bool] | None = None,
    ) -> None:
        self.store = store
        self.connector = connector
        self.holder = holder
        self.clock = clock
        self.should_stop = should_stop
        self.report = PullReport()

    def run(self) -> PullReport:
        for object_type in PULL_ORDER:
            self.pull(object_type)
        return self.report

    def _apply(
        self, conn: Connection, object_type: ObjectType, records: Sequence[CrmRecord]
    ) -> Applied:
        if object_type is ObjectType.CAMPAIGN:
            return apply_campaigns(conn, records)
        if object_type is ObjectType.MEMBER_STATUS:
            return apply_member_statuses(conn, records)
        if object_type is ObjectType.VOLUNTEER:
            return apply_volunteers(conn, records)
        if object_type is ObjectType.CONTACT:
            return apply_contacts(conn, records)
        return apply_members(conn, records, holder=self.holder, now=self.clock())

    # -- one object ---------------------------------------------------------------------------
    def pull(self, object_type: ObjectType) -> None:
        name = self.connector.name
        with self.store.read() as session:
            cursor = sync_state.load_cursor(session.connection(), name, object_type)
        if not cursor.run:
            started = self._start(object_type, cursor)
            if started is None:
                return
            cursor = started
        # The next page is fetched and decoded on a helper thread while this one is
        # applied: the CRM, the network and the decoding work while the store writes
        # (SQLite lets go of the interpreter while it steps and syncs).  Pages are
        # committed strictly in order, here.
        with (
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as ahead,
            _collector_paused(),
        ):
            coming = ahead.submit(self._fetch, object_type, copy.deepcopy(cursor))
            while True:
                page = coming.result()
                crashpoints.reached("pull.page_fetched")
                if page.next_page is not None:
                    after = copy.deepcopy(cursor)
                    _advance(after, page)
                    coming = ahead.submit(self._fetch, object_type, after)
                self._commit_page(object_type, cursor, page)
                crashpoints.reached("pull.page_applied")
                self.report.pages += 1
                self.report.records += len(page.records)
                if page.next_page is None:
                    break
                stop_if_asked(self.should_stop)
        self._finish(object_type, cursor)
        crashpoints.reached("pull.finished")

    def _fetch(self, object_type: ObjectType, cursor: sync_state.Cursor) -> Page:
        fetched = self.connector.fetch_page(
            object_type,
            since=cursor.since,
            after_id=cursor.after_id,
            until=cursor.until,
            next_page=cursor.run.get("link"),
            full=bool(cursor.run.get("full")),
        )
        return self.connector.read_page(object_type, fetched)

    def _start(
        self, object_type: ObjectType, cursor: sync_state.Cursor
    ) -> sync_state.Cursor | None:
        start = self.connector.start_pull(object_type, cursor.since)
        full = start.full_resync
        if not full and (
            start.high_water is None or (cursor.since and start.high_water <= cursor.since)
        ):
            return None  # nothing changed since the last run
        with self.store.write() as session:
            conn = session.connection()
            sweep = full and sync_state.has_local_records(conn, object_type)
            if full:
                self.report.full_resyncs += cursor.since is not None
                cursor = sync_state.Cursor()
                sync_state.clear_seen(conn, self.connector.name, object_type)
            cursor.run = {
                "until": start.high_water.isoformat() if start.high_water else None,
                "full": full,
                "sweep": sweep,
                "link": None,
            }
            sync_state.save_cursor(conn, self.connector.name, object_type, cursor)
        if start.high_water is None:
            self._finish(object_type, cursor)  # the CRM has none: a sweep closes ours
            return None
        log.info("pulling %s (%s)", object_type, "full" if full else "changes")
        return cursor

    def _commit_page(self, object_type: ObjectType, cursor: sync_state.Cursor, page: Page) -> None:
        def with_cursor(conn: Connection, applied: Applied) -> None:
            if cursor.run.get("sweep"):
                ids = [r.crm_id for r in page.records]
                sync_state.mark_seen(conn, self.connector.name, object_type, ids)
            _advance(cursor, page)
            sync_state.save_cursor(conn, self.connector.name, object_type, cursor)
            self.report.conflicts += applied.conflicts

        self._apply_with_parents(object_type, page.records, with_cursor)

    def apply_fetched(self, object_type: ObjectType, records: Sequence[CrmRecord]) -> None:
        """Apply records fetched by id (outside a pull run), parents first."""
        self._apply_with_parents(object_type, records, None)

    def _apply_with_parents(
        self,
        object_type: ObjectType,
        records: Sequence[CrmRecord],
        also: Callable[[Connection, Applied], None] | None,
    ) -> None:
        """Apply in one transaction; when parents are missing, roll back, fetch them and
        apply again (a parent the CRM no longer has is skipped after a few rounds)."""
        for round_number in range(MAX_PARENT_ROUNDS + 1):
            try:
                with self.store.write() as session:
                    conn = session.connection()
                    applied = self._apply(conn, object_type, records)
                    missing = applied.missing_contacts or applied.missing_campaigns
                    if missing and round_number < MAX_PARENT_ROUNDS:
                        raise _NeedsParents(applied)
                    if also is not None:
                        also(conn, applied)
                return
            except _NeedsParents as needs:
                self._fetch_parents(needs.applied)

    def _fetch_parents(self, applied: Applied) -> None:
        for object_type, ids in (
            (ObjectType.CAMPAIGN, applied.missing_campaigns),
            (ObjectType.CONTACT, applied.missing_contacts),
        ):
            wanted = sorted(i for i in ids if i)
            if not wanted:
                continue
            records = self.connector.fetch(object_type, wanted)
            with self.store.write() as session:
                self._apply(session.connection(), object_type, records)

    def _finish(self, object_type: ObjectType, cursor: sync_state.Cursor) -> None:
        name = self.connector.name
        with self.store.write() as session:
            conn = session.connection()
            if cursor.run.get("sweep"):
                gone = sync_state.unseen_crm_ids(conn, name, object_type)
                if gone:
                    log.info("%d %s records are gone from the CRM", len(gone), object_type)
                    now = self.clock()
                    self._apply(conn, object_type, [CrmRecord(i, now, deleted=True) for i in gone])
                sync_state.clear_seen(conn, name, object_type)
            until = cursor.until
            if until is not None:
                cursor.since, cursor.after_id = until, None
            cursor.run = {}
            sync_state.save_cursor(conn, name, object_type, cursor)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's automatic cycle collection off while pages are pulled, back on after.

    A page makes tens of thousands of short-lived dicts and tuples (none in cycles,
    all freed by reference counting), which would set off a collection of the
    young objects every few hundred rows and of the whole heap every few pages:
    about a tenth of a 100,000-contact pull.  Left alone when automatic
    collection is already off: the window then collects on its own thread.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _advance(cursor: sync_state.Cursor, page: Page) -> None:
    """Move the keyset position to the last record known to be in order.

    A record changed after the page was queried comes back with a stamp past the
    run's high-water mark and out of order; the position stays before it (it is
    pulled again next run), so resuming by keyset can never skip a record.
    """
    until = cursor.until
    for record in page.records:
        if until is not None and record.modstamp > until:
            continue
        position = (record.modstamp, record.crm_id)
        if cursor.since is None or position > (cursor.since, cursor.after_id or ""):
            cursor.since, cursor.after_id = position
    cursor.run["link"] = page.next_page
