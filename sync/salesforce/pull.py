"""Reading changes from Salesforce: high-water mark, deletion window, keyset pages.

Each object is read with ``WHERE SystemModstamp > cursor AND SystemModstamp <=
high_water ORDER BY SystemModstamp, Id`` through ``queryAll`` so deleted and
merged records come too (``IsDeleted``, ``MasterRecordId``).  The high-water mark
is the newest stamp at the start: everything up to it already exists, and
anything changed later gets a later stamp and waits for the next run.  The
``/deleted/`` feed tells when the org no longer remembers deletions back to the
cursor (15 days, or an emptied recycle bin): then the engine resyncs in full.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlencode

from callcenter.messages import msg
from callcenter.services.crm_records import CrmRecord
from sync.connector import ObjectType, Page, PullStart
from sync.errors import CrmRequestError, CrmUnavailableError
from sync.salesforce import soql
from sync.salesforce.http import TRANSIENT_CODES, SalesforceHttp
from sync.salesforce.mapping import SOQL_FIELDS, contact_records, to_record

FETCH_CHUNK = 200
QUERIES_PER_REQUEST = 25  # Composite's limit of subrequests
DELETED_WINDOW = timedelta(days=15)


def _select(object_type: ObjectType) -> tuple[str, str]:
    type_name, fields = SOQL_FIELDS[object_type]
    columns = soql.field_list(("Id", "IsDeleted", "SystemModstamp", *fields))
    return type_name, f"SELECT {columns} FROM {type_name}"


def start(http: SalesforceHttp, object_type: ObjectType, since: datetime | None) -> PullStart:
    type_name, _ = _select(object_type)
    newest = http.get(
        "queryAll",
        {"q": f"SELECT SystemModstamp FROM {type_name} ORDER BY SystemModstamp DESC LIMIT 1"},
    )
    records = (newest or {}).get("records") or []
    high_water = soql.parse_datetime(records[0]["SystemModstamp"]) if records else None
    if since is None:
        return PullStart(high_water, full_resync=True)
    return PullStart(
        high_water, full_resync=_deletions_forgotten(http, type_name, since, high_water)
    )


def _deletions_forgotten(
    http: SalesforceHttp, type_name: str, since: datetime, high_water: datetime | None
) -> bool:
    """True when the org may have forgotten deletions made after ``since``."""
    start_at = since.replace(second=0, microsecond=0)
    end_at = max(high_water or since, since) + timedelta(minutes=2)
    try:
        feed = http.get(
            f"sobjects/{type_name}/deleted/",
            {"start": soql.datetime_literal(start_at), "end": soql.datetime_literal(end_at)},
        )
    except CrmRequestError as exc:
        if exc.code == "INVALID_REPLICATION_DATE":
            return True  # more than the feed's window ago
        # An object without a replication feed: judge by the documented window alone.
        return bool(high_water and high_water - since > DELETED_WINDOW)
    earliest = soql.parse_datetime((feed or {}).get("earliestDateAvailable"))
    return earliest is not None and earliest > since


@dataclass(frozen=True)
class FetchedPage:
    """A page's answer, not yet decoded, and how to ask for it again."""

    body: bytes
    path: str
    params: dict[str, str] | None


def fetch_page(
    http: SalesforceHttp,
    object_type: ObjectType,
    *,
    since: datetime | None,
    after_id: str | None,
    until: datetime | None,
    next_page: str | None,
    full: bool,
) -> FetchedPage:
    if next_page:
        try:
            return FetchedPage(http.get_raw(next_page), next_page, None)
        except CrmRequestError as exc:
            if exc.code not in ("INVALID_QUERY_LOCATOR", "NOT_FOUND"):
                raise
            # The org forgot the query (it keeps them for a while only): resume by keyset.
    _, select = _select(object_type)
    where = []
    if since is not None:
        stamp = soql.datetime_literal(since)
        if after_id:
            where.append(
                f"(SystemModstamp > {stamp} OR (SystemModstamp = {stamp} "
                f"AND Id > {soql.quote_id(after_id)}))"
            )
        else:
            where.append(f"SystemModstamp > {stamp}")
    if until is not None:
        where.append(f"SystemModstamp <= {soql.datetime_literal(until)}")
    query = select + (" WHERE " + " AND ".join(where) if where else "")
    query += " ORDER BY SystemModstamp, Id"
    # A full resync wants what exists now; an incremental pull wants deletions too.
    path, params = ("query" if full else "queryAll"), {"q": query}
    return FetchedPage(http.get_raw(path, params), path, params)


