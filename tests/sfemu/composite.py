"""sObject Collections (/composite/sobjects) and Composite (/composite).

Collections take up to 200 records and answer with one result per record, in request
order; allOrNone rolls every record back when one fails. Composite runs up to 25
subrequests in order, resolves @{refId.path} references, and with allOrNone rolls the
whole request back when a subrequest fails.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from .errors import ApiError, not_found
from .rest import ApiRequest, ApiResponse, DataApi, row_lock_error
from .schema import normalize_id

MAX_COLLECTION = 200
MAX_SUBREQUESTS = 25
_REF = re.compile(r"@\{([A-Za-z0-9_]+)((?:\.[A-Za-z0-9_]+|\[\d+\])*)\}")
_DATA_URL = re.compile(r"^/services/data/v(\d+\.\d)/(.*)$")
_ROLLED_BACK = ApiError(
    400,
    "ALL_OR_NONE_OPERATION_ROLLED_BACK",
    "Record rolled back because not all records were valid and the request was using "
    "AllOrNone header",
)
_HALTED = ApiError(
    400,
    "PROCESSING_HALTED",
    "The transaction was rolled back since another operation in the same transaction failed.",
)


class _Rollback(Exception):
    """Raised inside a transaction to undo it after results were collected."""


def serve_composite(api: DataApi, req: ApiRequest) -> ApiResponse:
    """Entry point for every path under composite/."""
    parts = [p for p in req.path.split("/") if p][1:]
    if not parts:
        if req.method != "POST":
            raise ApiError(
                405,
                "METHOD_NOT_ALLOWED",
                f"HTTP Method '{req.method}' not allowed. Allowed are POST",
            )
        return _composite(api, req)
    if parts[0] != "sobjects":
        raise not_found()
    if len(parts) == 1 and req.method in ("POST", "PATCH"):
        return _save(api, req, creating=req.method == "POST")
    if len(parts) == 1 and req.method == "DELETE":
        return _delete(api, req)
    if len(parts) == 2 and req.method == "GET":
        return _retrieve(api, req, parts[1])
    if len(parts) == 3 and req.method == "PATCH":
        return _upsert(api, req, parts[1], parts[2])
    raise not_found()


# -- sObject Collections -----------------------------------------------------------------
def _records(req: ApiRequest) -> tuple[list[Any], bool]:
    body = req.body
    if not isinstance(body, dict) or not isinstance(body.get("records"), list):
        raise ApiError(400, "JSON_PARSER_ERROR", "The request body must contain a records array")
    records = body["records"]
    if len(records) > MAX_COLLECTION:
        raise ApiError(
            400,
            "EXCEEDED_ID_LIMIT",
            f"record limit reached. cannot submit more than {MAX_COLLECTION} records "
            "into this call",
        )
    return records, bool(body.get("allOrNone", False))


def _locked_indexes(api: DataApi, req: ApiRequest, count: int) -> set[int]:
    fault = api.faults.take(req.method, req.target, frozenset({"row_lock"}))
    if fault is None:
        return set()
    return set(range(count)) if fault.records is None else set(fault.records)


def _run(
    api: DataApi,
    req: ApiRequest,
    items: list[Any],
    all_or_none: bool,
    operation: Any,
) -> list[dict[str, Any]]:
    """Apply operation to each item in its own savepoint; allOrNone undoes them all."""
    locked = _locked_indexes(api, req, len(items))
    results: list[dict[str, Any]] = []
    try:
        with api.store.transaction():
            for index, item in enumerate(items):
                try:
                    with api.store.transaction():
                        if index in locked:
                            raise row_lock_error(_item_id(item))
                        results.append(operation(item))
                except ApiError as exc:
                    failed: dict[str, Any] = {"success": False, "errors": [exc.record_error()]}
                    if _item_id(item):
                        failed = {"id": _item_id(item), **failed}
                    results.append(failed)
            if all_or_none and any(not r["success"] for r in results):
                raise _Rollback
    except _Rollback:
        results = [r if not r["success"] else _rolled_back(r) for r in results]
    return results


def _rolled_back(result: dict[str, Any]) -> dict[str, Any]:
    """A record that was fine but undone; a record that was created has no id any more."""
    out: dict[str, Any] = {} if result.get("_new") else {"id": result["id"]}
    out.update(success=False, errors=[_ROLLED_BACK.record_error()])
    return out


def _item_id(item: Any) -> str:
    if isinstance(item, dict):
        value = item.get("Id") or item.get("id")
        return str(value) if value else ""
    return str(item) if isinstance(item, str) else ""


def _type_of(item: Any) -> str:
    if not isinstance(item, dict) or not isinstance(item.get("attributes"), dict):
        raise ApiError(400, "INVALID_TYPE", "Must specify a type in attributes")
    type_name = item["attributes"].get("type")
    if not isinstance(type_name, str) or not type_name:
        raise ApiError(400, "INVALID_TYPE", "Must specify a type in attributes")
    return type_name


def _fields(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k != "attributes"}


def _save(api: DataApi, req: ApiRequest, creating: bool) -> ApiResponse:
    records, all_or_none = _records(req)

    def create(item: Any) -> dict[str, Any]:
        type_name = _type_of(item)
        values = _fields(item)
        if any(k.lower() == "id" for k in values):
            raise ApiError(400, "INVALID_FIELD", "cannot specify Id in an insert call", ["Id"])
        record_id = api.store.create(type_name, values)
        return {"id": record_id, "success": True, "errors": [], "_new": True}

    def update(item: Any) -> dict[str, Any]:
        type_name = _type_of(item)
        values = _fields(item)
        raw_id = values.pop("Id", None) or values.pop("id", None)
        if not raw_id:
            raise ApiError(400, "MISSING_ARGUMENT", "Id not specified in an update call", ["Id"])
        record_id = normalize_id(str(raw_id))
        if record_id is None:
            raise ApiError(
                400, "MALFORMED_ID", f"Record ID: id value of incorrect type: {raw_id}", ["Id"]
            )
        api.store.update(type_name, record_id, values)
        return {"id": record_id, "success": True, "errors": []}

    results = _run(api, req, records, all_or_none, create if creating else update)
    return ApiResponse(200, [_public(r) for r in results])


def _public(result: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in result.items() if not k.startswith("_")}


def _delete(api: DataApi, req: ApiRequest) -> ApiResponse:
    ids = [i for i in req.params.get("ids", "").split(",") if i]
    if len(ids) > MAX_COLLECTION:
        raise ApiError(
            400,
            "EXCEEDED_ID_LIMIT",
            "record limit reached. cannot submit more than 200 records into this call",
        )
    all_or_none = req.params.get("allOrNone", "false").lower() == "true"

    def delete(raw_id: str) -> dict[str, Any]:
        record_id = normalize_id(raw_id)
        spec = api.store.object_for_id(record_id) if record_id else None
        if record_id is None or spec is None:
            raise ApiError(400, "MALFORMED_ID", f"malformed id {raw_id}")
        api.store.delete(spec.name, record_id)
        return {"id": record_id, "success": True, "errors": []}

    return ApiResponse(200, _run(api, req, ids, all_or_none, delete))


def _retrieve(api: DataApi, req: ApiRequest, type_name: str) -> ApiResponse:
    spec = api.store.object(type_name)
    names = [n.strip() for n in req.params.get("fields", "").split(",") if n.strip()]
    fields = []
    for name in names:
        f = spec.field(name)
        if f is None:
            raise ApiError(
                400, "INVALID_FIELD", f"No such column '{name}' on sobject of type {spec.name}"
            )
        fields.append(f.name)
    out: list[Any] = []
    for raw_id in [i for i in req.params.get("ids", "").split(",") if i]:
        record = api.store.get(spec.name, raw_id)
        if record is None or record["IsDeleted"]:
            out.append(None)
            continue
        chosen = {n: record[n] for n in fields} if fields else record
        body = api.record_json(spec, {**chosen, "Id": record["Id"]}, req.version)
        if fields and "Id" not in fields:
            body.pop("Id")
        out.append(body)
    return ApiResponse(200, out)


def _upsert(api: DataApi, req: ApiRequest, type_name: str, field_name: str) -> ApiResponse:
    spec = api.store.object(type_name)
    f = spec.field(field_name)
    if f is None or not (f.external_id or f.name == "Id"):
        raise ApiError(
            400,
            "INVALID_FIELD",
            f"Field {field_name} is not an External ID or indexed field for {spec.name}",
        )
    records, all_or_none = _records(req)
    # An org refuses every record whose external id appears twice in one call.
    keys = Counter(
        str(v).lower() for v in (_ext_value(r, f.name) for r in records) if v not in (None, "")
    )
    repeated = {k for k, n in keys.items() if n > 1}

    def upsert(item: Any) -> dict[str, Any]:
        if _type_of(item).lower() != spec.name.lower():
            raise ApiError(400, "INVALID_TYPE", f"Record type does not match {spec.name}")
        values = _fields(item)
        key = next((k for k in values if k.lower() == f.name.lower()), None)
        value = values.pop(key) if key else None
        if value in (None, ""):
            raise ApiError(400, "MISSING_ARGUMENT", f"{f.name} not specified", [f.name])
        if str(value).lower() in repeated:
            raise ApiError(
                400, "DUPLICATE_EXTERNAL_ID", f"Duplicate external id specified: {value}", [f.name]
            )
        result = api.upsert(req, spec, f.name, value, values)
        return {**result, "_new": result["created"]}

    results = _run(api, req, records, all_or_none, upsert)
    return ApiResponse(200, [{**_public(r), "created": r.get("created", False)} for r in results])


def _ext_value(item: Any, name: str) -> Any:
    if not isinstance(item, dict):
        return None
    return next((v for k, v in item.items() if k.lower() == name.lower()), None)


# -- Composite ---------------------------------------------------------------------------
def _composite(api: DataApi, req: ApiRequest) -> ApiResponse:
    body = req.body
    if not isinstance(body, dict) or not isinstance(body.get("compositeRequest"), list):
        raise ApiError(400, "JSON_PARSER_ERROR", "The request body must contain compositeRequest")
    subs = body["compositeRequest"]
    if len(subs) > MAX_SUBREQUESTS:
        raise ApiError(
            400,
            "LIMIT_EXCEEDED",
            f"Composite request may contain at most {MAX_SUBREQUESTS} subrequests",
        )
    ref_ids = [s.get("referenceId") if isinstance(s, dict) else None for s in subs]
    if any(not isinstance(r, str) or not re.fullmatch(r"[A-Za-z0-9_]+", r) for r in ref_ids) or len(
        set(ref_ids)
    ) != len(ref_ids):
        raise ApiError(
            400, "INVALID_INPUT", "Each subrequest needs a unique alphanumeric referenceId"
        )
    all_or_none = bool(body.get("allOrNone", False))
    results: list[dict[str, Any]] = []
    done: dict[str, ApiResponse] = {}
    try:
        with api.store.transaction():
            for sub in subs:
                response = _subrequest(api, req, sub, done, all_or_none)
                done[sub["referenceId"]] = response
                results.append(_sub_result(sub["referenceId"], response))
                if all_or_none and _failed(response):
                    raise _Rollback
    except _Rollback:
        failed = len(results) - 1
        halted = ApiResponse(400, _HALTED.body())
        results = [
            r if i == failed else _sub_result(r["referenceId"], halted)
            for i, r in enumerate(results)
        ]
        results += [_sub_result(s["referenceId"], halted) for s in subs[len(results) :]]
    return ApiResponse(200, {"compositeResponse": results})


def _failed(response: ApiResponse) -> bool:
    """An error status, or a collections result with a failed record."""
    if response.status >= 400:
        return True
    body = response.body
    return isinstance(body, list) and any(
        isinstance(r, dict) and r.get("success") is False for r in body
    )


def _sub_result(ref_id: str, response: ApiResponse) -> dict[str, Any]:
    return {
        "body": response.body,
        "httpHeaders": dict(response.headers),
        "httpStatusCode": response.status,
        "referenceId": ref_id,
    }


def _subrequest(
    api: DataApi,
    req: ApiRequest,
    sub: dict[str, Any],
    done: dict[str, ApiResponse],
    all_or_none: bool,
) -> ApiResponse:
    try:
        url = _resolve(sub.get("url", ""), done)
        body = _resolve(sub.get("body"), done)
    except ApiError as exc:
        return ApiResponse(exc.status, exc.body())
    parts = urlsplit(url)
    match = _DATA_URL.match(parts.path)
    if not match or match.group(2).rstrip("/") == "composite":
        return ApiResponse(
            400, ApiError(400, "INVALID_INPUT", f"Unsupported subrequest URL: {url}").body()
        )
    headers = {k.lower(): str(v) for k, v in (sub.get("httpHeaders") or {}).items()}
    if isinstance(body, dict) and all_or_none and "records" in body:
        body = {**body, "allOrNone": True}  # documented: the outer allOrNone wins
    sub_req = ApiRequest(
        method=str(sub.get("method", "GET")).upper(),
        path=match.group(2),
        version=match.group(1),
        params=dict(parse_qsl(parts.query)),
        headers=headers,
        body=body,
    )
    return api.dispatch(sub_req)


def _resolve(value: Any, done: dict[str, ApiResponse]) -> Any:
    """Replace @{refId.path} in strings (deeply) with values from earlier responses."""
    if isinstance(value, dict):
        return {k: _resolve(v, done) for k, v in value.items()}
    if isinstance(value, list):
        return [_resolve(v, done) for v in value]
    if not isinstance(value, str) or "@{" not in value:
        return value
    whole = _REF.fullmatch(value)
    if whole:
        return _lookup(whole.group(1), whole.group(2), done)
    return _REF.sub(lambda m: str(_lookup(m.group(1), m.group(2), done)), value)


def _lookup(ref_id: str, path: str, done: dict[str, ApiResponse]) -> Any:
    def missing() -> ApiError:
        return ApiError(
            400,
            "PROCESSING_HALTED",
            f"Invalid reference specified. No value for {ref_id}{path} found in {ref_id}. "
            f"Provided referenceId ('{ref_id}') must be a previously processed subrequest "
            "that succeeded.",
        )

    response = done.get(ref_id)
    if response is None or response.status >= 400:
        raise missing()
    current: Any = response.body
    for step in re.findall(r"\.([A-Za-z0-9_]+)|\[(\d+)\]", path):
        key, index = step
        try:
            current = current[int(index)] if index else current[key]
        except (KeyError, IndexError, TypeError):
            raise missing() from None
    if current is None:
        raise missing()
    return current
