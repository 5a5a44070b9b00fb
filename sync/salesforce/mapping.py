"""Local records <-> Salesforce fields: the only place that knows both vocabularies.

Outgoing, each outbox row becomes one or more writes, each keyed for an idempotent
write (an upsert by an external id holding the local op id, or a plain update by
record id), so sending a row twice changes nothing:

- ``call_attempt``: a Task (``TaskSubtype='Call'``, upserted by ``PB_OpId__c``), a
  follow-up Task for a callback, one ``PB_SurveyResponse__c`` per answer (by its own
  op id), and the campaign member's ``Status``.
- ``contact_do_not_call``: ``Contact.DoNotCall = true`` and a ``PB_OptOut__c`` record.
- ``phone_do_not_call`` (one number): Salesforce's Contact has no do-not-call per
  number, so the whole Contact gets ``DoNotCall = true`` (no workstation or other
  tool may call the number meanwhile) and a ``PB_OptOut__c`` names the number, for
  an admin who may relax it.
- ``contact_erasure``: first ``DoNotCall`` and ``HasOptedOutOfEmail`` (so nobody
  contacts them even while a deletion is refused), then for an erasure the
  Contact is deleted (Salesforce deletes its Tasks with it; the recycle bin keeps
  it 15 days); for an opt-out the record stays and a ``PB_OptOut__c`` says why.
  A Contact already deleted counts as done (a retry after a lost answer).
- ``phone_bad``: a completed Task noting the wrong number.
- ``volunteer_status``: ``PB_Volunteer__c.PB_Status__c``.
- ``contact_update``: the changed Contact fields.

Incoming, Salesforce records become ``CrmRecord``s in the core's terms.
"""

from __future__ import annotations

import functools
import operator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from callcenter.messages import msg
from callcenter.services.crm_records import CrmRecord
from callcenter.services.outbox import OutboxItem
from sync.connector import ObjectType
from sync.salesforce.soql import format_datetime, parse_datetime

UPDATE = ("", "")  # the target of plain updates by Id: PATCH /composite/sobjects
DELETE = ("", "delete")  # deletions by Id: DELETE /composite/sobjects?ids=
TASK_UPSERT = ("Task", "PB_OpId__c")
ANSWER_UPSERT = ("PB_SurveyResponse__c", "PB_OpId__c")
OPT_OUT_UPSERT = ("PB_OptOut__c", "PB_OpId__c")
VOLUNTEER_UPSERT = ("PB_Volunteer__c", "PB_ExternalId__c")
# Fields Salesforce takes on create but refuses on update (an upsert that finds the record).
CREATE_ONLY = {"Task": ("TaskSubtype",)}

VOLUNTEER_STATUS_OUT = {
    "pending": "Pending",
    "active": "Active",
    "suspended": "Suspended",
    "deactivated": "Inactive",
}
LANGUAGES_IN = {
    "english": "en",
    "spanish": "es",
    "german": "de",
    "french": "fr",
    "chinese": "zh",
    "vietnamese": "vi",
    "korean": "ko",
    "arabic": "ar",
    "russian": "ru",
    "tagalog": "tl",
    "portuguese": "pt",
}
# Contact fields in core terms -> Salesforce (the ones a contact edit may change).
CONTACT_FIELDS_OUT = {
    "first_name": "FirstName",
    "last_name": "LastName",
    "email": "Email",
    "street": "MailingStreet",
    "city": "MailingCity",
    "state": "MailingState",
    "postal_code": "MailingPostalCode",
    "polling_place": "PB_PollingPlace__c",
}


class MappingError(Exception):
    """A row that cannot become a Salesforce write (for the review queue)."""


@dataclass
class Write:
    """One record for one collections endpoint; ``primary`` gives the row its CRM id."""

    target: tuple[str, str]
    record: dict[str, Any]
    primary: bool = False
    owners: list[int] = field(default_factory=list)  # indexes of the items it serves
    gone_is_done: bool = False  # a record already deleted counts as written


def _sobject(type_name: str, **values: Any) -> dict[str, Any]:
    return {"attributes": {"type": type_name}, **values}


def _date(text: str | None) -> str | None:
    return datetime.fromisoformat(text).date().isoformat() if text else None


def _stamp(text: str | None) -> str | None:
    return format_datetime(datetime.fromisoformat(text)) if text else None


