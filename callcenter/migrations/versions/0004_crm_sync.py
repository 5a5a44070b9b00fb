"""CRM sync: member statuses with their order, CRM lease expiry, resync bookkeeping

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "crm_member_status",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("crm_id", sa.String(length=18), nullable=True),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=255), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("has_responded", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_crm_member_status_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crm_member_status")),
        sa.UniqueConstraint("crm_id", name=op.f("uq_crm_member_status_crm_id")),
        sa.UniqueConstraint(
            "campaign_id", "label", name=op.f("uq_crm_member_status_campaign_id_label")
        ),
    )
    op.create_table(
        "sync_seen",
        sa.Column("connector", sa.String(length=40), nullable=False),
        sa.Column("object_type", sa.String(length=80), nullable=False),
        sa.Column("crm_id", sa.String(length=18), nullable=False),
        sa.PrimaryKeyConstraint("connector", "object_type", "crm_id", name=op.f("pk_sync_seen")),
    )
    # A plain ADD COLUMN: no table rebuild, so the list-progress triggers stay as they are.
    op.add_column(
        "call_list_entry", sa.Column("crm_lease_expires_at", sa.DateTime(), nullable=True)
    )
    op.create_index("ix_conflict_crm_id_field", "conflict", ["crm_id", "field"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_conflict_crm_id_field", table_name="conflict")
    with op.batch_alter_table("call_list_entry") as batch_op:
        batch_op.drop_column("crm_lease_expires_at")
    op.drop_table("sync_seen")
    op.drop_table("crm_member_status")
