"""A stock client, simple-salesforce, against the emulator.

simple-salesforce builds every URL as https://{instance}/...; loopback_session sends those
to the emulator's plain-HTTP port (and adds a timeout), without changing the client.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from simple_salesforce import Salesforce
from simple_salesforce.exceptions import SalesforceExpiredSession, SalesforceMalformedRequest

from tests.sfemu import SalesforceEmulator, loopback_session


@pytest.fixture
def sf(emu: SalesforceEmulator) -> Iterator[Salesforce]:
    session = loopback_session(emu)
    yield Salesforce(
        instance_url=emu.instance_url,
        session_id=emu.create_access_token(),
        version="62.0",
        session=session,
    )
    session.close()


def test_query_all_follows_next_records_url(emu: SalesforceEmulator, sf: Salesforce) -> None:
    emu.page_size = 100
    ids = emu.bulk_insert("Contact", [{"LastName": f"P{i:03d}"} for i in range(250)])
    result = sf.query_all("SELECT Id, LastName FROM Contact ORDER BY Id")
    assert result["totalSize"] == 250
    assert [r["Id"] for r in result["records"]] == ids
    assert emu.count_requests(r"/query") == 3
    emu.delete("Contact", ids[0])
    assert sf.query_all("SELECT Id FROM Contact", include_deleted=True)["totalSize"] == 250
    assert sf.api_usage["api-usage"].used == emu.api_usage


def test_create_get_update_upsert_delete(emu: SalesforceEmulator, sf: Salesforce) -> None:
    created = sf.Contact.create({"FirstName": "Ana", "LastName": "Lopez"})
    assert created["success"] is True
    contact_id = created["id"]
    assert sf.Contact.get(contact_id)["Name"] == "Ana Lopez"
    assert sf.Contact.update(contact_id, {"Phone": "(215) 555-0199"}) == 204
    assert emu.get("Contact", contact_id)["Phone"] == "(215) 555-0199"  # type: ignore[index]
    assert sf.Task.upsert("PB_OpId__c/op-1", {"WhoId": contact_id, "Subject": "Call"}) == 201
    assert sf.Task.upsert("PB_OpId__c/op-1", {"Subject": "Call back"}) == 200
    assert sf.Task.get_by_custom_id("PB_OpId__c", "op-1")["Subject"] == "Call back"
    assert sf.Contact.delete(contact_id) == 204
    assert emu.get("Contact", contact_id)["IsDeleted"] is True  # type: ignore[index]


def test_collections_through_restful(emu: SalesforceEmulator, sf: Salesforce) -> None:
    records = [{"attributes": {"type": "Contact"}, "LastName": name} for name in ("A", "B")]
    results = sf.restful(
        "composite/sobjects", method="POST", json={"allOrNone": True, "records": records}
    )
    assert [r["success"] for r in results] == [True, True]
    assert emu.count("Contact") == 2


def test_replication_feeds(emu: SalesforceEmulator, sf: Salesforce) -> None:
    start = emu.clock.now()
    emu.clock.advance(minutes=1)
    kept, gone = emu.bulk_insert("Contact", [{"LastName": "Kept"}, {"LastName": "Gone"}])
    sf.Contact.delete(gone)
    emu.clock.advance(minutes=2)
    end = emu.clock.now()
    updated = sf.Contact.updated(start, end)
    assert updated["ids"] == [kept]
    deleted = sf.Contact.deleted(start - timedelta(days=1), end)
    assert [r["id"] for r in deleted["deletedRecords"]] == [gone]


def test_errors_map_to_the_clients_exceptions(emu: SalesforceEmulator, sf: Salesforce) -> None:
    with pytest.raises(SalesforceMalformedRequest):
        sf.query("SELECT Id FRM Contact")
    emu.expire_access_tokens()
    with pytest.raises(SalesforceExpiredSession):
        sf.query("SELECT Id FROM Contact")
