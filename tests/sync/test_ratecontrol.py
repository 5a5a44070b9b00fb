"""The pure retry, backoff and pacing rules (no HTTP, no clock)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from sync.ratecontrol import (
    backoff_delay,
    pacing_delay,
    parse_limit_info,
    reserve_reached,
    retry_after_seconds,
)


def test_backoff_grows_exponentially_up_to_the_cap() -> None:
    assert [backoff_delay(n, base=0.5, cap=4.0) for n in range(5)] == [0.5, 1.0, 2.0, 4.0, 4.0]


def test_backoff_jitter_scales_the_wait_and_is_clamped() -> None:
    assert backoff_delay(2, base=1.0, jitter=0.25) == 1.0
    assert backoff_delay(2, base=1.0, jitter=0.0) == 0.0
    assert backoff_delay(2, base=1.0, jitter=7.0) == 4.0
    with pytest.raises(ValueError):
        backoff_delay(-1)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("api-usage=25/15000", (25, 15000)),
        ("api-usage = 3 / 5, per-app-api-usage=2/1000(appName=x)", (3, 5)),
        ("per-app-api-usage=2/1000", None),
        ("api-usage=1/0", None),
        (None, None),
        ("", None),
    ],
)
def test_limit_info_header(header: str | None, expected: tuple[int, int] | None) -> None:
    assert parse_limit_info(header) == expected


def test_pacing_starts_at_80_percent_and_rises_to_the_reserve() -> None:
    assert pacing_delay(0, 1000) == 0.0
    assert pacing_delay(800, 1000) == 0.0
    assert 0 < pacing_delay(850, 1000) < pacing_delay(950, 1000) < 5.0
    assert pacing_delay(980, 1000) == 5.0
    assert pacing_delay(999, 1000, max_delay=2.0) == 2.0
    assert pacing_delay(5, 0) == 0.0


def test_reserve_stops_before_the_last_two_percent() -> None:
    assert not reserve_reached(979, 1000)
    assert reserve_reached(980, 1000)
    assert not reserve_reached(10, 0)


def test_retry_after_in_seconds_or_as_a_date() -> None:
    now = datetime(2026, 11, 23, 10, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("7", now) == 7.0
    assert retry_after_seconds("Mon, 23 Nov 2026 10:00:30 GMT", now) == 30.0
    assert retry_after_seconds("Mon, 23 Nov 2026 09:00:00 GMT", now) == 0.0
    assert retry_after_seconds("soon", now) is None
    assert retry_after_seconds(None, now) is None
