"""Sending a batch of outbox rows as one Composite request of sObject Collections.

One HTTP request carries up to 25 collection calls of up to 200 records each (Tasks
upserted by op id, survey answers, member statuses ...), so 200 recorded calls cost
one request.  Each record gets its own result; a row is sent when every one of its
records succeeded, retried when one failed for a passing reason, and refused for
review (with Salesforce's message) when one failed for good.

A ``contact_resend`` row (a person chose to send the local value of a conflict) is
one conditional ``PATCH sobjects/Contact/{id}`` with ``If-Unmodified-Since`` set to
the CRM stamp the conflict saw.  A 412 means the record changed since: when it
already holds the value (our own earlier write whose answer was lost) the row is
sent, otherwise it becomes a new conflict, never an overwrite.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from email.utils import format_datetime as http_date
from typing import Any
from urllib.parse import urlencode

from callcenter.services.outbox import OutboxItem
from sync.connector import ObjectType, Outcome, PushResult
from sync.errors import CrmRequestError
from sync.salesforce import pull
from sync.salesforce.http import TRANSIENT_CODES, SalesforceHttp
from sync.salesforce.mapping import (
    CONTACT_FIELDS_OUT,
    DELETE,
    UPDATE,
    MappingError,
    Write,
    without_create_only,
    writes_for,
)

log = logging.getLogger(__name__)

COLLECTION_MAX = 200
SUBREQUESTS_MAX = 25


class _Status:
    """What happened to one write: ok, or (transient?, message)."""

    __slots__ = ("code", "crm_id", "failure", "ok", "transient")

    def __init__(self) -> None:
        self.ok = False
        self.crm_id: str | None = None
        self.transient = False
        self.failure = ""
        self.code = ""


RESEND = "contact_resend"
# Conditional sends of one decided value while other fields of the record keep changing.
RESEND_TRIES = 3


def push_items(http: SalesforceHttp, items: Sequence[OutboxItem]) -> list[PushResult]:
    """Results for ``items``, in order. Raises SyncError when nothing could be sent."""
    if any(i.kind == RESEND for i in items):
        others = [i for i in items if i.kind != RESEND]
        done = {i.id: _resend(http, i) for i in items if i.kind == RESEND}
        done.update((r.outbox_id, r) for r in (_push_collections(http, others) if others else []))
        return [done[i.id] for i in items]
    return _push_collections(http, items)


def _resend(http: SalesforceHttp, item: OutboxItem) -> PushResult:
    """One conditional Contact update (see the module docstring).

    On 412 the record is read back: our values already there (an answer lost) is
    sent; the overruled fields still holding the CRM values the person decided
    against (only other fields changed, say a new phone) is sent again, on the new
    stamp, a few times at most; an overruled field that changed is a new conflict.
    """
    contact = item.refs.get("contact_crm_id")
    changes = item.payload.get("changes") or {}
    overruled = item.payload.get("crm_values") or {}
    values = {CONTACT_FIELDS_OUT[k]: v for k, v in changes.items() if k in CONTACT_FIELDS_OUT}
    if not contact:
        return PushResult(item.id, Outcome.REVIEW, message="Contact: not in Salesforce (yet).")
    stamp = item.payload.get("crm_modstamp")
    moment = datetime.fromisoformat(stamp) if stamp else None
    for _attempt in range(RESEND_TRIES):
        headers = {}
        if moment is not None:
            moment = moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
            headers["If-Unmodified-Since"] = http_date(moment, usegmt=True)
        try:
            http.patch(f"sobjects/Contact/{contact}", values, headers=headers)
            return PushResult(item.id, Outcome.SENT, crm_id=str(contact))
        except CrmRequestError as exc:
            if exc.status != 412:
                transient = exc.code in TRANSIENT_CODES
                text = f"Contact: {exc.message} ({exc.code})" if exc.code else f"Contact: {exc}"
                return PushResult(
                    item.id, Outcome.RETRY if transient else Outcome.REVIEW, message=text
                )
        try:
            found = [r for r in pull.fetch(http, ObjectType.CONTACT, [contact]) if not r.deleted]
        except CrmRequestError as exc:
            return PushResult(item.id, Outcome.RETRY, message=f"Contact: {exc.message}")
        if not found:
            return PushResult(
                item.id, Outcome.REVIEW, message="Contact: the contact is gone from the CRM."
            )
        current = found[0]
        if all(_same(current.fields.get(k), v) for k, v in changes.items()):
            return PushResult(item.id, Outcome.SENT, crm_id=current.crm_id)  # ours, answer lost
        untouched = overruled and all(
            _same(current.fields.get(k), overruled.get(k)) for k in changes
        )
        if not untouched:
            break
        moment = current.modstamp  # only other fields changed: the decision still holds
    else:
        return PushResult(
            item.id,
            Outcome.RETRY,
            message="Contact: the CRM record keeps changing; it is tried again.",
        )
    return PushResult(
        item.id,
        Outcome.CONFLICT,
        crm_id=current.crm_id,
        message="Contact: changed in the CRM since the conflict.",
        current=current,
    )


def _same(a: Any, b: Any) -> bool:
    return (a or None) == (b or None)


def _push_collections(http: SalesforceHttp, items: Sequence[OutboxItem]) -> list[PushResult]:
    refused: dict[int, str] = {}
    writes: list[Write] = []
    for index, item in enumerate(items):
        try:
            own = writes_for(item)
        except MappingError as exc:
            refused[index] = str(exc)
            continue
        for write in own:
            write.owners.append(index)
        writes.extend(own)
    writes = _merge_updates(writes)
    statuses = _send(http, writes)
    # An upsert that found its record (a retry after a lost answer) must leave out
    # create-only fields; send those again without them.
    again = [
        (w, trimmed)
        for w, s in zip(writes, statuses, strict=True)
        if not s.ok
        and "INVALID_FIELD_FOR_INSERT_UPDATE" in s.failure
        and (trimmed := without_create_only(w.record)) is not None
    ]
    if again:
        retried = [Write(w.target, trimmed, w.primary, w.owners) for w, trimmed in again]
        for (write, _), status in zip(again, _send(http, retried), strict=True):
            statuses[writes.index(write)] = status
    for write, status in zip(writes, statuses, strict=True):
        if write.gone_is_done and not status.ok and status.code == "ENTITY_IS_DELETED":
            status.ok = True  # deleted already (an erasure sent before its answer was lost)
    return _results(items, writes, statuses, refused)


def _merge_updates(writes: list[Write]) -> list[Write]:
    """One update per record (a collection must not name a record twice)."""
    merged: dict[str, Write] = {}
    out: list[Write] = []
    for write in writes:
        if write.target != UPDATE:
            out.append(write)
            continue
        key = write.record["Id"]
        if key in merged:
            seen = merged[key]
            seen.record.update(write.record)
            seen.owners.extend(write.owners)
            seen.primary = seen.primary or write.primary
            seen.gone_is_done = seen.gone_is_done or write.gone_is_done
            continue
        merged[key] = write
        out.append(write)
    return out


def _send(http: SalesforceHttp, writes: list[Write]) -> list[_Status]:
    """Every write's outcome; composite requests of at most 25 collection calls."""
    chunks: list[tuple[tuple[str, str], list[int]]] = []
    by_target: dict[tuple[str, str], list[int]] = {}
    for index, write in enumerate(writes):
        by_target.setdefault(write.target, []).append(index)
    for target, indexes in by_target.items():
        for start in range(0, len(indexes), COLLECTION_MAX):
            chunks.append((target, indexes[start : start + COLLECTION_MAX]))
    statuses = [_Status() for _ in writes]
    for start in range(0, len(chunks), SUBREQUESTS_MAX):
        group = chunks[start : start + SUBREQUESTS_MAX]
        body = {
            "allOrNone": False,
            "compositeRequest": [
                _subrequest(http, f"part{number}", target, [writes[i].record for i in indexes])
                for number, (target, indexes) in enumerate(group)
            ],
        }
        try:
            answer = http.post("composite", body)
        except CrmRequestError as exc:
            for _, indexes in group:
                for i in indexes:
                    _fail(statuses[i], exc.code, exc.message)
            continue
        parts = (answer or {}).get("compositeResponse") or []
        for (_, indexes), part in zip(group, parts, strict=False):
            _read_part(part, indexes, statuses)
    return statuses


