"""Deterministic ULIDs for demo rows, encoded fast.

A demo store must be reproducible from its seed, so its ids cannot come from
the clock or the OS random source.  They are still real ULIDs (48-bit
millisecond time, 80 random bits, 26 Crockford base32 characters) so the rest
of the app treats them like any other.  Making a million ``ulid.ULID`` objects
(or calling ``base64.b32encode``, pure Python before 3.13) is too slow for the
generator, so ids are encoded with a table of every 10-bit pair of characters.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import datetime

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
# Every 10-bit value as its two characters: a 128-bit ULID is 13 of them.
_PAIRS = tuple(a + b for a in _CROCKFORD for b in _CROCKFORD)
_PAIR_BITS = 10
_PAIR_MASK = (1 << _PAIR_BITS) - 1
_RANDOM_BITS = 80


def millis(moment: datetime) -> int:
    """Milliseconds since the Unix epoch, the ULID time field."""
    return int(moment.timestamp() * 1000)


def encode_ulid(value: int) -> str:
    """A 128-bit integer as its 26-character ULID text."""
    p, m = _PAIRS, _PAIR_MASK
    return (
        p[value >> 120]
        + p[(value >> 110) & m]
        + p[(value >> 100) & m]
        + p[(value >> 90) & m]
        + p[(value >> 80) & m]
        + p[(value >> 70) & m]
        + p[(value >> 60) & m]
        + p[(value >> 50) & m]
        + p[(value >> 40) & m]
        + p[(value >> 30) & m]
        + p[(value >> 20) & m]
        + p[(value >> 10) & m]
        + p[value & m]
    )


def random_ulids(ms_values: Iterable[int], rng: random.Random) -> list[str]:
    """One ULID per time in ``ms_values``, its random part drawn from ``rng``."""
    bits = rng.getrandbits
    return [encode_ulid((ms << _RANDOM_BITS) | bits(_RANDOM_BITS)) for ms in ms_values]


class MonotonicUlids:
    """ULIDs that share one timestamp and count up, as in the ULID spec's monotonic mode.

    Rows made by one import get one creation time; counting up from a random start
    keeps them unique and sorted in the order they were made.
    """

    def __init__(self, moment: datetime, rng: random.Random) -> None:
        # Start in the lower half of the random space so counting never overflows it.
        self._next = (millis(moment) << _RANDOM_BITS) | rng.getrandbits(_RANDOM_BITS - 1)
        self._ready: list[str] = []

    def one(self) -> str:
        """The next id."""
        if not self._ready:
            self._ready = self._run()
            self._ready.reverse()
        return self._ready.pop()

    def _run(self) -> list[str]:
        # Only the last two characters change within a run of 1024 values, so a run
        # costs one full encoding plus a string join per id.
        low = self._next & _PAIR_MASK
        head = encode_ulid(self._next)[:-2]
        self._next += len(_PAIRS) - low
        return [head + pair for pair in _PAIRS[low:]]
