"""When a contact may be called: the campaign's window, federal and state hours, holidays.

All times are the contact's local time, in every zone they may be in (see
``time_zones``): a window holds only if it holds in each of them.  The
campaign's own window (default 9:00-20:00) is never allowed wider than the
federal 8:00-21:00 (47 CFR 64.1200(c)(1), 16 CFR 310.4(c)(2)); a state with a
stricter rule narrows it further, for the contact's address state and the
state of their ZIP code.  Political and charity calls are exempt from several
of these state laws; the app applies them anyway, because a volunteer must
never need to know which exemption covers them.

The table is compiled from the statutes named in ``source`` and from the
state tables published by Drop Cowboy ("State Calling Restrictions Guide",
updated 2025-11-01) and ClickPoint ("Telemarketing Calling Restrictions &
Hours by State", reviewed 2025-07); where they differ, the stricter reading is
used.  Adding a state here changes which contacts share a calling group, so it
needs a migration that re-resolves ``call_list_entry.calling_group_id``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

FEDERAL_EARLIEST = 8 * 60
FEDERAL_LATEST = 21 * 60
DEFAULT_WINDOW = (9 * 60, 20 * 60)

Hours = tuple[int, int]  # minutes after local midnight: [start, end)


def _days(
    weekdays: Hours | None, saturday: Hours | None, sunday: Hours | None
) -> tuple[Hours | None, ...]:
    return (weekdays,) * 5 + (saturday, sunday)


def _h(start: float, end: float) -> Hours:
    return (int(start * 60), int(end * 60))


@dataclass(frozen=True)
class StateRule:
    """Hours per weekday (Monday first; None: no calls that day)."""

    days: tuple[Hours | None, ...]
    no_calls_on_holidays: bool
    source: str


STATE_RULES: dict[str, StateRule] = {
    "AL": StateRule(_days(_h(8, 20), _h(8, 20), None), True, "Ala. Admin. Code r. 770-X-5-.17"),
    "CA": StateRule(_days(_h(9, 21), _h(9, 21), _h(9, 21)), False, "Cal. Pub. Util. Code § 2872"),
    "CT": StateRule(_days(_h(9, 20), _h(9, 20), _h(9, 20)), False, "Conn. Gen. Stat. § 42-288a"),
    "FL": StateRule(_days(_h(8, 20), _h(8, 20), _h(8, 20)), False, "Fla. Stat. § 501.616(6)"),
    "IL": StateRule(_days(_h(9, 21), _h(9, 21), _h(9, 21)), False, "815 ILCS 413/15"),
    "KY": StateRule(_days(_h(10, 21), _h(10, 21), _h(10, 21)), False, "KRS 367.46955"),
    "LA": StateRule(_days(_h(8, 20), _h(8, 20), None), True, "Louisiana PSC do-not-call rules"),
    "MA": StateRule(_days(_h(8, 20), _h(8, 20), _h(8, 20)), False, "201 CMR 12.02"),
    "MD": StateRule(
        _days(_h(8, 20), _h(8, 20), _h(8, 20)), False, "Md. Stop the Spam Calls Act (2023)"
    ),
    "MI": StateRule(_days(_h(9, 21), _h(9, 21), _h(9, 21)), False, "MCL 445.111b"),
    "MN": StateRule(_days(_h(9, 21), _h(9, 21), _h(9, 21)), False, "Minn. Stat. § 325E.27"),
    "MS": StateRule(_days(_h(8, 20), _h(8, 20), None), True, "Miss. Code § 77-3-725"),
    "NM": StateRule(_days(_h(9, 21), _h(9, 21), _h(9, 21)), False, "N.M. Stat. § 57-12-22"),
    "NV": StateRule(_days(_h(9, 20), _h(9, 20), _h(9, 20)), False, "NRS 228.590"),
    "OK": StateRule(_days(_h(8, 20), _h(8, 20), _h(8, 20)), False, "Okla. Stat. tit. 15 § 775C.4"),
    "PA": StateRule(_days(_h(8, 21), _h(8, 21), _h(13.5, 21)), True, "73 P.S. § 2245 (TRA)"),
    "RI": StateRule(_days(_h(9, 18), _h(10, 17), None), True, "R.I. Gen. Laws §§ 5-61-2, 5-61-3.6"),
    "TX": StateRule(_days(_h(9, 21), _h(9, 21), _h(12, 21)), False, "Tex. Bus. & Com. § 301.051"),
    "UT": StateRule(_days(_h(8, 21), _h(8, 21), None), True, "Utah Code § 13-25a-103"),
    "WA": StateRule(_days(_h(8, 20), _h(8, 20), _h(8, 20)), False, "RCW 80.36.390"),
}


def rule_states(*states: str | None) -> tuple[str, ...]:
    """The states among these whose rules apply (sorted, without repeats)."""
    return tuple(sorted({s for s in states if s and s in STATE_RULES}))


def clamp_window(start_min: int, end_min: int) -> Hours:
    """A campaign's window, never wider than the federal 8:00-21:00."""
    return max(start_min, FEDERAL_EARLIEST), min(end_min, FEDERAL_LATEST)


