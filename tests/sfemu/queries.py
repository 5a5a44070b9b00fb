"""SOQL against the store: type checks, SQL translation, and batched results with cursors.

A query snapshots the matching row ids once; each batch then reads those rows by id, so
paging through 100,000 records costs one indexed scan plus 2,000-row lookups, and a
record edited between batches cannot move and be skipped or repeated.
"""

from __future__ import annotations

import itertools
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from .errors import ApiError
from .schema import FieldSpec, ObjectSpec, normalize_id
from .soql import BoolOp, Comparison, Expr, Literal, Not, Query, SoqlError, parse
from .store import Store

MAX_CURSORS = 50  # an org keeps a bounded number of open query locators per user

_KIND_FOR_LITERAL = {
    "boolean": ("boolean",),
    "int": ("number",),
    "double": ("number",),
    "date": ("date",),
    "datetime": ("datetime",),
}
_SOQL_TYPE = {
    "boolean": "boolean",
    "int": "int",
    "double": "double",
    "date": "date",
    "datetime": "dateTime",
}


@dataclass
class Column:
    """One selected field: where it comes from and how it nests in the JSON record."""

    path: tuple[str, ...]  # ("Phone",) or ("Contact", "Phone")
    spec: FieldSpec
    sql: str
    parent: ObjectSpec | None = None


@dataclass
class Compiled:
    query: Query
    spec: ObjectSpec
    columns: list[Column]
    joins: dict[
        str, tuple[str, ObjectSpec, FieldSpec]
    ]  # relationship -> (alias, parent, ref field)
    where: str
    params: list[Any]
    order: str

    def from_clause(self) -> str:
        parts = [f'"{self.spec.name}" t']
        for alias, parent, ref in self.joins.values():
            parts.append(f'LEFT JOIN "{parent.name}" {alias} ON {alias}."Id" = t."{ref.name}"')
        return " ".join(parts)


@dataclass
class Cursor:
    compiled: Compiled
    rids: list[int]
    batch: int
    endpoint: str
    version: str
    position: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def _invalid_field(name: str, sobject: str) -> SoqlError:
    return SoqlError(
        f"No such column '{name}' on entity '{sobject}'. If you are attempting to use a custom "
        "field, be sure to append the '__c' after the custom field name. Please reference your "
        "WSDL or the describe call for the appropriate names.",
        "INVALID_FIELD",
    )


