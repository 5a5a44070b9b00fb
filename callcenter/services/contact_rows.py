"""One CSV row to one contact: checked, normalised, its time zone resolved, or refused.

Every value stays plain text: quotes, formula-looking cells (``=cmd|...``) and
control characters are stored as they are and only ever bound as SQL
parameters; exports escape formulas on the way out (``csvsafe``).

Phone numbers become E.164 with the import's default region; a number that is
not valid is reported, never guessed.  A row without a name, or without a
number that may be called (unless it only says "do not call"), or whose time
zone cannot be found, is rejected with its line, column and reason; a bad
value the row can do without (an email, a second number) is dropped with a
warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import phonenumbers

from callcenter.csvread import header_key, shown
from callcenter.messages import Message, msg
from callcenter.services.calling_groups import group_key
from callcenter.services.contact_mapping import PHONE_TARGETS, TARGETS, Mapping
from callcenter.services.phones import to_e164
from callcenter.services.time_zones import (
    normalise_state,
    normalise_zip,
    phone_zones,
    resolve_time_zones,
)
from callcenter.services.volunteer_import import parse_languages

LIMITS = {
    "crm_id": 18, "first_name": 80, "last_name": 80, "email": 254, "street": 255,
    "city": 80, "state": 40, "postal_code": 20, "polling_place": 255,
}  # fmt: skip
YES = frozenset({"1", "true", "yes", "y", "x", "ja", "j", "oui", "o", "vrai", "wahr", "t", "on"})
NO = frozenset({"", "0", "false", "no", "n", "nein", "non", "faux", "falsch", "f", "off", "-"})
COUNTRY_NAMES = {
    "unitedstates": "US", "usa": "US", "unitedstatesofamerica": "US", "canada": "CA",
    "kanada": "CA", "germany": "DE", "deutschland": "DE", "allemagne": "DE", "france": "FR",
    "frankreich": "FR", "austria": "AT", "osterreich": "AT", "autriche": "AT",
    "switzerland": "CH", "schweiz": "CH", "suisse": "CH", "belgium": "BE", "belgique": "BE",
    "belgien": "BE", "unitedkingdom": "GB", "uk": "GB", "greatbritain": "GB", "mexico": "MX",
}  # fmt: skip
_CACHE_LIMIT = 50_000
_EMPTY = dict.fromkeys(TARGETS, "")


@dataclass(frozen=True)
class Problem:
    """A value or a row that could not be used; line 1 is the header."""

    line: int
    column: str  # the file's own header name; "" for the row as a whole
    reason: Message | str  # str() is the English (the rejects file); the window translates
    rejected: bool  # True: the row was not imported; False: imported without the value


@dataclass(slots=True)
class Candidate:
    line: int
    crm_id: str | None
    first_name: str
    last_name: str
    email: str | None
    street: str | None
    city: str | None
    state: str | None
    postal_code: str | None
    country: str
    language: str
    do_not_call: bool
    opted_out_email: bool
    birth_year: int | None
    priority: int
    polling_place: str | None
    phones: list[tuple[str, str, bool]] = field(default_factory=list)  # (E.164, kind, dnc)
    time_zone: str | None = None
    group: tuple[str, str] = ("", "")
    cells: list[str] = field(default_factory=list)  # the row as read, for the rejects file


class RowReader:
    """Turns rows of one file into candidates; caches what repeats (phones, zones)."""

    def __init__(self, header: list[str], mapping: Mapping, default_region: str) -> None:
        self.header = header
        self.region = default_region.upper()
        self.nanp = phonenumbers.country_code_for_region(self.region) == 1
        self.col = {target: index for index, target in mapping.columns.items()}
        self.phone_cols = [(i, PHONE_TARGETS[t]) for t, i in self.col.items() if t in PHONE_TARGETS]
        self.this_year = date.today().year
        self._zones: dict[tuple[object, ...], tuple[str | None, tuple[str, str]]] = {}

    def read(self, line: int, cells: list[str]) -> tuple[Candidate | None, list[Problem]]:
        problems: list[Problem] = []

        width = len(cells)
        values = dict(_EMPTY)
        values.update((t, cells[i].strip()) for t, i in self.col.items() if i < width)
        cell = values.__getitem__

        def reject(target: str | None, reason: Message | str) -> tuple[None, list[Problem]]:
            column = self.header[self.col[target]] if target in self.col else ""
            problems.append(Problem(line, column, reason, True))
            return None, problems

        def warn(target: str, reason: Message | str) -> None:
            problems.append(Problem(line, self.header[self.col[target]], reason, False))

        if len(cells) < len(self.header) and any("\n" in c for c in cells):
            # The csv module reads an unclosed quote to the end of the file as one cell.
            column = next(i for i, c in enumerate(cells) if "\n" in c)
            problems.append(
                Problem(
                    line, self.header[column],
                    msg("contact_rows.quote_never_closed"), True,
                )
            )  # fmt: skip
            return None, problems
        for target, limit in LIMITS.items():
            if len(cell(target)) > limit:
                return reject(target, msg("contact_rows.longer_than", limit=limit))
        first, last = cell("first_name"), cell("last_name")
        if not first and not last:
            full = cell("full_name")
            if len(full) > 161:
                return reject("full_name", msg("contact_rows.longer_than", limit=160))
            first, _, last = full.rpartition(" ") if " " in full else ("", "", full)
        if not (first or last):
            return reject(
                "first_name" if "first_name" in self.col else "full_name",
                msg("contact_rows.no_name"),
            )
        dnc, why = _yes_no(cell("do_not_call"))
        if why:
            return reject("do_not_call", why)
        opted_out, why = _yes_no(cell("opted_out_email"))
        if why:
            warn("opted_out_email", why)
        # A country column decides how national numbers ("030 1234567") are read.
        row_country = self._row_country(cell("country"), warn)
        region = row_country or self.region
        phones: list[tuple[str, str, bool]] = []
        bad_numbers: list[Problem] = []
        for index, kind in self.phone_cols:
            text = cells[index].strip() if index < len(cells) else ""
            if not text:
                continue
            number = self.phone(text, region)
            if number is None:
                bad_numbers.append(
                    Problem(line, self.header[index], self._not_a_number(text, region), False)
                )
            elif all(number != p[0] for p in phones):
                phones.append((number, kind, False))
        for text in _split_numbers(cell("do_not_call_numbers")):
            number = self.phone(text, region)
            if number is None:
                return reject("do_not_call_numbers", self._not_a_number(text, region))
            known = [i for i, p in enumerate(phones) if p[0] == number]
            if known:
                phones[known[0]] = (number, phones[known[0]][1], True)
            else:
                phones.append((number, "other", True))
        callable_numbers = tuple(p[0] for p in phones if not p[2])
        if not callable_numbers and not dnc:
            if bad_numbers:  # the numbers it had were not valid: that is the reason
                first_bad = bad_numbers[0]
                problems.append(Problem(line, first_bad.column, first_bad.reason, True))
                return None, problems
            return reject(
                next(iter(t for t in PHONE_TARGETS if t in self.col), None),
                msg("contact_rows.no_phone"),
            )
        problems.extend(bad_numbers)  # the row goes in without them
        country = row_country or self._country_of_numbers(callable_numbers)
        postal, state = cell("postal_code") or None, cell("state") or None
        if country == "US":
            if postal and normalise_zip(postal) is None:
                warn("postal_code", msg("contact_rows.not_a_zip", value=shown(postal)))
            if state:
                state = normalise_state(state) or state
        time_zone, group = self._zone(country, postal, state, callable_numbers)
        if not group[0] and not dnc:
            column = next((t for t in ("postal_code", "state") if t in self.col), None)
            return reject(
                column or self.phone_target(),
                msg("contact_rows.no_time_zone"),
            )
        email = cell("email") or None
        if email and ("@" not in email or any(ch.isspace() for ch in email)):
            warn("email", msg("contact_rows.not_an_email", value=shown(email)))
            email = None
        languages, why = parse_languages(cell("language"))
        if languages is None:
            warn("language", why)
        return Candidate(
            line=line,
            crm_id=cell("crm_id") or None,
            first_name=first,
            last_name=last,
            email=email,
            street=cell("street") or None,
            city=cell("city") or None,
            state=state,
            postal_code=postal,
            country=country,
            language=(languages or ("en",))[0],
            do_not_call=dnc,
            opted_out_email=bool(opted_out),
            birth_year=self._number(cell("birth_year"), "birth_year", 1900, self.this_year, warn),
            priority=self._number(cell("priority"), "priority", -100, 100, warn) or 0,
            polling_place=cell("polling_place") or None,
            phones=phones,
            time_zone=time_zone,
            group=group,
            cells=cells,
        ), problems

    # --- values -----------------------------------------------------------------------

    def phone(self, text: str, region: str | None = None) -> str | None:
        """E.164 for a number written any usual way; None when it is not a valid number."""
        return to_e164(text, region or self.region)

    def phone_target(self) -> str | None:
        return next((t for t in PHONE_TARGETS if t in self.col), None)

    def _not_a_number(self, text: str, region: str) -> Message:
        return msg("contact_rows.not_a_phone", value=shown(text), region=region)

    def _row_country(self, text: str, warn) -> str | None:  # type: ignore[no-untyped-def]
        if not text:
            return None
        code = text.upper() if len(text) == 2 and text.isalpha() else None
        code = code or COUNTRY_NAMES.get(header_key(text))
        if code and phonenumbers.country_code_for_region(code):
            return code
        warn("country", msg("contact_rows.not_a_country", value=shown(text)))
        return None

    def _country_of_numbers(self, numbers: tuple[str, ...]) -> str:
        """No country column: the first number's country, else the default region."""
        if numbers and not numbers[0].startswith("+1"):
            return _country_of(numbers[0]) or self.region
        return "US" if numbers and not self.nanp else self.region

    def _zone(
        self, country: str, postal: str | None, state: str | None, numbers: tuple[str, ...]
    ) -> tuple[str | None, tuple[str, str]]:
        key = (country, postal, state, tuple(phone_zones(n) for n in numbers))
        found = self._zones.get(key)
        if found is None:
            if len(self._zones) > _CACHE_LIMIT:
                self._zones.clear()
            resolution = resolve_time_zones(
                country=country, postal_code=postal, state=state, phones_e164=numbers
            )
            primary = resolution.primary or (resolution.zones[0] if resolution.zones else None)
            found = self._zones[key] = (primary, group_key(resolution, state))
        return found

    def _number(self, text: str, target: str, low: int, high: int, warn) -> int | None:  # type: ignore[no-untyped-def]
        if not text:
            return None
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            warn(target, msg("contact_rows.not_a_number", value=shown(text), low=low, high=high))
            return None
        return value


def _yes_no(text: str) -> tuple[bool | None, Message | str]:
    key = text.strip().lower()
    if key in YES:
        return True, ""
    if key in NO:
        return False, ""
    return None, msg("contact_rows.not_yes_no", value=shown(text))


def _split_numbers(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def _country_of(e164: str) -> str | None:
    for length in (1, 2, 3):
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(e164[1 : 1 + length]))
        if regions:
            return regions[0] if regions[0] != "001" else None
    return None