def writes_for(item: OutboxItem) -> list[Write]:
    """The Salesforce writes for one outbox row.

    Raises:
        MappingError: the row names a record Salesforce does not know (yet).
    """
    kind = item.kind
    if kind == "call_attempt":
        return _call_writes(item)
    if kind == "contact_do_not_call":
        contact = _contact_id(item)
        return [
            Write(UPDATE, _sobject("Contact", Id=contact, DoNotCall=True), primary=True),
            Write(
                OPT_OUT_UPSERT,
                _sobject(
                    "PB_OptOut__c",
                    PB_OpId__c=item.op_id,
                    Name="Do not call",
                    PB_Contact__c=contact,
                    PB_Channel__c="Phone",
                    PB_RecordedAt__c=_stamp(item.payload.get("at")),
                ),
            ),
        ]
    if kind == "phone_do_not_call":
        contact = _contact_id(item)
        number = item.payload.get("number_e164")
        return [
            Write(UPDATE, _sobject("Contact", Id=contact, DoNotCall=True), primary=True),
            _opt_out(
                item,
                contact,
                "Do not call (one number)",
                f"Asked not to be called on {number}." if number else "Asked not to be called.",
            ),
        ]
    if kind == "contact_erasure":
        contact = _contact_id(item)
        stop = Write(
            UPDATE,
            _sobject("Contact", Id=contact, DoNotCall=True, HasOptedOutOfEmail=True),
            primary=True,
            gone_is_done=True,
        )
        if item.payload.get("request") == "opt_out":
            reason = "Asked never to be contacted again; their data was erased in the call center."
            return [stop, _opt_out(item, contact, "Never contact again", reason)]
        return [stop, Write(DELETE, _sobject("Contact", Id=contact), gone_is_done=True)]
    if kind == "phone_bad":
        number = item.payload.get("number_e164") or ""
        return [
            Write(
                TASK_UPSERT,
                _sobject(
                    "Task",
                    PB_OpId__c=item.op_id,
                    WhoId=_contact_id(item),
                    Subject="Wrong number",
                    Status="Completed",
                    Priority="Normal",
                    Description=f"{number} was marked as a wrong number.",
                ),
                primary=True,
            )
        ]
    if kind == "volunteer_status":
        status = VOLUNTEER_STATUS_OUT.get(str(item.payload.get("status")), "Active")
        crm_id = item.refs.get("volunteer_crm_id")
        if crm_id:
            return [
                Write(UPDATE, _sobject("PB_Volunteer__c", Id=crm_id, PB_Status__c=status), True)
            ]
        name = (item.refs.get("volunteer_name") or "Volunteer")[:80]
        return [
            Write(
                VOLUNTEER_UPSERT,
                _sobject(
                    "PB_Volunteer__c",
                    PB_ExternalId__c=item.refs.get("volunteer_uid")
                    or item.payload["volunteer_uid"],
                    Name=name,
                    PB_Status__c=status,
                ),
                primary=True,
            )
        ]
    if kind == "contact_update":
        changes = item.payload.get("changes") or {}
        values = {CONTACT_FIELDS_OUT[k]: v for k, v in changes.items() if k in CONTACT_FIELDS_OUT}
        return [Write(UPDATE, _sobject("Contact", Id=_contact_id(item), **values), primary=True)]
    raise MappingError(msg("salesforce_mapping.unknown_kind", kind=kind))


def _opt_out(item: OutboxItem, contact: str, name: str, reason: str) -> Write:
    return Write(
        OPT_OUT_UPSERT,
        _sobject(
            "PB_OptOut__c",
            PB_OpId__c=item.op_id,
            Name=name,
            PB_Contact__c=contact,
            PB_Channel__c="Phone",
            PB_Reason__c=reason[:255],
            PB_RecordedAt__c=_stamp(item.payload.get("at")),
        ),
    )


def _contact_id(item: OutboxItem) -> str:
    contact = item.refs.get("contact_crm_id")
    if not contact:
        raise MappingError(msg("salesforce_mapping.contact_not_in_salesforce"))
    return str(contact)


