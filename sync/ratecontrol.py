"""Retry, backoff and API-allowance pacing as plain functions (no I/O, no clock).

Kept apart from the HTTP client so each rule is tested on its own, the way
Picard keeps its ``ratecontrol``: the client asks these functions how long to
wait and sleeps itself.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

_USAGE = re.compile(r"(?<![\w-])api-usage\s*=\s*(\d+)\s*/\s*(\d+)")

# Pacing starts when this share of the daily allowance is used ...
PACE_FROM = 0.80
# ... and at this share the sync stops, leaving the rest to the org's other tools.
RESERVE_FROM = 0.98


def backoff_delay(
    attempt: int, *, base: float = 0.5, cap: float = 30.0, jitter: float = 1.0
) -> float:
    """Seconds to wait before retry number ``attempt`` (0 for the first retry).

    Exponential with "full jitter": ``jitter`` is a random number in [0, 1] chosen by
    the caller, so many workstations retrying after one outage spread out instead of
    knocking together.
    """
    if attempt < 0:
        raise ValueError("attempt must not be negative")
    ceiling = min(cap, base * (2**attempt))
    return max(0.0, min(1.0, jitter)) * ceiling


def parse_limit_info(header: str | None) -> tuple[int, int] | None:
    """``(used, limit)`` from a ``Sforce-Limit-Info: api-usage=25/15000`` header."""
    if not header:
        return None
    match = _USAGE.search(header)
    if match is None:
        return None
    used, limit = int(match.group(1)), int(match.group(2))
    if limit <= 0:
        return None
    return used, limit


def pacing_delay(used: int, limit: int, *, max_delay: float = 5.0) -> float:
    """Seconds to pause between requests so the allowance lasts: none below
    ``PACE_FROM``, then rising linearly to ``max_delay`` at ``RESERVE_FROM``."""
    if limit <= 0:
        return 0.0
    share = used / limit
    if share <= PACE_FROM:
        return 0.0
    span = RESERVE_FROM - PACE_FROM
    return round(min(1.0, (share - PACE_FROM) / span) * max_delay, 3)


def reserve_reached(used: int, limit: int) -> bool:
    """True once so much of the allowance is used that a sync should stop now."""
    return limit > 0 and used / limit >= RESERVE_FROM


def retry_after_seconds(header: str | None, now: datetime | None = None) -> float | None:
    """A ``Retry-After`` header (seconds or an HTTP date) as seconds from ``now``."""
    if not header:
        return None
    text = header.strip()
    if text.isdigit():
        return float(text)
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - (now or datetime.now(UTC))).total_seconds())
