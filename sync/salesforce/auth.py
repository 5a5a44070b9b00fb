"""Signing this workstation in to Salesforce: OAuth 2.0 with PKCE or the device flow.

The refresh token lives only in the OS keyring (service ``callcenter-salesforce``,
keyed by the instance URL); the access token lives only in memory.  A rotated
refresh token is written to the keyring before the new access token is used, so
a crash in between cannot leave the keyring with a token the org has retired.
There is no file or database fallback: without a keyring, connecting fails with
a message that says so.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import secrets
import threading
import time
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import requests

from callcenter.messages import msg
from sync.errors import CrmUnavailableError, KeyringUnavailableError, NotConnectedError
from sync.salesforce.http import NotCrmAnswerError, check_url, decode

log = logging.getLogger(__name__)

KEYRING_SERVICE = "callcenter-salesforce"
# A connected app's consumer key is public in a desktop app (PKCE stands in for a secret).
DEFAULT_CLIENT_ID = "3MVG9sfemuCallcenterDesktopApp.LoopbackEmulator"
DEFAULT_REDIRECT_PORT = 1717
TOKEN_TIMEOUT = (10.0, 30.0)


# --- the keyring ------------------------------------------------------------------------


class TokenVault:
    """The refresh token in the OS keyring, one entry per instance URL."""

    def __init__(self, service: str = KEYRING_SERVICE) -> None:
        self.service = service

    def check(self) -> None:
        """Refuse to work without a real keyring (never a plaintext file).

        Raises:
            KeyringUnavailableError: with what to install.
        """
        import keyring

        backend = keyring.get_keyring()
        names = {type(backend).__module__, type(backend).__name__}
        name = type(backend).__module__ + "." + type(backend).__name__
        if "keyring.backends.fail" in names or "keyring.backends.null" in names:
            raise KeyringUnavailableError(msg("salesforce_auth.no_os_keyring_available_keep"))
        if "plaintext" in name.lower() or name.startswith("keyrings.alt.file"):
            raise KeyringUnavailableError(
                msg("salesforce_auth.keyring_backend_keeps_secrets_plain", name=name)
            )

    def load(self, instance_url: str) -> str | None:
        import keyring
        from keyring.errors import KeyringError

        self.check()
        try:
            return keyring.get_password(self.service, instance_url)
        except KeyringError as exc:
            raise KeyringUnavailableError(
                msg("salesforce_auth.os_keyring_could_not_read", exc=exc)
            ) from exc

    def save(self, instance_url: str, refresh_token: str) -> None:
        import keyring
        from keyring.errors import KeyringError

        self.check()
        try:
            keyring.set_password(self.service, instance_url, refresh_token)
        except KeyringError as exc:
            raise KeyringUnavailableError(
                msg("salesforce_auth.os_keyring_refused_store_salesforce", exc=exc)
            ) from exc

    def delete(self, instance_url: str) -> bool:
        """Forget the sign-in; False when there was none."""
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        self.check()
        try:
            keyring.delete_password(self.service, instance_url)
        except PasswordDeleteError:
            return False
        except KeyringError as exc:
            raise KeyringUnavailableError(
                msg("salesforce_auth.os_keyring_could_not_changed", exc=exc)
            ) from exc
        return True


# --- OAuth endpoints ----------------------------------------------------------------------


@dataclass(frozen=True)
class Tokens:
    access_token: str
    instance_url: str
    refresh_token: str | None = None


@dataclass(frozen=True)
class DeviceCode:
    device_code: str
    user_code: str
    verification_uri: str
    interval: int


class OAuthClient:
    """Talks to ``{login_url}/services/oauth2/*`` for one connected app."""

    def __init__(
        self,
        login_url: str,
        client_id: str = DEFAULT_CLIENT_ID,
        *,
        session: requests.Session | None = None,
    ) -> None:
        self.login_url = check_url(login_url)
        self.client_id = client_id
        self.session = session or requests.Session()

    def _token_request(self, form: dict[str, str]) -> dict[str, Any]:
        try:
            response = self.session.post(
                f"{self.login_url}/services/oauth2/token", data=form, timeout=TOKEN_TIMEOUT
            )
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise CrmUnavailableError(
                msg(
                    "salesforce_auth.salesforce_s_sign_service_at",
                    login_url=self.login_url,
                    name=type(exc).__name__,
                )
            ) from exc
        try:
            body = decode(response)
        except NotCrmAnswerError as exc:
            raise CrmUnavailableError(
                msg("salesforce_auth.signing_failed_try_again", exc=exc)
            ) from exc
        if not isinstance(body, dict):
            raise CrmUnavailableError(msg("salesforce_auth.salesforce_s_sign_service_gave"))
        if response.status_code >= 400 or "error" in body:
            raise OAuthRefused(str(body.get("error", "")), str(body.get("error_description", "")))
        return body

    def _tokens(self, body: dict[str, Any]) -> Tokens:
        return Tokens(
            access_token=str(body["access_token"]),
            instance_url=check_url(str(body.get("instance_url") or self.login_url)),
            refresh_token=body.get("refresh_token"),
        )

    def refresh(self, refresh_token: str) -> Tokens:
        body = self._token_request(
            {
                "grant_type": "refresh_token",
                "client_id": self.client_id,
                "refresh_token": refresh_token,
            }
        )
        return self._tokens(body)

    # -- authorization code with PKCE over a loopback redirect --------------------------------
    def authorize_in_browser(
        self,
        *,
        open_browser: Callable[[str], Any] | None = None,
        port: int = DEFAULT_REDIRECT_PORT,
        timeout: float = 300.0,
    ) -> Tokens:
        """Open the system browser on Salesforce's login page and wait for the redirect.

        Raises:
            NotConnectedError: the person refused, or nothing came back in time.
        """
        verifier = secrets.token_urlsafe(64)
        challenge = (
            base64.urlsafe_b64encode(hashlib.sha256(verifier.encode("ascii")).digest())
            .rstrip(b"=")
            .decode("ascii")
        )
        state = secrets.token_urlsafe(24)
        with _RedirectCatcher(port) as catcher:
            redirect_uri = f"http://localhost:{catcher.port}/callback"
            url = f"{self.login_url}/services/oauth2/authorize?" + urlencode(
                {
                    "response_type": "code",
                    "client_id": self.client_id,
                    "redirect_uri": redirect_uri,
                    "code_challenge": challenge,
                    "code_challenge_method": "S256",
                    "state": state,
                    "scope": "api refresh_token",
                }
            )
            (open_browser or webbrowser.open)(url)
            params = catcher.wait(timeout)
        if params.get("state") != state:
            raise NotConnectedError(msg("salesforce_auth.sign_answer_did_not_match"))
        if "error" in params:
            reason = params.get("error_description") or params["error"]
            raise NotConnectedError(
                msg("salesforce_auth.salesforce_did_not_grant_access", reason=reason)
            )
        code = params.get("code")
        if not code:
            raise NotConnectedError(msg("salesforce_auth.sign_page_returned_no_authorization"))
        try:
            body = self._token_request(
                {
                    "grant_type": "authorization_code",
                    "client_id": self.client_id,
                    "code": code,
                    "redirect_uri": redirect_uri,
                    "code_verifier": verifier,
                }
            )
        except OAuthRefused as exc:
            raise NotConnectedError(
                msg("salesforce_auth.salesforce_refused_sign", exc=exc)
            ) from exc
        return self._tokens(body)

    # -- device flow --------------------------------------------------------------------------
    def start_device_flow(self) -> DeviceCode:
        body = self._token_request({"response_type": "device_code", "client_id": self.client_id})
        return DeviceCode(
            device_code=str(body["device_code"]),
            user_code=str(body["user_code"]),
            verification_uri=str(body["verification_uri"]),
            interval=int(body.get("interval", 5)),
        )

    def finish_device_flow(
        self,
        device: DeviceCode,
        *,
        sleep: Callable[[float], None] = time.sleep,
        timeout: float = 600.0,
    ) -> Tokens:
        """Poll until the person approves the code in a browser on any device."""
        waited = 0.0
        interval = max(1, device.interval)
        while waited <= timeout:
            try:
                body = self._token_request(
                    {
                        "grant_type": "device",
                        "client_id": self.client_id,
                        "code": device.device_code,
                    }
                )
            except OAuthRefused as exc:
                if exc.error == "authorization_pending":
                    sleep(interval)
                    waited += interval
                    continue
                if exc.error == "slow_down":
                    interval += 5
                    continue
                if exc.error == "access_denied":
                    raise NotConnectedError(
                        msg("salesforce_auth.sign_was_refused_browser")
                    ) from exc
                raise NotConnectedError(
                    msg("salesforce_auth.device_sign_failed_try_again", exc=exc)
                ) from exc
            return self._tokens(body)
        raise NotConnectedError(msg("salesforce_auth.nobody_approved_code_time_run"))


class OAuthRefused(Exception):
    def __init__(self, error: str, description: str) -> None:
        super().__init__(f"{error}: {description}" if description else error)
        self.error = error


# --- the loopback redirect ------------------------------------------------------------------


class _RedirectCatcher:
    """A one-shot HTTP server on 127.0.0.1 that receives the browser's redirect."""

    def __init__(self, port: int) -> None:
        self.params: dict[str, str] | None = None
        self._got = threading.Event()
        catcher = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                if parts.path != "/callback":
                    self.send_error(404)
                    return
                catcher.params = {k: v[0] for k, v in parse_qs(parts.query).items()}
                page = (
                    b"<html><body><h1>Call Center is connected.</h1>"
                    b"<p>You can close this window.</p></body></html>"
                )
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(page)))
                self.end_headers()
                self.wfile.write(page)
                catcher._got.set()

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the query holds the authorization code: never log it

        try:
            self._server = HTTPServer(("127.0.0.1", port), Handler)
        except OSError as exc:
            raise NotConnectedError(
                msg("salesforce_auth.port_computer_busy_so_browser", port=port)
            ) from exc
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> _RedirectCatcher:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def wait(self, timeout: float) -> dict[str, str]:
        if not self._got.wait(timeout) or self.params is None:
            raise NotConnectedError(msg("salesforce_auth.no_answer_came_back_from"))
        return self.params


# --- the token source the HTTP client uses -----------------------------------------------------


class KeyringTokens:
    """Access tokens made from the keyring's refresh token, kept in memory only."""

    def __init__(self, oauth: OAuthClient, vault: TokenVault, instance_url: str) -> None:
        self.oauth = oauth
        self.vault = vault
        self.instance_url = check_url(instance_url)
        self._access: str | None = None
        self._lock = threading.Lock()

    def access_token(self) -> str:
        with self._lock:
            if self._access is None:
                self._access = self._renew()
            return self._access

    def refresh(self) -> str:
        with self._lock:
            self._access = self._renew()
            return self._access

    def _renew(self) -> str:
        refresh_token = self.vault.load(self.instance_url)
        if not refresh_token:
            raise NotConnectedError(
                msg(
                    "salesforce_auth.workstation_not_connected_salesforce_at",
                    instance_url=self.instance_url,
                )
            )
        try:
            tokens = self.oauth.refresh(refresh_token)
        except OAuthRefused as exc:
            raise NotConnectedError(
                msg("salesforce_auth.salesforce_no_longer_accepts_workstation")
            ) from exc
        if tokens.refresh_token and tokens.refresh_token != refresh_token:
            # Rotation: the old token is dead now; keep the new one before going on.
            self.vault.save(self.instance_url, tokens.refresh_token)
        log.info("renewed the Salesforce session")
        return tokens.access_token


class StaticTokens:
    """A fixed access token (tests, or a token handed over by another tool)."""

    def __init__(self, token: str, renew: Callable[[], str] | None = None) -> None:
        self._token = token
        self._renew = renew

    def access_token(self) -> str:
        return self._token

    def refresh(self) -> str:
        if self._renew is None:
            raise NotConnectedError(
                msg("salesforce_auth.salesforce_session_expired_run_callcenter")
            )
        self._token = self._renew()
        return self._token
