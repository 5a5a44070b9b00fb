"""Which CSV column holds which contact field: guessed from the header, or a saved mapping.

Headers are matched loosely (``csvread.header_key``: case, accents and
punctuation ignored) against the names CRM exports use (Salesforce, VAN /
EveryAction, NationBuilder, CiviCRM) in English, German and French.  A mapping
file is JSON::

    {"columns": {"Cell Phone": "mobile_phone", "Notes": null},
     "default_region": "US", "encoding": "cp1252", "delimiter": ";"}

Columns a mapping does not name are guessed; ``null`` ignores a column.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from callcenter.csvread import DELIMITERS, header_key, shown
from callcenter.errors import InvalidInputError, UserError
from callcenter.messages import msg

# What a column can be imported as, with the label the mapping dialog shows.
TARGETS: dict[str, str] = {
    "crm_id": "CRM id",
    "first_name": "First name",
    "last_name": "Last name",
    "full_name": "Full name",
    "phone": "Phone",
    "mobile_phone": "Mobile phone",
    "home_phone": "Home phone",
    "work_phone": "Work phone",
    "other_phone": "Other phone",
    "email": "Email",
    "street": "Street",
    "city": "City",
    "state": "State",
    "postal_code": "ZIP / postal code",
    "country": "Country",
    "language": "Language",
    "do_not_call": "Do not call (yes/no)",
    "do_not_call_numbers": "Numbers not to call",
    "opted_out_email": "No email (yes/no)",
    "birth_year": "Birth year",
    "priority": "Priority",
    "polling_place": "Polling place",
}
PHONE_TARGETS = {
    "phone": "other",
    "mobile_phone": "mobile",
    "home_phone": "home",
    "work_phone": "work",
    "other_phone": "other",
}

_ALIASES: dict[str, tuple[str, ...]] = {
    "crm_id": (
        "id", "contactid", "crmid", "vanid", "nationbuilderid", "externalid", "salesforceid",
        "recordid", "personid", "civicrmid", "kontaktid", "idcontact",
    ),
    "first_name": ("first", "firstname", "givenname", "forename", "vorname", "prenom"),
    "last_name": (
        "last", "lastname", "surname", "familyname", "nachname", "familienname", "nom",
        "nomdefamille",
    ),
    "full_name": ("name", "fullname", "contactname", "nomcomplet", "vollstandigername"),
    "phone": (
        "phone", "phonenumber", "telephone", "tel", "telefon", "telefonnummer", "primaryphone",
        "phone1", "numero", "numerodetelephone",
    ),
    "mobile_phone": (
        "mobile", "mobilephone", "mobilenumber", "cell", "cellphone", "handy", "mobil",
        "mobilnummer", "mobiltelefon", "portable", "telephoneportable",
    ),
    "home_phone": ("homephone", "home", "festnetz", "telefonprivat", "telephonedomicile"),
    "work_phone": (
        "workphone", "businessphone", "officephone", "telefongeschaftlich", "telephonetravail",
        "telephonebureau",
    ),
    "other_phone": ("otherphone", "phone2", "alternatephone", "weiteretelefonnummer"),
    "email": (
        "email", "mail", "emailaddress", "emailadresse", "courriel", "adressecourriel",
        "adresseemail",
    ),
    "street": (
        "street", "address", "address1", "addressline1", "streetaddress", "mailingstreet",
        "primaryaddress1", "strasse", "anschrift", "adresse", "rue",
    ),
    "city": ("city", "mailingcity", "town", "primarycity", "ort", "stadt", "wohnort", "ville"),
    "state": (
        "state", "mailingstate", "stateprovince", "statecode", "province", "primarystate",
        "bundesland", "region",
    ),
    "postal_code": (
        "zip", "zipcode", "zip5", "postalcode", "postcode", "mailingpostalcode", "primaryzip",
        "plz", "postleitzahl", "codepostal", "cp",
    ),
    "country": ("country", "mailingcountry", "countrycode", "land", "pays"),
    "language": ("language", "lang", "preferredlanguage", "sprache", "langue"),
    "do_not_call": (
        "donotcall", "dnc", "donotphone", "phoneoptout", "nichtanrufen", "keineanrufe",
        "nepasappeler",
    ),
    "do_not_call_numbers": ("donotcallnumbers", "dncnumbers", "donotcallphones"),
    "opted_out_email": ("hasoptedoutofemail", "emailoptout", "donotemail", "keineemail"),
    "birth_year": ("birthyear", "yearofbirth", "geburtsjahr", "anneedenaissance"),
    "priority": ("priority", "prioritat", "priorite"),
    "polling_place": ("pollingplace", "pollinglocation", "wahllokal", "bureaudevote"),
}  # fmt: skip
_BY_KEY = {alias: target for target, aliases in _ALIASES.items() for alias in aliases}


@dataclass(frozen=True)
class Mapping:
    """Column index -> target field, plus the options a saved mapping may carry."""

    columns: dict[int, str]
    default_region: str | None = None
    encoding: str | None = None
    delimiter: str | None = None

    def column_of(self, target: str) -> int | None:
        return next((i for i, t in self.columns.items() if t == target), None)


def guess_mapping(header: list[str]) -> dict[int, str]:
    """Targets for the columns whose header is a known name; the first column wins."""
    found: dict[int, str] = {}
    taken: set[str] = set()
    for index, name in enumerate(header):
        target = _BY_KEY.get(header_key(name))
        if target and target not in taken:
            found[index] = target
            taken.add(target)
    # "Vorname; Name" (German) or "Prénom; Nom complet": the lone name is the last name.
    if "first_name" in taken and "last_name" not in taken and "full_name" in taken:
        index = next(i for i, t in found.items() if t == "full_name")
        found[index] = "last_name"
    return found


def check_mapping(columns: dict[int, str], header: list[str]) -> None:
    """Refuse a mapping that cannot make contacts.

    Raises:
        InvalidInputError: naming what is missing or twice.
    """
    seen: dict[str, int] = {}
    for index, target in columns.items():
        if target not in TARGETS:
            raise InvalidInputError(
                msg("contact_mapping.not_field_contact_has", target=shown(target))
            )
        if target in seen:
            raise InvalidInputError(
                msg(
                    "contact_mapping.two_columns_are_both_mapped",
                    header=shown(header[seen[target]]),
                    header2=shown(header[index]),
                    targets=TARGETS[target],
                )
            )
        seen[target] = index
    if not {"first_name", "last_name", "full_name"} & seen.keys():
        raise InvalidInputError(msg("contact_mapping.no_column_holds_name_map"))
    if not PHONE_TARGETS.keys() & seen.keys():
        raise InvalidInputError(msg("contact_mapping.no_column_holds_phone_number"))


@dataclass(frozen=True)
class SavedMapping:
    """A mapping file as read: column names to fields, and reading options."""

    name: str
    by_column: dict[str, str | None]
    default_region: str | None = None
    encoding: str | None = None
    delimiter: str | None = None

    def apply(self, header: list[str]) -> Mapping:
        """This mapping for a file's header; columns it does not name are guessed.

        Raises:
            InvalidInputError: it names a column the file does not have.
        """
        columns = guess_mapping(header)
        by_name = {name: i for i, name in enumerate(header)}
        by_key = {header_key(name): i for i, name in enumerate(header)}
        for name, target in self.by_column.items():
            index = by_name.get(name, by_key.get(header_key(name)))
            if index is None:
                raise InvalidInputError(
                    msg(
                        "contact_mapping.mapping_names_column_which_file",
                        name=self.name,
                        name2=shown(name),
                    )
                )
            if target is None:
                columns.pop(index, None)
                continue
            for other, other_target in list(columns.items()):  # a guess gives way
                if other_target == target and other != index:
                    del columns[other]
            columns[index] = target
        return Mapping(columns, self.default_region, self.encoding, self.delimiter)


def read_mapping(path: Path) -> SavedMapping:
    """A saved mapping file.

    Raises:
        UserError: the file cannot be read.
        InvalidInputError: it is not a mapping.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(
            msg("contact_mapping.cannot_read_mapping", path=path, strerror=exc.strerror or exc)
        ) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInputError(
            msg("contact_mapping.mapping_not_json", name=path.name, exc=exc)
        ) from None
    columns = data.get("columns", {}) if isinstance(data, dict) else None
    if not isinstance(columns, dict) or not all(
        v is None or isinstance(v, str) for v in columns.values()
    ):
        raise InvalidInputError(
            msg("contact_mapping.mapping_needs_columns_object_column", name=path.name)
        )
    delimiter = data.get("delimiter")
    if delimiter is not None and delimiter not in DELIMITERS:
        raise InvalidInputError(msg("contact_mapping.mapping_s_delimiter_must_tab"))
    return SavedMapping(
        name=path.name,
        by_column={str(k): v for k, v in columns.items()},
        default_region=data.get("default_region"),
        encoding=data.get("encoding"),
        delimiter=delimiter,
    )


def mapping_json(columns: dict[int, str], header: list[str], **options: str | None) -> str:
    """A mapping as the JSON ``load_mapping`` reads (to save from the dialog)."""
    named = {header[i]: columns.get(i) for i in range(len(header))}
    body: dict[str, object] = {"columns": named}
    body.update({k: v for k, v in options.items() if v is not None})
    return json.dumps(body, indent=2, ensure_ascii=False)
