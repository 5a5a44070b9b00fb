"""``callcenter crm review``: list, decide conflicts, retry or dismiss refused rows.

Deciding needs the code of an active shift lead or admin; every refusal is a
sentence with its own exit code, never a traceback.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from callcenter.models import AuditEvent, Contact, Outbox
from callcenter.services import outbox
from callcenter.services.conflicts import RULE_CONTACT, RULE_DNC, record_conflict
from tests.cli.test_cli import run
from tests.factories import make_volunteer, make_world


@pytest.fixture
def world(store):
    world = make_world(store, contacts=1)
    contact_id = world.contact_ids[0]
    with store.write() as s:
        contact = s.get(Contact, contact_id)
        assert contact is not None
        # The CRM's value won here, as a pull that records a conflict leaves it.
        contact.crm_id, contact.email = "003X00000000001AAA", "b@x.org"
        conn = s.connection()
        record_conflict(
            conn,
            "contact",
            contact_id,
            "003X00000000001AAA",
            "email",
            "a@x.org",
            "b@x.org",
            RULE_CONTACT,
        )
        record_conflict(
            conn, "contact", contact_id, "003X00000000001AAA", "do_not_call", True, False, RULE_DNC
        )
        for n in range(2):
            s.add(Outbox(op_id=f"01JOP{n:021d}", kind="phone_bad", payload={"crm_id": None}))
    items = outbox.pending_items(store)
    outbox.mark_for_review(store, [(i.id, f"Refused {i.id} (X)") for i in items])
    make_volunteer(store, "LEAD22", "246810", role="shift_lead")
    make_volunteer(store, "CALL22", "135790")
    return [i.id for i in items]


def test_lists_what_waits_and_which_decisions_each_allows(capsys, db_path, world) -> None:
    code, out, _ = run(capsys, "crm", "review", "--db", str(db_path))
    assert code == 0
    lines = out.splitlines()
    assert [line.split()[:2] for line in lines] == [
        ["outbox", str(world[0])],
        ["outbox", str(world[1])],
        ["conflict", "1"],
        ["conflict", "2"],
    ]
    assert lines[2].endswith("decide: keep-crm|send-mine")
    assert lines[3].endswith("decide: keep-crm")  # do-not-call decides by its rule


def test_a_lead_decides_and_the_rest_is_refused_clearly(
    capsys, db_path, store, world, monkeypatch
) -> None:
    db = ["--db", str(db_path)]
    code, _, err = run(capsys, "crm", "review", "--decide", "1", "send-mine", *db)
    assert (code, err.strip()) == (
        2,
        "callcenter: Deciding needs your code: add --as CODE (an active shift lead or admin).",
    )
    code, _, err = run(capsys, "crm", "review", "--decide", "1", "maybe", "--as", "LEAD22", *db)
    assert code == 2 and "'maybe' is not a decision; use keep-crm or send-mine" in err
    code, _, err = run(capsys, "crm", "review", "--decide", "x1", "keep-crm", "--as", "LEAD22", *db)
    assert code == 2 and "'x1' is not a conflict id" in err
    monkeypatch.setenv("CALLCENTER_PIN", "135790")
    code, _, err = run(capsys, "crm", "review", "--decide", "1", "send-mine", "--as", "CALL22", *db)
    assert code == 4 and "Only an active shift lead or admin can decide" in err
    monkeypatch.setenv("CALLCENTER_PIN", "246810")
    code, _, err = run(capsys, "crm", "review", "--decide", "2", "send-mine", "--as", "LEAD22", *db)
    assert code == 4 and "Only a contact detail can be re-sent" in err
    code, out, _ = run(capsys, "crm", "review", "--decide", "1", "send-mine", "--as", "LEAD22", *db)
    assert (code, out.strip()) == (
        0,
        "Conflict 1: the value kept here will be sent at the next sync.",
    )
    code, _, err = run(capsys, "crm", "review", "--decide", "1", "keep-crm", "--as", "LEAD22", *db)
    assert code == 2 and "Conflict 1 is not open." in err
    code, out, _ = run(capsys, "crm", "review", "--decide", "2", "keep-crm", "--as", "LEAD22", *db)
    assert (code, out.strip()) == (0, "Conflict 2: the CRM's value stays.")
    with store.read() as s:
        resend = s.scalars(select(Outbox).where(Outbox.kind == "contact_resend")).one()
        actions = s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
    assert resend.status == "pending" and resend.payload["changes"] == {"email": "a@x.org"}
    assert actions[-2:] == ["conflict_kept_local", "conflict_kept_crm"]


def test_retry_and_dismiss_with_the_dismissed_filter(
    capsys, db_path, store, world, monkeypatch
) -> None:
    db = ["--db", str(db_path)]
    first, second = world
    monkeypatch.setenv("CALLCENTER_PIN", "246810")
    code, out, _ = run(capsys, "crm", "review", "--dismissed", *db)
    assert (code, out.strip()) == (0, "No dismissed rows.")
    code, out, _ = run(capsys, "crm", "review", "--dismiss", str(second), "--as", "LEAD22", *db)
    assert code == 0 and out.startswith("1 rows dismissed")
    code, out, _ = run(capsys, "crm", "review", "--dismissed", *db)
    assert code == 0 and f"outbox {second:>6}" in out and f"Refused {second} (X)" in out
    code, _, err = run(capsys, "crm", "review", "--retry", str(second), "--as", "LEAD22", *db)
    assert code == 2 and f"Outbox rows {second} are not waiting for review." in err
    code, out, _ = run(capsys, "crm", "review", "--retry", str(first), "--as", "LEAD22", *db)
    assert (code, out.strip()) == (0, "1 rows will be sent again at the next sync.")
    assert outbox.outbox_counts(store) == outbox.OutboxCounts(pending=1, dismissed=1)
