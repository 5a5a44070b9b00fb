"""sObject Collections (create, update, upsert, delete, retrieve) and /composite."""

from __future__ import annotations

from email.utils import format_datetime
from typing import Any

from tests.sfemu import SalesforceEmulator
from tests.sfemu.schema import parse_datetime
from tests.sync.support import Api, error_code

ROLLED_BACK = "ALL_OR_NONE_OPERATION_ROLLED_BACK"


def _contact(last: str, **fields: Any) -> dict[str, Any]:
    return {"attributes": {"type": "Contact"}, "LastName": last, **fields}


def _task(op_id: str, **fields: Any) -> dict[str, Any]:
    return {"attributes": {"type": "Task"}, "PB_OpId__c": op_id, "Subject": "Call", **fields}


def test_create_returns_results_in_request_order(emu: SalesforceEmulator, api: Api) -> None:
    records = [_contact("A"), {"attributes": {"type": "Campaign"}, "Name": "GOTV"}, _contact("C")]
    response = api.post("composite/sobjects", json={"allOrNone": False, "records": records})
    assert response.status_code == 200
    results = response.json()
    assert [r["id"][:3] for r in results] == ["003", "701", "003"]
    assert all(r["success"] is True and r["errors"] == [] for r in results)
    assert [emu.get("Contact", results[i]["id"])["LastName"] for i in (0, 2)] == ["A", "C"]  # type: ignore[index]


def test_more_than_200_records_is_refused(emu: SalesforceEmulator, api: Api) -> None:
    response = api.post(
        "composite/sobjects", json={"records": [_contact(str(i)) for i in range(201)]}
    )
    assert response.status_code == 400
    assert error_code(response) == "EXCEEDED_ID_LIMIT"
    assert emu.count("Contact") == 0
    ok = api.post("composite/sobjects", json={"records": [_contact(str(i)) for i in range(200)]})
    assert ok.status_code == 200 and emu.count("Contact") == 200


def test_partial_success_without_all_or_none(emu: SalesforceEmulator, api: Api) -> None:
    records = [
        _contact("A"),
        {"attributes": {"type": "Contact"}, "FirstName": "no last name"},
        _contact("C"),
    ]
    results = api.post("composite/sobjects", json={"allOrNone": False, "records": records}).json()
    assert [r["success"] for r in results] == [True, False, True]
    assert results[1] == {
        "success": False,
        "errors": [
            {
                "statusCode": "REQUIRED_FIELD_MISSING",
                "message": "Required fields are missing: [LastName]",
                "fields": ["LastName"],
            }
        ],
    }
    assert emu.count("Contact") == 2


def test_all_or_none_rolls_everything_back(emu: SalesforceEmulator, api: Api) -> None:
    records = [_contact("A"), _contact("B", Email="bad"), _contact("C")]
    results = api.post("composite/sobjects", json={"allOrNone": True, "records": records}).json()
    assert [r["success"] for r in results] == [False, False, False]
    assert results[1]["errors"][0]["statusCode"] == "INVALID_EMAIL_ADDRESS"
    assert [results[i]["errors"][0]["statusCode"] for i in (0, 2)] == [ROLLED_BACK, ROLLED_BACK]
    assert "id" not in results[0]  # the record was never kept
    assert emu.count("Contact") == 0


def test_update_collection(emu: SalesforceEmulator, api: Api) -> None:
    a, b, gone = emu.bulk_insert(
        "Contact", [{"LastName": "A"}, {"LastName": "B"}, {"LastName": "G"}]
    )
    emu.delete("Contact", gone)
    records = [
        {"attributes": {"type": "Contact"}, "Id": a, "Phone": "1"},
        {"attributes": {"type": "Contact"}, "Id": gone, "Phone": "2"},
        {"attributes": {"type": "Contact"}, "Id": b, "Phone": "3"},
    ]
    results = api.patch("composite/sobjects", json={"records": records}).json()
    assert results[0] == {"id": a, "success": True, "errors": []}
    assert results[1]["id"] == gone and results[1]["errors"][0]["statusCode"] == "ENTITY_IS_DELETED"
    assert [emu.get("Contact", i)["Phone"] for i in (a, b)] == ["1", "3"]  # type: ignore[index]
    rolled = api.patch("composite/sobjects", json={"allOrNone": True, "records": records}).json()
    assert rolled[0] == {"id": a, "success": False, "errors": rolled[0]["errors"]}
    assert rolled[0]["errors"][0]["statusCode"] == ROLLED_BACK


