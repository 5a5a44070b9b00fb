"""The emulator must not be what makes a 100,000-contact pull slow."""

from __future__ import annotations

import json
import random
import statistics
import time

import pytest

from tests.sfemu import SalesforceEmulator
from tests.sfemu.seed import demo_contacts
from tests.sync.support import Api

FIELDS = (
    "Id, FirstName, LastName, Phone, MobilePhone, HomePhone, Email, MailingStreet, MailingCity, "
    "MailingState, MailingPostalCode, DoNotCall, HasOptedOutOfEmail, MasterRecordId, IsDeleted, "
    "SystemModstamp, LastModifiedDate, Language__c, PB_Household__c, PB_PollingPlace__c, "
    "PB_BirthYear__c"
)


@pytest.mark.slow
def test_100k_contacts_seed_fast_and_page_fast(emu: SalesforceEmulator, api: Api) -> None:
    rows = demo_contacts(random.Random(3), 100_000)
    started = time.monotonic()
    emu.bulk_insert("Contact", rows)
    assert time.monotonic() - started < 10  # typically ~1.5 s

    soql = (
        f"SELECT {FIELDS} FROM Contact WHERE SystemModstamp > 2000-01-01T00:00:00Z "
        "ORDER BY SystemModstamp, Id"
    )
    pages = api.query_all_pages(soql, all_rows=True)
    assert len(pages) == 50
    ids = [r["Id"] for p in pages for r in p["records"]]
    assert len(ids) == len(set(ids)) == 100_000

    # Server-side cost of one 2,000-record batch (read + encode), without HTTP or decoding.
    first = emu.engine.start(soql, True, "62.0")
    locator = first["nextRecordsUrl"].rsplit("/", 1)[1].rsplit("-", 1)[0]
    timings = []
    for offset in range(2000, 22000, 2000):
        started = time.monotonic()
        page = emu.engine.more(f"{locator}-{offset}", "62.0")
        json.dumps(page, separators=(",", ":"))
        timings.append(time.monotonic() - started)
        assert len(page["records"]) == 2000
    assert statistics.median(timings) < 0.1, timings
