"""Helpers for stock clients that assume https (simple-salesforce builds every URL as
https://{instance}/...): a requests session that sends those URLs to the plain-HTTP
emulator on loopback, and puts a timeout on every request.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import requests
from requests.adapters import HTTPAdapter

if TYPE_CHECKING:
    from .emulator import SalesforceEmulator

DEFAULT_TIMEOUT = 10.0


class _LoopbackAdapter(HTTPAdapter):
    """Rewrites https://127.0.0.1:PORT to http://127.0.0.1:PORT; only that address."""

    def __init__(self, https_prefix: str, http_prefix: str, timeout: float) -> None:
        super().__init__()
        self._from = https_prefix
        self._to = http_prefix
        self._timeout = timeout

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        if request.url and request.url.startswith(self._from):
            request.url = self._to + request.url[len(self._from) :]
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self._timeout
        return super().send(request, **kwargs)


def loopback_session(emu: SalesforceEmulator, timeout: float = DEFAULT_TIMEOUT) -> requests.Session:
    """A session for clients that insist on https; pass it as ``session=`` to the client."""
    session = requests.Session()
    adapter = _LoopbackAdapter(f"https://127.0.0.1:{emu.port}", emu.base_url, timeout)
    session.mount(f"https://127.0.0.1:{emu.port}", adapter)
    session.mount(emu.base_url, adapter)
    return session
