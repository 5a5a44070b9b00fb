"""Demo volunteers, stations and shifts, and the sign-in credentials a trainer shows.

PIN hashes use the app's argon2id parameters but a salt derived from the seed,
so a demo store is byte-for-byte reproducible.  That is only acceptable because
demo PINs are printed on the sign-in screen anyway; real PINs always get a
random salt from ``callcenter.security.hash_pin``.
"""

from __future__ import annotations

import hashlib
import os
import random
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from argon2 import Parameters, extract_parameters
from argon2.low_level import hash_secret
from sqlalchemy import select
from sqlalchemy.orm import Session

from callcenter.demo.pools import NamePools, email_local_part
from callcenter.demo.ulids import millis, random_ulids
from callcenter.models import (
    Shift,
    Station,
    Volunteer,
    VolunteerCampaign,
    VolunteerRole,
    VolunteerStatus,
)
from callcenter.security import CODE_ALPHABET, CODE_LENGTH, PIN_LENGTH, hash_pin

ACTIVE, PENDING = VolunteerStatus.ACTIVE, VolunteerStatus.PENDING
SUSPENDED, DEACTIVATED = VolunteerStatus.SUSPENDED, VolunteerStatus.DEACTIVATED
VOLUNTEER, SHIFT_LEAD, ADMIN = (
    VolunteerRole.VOLUNTEER,
    VolunteerRole.SHIFT_LEAD,
    VolunteerRole.ADMIN,
)

STATIONS = tuple(f"Chicago-{n:02d}" for n in range(1, 13))
ROOM_TIME_ZONE = ZoneInfo("America/Chicago")


@dataclass(frozen=True)
class DemoCredential:
    """A code and PIN shown on the sign-in screen of a demo store."""

    code: str
    pin: str
    name: str
    role: str
    status: str


# Who the sign-in screen offers: one of each role that may call, and two that are
# refused, so a trainer can show what a suspended or deactivated volunteer sees.
_CREDENTIAL_PEOPLE = (
    ("Maria Lopez", ADMIN, ACTIVE, ("en",)),
    ("James Carter", SHIFT_LEAD, ACTIVE, ("en", "fr")),
    ("Priya Shah", VOLUNTEER, ACTIVE, ("en",)),
    ("Tom Becker", VOLUNTEER, SUSPENDED, ("en", "de")),
    ("Lena Fischer", VOLUNTEER, DEACTIVATED, ("de", "en")),
)

# Everyone else, so every status and role shows up in the shift lead's lists.
_OTHER_PEOPLE = (
    [(VOLUNTEER, ACTIVE)] * 21
    + [(SHIFT_LEAD, ACTIVE)] * 2
    + [(ADMIN, ACTIVE)]
    + [(VOLUNTEER, PENDING)] * 5
    + [(SHIFT_LEAD, PENDING)]
    + [(VOLUNTEER, SUSPENDED)] * 2
    + [(VOLUNTEER, DEACTIVATED)] * 2
    + [(SHIFT_LEAD, DEACTIVATED)]
)
_SPEAKERS = {"de": 4, "fr": 3}
_ON_TONIGHTS_SHIFT = 8