def hours_on(day: date, states: Iterable[str], window: Hours) -> Hours | None:
    """The hours calls may start on this local day, or None for none at all."""
    start, end = clamp_window(*window)
    weekday = day.weekday()
    for state in states:
        rule = STATE_RULES.get(state)
        if rule is None:
            continue
        if rule.no_calls_on_holidays and day in us_holidays(day.year):
            return None
        hours = rule.days[weekday]
        if hours is None:
            return None
        start, end = max(start, hours[0]), min(end, hours[1])
    return (start, end) if start < end else None


def callable_at(
    zones: Iterable[str], states: Iterable[str], window: Hours, moment: datetime
) -> bool:
    """True when ``moment`` is inside the hours in every zone; no zones: never."""
    states = tuple(states)
    seen = False
    for name in zones:
        seen = True
        local = moment.astimezone(_zone(name))
        hours = hours_on(local.date(), states, window)
        minute = local.hour * 60 + local.minute
        if hours is None or not hours[0] <= minute < hours[1]:
            return False
    return seen


def next_callable_at(
    zones: Iterable[str],
    states: Iterable[str],
    window: Hours,
    after: datetime,
    *,
    days: int = 14,
) -> datetime | None:
    """The first moment at or after ``after`` that ``callable_at`` accepts, if any soon.

    The allowed time is an intersection of daily intervals, so its first point
    is ``after`` itself or the start of one zone's hours on some day.
    """
    zones, states = tuple(zones), tuple(states)
    if not zones:
        return None
    candidates = [after]
    for name in zones:
        zone = _zone(name)
        first_day = after.astimezone(zone).date()
        for offset in range(days + 1):
            day = first_day + timedelta(days=offset)
            hours = hours_on(day, states, window)
            if hours is None:
                continue
            start = datetime(day.year, day.month, day.day, tzinfo=zone) + timedelta(
                minutes=hours[0]
            )
            if start >= after:
                candidates.append(start.astimezone(UTC))
    for moment in sorted(candidates):
        if callable_at(zones, states, window, moment):
            return moment
    return None


def describe_hours(day: date, states: Iterable[str], window: Hours) -> str:
    """ "9:00-20:00" or "no calls", for messages."""
    hours = hours_on(day, tuple(states), window)
    if hours is None:
        return "no calls that day"
    return f"{hours[0] // 60}:{hours[0] % 60:02d}-{hours[1] // 60}:{hours[1] % 60:02d}"


@lru_cache(maxsize=256)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


# --- holidays -----------------------------------------------------------------------------


@lru_cache(maxsize=32)
def us_holidays(year: int) -> frozenset[date]:
    """The federal holidays, on their dates and on the weekday they are observed.

    States that forbid calls on "legal holidays" each have their own list; the
    federal eleven cover the ones they share (state-only days such as Mardi
    Gras are not in it: see the README).
    """

    def nth(month: int, weekday: int, n: int) -> date:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))

    def last(month: int, weekday: int) -> date:
        end = date(year, month + 1, 1) - timedelta(days=1)
        return end - timedelta(days=(end.weekday() - weekday) % 7)

    fixed = [date(year, 1, 1), date(year, 6, 19), date(year, 7, 4), date(year, 11, 11)]
    fixed.append(date(year, 12, 25))
    days = set(fixed)
    for day in fixed:  # Saturday's holiday is observed on Friday, Sunday's on Monday
        if day.weekday() == 5:
            days.add(day - timedelta(days=1))
        elif day.weekday() == 6:
            days.add(day + timedelta(days=1))
    days |= {
        nth(1, 0, 3),  # Martin Luther King Jr. Day
        nth(2, 0, 3),  # Washington's Birthday
        last(5, 0),  # Memorial Day
        nth(9, 0, 1),  # Labor Day
        nth(10, 0, 2),  # Columbus Day
        nth(11, 3, 4),  # Thanksgiving
    }
    return frozenset(days)