class _Compiler:
    def __init__(self, store: Store, query: Query, alias: str = "t") -> None:
        self.store = store
        self.query = query
        self.alias = alias
        spec = store.find_object(query.sobject)
        if spec is None:
            raise SoqlError(
                f"sObject type '{query.sobject}' is not supported. If you are attempting to use a "
                "custom object, be sure to append the '__c' after the entity name. Please "
                "reference your WSDL or the describe call for the appropriate names.",
                "INVALID_TYPE",
            )
        self.spec = spec
        self.joins: dict[str, tuple[str, ObjectSpec, FieldSpec]] = {}
        self.params: list[Any] = []

    def resolve(self, name: str) -> tuple[str, FieldSpec, ObjectSpec | None]:
        """SQL expression, field spec and (for Parent.Field) the parent object."""
        if "." not in name:
            f = self.spec.field(name)
            if f is None:
                raise _invalid_field(name, self.spec.name)
            return f'{self.alias}."{f.name}"', f, None
        rel_name, field_name = name.split(".", 1)
        ref = self.spec.relationship(rel_name)
        if ref is None or self.alias != "t":
            raise _invalid_field(rel_name, self.spec.name)
        parent = self.store.object(ref.reference_to[0])
        f = parent.field(field_name)
        if f is None:
            raise _invalid_field(field_name, parent.name)
        key = ref.relationship_name or rel_name
        if key not in self.joins:
            self.joins[key] = (f"j{len(self.joins) + 1}", parent, ref)
        return f'{self.joins[key][0]}."{f.name}"', f, parent

    def compile(self) -> Compiled:
        q = self.query
        columns: list[Column] = []
        seen: set[str] = set()
        for name in q.fields:
            if name.lower() in seen:
                raise SoqlError(f"duplicate field selected: {name}")
            seen.add(name.lower())
            sql, f, parent = self.resolve(name)
            path = (parent_rel(self.spec, name), f.name) if parent else (f.name,)
            columns.append(Column(path, f, sql, parent))
        where = self.expr(q.where) if q.where is not None else ""
        order_parts = []
        for item in q.order_by:
            sql, _, _ = self.resolve(item.field)
            nulls = item.nulls_last
            if nulls is None:
                nulls = item.descending  # Salesforce: nulls first ascending, last descending
            order_parts.append(
                f"{sql} {'DESC' if item.descending else 'ASC'} NULLS {'LAST' if nulls else 'FIRST'}"
            )
        return Compiled(
            q, self.spec, columns, self.joins, where, self.params, ", ".join(order_parts)
        )

    def expr(self, node: Expr) -> str:
        if isinstance(node, BoolOp):
            return "(" + f" {node.op} ".join(self.expr(i) for i in node.items) + ")"
        if isinstance(node, Not):
            return f"NOT ({self.expr(node.item)})"
        return self.comparison(node)

    def comparison(self, node: Comparison) -> str:
        sql, f, _ = self.resolve(node.field)
        if isinstance(node.value, Query):
            return self.semi_join(sql, node)
        if isinstance(node.value, tuple):
            values = [self.value(f, v) for v in node.value]
            self.params.extend(values)
            marks = ", ".join("?" * len(values))
            if node.op == "IN":
                return f"{sql} IN ({marks})"
            return f"({sql} IS NULL OR {sql} NOT IN ({marks}))"
        if node.op == "LIKE":
            if f.kind not in ("string", "picklist", "phone", "email", "textarea", "url"):
                raise SoqlError(f"invalid operator on field '{f.name}'", "INVALID_FIELD")
            self.params.append(node.value.like)
            return f"{sql} LIKE ? ESCAPE '\\'"
        value = self.value(f, node.value)
        if value is None:
            if node.op == "=":
                return f"{sql} IS NULL"
            if node.op == "!=":
                return f"{sql} IS NOT NULL"
        self.params.append(value)
        if node.op == "!=":
            return f"{sql} IS NOT ?"  # SOQL's != keeps rows whose field is null
        return f"{sql} {node.op} ?"

    def semi_join(self, sql: str, node: Comparison) -> str:
        sub = node.value
        assert isinstance(sub, Query)
        if sub.count or len(sub.fields) != 1:
            raise SoqlError("a semi-join subquery must select exactly one field")
        inner = _Compiler(self.store, sub, alias="s")
        inner_sql, _, _ = inner.resolve(sub.fields[0])
        where = inner.expr(sub.where) if sub.where is not None else "1"
        self.params.extend(inner.params)
        op = "IN" if node.op == "IN" else "NOT IN"
        return (
            f'{sql} {op} (SELECT {inner_sql} FROM "{inner.spec.name}" s '
            f'WHERE s."IsDeleted" = 0 AND {where} AND {inner_sql} IS NOT NULL)'
        )

    def value(self, f: FieldSpec, lit: Literal) -> Any:
        """The SQL parameter for a literal, after the org's type check."""
        if lit.kind == "null":
            return None
        expected = _KIND_FOR_LITERAL.get(f.kind, ("string",))
        if lit.kind not in expected:
            kind = _SOQL_TYPE.get(f.kind, "string")
            quoted = "should not be enclosed in quotes" if kind != "string" else "must be quoted"
            raise SoqlError(
                f"value of filter criterion for field '{f.name}' must be of type {kind} "
                f"and {quoted}",
                "INVALID_FIELD",
            )
        if lit.kind == "boolean":
            return 1 if lit.value else 0
        if f.kind in ("id", "reference") and isinstance(lit.value, str):
            return normalize_id(lit.value) or lit.value
        return lit.value


def parent_rel(spec: ObjectSpec, name: str) -> str:
    ref = spec.relationship(name.split(".", 1)[0])
    assert ref is not None and ref.relationship_name
    return ref.relationship_name


