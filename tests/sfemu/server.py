"""HTTP: a loopback ThreadingHTTPServer, routing, bearer auth, the daily API limit,
transport faults, and the request log tests count.
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from .errors import ApiError
from .faults import CAPTIVE_PORTAL_HTML, TRANSPORT_KINDS, Fault, FaultPlan
from .oauth import ORG_ID, OAuthError, OAuthServer
from .rest import ApiRequest, DataApi
from .store import USER_ID

JSON_TYPE = "application/json;charset=UTF-8"
_DATA_PATH = re.compile(r"^/services/data/v(\d+\.\d)(?:/(.*))?$")
_INVALID_SESSION = ApiError(401, "INVALID_SESSION_ID", "Session expired or invalid")
_LIMIT_EXCEEDED = ApiError(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.")


@dataclass
class LoggedRequest:
    method: str
    path: str
    query: str
    status: int | None = None  # None: the connection was dropped
    fault: str | None = None


@dataclass
class HttpResult:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    drop: bool = False


class ApiLimits:
    """The org's daily API request allowance (Sforce-Limit-Info: api-usage=used/limit)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0
        self._lock = threading.Lock()

    def take(self) -> bool:
        with self._lock:
            if self.used >= self.limit:
                return False
            self.used += 1
            return True

    def header(self) -> str:
        return f"api-usage={self.used}/{self.limit}"


def _json(status: int, body: Any, headers: dict[str, str] | None = None) -> HttpResult:
    data = b"" if body is None else json.dumps(body, separators=(",", ":")).encode()
    out = {"Content-Type": JSON_TYPE} if body is not None else {}
    return HttpResult(status, data, {**out, **(headers or {})})


