"""``callcenter export`` and ``callcenter privacy``: results out, a person erased or exported."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta

from callcenter.services.calls import Outcome, lease_next_contact, record_outcome
from tests.cli.test_cli import run
from tests.factories import make_volunteer, make_world

NOW = datetime(2026, 11, 3, 16, 0, tzinfo=UTC)


def one_call(store):
    world = make_world(store, contacts=2)
    vera = make_volunteer(store, "VERA22", campaign_ids=(world.campaign_id,))
    lease = lease_next_contact(store, vera, world.campaign_id, now=NOW)
    record_outcome(
        store,
        Outcome(
            entry_id=lease.entry_id,
            volunteer_id=vera,
            result_code_id=world.result_codes["REFUSED"],
            started_at=NOW,
            ended_at=NOW + timedelta(seconds=30),
            phone_id=lease.card.phones[0].id,
            notes="@SUM(A1) said no",
        ),
        now=NOW + timedelta(seconds=31),
    )
    return world, lease.card.contact_id


def test_export_results_to_a_file_and_the_audit_log(capsys, store, db_path, tmp_path):
    world, _ = one_call(store)
    out = tmp_path / "results.csv"
    code, _, err = run(
        capsys, "export", "results", "--campaign", str(world.campaign_id), "--out", str(out),
        "--since", "2026-11-01", "--db", str(db_path),
    )  # fmt: skip
    assert code == 0 and f"Wrote 1 call results to {out}." in err
    with out.open(encoding="utf-8", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert row["Description"] == "'@SUM(A1) said no" and row["CallDisposition"] == "Refused"
    assert not list(tmp_path.glob("*.part"))
    code, out_text, _ = run(capsys, "export", "audit", "--db", str(db_path))
    assert code == 0 and "results_exported" in out_text
    code, _, err = run(capsys, "export", "results", "--campaign", "9", "--db", str(db_path))
    assert code == 2 and "Campaign 9 does not exist" in err


def test_privacy_erase_export_and_purge(capsys, store, db_path, tmp_path, monkeypatch):
    _, contact_id = one_call(store)
    make_volunteer(store, "ADMN22", "246810", role="admin")
    monkeypatch.setenv("CALLCENTER_PIN", "246810")

    code, out, _ = run(capsys, "privacy", "export", str(contact_id), "--db", str(db_path))
    assert code == 0
    data = json.loads(out)
    assert data["calls"][0]["notes"] == "@SUM(A1) said no"

    code, out, err = run(
        capsys, "privacy", "erase", str(contact_id), "--as", "ADMN22", "--db", str(db_path)
    )
    assert code == 0, err
    assert f"Erased contact {contact_id}" in out and "1 calls are kept without it" in out

    target = tmp_path / "person.json"
    code, _, _ = run(
        capsys, "privacy", "export", str(contact_id), "--out", str(target), "--db", str(db_path)
    )
    after = json.loads(target.read_text(encoding="utf-8"))
    assert code == 0 and after["contact"]["first_name"] == "" and after["phones"] == []

    code, out, _ = run(
        capsys, "privacy", "purge", "--days", "30", "--dry-run", "--db", str(db_path)
    )
    assert code == 0 and "0 contacts on no active list" in out and "would be erased" in out
    code, out, _ = run(capsys, "privacy", "retention", "--set-days", "90", "--db", str(db_path))
    assert code == 0 and "kept for 90 days" in out


def test_erasing_needs_an_admin(capsys, store, db_path, monkeypatch):
    _, contact_id = one_call(store)
    monkeypatch.setenv("CALLCENTER_PIN", "123456")
    code, _, err = run(
        capsys, "privacy", "erase", str(contact_id), "--as", "VERA22", "--db", str(db_path)
    )
    assert code == 4 and "Only an admin" in err and "Traceback" not in err
