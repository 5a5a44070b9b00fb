"""Single-record resources: create, get, conditional PATCH, delete, upsert, write rules."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from email.utils import format_datetime

from tests.sfemu import SalesforceEmulator
from tests.sfemu.schema import make_id, normalize_id, parse_datetime
from tests.sync.support import Api, error_code

STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$")


def _http_date(stamp: str) -> str:
    moment = parse_datetime(stamp)
    assert moment is not None
    return format_datetime(moment, usegmt=True)


def test_ids_have_key_prefixes_and_the_18_char_checksum(emu: SalesforceEmulator) -> None:
    contact = emu.insert("Contact", {"LastName": "Nguyen"})
    campaign = emu.insert("Campaign", {"Name": "GOTV"})
    member = emu.insert("CampaignMember", {"CampaignId": campaign, "ContactId": contact})
    task = emu.insert("Task", {"WhoId": contact, "Subject": "Call"})
    volunteer = emu.insert("PB_Volunteer__c", {"Name": "Ana"})
    prefixes = [i[:3] for i in (contact, campaign, member, task, volunteer)]
    assert prefixes == ["003", "701", "00v", "00T", "a0V"]
    assert all(len(i) == 18 for i in (contact, campaign, member, task, volunteer))
    assert normalize_id(contact.lower()) == contact  # the suffix restores the case
    assert normalize_id(contact[:15]) == contact
    # A well-known id from Salesforce's documentation keeps its documented suffix.
    assert normalize_id("001R0000005hDFY") == "001R0000005hDFYIA2"
    assert make_id("003", 1) < make_id("003", 2) < make_id("003", 62)


def test_create_get_update_delete(emu: SalesforceEmulator, api: Api) -> None:
    created = api.post(
        "sobjects/Contact", json={"FirstName": "Ana", "LastName": "Lopez", "DoNotCall": True}
    )
    assert created.status_code == 201
    body = created.json()
    assert body["success"] is True and body["errors"] == [] and body["id"].startswith("003")
    assert created.headers["Location"] == f"/services/data/v62.0/sobjects/Contact/{body['id']}"
    record = api.get(f"sobjects/Contact/{body['id']}").json()
    assert record["attributes"]["type"] == "Contact"
    assert record["Name"] == "Ana Lopez" and record["DoNotCall"] is True
    assert record["HasOptedOutOfEmail"] is False and record["IsDeleted"] is False
    assert (
        STAMP.match(record["SystemModstamp"])
        and record["CreatedDate"] == record["LastModifiedDate"]
    )
    some = api.get(f"sobjects/Contact/{body['id']}", params={"fields": "LastName,phone"}).json()
    assert some == {"attributes": record["attributes"], "LastName": "Lopez", "Phone": None}
    assert (
        api.patch(f"sobjects/Contact/{body['id']}", json={"Phone": "(215) 555-0101"}).status_code
        == 204
    )
    after = emu.get("Contact", body["id"])
    assert after is not None and after["Phone"] == "(215) 555-0101"
    assert after["SystemModstamp"] > record["SystemModstamp"]
    assert api.delete(f"sobjects/Contact/{body['id']}").status_code == 204
    gone = api.get(f"sobjects/Contact/{body['id']}")
    assert gone.status_code == 404 and error_code(gone) == "ENTITY_IS_DELETED"
    missing = api.get(f"sobjects/Contact/{make_id('003', 999_999)}")
    assert missing.status_code == 404 and error_code(missing) == "NOT_FOUND"
    assert api.get("sobjects/Widget__c/x").status_code == 404


def test_patch_if_unmodified_since(emu: SalesforceEmulator, api: Api) -> None:
    emu.clock.freeze()
    contact = emu.insert("Contact", {"LastName": "Kim"})
    seen = emu.get("Contact", contact)["LastModifiedDate"]  # type: ignore[index]
    header = {"If-Unmodified-Since": _http_date(seen)}
    emu.clock.advance(seconds=5)
    ok = api.patch(f"sobjects/Contact/{contact}", json={"Phone": "1"}, headers=header)
    assert ok.status_code == 204
    # Now the record is newer than what the client saw: the update is refused.
    emu.clock.advance(seconds=5)
    stale = api.patch(f"sobjects/Contact/{contact}", json={"Phone": "2"}, headers=header)
    assert stale.status_code == 412
    assert error_code(stale) == "PRECONDITION_FAILED"
    assert emu.get("Contact", contact)["Phone"] == "1"  # type: ignore[index]
    bad = api.patch(
        f"sobjects/Contact/{contact}", json={"Phone": "3"}, headers={"If-Unmodified-Since": "soon"}
    )
    assert bad.status_code == 400


def test_upsert_by_external_id(emu: SalesforceEmulator, api: Api) -> None:
    contact = emu.insert("Contact", {"LastName": "Tran"})
    path = "sobjects/Task/PB_OpId__c/op-0001"
    body = {
        "WhoId": contact,
        "Subject": "Call",
        "TaskSubtype": "Call",
        "CallDisposition": "Reached",
    }
    first = api.patch(path, json=body)
    assert first.status_code == 201
    assert first.json() == {
        "id": first.json()["id"],
        "success": True,
        "errors": [],
        "created": True,
    }
    body.pop("TaskSubtype")  # createable, not updateable
    again = api.patch(path, json={**body, "CallDisposition": "Left message"})
    assert again.status_code == 200
    assert again.json() == {
        "id": first.json()["id"],
        "success": True,
        "errors": [],
        "created": False,
    }
    assert len(emu.query_rows("Task")) == 1
    assert emu.get("Task", first.json()["id"])["CallDisposition"] == "Left message"  # type: ignore[index]
    fetched = api.get(path).json()
    assert fetched["PB_OpId__c"] == "op-0001" and fetched["TaskSubtype"] == "Call"
    assert api.patch("sobjects/Task/Subject/x", json={}).status_code == 404  # not an external id


def test_write_rules_and_their_error_codes(emu: SalesforceEmulator, api: Api) -> None:
    contact = emu.insert("Contact", {"LastName": "Hall"})
    emu.insert("Task", {"Subject": "x", "PB_OpId__c": "op-1"})
    emu.add_validation_rule(
        "Contact", lambda r: "Phone required for callers" if r.get("Phone") == "none" else None
    )
    deleted = emu.insert("Contact", {"LastName": "Gone"})
    emu.delete("Contact", deleted)
    cases = [
        ("sobjects/Contact", {"FirstName": "No last name"}, "REQUIRED_FIELD_MISSING"),
        ("sobjects/Contact", {"LastName": "x", "Nope__c": 1}, "INVALID_FIELD"),
        (
            "sobjects/Contact",
            {"LastName": "x", "SystemModstamp": "2026-01-01T00:00:00Z"},
            "INVALID_FIELD_FOR_INSERT_UPDATE",
        ),
        ("sobjects/Contact", {"LastName": "x", "DoNotCall": "yes"}, "JSON_PARSER_ERROR"),
        ("sobjects/Contact", {"LastName": "x", "Email": "not-an-email"}, "INVALID_EMAIL_ADDRESS"),
        (
            "sobjects/Contact",
            {"LastName": "x", "Phone": "none"},
            "FIELD_CUSTOM_VALIDATION_EXCEPTION",
        ),
        ("sobjects/Task", {"Subject": "y", "PB_OpId__c": "OP-1"}, "DUPLICATE_VALUE"),
        ("sobjects/Task", {"Subject": "y", "CallDisposition": "x" * 256}, "STRING_TOO_LONG"),
        ("sobjects/Task", {"Subject": "y", "WhoId": deleted}, "ENTITY_IS_DELETED"),
        (
            "sobjects/Task",
            {"Subject": "y", "WhoId": make_id("003", 888_888)},
            "INVALID_CROSS_REFERENCE_KEY",
        ),
        ("sobjects/Task", {"Subject": "y", "WhoId": "garbage"}, "MALFORMED_ID"),
        ("sobjects/CampaignMember", {"ContactId": contact}, "REQUIRED_FIELD_MISSING"),
    ]
    for path, body, code in cases:
        response = api.post(path, json=body)
        assert response.status_code == 400, (body, response.text)
        assert error_code(response) == code, (body, response.text)
        assert isinstance(response.json()[0]["fields"], list)
    not_json = api.post(
        "sobjects/Contact", data="{oops", headers={"Content-Type": "application/json"}
    )
    assert error_code(not_json) == "JSON_PARSER_ERROR"


def test_campaign_membership_is_unique_and_status_drives_has_responded(
    emu: SalesforceEmulator, api: Api
) -> None:
    contact = emu.insert("Contact", {"LastName": "Ray"})
    campaign = emu.insert("Campaign", {"Name": "GOTV"})
    emu.insert(
        "CampaignMemberStatus", {"CampaignId": campaign, "Label": "Contacted", "HasResponded": True}
    )
    member = emu.insert(
        "CampaignMember", {"CampaignId": campaign, "ContactId": contact, "Status": "Sent"}
    )
    dup = api.post("sobjects/CampaignMember", json={"CampaignId": campaign, "ContactId": contact})
    assert error_code(dup) == "DUPLICATE_VALUE"
    assert (
        api.patch(f"sobjects/CampaignMember/{member}", json={"Status": "Contacted"}).status_code
        == 204
    )
    assert emu.get("CampaignMember", member)["HasResponded"] is True  # type: ignore[index]
    moved = api.patch(f"sobjects/CampaignMember/{member}", json={"ContactId": contact})
    assert error_code(moved) == "INVALID_FIELD_FOR_INSERT_UPDATE"


def test_deleting_a_contact_cascades_to_members_and_tasks(emu: SalesforceEmulator) -> None:
    contact = emu.insert("Contact", {"LastName": "Ray"})
    campaign = emu.insert("Campaign", {"Name": "GOTV"})
    member = emu.insert("CampaignMember", {"CampaignId": campaign, "ContactId": contact})
    task = emu.insert("Task", {"WhoId": contact})
    emu.delete("Contact", contact)
    assert emu.get("CampaignMember", member)["IsDeleted"] is True  # type: ignore[index]
    assert emu.get("Task", task)["IsDeleted"] is True  # type: ignore[index]


def test_describe_lists_fields_and_external_ids(api: Api) -> None:
    task = api.get("sobjects/Task/describe").json()
    fields = {f["name"]: f for f in task["fields"]}
    assert fields["PB_OpId__c"]["externalId"] is True and fields["PB_OpId__c"]["unique"] is True
    assert fields["CallDisposition"]["length"] == 255
    assert task["keyPrefix"] == "00T"
    names = {s["name"] for s in api.get("sobjects").json()["sobjects"]}
    assert {"Contact", "Campaign", "CampaignMember", "CampaignMemberStatus", "Task"} <= names
    assert {"PB_Volunteer__c", "PB_SurveyResponse__c", "PB_OptOut__c"} <= names
    assert api.get("").json()["query"] == "/services/data/v62.0/query"


def test_custom_fields_can_be_added(emu: SalesforceEmulator, api: Api) -> None:
    emu.add_field("Contact", "PB_Ward__c", "string", length=20)
    contact = api.post("sobjects/Contact", json={"LastName": "x", "PB_Ward__c": "7"}).json()["id"]
    assert api.query("SELECT PB_Ward__c FROM Contact").json()["records"][0]["PB_Ward__c"] == "7"
    assert emu.get("Contact", contact)["PB_Ward__c"] == "7"  # type: ignore[index]


def test_if_unmodified_since_has_one_second_resolution(emu: SalesforceEmulator, api: Api) -> None:
    """Weak validation: two writers that read the same version win the same second.

    This is how the documented header behaves (HTTP dates have whole seconds), so a lease
    taken with If-Unmodified-Since alone can be won twice; the sync engine must re-read.
    """
    emu.clock.freeze(emu.clock.now().replace(microsecond=0))  # writes below share a second
    contact = emu.insert("Contact", {"LastName": "Lease"})
    seen = _http_date(emu.get("Contact", contact)["LastModifiedDate"])  # type: ignore[index]
    header = {"If-Unmodified-Since": seen}
    first = api.patch(f"sobjects/Contact/{contact}", json={"Phone": "station-1"}, headers=header)
    second = api.patch(f"sobjects/Contact/{contact}", json={"Phone": "station-2"}, headers=header)
    assert (first.status_code, second.status_code) == (204, 204)
    emu.clock.advance(seconds=1)
    third = api.patch(f"sobjects/Contact/{contact}", json={"Phone": "station-3"}, headers=header)
    assert third.status_code == 204  # still the same second as the header...
    emu.clock.advance(seconds=1)
    emu.touch("Contact", contact)
    late = api.patch(f"sobjects/Contact/{contact}", json={"Phone": "station-4"}, headers=header)
    assert late.status_code == 412  # ...but a change in a later second is caught


def test_parallel_clients_get_unique_ids_and_consistent_data(emu: SalesforceEmulator) -> None:
    def create(worker: int) -> list[str]:
        client = Api(emu)
        ids = []
        for i in range(20):
            response = client.post("sobjects/Contact", json={"LastName": f"W{worker}-{i}"})
            assert response.status_code == 201, response.text
            ids.append(response.json()["id"])
        client.session.close()
        return ids

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(create, range(8), timeout=30))
    ids = [i for batch in results for i in batch]
    assert len(set(ids)) == 160 and emu.count("Contact") == 160
