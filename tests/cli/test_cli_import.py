"""``callcenter import FILE --campaign ID``: contacts in from any CRM's CSV export."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from callcenter.models import Contact
from tests.cli.test_cli import run
from tests.factories import make_world

FIXTURES = Path(__file__).parent.parent / "fixtures" / "contacts"


def contacts(store) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(Contact))


def test_import_reports_counts_and_exits_zero(capsys, store, db_path, tmp_path):
    world = make_world(store, contacts=1)
    source = tmp_path / "list.csv"
    source.write_bytes((FIXTURES / "cp1252_semicolon_de.csv").read_bytes())
    code, out, err = run(
        capsys, "import", str(source), "--campaign", str(world.campaign_id), "--db", str(db_path)
    )
    assert code == 0, err
    assert "Imported list.csv into the list 'list' of campaign 1: 3 added" in out
    assert "Read as CP1252, semicolon separated" in err
    assert contacts(store) == 4


def test_rejected_rows_are_listed_and_exit_one(capsys, store, db_path, tmp_path):
    world = make_world(store, contacts=1)
    source = tmp_path / "bad.csv"
    source.write_bytes((FIXTURES / "bad_rows.csv").read_bytes())
    rejects = tmp_path / "out" / "why.csv"
    rejects.parent.mkdir()
    code, out, err = run(
        capsys, "import", str(source), "--campaign", str(world.campaign_id),
        "--rejects", str(rejects), "--db", str(db_path),
    )  # fmt: skip
    assert code == 1
    assert "2 added" in out
    assert (
        f"6 rows rejected, 2 values left out; each is listed with its line and column in {rejects}"
        in err
    )
    assert (
        "line 3, column 'Phone': '555-12' is not a valid phone number (region US) "
        "(row not imported)" in err
    )
    assert "line 8, column 'Email': 'not-an-email' is not an email address (value left out)" in err
    assert rejects.exists() and "Traceback" not in err


def test_dry_run_mapping_region_and_delimiter(capsys, store, db_path, tmp_path):
    world = make_world(store, contacts=1)
    source = tmp_path / "odd.csv"
    source.write_text("Wer;Nummer\nAnna Alt;030 1234567\n", encoding="utf-8")
    mapping = tmp_path / "m.json"
    mapping.write_text('{"columns": {"Wer": "full_name", "Nummer": "phone"}}', encoding="utf-8")
    args = ["import", str(source), "--campaign", str(world.campaign_id), "--db", str(db_path)]
    args += ["--mapping", str(mapping), "--default-region", "DE", "--delimiter", "semicolon"]
    code, out, err = run(capsys, *args, "--dry-run")
    assert code == 0, err
    assert "Checked odd.csv" in out and "1 added" in out and "nothing was written" in err
    assert contacts(store) == 1
    code, out, err = run(capsys, *args)
    assert code == 0 and contacts(store) == 2


def test_refusals_are_one_sentence_with_an_exit_code(capsys, store, db_path, tmp_path):
    make_world(store, contacts=1)
    missing = tmp_path / "nope.csv"
    code, _, err = run(capsys, "import", str(missing), "--campaign", "1", "--db", str(db_path))
    assert code == 1 and "Cannot read" in err and "Traceback" not in err
    source = tmp_path / "list.csv"
    source.write_bytes((FIXTURES / "utf8_comma.csv").read_bytes())
    code, _, err = run(capsys, "import", str(source), "--campaign", "9", "--db", str(db_path))
    assert code == 2 and "Campaign 9 does not exist" in err
    code, _, err = run(capsys, "import", str(source), "--db", str(db_path))
    assert code == 2 and "--campaign" in err
    bad_mapping = tmp_path / "m.json"
    bad_mapping.write_text("[1, 2]", encoding="utf-8")
    code, _, err = run(
        capsys, "import", str(source), "--campaign", "1", "--mapping", str(bad_mapping),
        "--db", str(db_path),
    )  # fmt: skip
    assert code == 2 and "needs a 'columns' object" in err
