"""The SOQL tokenizer and parser on their own (no emulator, no schema)."""

from __future__ import annotations

import pytest

from tests.sfemu.soql import (
    BoolOp,
    Comparison,
    Literal,
    Not,
    OrderItem,
    Query,
    SoqlError,
    parse,
    quote,
    tokenize,
)


def test_select_fields_from_object() -> None:
    q = parse("SELECT Id, FirstName, Contact.Phone FROM CampaignMember")
    assert q == Query("CampaignMember", ("Id", "FirstName", "Contact.Phone"))


def test_keywords_are_case_insensitive() -> None:
    q = parse("select Id from Contact where LastName = 'x' order by Id desc limit 5")
    assert q.sobject == "Contact"
    assert q.where == Comparison("LastName", "=", Literal("string", "x", "x"))
    assert q.order_by == (OrderItem("Id", descending=True),)
    assert q.limit == 5


def test_count() -> None:
    q = parse("SELECT COUNT() FROM Contact WHERE DoNotCall = false")
    assert q.count and q.fields == ()
    assert q.where == Comparison("DoNotCall", "=", Literal("boolean", False))


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("2026-01-01T00:00:00Z", "2026-01-01T00:00:00.000+0000"),
        ("2026-01-01T00:00:00.000+0000", "2026-01-01T00:00:00.000+0000"),
        ("2026-01-01T02:30:00+02:30", "2026-01-01T00:00:00.000+0000"),
        ("2025-12-31T19:00:00.5-05:00", "2026-01-01T00:00:00.500+0000"),
    ],
)
def test_datetime_literals_are_unquoted_and_normalised(text: str, canonical: str) -> None:
    q = parse(f"SELECT Id FROM Contact WHERE SystemModstamp > {text}")
    assert q.where == Comparison("SystemModstamp", ">", Literal("datetime", canonical))


def test_other_literals() -> None:
    q = parse(
        "SELECT Id FROM Campaign WHERE StartDate >= 2026-03-01 AND PB_X__c < -2.5 "
        "AND IsActive = TRUE AND ParentId = null AND N__c <= 10"
    )
    assert isinstance(q.where, BoolOp) and q.where.op == "AND"
    values = [c.value for c in q.where.items if isinstance(c, Comparison)]
    assert values == [
        Literal("date", "2026-03-01"),
        Literal("number", -2.5),
        Literal("boolean", True),
        Literal("null", None),
        Literal("number", 10),
    ]


def test_all_comparison_operators() -> None:
    for op in ("=", "!=", "<", "<=", ">", ">="):
        q = parse(f"SELECT Id FROM Contact WHERE PB_BirthYear__c {op} 1980")
        assert isinstance(q.where, Comparison) and q.where.op == op
    q = parse("SELECT Id FROM Contact WHERE PB_BirthYear__c <> 1980")
    assert isinstance(q.where, Comparison) and q.where.op == "!="


def test_in_not_in_and_like() -> None:
    q = parse(
        "SELECT Id FROM Contact WHERE Language__c IN ('English', 'Spanish') "
        "AND Id NOT IN ('003000000000001') AND LastName LIKE 'Ng%'"
    )
    assert isinstance(q.where, BoolOp)
    a, b, c = q.where.items
    assert a == Comparison(
        "Language__c",
        "IN",
        (Literal("string", "English", "English"), Literal("string", "Spanish", "Spanish")),
    )
    assert isinstance(b, Comparison) and b.op == "NOT IN"
    assert (
        isinstance(c, Comparison) and c.op == "LIKE" and c.value == Literal("string", "Ng%", "Ng%")
    )


def test_or_chain_and_parentheses() -> None:
    q = parse("SELECT Id FROM Contact WHERE (A__c = 'a' OR B__c = 'b') AND NOT C__c = 'c'")
    assert isinstance(q.where, BoolOp) and q.where.op == "AND"
    left, right = q.where.items
    assert isinstance(left, BoolOp) and left.op == "OR" and len(left.items) == 2
    assert isinstance(right, Not)