class QueryEngine:
    """Runs SOQL and serves its batches the way /query and nextRecordsUrl do."""

    def __init__(self, store: Store, page_size: int = 2000) -> None:
        self.store = store
        self.page_size = page_size
        self._cursors: OrderedDict[str, Cursor] = OrderedDict()
        self._lock = threading.Lock()
        self._seq = itertools.count(1)

    def compile(self, soql: str) -> Compiled:
        try:
            return _Compiler(self.store, parse(soql)).compile()
        except SoqlError as exc:
            raise ApiError(400, exc.error_code, exc.message) from None

    def _rids(self, compiled: Compiled, include_deleted: bool) -> list[int]:
        q = compiled.query
        clauses = [] if include_deleted else ['t."IsDeleted" = 0']
        if compiled.where:
            clauses.append(compiled.where)
        sql = f"SELECT t.rid FROM {compiled.from_clause()}"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        # Ties are broken by Id so a batch boundary is deterministic, as in an org.
        sql += " ORDER BY " + (compiled.order + ", " if compiled.order else "") + 't."Id"'
        if q.limit is not None or q.offset:
            sql += f" LIMIT {q.limit if q.limit is not None else -1} OFFSET {q.offset or 0}"
        with self.store.lock:
            return [r[0] for r in self.store.conn.execute(sql, compiled.params)]

    def count(self, compiled: Compiled, include_deleted: bool) -> int:
        return len(self._rids(compiled, include_deleted))

    def rows(self, compiled: Compiled, rids: list[int]) -> list[dict[str, Any]]:
        """Plain records (no attributes) for row ids, in the given order."""
        return [self._plain(compiled, row) for row in self._fetch(compiled, rids)]

    def _fetch(self, compiled: Compiled, rids: list[int]) -> list[tuple[Any, ...]]:
        if not rids:
            return []
        cols = ", ".join(["t.rid", 't."Id"', *(c.sql for c in compiled.columns)])
        cols += "".join(f', {alias}."Id"' for alias, _, _ in compiled.joins.values())
        sql = (
            f"SELECT {cols} FROM {compiled.from_clause()} "
            "WHERE t.rid IN (SELECT value FROM json_each(?))"
        )
        with self.store.lock:
            fetched = {r[0]: r for r in self.store.conn.execute(sql, [_json_list(rids)])}
        return [fetched[rid] for rid in rids if rid in fetched]

    def _plain(self, compiled: Compiled, row: tuple[Any, ...]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for col, value in zip(compiled.columns, row[2:], strict=False):
            if col.spec.kind == "boolean" and value is not None:
                value = bool(value)
            out[".".join(col.path)] = value
        return out

    def _record(self, compiled: Compiled, row: tuple[Any, ...], version: str) -> dict[str, Any]:
        spec = compiled.spec
        rec: dict[str, Any] = {"attributes": _attributes(spec.name, row[1], version)}
        parent_ids = dict(zip(compiled.joins, row[2 + len(compiled.columns) :], strict=False))
        for col, value in zip(compiled.columns, row[2:], strict=False):
            if col.spec.kind == "boolean" and value is not None:
                value = bool(value)
            if len(col.path) == 1:
                rec[col.path[0]] = value
                continue
            rel, name = col.path
            if parent_ids.get(rel) is None:
                rec[rel] = None
                continue
            parent = rec.get(rel)
            if parent is None:
                assert col.parent is not None
                parent = rec[rel] = {
                    "attributes": _attributes(col.parent.name, parent_ids[rel], version)
                }
            parent[name] = value
        return rec

    # -- the REST resource ------------------------------------------------------------
    def start(
        self, soql: str, include_deleted: bool, version: str, batch: int | None = None
    ) -> dict[str, Any]:
        """The first batch of /query or /queryAll."""
        compiled = self.compile(soql)
        rids = self._rids(compiled, include_deleted)
        if compiled.query.count:
            return {"totalSize": len(rids), "done": True, "records": []}
        endpoint = "queryAll" if include_deleted else "query"
        cursor = Cursor(
            compiled, rids, min(batch or self.page_size, self.page_size), endpoint, version
        )
        locator = None
        if len(rids) > cursor.batch:
            locator = "01g" + secrets.token_hex(8)[:12].upper() + f"{next(self._seq):03d}"[-3:]
            with self._lock:
                self._cursors[locator] = cursor
                while len(self._cursors) > MAX_CURSORS:
                    self._cursors.popitem(last=False)
        return self._page(cursor, locator, 0)

    def more(self, locator_and_offset: str, version: str) -> dict[str, Any]:
        """A later batch: /query/01gXXXX-2000."""
        locator, _, offset_text = locator_and_offset.rpartition("-")
        with self._lock:
            cursor = self._cursors.get(locator)
        if cursor is None or not offset_text.isdigit() or int(offset_text) > len(cursor.rids):
            raise ApiError(400, "INVALID_QUERY_LOCATOR", "invalid query locator")
        return self._page(cursor, locator, int(offset_text), version)

    def _page(
        self, cursor: Cursor, locator: str | None, offset: int, version: str | None = None
    ) -> dict[str, Any]:
        version = version or cursor.version
        chunk = cursor.rids[offset : offset + cursor.batch]
        records = [
            self._record(cursor.compiled, row, version)
            for row in self._fetch(cursor.compiled, chunk)
        ]
        end = offset + len(chunk)
        done = end >= len(cursor.rids)
        page: dict[str, Any] = {"totalSize": len(cursor.rids), "done": done}
        if not done:
            page["nextRecordsUrl"] = f"/services/data/v{version}/{cursor.endpoint}/{locator}-{end}"
        page["records"] = records
        return page

    def run(self, soql: str, include_deleted: bool = False) -> list[dict[str, Any]]:
        """Every matching record as a plain dict (the emulator's Python API)."""
        compiled = self.compile(soql)
        return self.rows(compiled, self._rids(compiled, include_deleted))


def _attributes(sobject: str, record_id: str, version: str) -> dict[str, str]:
    return {"type": sobject, "url": f"/services/data/v{version}/sobjects/{sobject}/{record_id}"}


def _json_list(values: list[int]) -> str:
    return "[" + ",".join(map(str, values)) + "]"
