"""list progress counters kept by triggers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 10:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BUMP = (
    "INSERT INTO list_progress (list_id, status, n) VALUES ({list}, {status}, 1) "
    "ON CONFLICT (list_id, status) DO UPDATE SET n = n + 1;"
)
_DROP = "UPDATE list_progress SET n = n - 1 WHERE list_id = {list} AND status = {status};"


def upgrade() -> None:
    op.create_table(
        "list_progress",
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["call_list.id"],
            name=op.f("fk_list_progress_list_id_call_list"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("list_id", "status", name=op.f("pk_list_progress")),
    )
    # Existing lists are counted once; from here on the triggers keep the counts.
    op.execute(
        "INSERT INTO list_progress (list_id, status, n) "
        "SELECT list_id, status, count(*) FROM call_list_entry GROUP BY list_id, status"
    )
    new = {"list": "NEW.list_id", "status": "NEW.status"}
    old = {"list": "OLD.list_id", "status": "OLD.status"}
    op.execute(
        "CREATE TRIGGER list_progress_insert AFTER INSERT ON call_list_entry "
        f"BEGIN {_BUMP.format(**new)} END"
    )
    op.execute(
        "CREATE TRIGGER list_progress_delete AFTER DELETE ON call_list_entry "
        f"BEGIN {_DROP.format(**old)} END"
    )
    op.execute(
        "CREATE TRIGGER list_progress_update AFTER UPDATE OF status, list_id ON call_list_entry "
        "WHEN OLD.status IS NOT NEW.status OR OLD.list_id IS NOT NEW.list_id "
        f"BEGIN {_DROP.format(**old)} {_BUMP.format(**new)} END"
    )


def downgrade() -> None:
    for name in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS list_progress_{name}")
    op.drop_table("list_progress")
