"""List progress counters for bulk statements: adjusted once per list, not once per row.

``list_progress`` is kept by triggers (migration 0002).  A statement that moves
tens of thousands of entries (releasing the leases of a whole shift) would run
the update trigger once per row; inside ``counted_in_bulk`` the trigger stands
aside (migration 0008) and the caller reports what it moved, which is applied
to the counters in one statement per list and status when the block ends.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from callcenter.services.sqlrows import run


class BulkMoves:
    """Entries moved between statuses by the statements of one ``counted_in_bulk`` block."""

    def __init__(self) -> None:
        self.delta: Counter[tuple[int, str]] = Counter()

    def add(self, list_id: int, from_status: str, to_status: str, n: int) -> None:
        """``n`` entries of list ``list_id`` went from ``from_status`` to ``to_status``."""
        if from_status != to_status:
            self.delta[list_id, from_status] -= n
            self.delta[list_id, to_status] += n


@contextmanager
def counted_in_bulk(conn: Connection) -> Iterator[BulkMoves]:
    """Within a write transaction: status changes are counted by the caller, not the trigger.

    Every statement in the block that changes an entry's status or list must
    report what it changed to ``BulkMoves.add`` (counted with the same WHERE in
    the same transaction, grouped by list and new status).  Inserts and deletes
    are still counted by their triggers.  What was reported is applied even when the block
    fails half-way, so a caller that goes on with the transaction keeps true counts.
    Not reentrant.
    """
    run(conn, "INSERT INTO list_progress_bulk (id) VALUES (1)")
    moves = BulkMoves()
    try:
        yield moves
    finally:
        changes = [(lid, status, n) for (lid, status), n in moves.delta.items() if n]
        if changes:
            conn.exec_driver_sql(
                "INSERT INTO list_progress (list_id, status, n) VALUES (?, ?, ?) "
                "ON CONFLICT (list_id, status) DO UPDATE SET n = n + excluded.n",
                changes,
            )
        run(conn, "DELETE FROM list_progress_bulk")
