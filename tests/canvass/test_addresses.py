"""Street lines as people type them, taken apart; walk order."""

from __future__ import annotations

import pytest

from callcenter.services.canvass.addresses import parse_street, street_key, walk_key


@pytest.mark.parametrize(
    ("line", "street", "number", "number_text", "unit"),
    [
        ("123 Main St", "Main St", 123, "123", ""),
        ("12-14 Oak Ave", "Oak Ave", 12, "12-14", ""),
        ("Hauptstraße 5a", "Hauptstraße", 5, "5a", ""),
        ("Bahnhofstr. 12 b", "Bahnhofstr.", 12, "12 b", ""),
        ("5 rue de la Paix", "rue de la Paix", 5, "5", ""),
        ("5 bis, rue Victor Hugo", "rue Victor Hugo", 5, "5 bis", ""),
        ("221B Baker Street", "Baker Street", 221, "221B", ""),
        ("123 1/2 Main St", "Main St", 123, "123 1/2", ""),
        ("1600 Pennsylvania Ave NW", "Pennsylvania Ave NW", 1600, "1600", ""),
        ("123 Main St Apt 4B", "Main St", 123, "123", "4B"),
        ("123 Main St, Unit 4", "Main St", 123, "123", "4"),
        ("123 Main St #4B", "Main St", 123, "123", "4B"),
        ("123 Main St\nApt 7", "Main St", 123, "123", "7"),
        ("10 5th Ave", "5th Ave", 10, "10", ""),
        ("5th Ave", "5th Ave", None, "", ""),
        ("PO Box 12", "PO Box 12", None, "", ""),
        ("", "", None, "", ""),
        (None, "", None, "", ""),
    ],
)
def test_street_lines_are_taken_apart(line, street, number, number_text, unit):
    address = parse_street(line)
    assert (address.street, address.number, address.number_text, address.unit) == (
        street,
        number,
        number_text,
        unit,
    )


def test_spellings_of_one_street_match():
    assert street_key("Main Street") == street_key("main st.") == street_key("MAIN ST")
    assert street_key("Hauptstraße") == street_key("Hauptstr.") == street_key("Hauptstrasse")
    assert street_key("Oak Avenue") == street_key("Oak Ave")
    assert street_key("Oak Ave") != street_key("Oak Rd")


def test_walk_order_is_street_then_odd_side_then_even_side_then_number_and_unit():
    lines = [
        "14 Oak Ave",
        "3 Oak Ave Apt 10",
        "2 Oak Ave",
        "3 Oak Ave Apt 2",
        "Oak Ave",
        "1 Oak Ave",
        "3B Oak Ave",
        "9 Elm St",
    ]
    ordered = sorted(lines, key=lambda line: walk_key(parse_street(line), "60601"))
    assert ordered == [
        "9 Elm St",
        "1 Oak Ave",
        "3 Oak Ave Apt 2",
        "3 Oak Ave Apt 10",
        "3B Oak Ave",
        "2 Oak Ave",
        "14 Oak Ave",
        "Oak Ave",
    ]
