"""``callcenter volunteers`` and ``audit``: same rules as the console, scriptable."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import select

from callcenter.models import Volunteer
from tests.cli.test_cli import run
from tests.factories import make_volunteer, make_world


@pytest.fixture
def lead(store, monkeypatch):
    make_volunteer(store, "LEAD22", "246810", role="shift_lead", first_name="Lee")
    monkeypatch.setenv("CALLCENTER_PIN", "246810")
    return "LEAD22"


def statuses(store):
    with store.read() as s:
        return dict(s.execute(select(Volunteer.last_name, Volunteer.status)).all())


def test_add_activate_list_and_deactivate_by_script(capsys, store, db_path, lead):
    db = ["--db", str(db_path)]
    world = make_world(store, contacts=2)
    for last in ("Alpha", "Beta"):
        code, out, _ = run(capsys, "volunteers", "add", "--first", "Walk", "--last", last, *db)
        assert code == 0 and "as pending" in out
    code, out, _ = run(
        capsys,
        "volunteers",
        "activate",
        "--all-pending",
        "--as",
        lead,
        "--campaign",
        str(world.campaign_id),
        "--csv",
        *db,
    )
    assert code == 0
    slips = list(csv.DictReader(io.StringIO(out)))
    assert [s["name"] for s in slips] == ["Walk Alpha", "Walk Beta"]
    assert all(len(s["pin"]) == 6 and len(s["code"]) == 6 for s in slips)
    assert statuses(store) == {"Volunteer": "active", "Alpha": "active", "Beta": "active"}

    code, out, _ = run(
        capsys, "volunteers", "list", "--status", "active", "--role", "volunteer", *db
    )
    assert code == 0 and "Walk Alpha" in out and "2 volunteers" in out

    code, out, _ = run(
        capsys,
        "volunteers",
        "deactivate",
        slips[0]["code"],
        "--as",
        lead,
        "--reason",
        "shift over",
        *db,
    )
    assert code == 0 and "Deactivated 1 volunteer;" in out
    assert statuses(store)["Alpha"] == "deactivated"

    code, out, _ = run(capsys, "audit", "export", *db)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["action"] for r in rows] == ["deactivate", "activate", "activate"]
    assert rows[0]["by_code"] == "LEAD22" and '"reason": "shift over"' in rows[0]["detail"]


def test_refusals_are_clear_and_change_nothing(capsys, store, db_path, lead, monkeypatch):
    db = ["--db", str(db_path)]
    make_volunteer(store, "ACTV22", first_name="Al", last_name="Active")
    code, _, err = run(capsys, "volunteers", "suspend", "NOPE99", "--as", lead, *db)
    assert code == 2 and "No volunteer has the code or id 'NOPE99'" in err
    code, _, err = run(capsys, "volunteers", "suspend", "--as", lead, *db)
    assert code == 2 and "Name at least one volunteer" in err
    code, _, err = run(capsys, "volunteers", "set-role", "ACTV22", "admin", "--as", lead, *db)
    assert code == 4 and "Only an admin can change roles" in err
    code, _, err = run(capsys, "volunteers", "reactivate", "ACTV22", "--as", lead, *db)
    assert code == 2 and "the account is active" in err
    monkeypatch.setenv("CALLCENTER_PIN", "000000")
    code, _, err = run(capsys, "volunteers", "suspend", "ACTV22", "--as", lead, *db)
    assert code == 4 and "do not match" in err
    assert statuses(store)["Active"] == "active"
    code, _, err = run(capsys, "volunteers", "list", "--status", "sleepy", *db)
    assert code == 2 and "Unknown status 'sleepy'" in err


def test_audit_export_to_a_file_escapes_formulas(capsys, store, db_path, lead, tmp_path):
    vid = make_volunteer(store, "EVIL22", first_name='=HYPERLINK("x")', last_name="@SUM")
    code, _, _ = run(
        capsys,
        "volunteers",
        "suspend",
        str(vid),
        "--as",
        lead,
        "--reason",
        "+1 late",
        "--db",
        str(db_path),
    )
    assert code == 0
    target = tmp_path / "audit.csv"
    code, _, err = run(capsys, "audit", "export", "--out", str(target), "--db", str(db_path))
    assert code == 0 and "Wrote 1 audit events" in err
    [row] = list(csv.DictReader(target.open(encoding="utf-8")))
    assert row["volunteer_name"] == '\'=HYPERLINK("x") @SUM'
    assert not list(tmp_path.glob("*.part"))
