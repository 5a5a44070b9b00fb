"""Shared fixtures: a migrated template store made once per session, copied per test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from callcenter.db import Store, open_store


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty store at the newest schema; migrating once keeps tests fast."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    open_store(path).close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = open_store(db_path)
    yield opened
    opened.close()
