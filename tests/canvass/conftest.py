"""A small turf: people on three streets in two ZIPs, two of them sharing a household."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from callcenter.db import Store
from callcenter.models import Contact
from tests.factories import World, make_volunteer, make_world

# Inside every contact's calling hours (noon in Chicago), for the phone bank's lease.
DAYTIME = datetime.now(UTC).replace(hour=18, minute=0, second=0, microsecond=0) + timedelta(days=1)

# (street line, ZIP, household group): listed out of walk order on purpose.
ADDRESSES = [
    ("14 Oak Ave", "60601", "oak14"),
    ("3 Main St", "60602", "main3"),
    ("7 Oak Ave", "60601", "oak7"),
    ("14 Oak Ave", "60601", "oak14"),
    ("Hauptstraße 5a", "60602", "haupt5"),
    ("9 Oak Avenue", "60601", "oak9"),
    ("12-14 Main Street", "60602", "main12"),
    ("2 Oak Ave", "60601", "oak2"),
]


@dataclass
class Turf:
    world: World
    lead_id: int
    canvasser_id: int
    by_street: dict[str, list[int]]  # street line -> entry ids


def make_turf(store: Store) -> Turf:
    world = make_world(store, contacts=len(ADDRESSES))
    households: dict[str, int] = {}
    with store.write() as s:
        for contact_id, (street, postal, group) in zip(world.contact_ids, ADDRESSES, strict=True):
            contact = s.get(Contact, contact_id)
            assert contact is not None
            contact.street, contact.postal_code = street, postal
            # People of one group share the first one's household.
            contact.household_id = households.setdefault(group, contact.household_id)
    lead_id = make_volunteer(
        store,
        "LEAD01",
        role="shift_lead",
        first_name="Lea",
        last_name="Lead",
        campaign_ids=(world.campaign_id,),
    )
    canvasser_id = make_volunteer(
        store,
        "CANV01",
        first_name="Cal",
        last_name="Canvasser",
        campaign_ids=(world.campaign_id,),
    )
    by_street: dict[str, list[int]] = {}
    for entry_id, (street, _, _) in zip(world.entry_ids, ADDRESSES, strict=True):
        by_street.setdefault(street, []).append(entry_id)
    return Turf(world, lead_id, canvasser_id, by_street)


@pytest.fixture
def turf(store: Store) -> Turf:
    return make_turf(store)