def test_mixing_and_or_without_parentheses_is_refused_as_in_soql() -> None:
    with pytest.raises(SoqlError) as info:
        parse("SELECT Id FROM Contact WHERE A__c = 'a' AND B__c = 'b' OR C__c = 'c'")
    assert info.value.error_code == "MALFORMED_QUERY"
    assert "unexpected token: 'OR'" in info.value.message


def test_order_by_directions_and_nulls() -> None:
    q = parse("SELECT Id FROM Contact ORDER BY SystemModstamp, Id ASC, LastName DESC NULLS FIRST")
    assert q.order_by == (
        OrderItem("SystemModstamp"),
        OrderItem("Id", False),
        OrderItem("LastName", True, nulls_last=False),
    )


def test_limit_and_offset() -> None:
    q = parse("SELECT Id FROM Contact LIMIT 10 OFFSET 20")
    assert (q.limit, q.offset) == (10, 20)


def test_semi_join_subquery() -> None:
    q = parse(
        "SELECT Id FROM Contact WHERE Id IN "
        "(SELECT ContactId FROM CampaignMember WHERE CampaignId = '701000000000001')"
    )
    assert isinstance(q.where, Comparison) and isinstance(q.where.value, Query)
    assert q.where.value.sobject == "CampaignMember"


@pytest.mark.parametrize(
    ("literal", "value", "like"),
    [
        (r"'O\'Brien'", "O'Brien", "O'Brien"),
        (r"'back\\slash'", "back\\slash", "back\\\\slash"),
        (r"'line\nbreak'", "line\nbreak", "line\nbreak"),
        (r"'100\%'", "100%", "100\\%"),
        (r"'snake\_case%'", "snake_case%", "snake\\_case%"),
        ("'two words'", "two words", "two words"),
    ],
)
def test_string_escapes(literal: str, value: str, like: str) -> None:
    token = tokenize(literal)[0]
    assert (token.kind, token.value, token.like) == ("string", value, like)


@pytest.mark.parametrize("text", ["O'Brien", "a\\b", "it's \\' tricky", "%_", "plain"])
def test_quote_round_trips_through_the_parser(text: str) -> None:
    q = parse(f"SELECT Id FROM Contact WHERE LastName = {quote(text)}")
    assert isinstance(q.where, Comparison) and isinstance(q.where.value, Literal)
    assert q.where.value.value == text


@pytest.mark.parametrize(
    "soql",
    [
        "",
        "SELECT FROM Contact",
        "SELECT Id Contact",
        "SELECT Id FROM",
        "SELECT Id FROM Contact WHERE",
        "SELECT Id FROM Contact WHERE LastName = 'unterminated",
        "SELECT Id FROM Contact WHERE LastName = 'bad \\q escape'",
        "SELECT Id FROM Contact WHERE LastName = Smith",
        "SELECT Id FROM Contact WHERE LastName LIKE 5",
        "SELECT Id FROM Contact LIMIT -1",
        "SELECT Id FROM Contact LIMIT 1.5",
        "SELECT Id FROM Contact ORDER Id",
        "SELECT Id, FROM Contact",
        "SELECT Id FROM Contact WHERE (LastName = 'x'",
        "SELECT Id FROM Contact extra",
        "SELECT Id FROM Contact WHERE Name IN ()",
        "SELECT Id FROM Contact WHERE SystemModstamp > 2026-13-45T00:00:00Z",
        "SELECT Id FROM Contact WHERE x = 'a' ; DROP TABLE Contact",
    ],
)
def test_malformed_queries(soql: str) -> None:
    with pytest.raises(SoqlError) as info:
        parse(soql)
    assert info.value.error_code == "MALFORMED_QUERY"


def test_error_message_points_at_the_token_like_salesforce() -> None:
    with pytest.raises(SoqlError) as info:
        parse("SELECT Id FRM Contact")
    assert "ERROR at Row:1:Column:11" in info.value.message
    assert "unexpected token: 'FRM'" in info.value.message
