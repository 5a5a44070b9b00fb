"""privacy: erased contacts, and append-only records that can be scrubbed

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 13:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Columns that are facts: never changed.  What an erasure may do: blank the notes
# or a text answer, and forget the number or the person (set to NULL).
_FACTS = {
    "call_attempt": (
        "id", "op_id", "supersedes_op_id", "volunteer_id", "station_id", "campaign_id",
        "entry_id", "result_code_id", "started_at", "ended_at", "duration_s", "callback_at",
        "created_at",
    ),
    "survey_response": (
        "id", "op_id", "supersedes_op_id", "attempt_id", "question_id", "answer_id", "created_at",
    ),
}  # fmt: skip
_SCRUBBABLE = {
    "call_attempt": (
        "(NEW.notes IS OLD.notes OR NEW.notes = '')",
        "(NEW.phone_id IS OLD.phone_id OR NEW.phone_id IS NULL)",
        "(NEW.contact_id IS OLD.contact_id OR NEW.contact_id IS NULL)",
    ),
    "survey_response": (
        "(NEW.text_value IS OLD.text_value OR NEW.text_value IS NULL)",
        "(NEW.contact_id IS OLD.contact_id OR NEW.contact_id IS NULL)",
    ),
}


def _trigger(table: str, when: str | None) -> str:
    condition = f"WHEN NOT ({when}) " if when else ""
    return (
        f"CREATE TRIGGER {table}_append_only BEFORE UPDATE ON {table} {condition}"
        f"BEGIN SELECT RAISE(ABORT, '{table} is append-only; add a superseding row'); END"
    )


def upgrade() -> None:
    # A plain ADD COLUMN: a batch (table copy) would drop the list-progress triggers.
    op.add_column("contact", sa.Column("erased_at", sa.DateTime(), nullable=True))
    for table, facts in _FACTS.items():
        same = [f"NEW.{column} IS OLD.{column}" for column in facts]
        op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only")
        op.execute(_trigger(table, " AND ".join(same + list(_SCRUBBABLE[table]))))


def downgrade() -> None:
    for table in _FACTS:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only")
        op.execute(_trigger(table, None))
    op.execute("ALTER TABLE contact DROP COLUMN erased_at")
