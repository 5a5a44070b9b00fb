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
        (["demo", "--screen", "lobby"], "invalid choice: 'lobby'"),
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


def test_demo_makes_its_own_database_once_and_never_touches_real_data(
    capsys, tmp_path, store, db_path
):
    demo = tmp_path / "demo.db"
    code, _, err = run(capsys, "demo", "--db", str(demo), "--contacts", "200", "--no-gui")
    assert code == 0 and "Creating demo data (200 contacts)" in err
    code, out, _ = run(capsys, "db", "info", "--db", str(demo))
    assert "contacts:                    200" in out
    # A second start reuses it (and says so when asked for something else).
    code, _, err = run(capsys, "demo", "--db", str(demo), "--contacts", "300", "--no-gui")
    assert code == 0 and "Using the existing demo database" in err
    # A real database is refused, untouched.
    from tests.factories import make_volunteer

    make_volunteer(store, "REAL22")
    before = db_path.read_bytes()
    code, _, err = run(capsys, "demo", "--db", str(db_path), "--no-gui")
    assert code == 1 and "not a demo database" in err
    assert db_path.read_bytes() == before


def test_a_locked_database_gives_a_clear_message(capsys, tmp_path):
    path = tmp_path / "busy.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, _, err = run(capsys, "db", "info", "--db", str(path))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 3 and "locked by another program" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--db", "x.db"],
        ["-v", "--db=x.db", "--screenshot", "s.png", "--lang", "de"],
        ["--db", "x.db", "gui", "--lang", "fr"],
        ["demo", "--contacts", "10", "--no-gui"],
        ["db", "info", "--db", "x.db"],
    ],
)
def test_the_window_s_quick_parse_reads_what_the_full_parser_reads(argv):
    from callcenter.cli import build_parser, parse_args

    assert vars(parse_args(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--screenshot", "shot.jpg"], "must be a .png file"),
        (["--lang", "xx"], "invalid choice: 'xx'"),
        (["--db"], "expected one argument"),
    ],
)
def test_the_window_s_options_are_checked_by_the_full_parser(capsys, argv, message):
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert message in err and "COMMAND" in err
