"""/query and /queryAll: batches, nextRecordsUrl, filters, ordering and query errors."""

from __future__ import annotations

import re

from tests.sfemu import SalesforceEmulator
from tests.sfemu.soql import quote
from tests.sync.support import Api, error_code

NEXT_URL = re.compile(r"^/services/data/v62\.0/query/01g[0-9A-Za-z]{15}-(\d+)$")


def _contacts(emu: SalesforceEmulator, count: int, **extra: object) -> list[str]:
    return emu.bulk_insert(
        "Contact", [{"LastName": f"Person {i:05d}", **extra} for i in range(count)]
    )


def test_4500_rows_come_in_batches_of_2000_via_next_records_url(
    emu: SalesforceEmulator, api: Api
) -> None:
    ids = _contacts(emu, 4500)
    pages = api.query_all_pages("SELECT Id, LastName FROM Contact ORDER BY Id")
    assert [len(p["records"]) for p in pages] == [2000, 2000, 500]
    assert all(p["totalSize"] == 4500 for p in pages)
    assert [p["done"] for p in pages] == [False, False, True]
    offsets = [int(NEXT_URL.match(p["nextRecordsUrl"]).group(1)) for p in pages[:-1]]  # type: ignore[union-attr]
    assert offsets == [2000, 4000]
    assert "nextRecordsUrl" not in pages[-1]
    got = [r["Id"] for p in pages for r in p["records"]]
    assert got == ids  # every row once, in order
    first = pages[0]["records"][0]
    assert first["attributes"] == {
        "type": "Contact",
        "url": f"/services/data/v62.0/sobjects/Contact/{ids[0]}",
    }
    assert list(first) == ["attributes", "Id", "LastName"]


def test_batch_size_is_configurable_per_emulator_and_per_request() -> None:
    with SalesforceEmulator(page_size=100) as emu:
        _contacts(emu, 250)
        api = Api(emu)
        assert [len(p["records"]) for p in api.query_all_pages("SELECT Id FROM Contact")] == [
            100,
            100,
            50,
        ]
    with SalesforceEmulator() as emu:
        _contacts(emu, 450)
        api = Api(emu)
        page = api.get(
            "query",
            params={"q": "SELECT Id FROM Contact"},
            headers={"Sforce-Query-Options": "batchSize=200"},
        ).json()
        assert len(page["records"]) == 200 and not page["done"]


