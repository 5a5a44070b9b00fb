"""The org's data in SQLite: one table per sObject, writes validated like an org does.

All access goes through one connection guarded by a lock (the HTTP server is threaded).
Every top-level transaction gets one SystemModstamp, strictly later than the previous
transaction's, so "SystemModstamp > cursor" never misses a later write made in the same
millisecond on a fast machine (records saved together still share a stamp, as in an org).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

from .errors import ApiError, invalid_field
from .schema import (
    FieldSpec,
    ObjectSpec,
    default_objects,
    format_datetime,
    make_id,
    normalize_id,
    parse_datetime,
)
from .validation import Validator

USER_ID = "005Hs00000000001AAA"

# Deleting a parent sends these children to the recycle bin too, as an org does.
CASCADES: dict[str, tuple[tuple[str, str], ...]] = {
    "Contact": (("CampaignMember", "ContactId"), ("Task", "WhoId")),
    "Campaign": (("CampaignMember", "CampaignId"), ("CampaignMemberStatus", "CampaignId")),
}

Rule = Callable[[dict[str, Any]], "ApiError | str | None"]


class Clock:
    """Wall-clock UTC time that tests can move (replication windows are days long)."""

    def __init__(self) -> None:
        self._offset = timedelta(0)
        self._frozen: datetime | None = None

    def now(self) -> datetime:
        if self._frozen is not None:
            return self._frozen
        return datetime.now(UTC) + self._offset

    def advance(self, **delta: float) -> None:
        """Move time forward, e.g. clock.advance(days=20)."""
        step = timedelta(**delta)
        if self._frozen is not None:
            self._frozen += step
        else:
            self._offset += step

    def freeze(self, moment: datetime | None = None) -> None:
        self._frozen = (moment or self.now()).astimezone(UTC)

    def unfreeze(self) -> None:
        if self._frozen is not None:
            self._offset = self._frozen - datetime.now(UTC)
        self._frozen = None


def _q(name: str) -> str:
    return '"' + name + '"'


class Store:
    """Records of every sObject type, with the org's write rules."""

    def __init__(
        self,
        path: str | None = None,
        objects: dict[str, ObjectSpec] | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.objects = objects or default_objects()
        self._objects_lower = {name.lower(): spec for name, spec in self.objects.items()}
        self._by_prefix = {spec.key_prefix: spec for spec in self.objects.values()}
        self.clock = clock or Clock()
        self.lock = threading.RLock()
        self.conn = sqlite3.connect(
            path or ":memory:", check_same_thread=False, isolation_level=None
        )
        self.conn.execute("PRAGMA synchronous=OFF")
        if path:
            self.conn.execute("PRAGMA journal_mode=WAL")
        self.rules: dict[str, list[tuple[Rule, str]]] = {}
        self._depth = 0
        self._tx_stamp: str | None = None
        self.validator = Validator(self)
        self._create_schema()

    # -- schema -------------------------------------------------------------------------
    def _create_schema(self) -> None:
        with self.lock:
            self.conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            for spec in self.objects.values():
                self._create_table(spec)
            if self._meta("org_created") is None:
                # An org that has existed a while: its recycle bin reaches back a year.
                created = self.clock.now() - timedelta(days=365)
                self._set_meta("org_created", format_datetime(created))
                self._set_meta("id_counter", "0")
                self._set_meta("last_stamp", "")

    def _create_table(self, spec: ObjectSpec) -> None:
        cols = ["rid INTEGER PRIMARY KEY"]
        for f in spec.fields.values():
            collate = (
                " COLLATE NOCASE"
                if f.sql_type == "TEXT" and f.kind not in ("id", "reference")
                else ""
            )
            cols.append(f"{_q(f.name)} {f.sql_type}{collate}")
        table = _q(spec.name)
        self.conn.execute(f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(cols)})")
        existing = {row[1] for row in self.conn.execute(f"PRAGMA table_info({table})")}
        for f in spec.fields.values():
            if f.name not in existing:  # an older --db file: add fields added since
                self.conn.execute(f"ALTER TABLE {table} ADD COLUMN {_q(f.name)} {f.sql_type}")
        name = spec.name
        self.conn.execute(f'CREATE UNIQUE INDEX IF NOT EXISTS "{name}_id" ON {table} ("Id")')
        self.conn.execute(
            f'CREATE INDEX IF NOT EXISTS "{name}_modstamp" ON {table} ("SystemModstamp", "Id")'
        )
        for f in spec.fields.values():
            if f.kind == "reference" and f.name not in ("CreatedById", "LastModifiedById"):
                self.conn.execute(
                    f'CREATE INDEX IF NOT EXISTS "{name}_{f.name}" ON {table} ({_q(f.name)})'
                )
            if f.unique:
                self.conn.execute(
                    f'CREATE UNIQUE INDEX IF NOT EXISTS "{name}_{f.name}_uq" ON {table} '
                    f"({_q(f.name)} COLLATE NOCASE) "
                    f'WHERE "IsDeleted" = 0 AND {_q(f.name)} IS NOT NULL'
                )

    def add_field(self, sobject: str, spec: FieldSpec) -> None:
        """Add a custom field (an admin adding one in Setup)."""
        with self.lock:
            obj = self.object(sobject)
            obj.add(spec)
            self._create_table(obj)

    def _meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    @property
    def org_created(self) -> str:
        return self._meta("org_created") or ""

    # -- lookup -------------------------------------------------------------------------
    def object(self, name: str) -> ObjectSpec:
        spec = self._objects_lower.get(name.lower())
        if spec is None:
            raise ApiError(404, "NOT_FOUND", "The requested resource does not exist")
        return spec

    def find_object(self, name: str) -> ObjectSpec | None:
        return self._objects_lower.get(name.lower())

    def object_for_id(self, record_id: str) -> ObjectSpec | None:
        return self._by_prefix.get(record_id[:3])

    # -- transactions -------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A transaction, or a savepoint inside one; rolls back on any exception."""
        with self.lock:
            self._depth += 1
            name = f"sp{self._depth}"
            self.conn.execute("BEGIN" if self._depth == 1 else f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                if self._depth == 1:
                    self.conn.execute("ROLLBACK")
                else:
                    self.conn.execute(f"ROLLBACK TO {name}")
                    self.conn.execute(f"RELEASE {name}")
                raise
            else:
                self.conn.execute("COMMIT" if self._depth == 1 else f"RELEASE {name}")
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self._tx_stamp = None

    def stamp(self) -> str:
        """This transaction's SystemModstamp (strictly after the previous transaction's)."""
        if self._tx_stamp is None:
            now = self.clock.now()
            now = now.replace(microsecond=now.microsecond // 1000 * 1000)  # the wire has ms
            last = parse_datetime(self._meta("last_stamp") or "")
            if last is not None and now <= last:
                now = last + timedelta(milliseconds=1)
            self._tx_stamp = format_datetime(now)
            self._set_meta("last_stamp", self._tx_stamp)
        return self._tx_stamp

    def _next_ids(self, prefix: str, count: int) -> list[str]:
        start = int(self._meta("id_counter") or "0")
        self._set_meta("id_counter", str(start + count))
        return [make_id(prefix, start + i + 1) for i in range(count)]

    # -- reading ------------------------------------------------------------------------
    def row_to_record(
        self, spec: ObjectSpec, names: list[str], row: Iterable[Any]
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, value in zip(names, row, strict=True):
            kind = spec.fields[name].kind
            if kind == "boolean":
                value = bool(value) if value is not None else False
            out[name] = value
        return out

    def get(
        self, sobject: str, record_id: str, fields: list[str] | None = None
    ) -> dict[str, Any] | None:
        """A record by id (deleted ones too: check IsDeleted), or None."""
        spec = self.object(sobject)
        names = fields or list(spec.fields)
        canonical = normalize_id(record_id)
        if canonical is None:
            return None
        with self.lock:
            row = self.conn.execute(
                f'SELECT {", ".join(map(_q, names))} FROM {_q(spec.name)} WHERE "Id" = ?',
                (canonical,),
            ).fetchone()
        return self.row_to_record(spec, names, row) if row else None

    def find_by(self, sobject: str, field_name: str, value: Any) -> list[str]:
        """Ids of live records whose field equals value (external id lookups)."""
        spec = self.object(sobject)
        f = spec.field(field_name)
        if f is None:
            raise invalid_field(spec.name, field_name)
        if f.kind in ("id", "reference"):
            value = normalize_id(str(value)) or value
        with self.lock:
            rows = self.conn.execute(
                f'SELECT "Id" FROM {_q(spec.name)} WHERE {_q(f.name)} = ? AND "IsDeleted" = 0',
                (value,),
            ).fetchall()
        return [r[0] for r in rows]

    # -- writing ------------------------------------------------------------------------
    def create(self, sobject: str, values: dict[str, Any]) -> str:
        """Insert one record after the org's checks; returns the new id."""
        spec = self.object(sobject)
        with self.transaction():
            data = self.validator.coerce(spec, values, creating=True)
            for name, f in spec.fields.items():
                if name not in data and f.default is not None:
                    data[name] = f.default
            self.validator.derive(spec, data, data)
            self.validator.check(spec, data, None)
            stamp = self.stamp()
            record_id = self._next_ids(spec.key_prefix, 1)[0]
            data.update(
                Id=record_id,
                IsDeleted=False,
                CreatedDate=stamp,
                CreatedById=USER_ID,
                LastModifiedDate=stamp,
                LastModifiedById=USER_ID,
                SystemModstamp=stamp,
            )
            self._insert(spec, [data])
            return record_id

    def update(self, sobject: str, record_id: str, values: dict[str, Any]) -> None:
        """Update one live record after the org's checks."""
        spec = self.object(sobject)
        with self.transaction():
            current = self._live(spec, record_id)
            data = self.validator.coerce(spec, values, creating=False)
            merged = {**current, **data}
            self.validator.derive(spec, merged, data)
            self.validator.check(spec, merged, current["Id"])
            self._write(spec, current["Id"], data)

    def _write(self, spec: ObjectSpec, record_id: str, data: dict[str, Any]) -> None:
        stamp = self.stamp()
        data = {
            **data,
            "LastModifiedDate": stamp,
            "LastModifiedById": USER_ID,
            "SystemModstamp": stamp,
        }
        sets = ", ".join(f"{_q(k)} = ?" for k in data)
        self.conn.execute(
            f'UPDATE {_q(spec.name)} SET {sets} WHERE "Id" = ?',
            [*(self._to_sql(spec.fields[k], v) for k, v in data.items()), record_id],
        )

    def touch(self, sobject: str, record_id: str, values: dict[str, Any] | None = None) -> None:
        """A CRM-side edit: writes any field (even read-only ones) and bumps the stamps."""
        spec = self.object(sobject)
        with self.transaction():
            current = self._live(spec, record_id)
            data: dict[str, Any] = {}
            for key, value in (values or {}).items():
                f = spec.field(key)
                if f is None:
                    raise invalid_field(spec.name, key)
                data[f.name] = self.validator.coerce_value(spec, f, value)
            self.validator.derive(spec, {**current, **data}, data)
            self._write(spec, current["Id"], data)

    def delete(self, sobject: str, record_id: str, master_id: str | None = None) -> None:
        """Send a record (and its cascaded children) to the recycle bin."""
        spec = self.object(sobject)
        with self.transaction():
            current = self._live(spec, record_id)
            data: dict[str, Any] = {"IsDeleted": True}
            if master_id:
                data["MasterRecordId"] = master_id
            self._write(spec, current["Id"], data)
            for child, field_name in CASCADES.get(spec.name, ()):
                for child_id in self.find_by(child, field_name, current["Id"]):
                    self.delete(child, child_id)

    def merge(self, survivor_id: str, loser_id: str) -> None:
        """Merge two records the way an org does: children move to the survivor, the loser
        is deleted with MasterRecordId pointing at the survivor."""
        survivor_id = normalize_id(survivor_id) or survivor_id
        loser_id = normalize_id(loser_id) or loser_id
        spec = self.object_for_id(loser_id)
        if spec is None or spec is not self.object_for_id(survivor_id):
            raise ApiError(400, "INVALID_ID_FIELD", "merge needs two records of the same type")
        with self.transaction():
            self._live(spec, survivor_id)
            self._live(spec, loser_id)
            if spec.name == "Contact":
                kept = set(self._member_campaigns(survivor_id))
                for member_id in self.find_by("CampaignMember", "ContactId", loser_id):
                    campaign = self.get("CampaignMember", member_id, ["CampaignId"])
                    if campaign and campaign["CampaignId"] in kept:
                        self.delete("CampaignMember", member_id)
                    else:
                        self._write(
                            self.object("CampaignMember"), member_id, {"ContactId": survivor_id}
                        )
                for task_id in self.find_by("Task", "WhoId", loser_id):
                    self._write(self.object("Task"), task_id, {"WhoId": survivor_id})
            self._write(spec, loser_id, {"IsDeleted": True, "MasterRecordId": survivor_id})

    def _member_campaigns(self, contact_id: str) -> list[str]:
        rows = self.conn.execute(
            'SELECT "CampaignId" FROM "CampaignMember" WHERE "ContactId" = ? AND "IsDeleted" = 0',
            (contact_id,),
        ).fetchall()
        return [r[0] for r in rows]

    def purge_deleted(self, sobject: str) -> int:
        """Empty the recycle bin for one type; /deleted/ then reports a later
        earliestDateAvailable, which is how a client learns it must resync."""
        spec = self.object(sobject)
        with self.transaction():
            stamp = self.stamp()
            cur = self.conn.execute(f'DELETE FROM {_q(spec.name)} WHERE "IsDeleted" = 1')
            self._set_meta(f"purged:{spec.name}", stamp)
            return cur.rowcount

    def earliest_deleted_available(self, sobject: str) -> str:
        return self._meta(f"purged:{sobject}") or self.org_created

    def bulk_insert(self, sobject: str, rows: list[dict[str, Any]]) -> list[str]:
        """Seed many records fast: one stamp, executemany, no per-record reference checks."""
        spec = self.object(sobject)
        if not rows:
            return []
        names: dict[str, FieldSpec] = {}
        for key in {k for row in rows for k in row}:
            f = spec.field(key)
            if f is None:
                raise invalid_field(spec.name, key)
            names[key] = f
        with self.transaction():
            stamp = self.stamp()
            ids = self._next_ids(spec.key_prefix, len(rows))
            defaults = {n: f.default for n, f in spec.fields.items() if f.default is not None}
            timed = [f.name for f in names.values() if f.kind in ("date", "datetime")]
            statuses = self._status_map() if spec.name == "CampaignMember" else None
            records = []
            for record_id, row in zip(ids, rows, strict=True):
                data = {**defaults, **{names[k].name: v for k, v in row.items()}}
                for name in timed:
                    value = data.get(name)
                    if isinstance(value, datetime):
                        data[name] = format_datetime(value)
                    elif isinstance(value, date):
                        data[name] = value.isoformat()
                if statuses is not None:
                    key = (data.get("CampaignId"), data.get("Status"))
                    data["HasResponded"] = statuses.get(key, False)
                else:
                    self.validator.derive(spec, data, data)
                data.update(
                    Id=record_id,
                    IsDeleted=data.get("IsDeleted", False),
                    CreatedDate=data.get("CreatedDate", stamp),
                    CreatedById=USER_ID,
                    LastModifiedDate=data.get("LastModifiedDate", stamp),
                    LastModifiedById=USER_ID,
                    SystemModstamp=data.get("SystemModstamp", stamp),
                )
                records.append(data)
            self._insert(spec, records)
        return ids

    def _status_map(self) -> dict[tuple[str, str], bool]:
        rows = self.conn.execute(
            'SELECT "CampaignId", "Label", "HasResponded" FROM "CampaignMemberStatus" '
            'WHERE "IsDeleted" = 0'
        )
        return {(c, label): bool(r) for c, label, r in rows}

    def _insert(self, spec: ObjectSpec, records: list[dict[str, Any]]) -> None:
        names = list(spec.fields)
        fields = [spec.fields[n] for n in names]
        sql = (
            f"INSERT INTO {_q(spec.name)} ({', '.join(map(_q, names))}) "
            f"VALUES ({', '.join('?' * len(names))})"
        )
        to_sql = self._to_sql
        self.conn.executemany(
            sql, [[to_sql(f, rec.get(f.name)) for f in fields] for rec in records]
        )

    @staticmethod
    def _to_sql(f: FieldSpec, value: Any) -> Any:
        if f.kind == "boolean" and value is not None:
            return 1 if value else 0
        return value

    def _live(self, spec: ObjectSpec, record_id: str) -> dict[str, Any]:
        canonical = normalize_id(record_id)
        if canonical is None or canonical[:3] != spec.key_prefix:
            raise ApiError(
                404 if canonical else 400,
                "NOT_FOUND" if canonical else "MALFORMED_ID",
                f"Provided external ID field does not exist or is not accessible: {record_id}"
                if canonical
                else f"{spec.name} ID: id value of incorrect type: {record_id}",
            )
        record = self.get(spec.name, canonical)
        if record is None:
            raise ApiError(404, "NOT_FOUND", "The requested resource does not exist")
        if record["IsDeleted"]:
            raise ApiError(404, "ENTITY_IS_DELETED", "entity is deleted")
        return record