def _codes_and_pins(seed: int, count: int) -> list[tuple[str, str]]:
    rng = random.Random(f"credentials-{seed}")
    seen: set[str] = set()
    out = []
    while len(out) < count:
        code = "".join(rng.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        pin = "".join(rng.choice("0123456789") for _ in range(PIN_LENGTH))
        if code not in seen:
            seen.add(code)
            out.append((code, pin))
    return out


def demo_credentials(seed: int) -> list[DemoCredential]:
    """The sign-in codes and PINs of a demo store made with ``seed``."""
    pairs = _codes_and_pins(seed, len(_CREDENTIAL_PEOPLE))
    return [
        DemoCredential(code, pin, name, str(role), str(status))
        for (code, pin), (name, role, status, _) in zip(pairs, _CREDENTIAL_PEOPLE, strict=True)
    ]


@lru_cache(maxsize=1)
def _argon2_parameters() -> Parameters:
    # Read from a real hash so demo hashes follow whatever security.py uses today.
    return extract_parameters(hash_pin("000000"))


@lru_cache(maxsize=256)  # the same seed always hashes the same PINs
def _seeded_hash(pin: str, salt_text: str) -> str:
    p = _argon2_parameters()
    salt = hashlib.sha256(salt_text.encode()).digest()[: p.salt_len]
    encoded = hash_secret(
        pin.encode(),
        salt,
        time_cost=p.time_cost,
        memory_cost=p.memory_cost,
        parallelism=p.parallelism,
        hash_len=p.hash_len,
        type=p.type,
        version=p.version,
    )
    return encoded.decode("ascii")


@dataclass(frozen=True)
class DemoPerson:
    """A demo volunteer before insertion; ``code``/``pin`` are None while pending."""

    first_name: str
    last_name: str
    role: str
    status: str
    languages: tuple[str, ...]
    code: str | None
    pin: str | None


def plan_people(seed: int, names: NamePools) -> list[DemoPerson]:
    """About 40 volunteers: the trainers' accounts first, then everyone else."""
    rng = random.Random(f"volunteers-{seed}")
    people: list[tuple[str, str, str, str, tuple[str, ...]]] = []
    for name, role, status, spoken in _CREDENTIAL_PEOPLE:
        first, last = name.split(" ", 1)
        people.append((first, last, role, status, spoken))
    others = list(_OTHER_PEOPLE)
    rng.shuffle(others)
    languages = ["de"] * _SPEAKERS["de"] + ["fr"] * _SPEAKERS["fr"]
    languages += ["en"] * (len(others) - len(languages))
    for (role, status), language in zip(others, languages, strict=True):
        first = rng.choice(names.first[language])
        last = rng.choice(names.last[language])
        spoken = ("en",) if language == "en" else (language, "en")
        people.append((first, last, role, status, spoken))
    # Codes are drawn in order, so the trainers' accounts get demo_credentials()'s codes.
    drawn = iter(_codes_and_pins(seed, sum(1 for p in people if p[3] != PENDING)))
    planned = []
    for first, last, role, status, spoken in people:
        code, pin = next(drawn) if status != PENDING else (None, None)
        planned.append(DemoPerson(first, last, str(role), str(status), spoken, code, pin))
    return planned


def hash_pins(seed: int, people: list[DemoPerson]) -> dict[str, str]:
    """``{code: pin hash}``; argon2 releases the GIL, so the hashes run in parallel."""
    pairs = [(p.code, p.pin) for p in people if p.code is not None and p.pin is not None]
    _argon2_parameters()  # once, before the threads race for it
    workers = min(8, os.cpu_count() or 1)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        hashes = pool.map(
            lambda pair: _seeded_hash(pair[1], f"callcenter-demo:{seed}:{pair[0]}"), pairs
        )
        return {code: h for (code, _), h in zip(pairs, hashes, strict=True)}


def insert_crew(
    session: Session,
    seed: int,
    now: datetime,
    people: list[DemoPerson],
    hashes: dict[str, str],
    campaign_ids: list[int],
) -> tuple[tuple[int, ...], dict[int, tuple[int, ...]]]:
    """Add stations, shifts and volunteers with their campaigns.

    Returns the station ids and, per campaign id, the volunteers who may have made
    the calls already on record.
    """
    rng = random.Random(f"crew-{seed}")
    station_ids = _insert_stations(session, now, rng)
    shifts = _insert_shifts(session, now, rng)
    volunteers: list[Volunteer] = []
    links = []
    callers: dict[int, list[int]] = {cid: [] for cid in campaign_ids}
    tonight = 0
    for vid, person in enumerate(people, start=1):
        created = now - timedelta(days=rng.randint(20, 90), minutes=rng.randrange(600))
        first, last = person.first_name, person.last_name
        volunteer = Volunteer(
            id=vid,
            uid=random_ulids([millis(created)], rng)[0],
            code=person.code,
            pin_hash=hashes[person.code] if person.code else None,
            first_name=first,
            last_name=last,
            email=f"{email_local_part(first)}.{email_local_part(last)}{vid}@example.org",
            phone=f"+1312555{100 + vid:04d}",
            role=person.role,
            status=person.status,
            languages=list(person.languages),
            failed_pin_attempts=0,
            created_at=created,
        )
        if person.status != PENDING:
            volunteer.activated_at = created + timedelta(hours=rng.randint(1, 72))
        if person.status == DEACTIVATED:
            volunteer.deactivated_at = now - timedelta(days=rng.randint(1, 10))
        is_trainer_account = vid <= len(_CREDENTIAL_PEOPLE)
        on_shift = person.status == ACTIVE and not is_trainer_account and station_ids
        if on_shift and tonight < _ON_TONIGHTS_SHIFT:
            volunteer.shift_id = shifts[0].id
            volunteer.station_id = station_ids[tonight % len(station_ids)]
            volunteer.shift_ends_at = shifts[0].ends_at
            tonight += 1
        volunteers.append(volunteer)
        # Everyone works GOTV; the trainers' accounts and about half the others
        # also work the second campaign.
        for n, cid in enumerate(campaign_ids):
            if n == 0 or is_trainer_account or rng.random() < 0.5:
                links.append(VolunteerCampaign(volunteer_id=vid, campaign_id=cid))
                if person.status != PENDING:
                    callers[cid].append(vid)
    session.add_all(volunteers)
    session.flush()
    session.add_all(links)
    session.flush()
    return station_ids, {cid: tuple(ids) for cid, ids in callers.items()}


def _insert_stations(session: Session, now: datetime, rng: random.Random) -> tuple[int, ...]:
    # This workstation may have registered itself already; leave its row alone.
    taken = set(session.scalars(select(Station.name)))
    created = now - timedelta(days=30)
    stations = [
        Station(uid=uid, name=name, created_at=created)
        for name, uid in zip(
            STATIONS, random_ulids([millis(created)] * len(STATIONS), rng), strict=True
        )
        if name not in taken
    ]
    session.add_all(stations)
    session.flush()
    return tuple(s.id for s in stations)


def _insert_shifts(session: Session, now: datetime, rng: random.Random) -> list[Shift]:
    """Tonight's evening shift and next Saturday's morning shift, in the room's time zone."""
    local_today = now.astimezone(ROOM_TIME_ZONE).date()
    saturday = local_today + timedelta(days=(5 - local_today.weekday()) % 7 or 7)
    spans = (
        ("Weeknight phone bank", local_today, 17, 21),
        ("Saturday morning phone bank", saturday, 10, 14),
    )
    shifts = []
    for name, day, start_h, end_h in spans:
        starts = datetime(day.year, day.month, day.day, start_h, tzinfo=ROOM_TIME_ZONE)
        ends = datetime(day.year, day.month, day.day, end_h, tzinfo=ROOM_TIME_ZONE)
        uid = random_ulids([millis(now - timedelta(days=7))], rng)[0]
        shifts.append(Shift(uid=uid, name=name, starts_at=starts, ends_at=ends))
    session.add_all(shifts)
    session.flush()
    return shifts
