"""/sobjects/{Type}/updated/ and /deleted/: windows, minute granularity, and their errors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.sfemu import SalesforceEmulator
from tests.sfemu.schema import format_datetime
from tests.sync.support import Api, error_code

T0 = datetime(2026, 11, 2, 9, 0, 0, tzinfo=UTC)


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _feed(
    api: Api, feed: str, start: datetime, end: datetime, sobject: str = "Contact"
) -> tuple[int, dict]:  # type: ignore[type-arg]
    response = api.get(
        f"sobjects/{sobject}/{feed}/", params={"start": _iso(start), "end": _iso(end)}
    )
    return response.status_code, response.json()


def test_updated_lists_ids_changed_in_the_window(emu: SalesforceEmulator, api: Api) -> None:
    emu.clock.freeze(T0)
    a, b, c = emu.bulk_insert("Contact", [{"LastName": n} for n in "ABC"])
    emu.clock.advance(minutes=10)
    emu.touch("Contact", b, {"Phone": "1"})
    emu.clock.advance(minutes=10)
    status, body = _feed(api, "updated", T0 - timedelta(minutes=1), T0 + timedelta(minutes=30))
    assert status == 200
    assert body["ids"] == [a, c, b]  # by SystemModstamp
    assert body["latestDateCovered"] == format_datetime(
        T0 + timedelta(minutes=20)
    )  # not the future
    status, later = _feed(api, "updated", T0 + timedelta(minutes=5), T0 + timedelta(minutes=20))
    assert later["ids"] == [b]
    assert later["latestDateCovered"] == "2026-11-02T09:20:00.000+0000"


def test_updated_window_is_30_days_and_must_be_ordered(emu: SalesforceEmulator, api: Api) -> None:
    emu.clock.freeze(T0)
    status, body = _feed(api, "updated", T0 - timedelta(days=31), T0)
    assert status == 400 and body[0]["errorCode"] == "INVALID_REPLICATION_DATE"
    assert _feed(api, "updated", T0 - timedelta(days=29), T0)[0] == 200
    status, body = _feed(api, "updated", T0, T0 - timedelta(hours=1))
    assert status == 400 and body[0]["errorCode"] == "INVALID_REPLICATION_DATE"
    missing = api.get("sobjects/Contact/updated/", params={"end": _iso(T0)})
    assert missing.status_code == 400 and error_code(missing) == "MISSING_ARGUMENT"
    # An unencoded "+00:00" arrives as a space; it still means UTC.
    raw = api.get(f"sobjects/Contact/updated/?start=2026-11-01T09:00:00+00:00&end={_iso(T0)}")
    assert raw.status_code == 200


def test_deleted_lists_deletions_and_merges(emu: SalesforceEmulator, api: Api) -> None:
    emu.clock.freeze(T0)
    survivor, loser, gone, kept = emu.bulk_insert("Contact", [{"LastName": n} for n in "SLGK"])
    emu.clock.advance(minutes=5)
    emu.delete("Contact", gone)
    emu.merge(survivor, loser)
    emu.clock.advance(minutes=5)
    status, body = _feed(api, "deleted", T0 - timedelta(days=1), T0 + timedelta(minutes=10))
    assert status == 200
    assert [r["id"] for r in body["deletedRecords"]] == [gone, loser]
    assert all(r["deletedDate"].startswith("2026-11-02T09:05:00") for r in body["deletedRecords"])
    assert body["latestDateCovered"] == "2026-11-02T09:10:00.000+0000"
    assert body["earliestDateAvailable"] <= format_datetime(T0)
    assert kept not in [r["id"] for r in body["deletedRecords"]]


def test_deleted_window_is_15_days_and_purges_move_earliest_date(
    emu: SalesforceEmulator, api: Api
) -> None:
    emu.clock.freeze(T0)
    status, body = _feed(api, "deleted", T0 - timedelta(days=16), T0)
    assert status == 400 and body[0]["errorCode"] == "INVALID_REPLICATION_DATE"
    contact = emu.insert("Contact", {"LastName": "x"})
    emu.delete("Contact", contact)
    emu.clock.advance(days=3)
    assert emu.purge_deleted("Contact") == 1
    status, body = _feed(api, "deleted", T0 - timedelta(days=1), T0 + timedelta(days=3))
    assert body["deletedRecords"] == []
    # The recycle bin was emptied after the client's start: it must resync.
    assert body["earliestDateAvailable"] > format_datetime(T0)
