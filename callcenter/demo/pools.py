"""Pools the demo generator draws from: names, streets, ZIP areas, phone numbers.

Faker is slow per call, so it is asked a few thousand times per language, once,
with a fixed seed; the generator then picks from these lists with its own
``random.Random``.  Drawing from Faker's weighted providers and keeping the
duplicates keeps the pools' name frequencies realistic.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

LANGUAGES = ("en", "de", "fr")
_FAKER_LOCALES = {"en": "en_US", "de": "de_DE", "fr": "fr_FR"}
_FIRST_NAMES_PER_LANGUAGE = {"en": 3000, "de": 1500, "fr": 1500}
_LAST_NAMES_PER_LANGUAGE = {"en": 3000, "de": 1500, "fr": 1500}
_STREET_NAMES = 2500

# Common suffixes, weighted; Faker's own list has many ("Throughway", "Ville")
# that read oddly on a call sheet.
_STREET_SUFFIXES = (
    ("St", 30),
    ("Ave", 20),
    ("Rd", 12),
    ("Dr", 12),
    ("Ln", 8),
    ("Ct", 5),
    ("Blvd", 4),
    ("Way", 4),
    ("Pl", 3),
    ("Cir", 2),
)
_CLASSIC_STREETS = (
    "Main St", "Oak St", "Maple Ave", "Pine St", "Cedar Ln", "Elm St", "Washington Ave",
    "Lake St", "Hill Rd", "Park Ave", "Church St", "Walnut St", "Spring St", "Ridge Rd",
    "N 2nd St", "S 3rd St", "E 4th St", "W 5th St", "Lincoln Ave", "Jefferson St",
    "Highland Ave", "Sunset Blvd", "River Rd", "Meadow Ln", "Chestnut St", "Willow Dr",
)  # fmt: skip

_POLLING_PLACES = (
    "Lincoln Elementary School",
    "Washington Middle School",
    "Roosevelt Elementary School",
    "Jefferson High School",
    "{city} Public Library",
    "{city} Community Center",
    "First Baptist Church Fellowship Hall",
    "St. Mary's Parish Hall",
    "Grace Lutheran Church",
    "VFW Post {n}",
    "American Legion Post {n}",
    "Fire Station No. {n}",
    "{city} Recreation Center",
    "{city} Senior Center",
    "Township Hall",
    "Kennedy Elementary School",
)

# Time-zone groups: how many ZIPs to pick, and the group's rough share of US people,
# so the demo spreads across every calling window the app must respect.
ZIP_GROUPS: dict[str, tuple[tuple[str, ...], int, float]] = {
    "eastern": (
        (
            "America/New_York",
            "America/Detroit",
            "America/Indiana/Indianapolis",
            "America/Kentucky/Louisville",
        ),
        150,
        0.47,
    ),
    "central": (("America/Chicago",), 110, 0.29),
    "mountain": (("America/Denver", "America/Boise"), 40, 0.045),
    "arizona": (("America/Phoenix",), 16, 0.022),
    "pacific": (("America/Los_Angeles",), 70, 0.16),
    "alaska": (("America/Anchorage",), 5, 0.004),
    "hawaii": (("Pacific/Honolulu",), 5, 0.005),
}

# How a volunteer says a name they have never seen, for the names the demo
# uses most; shown on the contact card next to the name.
PRONUNCIATIONS: dict[str, str] = {
    # German
    "Müller": "MUE-ler", "Schulz": "SHOOLTS", "Schäfer": "SHAY-fer", "Weiß": "VICE",
    "Köhler": "KUR-ler", "Scholz": "SHOLTS", "Fröhlich": "FRUR-likh", "Förster": "FURS-ter",
    "Geißler": "GICE-ler", "Heß": "HESS", "Becker": "BECK-er", "Bauer": "BOW-er",
    "Fischer": "FISH-er", "Schweitzer": "SHVITE-ser", "Buchholz": "BOOKH-holts",
    "Dietz": "DEETS", "Kranz": "KRAHNTS", "Weitzel": "VITE-sel", "Spieß": "SHPEES",
    "Preiß": "PRICE", "Hellwig": "HEL-vikh", "Löffler": "LURF-ler", "Schüler": "SHUE-ler",
    "Köster": "KURS-ter", "Römer": "RUR-mer", "Neuschäfer": "NOY-shay-fer", "Heinz": "HINES",
    "Ackermann": "AHK-er-mahn", "Bachmann": "BAHKH-mahn", "Holzapfel": "HOLTS-ahp-fel",
    "Säuberlich": "SOY-ber-likh", "Zänker": "TSENG-ker", "Jürgen": "YUER-gen",
    "Jörg": "YURK", "Günter": "GUEN-ter", "Günther": "GUEN-ter", "Uwe": "OO-vuh",
    "Björn": "BYURN", "Götz": "GURTS", "Ludwig": "LOOD-vikh", "Hedwig": "HED-vikh",
    "Käthe": "KAY-tuh", "Bärbel": "BAIR-bel", "Svenja": "SVEN-yah", "Katja": "KAHT-yah",
    "Sonja": "ZON-yah", "Antje": "AHNT-yuh", "Jörn": "YURN", "Dörte": "DUR-tuh",
    # French
    "Dubois": "dew-BWAH", "Lefebvre": "luh-FEV-ruh", "Lefèvre": "luh-FEV-ruh",
    "Moreau": "moh-ROH", "Rousseau": "roo-SOH", "Girard": "zhee-RAR", "Fournier": "foor-NYAY",
    "Mercier": "mair-SYAY", "Guérin": "gay-RAN", "Gauthier": "goh-TYAY", "Gautier": "goh-TYAY",
    "Chevalier": "shuh-vah-LYAY", "Faure": "FOHR", "Leroy": "luh-RWAH", "Dupont": "dew-POHN",
    "Bertrand": "bair-TRAHN", "Lambert": "lahm-BAIR", "Boyer": "bwah-YAY", "Bonnet": "boh-NAY",
    "Legrand": "luh-GRAHN", "Garnier": "gar-NYAY", "Perrin": "peh-RAN", "Duval": "dew-VAHL",
    "Lemaire": "luh-MAIR", "Rivière": "ree-VYAIR", "Marchand": "mar-SHAHN",
    "Dufour": "dew-FOOR", "Blanchard": "blahn-SHAR", "Meunier": "muh-NYAY",
    "Gérard": "zhay-RAR", "Leroux": "luh-ROO", "Gaillard": "gah-YAR", "Giraud": "zhee-ROH",
    "Bourgeois": "boor-ZHWAH", "Lacroix": "lah-KRWAH", "Deschamps": "day-SHAHN",
    "Poirier": "pwah-RYAY", "Charpentier": "shar-pahn-TYAY", "Prévost": "pray-VOH",
    "Lévêque": "lay-VEK", "Pelletier": "pel-TYAY", "Bernard": "bair-NAR",
    "Laurent": "loh-RAHN", "Durand": "dew-RAHN", "Petit": "puh-TEE", "Richard": "ree-SHAR",
    "Jacques": "ZHAHK", "Jérôme": "zhay-ROHM", "Geneviève": "zhuhn-VYEV", "Hélène": "ay-LEN",
    "Thierry": "tyeh-REE", "Yves": "EEV", "Françoise": "frahn-SWAHZ", "François": "frahn-SWAH",
    "Stéphane": "stay-FAHN", "Sébastien": "say-bahs-TYAN", "Véronique": "vay-roh-NEEK",
    "Thérèse": "tay-REZ", "Matthieu": "mah-TYUH", "Benoît": "buh-NWAH",
    "Guillaume": "gee-YOHM", "Hugues": "EWG", "Laetitia": "lay-tee-SYAH",
    "Élodie": "ay-loh-DEE", "Océane": "oh-say-AHN", "Xavier": "gzah-VYAY",
    "Thibault": "tee-BOH", "Jean": "ZHAHN", "Luc": "LEWK", "René": "ruh-NAY",
    "Rémy": "ray-MEE", "Théophile": "tay-oh-FEEL", "Margaux": "mar-GOH",
}  # fmt: skip

# Mail for demo people goes to the domains reserved for examples (RFC 2606),
# so a demo export can never reach a real inbox.
EMAIL_DOMAINS = ("example.com", "example.net", "example.org")
_GERMAN_LETTERS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def email_local_part(name: str) -> str:
    """A name as plain ASCII lower case fit for an address ("Jürgen" -> "juergen")."""
    folded = unicodedata.normalize("NFKD", name.lower().translate(_GERMAN_LETTERS))
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum())


@dataclass(frozen=True)
class NamePools:
    first: dict[str, tuple[str, ...]]
    last: dict[str, tuple[str, ...]]
    streets: tuple[str, ...]


@lru_cache(maxsize=4)
def name_pools(seed: int) -> NamePools:
    """First and last names per language and US street names, the same for one seed."""
    from faker import Faker  # slow to import; only the generator needs it

    first: dict[str, tuple[str, ...]] = {}
    last: dict[str, tuple[str, ...]] = {}
    fakers = {}
    for language in LANGUAGES:
        fake = Faker(_FAKER_LOCALES[language])
        fake.seed_instance(seed)
        fakers[language] = fake
        first[language] = tuple(
            fake.first_name() for _ in range(_FIRST_NAMES_PER_LANGUAGE[language])
        )
        # Compound entries such as "Dussen van" look like data errors on a card.
        last[language] = tuple(
            name
            for name in (fake.last_name() for _ in range(_LAST_NAMES_PER_LANGUAGE[language]))
            if " " not in name
        )
    rng = random.Random(seed)
    suffixes = [s for s, _ in _STREET_SUFFIXES]
    weights = [w for _, w in _STREET_SUFFIXES]
    bases = [fakers["en"].last_name() for _ in range(_STREET_NAMES)]
    streets = [f"{base} {rng.choices(suffixes, weights)[0]}" for base in bases]
    streets.extend(_CLASSIC_STREETS * 20)  # the names every town has, often
    return NamePools(first=first, last=last, streets=tuple(streets))


@dataclass(frozen=True, slots=True)
class ZipArea:
    """A real ZIP code with what the app needs to call people who live there."""

    zip_code: str
    city: str
    state: str
    time_zone: str
    area_codes: tuple[str, ...]
    polling_place: str


@lru_cache(maxsize=1024)
def _is_us_area_code(code: str) -> bool:
    """True for a US area code; the ZIP data lists some Canadian ones near the border."""
    import phonenumbers

    if len(code) != 3 or not code.isdigit():
        return False
    number = phonenumbers.parse(f"+1{code}5550100")
    return (
        phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == "US"
    )


@lru_cache(maxsize=1)
def _zip_candidates() -> dict[str, tuple[tuple[str, str, str, str, tuple[str, ...]], ...]]:
    """Active standard ZIPs with area codes, per time-zone group, in ZIP order."""
    import zipcodes  # large data; keep it off the import path

    found: dict[str, tuple[tuple[str, str, str, str, tuple[str, ...]], ...]] = {}
    for group, (zones, _, _) in ZIP_GROUPS.items():
        rows = []
        for tz in zones:
            # One time zone at a time: all 42,000 ZIPs as dicts would cost ~150 MB at once.
            for z in zipcodes.filter_by(timezone=tz, zip_code_type="STANDARD", active=True):
                codes = tuple(c for c in (z["area_codes"] or ()) if _is_us_area_code(c))
                if codes:
                    rows.append((z["zip_code"], z["city"], z["state"], tz, codes))
        found[group] = tuple(sorted(rows))
    return found


def zip_areas(seed: int, streets: tuple[str, ...]) -> tuple[list[ZipArea], list[float]]:
    """A few hundred ZIP areas across the US time zones and their cumulative weights.

    Each area gets a polling place; the weights make a random pick follow
    roughly where Americans live, by time zone.
    """
    rng = random.Random(f"zips-{seed}")
    areas: list[ZipArea] = []
    cumulative: list[float] = []
    total = 0.0
    claimed: set[str] = set()
    for group, (_, count, share) in ZIP_GROUPS.items():
        picked = _pick_zips(rng, _zip_candidates()[group], count, claimed)
        for zip_code, city, state, tz, codes in picked:
            city = city.title() if city.isupper() else city
            place = rng.choice(_POLLING_PLACES).format(city=city, n=rng.randrange(10, 999))
            address = f"{rng.randrange(10, 2400)} {rng.choice(streets)}"
            areas.append(ZipArea(zip_code, city, state, tz, codes, f"{place}, {address}"))
            total += share / len(picked)
            cumulative.append(total)
    return areas, cumulative


def _pick_zips(
    rng: random.Random,
    candidates: tuple[tuple[str, str, str, str, tuple[str, ...]], ...],
    count: int,
    claimed: set[str],
) -> list[tuple[str, str, str, str, tuple[str, ...]]]:
    """``count`` random ZIPs, each with an area code of its own where one is left.

    An area code has 10,000 numbers in the 555 exchange; giving each ZIP its own
    keeps a million contacts from running out of numbers in crowded area codes.
    """
    shuffled = rng.sample(candidates, len(candidates))
    picked, rest = [], []
    for zip_code, city, state, tz, codes in shuffled:
        fresh = [c for c in codes if c not in claimed]
        if fresh and len(picked) < count:
            claimed.add(fresh[0])
            picked.append((zip_code, city, state, tz, (fresh[0],)))
        else:
            rest.append((zip_code, city, state, tz, codes))
    picked.extend(rest[: count - len(picked)])
    return sorted(picked)


class PhoneBook:
    """Hands out numbers in the fictional 555 exchange of each area code.

    Numbers count through a fixed permutation of the 10,000 lines per area code,
    so no two people share a number by accident until an area code runs out.
    """

    # Coprime with 10,000, so stepping by it visits every line once.
    _STEP = 7919
    _LINES = 10_000
    # 555-1212 is directory assistance in many areas.
    _RESERVED = frozenset({1212})

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(f"phones-{seed}")
        self._state: dict[str, list[int]] = {}
        self.reused = 0

    def number(self, area_code: str) -> str:
        state = self._state.get(area_code)
        if state is None:
            state = self._state[area_code] = [self._rng.randrange(self._LINES), 0]
        while True:
            offset, used = state
            state[1] = used + 1
            line = (offset + used * self._STEP) % self._LINES
            if line in self._RESERVED:
                continue
            if used >= self._LINES:
                self.reused += 1
            return f"+1{area_code}555{line:04d}"
