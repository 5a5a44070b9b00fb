"""no index on a contact's ZIP

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23 17:20:00

- ``ix_contact_postal_code`` is dropped.  No query seeks contacts by ZIP: the room's
  ZIP breakdown reads each call's own ``postal_area`` (0008), a turf cut and the call
  list's search walk a list's entries and look at the ZIP of each (a ``LIKE`` with
  an escape, which this index cannot serve).  Every contact written by an import or
  a CRM pull paid for it: a random-order insert into one more index.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_contact_postal_code")


def downgrade() -> None:
    op.create_index("ix_contact_postal_code", "contact", ["postal_code"], unique=False)
