"""The one way this app talks HTTP to Salesforce: timeouts, retries, limits, honest errors.

- TLS verification is always on; plain http is refused except on loopback (the
  emulator), so a typo cannot send a token in clear over a network.
- 5xx, UNABLE_TO_LOCK_ROW, dropped connections and answers that are not
  Salesforce's (a Wi-Fi sign-in page, JSON cut short) are retried with backoff;
  every write this app sends is an upsert or a plain set, so a retry after a lost
  answer cannot duplicate anything.
- 401 INVALID_SESSION_ID: refresh the access token once and repeat the request.
- 403 REQUEST_LIMIT_EXCEEDED stops the sync; ``Sforce-Limit-Info`` paces requests
  before the limit is reached.
Logs name the method, path and status only: never a query, a body or a token.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlsplit

import requests

from callcenter.messages import Message, msg
from sync import ratecontrol
from sync.errors import ApiLimitError, CrmRequestError, CrmUnavailableError, NotConnectedError

log = logging.getLogger(__name__)

API_VERSION = "62.0"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
DEFAULT_TIMEOUT = (10.0, 120.0)  # connect, read
# Salesforce error codes that mean "try the same thing again a little later".
TRANSIENT_CODES = frozenset(
    {
        "UNABLE_TO_LOCK_ROW",
        "SERVER_UNAVAILABLE",
        "REQUEST_RUNNING_TOO_LONG",
        "QUERY_TIMEOUT",
        "UNKNOWN_EXCEPTION",
    }
)


class NotCrmAnswerError(Exception):
    """The network answered, but not with a Salesforce response."""


class TokenSource(Protocol):
    """Where the access token comes from; kept in memory only."""

    def access_token(self) -> str: ...

    def refresh(self) -> str:
        """A fresh access token; raises NotConnectedError when that is impossible."""
        ...


def check_url(url: str) -> str:
    """``url`` without a trailing slash, if it is https or http on a loopback address.

    Raises:
        NotConnectedError: the URL would send credentials in clear or is malformed.
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if not host or parts.scheme not in ("https", "http"):
        raise NotConnectedError(msg("salesforce_http.not_web_address_should_start", url=url))
    if parts.scheme == "http" and host not in LOOPBACK_HOSTS:
        raise NotConnectedError(msg("salesforce_http.uses_plain_http_salesforce_needs", url=url))
    return url.strip().rstrip("/")


@dataclass
class Usage:
    """The last ``Sforce-Limit-Info`` seen."""

    used: int = 0
    limit: int = 0


