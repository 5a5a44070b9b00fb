"""``callcenter canvass``: the canvass tab's checkouts from the command line, through
the same services, with the same refusals, audited."""

from __future__ import annotations

import pytest

from callcenter.models import CallListEntry
from callcenter.services.audit import audit_rows
from callcenter.services.canvass.checkout import list_checkouts
from tests.canvass.conftest import ADDRESSES, Turf, make_turf
from tests.cli.test_cli import run


@pytest.fixture
def turf(store, monkeypatch) -> Turf:
    monkeypatch.setenv("CALLCENTER_PIN", "123456")
    return make_turf(store)


def canvass(capsys, db_path, *argv: str) -> tuple[int, str, str]:
    return run(capsys, "--db", str(db_path), "canvass", *argv)


def test_check_out_by_zip_then_list_extend_and_hand_back(capsys, db_path, store, turf) -> None:
    code, out, err = canvass(
        capsys, db_path, "check-out", "--list", str(turf.world.list_id), "--zip", "60601",
        "--hours", "2", "--name", "Oak side", "--as", "LEAD01",
    )  # fmt: skip
    assert (code, err) == (0, "")
    in_zip = sum(1 for _, postal, _ in ADDRESSES if postal == "60601")
    households = len({group for _, postal, group in ADDRESSES if postal == "60601"})
    assert f"Checked out 'Oak side' (#1): {households} households, {in_zip} people" in out
    assert "Local only" in out  # no CRM on this store: the output says what that means
    [view] = list_checkouts(store)
    assert (view.name, view.mode, view.people) == ("Oak side", "door", in_zip)
    with store.read() as s:
        held = [e for e in s.query(CallListEntry) if e.lease_holder_id == turf.lead_id]
    assert len(held) == in_zip

    code, out, _ = canvass(capsys, db_path, "list")
    assert code == 0 and out.startswith("   1  Oak side  [active, door, local only]")

    code, out, _ = canvass(capsys, db_path, "extend", "1", "--hours", "1.5", "--as", "LEAD01")
    assert code == 0 and out.startswith("Extended 'Oak side' (#1) until ")

    code, out, _ = canvass(capsys, db_path, "hand-back", "1", "--as", "LEAD01")
    assert code == 0 and out.startswith("Handed back 'Oak side' (#1)")
    assert list_checkouts(store)[0].status == "returned"  # listed until checked in
    code, out, _ = canvass(capsys, db_path, "list")
    assert "[returned, door, local only]" in out
    actions = [r.action for r in reversed(audit_rows(store)) if r.action.startswith("turf_")]
    assert actions == ["turf_checked_out", "turf_extended", "turf_handed_back"]


def test_extend_adds_the_hours_asked_for(capsys, db_path, store, turf) -> None:
    canvass(capsys, db_path, "check-out", "--list", str(turf.world.list_id), "--as", "LEAD01")
    before = list_checkouts(store)[0].expires_at
    code, _, _ = canvass(capsys, db_path, "extend", "1", "--hours", "1.5", "--as", "LEAD01")
    assert code == 0
    assert (list_checkouts(store)[0].expires_at - before).total_seconds() == 1.5 * 3600


def test_check_in_without_a_crm_says_what_to_do_and_changes_nothing(
    capsys, db_path, store, turf
) -> None:
    canvass(capsys, db_path, "check-out", "--list", str(turf.world.list_id), "--as", "LEAD01")
    code, out, err = canvass(capsys, db_path, "check-in", "1", "--as", "LEAD01")
    assert code != 0 and out == ""
    assert "No CRM is connected" in err and "Hand the turf back" in err
    assert "Traceback" not in err
    assert list_checkouts(store)[0].status == "active"


@pytest.mark.parametrize(
    ("argv", "pin", "message"),
    [
        (["check-out", "--list", "99", "--as", "LEAD01"], "123456", "Call list 99 does not exist"),
        (["check-out", "--list", "{list}", "--as", "CANV01"], "123456", "Only a shift lead"),
        (["check-out", "--list", "{list}", "--as", "LEAD01"], "000000", "do not match"),
        (["hand-back", "7", "--as", "LEAD01"], "123456", "does not exist"),
        (["check-out", "--list", "{list}", "--hours", "0", "--as", "LEAD01"], "123456",
         "must be greater than zero"),
        (["check-out", "--list", "{list}"], "123456", "required: --as"),
    ],
)  # fmt: skip
def test_refusals_are_one_sentence_and_write_nothing(
    capsys, db_path, store, turf, monkeypatch, argv, pin, message
) -> None:
    monkeypatch.setenv("CALLCENTER_PIN", pin)
    argv = [a.replace("{list}", str(turf.world.list_id)) for a in argv]
    code, _, err = canvass(capsys, db_path, *argv)
    assert code != 0 and message in err and "Traceback" not in err
    assert list_checkouts(store, include_checked_in=True) == []
