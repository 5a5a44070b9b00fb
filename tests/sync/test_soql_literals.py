"""SOQL literals are escaped, ids validated, datetimes in the wire form."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from sync.salesforce import soql
from tests.sfemu.soql import parse


def test_quote_escapes_backslash_and_quote_and_the_emulator_reads_it_back() -> None:
    nasty = "O'Brien \\ ' OR Name != '"
    literal = soql.quote(nasty)
    assert literal == "'O\\'Brien \\\\ \\' OR Name != \\''"
    query = parse(f"SELECT Id FROM Contact WHERE LastName = {literal}")
    assert query.where.value.value == nasty  # type: ignore[union-attr]


def test_ids_are_checked_not_escaped() -> None:
    assert soql.id_list(["003Hs0000000001AAA", "003Hs0000000002"]) == (
        "('003Hs0000000001AAA', '003Hs0000000002')"
    )
    for bad in ("003' OR Id != '", "", "0" * 17):
        with pytest.raises(ValueError):
            soql.quote_id(bad)
    with pytest.raises(ValueError):
        soql.id_list([])


def test_field_names_are_checked() -> None:
    assert soql.field_list(["Id", "Contact.Phone", "PB_OpId__c"]) == "Id, Contact.Phone, PB_OpId__c"
    with pytest.raises(ValueError):
        soql.field_list(["Id FROM User --"])


def test_datetimes_round_trip_in_utc() -> None:
    moment = datetime(2026, 11, 23, 11, 15, 0, 123456, tzinfo=timezone(timedelta(hours=1)))
    assert soql.datetime_literal(moment) == "2026-11-23T10:15:00.123Z"
    wire = soql.format_datetime(moment)
    assert wire == "2026-11-23T10:15:00.123+0000"
    assert soql.parse_datetime(wire) == datetime(2026, 11, 23, 10, 15, 0, 123000, tzinfo=UTC)
    assert soql.parse_datetime("2026-11-23T10:15:00Z") == datetime(2026, 11, 23, 10, 15, tzinfo=UTC)
    assert soql.parse_datetime(None) is None
