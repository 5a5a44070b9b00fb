"""Time-ordered unique ids made at the moment of an action (the CRM idempotency key)."""

from __future__ import annotations

from ulid import ULID


def new_op_id() -> str:
    """A 26-character ULID: sortable by creation time, unique across workstations."""
    return str(ULID())
