"""Alembic migrations, applied automatically whenever a store is opened."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from callcenter.errors import StoreTooNewError
from callcenter.messages import msg

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(engine: Engine, path: Path, target: str = "head") -> None:
    """Bring the store up to ``target``; back the file up first if it holds data.

    Raises:
        StoreTooNewError: the file was written by a newer version of the app.
    """
    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    current = current_revision(engine)
    if current is not None and current not in {r.revision for r in script.walk_revisions()}:
        raise StoreTooNewError(
            msg("migrate.was_written_by_newer_version", path=path, current=current)
        )
    wanted = script.get_current_head() if target == "head" else target
    if current == wanted:
        return
    if current is not None:
        backup = path.with_name(f"{path.name}.before-{wanted}.bak")
        _backup(path, backup)
        log.info("backed up the store to %s before upgrading it", backup)
    with engine.execution_options(sqlite_begin="IMMEDIATE").begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def _backup(src: Path, dest: Path) -> None:
    """A consistent copy through SQLite's backup API (safe with WAL and readers)."""
    with sqlite3.connect(src) as source, sqlite3.connect(dest) as target:
        source.backup(target)
    target.close()
    source.close()
