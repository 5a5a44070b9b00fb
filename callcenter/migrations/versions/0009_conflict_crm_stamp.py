"""the CRM's modification stamp a conflict saw

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 15:40:00

- ``conflict.crm_modstamp``: the CRM record's modification stamp when the
  conflict was recorded.  "Send my value" writes the kept local value only if the
  CRM record was not changed since (``If-Unmodified-Since``); a record changed
  meanwhile becomes a new conflict instead of being overwritten.  NULL for
  conflicts recorded before this revision (sent without the condition).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("conflict", sa.Column("crm_modstamp", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.drop_column("crm_modstamp")
