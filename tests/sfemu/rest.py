"""The /services/data/vXX.X resources, independent of HTTP so /composite can reuse them.

Covers query/queryAll (+ nextRecordsUrl batches), sObject rows (GET, PATCH with
If-Unmodified-Since, DELETE), create, upsert by external id, updated/deleted replication
feeds, describe and limits. sObject Collections and /composite live in composite.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime as http_date
from email.utils import parsedate_to_datetime
from typing import Any

from .errors import ApiError, invalid_field, not_found
from .faults import FaultPlan
from .queries import QueryEngine
from .schema import ObjectSpec, format_datetime, normalize_id, parse_datetime
from .store import Store

UPDATED_WINDOW_DAYS = 30
DELETED_WINDOW_DAYS = 15


@dataclass
class ApiRequest:
    """One data API call; path is relative to /services/data/vXX.X/."""

    method: str
    path: str
    version: str
    params: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: Any = None

    @property
    def target(self) -> str:
        """The full path (and query) that fault patterns are matched against."""
        query = "&".join(f"{k}={v}" for k, v in self.params.items())
        return f"/services/data/v{self.version}/{self.path}" + (f"?{query}" if query else "")


@dataclass
class ApiResponse:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


def record_url(version: str, sobject: str, record_id: str) -> str:
    return f"/services/data/v{version}/sobjects/{sobject}/{record_id}"


class DataApi:
    """Routes data API calls to the store and the query engine."""

    def __init__(
        self,
        store: Store,
        engine: QueryEngine,
        faults: FaultPlan,
        usage: Callable[[], tuple[int, int]],
    ) -> None:
        self.store = store
        self.engine = engine
        self.faults = faults
        self.usage = usage
        self.composite: Callable[[DataApi, ApiRequest], ApiResponse] | None = None

    def dispatch(self, req: ApiRequest) -> ApiResponse:
        """Handle one call; API errors become their documented status and body."""
        try:
            return self._route(req)
        except ApiError as exc:
            return ApiResponse(exc.status, exc.body())

    def _route(self, req: ApiRequest) -> ApiResponse:
        parts = [p for p in req.path.split("/") if p]
        head = parts[0] if parts else ""
        if not parts:
            return self._only(req, "GET", lambda: ApiResponse(200, self._resources(req.version)))
        if head == "limits" and len(parts) == 1:
            return self._only(req, "GET", self._limits)
        if head in ("query", "queryAll"):
            return self._only(req, "GET", lambda: self._query(req, head == "queryAll", parts))
        if head == "sobjects":
            return self._sobjects(req, parts[1:])
        if head == "composite" and self.composite is not None:
            return self.composite(self, req)
        raise not_found()

    @staticmethod
    def _only(req: ApiRequest, method: str, handler: Callable[[], ApiResponse]) -> ApiResponse:
        if req.method != method:
            raise ApiError(
                405,
                "METHOD_NOT_ALLOWED",
                f"HTTP Method '{req.method}' not allowed. Allowed are {method}",
            )
        return handler()

    def check_row_lock(self, req: ApiRequest, record_id: str = "") -> None:
        """A row_lock fault: another transaction holds the record (retry later)."""
        if self.faults.take(req.method, req.target, frozenset({"row_lock"})):
            raise row_lock_error(record_id)

    # -- simple resources ----------------------------------------------------------------
    def _resources(self, version: str) -> dict[str, str]:
        base = f"/services/data/v{version}"
        names = ("sobjects", "query", "queryAll", "limits", "composite")
        return {name: f"{base}/{name}" for name in names}

    def _limits(self) -> ApiResponse:
        used, limit = self.usage()
        return ApiResponse(
            200, {"DailyApiRequests": {"Max": limit, "Remaining": max(limit - used, 0)}}
        )

    def _query(self, req: ApiRequest, include_deleted: bool, parts: list[str]) -> ApiResponse:
        if len(parts) == 2:
            return ApiResponse(200, self.engine.more(parts[1], req.version))
        if len(parts) != 1:
            raise not_found()
        soql = req.params.get("q")
        if not soql:
            raise ApiError(400, "MALFORMED_QUERY", "A query string is required")
        batch = None
        options = req.headers.get("sforce-query-options", "")
        for option in options.split(","):
            key, _, value = option.strip().partition("=")
            if key == "batchSize" and value.isdigit():
                batch = max(200, min(int(value), 2000))
        return ApiResponse(200, self.engine.start(soql, include_deleted, req.version, batch))

    # -- /sobjects ------------------------------------------------------------------------
    def _sobjects(self, req: ApiRequest, parts: list[str]) -> ApiResponse:
        if not parts:
            return self._only(
                req, "GET", lambda: ApiResponse(200, self._global_describe(req.version))
            )
        spec = self.store.object(parts[0])
        rest = parts[1:]
        if not rest:
            if req.method == "POST":
                return self._create(req, spec)
            return self._only(
                req,
                "GET",
                lambda: ApiResponse(
                    200, {"objectDescribe": self._brief(spec, req.version), "recentItems": []}
                ),
            )
        if len(rest) == 1 and rest[0] == "describe":
            return self._only(
                req, "GET", lambda: ApiResponse(200, self._describe(spec, req.version))
            )
        if len(rest) == 1 and rest[0] in ("updated", "deleted"):
            return self._only(req, "GET", lambda: self._replication(req, spec, rest[0]))
        if len(rest) == 1:
            return self._row(req, spec, rest[0])
        if len(rest) == 2:
            return self._by_external_id(req, spec, rest[0], rest[1])
        raise not_found()

    def _create(self, req: ApiRequest, spec: ObjectSpec) -> ApiResponse:
        values = _json_object(req.body)
        self.check_row_lock(req)
        record_id = self.store.create(spec.name, values)
        return ApiResponse(
            201,
            {"id": record_id, "success": True, "errors": []},
            {"Location": record_url(req.version, spec.name, record_id)},
        )

    def record_json(self, spec: ObjectSpec, record: dict[str, Any], version: str) -> dict[str, Any]:
        return {
            "attributes": {"type": spec.name, "url": record_url(version, spec.name, record["Id"])},
            **record,
        }

    def _row(self, req: ApiRequest, spec: ObjectSpec, raw_id: str) -> ApiResponse:
        record_id = normalize_id(raw_id)
        if record_id is None or record_id[:3] != spec.key_prefix:
            raise ApiError(
                404,
                "NOT_FOUND",
                f"Provided external ID field does not exist or is not accessible: {raw_id}",
            )
        if req.method == "GET":
            return self._get(req, spec, record_id)
        if req.method == "PATCH":
            values = dict(_json_object(req.body))
            body_id = values.pop("Id", None) or values.pop("id", None)
            if body_id is not None and normalize_id(str(body_id)) != record_id:
                raise ApiError(
                    400, "INVALID_ID_FIELD", f"Record ID: id value of incorrect type: {body_id}"
                )
            with self.store.transaction():
                current = self._current(spec, record_id)
                _check_unmodified_since(req, current)
                self.check_row_lock(req, record_id)
                self.store.update(spec.name, record_id, values)
            return ApiResponse(204)
        if req.method == "DELETE":
            self.check_row_lock(req, record_id)
            self.store.delete(spec.name, record_id)
            return ApiResponse(204)
        raise ApiError(
            405,
            "METHOD_NOT_ALLOWED",
            f"HTTP Method '{req.method}' not allowed. Allowed are GET,PATCH,DELETE",
        )

    def _current(self, spec: ObjectSpec, record_id: str) -> dict[str, Any]:
        record = self.store.get(spec.name, record_id)
        if record is None:
            raise ApiError(404, "NOT_FOUND", "The requested resource does not exist")
        if record["IsDeleted"]:
            raise ApiError(404, "ENTITY_IS_DELETED", "entity is deleted")
        return record

    def _get(self, req: ApiRequest, spec: ObjectSpec, record_id: str) -> ApiResponse:
        wanted = None
        if req.params.get("fields"):
            wanted = []
            for name in req.params["fields"].split(","):
                f = spec.field(name.strip())
                if f is None:
                    raise invalid_field(spec.name, name.strip())
                wanted.append(f.name)
        record = self._current(spec, record_id)
        since = req.headers.get("if-modified-since")
        if since:
            moment = _http_moment(since)
            if moment and _seconds(record["LastModifiedDate"]) <= moment:
                return ApiResponse(304)
        modified = parse_datetime(record["LastModifiedDate"])
        headers = {"Last-Modified": http_date(modified, usegmt=True)} if modified else {}
        body = self.record_json(spec, record, req.version)
        if wanted is not None:
            body = {"attributes": body["attributes"], **{name: record[name] for name in wanted}}
        return ApiResponse(200, body, headers)

    def _by_external_id(
        self, req: ApiRequest, spec: ObjectSpec, field_name: str, value: str
    ) -> ApiResponse:
        f = spec.field(field_name)
        if f is None or not (f.external_id or f.name == "Id"):
            raise ApiError(
                404,
                "NOT_FOUND",
                f"Provided external ID field does not exist or is not accessible: {field_name}",
            )
        ids = self.store.find_by(spec.name, f.name, value)
        if len(ids) > 1:
            return ApiResponse(300, [record_url(req.version, spec.name, i) for i in ids])
        if req.method == "GET":
            if not ids:
                raise not_found()
            return self._get(req, spec, ids[0])
        if req.method == "DELETE":
            if not ids:
                raise not_found()
            self.check_row_lock(req, ids[0])
            self.store.delete(spec.name, ids[0])
            return ApiResponse(204)
        if req.method not in ("PATCH", "POST"):
            raise ApiError(
                405,
                "METHOD_NOT_ALLOWED",
                f"HTTP Method '{req.method}' not allowed. Allowed are GET,PATCH,DELETE",
            )
        values = dict(_json_object(req.body))
        result = self.upsert(req, spec, f.name, value, values, ids)
        status = 201 if result["created"] else 200
        headers = (
            {"Location": record_url(req.version, spec.name, result["id"])}
            if result["created"]
            else {}
        )
        return ApiResponse(status, result, headers)

    def upsert(
        self,
        req: ApiRequest,
        spec: ObjectSpec,
        field_name: str,
        value: Any,
        values: dict[str, Any],
        ids: list[str] | None = None,
    ) -> dict[str, Any]:
        """Create or update by external id; returns {"id","success","errors","created"}."""
        for key in list(values):
            if key.lower() == field_name.lower():
                if str(values[key]).lower() != str(value).lower():
                    raise ApiError(
                        400,
                        "INVALID_FIELD",
                        f"{field_name}: external id in the body differs from the URL",
                    )
                del values[key]
        if ids is None:
            ids = self.store.find_by(spec.name, field_name, value)
        if len(ids) > 1:
            raise ApiError(
                300,
                "DUPLICATE_EXTERNAL_ID",
                f"{field_name}: more than one record found for external id field: {ids}",
            )
        if ids:
            self.check_row_lock(req, ids[0])
            self.store.update(spec.name, ids[0], values)
            return {"id": ids[0], "success": True, "errors": [], "created": False}
        if field_name == "Id":
            raise not_found()
        self.check_row_lock(req)
        record_id = self.store.create(spec.name, {**values, field_name: value})
        return {"id": record_id, "success": True, "errors": [], "created": True}

    # -- replication feeds ---------------------------------------------------------------
    def _replication(self, req: ApiRequest, spec: ObjectSpec, feed: str) -> ApiResponse:
        now = self.store.clock.now()
        start = _param_datetime(req, "start")
        end = _param_datetime(req, "end")
        days = UPDATED_WINDOW_DAYS if feed == "updated" else DELETED_WINDOW_DAYS
        if start < now - timedelta(days=days):
            raise ApiError(
                400,
                "INVALID_REPLICATION_DATE",
                f"startDate is more than {days} days before the current date; "
                "replicate again from scratch",
            )
        # The feeds work in whole minutes and never cover the future.
        start = start.replace(second=0, microsecond=0)
        end = end.replace(second=0, microsecond=0)
        if start >= end:
            raise ApiError(
                400,
                "INVALID_REPLICATION_DATE",
                "EndDate must chronologically follow StartDate by at least one minute",
            )
        covered = min(end, now.replace(second=0, microsecond=0))
        lo, hi = format_datetime(start), format_datetime(covered)
        deleted = 1 if feed == "deleted" else 0
        with self.store.lock:
            rows = self.store.conn.execute(
                f'SELECT "Id", "SystemModstamp" FROM "{spec.name}" WHERE "SystemModstamp" >= ? '
                'AND "SystemModstamp" < ? AND "IsDeleted" = ? ORDER BY "SystemModstamp", "Id"',
                (lo, hi, deleted),
            ).fetchall()
        if feed == "updated":
            return ApiResponse(200, {"ids": [r[0] for r in rows], "latestDateCovered": hi})
        return ApiResponse(
            200,
            {
                "deletedRecords": [{"id": r[0], "deletedDate": r[1]} for r in rows],
                "earliestDateAvailable": self.store.earliest_deleted_available(spec.name),
                "latestDateCovered": hi,
            },
        )

    # -- describe ------------------------------------------------------------------------
    def _brief(self, spec: ObjectSpec, version: str) -> dict[str, Any]:
        base = f"/services/data/v{version}/sobjects/{spec.name}"
        return {
            "name": spec.name,
            "label": spec.label
            or spec.name.removesuffix("__c").replace("PB_", "").replace("_", " "),
            "keyPrefix": spec.key_prefix,
            "custom": spec.custom,
            "createable": True,
            "updateable": True,
            "deletable": True,
            "queryable": True,
            "replicateable": True,
            "urls": {
                "sobject": base,
                "describe": f"{base}/describe",
                "rowTemplate": f"{base}/{{ID}}",
            },
        }

    def _global_describe(self, version: str) -> dict[str, Any]:
        return {
            "encoding": "UTF-8",
            "maxBatchSize": 200,
            "sobjects": [self._brief(s, version) for s in self.store.objects.values()],
        }

    def _describe(self, spec: ObjectSpec, version: str) -> dict[str, Any]:
        fields = [
            {
                "name": f.name,
                "label": f.label or f.name,
                "type": f.kind,
                "length": f.length or 0,
                "custom": f.custom,
                "externalId": f.external_id,
                "unique": f.unique,
                "nillable": not f.required and f.kind != "boolean",
                "createable": f.createable,
                "updateable": f.updateable,
                "referenceTo": [r for r in f.reference_to if r != "*"],
                "relationshipName": f.relationship_name,
            }
            for f in spec.fields.values()
        ]
        return {**self._brief(spec, version), "fields": fields}


def row_lock_error(record_id: str = "") -> ApiError:
    detail = f": {record_id}" if record_id else ""
    return ApiError(
        400,
        "UNABLE_TO_LOCK_ROW",
        f"unable to obtain exclusive access to this record or 1 records{detail}",
    )


def _json_object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise ApiError(400, "JSON_PARSER_ERROR", "The request body must be a JSON object")
    return body


def _seconds(stamp: str) -> datetime:
    moment = parse_datetime(stamp)
    assert moment is not None
    return moment.replace(microsecond=0)


def _http_moment(text: str) -> datetime | None:
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if moment is None:
        return None
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _check_unmodified_since(req: ApiRequest, current: dict[str, Any]) -> None:
    """Weak validation, as documented: compare LastModifiedDate (to the second).

    The documentation gives the statuses (412; 400 for an unparsable date) but no body;
    the emulator answers with the usual error array, so clients should key on the status.
    """
    header = req.headers.get("if-unmodified-since")
    if not header:
        return
    moment = _http_moment(header)
    if moment is None:
        raise ApiError(400, "INVALID_HEADER_VALUE", f"Invalid If-Unmodified-Since header: {header}")
    if _seconds(current["LastModifiedDate"]) > moment:
        raise ApiError(412, "PRECONDITION_FAILED", "The requested entity has been modified.")


def _param_datetime(req: ApiRequest, name: str) -> datetime:
    raw = req.params.get(name)
    if not raw:
        raise ApiError(400, "MISSING_ARGUMENT", f"Missing required parameter: {name}")
    # An unencoded "+00:00" arrives as " 00:00" after form decoding; read it as meant.
    moment = parse_datetime(raw.replace(" ", "+"))
    if moment is None:
        raise ApiError(400, "INVALID_REPLICATION_DATE", f"Unable to parse {name}: {raw}")
    return moment
