"""covering index for the room dashboard's first refresh

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 11:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The shift so far, read from the index alone: about half the time of table lookups.
    # Plain DROP INDEX: a batch (table copy) would lose the append-only trigger.
    op.drop_index("ix_call_attempt_campaign_id_ended_at", table_name="call_attempt")
    op.create_index(
        "ix_call_attempt_room",
        "call_attempt",
        ["campaign_id", "ended_at", "volunteer_id", "result_code_id", "duration_s", "contact_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_call_attempt_room", table_name="call_attempt")
    op.create_index(
        "ix_call_attempt_campaign_id_ended_at", "call_attempt", ["campaign_id", "ended_at"]
    )
