"""Where a profile's files live (the platform's user data and log folders)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "callcenter"


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    """The volunteer/lead profile's real store."""
    return data_dir() / "callcenter.db"


def demo_db_path() -> Path:
    """The demo's own store: never the real one."""
    return data_dir() / "demo.db"


def log_dir() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False)