def test_upsert_by_external_id_is_idempotent(emu: SalesforceEmulator, api: Api) -> None:
    contact = emu.insert("Contact", {"LastName": "Tran"})
    batch = [_task(f"op-{i}", WhoId=contact, CallDisposition="Reached") for i in range(3)]
    first = api.patch(
        "composite/sobjects/Task/PB_OpId__c", json={"allOrNone": False, "records": batch}
    )
    assert first.status_code == 200
    assert [(r["success"], r["created"]) for r in first.json()] == [(True, True)] * 3
    # A retry after a lost response creates nothing new.
    again = api.patch(
        "composite/sobjects/Task/PB_OpId__c", json={"allOrNone": False, "records": batch}
    ).json()
    assert [(r["success"], r["created"]) for r in again] == [(True, False)] * 3
    assert [r["id"] for r in again] == [r["id"] for r in first.json()]
    assert emu.count("Task") == 3


def test_upsert_refuses_an_external_id_repeated_in_one_call(
    emu: SalesforceEmulator, api: Api
) -> None:
    batch = [
        _task("op-1"),
        _task("OP-1"),
        _task("op-2"),
        {"attributes": {"type": "Task"}, "Subject": "x"},
    ]
    results = api.patch("composite/sobjects/Task/PB_OpId__c", json={"records": batch}).json()
    assert [r["success"] for r in results] == [False, False, True, False]
    assert results[0]["errors"][0]["statusCode"] == "DUPLICATE_EXTERNAL_ID"
    assert results[3]["errors"][0]["statusCode"] == "MISSING_ARGUMENT"
    assert all("created" in r for r in results)
    assert emu.count("Task") == 1
    wrong = api.patch("composite/sobjects/Task/Subject", json={"records": batch})
    assert wrong.status_code == 400 and error_code(wrong) == "INVALID_FIELD"


def test_create_with_a_duplicate_external_id(emu: SalesforceEmulator, api: Api) -> None:
    emu.insert("Task", {"Subject": "x", "PB_OpId__c": "op-7"})
    results = api.post(
        "composite/sobjects", json={"records": [_task("op-8"), _task("op-7"), _task("op-8")]}
    ).json()
    assert [r["success"] for r in results] == [True, False, False]
    assert {r["errors"][0]["statusCode"] for r in results[1:]} == {"DUPLICATE_VALUE"}


def test_delete_and_retrieve_collections(emu: SalesforceEmulator, api: Api) -> None:
    a, b = emu.bulk_insert("Contact", [{"LastName": "A"}, {"LastName": "B"}])
    fetched = api.get(
        "composite/sobjects/Contact", params={"ids": f"{a},{b}", "fields": "LastName"}
    ).json()
    assert [r["LastName"] for r in fetched] == ["A", "B"]
    results = api.delete(
        "composite/sobjects", params={"ids": f"{a},{b}", "allOrNone": "false"}
    ).json()
    assert results == [
        {"id": a, "success": True, "errors": []},
        {"id": b, "success": True, "errors": []},
    ]
    assert emu.count("Contact") == 0
    assert api.get(
        "composite/sobjects/Contact", params={"ids": a, "fields": "LastName"}
    ).json() == [None]


def test_composite_with_references(emu: SalesforceEmulator, api: Api) -> None:
    campaign = emu.insert("Campaign", {"Name": "GOTV"})
    body = {
        "allOrNone": False,
        "compositeRequest": [
            {
                "method": "POST",
                "url": "/services/data/v62.0/sobjects/Contact",
                "referenceId": "newContact",
                "body": {"LastName": "Lee"},
            },
            {
                "method": "POST",
                "url": "/services/data/v62.0/sobjects/CampaignMember",
                "referenceId": "member",
                "body": {"CampaignId": campaign, "ContactId": "@{newContact.id}", "Status": "Sent"},
            },
            {
                "method": "GET",
                "url": "/services/data/v62.0/query?q=SELECT+Id,ContactId+FROM+CampaignMember",
                "referenceId": "members",
            },
            {
                "method": "PATCH",
                "url": "/services/data/v62.0/sobjects/CampaignMember/@{members.records[0].Id}",
                "referenceId": "mark",
                "body": {"Status": "Responded"},
            },
        ],
    }
    response = api.post("composite", json=body)
    assert response.status_code == 200
    results = response.json()["compositeResponse"]
    assert [r["referenceId"] for r in results] == ["newContact", "member", "members", "mark"]
    assert [r["httpStatusCode"] for r in results] == [201, 201, 200, 204]
    contact_id = results[0]["body"]["id"]
    assert results[0]["httpHeaders"]["Location"].endswith(contact_id)
    assert results[2]["body"]["records"][0]["ContactId"] == contact_id
    assert results[3]["body"] is None
    member = emu.get("CampaignMember", results[1]["body"]["id"])
    assert member is not None and member["Status"] == "Responded"


