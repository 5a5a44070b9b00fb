"""SalesforceEmulator: the object tests hold. It owns the data, the HTTP server on
127.0.0.1, OAuth, faults and the request log, and gives tests a CRM-side Python API
(seed, edit, delete, merge, approve a device) that bypasses HTTP.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any

from . import composite
from .errors import ApiError
from .faults import FaultPlan
from .oauth import OAuthConfig, OAuthServer
from .queries import QueryEngine
from .rest import DataApi
from .schema import FieldSpec
from .server import ApiLimits, Gateway, LoggedRequest, LoopbackServer
from .store import Clock, Rule, Store

API_VERSION = "62.0"
DEFAULT_CLIENT_ID = "3MVG9sfemuCallcenterDesktopApp.LoopbackEmulator"
DEFAULT_CLIENT_SECRET = "sfemu-client-secret"  # a test double


class SalesforceEmulator:
    """A Salesforce org on loopback. Use as ``with SalesforceEmulator() as emu:``."""

    def __init__(
        self,
        db_path: str | None = None,
        page_size: int = 2000,
        rotate_refresh_tokens: bool = False,
        *,
        port: int = 0,
        api_limit: int = 100_000,
        access_token_ttl: float = 7200.0,
        client_id: str = DEFAULT_CLIENT_ID,
        client_secret: str = DEFAULT_CLIENT_SECRET,
        device_interval: int = 5,
        verbose: bool = False,
    ) -> None:
        self.clock = Clock()
        self.store = Store(str(db_path) if db_path else None, clock=self.clock)
        self.engine = QueryEngine(self.store, page_size)
        self.faults = FaultPlan()
        self.limits = ApiLimits(api_limit)
        self.oauth = OAuthServer(
            OAuthConfig(
                client_id=client_id,
                client_secret=client_secret,
                rotate_refresh_tokens=rotate_refresh_tokens,
                access_token_ttl=access_token_ttl,
                device_interval=device_interval,
            ),
            self.clock,
            lambda: self.base_url,
        )
        self.api = DataApi(
            self.store, self.engine, self.faults, lambda: (self.limits.used, self.limits.limit)
        )
        self.api.composite = composite.serve_composite
        self.gateway = Gateway(
            self.oauth, self.api, self.faults, self.limits, lambda: self.base_url
        )
        self.verbose = verbose
        self._port = port
        self._server: LoopbackServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------
    def start(self) -> SalesforceEmulator:
        """Listen (again) on the same port as before, with the same data."""
        if self._server is not None:
            return self
        self._server = LoopbackServer(self._port, self.gateway, self.verbose)
        self._port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.01},
            daemon=True,
            name="sfemu-http",
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening and cut open connections; data and tokens are kept (offline tests)."""
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        server.close_connections()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def close(self) -> None:
        self.stop()
        self.store.conn.close()

    def __enter__(self) -> SalesforceEmulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def port(self) -> int:
        if not self._port:
            raise RuntimeError("the emulator has not been started yet")
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    instance_url = base_url

    @property
    def api_version(self) -> str:
        return API_VERSION

    @property
    def data_url(self) -> str:
        """The REST base a client appends paths to: {instance_url}/services/data/v62.0."""
        return f"{self.base_url}/services/data/v{API_VERSION}"

    @property
    def page_size(self) -> int:
        return self.engine.page_size

    @page_size.setter
    def page_size(self, value: int) -> None:
        self.engine.page_size = value

    # -- auth --------------------------------------------------------------------------
    @property
    def client_id(self) -> str:
        return self.oauth.config.client_id

    @property
    def client_secret(self) -> str:
        return self.oauth.config.client_secret

    def create_access_token(self, ttl: float | None = None) -> str:
        """A valid bearer token without going through OAuth."""
        return self.oauth.create_access_token(ttl)

    def expire_access_tokens(self) -> None:
        self.oauth.expire_access_tokens()

    def revoke_token(self, token: str) -> bool:
        return self.oauth.revoke(token)

    def approve_device(self, user_code: str) -> None:
        self.oauth.set_device_state(user_code, "approved")

    def deny_device(self, user_code: str) -> None:
        self.oauth.set_device_state(user_code, "denied")

    # -- limits and the request log ------------------------------------------------------
    @property
    def api_usage(self) -> int:
        return self.limits.used

    @api_usage.setter
    def api_usage(self, value: int) -> None:
        self.limits.used = value

    @property
    def api_limit(self) -> int:
        return self.limits.limit

    @api_limit.setter
    def api_limit(self, value: int) -> None:
        self.limits.limit = value

    @property
    def request_log(self) -> list[LoggedRequest]:
        return list(self.gateway.log)

    @property
    def request_count(self) -> int:
        return len(self.gateway.log)

    def count_requests(self, path_regex: str | None = None, method: str | None = None) -> int:
        """How many requests matched (path plus query searched with path_regex)."""
        pattern = re.compile(path_regex) if path_regex else None
        total = 0
        for entry in self.gateway.log:
            target = entry.path + (f"?{entry.query}" if entry.query else "")
            if method and entry.method != method.upper():
                continue
            if pattern and not pattern.search(target):
                continue
            total += 1
        return total

    def reset_request_log(self) -> None:
        self.gateway.log.clear()

    # -- CRM-side data API (no HTTP, no API usage) ------------------------------------------
    def insert(self, sobject: str, fields: dict[str, Any]) -> str:
        """Create one record with the org's validation; returns its id."""
        return self.store.create(sobject, fields)

    def bulk_insert(self, sobject: str, rows: list[dict[str, Any]]) -> list[str]:
        """Seed many records quickly (one transaction, no reference checks)."""
        return self.store.bulk_insert(sobject, rows)

    def get(self, sobject: str, record_id: str) -> dict[str, Any] | None:
        """Every field of a record, deleted ones included (see IsDeleted), or None."""
        return self.store.get(sobject, record_id)

    def update(self, sobject: str, record_id: str, fields: dict[str, Any]) -> None:
        """An update with the API's rules (read-only fields refused)."""
        self.store.update(sobject, record_id, fields)

    def touch(self, sobject: str, record_id: str, fields: dict[str, Any] | None = None) -> None:
        """A CRM-side edit (any field, even read-only) that bumps SystemModstamp."""
        self.store.touch(sobject, record_id, fields)

    def delete(self, sobject: str, record_id: str) -> None:
        self.store.delete(sobject, record_id)

    def merge(self, survivor_id: str, loser_id: str) -> None:
        """Merge two records: the loser is deleted with MasterRecordId = survivor."""
        self.store.merge(survivor_id, loser_id)

    def purge_deleted(self, sobject: str) -> int:
        """Empty the recycle bin for a type (moves /deleted/'s earliestDateAvailable)."""
        return self.store.purge_deleted(sobject)

    def query_rows(
        self,
        sobject: str,
        where: str | Callable[[dict[str, Any]], bool] | None = None,
        include_deleted: bool = False,
    ) -> list[dict[str, Any]]:
        """Records as plain dicts. where: a callable, a full SOQL query, or a WHERE clause."""
        spec = self.store.object(sobject)
        if isinstance(where, str) and where.lstrip()[:6].upper() == "SELECT":
            return self.engine.run(where, include_deleted)
        if isinstance(where, str):
            soql = f"SELECT {', '.join(spec.fields)} FROM {spec.name} WHERE {where}"
            return self.engine.run(soql, include_deleted)
        soql = f"SELECT {', '.join(spec.fields)} FROM {spec.name}"
        rows = self.engine.run(soql, include_deleted)
        return [r for r in rows if where is None or where(r)]

    def count(self, sobject: str, include_deleted: bool = False) -> int:
        spec = self.store.object(sobject)
        sql = f'SELECT COUNT(*) FROM "{spec.name}"' + (
            "" if include_deleted else ' WHERE "IsDeleted" = 0'
        )
        with self.store.lock:
            return int(self.store.conn.execute(sql).fetchone()[0])

    def add_validation_rule(
        self,
        sobject: str,
        rule: Rule,
        error_code: str = "FIELD_CUSTOM_VALIDATION_EXCEPTION",
    ) -> None:
        """rule(record) returns an error message (or an ApiError) to refuse a save."""
        name = self.store.object(sobject).name
        self.store.rules.setdefault(name, []).append((rule, error_code))

    def add_field(self, sobject: str, name: str, kind: str = "string", **options: Any) -> None:
        """Add a custom field, as an admin would in Setup."""
        self.store.add_field(sobject, FieldSpec(name, kind, **options))


__all__ = ["API_VERSION", "ApiError", "SalesforceEmulator"]
