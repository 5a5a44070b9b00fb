"""Calling rules without a store: time zone resolution, the window, DST, Arizona, states."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from callcenter.services.calling_hours import (
    DEFAULT_WINDOW,
    callable_at,
    clamp_window,
    hours_on,
    next_callable_at,
    rule_states,
    us_holidays,
)
from callcenter.services.time_zones import (
    normalise_state,
    normalise_zip,
    resolve_time_zones,
    zip_index,
)

NY = ("America/New_York",)
PHOENIX = ("America/Phoenix",)
DENVER = ("America/Denver",)


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def us(postal_code=None, state=None, phones=(), **kw):
    return resolve_time_zones(
        country="US", postal_code=postal_code, state=state, phones_e164=phones, **kw
    )


# --- where the contact is -------------------------------------------------------------


def test_zip_code_decides_first():
    found = us("85001", "AZ", ("+16025550100",))
    assert found.zones == PHOENIX
    assert (found.source, found.primary, found.conflict) == ("zip", "America/Phoenix", False)


def test_zip_refines_a_state_that_spans_two_zones():
    # Tennessee is Central and Eastern; Knoxville's ZIP says which.
    assert us("37902", "TN").zones == NY
    assert us(None, "Tennessee").zones == ("America/Chicago", "America/New_York")
    assert us(None, "Tennessee").primary is None


def test_phone_area_code_is_the_last_resort():
    found = us(None, None, ("+12125550100",))
    assert found.zones == NY
    assert found.source == "phone"


def test_disagreeing_sources_are_both_respected():
    # A Chicago address with a New York mobile: call when it is allowed in both.
    found = us("60601", "IL", ("+12125550100",))
    assert found.zones == ("America/Chicago", "America/New_York")
    assert found.conflict and found.primary == "America/Chicago"


def test_navajo_nation_keeps_daylight_time_unlike_the_rest_of_arizona():
    found = us("86515", "AZ", ("+19285550100",))  # Window Rock, a 928 number
    assert found.zones == ("America/Denver", "America/Phoenix")
    assert found.conflict


def test_foreign_postal_codes_are_not_read_as_zip_codes():
    # 10115 is Berlin-Mitte, and also a New York ZIP.
    found = resolve_time_zones(
        country="DE", postal_code="10115", state=None, phones_e164=("+4930123456",)
    )
    assert found.zones == ("Europe/Berlin",)


def test_no_usable_source_means_unknown_and_never_callable():
    found = us(None, None, ("+18005550100",))  # toll-free: a whole continent
    assert found.zones == () and found.source == "none"
    assert not callable_at(found.zones, (), DEFAULT_WINDOW, at(2026, 7, 1, 17))
    assert next_callable_at(found.zones, (), DEFAULT_WINDOW, at(2026, 7, 1, 17)) is None


def test_a_stored_zone_counts_only_when_nothing_else_does():
    assert us(None, None, (), stored_zone="America/Chicago").zones == ("America/Chicago",)
    assert us("85001", None, (), stored_zone="America/Chicago").zones == PHOENIX
    assert us(None, None, (), stored_zone="Napakiak").zones == ()


def test_the_zip_data_comes_from_the_package_and_skips_its_bad_zones():
    index = zip_index()
    assert len(index.zones) > 40_000
    assert "Napakiak" not in {z for zones in index.state_zones.values() for z in zones}
    assert index.states["99501"] == "AK"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("85001", "85001"), ("85001-1234", "85001"), ("2134", "02134"), ("ABC", None), ("", None)],
)
def test_zip_codes_are_normalised(text, expected):
    assert normalise_zip(text) == expected


def test_state_names_and_codes():
    assert normalise_state("az") == "AZ"
    assert normalise_state("New York") == "NY"
    assert normalise_state("Bayern") is None
    assert normalise_state("ZZ") is None


# --- the window -----------------------------------------------------------------------


def test_default_window_is_nine_to_eight_local():
    assert callable_at(NY, (), DEFAULT_WINDOW, at(2026, 7, 1, 13, 0))  # 9:00 EDT
    assert not callable_at(NY, (), DEFAULT_WINDOW, at(2026, 7, 1, 12, 59))  # 8:59
    assert callable_at(NY, (), DEFAULT_WINDOW, at(2026, 7, 1, 23, 59))  # 19:59
    assert not callable_at(NY, (), DEFAULT_WINDOW, at(2026, 7, 2, 0, 0))  # 20:00


def test_a_campaign_window_is_never_wider_than_eight_to_nine():
    assert clamp_window(6 * 60, 23 * 60) == (8 * 60, 21 * 60)
    assert not callable_at(NY, (), (6 * 60, 23 * 60), at(2026, 7, 1, 11, 30))  # 7:30
    assert callable_at(NY, (), (6 * 60, 23 * 60), at(2026, 7, 1, 12, 0))  # 8:00


def test_spring_forward_day_in_new_york():
    # 2026-03-08: clocks go from 2:00 EST to 3:00 EDT.
    assert not callable_at(NY, (), DEFAULT_WINDOW, at(2026, 3, 7, 13, 30))  # 8:30 EST
    assert callable_at(NY, (), DEFAULT_WINDOW, at(2026, 3, 8, 13, 30))  # 9:30 EDT
    assert not callable_at(NY, (), DEFAULT_WINDOW, at(2026, 3, 9, 0, 30))  # 20:30 EDT


def test_fall_back_day_in_new_york():
    # 2026-11-01: clocks go from 2:00 EDT back to 1:00 EST.
    assert callable_at(NY, (), DEFAULT_WINDOW, at(2026, 10, 31, 13, 30))  # 9:30 EDT
    assert not callable_at(NY, (), DEFAULT_WINDOW, at(2026, 11, 1, 13, 30))  # 8:30 EST
    assert callable_at(NY, (), DEFAULT_WINDOW, at(2026, 11, 2, 0, 30))  # 19:30 EST
    assert not callable_at(NY, (), DEFAULT_WINDOW, at(2026, 11, 1, 0, 30))  # 20:30 EDT


def test_arizona_keeps_standard_time_all_year():
    summer = at(2026, 7, 1, 15, 30)  # 8:30 in Phoenix, 9:30 in Denver
    assert not callable_at(PHOENIX, (), DEFAULT_WINDOW, summer)
    assert callable_at(DENVER, (), DEFAULT_WINDOW, summer)
    winter = at(2026, 1, 15, 16, 30)  # 9:30 in both
    assert callable_at(PHOENIX, (), DEFAULT_WINDOW, winter)
    assert callable_at(DENVER, (), DEFAULT_WINDOW, winter)
    # On the day the rest of the country springs forward, Phoenix does not.
    assert callable_at(PHOENIX, (), DEFAULT_WINDOW, at(2026, 3, 8, 16, 0))  # 9:00 MST
    assert not callable_at(PHOENIX, (), DEFAULT_WINDOW, at(2026, 3, 9, 3, 0))  # 20:00 MST


def test_most_restrictive_of_two_zones_wins():
    both = ("America/Denver", "America/Phoenix")
    # Summer: Phoenix is an hour behind Denver, so 9:00-19:00 Phoenix time.
    assert not callable_at(both, (), DEFAULT_WINDOW, at(2026, 7, 1, 15, 30))
    assert callable_at(both, (), DEFAULT_WINDOW, at(2026, 7, 1, 16, 0))
    assert callable_at(both, (), DEFAULT_WINDOW, at(2026, 7, 2, 1, 59))  # 18:59 / 19:59
    assert not callable_at(both, (), DEFAULT_WINDOW, at(2026, 7, 2, 2, 0))  # 19:00 / 20:00


# --- state rules ---------------------------------------------------------------------------


def test_only_states_with_rules_count():
    assert rule_states("TX", None, "IL", "TX", "OH") == ("IL", "TX")


def test_texas_sundays_start_at_noon():
    sunday = date(2026, 7, 5)
    assert hours_on(sunday, ("TX",), DEFAULT_WINDOW) == (12 * 60, 20 * 60)
    assert hours_on(date(2026, 7, 6), ("TX",), DEFAULT_WINDOW) == (9 * 60, 20 * 60)


def test_rhode_island_saturdays_and_sundays():
    assert hours_on(date(2026, 7, 11), ("RI",), DEFAULT_WINDOW) == (10 * 60, 17 * 60)
    assert hours_on(date(2026, 7, 12), ("RI",), DEFAULT_WINDOW) is None
    assert hours_on(date(2026, 7, 13), ("RI",), DEFAULT_WINDOW) == (9 * 60, 18 * 60)


def test_kentucky_starts_at_ten_and_florida_ends_at_eight():
    assert hours_on(date(2026, 7, 6), ("KY",), (8 * 60, 21 * 60)) == (10 * 60, 21 * 60)
    assert hours_on(date(2026, 7, 6), ("FL",), (8 * 60, 21 * 60)) == (8 * 60, 20 * 60)


def test_holidays_close_the_states_that_forbid_them():
    thanksgiving = date(2026, 11, 26)
    assert hours_on(thanksgiving, ("AL",), DEFAULT_WINDOW) is None
    assert hours_on(thanksgiving, ("TX",), DEFAULT_WINDOW) == DEFAULT_WINDOW
    holidays = us_holidays(2026)
    assert date(2026, 7, 3) in holidays  # July 4th is a Saturday: observed on Friday
    assert date(2026, 1, 19) in holidays  # third Monday of January
    assert date(2026, 5, 25) in holidays  # last Monday of May


def test_state_rules_apply_in_the_contacts_zone():
    tx_central = ("America/Chicago",)
    sunday_11_30 = at(2026, 7, 5, 16, 30)
    assert callable_at(tx_central, (), DEFAULT_WINDOW, sunday_11_30)
    assert not callable_at(tx_central, ("TX",), DEFAULT_WINDOW, sunday_11_30)


# --- the next allowed moment -------------------------------------------------------------


def test_next_callable_moment_after_hours_is_tomorrow_morning():
    friday_22h = at(2026, 7, 4, 3, 0)  # Friday 22:00 in Chicago
    assert next_callable_at(("America/Chicago",), (), DEFAULT_WINDOW, friday_22h) == at(
        2026, 7, 4, 14, 0
    )
    inside = at(2026, 7, 6, 15, 0)
    assert next_callable_at(NY, (), DEFAULT_WINDOW, inside) == inside


def test_next_callable_moment_skips_forbidden_days():
    saturday_evening = at(2026, 7, 11, 22, 0)  # 18:00 in Providence
    assert next_callable_at(NY, ("RI",), DEFAULT_WINDOW, saturday_evening) == at(
        2026, 7, 13, 13, 0
    )  # Monday 9:00 EDT