def _subrequest(
    http: SalesforceHttp, reference: str, target: tuple[str, str], records: list[dict[str, Any]]
) -> dict[str, Any]:
    base = http.data_url.removeprefix(http.instance_url)
    if target == DELETE:
        ids = ",".join(r["Id"] for r in records)
        url = f"{base}/composite/sobjects?{urlencode({'ids': ids, 'allOrNone': 'false'})}"
        return {"method": "DELETE", "url": url, "referenceId": reference}
    url = f"{base}/composite/sobjects"
    if target != UPDATE:
        url += f"/{target[0]}/{target[1]}"
    return {
        "method": "PATCH",
        "url": url,
        "referenceId": reference,
        "body": {"allOrNone": False, "records": records},
    }


def _read_part(part: dict[str, Any], indexes: list[int], statuses: list[_Status]) -> None:
    body = part.get("body")
    if int(part.get("httpStatusCode") or 0) >= 400 or not isinstance(body, list):
        error = body[0] if isinstance(body, list) and body and isinstance(body[0], dict) else {}
        for i in indexes:
            _fail(statuses[i], str(error.get("errorCode", "")), str(error.get("message", "")))
        return
    for i, result in zip(indexes, body, strict=False):
        if isinstance(result, dict) and result.get("success"):
            statuses[i].ok = True
            statuses[i].crm_id = result.get("id")
            continue
        errors = (result or {}).get("errors") or [{}]
        first = errors[0]
        _fail(statuses[i], str(first.get("statusCode", "")), str(first.get("message", "")))


