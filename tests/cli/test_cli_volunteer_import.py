"""``callcenter volunteers import FILE``: a sign-up list becomes pending volunteers."""

from __future__ import annotations

from sqlalchemy import select

from callcenter.models import Volunteer
from tests.cli.test_cli import run


def pending_names(store) -> list[str]:
    with store.read() as s:
        rows = s.execute(
            select(Volunteer.first_name, Volunteer.status).order_by(Volunteer.id)
        ).all()
    return [name for name, status in rows if status == "pending"]


def test_import_adds_pending_volunteers_and_reports_every_line(capsys, store, db_path, tmp_path):
    signups = tmp_path / "signups.csv"
    signups.write_text(
        "Vorname;Nachname;E-Mail\nAnna;Alt;anna@example.de\nBen;;\nAnna;Again;ANNA@example.de\n",
        encoding="cp1252",
    )

    code, out, err = run(capsys, "volunteers", "import", str(signups), "--db", str(db_path))

    assert code == 1  # a row needs attention; the good one is in all the same
    assert (
        "Added 1 pending volunteer from signups.csv; 1 duplicates skipped, 1 rows rejected" in out
    )
    assert "line 4: skipped, same volunteer as line 2" in out
    assert "line 3: rejected, a first and a last name are needed" in err
    assert pending_names(store) == ["Anna"]

    again = tmp_path / "clean.csv"
    again.write_text("first,last\nCora,Clean\n", encoding="utf-8")
    code, out, _ = run(capsys, "volunteers", "import", str(again), "--db", str(db_path))
    assert code == 0 and "Added 1 pending volunteer" in out


def test_a_file_that_is_not_a_volunteer_list_is_a_clear_refusal(capsys, db_path, tmp_path):
    wrong = tmp_path / "cities.csv"
    wrong.write_text("id,city\n1,Berlin\n", encoding="utf-8")

    code, _, err = run(capsys, "volunteers", "import", str(wrong), "--db", str(db_path))

    assert code == 2
    assert "has no first and last name columns" in err and "Traceback" not in err

    code, _, err = run(
        capsys, "volunteers", "import", str(tmp_path / "nope.csv"), "--db", str(db_path)
    )
    assert code == 1 and "Cannot read" in err