class Gateway:
    """Turns one HTTP request into one HttpResult; no sockets here, so it is easy to test."""

    def __init__(
        self,
        oauth: OAuthServer,
        api: DataApi,
        faults: FaultPlan,
        limits: ApiLimits,
        base_url: Callable[[], str],
    ) -> None:
        self.oauth = oauth
        self.api = api
        self.faults = faults
        self.limits = limits
        self.base_url = base_url
        self.log: list[LoggedRequest] = []
        self._log_lock = threading.Lock()

    def respond(
        self, method: str, raw_path: str, headers: dict[str, str], body: bytes
    ) -> HttpResult:
        parts = urlsplit(raw_path)
        entry = LoggedRequest(method, parts.path, parts.query)
        with self._log_lock:
            self.log.append(entry)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        slow = self.faults.take(method, target, frozenset({"latency"}))
        if slow:
            time.sleep(slow.delay_ms / 1000)
        fault = self.faults.take(method, target, TRANSPORT_KINDS - {"latency"})
        entry.fault = fault.kind if fault else (slow.kind if slow else None)
        if fault and fault.kind not in ("drop_after_commit", "truncated_json"):
            result = self._fault_result(fault)
        else:
            try:
                result = self._route(method, parts.path, parts.query, headers, body)
            except ApiError as exc:
                result = _json(exc.status, exc.body())
        if fault and fault.kind == "drop_after_commit":
            result = HttpResult(0, drop=True)  # the work above is committed; the answer is lost
        elif fault and fault.kind == "truncated_json":
            result = HttpResult(
                200, result.body[: len(result.body) // 2], {"Content-Type": JSON_TYPE}
            )
        if fault is None or fault.kind != "captive_portal":
            result.headers["Sforce-Limit-Info"] = self.limits.header()
        entry.status = None if result.drop else result.status
        return result

    def _fault_result(self, fault: Fault) -> HttpResult:
        if fault.kind == "captive_portal":
            return HttpResult(
                200, CAPTIVE_PORTAL_HTML.encode(), {"Content-Type": "text/html; charset=utf-8"}
            )
        if fault.kind == "expired_session":
            return _json(401, _INVALID_SESSION.body(), {"WWW-Authenticate": "Token"})
        if fault.kind == "limit_exceeded":
            return _json(403, _LIMIT_EXCEEDED.body())
        if fault.status == 500:
            return _json(
                500,
                ApiError(
                    500,
                    "UNKNOWN_EXCEPTION",
                    "An unexpected error occurred. Please include this ErrorId if you contact "
                    "support: 1234567890-12345 (-1234567890)",
                ).body(),
            )
        if fault.status == 503:
            return _json(503, ApiError(503, "SERVER_UNAVAILABLE", "Server unavailable").body())
        page = f"<html><body><h1>{fault.status} Service Error</h1></body></html>"
        return HttpResult(fault.status, page.encode(), {"Content-Type": "text/html"})

    # -- routing -----------------------------------------------------------------------
    def _route(
        self, method: str, path: str, query: str, headers: dict[str, str], body: bytes
    ) -> HttpResult:
        params = dict(parse_qsl(query, keep_blank_values=True))
        if path.startswith("/services/oauth2/"):
            return self._oauth(method, path, params, body)
        if path == f"/id/{ORG_ID}/{USER_ID}" and method == "GET":
            self._authenticate(headers)
            return _json(200, self._identity())
        if path == "/setup/connect":
            page = (
                "<html><body><h1>Connect a device</h1>"
                "<p>Enter the code shown on your device.</p></body></html>"
            )
            return HttpResult(200, page.encode(), {"Content-Type": "text/html"})
        if path.rstrip("/") == "/services/data" and method == "GET":
            return _json(
                200, [{"label": "Winter '25", "url": "/services/data/v62.0", "version": "62.0"}]
            )
        match = _DATA_PATH.match(path)
        if not match:
            raise ApiError(404, "NOT_FOUND", "The requested resource does not exist")
        self._authenticate(headers)
        if not self.limits.take():
            raise _LIMIT_EXCEEDED
        parsed: Any = None
        if body.strip():
            try:
                parsed = json.loads(body)
            except ValueError as exc:
                raise ApiError(400, "JSON_PARSER_ERROR", f"Unexpected character: {exc}") from None
        request = ApiRequest(method, match.group(2) or "", match.group(1), params, headers, parsed)
        response = self.api.dispatch(request)
        return _json(response.status, response.body, response.headers)

    def _authenticate(self, headers: dict[str, str]) -> None:
        scheme, _, token = headers.get("authorization", "").partition(" ")
        if scheme.lower() not in ("bearer", "oauth") or not self.oauth.check_access_token(
            token.strip()
        ):
            raise ApiError(401, "INVALID_SESSION_ID", "Session expired or invalid")

    def _oauth(self, method: str, path: str, params: dict[str, str], body: bytes) -> HttpResult:
        form = {
            **params,
            **dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)),
        }
        try:
            if path == "/services/oauth2/authorize" and method == "GET":
                return HttpResult(302, b"", {"Location": self.oauth.authorize(params)})
            if path == "/services/oauth2/token" and method == "POST":
                return _json(200, self.oauth.token(form))
            if path == "/services/oauth2/revoke" and method in ("GET", "POST"):
                if not self.oauth.revoke(form.get("token", "")):
                    raise OAuthError("unsupported_token_type", "this token type is not supported")
                return HttpResult(200)
        except OAuthError as exc:
            return _json(exc.status, exc.body)
        raise ApiError(404, "NOT_FOUND", "The requested resource does not exist")

    def _identity(self) -> dict[str, Any]:
        base = self.base_url()
        return {
            "id": f"{base}/id/{ORG_ID}/{USER_ID}",
            "user_id": USER_ID,
            "organization_id": ORG_ID,
            "username": "phonebank.admin@example.org",
            "display_name": "Phone Bank Admin",
            "email": "phonebank.admin@example.org",
            "urls": {
                "rest": f"{base}/services/data/v{{version}}/",
                "query": f"{base}/services/data/v{{version}}/query/",
            },
        }


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real clients expect
    timeout = 30  # an idle keep-alive connection does not hold a thread forever
    # Headers and body go out in two writes; with Nagle on, the client's delayed ACK
    # would add ~40 ms to every response.
    disable_nagle_algorithm = True
    server: LoopbackServer

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            super().log_message(format, *args)

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        result = self.server.gateway.respond(self.command, self.path, headers, body)
        if result.drop:
            self.close_connection = True
            return
        self.send_response(result.status)
        for name, value in result.headers.items():
            self.send_header(name, value)
        if result.status not in (204, 304):
            self.send_header("Content-Length", str(len(result.body)))
        self.end_headers()
        if result.body and result.status not in (204, 304):
            self.wfile.write(result.body)

    do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = _serve


class LoopbackServer(ThreadingHTTPServer):
    """A threaded HTTP server on 127.0.0.1 that can drop every open connection on stop."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port: int, gateway: Gateway, verbose: bool = False) -> None:
        self.gateway = gateway
        self.verbose = verbose
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(("127.0.0.1", port), _Handler)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._open_lock:
                self._open.discard(request)

    def close_connections(self) -> None:
        """Cut keep-alive connections too, so a stopped emulator is really unreachable."""
        with self._open_lock:
            sockets = list(self._open)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
