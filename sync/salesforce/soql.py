"""Building SOQL safely: literals are escaped here, never formatted in by hand."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime

_ID = re.compile(r"^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$")
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)?$")


def quote(value: str) -> str:
    """A SOQL string literal: backslash and single quote escaped, in quotes."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def quote_id(value: str) -> str:
    """A record id literal; anything that is not an id is refused, not escaped."""
    if not _ID.match(value):
        raise ValueError("not a Salesforce record id")
    return f"'{value}'"


def id_list(values: Iterable[str]) -> str:
    """``('a', 'b')`` for IN; at least one id."""
    quoted = [quote_id(v) for v in values]
    if not quoted:
        raise ValueError("an IN list needs at least one id")
    return "(" + ", ".join(quoted) + ")"


def string_list(values: Iterable[str]) -> str:
    quoted = [quote(v) for v in values]
    if not quoted:
        raise ValueError("an IN list needs at least one value")
    return "(" + ", ".join(quoted) + ")"


def datetime_literal(moment: datetime) -> str:
    """A dateTime literal (unquoted, UTC, milliseconds): 2026-11-23T10:15:00.000Z."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def field_list(names: Iterable[str]) -> str:
    """Field names for SELECT; names come from this app's mapping, checked anyway."""
    checked = []
    for name in names:
        if not _NAME.match(name):
            raise ValueError(f"not a field name: {name!r}")
        checked.append(name)
    return ", ".join(checked)


def parse_datetime(text: str | None) -> datetime | None:
    """Salesforce's wire datetime (``2026-11-23T10:15:00.000+0000``) as aware UTC."""
    if not text:
        return None
    if text.endswith("+0000"):  # what Salesforce sends: the fast path for big pulls
        return datetime.fromisoformat(text[:-5]).replace(tzinfo=UTC)
    value = text.strip()
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    elif re.search(r"[+-]\d{4}$", value):
        value = value[:-2] + ":" + value[-2:]
    return datetime.fromisoformat(value).astimezone(UTC)


def format_datetime(moment: datetime) -> str:
    """The wire form Salesforce writes: ``2026-11-23T10:15:00.000+0000``."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}+0000"
