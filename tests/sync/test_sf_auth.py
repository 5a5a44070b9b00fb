"""Signing in: PKCE over a loopback redirect, the device flow, refresh and the keyring."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
import requests
from keyring.backend import KeyringBackend
from keyring.backends import fail

from sync.errors import KeyringUnavailableError, NotConnectedError
from sync.salesforce.auth import KEYRING_SERVICE, KeyringTokens, OAuthClient, TokenVault
from sync.salesforce.http import SalesforceHttp
from tests.sfemu import SalesforceEmulator
from tests.sync.keyrings import MemoryKeyring


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def _browser_that_approves(opened: list[str]):  # type: ignore[no-untyped-def]
    """What a person's browser does: follow Salesforce's redirect to the loopback URL."""

    def open_browser(url: str) -> bool:
        opened.append(url)
        answer = requests.get(url, allow_redirects=False, timeout=10)
        assert answer.status_code == 302
        landing = requests.get(answer.headers["Location"], timeout=10)
        assert "connected" in landing.text
        return True

    return open_browser


def test_pkce_flow_through_the_system_browser(emu: SalesforceEmulator) -> None:
    opened: list[str] = []
    oauth = OAuthClient(emu.base_url, emu.client_id)
    tokens = oauth.authorize_in_browser(open_browser=_browser_that_approves(opened), port=0)
    assert tokens.refresh_token and tokens.access_token
    assert tokens.instance_url == emu.base_url
    assert "code_challenge_method=S256" in opened[0] and "code_verifier" not in opened[0]
    assert "redirect_uri=http%3A%2F%2Flocalhost%3A" in opened[0]


def test_pkce_flow_refused_in_the_browser(emu: SalesforceEmulator) -> None:
    oauth = OAuthClient(emu.base_url, "not-the-app")

    def open_browser(url: str) -> bool:
        return requests.get(url, allow_redirects=False, timeout=10).status_code == 400

    with pytest.raises(NotConnectedError):
        oauth.authorize_in_browser(open_browser=open_browser, port=0, timeout=0.3)


def test_device_flow(emu: SalesforceEmulator) -> None:
    oauth = OAuthClient(emu.base_url, emu.client_id)
    device = oauth.start_device_flow()
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        emu.approve_device(device.user_code)  # the person types the code meanwhile

    tokens = oauth.finish_device_flow(device, sleep=sleep)
    assert tokens.refresh_token and waits == [device.interval]
    denied = oauth.start_device_flow()
    with pytest.raises(NotConnectedError, match="refused"):
        oauth.finish_device_flow(denied, sleep=lambda s: emu.deny_device(denied.user_code))


def test_keyring_tokens_renew_from_the_keyring(
    emu: SalesforceEmulator, memory_keyring: MemoryKeyring
) -> None:
    oauth = OAuthClient(emu.base_url, emu.client_id)
    device = oauth.start_device_flow()
    emu.approve_device(device.user_code)
    tokens = oauth.finish_device_flow(device)
    vault = TokenVault()
    vault.save(emu.base_url, tokens.refresh_token or "")
    source = KeyringTokens(oauth, vault, emu.base_url)
    http = SalesforceHttp(emu.base_url, source)
    assert http.get("limits")
    emu.expire_access_tokens()
    assert http.get("limits")  # renewed from the keyring's refresh token
    # Only the refresh token is in the keyring; the access token never is.
    assert list(memory_keyring.entries.values()) == [tokens.refresh_token]


def test_a_rotated_refresh_token_is_stored_before_it_is_used(
    memory_keyring: MemoryKeyring,
) -> None:
    with SalesforceEmulator(rotate_refresh_tokens=True) as emu:
        oauth = OAuthClient(emu.base_url, emu.client_id)
        device = oauth.start_device_flow()
        emu.approve_device(device.user_code)
        first = oauth.finish_device_flow(device).refresh_token
        assert first
        events: list[str] = []

        class RecordingVault(TokenVault):
            def save(self, instance_url: str, refresh_token: str) -> None:
                events.append("saved")
                super().save(instance_url, refresh_token)

        vault = RecordingVault()
        vault.save(emu.base_url, first)
        events.clear()
        source = KeyringTokens(oauth, vault, emu.base_url)
        token = source.access_token()
        events.append("used")
        assert events == ["saved", "used"]
        stored = memory_keyring.entries[(KEYRING_SERVICE, emu.base_url)]
        assert stored != first
        assert SalesforceHttp(emu.base_url, source).get("limits")
        assert token

        class BrokenVault(TokenVault):
            def save(self, instance_url: str, refresh_token: str) -> None:
                raise KeyringUnavailableError("locked")

        # When the new token cannot be kept, the session is not used at all.
        broken = KeyringTokens(oauth, BrokenVault(), emu.base_url)
        with pytest.raises(KeyringUnavailableError):
            broken.access_token()


def test_a_revoked_sign_in_asks_to_connect_again(
    emu: SalesforceEmulator, memory_keyring: MemoryKeyring
) -> None:
    oauth = OAuthClient(emu.base_url, emu.client_id)
    device = oauth.start_device_flow()
    emu.approve_device(device.user_code)
    refresh = oauth.finish_device_flow(device).refresh_token or ""
    vault = TokenVault()
    vault.save(emu.base_url, refresh)
    emu.revoke_token(refresh)
    with pytest.raises(NotConnectedError, match="crm connect"):
        KeyringTokens(oauth, vault, emu.base_url).access_token()
    vault.delete(emu.base_url)
    with pytest.raises(NotConnectedError, match="not connected"):
        KeyringTokens(oauth, vault, emu.base_url).access_token()
    assert vault.delete(emu.base_url) is False


def test_no_keyring_backend_is_refused_with_a_clear_message() -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(KeyringUnavailableError) as refused:
            TokenVault().save("https://x.my.salesforce.com", "secret")
        assert "never stores it in a file" in str(refused.value)
        assert refused.value.exit_code == 9
    finally:
        keyring.set_keyring(before)


def test_a_plaintext_keyring_is_refused() -> None:
    class PlaintextKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            raise AssertionError("must not be called")

        def delete_password(self, service: str, username: str) -> None:
            pass

    before = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    try:
        with pytest.raises(KeyringUnavailableError, match="plain file"):
            TokenVault().save("https://x.my.salesforce.com", "secret")
    finally:
        keyring.set_keyring(before)
