"""The OAuth 2.0 side of the org: web-server flow with PKCE, refresh (optionally rotating),
device flow, revocation, and the bearer tokens the data API checks.

Error bodies follow Salesforce's OAuth endpoints: {"error", "error_description"} with 400.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode, urlsplit

from .store import USER_ID, Clock

ORG_ID = "00DHs0000000001AAA"
AUTH_CODE_TTL = 15 * 60  # seconds
DEVICE_CODE_TTL = 10 * 60
_LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1", "[::1]"}


class OAuthError(Exception):
    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(f"{error}: {description}")
        self.status = status
        self.body = {"error": error, "error_description": description}


@dataclass
class _AuthCode:
    client_id: str
    redirect_uri: str
    challenge: str
    expires: float


@dataclass
class _Device:
    user_code: str
    client_id: str
    expires: float
    state: str = "pending"  # pending, approved, denied, used


@dataclass
class OAuthConfig:
    client_id: str
    client_secret: str
    rotate_refresh_tokens: bool = False
    access_token_ttl: float = 7200.0
    device_interval: int = 5
    redirect_uris: tuple[str, ...] = ()  # besides any loopback http URL


@dataclass
class _State:
    access: dict[str, tuple[float, str]] = field(default_factory=dict)  # token -> (expiry, family)
    refresh: dict[str, str] = field(default_factory=dict)  # token -> family
    codes: dict[str, _AuthCode] = field(default_factory=dict)
    devices: dict[str, _Device] = field(default_factory=dict)  # by device_code


class OAuthServer:
    """Token issue and checks; base_url is read per call because the port is known late."""

    def __init__(self, config: OAuthConfig, clock: Clock, base_url: Callable[[], str]) -> None:
        self.config = config
        self.clock = clock
        self.base_url = base_url
        self._state = _State()
        self._lock = threading.Lock()

    def _now(self) -> float:
        return self.clock.now().timestamp()

    # -- tokens ---------------------------------------------------------------------------
    def create_access_token(self, ttl: float | None = None, family: str | None = None) -> str:
        token = f"{ORG_ID[:15]}!{secrets.token_urlsafe(40)}"
        expiry = self._now() + (self.config.access_token_ttl if ttl is None else ttl)
        with self._lock:
            self._state.access[token] = (expiry, family or "")
        return token

    def check_access_token(self, token: str) -> bool:
        with self._lock:
            entry = self._state.access.get(token)
        return entry is not None and entry[0] > self._now()

    def expire_access_tokens(self) -> None:
        """Every session times out at once (the client must refresh)."""
        with self._lock:
            self._state.access.clear()

    def revoke(self, token: str) -> bool:
        """Revoke an access token, or a refresh token and every session issued from it."""
        with self._lock:
            if token in self._state.access:
                del self._state.access[token]
                return True
            family = self._state.refresh.pop(token, None)
            if family is None:
                return False
            for access, (_, fam) in list(self._state.access.items()):
                if fam == family:
                    del self._state.access[access]
            return True

    def _issue(self, family: str | None = None, with_refresh: bool = True) -> dict[str, Any]:
        family = family or secrets.token_hex(8)
        issued_at = str(int(self._now() * 1000))
        identity = f"{self.base_url()}/id/{ORG_ID}/{USER_ID}"
        body: dict[str, Any] = {"access_token": self.create_access_token(family=family)}
        if with_refresh:
            refresh = f"5Aep{secrets.token_urlsafe(48)}"
            with self._lock:
                self._state.refresh[refresh] = family
            body["refresh_token"] = refresh
        signature = hmac.new(
            self.config.client_secret.encode(), (identity + issued_at).encode(), hashlib.sha256
        ).digest()
        body.update(
            signature=base64.b64encode(signature).decode(),
            scope="refresh_token api",
            instance_url=self.base_url(),
            id=identity,
            token_type="Bearer",
            issued_at=issued_at,
        )
        return body

    # -- /services/oauth2/authorize --------------------------------------------------------
    def authorize(self, params: Mapping[str, str]) -> str:
        """Auto-approve a web-server flow request; returns the redirect Location."""
        if params.get("client_id") != self.config.client_id:
            raise OAuthError("invalid_client_id", "client identifier invalid")
        redirect_uri = params.get("redirect_uri", "")
        if not self._redirect_allowed(redirect_uri):
            raise OAuthError("redirect_uri_mismatch", "redirect_uri must match configuration")
        extra = {"state": params["state"]} if "state" in params else {}
        if params.get("response_type") != "code":
            return _with_query(redirect_uri, error="unsupported_response_type", **extra)
        challenge = params.get("code_challenge", "")
        if not challenge or params.get("code_challenge_method", "S256") != "S256":
            return _with_query(
                redirect_uri,
                error="invalid_request",
                error_description="missing or unsupported code_challenge",
                **extra,
            )
        code = secrets.token_urlsafe(32)
        with self._lock:
            self._state.codes[code] = _AuthCode(
                self.config.client_id, redirect_uri, challenge, self._now() + AUTH_CODE_TTL
            )
        return _with_query(redirect_uri, code=code, **extra)

    def _redirect_allowed(self, uri: str) -> bool:
        if uri in self.config.redirect_uris:
            return True
        parts = urlsplit(uri)
        return parts.scheme == "http" and (parts.hostname or "") in _LOOPBACK_HOSTS

    # -- /services/oauth2/token ------------------------------------------------------------
    def token(self, form: Mapping[str, str]) -> dict[str, Any]:
        """Handle one token request; raises OAuthError with the documented error codes."""
        if form.get("response_type") == "device_code":
            return self._device_start(form)
        grant = form.get("grant_type", "")
        handlers = {
            "authorization_code": self._grant_code,
            "refresh_token": self._grant_refresh,
            "device": self._grant_device,
        }
        if grant not in handlers:
            raise OAuthError("unsupported_grant_type", "grant type not supported")
        if form.get("client_id") != self.config.client_id:
            raise OAuthError("invalid_client_id", "client identifier invalid")
        secret = form.get("client_secret")
        if secret is not None and secret != self.config.client_secret:
            raise OAuthError("invalid_client", "invalid client credentials")
        return handlers[grant](form)

    def _grant_code(self, form: Mapping[str, str]) -> dict[str, Any]:
        with self._lock:
            # A code is single-use even when the exchange fails (RFC 6749 section 4.1.2).
            code = self._state.codes.pop(form.get("code", ""), None)
        if code is None or code.expires < self._now():
            raise OAuthError("invalid_grant", "invalid authorization code")
        if form.get("redirect_uri") != code.redirect_uri:
            raise OAuthError("redirect_uri_mismatch", "redirect_uri must match configuration")
        verifier = form.get("code_verifier", "")
        digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
        expected = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
        if not verifier or not hmac.compare_digest(expected, code.challenge):
            raise OAuthError("invalid_grant", "invalid code verifier")
        return self._issue()

    def _grant_refresh(self, form: Mapping[str, str]) -> dict[str, Any]:
        token = form.get("refresh_token", "")
        with self._lock:
            family = self._state.refresh.get(token)
            if family is not None and self.config.rotate_refresh_tokens:
                del self._state.refresh[token]  # the old token stops working at once
        if family is None:
            raise OAuthError("invalid_grant", "expired access/refresh token")
        # Without rotation Salesforce leaves refresh_token out of the response.
        return self._issue(family, with_refresh=self.config.rotate_refresh_tokens)

    def _device_start(self, form: Mapping[str, str]) -> dict[str, Any]:
        if form.get("client_id") != self.config.client_id:
            raise OAuthError("invalid_client_id", "client identifier invalid")
        alphabet = "BCDFGHJKLMNPQRSTVWXZ23456789"  # no vowels or look-alikes
        user_code = "".join(secrets.choice(alphabet) for _ in range(8))
        device_code = secrets.token_urlsafe(32)
        with self._lock:
            self._state.devices[device_code] = _Device(
                user_code, self.config.client_id, self._now() + DEVICE_CODE_TTL
            )
        return {
            "device_code": device_code,
            "user_code": user_code,
            "verification_uri": f"{self.base_url()}/setup/connect",
            "interval": self.config.device_interval,
        }

    def _grant_device(self, form: Mapping[str, str]) -> dict[str, Any]:
        # Salesforce names the parameter "code"; RFC 8628 says "device_code": take either.
        device_code = form.get("code") or form.get("device_code") or ""
        with self._lock:
            device = self._state.devices.get(device_code)
            state = device.state if device else "missing"
            if device and device.expires < self._now():
                state = "expired"
            if state == "approved":
                device.state = "used"  # type: ignore[union-attr]
        if state == "pending":
            raise OAuthError("authorization_pending", "authorization pending")
        if state == "denied":
            raise OAuthError("access_denied", "end-user denied authorization")
        if state == "expired":
            raise OAuthError("expired_token", "device code expired")
        if state != "approved":
            raise OAuthError("invalid_grant", "invalid device code")
        return self._issue()

    def set_device_state(self, user_code: str, state: str) -> None:
        """The user approving (or denying) a device code in their browser."""
        wanted = user_code.replace("-", "").upper()
        with self._lock:
            for device in self._state.devices.values():
                if device.user_code == wanted and device.state == "pending":
                    device.state = state
                    return
        raise KeyError(f"no pending device authorization with user code {user_code!r}")


def _with_query(uri: str, **params: str) -> str:
    return uri + ("&" if "?" in uri else "?") + urlencode(params)
