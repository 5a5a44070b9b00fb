"""The emulator must not be what makes a 100,000-contact pull slow."""

from __future__ import annotations

import json
import random

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
def test_100k_contacts_seed_and_page_completely(emu: SalesforceEmulator, api: Api) -> None:
    rows = demo_contacts(random.Random(3), 100_000)
    emu.bulk_insert("Contact", rows)

    soql = (
        f"SELECT {FIELDS} FROM Contact WHERE SystemModstamp > 2000-01-01T00:00:00Z "
        "ORDER BY SystemModstamp, Id"
    )
    pages = api.query_all_pages(soql, all_rows=True)
    assert len(pages) == 50
    ids = [r["Id"] for p in pages for r in p["records"]]
    assert len(ids) == len(set(ids)) == 100_000

    # Batches read by id past the first one hold exactly a batch each (the emulator's
    # speed is measured by `python -m tests.bench sync`, not asserted here).
    first = emu.engine.start(soql, True, "62.0")
    locator = first["nextRecordsUrl"].rsplit("/", 1)[1].rsplit("-", 1)[0]
    for offset in range(2000, 22000, 2000):
        page = emu.engine.more(f"{locator}-{offset}", "62.0")
        assert len(page["records"]) == 2000
        json.dumps(page, separators=(",", ":"))
