"""Every fault kind, observed with plain requests, and the request counters."""

from __future__ import annotations

import json

import pytest
import requests

from tests.sfemu import FAULT_KINDS, SalesforceEmulator
from tests.sync.support import Api, error_code


def test_latency(emu: SalesforceEmulator, api: Api) -> None:
    # Counted, not timed: how long a delay takes is a benchmark's business.
    fault = emu.faults.add(kind="latency", path_regex=r"/limits$", delay_ms=200)
    assert api.get("limits").status_code == 200
    assert fault.hits == 1
    assert api.get("limits").status_code == 200
    assert fault.hits == 1  # times=1 by default: the second request is not delayed


@pytest.mark.parametrize(
    ("status", "code"), [(503, "SERVER_UNAVAILABLE"), (500, "UNKNOWN_EXCEPTION")]
)
def test_server_errors(emu: SalesforceEmulator, api: Api, status: int, code: str) -> None:
    emu.faults.add(kind="5xx", status=status, path_regex="/query")
    failed = api.query("SELECT Id FROM Contact")
    assert failed.status_code == status and error_code(failed) == code
    assert api.query("SELECT Id FROM Contact").status_code == 200


def test_expired_session_and_request_limit(emu: SalesforceEmulator, api: Api) -> None:
    emu.faults.add(kind="expired_session")
    emu.faults.add(kind="limit_exceeded")
    expired = api.get("limits")
    assert expired.status_code == 401 and error_code(expired) == "INVALID_SESSION_ID"
    limited = api.get("limits")
    assert limited.status_code == 403 and error_code(limited) == "REQUEST_LIMIT_EXCEEDED"
    assert limited.json()[0]["message"] == "TotalRequests Limit exceeded."
    assert api.get("limits").status_code == 200


def test_row_lock_on_a_single_update(emu: SalesforceEmulator, api: Api) -> None:
    contact = emu.insert("Contact", {"LastName": "Lock"})
    emu.faults.add(kind="row_lock", method="PATCH", path_regex="/sobjects/Contact/")
    locked = api.patch(f"sobjects/Contact/{contact}", json={"Phone": "1"})
    assert locked.status_code == 400 and error_code(locked) == "UNABLE_TO_LOCK_ROW"
    assert emu.get("Contact", contact)["Phone"] is None  # type: ignore[index]
    assert api.patch(f"sobjects/Contact/{contact}", json={"Phone": "1"}).status_code == 204


def test_row_lock_fails_single_records_in_collections(emu: SalesforceEmulator, api: Api) -> None:
    emu.faults.add(kind="row_lock", path_regex="/composite/sobjects", records=[1])
    records = [{"attributes": {"type": "Contact"}, "LastName": n} for n in "ABC"]
    results = api.post("composite/sobjects", json={"records": records}).json()
    assert [r["success"] for r in results] == [True, False, True]
    assert results[1]["errors"][0]["statusCode"] == "UNABLE_TO_LOCK_ROW"
    assert emu.count("Contact") == 2


def test_row_lock_in_a_composite_subrequest(emu: SalesforceEmulator, api: Api) -> None:
    emu.faults.add(kind="row_lock", path_regex=r"/sobjects/Task$")
    body = {
        "compositeRequest": [
            {
                "method": "POST",
                "url": "/services/data/v62.0/sobjects/Contact",
                "referenceId": "c",
                "body": {"LastName": "A"},
            },
            {
                "method": "POST",
                "url": "/services/data/v62.0/sobjects/Task",
                "referenceId": "t",
                "body": {"WhoId": "@{c.id}"},
            },
        ]
    }
    results = api.post("composite", json=body).json()["compositeResponse"]
    assert [r["httpStatusCode"] for r in results] == [201, 400]
    assert results[1]["body"][0]["errorCode"] == "UNABLE_TO_LOCK_ROW"


def test_dropped_connection_after_the_commit(emu: SalesforceEmulator, api: Api) -> None:
    emu.faults.add(kind="drop_after_commit", method="PATCH", path_regex="/PB_OpId__c/")
    with pytest.raises(requests.ConnectionError):
        api.patch("sobjects/Task/PB_OpId__c/op-42", json={"Subject": "Call"})
    # The write happened even though the client never heard back; a retry must not duplicate it.
    assert [r["PB_OpId__c"] for r in emu.query_rows("Task")] == ["op-42"]
    retry = api.patch("sobjects/Task/PB_OpId__c/op-42", json={"Subject": "Call"})
    assert retry.status_code == 200 and retry.json()["created"] is False
    assert emu.request_log[-2].status is None and emu.request_log[-2].fault == "drop_after_commit"


def test_truncated_json(emu: SalesforceEmulator, api: Api) -> None:
    emu.bulk_insert("Contact", [{"LastName": f"P{i}"} for i in range(50)])
    whole = api.query("SELECT Id, LastName FROM Contact")
    emu.faults.add(kind="truncated_json", path_regex="/query")
    cut = api.query("SELECT Id, LastName FROM Contact")
    assert cut.status_code == 200
    assert len(cut.content) == len(whole.content) // 2
    with pytest.raises(json.JSONDecodeError):
        json.loads(cut.content)


def test_captive_portal(emu: SalesforceEmulator, api: Api) -> None:
    emu.faults.add(kind="captive_portal", times=2)
    for path in ("limits", "/services/oauth2/token"):
        page = (
            api.get(path)
            if path == "limits"
            else api.post(path, data={"grant_type": "refresh_token"})
        )
        assert page.status_code == 200
        assert page.headers["Content-Type"].startswith("text/html")
        assert "<form" in page.text and "Sforce-Limit-Info" not in page.headers
    assert api.get("limits").headers["Content-Type"].startswith("application/json")


def test_fault_matching_times_and_clear(emu: SalesforceEmulator, api: Api) -> None:
    assert len(FAULT_KINDS) == 8
    with pytest.raises(ValueError, match="unknown fault kind"):
        emu.faults.add(kind="meteor")
    always = emu.faults.add(kind="5xx", method="POST", times=None)
    assert api.get("limits").status_code == 200  # GET does not match
    for _ in range(3):
        assert api.post("sobjects/Contact", json={"LastName": "x"}).status_code == 503
    assert always.hits == 3 and emu.count("Contact") == 0
    emu.faults.clear()
    assert api.post("sobjects/Contact", json={"LastName": "x"}).status_code == 201


def test_request_counts(emu: SalesforceEmulator, api: Api) -> None:
    emu.bulk_insert("Contact", [{"LastName": f"P{i}"} for i in range(5)])
    emu.page_size = 2
    api.query_all_pages("SELECT Id FROM Contact")
    api.get("limits")
    assert emu.request_count == 4
    assert emu.count_requests(r"/query") == 3
    assert emu.count_requests(r"/query/01g") == 2
    assert emu.count_requests(method="GET") == 4 and emu.count_requests(method="POST") == 0
    emu.reset_request_log()
    assert emu.request_count == 0
