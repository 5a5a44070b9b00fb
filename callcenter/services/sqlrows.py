"""Plain SQL for the two calls made around every phone call (lease, record).

SQLAlchemy builds and caches statements well, but at ~100 µs a statement the
dozen statements of "next contact" cost more than the disk does.  These paths
send hand-written SQL through the same connection and transaction
(``exec_driver_sql``, ~20 µs a statement), with values bound as parameters,
never formatted into the SQL.  Timestamps use the same text form SQLAlchemy's
SQLite ``DateTime`` writes, so both sides read each other's rows.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Row


def to_db(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def from_db(text: str | None) -> datetime | None:
    if text is None:
        return None
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def to_json(value: Any) -> str:
    return json.dumps(value)


def from_json(text: str | None) -> Any:
    return json.loads(text) if text else None


def rows(conn: Connection, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> list[Row]:
    return list(conn.exec_driver_sql(sql, tuple(params) if isinstance(params, list) else params))


def one(conn: Connection, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Row | None:
    return conn.exec_driver_sql(sql, params).first()


def run(conn: Connection, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> int:
    """Execute a write; returns the number of rows it changed."""
    return conn.exec_driver_sql(sql, params).rowcount


def escape_like(text: str) -> str:
    """Text for a LIKE pattern with ``ESCAPE '\\'``: a typed % or _ matches itself."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def placeholders(n: int) -> str:
    return ", ".join("?" * n)