def _fail(status: _Status, code: str, message: str) -> None:
    status.code = code
    status.transient = code in TRANSIENT_CODES
    status.failure = f"{message} ({code})" if code else message or "refused without a reason"


def _results(
    items: Sequence[OutboxItem],
    writes: list[Write],
    statuses: list[_Status],
    refused: dict[int, str],
) -> list[PushResult]:
    crm_ids: dict[int, str | None] = {}
    problems: dict[int, list[tuple[bool, str]]] = {}
    volunteers: dict[int, list[tuple[str, str]]] = {}
    for write, status in zip(writes, statuses, strict=True):
        type_name = write.record["attributes"]["type"]
        for owner in write.owners:
            if not status.ok:
                problems.setdefault(owner, []).append(
                    (status.transient, f"{type_name}: {status.failure}")
                )
            elif write.primary:
                crm_ids[owner] = status.crm_id
                uid = write.record.get("PB_ExternalId__c")
                if type_name == "PB_Volunteer__c" and uid and status.crm_id:
                    volunteers.setdefault(owner, []).append((uid, status.crm_id))
    results = []
    for index, item in enumerate(items):
        if index in refused:
            results.append(PushResult(item.id, Outcome.REVIEW, message=refused[index]))
            continue
        found = problems.get(index, [])
        permanent = [text for transient, text in found if not transient]
        if permanent:
            results.append(PushResult(item.id, Outcome.REVIEW, message="; ".join(permanent)))
        elif found:
            results.append(
                PushResult(item.id, Outcome.RETRY, message="; ".join(t for _, t in found))
            )
        else:
            results.append(
                PushResult(
                    item.id,
                    Outcome.SENT,
                    crm_id=crm_ids.get(index),
                    new_volunteer_ids=tuple(volunteers.get(index, ())),
                )
            )
    return results
