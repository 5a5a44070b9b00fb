"""Faults on demand: what a flaky network, a busy org or a hotel Wi-Fi does to a client.

Tests arm a fault with ``emu.faults.add(kind=..., path_regex=..., method=..., times=1)``.
Transport faults (latency, 5xx, expired session, request limit, dropped connection after
the commit, truncated JSON, captive portal) apply to the HTTP request as a whole. A
``row_lock`` fault is a data fault: it applies to a write operation, including a
subrequest of /composite, and in sObject Collections it fails single records.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field

KINDS = frozenset(
    {
        "latency",  # sleep delay_ms, then answer normally
        "5xx",  # status 503 SERVER_UNAVAILABLE (or status=500/502)
        "expired_session",  # 401 INVALID_SESSION_ID
        "limit_exceeded",  # 403 REQUEST_LIMIT_EXCEEDED
        "row_lock",  # UNABLE_TO_LOCK_ROW for a write (per record in collections)
        "drop_after_commit",  # the write is applied, then the socket closes without a response
        "truncated_json",  # 200 with the body cut in half
        "captive_portal",  # 200 text/html login page, as a hotel or airport network sends
    }
)
TRANSPORT_KINDS = KINDS - {"row_lock"}


@dataclass
class Fault:
    """One armed fault. times=None fires on every match; hits counts firings."""

    kind: str
    path_regex: str | None = None
    method: str | None = None
    times: int | None = 1
    delay_ms: int = 0
    status: int = 503
    records: tuple[int, ...] | None = None  # row_lock in collections: which indexes (None: all)
    hits: int = 0
    _pattern: re.Pattern[str] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; known: {sorted(KINDS)}")
        self._pattern = re.compile(self.path_regex) if self.path_regex else None

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.hits >= self.times

    def matches(self, method: str, target: str) -> bool:
        if self.exhausted:
            return False
        if self.method and self.method.upper() != method.upper():
            return False
        return self._pattern is None or self._pattern.search(target) is not None


class FaultPlan:
    """The armed faults, consulted in the order they were added."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def add(
        self,
        kind: str,
        path_regex: str | None = None,
        method: str | None = None,
        times: int | None = 1,
        delay_ms: int = 0,
        status: int = 503,
        records: list[int] | tuple[int, ...] | None = None,
    ) -> Fault:
        """Arm a fault; path_regex is searched in the request path plus query string."""
        fault = Fault(
            kind,
            path_regex,
            method,
            times,
            delay_ms,
            status,
            tuple(records) if records is not None else None,
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    @property
    def armed(self) -> list[Fault]:
        with self._lock:
            return [f for f in self._faults if not f.exhausted]

    def take(self, method: str, target: str, kinds: frozenset[str]) -> Fault | None:
        """The first armed fault of the given kinds that matches, counted as fired."""
        with self._lock:
            for fault in self._faults:
                if fault.kind in kinds and fault.matches(method, target):
                    fault.hits += 1
                    return fault
        return None


CAPTIVE_PORTAL_HTML = """<!DOCTYPE html>
<html><head><title>Sign in to Guest Wi-Fi</title></head>
<body><h1>Welcome to Guest Wi-Fi</h1>
<form method="post" action="/login"><label>Room number <input name="room"></label>
<label><input type="checkbox" name="accept"> I accept the terms of use</label>
<button type="submit">Connect</button></form></body></html>
"""
