"""calling groups: list entries indexed by the calling hours of their contact

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 12:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Contacts resolved per round while filling existing entries; bounds memory on big stores.
FILL_BATCH = 5000


def upgrade() -> None:
    op.create_table(
        "calling_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("zones", sa.String(length=400), nullable=False),
        sa.Column("rule_states", sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calling_group")),
        sa.UniqueConstraint("zones", "rule_states", name=op.f("uq_calling_group_zones")),
    )
    # A plain ADD COLUMN: a batch (table copy) would drop the list-progress triggers.
    op.execute(
        "ALTER TABLE call_list_entry ADD COLUMN calling_group_id INTEGER "
        "REFERENCES calling_group (id)"
    )
    _fill_existing_entries()
    op.drop_index("ix_call_list_entry_queue", table_name="call_list_entry")
    op.execute(
        "CREATE INDEX ix_call_list_entry_group_queue ON call_list_entry "
        "(list_id, calling_group_id, priority DESC, queue_seq, available_at) "
        "WHERE status = 'pending'"
    )
    op.execute(
        "CREATE INDEX ix_call_list_entry_group_callbacks ON call_list_entry "
        "(list_id, calling_group_id, callback_at) WHERE status = 'callback'"
    )


def _fill_existing_entries() -> None:
    """Resolve every contact on a list once, as an import would (ZIP, state, phones)."""
    from callcenter.services.calling_groups import assign_groups

    conn = op.get_bind()
    after = 0
    while True:
        ids = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT DISTINCT contact_id FROM call_list_entry WHERE contact_id > ? "
                "ORDER BY contact_id LIMIT ?",
                (after, FILL_BATCH),
            )
        ]
        if not ids:
            return
        assign_groups(conn, ids)
        after = ids[-1]


def downgrade() -> None:
    # The column and the table stay (older code ignores them): SQLite cannot drop a
    # column that references another table, and a table copy would lose the triggers.
    op.drop_index("ix_call_list_entry_group_callbacks", table_name="call_list_entry")
    op.drop_index("ix_call_list_entry_group_queue", table_name="call_list_entry")
    op.execute(
        "CREATE INDEX ix_call_list_entry_queue ON call_list_entry "
        "(list_id, priority DESC, queue_seq, available_at) WHERE status = 'pending'"
    )
