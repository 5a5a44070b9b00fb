"""The emulated org's objects and fields, Salesforce ids and wire timestamps.

A field registry per object lets every layer (SOQL, writes, describe) reject unknown
fields the way an org does, with Salesforce's own canonical spelling of each name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

# Field kinds. Text-like kinds are stored as TEXT; the SOQL layer needs the kind to
# type-check literals the way an org does ("must be of type dateTime ...").
TEXT_KINDS = frozenset(
    {"id", "reference", "string", "picklist", "phone", "email", "textarea", "url"}
)
KINDS = TEXT_KINDS | {"boolean", "int", "double", "date", "datetime"}

# Fields every object has; the API never accepts them on create or update.
SYSTEM_FIELDS = ("Id", "IsDeleted", "CreatedDate", "CreatedById", "LastModifiedDate")
SYSTEM_FIELDS_TAIL = ("LastModifiedById", "SystemModstamp")


@dataclass(frozen=True)
class FieldSpec:
    """One field of an sObject as the emulator enforces it."""

    name: str
    kind: str = "string"
    length: int | None = None
    required: bool = False
    external_id: bool = False
    unique: bool = False
    createable: bool = True
    updateable: bool = True
    reference_to: tuple[str, ...] = ()
    relationship_name: str | None = None
    default: object = None
    label: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown field kind {self.kind!r} for {self.name}")

    @property
    def custom(self) -> bool:
        return self.name.endswith("__c")

    @property
    def sql_type(self) -> str:
        if self.kind in ("boolean", "int"):
            return "INTEGER"
        if self.kind == "double":
            return "REAL"
        return "TEXT"


@dataclass
class ObjectSpec:
    """An sObject type: key prefix and fields by canonical name."""

    name: str
    key_prefix: str
    fields: dict[str, FieldSpec] = field(default_factory=dict)
    label: str | None = None

    def __post_init__(self) -> None:
        self._by_lower = {name.lower(): spec for name, spec in self.fields.items()}

    @property
    def custom(self) -> bool:
        return self.name.endswith("__c")

    def add(self, spec: FieldSpec) -> None:
        self.fields[spec.name] = spec
        self._by_lower[spec.name.lower()] = spec

    def field(self, name: str) -> FieldSpec | None:
        """The field for a name in any letter case (SOQL and JSON keys are case-insensitive)."""
        return self._by_lower.get(name.lower())

    def relationship(self, name: str) -> FieldSpec | None:
        """The reference field behind a parent relationship name (Contact, PB_Campaign__r)."""
        lowered = name.lower()
        for spec in self.fields.values():
            if spec.relationship_name and spec.relationship_name.lower() == lowered:
                return spec
        return None

    def external_id_fields(self) -> list[FieldSpec]:
        return [f for f in self.fields.values() if f.external_id]


def _system_fields(extra: list[FieldSpec]) -> dict[str, FieldSpec]:
    ro = {"createable": False, "updateable": False}
    specs = [
        FieldSpec("Id", "id", 18, **ro),
        FieldSpec("IsDeleted", "boolean", **ro),
        FieldSpec("CreatedDate", "datetime", **ro),
        FieldSpec("CreatedById", "reference", 18, reference_to=("User",), **ro),
        FieldSpec("LastModifiedDate", "datetime", **ro),
        FieldSpec("LastModifiedById", "reference", 18, reference_to=("User",), **ro),
        FieldSpec("SystemModstamp", "datetime", **ro),
        *extra,
    ]
    return {s.name: s for s in specs}


def _ref(name: str, to: str, rel: str | None, **kw: object) -> FieldSpec:
    return FieldSpec(name, "reference", 18, reference_to=(to,), relationship_name=rel, **kw)  # type: ignore[arg-type]


def _s(name: str, length: int = 255, **kw: object) -> FieldSpec:
    return FieldSpec(name, "string", length, **kw)  # type: ignore[arg-type]


def default_objects() -> dict[str, ObjectSpec]:
    """The objects the app syncs, with the custom fields its README asks an admin to create."""
    ro = {"createable": False, "updateable": False}
    contact = ObjectSpec(
        "Contact",
        "003",
        _system_fields(
            [
                _ref("MasterRecordId", "Contact", "MasterRecord", **ro),
                _s("Name", 121, **ro),
                _s("FirstName", 40),
                _s("LastName", 80, required=True),
                FieldSpec("Phone", "phone", 40),
                FieldSpec("MobilePhone", "phone", 40),
                FieldSpec("HomePhone", "phone", 40),
                FieldSpec("Email", "email", 80),
                FieldSpec("MailingStreet", "textarea", 255),
                _s("MailingCity", 40),
                _s("MailingState", 80),
                _s("MailingPostalCode", 20),
                FieldSpec("DoNotCall", "boolean", default=False),
                FieldSpec("HasOptedOutOfEmail", "boolean", default=False),
                FieldSpec("Language__c", "picklist", 255),
                _s("PB_Household__c", 80),
                _s("PB_PollingPlace__c", 255),
                FieldSpec("PB_BirthYear__c", "double"),
            ]
        ),
    )
    campaign = ObjectSpec(
        "Campaign",
        "701",
        _system_fields(
            [
                _s("Name", 80, required=True),
                FieldSpec("IsActive", "boolean", default=False),
                FieldSpec("Status", "picklist", 255, default="Planned"),
                FieldSpec("Type", "picklist", 255),
                FieldSpec("StartDate", "date"),
                FieldSpec("EndDate", "date"),
                FieldSpec("Description", "textarea", 32000),
                _ref("ParentId", "Campaign", "Parent"),
            ]
        ),
    )
    member = ObjectSpec(
        "CampaignMember",
        "00v",
        _system_fields(
            [
                _ref("CampaignId", "Campaign", "Campaign", required=True, updateable=False),
                _ref("ContactId", "Contact", "Contact", updateable=False),
                FieldSpec("Status", "picklist", 40),
                FieldSpec("HasResponded", "boolean", default=False, **ro),
                _s("PB_LeaseHolder__c", 255),
                FieldSpec("PB_LeaseExpires__c", "datetime"),
                FieldSpec("PB_Attempts__c", "double"),
            ]
        ),
    )
    member_status = ObjectSpec(
        "CampaignMemberStatus",
        "01Y",
        _system_fields(
            [
                _ref("CampaignId", "Campaign", None, required=True, updateable=False),
                _s("Label", 765, required=True),
                FieldSpec("SortOrder", "int"),
                FieldSpec("IsDefault", "boolean", default=False),
                FieldSpec("HasResponded", "boolean", default=False),
            ]
        ),
    )
    task = ObjectSpec(
        "Task",
        "00T",
        _system_fields(
            [
                # WhoId/WhatId are polymorphic in an org; the emulator resolves them by key prefix.
                FieldSpec("WhoId", "reference", 18, reference_to=("Contact",)),
                FieldSpec("WhatId", "reference", 18, reference_to=("*",)),
                _s("Subject", 255),
                FieldSpec("Status", "picklist", 40, required=True, default="Not Started"),
                FieldSpec("Priority", "picklist", 40, required=True, default="Normal"),
                FieldSpec("ActivityDate", "date"),
                FieldSpec("Description", "textarea", 32000),
                FieldSpec("TaskSubtype", "picklist", 40, updateable=False, default="Task"),
                FieldSpec("CallType", "picklist", 40),
                _s("CallDisposition", 255),
                FieldSpec("CallDurationInSeconds", "int"),
                _s("CallObject", 255),
                _s("PB_OpId__c", 255, external_id=True, unique=True),
                _s("PB_VolunteerId__c", 255),
            ]
        ),
    )
    volunteer = ObjectSpec(
        "PB_Volunteer__c",
        "a0V",
        _system_fields(
            [
                _s("Name", 80),
                FieldSpec("PB_Email__c", "email", 80),
                FieldSpec("PB_Phone__c", "phone", 40),
                FieldSpec("PB_Status__c", "picklist", 255, default="Active"),
                _s("PB_Languages__c", 255),
                _s("PB_ExternalId__c", 255, external_id=True, unique=True),
            ]
        ),
    )
    survey = ObjectSpec(
        "PB_SurveyResponse__c",
        "a0S",
        _system_fields(
            [
                _s("Name", 80),
                _s("PB_OpId__c", 255, external_id=True, unique=True),
                _ref("PB_Contact__c", "Contact", "PB_Contact__r"),
                _ref("PB_Campaign__c", "Campaign", "PB_Campaign__r"),
                _s("PB_Question__c", 255),
                FieldSpec("PB_Answer__c", "textarea", 32000),
                _s("PB_VolunteerId__c", 255),
                FieldSpec("PB_AnsweredAt__c", "datetime"),
            ]
        ),
    )
    opt_out = ObjectSpec(
        "PB_OptOut__c",
        "a0O",
        _system_fields(
            [
                _s("Name", 80),
                _s("PB_OpId__c", 255, external_id=True, unique=True),
                _ref("PB_Contact__c", "Contact", "PB_Contact__r"),
                FieldSpec("PB_Channel__c", "picklist", 255),
                _s("PB_Reason__c", 255),
                FieldSpec("PB_RecordedAt__c", "datetime"),
            ]
        ),
    )
    objects = [contact, campaign, member, member_status, task, volunteer, survey, opt_out]
    return {o.name: o for o in objects}


# --- Ids -------------------------------------------------------------------------------

_B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_SUFFIX = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"
ID_RE = re.compile(r"^[a-zA-Z0-9]{15}(?:[A-Z0-5]{3})?$")


def id_suffix(id15: str) -> str:
    """The documented 3-character checksum that makes a 15-char id case-insensitive-safe."""
    out = []
    for chunk in (id15[0:5], id15[5:10], id15[10:15]):
        bits = sum(1 << i for i, ch in enumerate(chunk) if "A" <= ch <= "Z")
        out.append(_SUFFIX[bits])
    return "".join(out)


def make_id(prefix: str, counter: int) -> str:
    """An 18-char id; ids sort (binary) in creation order because the counter is base-62
    in ASCII order, which keeps ORDER BY Id deterministic."""
    digits = []
    for _ in range(10):
        counter, rem = divmod(counter, 62)
        digits.append(_B62[rem])
    id15 = prefix + "Hs" + "".join(reversed(digits))
    return id15 + id_suffix(id15)


def normalize_id(value: str) -> str | None:
    """The canonical 18-char form of a 15- or 18-char id in any case, or None if malformed.

    An 18-char id's suffix records which of the first 15 characters are upper case, so
    a lower-cased id can be restored exactly (orgs accept ids case-insensitively).
    """
    if not isinstance(value, str) or len(value) not in (15, 18) or not value.isalnum():
        return None
    if len(value) == 15:
        return value + id_suffix(value)
    suffix = value[15:].upper()
    if any(ch not in _SUFFIX for ch in suffix):
        return None
    chars = list(value[:15])
    for chunk_no, ch in enumerate(suffix):
        bits = _SUFFIX.index(ch)
        for i in range(5):
            pos = chunk_no * 5 + i
            upper = bool(bits & (1 << i))
            chars[pos] = chars[pos].upper() if upper else chars[pos].lower()
    id15 = "".join(chars)
    return id15 + suffix


# --- Timestamps ------------------------------------------------------------------------

_DT_RE = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?"
    r"(Z|[+-]\d{2}:?\d{2})$"
)
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def format_datetime(moment: datetime) -> str:
    """Salesforce's wire form: 2026-11-23T10:15:00.000+0000 (UTC, milliseconds)."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}+0000"


def parse_datetime(text: str) -> datetime | None:
    """Parse the ISO forms the API accepts (Z, +0000, +00:00, optional fraction)."""
    if not isinstance(text, str):
        return None
    match = _DT_RE.match(text.strip())
    if not match:
        return None
    y, mo, d, h, mi, s, frac, tz = match.groups()
    micro = int((frac or "0").ljust(6, "0")[:6])
    if tz == "Z":
        offset = timedelta(0)
    else:
        sign = -1 if tz[0] == "-" else 1
        digits = tz[1:].replace(":", "")
        offset = sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    try:
        naive = datetime(int(y), int(mo), int(d), int(h), int(mi), int(s), micro)
    except ValueError:
        return None
    return (naive - offset).replace(tzinfo=UTC)


def canonical_datetime(text: str) -> str | None:
    """Any accepted datetime text in the stored form, so stored values compare as strings."""
    parsed = parse_datetime(text)
    return format_datetime(parsed) if parsed else None


def canonical_date(text: str) -> str | None:
    if not isinstance(text, str) or not _DATE_RE.match(text):
        return None
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        return None
