"""Which time zone(s) a contact lives in: ZIP code first, then state, then phone area code.

The ZIP and state data come from the ``zipcodes`` package (the USPS ZIP list
with each ZIP's state and IANA time zone), the area-code data from
``phonenumbers`` (Google's libphonenumber).  Nothing here is a hand-typed
table of zones.

The answer is a *set* of zones.  The most precise source that knows anything
decides; a less precise source that names none of its zones disagrees, and its
zones are added.  A state or area code that spans zones (Tennessee, Idaho's
208) contributes all of them.  The calling window must then hold in every zone
of the set: where the sources disagree or are ambiguous, the most restrictive
wins.  No source at all gives an empty set, which is never inside a window.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

US_COUNTRIES = frozenset({"US", "PR", "VI", "GU", "AS", "MP"})

# USPS codes and the names people type instead; Excel exports often carry the name.
US_STATE_NAMES: dict[str, str] = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA",
    "colorado": "CO", "connecticut": "CT", "delaware": "DE", "districtofcolumbia": "DC",
    "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID", "illinois": "IL",
    "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA",
    "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI",
    "minnesota": "MN", "mississippi": "MS", "missouri": "MO", "montana": "MT",
    "nebraska": "NE", "nevada": "NV", "newhampshire": "NH", "newjersey": "NJ",
    "newmexico": "NM", "newyork": "NY", "northcarolina": "NC", "northdakota": "ND",
    "ohio": "OH", "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA",
    "rhodeisland": "RI", "southcarolina": "SC", "southdakota": "SD", "tennessee": "TN",
    "texas": "TX", "utah": "UT", "vermont": "VT", "virginia": "VA", "washington": "WA",
    "westvirginia": "WV", "wisconsin": "WI", "wyoming": "WY", "puertorico": "PR",
    "guam": "GU", "virginislands": "VI", "americansamoa": "AS",
    "northernmarianaislands": "MP",
}  # fmt: skip


@dataclass(frozen=True)
class ZoneResolution:
    """The zones to respect for one contact, and where they came from."""

    zones: tuple[str, ...]  # sorted IANA names; empty: unknown, never callable
    primary: str | None  # the most precise single zone, for showing local time
    source: str  # "zip", "state", "phone", "stored" or "none"
    conflict: bool = False  # a less precise source disagreed and widened the set
    zip_state: str | None = None  # the state the ZIP code lies in


def valid_zone(name: str | None) -> bool:
    return bool(name) and _zone_exists(name)  # type: ignore[arg-type]


@lru_cache(maxsize=1024)
def _zone_exists(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


# --- the ZIP data set -------------------------------------------------------------------


@dataclass(frozen=True)
class ZipIndex:
    zones: dict[str, str]  # ZIP -> IANA zone
    states: dict[str, str]  # ZIP -> USPS state
    state_zones: dict[str, frozenset[str]]  # state -> every zone its ZIPs use


@lru_cache(maxsize=1)
def zip_index() -> ZipIndex:
    """Every ZIP's zone and state, loaded once (~0.4 s, a few MB).

    ``zipcodes.matching`` costs ~0.2 ms a call, too slow for a million-row
    import; its prefix query, one leading digit at a time, keeps the transient
    dicts small.
    """
    import zipcodes  # large native data; off the import path of everything else

    zones: dict[str, str] = {}
    states: dict[str, str] = {}
    state_zones: dict[str, set[str]] = {}
    for digit in "0123456789":
        for z in zipcodes.similar_to(digit):
            code, state, tz = z["zip_code"], z["state"], z["timezone"]
            states[code] = state
            # The data set has a few blank or misspelt zones; those ZIPs know their state only.
            if valid_zone(tz):
                zones[code] = tz
                state_zones.setdefault(state, set()).add(tz)
    return ZipIndex(zones, states, {s: frozenset(z) for s, z in state_zones.items()})


def normalise_zip(text: str | None) -> str | None:
    """The five-digit ZIP of "85001", "85001-1234" or "2134" (a lost leading zero)."""
    if not text:
        return None
    digits = text.strip().split("-", 1)[0].strip()
    if not digits.isdigit() or not 3 <= len(digits) <= 5:
        return None
    return digits.zfill(5)


def normalise_state(text: str | None) -> str | None:
    """USPS code for "AZ", "az" or "Arizona"; None when it is no US state."""
    if not text:
        return None
    raw = text.strip()
    if len(raw) == 2 and raw.isalpha():
        code = raw.upper()
        return code if code in _STATE_CODES else None
    key = "".join(ch for ch in raw.lower() if ch.isalpha())
    return US_STATE_NAMES.get(key)


_STATE_CODES = frozenset(US_STATE_NAMES.values())


# --- phones -----------------------------------------------------------------------------


def phone_zones(e164: str) -> frozenset[str]:
    """Zones of a number's area (or country, for mobiles abroad); empty when unknowable.

    The longest prefix of the number that libphonenumber's zone data knows
    decides, as ``phonenumbers.timezone`` does, without parsing the number
    (which costs ~100 µs: too slow for a million-row import).
    """
    data, longest = _tz_data()
    digits = e164[1:] if e164.startswith("+") else e164
    if not digits:
        return frozenset()
    for length in range(min(longest.get(digits[0], 0), len(digits)), 0, -1):
        if digits[:length] in data:
            return _zones_for_prefix(digits[:length])
    return frozenset()


# More zones than this from one number (US toll-free: 42) is no information at all.
MAX_ZONES_FROM_ONE_NUMBER = 6


@lru_cache(maxsize=1)
def _tz_data() -> tuple[dict[str, tuple[str, ...]], dict[str, int]]:
    """The zone data, and the longest prefix it has per first digit (7 for +1)."""
    from phonenumbers import tzdata

    longest: dict[str, int] = {}
    for prefix in tzdata.TIMEZONE_DATA:
        longest[prefix[0]] = max(longest.get(prefix[0], 0), len(prefix))
    return tzdata.TIMEZONE_DATA, longest


@lru_cache(maxsize=8192)
def _zones_for_prefix(prefix: str) -> frozenset[str]:
    # A mobile number outside North America gives its country's zones; a
    # toll-free one gives a continent's, which says nothing about the person.
    found = _tz_data()[0][prefix]
    if len(found) > MAX_ZONES_FROM_ONE_NUMBER:
        return frozenset()
    return frozenset(z for z in found if valid_zone(z))


# --- resolution -------------------------------------------------------------------------


def resolve_time_zones(
    *,
    country: str | None,
    postal_code: str | None,
    state: str | None,
    phones_e164: tuple[str, ...] = (),
    stored_zone: str | None = None,
) -> ZoneResolution:
    """The zones a contact may be in; see the module docstring for the rules.

    ``stored_zone`` (a zone a CRM supplied) is used only when ZIP, state and
    phones all say nothing.
    """
    in_us = (country or "US").upper() in US_COUNTRIES
    sources: list[tuple[str, frozenset[str]]] = []
    zip_state = None
    if in_us:
        index = zip_index()
        zip5 = normalise_zip(postal_code)
        if zip5 is not None:
            zip_state = index.states.get(zip5)
            zone = index.zones.get(zip5)
            if zone:
                sources.append(("zip", frozenset({zone})))
        code = normalise_state(state) or zip_state
        if code and index.state_zones.get(code):
            sources.append(("state", index.state_zones[code]))
    for number in phones_e164:
        zones = phone_zones(number)
        if zones:
            sources.append(("phone", zones))
    if not sources:
        if valid_zone(stored_zone):
            return ZoneResolution((stored_zone,), stored_zone, "stored")  # type: ignore[arg-type]
        return ZoneResolution((), None, "none", zip_state=zip_state)
    source, chosen = sources[0]
    zones = set(chosen)
    conflict = False
    for _, other in sources[1:]:
        if not other & zones:  # they share no zone: both may be right, respect both
            zones |= other
            conflict = True
    primary = next(iter(chosen)) if len(chosen) == 1 else None
    return ZoneResolution(tuple(sorted(zones)), primary, source, conflict, zip_state)
