"""Checks on a store's file that need no database library (cheap enough for start-up)."""

from __future__ import annotations

from pathlib import Path

from callcenter.errors import NotSQLiteError
from callcenter.messages import msg

SQLITE_MAGIC = b"SQLite format 3\x00"


def check_file(path: Path) -> None:
    """Refuse a file that exists but is not an SQLite database, before touching it.

    Raises:
        NotSQLiteError: ``path`` is a folder or a file of another kind (named in the message).
    """
    if not path.exists():
        return
    if path.is_dir():
        raise NotSQLiteError(msg("db.folder_not_database_file", path=path))
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    if head and head != SQLITE_MAGIC:
        raise NotSQLiteError(msg("db.not_call_center_database_not", path=path))
