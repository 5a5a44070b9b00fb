"""seed_demo: campaigns, member statuses, members and realistic contacts, from a fixed seed.

Phone numbers are in the 555-0100..0199 block reserved for fiction, emails use example.*
domains, so demo data can never reach a real person. Formats vary on purpose, as they do
in a real org ("(215) 555-0143", "215-555-0143", "+1 215 555 0143").
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .emulator import SalesforceEmulator


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST = _words(
    "Maria James Aisha Wei Jose Emily Mohammed Olivia Liam Sofia Noah Fatima Daniel Grace "
    "Carlos Mei Samuel Ana David Linh Michael Hannah Luis Priya Robert Yusuf Elena Kevin "
    "Rosa Thomas Amara Jin Patricia Omar Laura Minh Joseph Chloe Diego Sarah Kwame Julia "
    "Ahmed Rachel Marcus Leila Brian Camila Ethan Nadia Victor Hye-jin Andre Teresa Chen"
)
LAST = _words(
    "Garcia Smith Johnson Nguyen Williams Brown Martinez Lee Davis Rodriguez Miller Wilson "
    "Lopez Anderson Kim Thomas Hernandez Moore Jackson Martin Tran Thompson White Harris "
    "Clark Lewis Robinson Walker Perez Hall Young Allen Sanchez Wright King Scott Green "
    "Baker Adams Nelson Hill Ramirez Campbell Mitchell Roberts Carter Phillips Evans Turner "
    "Torres Parker Collins Edwards Stewart Flores Morris Murphy Rivera Cook Rogers O'Brien"
)
STREETS = _words(
    "Oak Maple Cedar Pine Elm Washington Lincoln Jefferson Park Lake Hill Main Market "
    "Chestnut Walnut Spruce Franklin Madison Highland Sunset River Church Mill Spring"
)
SUFFIXES = ("St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct", "Way")
PLACES = (
    ("Philadelphia", "PA", "19103", "215"),
    ("Pittsburgh", "PA", "15213", "412"),
    ("Phoenix", "AZ", "85004", "602"),
    ("Denver", "CO", "80202", "303"),
    ("Atlanta", "GA", "30303", "404"),
    ("Milwaukee", "WI", "53202", "414"),
    ("Las Vegas", "NV", "89101", "702"),
    ("Detroit", "MI", "48226", "313"),
    ("Raleigh", "NC", "27601", "919"),
    ("Los Angeles", "CA", "90012", "213"),
)
POLLING = (
    "Lincoln Elementary School Gym",
    "First Baptist Church Hall",
    "Eastside Community Center",
    "Public Library, Main Branch",
    "Fire Station 12",
    "Roosevelt High School Cafeteria",
)
LANGUAGES = (
    ("English", 75),
    ("Spanish", 15),
    ("Chinese", 3),
    ("Vietnamese", 3),
    ("Korean", 2),
    ("Arabic", 2),
)
STATUSES = (
    # label, sort order, default, responded
    ("Not Called", 1, True, False),
    ("Left Message", 2, False, False),
    ("Contacted", 3, False, True),
    ("Wrong Number", 4, False, False),
    ("Refused", 5, False, True),
)


@dataclass
class DemoData:
    """What seed_demo created, for tests to refer to."""

    campaigns: dict[str, str] = field(default_factory=dict)  # name -> id
    contact_ids: list[str] = field(default_factory=list)
    member_ids: dict[str, list[str]] = field(default_factory=dict)  # campaign name -> member ids
    volunteer_ids: list[str] = field(default_factory=list)


def _phone(rng: random.Random, area: str) -> str:
    line = f"01{rng.randint(0, 99):02d}"
    style = rng.random()
    if style < 0.6:
        return f"({area}) 555-{line}"
    if style < 0.85:
        return f"{area}-555-{line}"
    return f"+1 {area} 555 {line}"


def _email(rng: random.Random, first: str, last: str) -> str:
    local = f"{first}.{last}{rng.randint(1, 999)}".lower().replace("'", "")
    return f"{local}@example.{rng.choice(('org', 'com', 'net'))}"


def demo_contacts(rng: random.Random, count: int) -> list[dict[str, Any]]:
    languages = [name for name, weight in LANGUAGES for _ in range(weight)]
    rows: list[dict[str, Any]] = []
    household = 0
    while len(rows) < count:
        household += 1
        city, state, postal, area = rng.choice(PLACES)
        street = f"{rng.randint(10, 9899)} {rng.choice(STREETS)} {rng.choice(SUFFIXES)}"
        last = rng.choice(LAST)
        language = rng.choice(languages)
        polling = rng.choice(POLLING)
        for _ in range(min(rng.choice((1, 1, 2, 2, 3)), count - len(rows))):
            first = rng.choice(FIRST)
            has_phone = rng.random() > 0.03
            rows.append(
                {
                    "FirstName": first,
                    "LastName": last,
                    "Phone": _phone(rng, area) if has_phone and rng.random() < 0.9 else None,
                    "MobilePhone": _phone(rng, area) if has_phone and rng.random() < 0.7 else None,
                    "HomePhone": _phone(rng, area) if has_phone and rng.random() < 0.3 else None,
                    "Email": _email(rng, first, last),
                    "MailingStreet": street,
                    "MailingCity": city,
                    "MailingState": state,
                    "MailingPostalCode": postal,
                    "DoNotCall": rng.random() < 0.03,
                    "HasOptedOutOfEmail": rng.random() < 0.06,
                    "Language__c": language,
                    "PB_Household__c": f"HH-{household:06d}",
                    "PB_PollingPlace__c": polling,
                    "PB_BirthYear__c": float(rng.randint(1940, 2006)),
                }
            )
    return rows


def seed_demo(emu: SalesforceEmulator, contacts: int = 500, seed: int = 1) -> DemoData:
    """Fill the emulator with a small phone-bank org; same seed, same data."""
    rng = random.Random(seed)
    today = emu.clock.now().date()
    data = DemoData()
    data.contact_ids = emu.bulk_insert("Contact", demo_contacts(rng, contacts))
    spanish = {row["Id"] for row in emu.query_rows("Contact", "Language__c = 'Spanish'")}
    plans = (
        ("Get Out The Vote Phone Bank", True, "In Progress", -14, 21, 0.6, 0.25),
        ("Spanish Language Voter Outreach", True, "In Progress", -7, 28, 0.2, 0.15),
        ("Volunteer Recruitment Calls", False, "Planned", 10, 40, 0.1, 0.0),
        ("Spring Issue Survey", False, "Completed", -120, -60, 0.3, 0.9),
    )
    for name, active, status, start, end, share, progressed in plans:
        campaign_id = emu.insert(
            "Campaign",
            {
                "Name": name,
                "IsActive": active,
                "Status": status,
                "Type": "Telemarketing",
                "StartDate": (today + timedelta(days=start)).isoformat(),
                "EndDate": (today + timedelta(days=end)).isoformat(),
            },
        )
        data.campaigns[name] = campaign_id
        emu.bulk_insert(
            "CampaignMemberStatus",
            [
                {
                    "CampaignId": campaign_id,
                    "Label": label,
                    "SortOrder": order,
                    "IsDefault": default,
                    "HasResponded": responded,
                }
                for label, order, default, responded in STATUSES
            ],
        )
        chosen = [
            cid
            for cid in data.contact_ids
            if rng.random() < share or (name.startswith("Spanish") and cid in spanish)
        ]
        members = []
        for cid in chosen:
            label = "Not Called"
            if rng.random() < progressed:
                label = rng.choice([s[0] for s in STATUSES[1:]])
            members.append({"CampaignId": campaign_id, "ContactId": cid, "Status": label})
        data.member_ids[name] = emu.bulk_insert("CampaignMember", members)
    volunteers = [
        {
            "Name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            "PB_Status__c": "Active",
            "PB_Languages__c": lang,
            "PB_ExternalId__c": f"VOL-{i:04d}",
        }
        for i, lang in enumerate(
            ("English", "English;Spanish", "English", "Vietnamese;English", "English"), start=1
        )
    ]
    data.volunteer_ids = emu.bulk_insert("PB_Volunteer__c", volunteers)
    return data