def _call_writes(item: OutboxItem) -> list[Write]:
    p, refs = item.payload, item.refs
    contact = _contact_id(item)
    campaign = refs.get("campaign_crm_id")
    volunteer = refs.get("volunteer_crm_id") or refs.get("volunteer_uid") or p.get("volunteer_uid")
    disposition = str(p.get("result_crm_value") or p.get("result_code") or "")[:255]
    task = _sobject(
        "Task",
        PB_OpId__c=item.op_id,
        WhoId=contact,
        Subject=f"Call: {disposition}"[:255],
        Status="Completed",
        Priority="Normal",
        TaskSubtype="Call",
        CallType="Outbound",
        CallDisposition=disposition,
        CallDurationInSeconds=int(p.get("duration_s") or 0),
        Description=p.get("notes") or "",
        ActivityDate=_date(p.get("ended_at")),
        PB_VolunteerId__c=volunteer,
    )
    if campaign:
        task["WhatId"] = campaign
    writes = [Write(TASK_UPSERT, task, primary=True)]
    if p.get("callback_at"):
        follow_up = _sobject(
            "Task",
            PB_OpId__c=f"{item.op_id}-callback",
            WhoId=contact,
            Subject="Call back",
            Status="Not Started",
            Priority="Normal",
            TaskSubtype="Call",
            ActivityDate=_date(p["callback_at"]),
            Description=f"Call back at {p['callback_at']} (UTC offset included).",
            PB_VolunteerId__c=volunteer,
        )
        if campaign:
            follow_up["WhatId"] = campaign
        writes.append(Write(TASK_UPSERT, follow_up))
    for answer in refs.get("answers") or []:
        value = answer.get("text") or answer.get("answer_label") or answer.get("answer_key")
        record = _sobject(
            "PB_SurveyResponse__c",
            PB_OpId__c=answer["op_id"],
            Name=str(answer["question_key"])[:80],
            PB_Contact__c=contact,
            PB_Question__c=answer["question_key"],
            PB_Answer__c=value,
            PB_VolunteerId__c=volunteer,
            PB_AnsweredAt__c=_stamp(p.get("ended_at")),
        )
        if campaign:
            record["PB_Campaign__c"] = campaign
        writes.append(Write(ANSWER_UPSERT, record))
    member, status = refs.get("member_crm_id"), refs.get("member_status")
    if member:
        # Attempts travel with the member so other workstations stop at the campaign's limit.
        values: dict[str, Any] = {"PB_Attempts__c": refs.get("member_attempts") or 0}
        if status:
            values["Status"] = status
        writes.append(Write(UPDATE, _sobject("CampaignMember", Id=member, **values)))
    return writes


def without_create_only(record: dict[str, Any]) -> dict[str, Any] | None:
    """The record minus create-only fields, or None when it has none to drop."""
    drop = CREATE_ONLY.get(record.get("attributes", {}).get("type", ""), ())
    if not any(name in record for name in drop):
        return None
    return {k: v for k, v in record.items() if k not in drop}


# --- incoming ---------------------------------------------------------------------------------

SOQL_FIELDS: dict[ObjectType, tuple[str, tuple[str, ...]]] = {
    ObjectType.CAMPAIGN: ("Campaign", ("Name", "IsActive", "Status", "Description")),
    ObjectType.MEMBER_STATUS: (
        "CampaignMemberStatus",
        ("CampaignId", "Label", "SortOrder", "IsDefault", "HasResponded"),
    ),
    ObjectType.VOLUNTEER: (
        "PB_Volunteer__c",
        ("Name", "PB_Email__c", "PB_Phone__c", "PB_Status__c", "PB_Languages__c"),
    ),
    ObjectType.CONTACT: (
        "Contact",
        (
            "MasterRecordId",
            "FirstName",
            "LastName",
            "Phone",
            "MobilePhone",
            "HomePhone",
            "Email",
            "MailingStreet",
            "MailingCity",
            "MailingState",
            "MailingPostalCode",
            "DoNotCall",
            "HasOptedOutOfEmail",
            "Language__c",
            "PB_Household__c",
            "PB_PollingPlace__c",
            "PB_BirthYear__c",
        ),
    ),
    ObjectType.MEMBER: (
        "CampaignMember",
        ("CampaignId", "ContactId", "Status", "PB_LeaseHolder__c", "PB_LeaseExpires__c"),
    ),
}


@functools.lru_cache(maxsize=256)
def language_code(value: str | None) -> str:
    if not value:
        return "en"
    text = value.strip().lower()
    if len(text) in (2, 3) and text.isalpha():
        return text
    return LANGUAGES_IN.get(text, "en")


@functools.lru_cache(maxsize=4096)  # records saved together share a stamp
def _modstamp(text: str) -> datetime:
    stamp = parse_datetime(text)
    assert stamp is not None, "every record has a SystemModstamp"
    return stamp


