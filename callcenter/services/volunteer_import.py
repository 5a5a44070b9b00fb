"""Importing pending volunteers from a sign-up list (CSV from a web form, a spreadsheet, a CRM).

Files come from anywhere, so the reader (``callcenter.csvread``, shared with the
contact import) is forgiving about the container and strict about the content:

- encodings: UTF-8 with or without a BOM, UTF-16, else Windows-1252 (Excel's
  default "CSV" on Western Windows);
- delimiters: comma, semicolon (European Excel) or tab, guessed from the header;
- columns: found by their header in English, German or French ("First name",
  "Vorname", "Prénom", ...); other columns are ignored.

A row is skipped as a duplicate when its email, or its first name, last name and
phone together, are already in the store or earlier in the file.  Every other
row that cannot be used is rejected with its line number and the reason.  The
good rows are added together in one transaction: all of them or none.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from callcenter.csvread import decode_csv_bytes, guess_delimiter
from callcenter.csvread import header_key as _header_key
from callcenter.db import Store
from callcenter.errors import InvalidInputError, UserError
from callcenter.ids import new_op_id
from callcenter.messages import Message, msg
from callcenter.models import Volunteer, VolunteerRole, VolunteerStatus

# A sign-up list of thousands is a few hundred kilobytes; anything this big is a wrong file.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_NAME_CHARS = 80
MAX_EMAIL_CHARS = 254
MAX_PHONE_CHARS = 20
DEFAULT_LANGUAGES = ("en",)

# Header names after _header_key(): lower case, accents and punctuation removed.
COLUMN_ALIASES: dict[str, frozenset[str]] = {
    "first": frozenset(
        {"first", "firstname", "givenname", "forename", "vorname", "prenom", "nombre"}
    ),
    "last": frozenset(
        {"last", "lastname", "surname", "familyname", "nachname", "familienname", "nom"}
    ),
    "name": frozenset({"name", "fullname", "volunteer", "nomcomplet", "vollstandigername"}),
    "email": frozenset(
        {"email", "mail", "emailaddress", "emailadresse", "courriel", "adressecourriel"}
    ),
    "phone": frozenset(
        {
            "phone",
            "phonenumber",
            "telephone",
            "tel",
            "telefon",
            "telefonnummer",
            "mobile",
            "mobilephone",
            "cell",
            "handy",
            "portable",
        }
    ),
    "languages": frozenset(
        {"languages", "language", "langs", "sprachen", "sprache", "langues", "langue"}
    ),
}

# Language names people type instead of codes.
LANGUAGE_NAMES: dict[str, str] = {
    "english": "en",
    "englisch": "en",
    "anglais": "en",
    "german": "de",
    "deutsch": "de",
    "allemand": "de",
    "french": "fr",
    "franzosisch": "fr",
    "francais": "fr",
    "spanish": "es",
    "spanisch": "es",
    "espagnol": "es",
    "espanol": "es",
}

_LANGUAGE_SPLIT = re.compile(r"[,;/|\s]+")


@dataclass(frozen=True)
class ImportReport:
    """What an import did; line numbers count the header as line 1."""

    added: int
    duplicates: list[tuple[int, Message | str]] = field(default_factory=list)
    rejected: list[tuple[int, Message | str]] = field(default_factory=list)
    volunteer_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class _Candidate:
    line: int
    first: str
    last: str
    email: str | None
    phone: str | None
    languages: tuple[str, ...]


def import_volunteers(store: Store, path: Path) -> ImportReport:
    """Add the volunteers listed in the CSV file at ``path`` as pending.

    Raises:
        UserError: the file cannot be read.
        InvalidInputError: it is not a volunteer list (no name columns, not text).
    """
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InvalidInputError(
                msg(
                    "volunteer_import.mb_too_big_volunteer_list",
                    name=path.name,
                    number=size // (1024 * 1024),
                )
            )
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(
            msg("csvread.cannot_read", path=path, strerror=exc.strerror or exc)
        ) from exc
    return import_volunteers_from_bytes(store, data, source=path.name)


def import_volunteers_from_bytes(
    store: Store, data: bytes, *, source: str = "the file"
) -> ImportReport:
    """Like :func:`import_volunteers`, for a file already read into memory."""
    text = decode_csv_bytes(data, source=source)
    candidates, duplicates, rejected = _read_rows(text, source=source)
    with store.write() as session:
        known_emails, known_people = _known_keys(session)
        fresh: list[_Candidate] = []
        for cand in candidates:
            why = _duplicate_reason(cand, known_emails, known_people)
            if why:
                duplicates.append((cand.line, why))
                continue
            _remember(cand, known_emails, known_people)
            fresh.append(cand)
        volunteers = [
            Volunteer(
                uid=new_op_id(),
                first_name=c.first,
                last_name=c.last,
                email=c.email,
                phone=c.phone,
                languages=list(c.languages),
                status=VolunteerStatus.PENDING,
                role=VolunteerRole.VOLUNTEER,
            )
            for c in fresh
        ]
        session.add_all(volunteers)
        session.flush()
        ids = tuple(v.id for v in volunteers)
    duplicates.sort()
    return ImportReport(len(ids), duplicates, rejected, ids)


# --- reading the file ---------------------------------------------------------------------


def map_columns(header: list[str]) -> dict[str, int]:
    """Which column holds which field; the first matching column wins."""
    found: dict[str, int] = {}
    for index, name in enumerate(header):
        key = _header_key(name)
        for fieldname, aliases in COLUMN_ALIASES.items():
            if key in aliases and fieldname not in found:
                found[fieldname] = index
    # "Vorname; Name" (German) or "Prénom; Nom complet": the lone name is the last name.
    if "first" in found and "last" not in found and "name" in found:
        found["last"] = found.pop("name")
    return found


def _read_rows(
    text: str, *, source: str
) -> tuple[list[_Candidate], list[tuple[int, str]], list[tuple[int, str]]]:
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=guess_delimiter(first_line))
    try:
        header = next(reader)
    except StopIteration:
        raise InvalidInputError(msg("volunteer_import.empty", source=source)) from None
    except csv.Error as exc:
        raise InvalidInputError(
            msg("volunteer_import.not_csv_file", source=source, exc=exc)
        ) from None
    columns = map_columns(header)
    if not ({"first", "last"} <= columns.keys() or "name" in columns):
        shown = ", ".join(h.strip() for h in header if h.strip())[:120] or "none"
        raise InvalidInputError(
            msg("volunteer_import.has_no_first_last_name", source=source, shown=shown)
        )
    candidates: list[_Candidate] = []
    duplicates: list[tuple[int, Message | str]] = []
    rejected: list[tuple[int, Message | str]] = []
    in_file_emails: dict[str, int] = {}
    in_file_people: dict[tuple[str, str, str], int] = {}
    # line_num is the physical line a row *ends* on, and a quoted cell may span lines.
    row_end = reader.line_num
    try:
        for row in reader:
            line, row_end = row_end + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue  # blank lines between blocks are common in exports
            cand, why = _candidate(line, row, columns)
            if cand is None:
                rejected.append((line, why))
                continue
            earlier = _duplicate_line(cand, in_file_emails, in_file_people)
            if earlier is not None:
                duplicates.append((line, msg("volunteer_import.same_as_line", line=earlier)))
                continue
            if cand.email:
                in_file_emails[cand.email.lower()] = line
            if cand.phone:
                in_file_people[_person_key(cand)] = line
            candidates.append(cand)
    except csv.Error as exc:
        raise InvalidInputError(
            msg(
                "volunteer_import.cannot_read_after_line",
                source=source,
                line_num=reader.line_num,
                exc=exc,
            )
        ) from None
    return candidates, duplicates, rejected


def _cell(row: list[str], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    if index is None or index >= len(row):
        return ""
    return row[index].strip()


def _candidate(
    line: int, row: list[str], columns: dict[str, int]
) -> tuple[_Candidate | None, Message | str]:
    first, last = _cell(row, columns, "first"), _cell(row, columns, "last")
    if not first and not last:
        full = _cell(row, columns, "name")
        if " " in full:
            first, last = full.rsplit(" ", 1)
            first = first.strip()
    if not first or not last:
        return None, msg("volunteer_import.names_needed")
    if len(first) > MAX_NAME_CHARS or len(last) > MAX_NAME_CHARS:
        return None, msg("volunteer_import.name_too_long", limit=MAX_NAME_CHARS)
    email = _cell(row, columns, "email") or None
    if email is not None and ("@" not in email or " " in email or len(email) > MAX_EMAIL_CHARS):
        return None, msg("volunteer_import.not_an_email", email=email[:60])
    phone = _cell(row, columns, "phone") or None
    if phone is not None:
        if len(phone) > MAX_PHONE_CHARS:
            return None, msg("volunteer_import.phone_too_long", limit=MAX_PHONE_CHARS)
        if not any(ch.isdigit() for ch in phone):
            return None, msg("volunteer_import.not_a_phone", phone=phone)
    languages, why = parse_languages(_cell(row, columns, "languages"))
    if languages is None:
        return None, why
    return _Candidate(line, first, last, email, phone, languages), ""


def parse_languages(text: str) -> tuple[tuple[str, ...] | None, Message | str]:
    """Codes from "en, de", "EN/FR" or "English; Deutsch"; empty means English."""
    words = [w for w in _LANGUAGE_SPLIT.split(text.strip()) if w]
    if not words:
        return DEFAULT_LANGUAGES, ""
    codes: list[str] = []
    for word in words:
        key = _header_key(word)
        code = LANGUAGE_NAMES.get(key, key)
        if not (code.isalpha() and 2 <= len(code) <= 3):
            return None, msg("volunteer_import.not_a_language", word=word)
        if code not in codes:
            codes.append(code)
    return tuple(codes), ""


# --- duplicates ---------------------------------------------------------------------------


def _digits(phone: str | None) -> str:
    return "".join(ch for ch in phone or "" if ch.isdigit())


def _person_key(cand: _Candidate) -> tuple[str, str, str]:
    return (cand.first.casefold(), cand.last.casefold(), _digits(cand.phone))


def _duplicate_line(
    cand: _Candidate, emails: dict[str, int], people: dict[tuple[str, str, str], int]
) -> int | None:
    if cand.email and cand.email.lower() in emails:
        return emails[cand.email.lower()]
    if cand.phone and _person_key(cand) in people:
        return people[_person_key(cand)]
    return None


def _known_keys(session) -> tuple[set[str], set[tuple[str, str, str]]]:
    emails: set[str] = set()
    people: set[tuple[str, str, str]] = set()
    rows = session.execute(
        select(Volunteer.first_name, Volunteer.last_name, Volunteer.email, Volunteer.phone)
    )
    for first, last, email, phone in rows:
        if email:
            emails.add(email.lower())
        if phone:
            people.add((first.casefold(), last.casefold(), _digits(phone)))
    return emails, people


def _duplicate_reason(
    cand: _Candidate, emails: set[str], people: set[tuple[str, str, str]]
) -> Message | str:
    if cand.email and cand.email.lower() in emails:
        return msg("volunteer_import.email_registered", email=cand.email)
    if cand.phone and _person_key(cand) in people:
        return msg("volunteer_import.person_registered", name=f"{cand.first} {cand.last}")
    return ""


def _remember(cand: _Candidate, emails: set[str], people: set[tuple[str, str, str]]) -> None:
    if cand.email:
        emails.add(cand.email.lower())
    if cand.phone:
        people.add(_person_key(cand))