def test_composite_subrequest_headers_are_honoured(emu: SalesforceEmulator, api: Api) -> None:
    emu.clock.freeze()
    contact = emu.insert("Contact", {"LastName": "Kim"})
    seen = parse_datetime(emu.get("Contact", contact)["LastModifiedDate"])  # type: ignore[index]
    assert seen is not None
    emu.clock.advance(seconds=3)
    emu.touch("Contact", contact, {"Phone": "crm edit"})
    body = {
        "compositeRequest": [
            {
                "method": "PATCH",
                "url": f"/services/data/v62.0/sobjects/Contact/{contact}",
                "referenceId": "lease",
                "body": {"Phone": "app edit"},
                "httpHeaders": {"If-Unmodified-Since": format_datetime(seen, usegmt=True)},
            }
        ]
    }
    result = api.post("composite", json=body).json()["compositeResponse"][0]
    assert result["httpStatusCode"] == 412
    assert result["body"][0]["errorCode"] == "PRECONDITION_FAILED"
    assert emu.get("Contact", contact)["Phone"] == "crm edit"  # type: ignore[index]


def test_composite_all_or_none_rolls_back_and_halts(emu: SalesforceEmulator, api: Api) -> None:
    body = {
        "allOrNone": True,
        "compositeRequest": [
            {
                "method": "POST",
                "url": "/services/data/v62.0/sobjects/Contact",
                "referenceId": "a",
                "body": {"LastName": "A"},
            },
            {
                "method": "POST",
                "url": "/services/data/v62.0/sobjects/Contact",
                "referenceId": "b",
                "body": {"Nope": 1},
            },
            {
                "method": "POST",
                "url": "/services/data/v62.0/sobjects/Contact",
                "referenceId": "c",
                "body": {"LastName": "C"},
            },
        ],
    }
    results = api.post("composite", json=body).json()["compositeResponse"]
    assert [r["httpStatusCode"] for r in results] == [400, 400, 400]
    assert [r["body"][0]["errorCode"] for r in results] == [
        "PROCESSING_HALTED",
        "INVALID_FIELD",
        "PROCESSING_HALTED",
    ]
    assert emu.count("Contact") == 0


def test_composite_reference_to_a_failed_subrequest(emu: SalesforceEmulator, api: Api) -> None:
    body = {
        "compositeRequest": [
            {
                "method": "POST",
                "url": "/services/data/v62.0/sobjects/Contact",
                "referenceId": "bad",
                "body": {},
            },
            {
                "method": "POST",
                "url": "/services/data/v62.0/sobjects/Task",
                "referenceId": "task",
                "body": {"WhoId": "@{bad.id}", "Subject": "x"},
            },
            {
                "method": "POST",
                "url": "/services/data/v62.0/sobjects/Contact",
                "referenceId": "ok",
                "body": {"LastName": "Ok"},
            },
        ]
    }
    results = api.post("composite", json=body).json()["compositeResponse"]
    assert [r["httpStatusCode"] for r in results] == [400, 400, 201]
    assert results[1]["body"][0]["errorCode"] == "PROCESSING_HALTED"
    assert emu.count("Contact") == 1


def test_composite_limits_and_collections_inside(emu: SalesforceEmulator, api: Api) -> None:
    sub = {"method": "GET", "url": "/services/data/v62.0/limits", "referenceId": "r"}
    too_many = api.post(
        "composite", json={"compositeRequest": [{**sub, "referenceId": f"r{i}"} for i in range(26)]}
    )
    assert too_many.status_code == 400
    body = {
        "compositeRequest": [
            {
                "method": "PATCH",
                "url": "/services/data/v62.0/composite/sobjects/Task/PB_OpId__c",
                "referenceId": "calls",
                "body": {"records": [_task("op-1"), _task("op-2")]},
            }
        ]
    }
    result = api.post("composite", json=body).json()["compositeResponse"][0]
    assert result["httpStatusCode"] == 200 and [r["created"] for r in result["body"]] == [
        True,
        True,
    ]
    # One composite call is one API request against the daily limit.
    assert emu.api_usage == 2