def read_page(http: SalesforceHttp, object_type: ObjectType, fetched: FetchedPage) -> Page:
    try:
        body = json.loads(fetched.body)
    except ValueError:
        # Cut short on the way: ask again, with the client's usual retries.
        body = http.get(fetched.path, fetched.params)
    return _page(object_type, body)


def _page(object_type: ObjectType, body: dict) -> Page:  # type: ignore[type-arg]
    rows = body.get("records") or []
    if object_type is ObjectType.CONTACT:
        records = contact_records(rows)
    else:
        records = [to_record(object_type, row) for row in rows]
    return Page(records, None if body.get("done", True) else body.get("nextRecordsUrl"))


def fetch(http: SalesforceHttp, object_type: ObjectType, crm_ids: Sequence[str]) -> list[CrmRecord]:
    """Live records by id, in chunks that keep the query string short; more than one
    chunk travels as one Composite request of up to 25 queries."""
    _, select = _select(object_type)
    ids = sorted(set(crm_ids))
    queries = [
        f"{select} WHERE Id IN {soql.id_list(ids[start_at : start_at + FETCH_CHUNK])}"
        for start_at in range(0, len(ids), FETCH_CHUNK)
    ]
    found: list[CrmRecord] = []
    if len(queries) == 1:
        _read_all(http, object_type, http.get("query", {"q": queries[0]}), found)
        return found
    base = http.data_url.removeprefix(http.instance_url)
    for start_at in range(0, len(queries), QUERIES_PER_REQUEST):
        group = queries[start_at : start_at + QUERIES_PER_REQUEST]
        answer = http.post(
            "composite",
            {
                "allOrNone": False,
                "compositeRequest": [
                    {
                        "method": "GET",
                        "url": f"{base}/query?{urlencode({'q': q})}",
                        "referenceId": f"q{n}",
                    }
                    for n, q in enumerate(group)
                ],
            },
        )
        parts = (answer or {}).get("compositeResponse") or []
        if len(parts) != len(group):
            raise _unreachable(PART_MISSING)
        for part in parts:
            body = part.get("body")
            status = int(part.get("httpStatusCode") or 0)
            if status >= 400 or not isinstance(body, dict):
                error = body[0] if isinstance(body, list) and body else {}
                code = str(error.get("errorCode", ""))
                if status >= 500 or code in TRANSIENT_CODES or not isinstance(body, (dict, list)):
                    # Busy or cut short inside the batch: the sync stops, nothing lost.
                    raise _unreachable(code or str(status))
                raise CrmRequestError(
                    status, code, str(error.get("message", "The CRM refused a read."))
                )
            _read_all(http, object_type, body, found)
    return found


# The code named when a batch of reads came back with parts missing.
PART_MISSING = "BAD_ANSWER"


def _unreachable(code: str) -> CrmUnavailableError:
    return CrmUnavailableError(
        msg(
            "salesforce_http.salesforce_could_not_reached_properly",
            problem=msg("salesforce_http.salesforce_busy", code=code),
        )
    )


def _read_all(
    http: SalesforceHttp,
    object_type: ObjectType,
    body: dict,  # type: ignore[type-arg]
    found: list[CrmRecord],
) -> None:
    while True:
        result = _page(object_type, body)
        found.extend(result.records)
        if not result.next_page:
            return
        body = http.get(result.next_page)
