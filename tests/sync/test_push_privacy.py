"""Do-not-call for one number and erasure requests reaching Salesforce (the emulator)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from callcenter.db import Store
from callcenter.models import Contact, Outbox
from callcenter.services.contact_import import ImportOptions, import_contacts
from callcenter.services.privacy import erase_contact
from tests.factories import make_volunteer
from tests.sfemu import DemoData, SalesforceEmulator, seed_demo
from tests.sync.world import GOTV, campaign_id, engine_for


@pytest.fixture
def demo(emu: SalesforceEmulator) -> DemoData:
    return seed_demo(emu, contacts=60, seed=11)


def _pulled_contact(store: Store, emu: SalesforceEmulator, demo: DemoData) -> tuple[int, str]:
    """A contact both sides have, with a phone and not on do-not-call: (local id, CRM id)."""
    engine_for(store, emu).run_once()
    for crm_id in demo.contact_ids:
        raw = emu.get("Contact", crm_id)
        if raw and raw["Phone"] and not raw["DoNotCall"] and not raw["HasOptedOutOfEmail"]:
            with store.read() as s:
                local = s.scalars(select(Contact.id).where(Contact.crm_id == crm_id)).one()
            return local, crm_id
    raise AssertionError("no callable contact")


def _outbox(store: Store) -> list[tuple[str, str, str]]:
    with store.read() as s:
        return [tuple(r) for r in s.execute(select(Outbox.kind, Outbox.status, Outbox.last_error))]


def _opt_outs(emu: SalesforceEmulator, crm_id: str) -> list[dict]:  # type: ignore[type-arg]
    return emu.query_rows("PB_OptOut__c", f"PB_Contact__c = '{crm_id}'")


def test_a_do_not_call_number_from_a_file_stops_calls_to_the_contact_in_salesforce(
    store: Store, emu: SalesforceEmulator, demo: DemoData, tmp_path: Path
) -> None:
    _, crm_id = _pulled_contact(store, emu, demo)
    raw = emu.get("Contact", crm_id)
    assert raw is not None
    path = tmp_path / "dnc.csv"
    path.write_text(
        "id,first,last,phone,do not call numbers\n"
        f"{crm_id},{raw['FirstName']},{raw['LastName']},(215) 555-0190,{raw['Phone']}\n",
        encoding="utf-8",
    )
    gotv = campaign_id(store, demo.campaigns[GOTV])
    import_contacts(store, path, ImportOptions(gotv))
    assert [k for k, *_ in _outbox(store)] == ["phone_do_not_call"]
    report = engine_for(store, emu).run_once()
    assert report.push.sent == 1 and report.push.review == 0
    assert _outbox(store)[0][:2] == ("phone_do_not_call", "sent")
    after = emu.get("Contact", crm_id)
    assert after is not None and after["DoNotCall"] is True
    (opt_out,) = _opt_outs(emu, crm_id)
    assert opt_out["PB_Channel__c"] == "Phone" and opt_out["PB_Reason__c"].startswith(
        "Asked not to be called on +1"
    )
    # Sent again (an answer lost on the way): still one opt-out record.
    with store.write() as s:
        s.connection().exec_driver_sql("UPDATE outbox SET status = 'pending'")
    engine_for(store, emu).run_once()
    assert len(_opt_outs(emu, crm_id)) == 1


def test_an_erasure_deletes_the_contact_in_salesforce_even_when_the_answer_is_lost(
    store: Store, emu: SalesforceEmulator, demo: DemoData
) -> None:
    local, crm_id = _pulled_contact(store, emu, demo)
    admin = make_volunteer(store, "ADMN22", role="admin", first_name="Ada")
    erase_contact(store, local, admin)
    emu.faults.add("drop_after_commit", path_regex="/composite$", method="POST", times=1)
    report = engine_for(store, emu).run_once()
    assert emu.get("Contact", crm_id)["IsDeleted"] is True  # type: ignore[index]
    assert report.push.review == 0
    assert [(k, s) for k, s, _ in _outbox(store)] == [("contact_erasure", "sent")]
    assert emu.count("Contact") == len(demo.contact_ids) - 1
    # The deletion pulled back leaves the nameless row as it was.
    with store.read() as s:
        row = s.get(Contact, local)
        assert row is not None and row.erased_at is not None and not row.last_name


def test_an_opt_out_request_keeps_the_record_and_stops_all_contact(
    store: Store, emu: SalesforceEmulator, demo: DemoData
) -> None:
    local, crm_id = _pulled_contact(store, emu, demo)
    admin = make_volunteer(store, "ADMN22", role="admin", first_name="Ada")
    erase_contact(store, local, admin, request="opt_out")
    report = engine_for(store, emu).run_once()
    assert report.push.sent == 1
    after = emu.get("Contact", crm_id)
    assert after is not None and not after["IsDeleted"]
    assert after["DoNotCall"] is True and after["HasOptedOutOfEmail"] is True
    (opt_out,) = _opt_outs(emu, crm_id)
    assert opt_out["Name"] == "Never contact again"
