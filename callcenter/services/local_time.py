"""The contact's local time and whether it is inside the campaign's calling window.

The time zone here is the contact's stored one; the calling-rules work adds
resolution from ZIP, state and area code, with the most restrictive winning.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from callcenter.models import utcnow


@dataclass(frozen=True)
class LocalTime:
    time_zone: str | None
    local: datetime | None
    window_start_min: int
    window_end_min: int

    @property
    def known(self) -> bool:
        return self.local is not None

    @property
    def inside_window(self) -> bool:
        """Unknown time zones count as outside: never call someone at 3 a.m. by guess."""
        if self.local is None:
            return False
        minutes = self.local.hour * 60 + self.local.minute
        return self.window_start_min <= minutes < self.window_end_min


def contact_local_time(
    time_zone: str | None,
    window_start_min: int,
    window_end_min: int,
    *,
    now: datetime | None = None,
) -> LocalTime:
    now = now or utcnow()
    if not time_zone:
        return LocalTime(None, None, window_start_min, window_end_min)
    try:
        zone = ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        return LocalTime(time_zone, None, window_start_min, window_end_min)
    return LocalTime(time_zone, now.astimezone(zone), window_start_min, window_end_min)
