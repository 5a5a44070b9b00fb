"""the room's ZIP on each call; list counters adjusted once per bulk release

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 14:30:00

- ``call_attempt.postal_area``: the first five characters of the contact's
  postal code when the call was recorded ('' when they had none, NULL when
  erased or unknown), so the room's results by ZIP read an index alone instead
  of one contact row per call.  Existing calls are backfilled from their
  contact; an erasure may set it to NULL, nothing else may change it.
- Two covering indexes let the room's first refresh seek a shift's calls per
  volunteer and result, and per ZIP, in index order instead of sorting the
  whole shift; the first replaces the index on volunteer_id alone, so
  recording a call maintains one index more than before.
- ``list_progress_bulk``: while it holds its one row (only ever inside a write
  transaction), the list-progress update trigger stands aside and the bulk
  statement adjusts the counters itself, once per list and status.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ROOM_INDEXES = {
    # Also serves what ix_call_attempt_volunteer_id did (its first column), which it replaces.
    "ix_call_attempt_room_volunteer": (
        "volunteer_id", "campaign_id", "result_code_id", "ended_at", "duration_s",
    ),
    "ix_call_attempt_room_zip": ("campaign_id", "postal_area", "ended_at", "result_code_id"),
}  # fmt: skip

# The append-only rule of 0007 for call_attempt, with the new column scrubbable to NULL.
_FACTS = (
    "id", "op_id", "supersedes_op_id", "volunteer_id", "station_id", "campaign_id",
    "entry_id", "result_code_id", "started_at", "ended_at", "duration_s", "callback_at",
    "created_at",
)  # fmt: skip
_SCRUBBABLE = (
    "(NEW.notes IS OLD.notes OR NEW.notes = '')",
    "(NEW.phone_id IS OLD.phone_id OR NEW.phone_id IS NULL)",
    "(NEW.contact_id IS OLD.contact_id OR NEW.contact_id IS NULL)",
)
_SCRUB_AREA = "(NEW.postal_area IS OLD.postal_area OR NEW.postal_area IS NULL)"

_CHANGED = "OLD.status IS NOT NEW.status OR OLD.list_id IS NOT NEW.list_id"
_COUNT = (
    "BEGIN UPDATE list_progress SET n = n - 1 WHERE list_id = OLD.list_id AND status = OLD.status;"
    " INSERT INTO list_progress (list_id, status, n) VALUES (NEW.list_id, NEW.status, 1) "
    "ON CONFLICT (list_id, status) DO UPDATE SET n = n + 1; END"
)


def _append_only(scrubbable: Sequence[str]) -> str:
    when = " AND ".join([f"NEW.{c} IS OLD.{c}" for c in _FACTS] + list(scrubbable))
    return (
        f"CREATE TRIGGER call_attempt_append_only BEFORE UPDATE ON call_attempt WHEN NOT ({when}) "
        "BEGIN SELECT RAISE(ABORT, 'call_attempt is append-only; add a superseding row'); END"
    )


def _progress_update(when: str) -> str:
    return (
        "CREATE TRIGGER list_progress_update AFTER UPDATE OF status, list_id ON call_list_entry "
        f"WHEN {when} {_COUNT}"
    )


def upgrade() -> None:
    # Plain ADD COLUMN and DROP INDEX: a batch (table copy) would lose the triggers.
    op.add_column("call_attempt", sa.Column("postal_area", sa.String(length=10), nullable=True))
    # Before the new append-only rule, which only lets the column become NULL.
    op.execute(
        "UPDATE call_attempt SET postal_area = (SELECT CASE WHEN c.erased_at IS NULL "
        "THEN coalesce(substr(c.postal_code, 1, 5), '') END FROM contact c "
        "WHERE c.id = call_attempt.contact_id) WHERE contact_id IS NOT NULL"
    )
    op.execute("DROP TRIGGER IF EXISTS call_attempt_append_only")
    op.execute(_append_only((*_SCRUBBABLE, _SCRUB_AREA)))
    # The room's first refresh seeks the shift's calls per volunteer and result,
    # and per ZIP, in index order: no sort of the whole shift.
    for name, columns in _ROOM_INDEXES.items():
        op.create_index(name, "call_attempt", list(columns))
    op.drop_index("ix_call_attempt_volunteer_id", table_name="call_attempt")

    op.create_table(
        "list_progress_bulk",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_list_progress_bulk_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_list_progress_bulk")),
    )
    op.execute("DROP TRIGGER IF EXISTS list_progress_update")
    op.execute(_progress_update(f"({_CHANGED}) AND NOT EXISTS (SELECT 1 FROM list_progress_bulk)"))


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS list_progress_update")
    op.execute(_progress_update(_CHANGED))
    op.drop_table("list_progress_bulk")
    op.create_index("ix_call_attempt_volunteer_id", "call_attempt", ["volunteer_id"])
    for name in _ROOM_INDEXES:
        op.drop_index(name, table_name="call_attempt")
    op.execute("DROP TRIGGER IF EXISTS call_attempt_append_only")
    op.execute(_append_only(_SCRUBBABLE))
    op.execute("ALTER TABLE call_attempt DROP COLUMN postal_area")
