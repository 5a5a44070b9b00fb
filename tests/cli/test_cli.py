"""The command line: help, usage errors and refusals, never a traceback."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys

import pytest

from callcenter.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse exits on usage errors and --help
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_help_lists_every_command(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for command in ("gui", "demo", "db"):
        assert command in out
    assert "--db PATH" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--frobnicate"], "unrecognized arguments: --frobnicate"),
        (["demo", "--contacts", "many"], "'many' is not a whole number"),
        (["demo", "--contacts", "0"], "must be greater than zero"),
        (["demo", "--seed", "-1"], "must not be negative"),
        (["demo", "--screenshot", "shot.jpg"], "must be a .png file"),
        (["db"], "required: ACTION"),
        (["nonsense"], "invalid choice: 'nonsense'"),
    ],
)
def test_bad_options_are_usage_errors(capsys, argv, message):
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def test_a_file_that_is_not_a_database_is_refused_untouched(capsys, tmp_path):
    path = tmp_path / "budget.xlsx"
    path.write_bytes(b"PK\x03\x04 not a database")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    code, _, err = run(capsys, "--db", str(path), "db", "info")
    assert code == 3
    assert "not an SQLite file" in err and str(path) in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_database_from_a_newer_app_is_refused(capsys, db_path):
    with sqlite3.connect(db_path) as c:
        c.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    c.close()
    code, _, err = run(capsys, "db", "info", "--db", str(db_path))
    assert code == 3
    assert "newer version of this app" in err


def test_db_info_counts_rows(capsys, db_path):
    code, out, _ = run(capsys, "db", "--db", str(db_path), "info")
    assert code == 0
    assert "schema:" in out and "contacts:" in out and "waiting to sync:" in out


def test_the_installed_command_runs_as_a_module():
    result = subprocess.run(
        [sys.executable, "-m", "callcenter", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("callcenter ")
