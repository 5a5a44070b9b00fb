"""The contact's local time and whether it is inside the campaign's calling window.

This is the one-zone view the contact screen shows.  Which zones a contact may
be in (ZIP, state, area code; the most restrictive wins) is ``time_zones``;
state hours and holidays are ``calling_hours``; leasing uses both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from callcenter.models import utcnow
from callcenter.services.calling_hours import clamp_window


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
        start, end = clamp_window(self.window_start_min, self.window_end_min)
        return start <= minutes < end


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