_CONTACT_ROW = operator.itemgetter(
    "Id",
    "SystemModstamp",
    "IsDeleted",
    "MasterRecordId",
    "FirstName",
    "LastName",
    "Email",
    "MailingStreet",
    "MailingCity",
    "MailingState",
    "MailingPostalCode",
    "PB_PollingPlace__c",
    "Language__c",
    "PB_BirthYear__c",
    "DoNotCall",
    "HasOptedOutOfEmail",
    "PB_Household__c",
    "MobilePhone",
    "Phone",
    "HomePhone",
)


def contact_records(rows: list[dict[str, Any]]) -> list[CrmRecord]:
    """A page of Contact rows as records carrying ``values`` (``CONTACT_FIELDS`` order).

    A query answer has every selected field in every row (null when empty), so one
    ``itemgetter`` reads a row; a row lacking one goes the slow way.
    """
    records = []
    append = records.append
    modstamp, language = _modstamp, language_code
    for row in rows:
        try:
            (
                crm_id, stamp, deleted, master, first, last, email, street, city, state,
                postal, polling, lang, birth, dnc, opt_out, household, mobile, work, home,
            ) = _CONTACT_ROW(row)  # fmt: skip
        except KeyError:
            append(to_record(ObjectType.CONTACT, row))
            continue
        values = (
            first or "",
            last or "",
            email,
            street,
            city,
            state,
            postal,
            polling,
            language(lang),
            int(birth) if birth else None,
            bool(dnc),
            bool(opt_out),
            household,
            ((mobile, "mobile"), (work, "work"), (home, "home")),
        )
        append(
            CrmRecord(
                crm_id, modstamp(stamp), bool(deleted), master if deleted else None, values=values
            )
        )
    return records


def to_record(object_type: ObjectType, row: dict[str, Any]) -> CrmRecord:
    """A Salesforce query row as a ``CrmRecord`` in core terms."""
    stamp = _modstamp(row["SystemModstamp"])
    deleted = bool(row.get("IsDeleted"))
    fields: dict[str, Any]
    if object_type is ObjectType.CONTACT:
        phones = [
            (row.get(name), kind)
            for name, kind in (("MobilePhone", "mobile"), ("Phone", "work"), ("HomePhone", "home"))
            if row.get(name)
        ]
        birth = row.get("PB_BirthYear__c")
        fields = {
            "first_name": row.get("FirstName") or "",
            "last_name": row.get("LastName") or "",
            "email": row.get("Email"),
            "street": row.get("MailingStreet"),
            "city": row.get("MailingCity"),
            "state": row.get("MailingState"),
            "postal_code": row.get("MailingPostalCode"),
            "polling_place": row.get("PB_PollingPlace__c"),
            "language": language_code(row.get("Language__c")),
            "birth_year": int(birth) if birth else None,
            "do_not_call": bool(row.get("DoNotCall")),
            "opted_out_email": bool(row.get("HasOptedOutOfEmail")),
            "household_key": row.get("PB_Household__c"),
            "phones": phones,
        }
        merged = row.get("MasterRecordId") if deleted else None
        return CrmRecord(row["Id"], stamp, deleted, merged, fields)
    if object_type is ObjectType.CAMPAIGN:
        fields = {
            "name": row.get("Name") or "",
            "is_active": bool(row.get("IsActive")),
            "description": row.get("Description") or "",
        }
    elif object_type is ObjectType.MEMBER_STATUS:
        fields = {
            "campaign_crm_id": row.get("CampaignId"),
            "label": row.get("Label") or "",
            "sort_order": int(row.get("SortOrder") or 0),
            "is_default": bool(row.get("IsDefault")),
            "has_responded": bool(row.get("HasResponded")),
        }
    elif object_type is ObjectType.VOLUNTEER:
        name = (row.get("Name") or "").strip()
        first, _, last = name.partition(" ")
        languages = [
            language_code(part) for part in (row.get("PB_Languages__c") or "").split(";") if part
        ]
        fields = {
            "first_name": first,
            "last_name": last,
            "email": row.get("PB_Email__c"),
            "phone": row.get("PB_Phone__c"),
            "crm_status": row.get("PB_Status__c"),
            "languages": languages or ["en"],
        }
    else:
        fields = {
            "campaign_crm_id": row.get("CampaignId"),
            "contact_crm_id": row.get("ContactId"),
            "status": row.get("Status"),
            "lease_holder": row.get("PB_LeaseHolder__c"),
            "lease_expires_at": parse_datetime(row.get("PB_LeaseExpires__c")),
        }
    return CrmRecord(row["Id"], stamp, deleted, None, fields)
