"""House numbers and street names out of one free-text street line, and walk order.

Street lines come from the CRM as people typed them: "123 Main St", "12-14 Oak
Ave", "221B Baker Street", "Hauptstraße 5a", "5 rue de la Paix", "5 bis, rue
Victor Hugo", "123 Main St Apt 4B" or two lines with the unit on the second.  A
line we cannot read still gets a place: at the end of its street, in text order.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# A house number: digits, optionally a range (12-14) or a letter/fraction/"bis" suffix.
_NUMBER = r"(?P<num>\d{1,6})(?:\s*(?:-|–|/)\s*(?P<to>\d{1,6})(?![./]))?"
_SUFFIX = r"(?P<suffix>\s?[a-zA-Z](?![a-zA-Z])|\s1/2|\s?½|\s(?:bis|ter|quater)\b)?"
_LEADING = re.compile(rf"^{_NUMBER}{_SUFFIX}(?:\s*,\s*|\s+)(?P<street>\S.*)$", re.IGNORECASE)
# German/Dutch/Scandinavian order: the number after the street name.
_TRAILING = re.compile(rf"^(?P<street>\D.*?)\s*,?\s+{_NUMBER}{_SUFFIX}$", re.IGNORECASE)
_UNIT = re.compile(
    r"(?:,\s*|\s+)(?:apt\.?|apartment|unit|suite|ste\.?|#|no\.?|fl\.?|floor|whg\.?|app\.?)"
    r"\s*(?P<unit>[\w-]+)\s*$",
    re.IGNORECASE,
)
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)
_PO_BOX = re.compile(r"^(p\.?\s*o\.?\s*box|postfach|boîte postale)\b", re.IGNORECASE)

# Spellings of one street type that should sort and match as one street.
_STREET_WORDS = {
    "street": "st",
    "st.": "st",
    "avenue": "ave",
    "av": "ave",
    "av.": "ave",
    "ave.": "ave",
    "road": "rd",
    "rd.": "rd",
    "boulevard": "blvd",
    "blvd.": "blvd",
    "drive": "dr",
    "dr.": "dr",
    "lane": "ln",
    "court": "ct",
    "place": "pl",
    "terrace": "ter",
    "highway": "hwy",
    "parkway": "pkwy",
    "north": "n",
    "south": "s",
    "east": "e",
    "west": "w",
    "strasse": "str",
    "straße": "str",
    "str.": "str",
}


@dataclass(frozen=True)
class StreetAddress:
    """One street line taken apart; ``number`` is None when there is no house number."""

    street: str
    number: int | None = None
    number_text: str = ""
    suffix: str = ""
    unit: str = ""
    line: str = ""  # the house as written ("Hauptstraße 5a", "12-14 Oak Ave Apt 2")

    @property
    def street_key(self) -> str:
        return street_key(self.street)

    @property
    def house_label(self) -> str:
        return self.line or self.street


def parse_street(line: str | None) -> StreetAddress:
    """Take a street line apart; never raises (an unreadable line is all street name)."""
    text = " ".join((line or "").replace("\r", "\n").split("\n")[0].split())
    second = [part.strip() for part in (line or "").replace("\r", "\n").split("\n")[1:]]
    written = text
    unit = ""
    found = _UNIT.search(text)
    if found and found.start() > 0:
        unit, text = found.group("unit"), text[: found.start()].strip()
    if not unit and second and second[0]:
        unit = _UNIT.sub(lambda m: m.group("unit"), " " + second[0]).strip()
        written = f"{written}, {second[0]}"
    if not text or _PO_BOX.match(text):
        return StreetAddress(street=text, unit=unit, line=written)
    match = _LEADING.match(text)
    if match and _ORDINAL.match(text.split()[0]):
        match = None  # "5th Ave" is a street, not house 5 of "th Ave"
    if match is None:
        match = _TRAILING.match(text)
    if match is None:
        return StreetAddress(street=text.strip(" ,"), unit=unit, line=written)
    suffix = (match.group("suffix") or "").strip()
    end = max(match.end(group) for group in ("num", "to", "suffix"))
    return StreetAddress(
        street=match.group("street").strip(" ,"),
        number=int(match.group("num")),
        number_text=text[match.start("num") : end],
        suffix=suffix.lower(),
        unit=unit,
        line=written,
    )


def street_key(street: str) -> str:
    """One spelling per street: "Main Street" and "main st." match, "Hauptstraße" too."""
    folded = unicodedata.normalize("NFKC", street).casefold().replace(",", " ")
    words = [_STREET_WORDS.get(w, w) for w in folded.split()]
    # "Hauptstr." and "Hauptstraße" written as one word.
    words = [re.sub(r"(strasse|straße|str\.)$", "str", w) for w in words]
    return " ".join(w.rstrip(".") for w in words)


def walk_key(address: StreetAddress, postal_code: str | None) -> tuple[object, ...]:
    """Walk order: street, then ZIP (same-named streets apart), the odd side, then the
    even side, each by house number, suffix and unit; houses without a number last."""
    has_number = address.number is not None
    number = address.number or 0
    side = number % 2 == 0 if has_number else 2
    return (
        address.street_key,
        (postal_code or "").strip()[:5],
        not has_number,
        side,
        number,
        address.suffix,
        _natural(address.unit),
        address.street.casefold(),
    )


def _natural(text: str) -> tuple[object, ...]:
    """Units in human order: 2 before 10, "4B" after "4A"."""
    return tuple(int(p) if p.isdigit() else p.casefold() for p in re.split(r"(\d+)", text) if p)
