"""canvassing: checkouts, their turf in walk order, and the results taken in them

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 11:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # New tables only: no existing table is rebuilt, so triggers and unsynced rows stay.
    op.create_table(
        "canvass_checkout",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=26), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("script_id", sa.Integer(), nullable=True),
        sa.Column("cut", sa.JSON(), nullable=False),
        sa.Column("mode", sa.String(length=8), nullable=False),
        sa.Column("holder_id", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("checked_out_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("crm_claimed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaign.id"], name=op.f("fk_canvass_checkout_campaign_id_campaign")
        ),
        sa.ForeignKeyConstraint(
            ["list_id"], ["call_list.id"], name=op.f("fk_canvass_checkout_list_id_call_list")
        ),
        sa.ForeignKeyConstraint(
            ["script_id"], ["script.id"], name=op.f("fk_canvass_checkout_script_id_script")
        ),
        sa.ForeignKeyConstraint(
            ["holder_id"], ["volunteer.id"], name=op.f("fk_canvass_checkout_holder_id_volunteer")
        ),
        sa.ForeignKeyConstraint(
            ["station_id"], ["station.id"], name=op.f("fk_canvass_checkout_station_id_station")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_canvass_checkout")),
        sa.UniqueConstraint("uid", name=op.f("uq_canvass_checkout_uid")),
    )
    op.create_index(
        op.f("ix_canvass_checkout_status"), "canvass_checkout", ["status"], unique=False
    )
    op.create_table(
        "canvass_checkout_entry",
        sa.Column("checkout_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("walk_position", sa.Integer(), nullable=False),
        sa.Column("household_key", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["checkout_id"],
            ["canvass_checkout.id"],
            name=op.f("fk_canvass_checkout_entry_checkout_id_canvass_checkout"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["call_list_entry.id"],
            name=op.f("fk_canvass_checkout_entry_entry_id_call_list_entry"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("checkout_id", "entry_id", name=op.f("pk_canvass_checkout_entry")),
    )
    op.create_index(
        "ix_canvass_checkout_entry_entry_id", "canvass_checkout_entry", ["entry_id"], unique=False
    )
    op.create_table(
        "canvass_result",
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("checkout_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("sheet_op_id", sa.String(length=26), nullable=True),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["call_attempt.id"],
            name=op.f("fk_canvass_result_attempt_id_call_attempt"),
        ),
        sa.ForeignKeyConstraint(
            ["checkout_id"],
            ["canvass_checkout.id"],
            name=op.f("fk_canvass_result_checkout_id_canvass_checkout"),
        ),
        sa.PrimaryKeyConstraint("attempt_id", name=op.f("pk_canvass_result")),
    )
    op.create_index(
        op.f("ix_canvass_result_checkout_id"), "canvass_result", ["checkout_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_canvass_result_checkout_id"), table_name="canvass_result")
    op.drop_table("canvass_result")
    op.drop_index("ix_canvass_checkout_entry_entry_id", table_name="canvass_checkout_entry")
    op.drop_table("canvass_checkout_entry")
    op.drop_index(op.f("ix_canvass_checkout_status"), table_name="canvass_checkout")
    op.drop_table("canvass_checkout")
