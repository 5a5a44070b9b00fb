"""What the crash test runs in a child process: one sync, optionally dying at a named point.

Kept importable (not in a test module) so a forkserver can preload it and start
each child in milliseconds.
"""

from __future__ import annotations

from pathlib import Path

from callcenter.db import open_store
from sync import crashpoints
from sync.engine import SyncEngine, SyncOptions
from sync.salesforce import SalesforceConnector
from sync.salesforce.auth import StaticTokens
from sync.salesforce.http import SalesforceHttp

PUSH_BATCH = 7  # small, so a push has several batches to die between
LEASE_BLOCK = 8


def engine(store, instance_url: str, token: str, holder: str) -> SyncEngine:  # type: ignore[no-untyped-def]
    http = SalesforceHttp(instance_url, StaticTokens(token), sleep=lambda s: None, backoff_base=0.0)
    options = SyncOptions(holder=holder, lease_block=LEASE_BLOCK, push_batch=PUSH_BATCH)
    return SyncEngine(store, SalesforceConnector(http), options, sleep=lambda s: None)


def run_child(
    db_path: str, instance_url: str, token: str, holder: str, point: str | None, nth: int
) -> None:
    if point:
        crashpoints.arm(point, nth)
    store = open_store(Path(db_path))
    try:
        engine(store, instance_url, token, holder).run_once()
    finally:
        store.close()