class SalesforceHttp:
    """A requests.Session wrapper bound to one instance and one token source."""

    def __init__(
        self,
        instance_url: str,
        tokens: TokenSource,
        *,
        api_version: str = API_VERSION,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        max_attempts: int = 5,
        backoff_base: float = 0.5,
        backoff_cap: float = 20.0,
        sleep: Callable[[float], None] = time.sleep,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self.instance_url = check_url(instance_url)
        self.data_url = f"{self.instance_url}/services/data/v{api_version}"
        self.tokens = tokens
        self.session = session or requests.Session()
        self.timeout = timeout
        self.max_attempts = max_attempts
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.sleep = sleep
        self.jitter = jitter
        self.usage = Usage()
        self.requests_sent = 0

    def close(self) -> None:
        self.session.close()

    def url(self, path: str) -> str:
        """Absolute URLs must be on this instance; "/x" is on the instance; "x" is under
        the REST base (``.../services/data/vXX.X/x``)."""
        if path.startswith(("http://", "https://")):
            if not path.startswith(self.instance_url + "/"):
                raise CrmRequestError(0, "FOREIGN_URL", "a link pointed outside the CRM")
            return path
        if path.startswith("/"):
            return self.instance_url + path
        return f"{self.data_url}/{path}"

    # -- verbs ----------------------------------------------------------------------------
    def get(self, path: str, params: dict[str, str] | None = None, **kw: Any) -> Any:
        return self.request("GET", path, params=params, **kw)

    def get_raw(self, path: str, params: dict[str, str] | None = None) -> bytes:
        """A successful JSON answer as bytes, not decoded (a big page is decoded by whoever
        needs it, off this thread's critical path); errors as ``request``."""
        return self.request("GET", path, params=params, raw=True)  # type: ignore[no-any-return]

    def post(self, path: str, body: Any = None, **kw: Any) -> Any:
        return self.request("POST", path, json=body, **kw)

    def patch(self, path: str, body: Any = None, **kw: Any) -> Any:
        return self.request("PATCH", path, json=body, **kw)

    def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        json: Any = None,
        headers: dict[str, str] | None = None,
        raw: bool = False,
    ) -> Any:
        """Send one request until it succeeds, fails for good, or retries run out.

        Returns the decoded JSON (None for an empty answer).

        Raises:
            CrmRequestError: the CRM refused this request for good.
            CrmUnavailableError: no proper answer after every retry.
            NotConnectedError: the session could not be renewed.
            ApiLimitError: the daily API allowance is used up.
        """
        url = self.url(path)
        refreshed = False
        problem: object = msg("salesforce_http.no_answer")
        attempt = 0
        while attempt < self.max_attempts:
            self._pace()
            sent_headers = {"Authorization": f"Bearer {self.tokens.access_token()}"}
            sent_headers.update(headers or {})
            started = time.perf_counter()
            try:
                response = self.session.request(
                    method,
                    url,
                    params=params,
                    json=json,
                    headers=sent_headers,
                    timeout=self.timeout,
                )
            except (requests.ConnectionError, requests.Timeout) as exc:
                problem = _network_problem(exc)
                log.info("%s %s: %s", method, urlsplit(url).path, problem)
                self._back_off(attempt)
                attempt += 1
                continue
            self.requests_sent += 1
            self._note_usage(response)
            log.debug(
                "%s %s %s (%.0f ms)",
                method,
                urlsplit(url).path,
                response.status_code,
                (time.perf_counter() - started) * 1000,
            )
            if raw and response.status_code < 300 and _is_json(response):
                return response.content
            try:
                body = decode(response)
            except NotCrmAnswerError as exc:
                problem = exc.args[0]
                self._back_off(attempt)
                attempt += 1
                continue
            if response.status_code < 300:
                return body
            code, message = first_error(body, response.status_code)
            if response.status_code == 401:
                if refreshed:
                    raise NotConnectedError(
                        msg("salesforce_http.salesforce_refused_workstation_s_session")
                    )
                self.tokens.refresh()
                refreshed = True
                continue  # a renewed session is not a retry of a failure
            if response.status_code == 403 and code == "REQUEST_LIMIT_EXCEEDED":
                raise ApiLimitError(msg("salesforce_http.salesforce_s_daily_api_limit"))
            if response.status_code >= 500 or code in TRANSIENT_CODES:
                problem = msg("salesforce_http.salesforce_busy", code=code)
                self._back_off(attempt, response.headers.get("Retry-After"))
                attempt += 1
                continue
            raise CrmRequestError(response.status_code, code, message)
        raise CrmUnavailableError(
            msg("salesforce_http.salesforce_could_not_reached_properly", problem=problem)
        )

    # -- helpers --------------------------------------------------------------------------
    def _back_off(self, attempt: int, retry_after: str | None = None) -> None:
        if attempt + 1 >= self.max_attempts:
            return  # no retry follows, so no wait
        delay = ratecontrol.backoff_delay(
            attempt, base=self.backoff_base, cap=self.backoff_cap, jitter=self.jitter()
        )
        asked = ratecontrol.retry_after_seconds(retry_after)
        if asked is not None:
            delay = max(delay, min(asked, self.backoff_cap))
        if delay > 0:
            self.sleep(delay)

    def _note_usage(self, response: requests.Response) -> None:
        parsed = ratecontrol.parse_limit_info(response.headers.get("Sforce-Limit-Info"))
        if parsed is not None:
            self.usage = Usage(*parsed)

    def _pace(self) -> None:
        used, limit = self.usage.used, self.usage.limit
        if ratecontrol.reserve_reached(used, limit):
            raise ApiLimitError(
                msg("salesforce_http.org_has_used_daily_api", used=f"{used:,}", limit=f"{limit:,}")
            )
        delay = ratecontrol.pacing_delay(used, limit)
        if delay > 0:
            self.sleep(delay)


def decode(response: requests.Response) -> Any:
    """The JSON body, None when empty; refuses what is not a Salesforce answer.

    Raises:
        NotCrmAnswerError: an HTML page (captive portal, proxy error) or cut-off JSON.
    """
    if response.status_code == 204 or not response.content:
        return None
    if not _is_json(response):
        raise NotCrmAnswerError(msg("salesforce_http.web_page_not_salesforce"))
    try:
        return response.json()
    except ValueError:
        raise NotCrmAnswerError(msg("salesforce_http.answer_incomplete")) from None


def _is_json(response: requests.Response) -> bool:
    return "json" in response.headers.get("Content-Type", "").lower()


def first_error(body: Any, status: int) -> tuple[str, str]:
    """``(errorCode, message)`` of a REST error body (a JSON array), or a stand-in."""
    if isinstance(body, list) and body and isinstance(body[0], dict):
        return str(body[0].get("errorCode", "")), str(body[0].get("message", ""))
    if isinstance(body, dict) and "error" in body:
        return str(body["error"]), str(body.get("error_description", ""))
    return f"HTTP_{status}", f"HTTP status {status}"


def _network_problem(exc: Exception) -> Message:
    if isinstance(exc, requests.Timeout):
        return msg("salesforce_http.network_timed_out")
    return msg("salesforce_http.connection_failed")