def test_system_modstamp_cursor_returns_only_later_changes_in_order(
    emu: SalesforceEmulator, api: Api
) -> None:
    ids = _contacts(emu, 20)
    soql = "SELECT Id, SystemModstamp FROM Contact ORDER BY SystemModstamp, Id"
    first = api.query(soql).json()["records"]
    cursor = first[-1]["SystemModstamp"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000", cursor)
    for record_id in (ids[7], ids[2], ids[15]):
        emu.touch("Contact", record_id, {"Phone": "(215) 555-0100"})
    later = api.query(
        f"SELECT Id, SystemModstamp FROM Contact WHERE SystemModstamp > {cursor} "
        "ORDER BY SystemModstamp, Id"
    ).json()["records"]
    assert [r["Id"] for r in later] == [ids[7], ids[2], ids[15]]
    stamps = [r["SystemModstamp"] for r in later]
    assert stamps == sorted(stamps) and stamps[0] > cursor
    # The same instant written the ISO way selects the same rows.
    iso = cursor.replace("+0000", "Z")
    again = api.query(f"SELECT Id FROM Contact WHERE SystemModstamp > {iso}").json()
    assert again["totalSize"] == 3


def test_filters_follow_soql_semantics(emu: SalesforceEmulator, api: Api) -> None:
    emu.bulk_insert(
        "Contact",
        [
            {
                "FirstName": "Ana",
                "LastName": "O'Brien",
                "Language__c": "Spanish",
                "PB_BirthYear__c": 1980,
            },
            {
                "FirstName": "Bo",
                "LastName": "Nguyen",
                "Language__c": "Vietnamese",
                "DoNotCall": True,
            },
            {"FirstName": "Cy", "LastName": "ng 100%", "Email": None, "PB_BirthYear__c": 2001},
            {"FirstName": "Di", "LastName": "Back\\slash", "Email": "di@example.org"},
        ],
    )

    def names(where: str) -> list[str]:
        soql = f"SELECT FirstName FROM Contact WHERE {where} ORDER BY FirstName"
        response = api.query(soql)
        assert response.status_code == 200, response.text
        return [r["FirstName"] for r in response.json()["records"]]

    assert names(f"LastName = {quote(chr(39).join(['O', 'Brien']))}") == ["Ana"]
    assert names(f"LastName = {quote('Back' + chr(92) + 'slash')}") == ["Di"]
    assert names("LastName = 'NGUYEN'") == ["Bo"]  # equality ignores case, as in SOQL
    assert names("LastName LIKE 'ng%'") == ["Bo", "Cy"]
    assert names(r"LastName LIKE '%100\%'") == ["Cy"]
    assert names("Language__c IN ('Spanish', 'Vietnamese')") == ["Ana", "Bo"]
    assert names("Language__c NOT IN ('Spanish')") == ["Bo", "Cy", "Di"]  # nulls kept, as in SOQL
    assert names("Email != 'di@example.org'") == ["Ana", "Bo", "Cy"]
    assert names("Email = null") == ["Ana", "Bo", "Cy"]
    assert names("DoNotCall = true") == ["Bo"]
    assert names("PB_BirthYear__c >= 1990") == ["Cy"]
    assert names("(DoNotCall = true OR PB_BirthYear__c < 1990) AND NOT FirstName = 'Bo'") == ["Ana"]


def test_order_by_limit_offset_and_count(emu: SalesforceEmulator, api: Api) -> None:
    emu.bulk_insert("Contact", [{"LastName": n} for n in ("b", "C", "a", "d")])
    rows = api.query("SELECT LastName FROM Contact ORDER BY LastName DESC LIMIT 2 OFFSET 1").json()
    assert [r["LastName"] for r in rows["records"]] == ["C", "b"]
    count = api.query("SELECT COUNT() FROM Contact WHERE LastName > 'b'").json()
    assert count == {"totalSize": 2, "done": True, "records": []}


def test_query_errors_use_documented_codes(api: Api) -> None:
    cases = {
        "SELECT Id FRM Contact": "MALFORMED_QUERY",
        "SELECT Id FROM Contact WHERE A = 'x' AND B = 'y' OR C = 'z'": "MALFORMED_QUERY",
        "SELECT Nope__c FROM Contact": "INVALID_FIELD",
        "SELECT Id FROM Contact WHERE Nope = 'x'": "INVALID_FIELD",
        "SELECT Id FROM Contact WHERE SystemModstamp > '2026-01-01T00:00:00Z'": "INVALID_FIELD",
        "SELECT Id FROM Contact WHERE DoNotCall = 'true'": "INVALID_FIELD",
        "SELECT Id FROM Contact ORDER BY Nope": "INVALID_FIELD",
        "SELECT Id FROM Widget__c": "INVALID_TYPE",
    }
    for soql, code in cases.items():
        response = api.query(soql)
        assert response.status_code == 400, soql
        assert error_code(response) == code, soql
    assert error_code(api.get("query")) == "MALFORMED_QUERY"
    assert error_code(api.get("query/01gXXXXXXXXXXXXXXX-2000")) == "INVALID_QUERY_LOCATOR"


def test_query_all_sees_deleted_and_merged_records(emu: SalesforceEmulator, api: Api) -> None:
    survivor, loser, gone = _contacts(emu, 3)
    campaign = emu.insert("Campaign", {"Name": "GOTV"})
    member = emu.insert(
        "CampaignMember", {"CampaignId": campaign, "ContactId": loser, "Status": "Sent"}
    )
    task = emu.insert("Task", {"WhoId": loser, "Subject": "Call"})
    emu.delete("Contact", gone)
    emu.merge(survivor, loser)
    live = api.query("SELECT Id FROM Contact").json()
    assert [r["Id"] for r in live["records"]] == [survivor]
    every = api.query(
        "SELECT Id, IsDeleted, MasterRecordId FROM Contact ORDER BY Id", all_rows=True
    ).json()
    by_id = {r["Id"]: r for r in every["records"]}
    assert by_id[loser]["IsDeleted"] is True and by_id[loser]["MasterRecordId"] == survivor
    assert by_id[gone]["IsDeleted"] is True and by_id[gone]["MasterRecordId"] is None
    # The merge moved the loser's children to the survivor.
    assert emu.get("CampaignMember", member)["ContactId"] == survivor  # type: ignore[index]
    assert emu.get("Task", task)["WhoId"] == survivor  # type: ignore[index]


def test_parent_relationship_fields_and_semi_join(emu: SalesforceEmulator, api: Api) -> None:
    a, b = emu.bulk_insert(
        "Contact", [{"FirstName": "Ana", "LastName": "A"}, {"FirstName": "Bo", "LastName": "B"}]
    )
    campaign = emu.insert("Campaign", {"Name": "GOTV", "IsActive": True})
    emu.insert("CampaignMember", {"CampaignId": campaign, "ContactId": a, "Status": "Sent"})
    rows = api.query(
        "SELECT Id, Status, Contact.FirstName, Campaign.Name FROM CampaignMember "
        "WHERE Campaign.IsActive = true"
    ).json()["records"]
    assert rows[0]["Contact"]["FirstName"] == "Ana"
    assert rows[0]["Contact"]["attributes"]["type"] == "Contact"
    assert rows[0]["Campaign"]["Name"] == "GOTV"
    members = api.query(
        "SELECT Id FROM Contact WHERE Id IN "
        f"(SELECT ContactId FROM CampaignMember WHERE CampaignId = '{campaign}')"
    ).json()
    assert [r["Id"] for r in members["records"]] == [a]
    others = api.query(
        "SELECT Id FROM Contact WHERE Id NOT IN (SELECT ContactId FROM CampaignMember)"
    ).json()
    assert [r["Id"] for r in others["records"]] == [b]


def test_python_query_rows(emu: SalesforceEmulator) -> None:
    ids = _contacts(emu, 5, Language__c="English")
    emu.delete("Contact", ids[0])
    assert len(emu.query_rows("Contact")) == 4
    assert len(emu.query_rows("Contact", include_deleted=True)) == 5
    assert len(emu.query_rows("Contact", lambda r: r["LastName"].endswith(("1", "2")))) == 2
    assert [r["Id"] for r in emu.query_rows("Contact", f"Id = '{ids[3]}'")] == [ids[3]]
    rows = emu.query_rows("Contact", "SELECT LastName FROM Contact ORDER BY LastName DESC LIMIT 1")
    assert rows == [{"LastName": "Person 00004"}]
