"""A volunteer's own numbers for this shift: calls, contacts reached, time on calls, pace."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Integer, cast, func, select

from callcenter.db import Store
from callcenter.models import CallAttempt, ResultCode, VolunteerSession, utcnow


@dataclass(frozen=True)
class ShiftNumbers:
    calls: int
    contacts: int
    seconds_on_calls: int
    minutes_signed_in: float

    @property
    def contact_rate(self) -> float:
        return self.contacts / self.calls if self.calls else 0.0

    @property
    def calls_per_hour(self) -> float:
        hours = self.minutes_signed_in / 60
        return self.calls / hours if hours >= 1 / 60 else 0.0


def shift_numbers(
    store: Store, volunteer_id: int, session_id: int, *, now: datetime | None = None
) -> ShiftNumbers:
    """Counts since this sign-in started (the volunteer's shift on this station)."""
    now = now or utcnow()
    with store.read() as s:
        started = s.scalar(
            select(VolunteerSession.started_at).where(VolunteerSession.id == session_id)
        )
        if started is None:
            return ShiftNumbers(0, 0, 0, 0.0)
        calls, contacts, seconds = s.execute(
            select(
                func.count(CallAttempt.id),
                func.coalesce(func.sum(cast(ResultCode.counts_as_contact, Integer)), 0),
                func.coalesce(func.sum(CallAttempt.duration_s), 0),
            )
            .join(ResultCode, ResultCode.id == CallAttempt.result_code_id)
            .where(CallAttempt.volunteer_id == volunteer_id, CallAttempt.created_at >= started)
        ).one()
    return ShiftNumbers(
        calls=int(calls),
        contacts=int(contacts),
        seconds_on_calls=int(seconds),
        minutes_signed_in=max(0.0, (now - started).total_seconds() / 60),
    )
