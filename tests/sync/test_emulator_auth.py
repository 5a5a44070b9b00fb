"""Bearer auth, the daily API limit header, and the OAuth token endpoint flows."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from urllib.parse import parse_qs, urlsplit

import requests

from tests.sfemu import SalesforceEmulator
from tests.sync.support import TIMEOUT, Api, error_code

REDIRECT = "http://localhost:8765/callback"


def _token_post(emu: SalesforceEmulator, **form: str) -> requests.Response:
    return requests.post(f"{emu.base_url}/services/oauth2/token", data=form, timeout=TIMEOUT)


def _pkce() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    challenge = (
        base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    )
    return verifier, challenge


def _authorize(emu: SalesforceEmulator, challenge: str, state: str = "s1") -> str:
    response = requests.get(
        f"{emu.base_url}/services/oauth2/authorize",
        params={
            "response_type": "code",
            "client_id": emu.client_id,
            "redirect_uri": REDIRECT,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
            "state": state,
        },
        allow_redirects=False,
        timeout=TIMEOUT,
    )
    assert response.status_code == 302
    location = urlsplit(response.headers["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == REDIRECT
    query = parse_qs(location.query)
    assert query["state"] == [state]
    return query["code"][0]


def _exchange(emu: SalesforceEmulator, code: str, verifier: str) -> requests.Response:
    return _token_post(
        emu,
        grant_type="authorization_code",
        code=code,
        client_id=emu.client_id,
        redirect_uri=REDIRECT,
        code_verifier=verifier,
    )


def test_limit_header_on_every_response_and_the_limit(emu: SalesforceEmulator, api: Api) -> None:
    emu.api_limit = 3
    first = api.get("limits")
    assert first.headers["Sforce-Limit-Info"] == "api-usage=1/3"
    assert first.json()["DailyApiRequests"] == {"Max": 3, "Remaining": 2}
    failed = api.query("SELECT Nope FROM Contact")
    assert failed.status_code == 400 and failed.headers["Sforce-Limit-Info"] == "api-usage=2/3"
    api.get("limits")
    over = api.get("limits")
    assert over.status_code == 403
    assert over.json() == [
        {
            "message": "TotalRequests Limit exceeded.",
            "errorCode": "REQUEST_LIMIT_EXCEEDED",
            "fields": [],
        }
    ]
    assert over.headers["Sforce-Limit-Info"] == "api-usage=3/3"
    emu.api_usage = 0  # a new day
    assert api.get("limits").status_code == 200


def test_missing_bad_expired_and_revoked_tokens_get_401(emu: SalesforceEmulator) -> None:
    url = f"{emu.data_url}/limits"
    expected = [
        {"message": "Session expired or invalid", "errorCode": "INVALID_SESSION_ID", "fields": []}
    ]
    no_header = requests.get(url, timeout=TIMEOUT)
    assert no_header.status_code == 401 and no_header.json() == expected
    bad = requests.get(url, headers={"Authorization": "Bearer nope"}, timeout=TIMEOUT)
    assert bad.status_code == 401
    short = emu.create_access_token(ttl=60)
    assert requests.get(url, headers={"Authorization": f"Bearer {short}"}, timeout=TIMEOUT).ok
    emu.clock.advance(seconds=61)
    assert (
        requests.get(url, headers={"Authorization": f"Bearer {short}"}, timeout=TIMEOUT).status_code
        == 401
    )
    token = emu.create_access_token()
    revoke = requests.post(
        f"{emu.base_url}/services/oauth2/revoke", data={"token": token}, timeout=TIMEOUT
    )
    assert revoke.status_code == 200
    assert (
        requests.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=TIMEOUT).status_code
        == 401
    )
    other = emu.create_access_token()
    emu.expire_access_tokens()
    assert error_code(
        requests.get(url, headers={"Authorization": f"Bearer {other}"}, timeout=TIMEOUT)
    ) == ("INVALID_SESSION_ID")
    assert emu.api_usage == 1  # refused sessions do not count against the limit


def test_pkce_web_server_flow(emu: SalesforceEmulator) -> None:
    verifier, challenge = _pkce()
    response = _exchange(emu, _authorize(emu, challenge), verifier)
    assert response.status_code == 200
    body = response.json()
    assert set(body) >= {
        "access_token",
        "refresh_token",
        "instance_url",
        "id",
        "token_type",
        "issued_at",
        "signature",
    }
    assert body["token_type"] == "Bearer" and body["instance_url"] == emu.instance_url
    expected = hmac.new(
        emu.client_secret.encode(), (body["id"] + body["issued_at"]).encode(), hashlib.sha256
    ).digest()
    assert base64.b64decode(body["signature"]) == expected
    assert Api(emu, body["access_token"]).get("limits").status_code == 200
    identity = requests.get(
        body["id"], headers={"Authorization": f"Bearer {body['access_token']}"}, timeout=TIMEOUT
    )
    assert identity.json()["organization_id"].startswith("00D")


def test_pkce_wrong_verifier_and_code_reuse_fail(emu: SalesforceEmulator) -> None:
    verifier, challenge = _pkce()
    code = _authorize(emu, challenge)
    wrong = _exchange(emu, code, "x" * 50)
    assert wrong.status_code == 400
    assert wrong.json() == {"error": "invalid_grant", "error_description": "invalid code verifier"}
    reused = _exchange(emu, code, verifier)  # a code is good for one attempt only
    assert reused.status_code == 400 and reused.json()["error"] == "invalid_grant"
    code = _authorize(emu, challenge)
    mismatch = _token_post(
        emu,
        grant_type="authorization_code",
        code=code,
        client_id=emu.client_id,
        redirect_uri="http://localhost:9999/other",
        code_verifier=verifier,
    )
    assert mismatch.status_code == 400 and mismatch.json()["error"] == "redirect_uri_mismatch"


def test_authorize_refuses_unknown_clients_and_foreign_redirects(emu: SalesforceEmulator) -> None:
    base = {"response_type": "code", "code_challenge": "c", "code_challenge_method": "S256"}
    url = f"{emu.base_url}/services/oauth2/authorize"
    unknown = requests.get(
        url,
        params={**base, "client_id": "x", "redirect_uri": REDIRECT},
        allow_redirects=False,
        timeout=TIMEOUT,
    )
    assert unknown.status_code == 400 and unknown.json()["error"] == "invalid_client_id"
    foreign = requests.get(
        url,
        params={**base, "client_id": emu.client_id, "redirect_uri": "https://evil.example/cb"},
        allow_redirects=False,
        timeout=TIMEOUT,
    )
    assert foreign.status_code == 400 and foreign.json()["error"] == "redirect_uri_mismatch"


def test_refresh_without_rotation_keeps_the_refresh_token(emu: SalesforceEmulator) -> None:
    verifier, challenge = _pkce()
    tokens = _exchange(emu, _authorize(emu, challenge), verifier).json()
    for _ in range(2):
        refreshed = _token_post(
            emu,
            grant_type="refresh_token",
            refresh_token=tokens["refresh_token"],
            client_id=emu.client_id,
        )
        assert refreshed.status_code == 200
        assert "refresh_token" not in refreshed.json()
        assert refreshed.json()["access_token"] != tokens["access_token"]


def test_refresh_with_rotation_invalidates_the_old_refresh_token() -> None:
    with SalesforceEmulator(rotate_refresh_tokens=True) as emu:
        verifier, challenge = _pkce()
        tokens = _exchange(emu, _authorize(emu, challenge), verifier).json()
        first = _token_post(
            emu,
            grant_type="refresh_token",
            refresh_token=tokens["refresh_token"],
            client_id=emu.client_id,
        )
        assert first.status_code == 200
        new_refresh = first.json()["refresh_token"]
        assert new_refresh != tokens["refresh_token"]
        old = _token_post(
            emu,
            grant_type="refresh_token",
            refresh_token=tokens["refresh_token"],
            client_id=emu.client_id,
        )
        assert old.status_code == 400
        assert old.json() == {
            "error": "invalid_grant",
            "error_description": "expired access/refresh token",
        }
        again = _token_post(
            emu, grant_type="refresh_token", refresh_token=new_refresh, client_id=emu.client_id
        )
        assert again.status_code == 200


def test_revoking_a_refresh_token_ends_its_sessions(emu: SalesforceEmulator) -> None:
    verifier, challenge = _pkce()
    tokens = _exchange(emu, _authorize(emu, challenge), verifier).json()
    api = Api(emu, tokens["access_token"])
    assert api.get("limits").ok
    requests.post(
        f"{emu.base_url}/services/oauth2/revoke",
        data={"token": tokens["refresh_token"]},
        timeout=TIMEOUT,
    )
    assert api.get("limits").status_code == 401
    refreshed = _token_post(
        emu,
        grant_type="refresh_token",
        refresh_token=tokens["refresh_token"],
        client_id=emu.client_id,
    )
    assert refreshed.json()["error"] == "invalid_grant"


def test_device_flow_pending_then_approved(emu: SalesforceEmulator) -> None:
    start = _token_post(
        emu, response_type="device_code", client_id=emu.client_id, scope="api refresh_token"
    )
    assert start.status_code == 200
    device = start.json()
    assert set(device) == {"device_code", "user_code", "verification_uri", "interval"}
    assert device["verification_uri"].startswith(emu.base_url)
    poll = {"grant_type": "device", "client_id": emu.client_id, "code": device["device_code"]}
    pending = _token_post(emu, **poll)
    assert pending.status_code == 400 and pending.json()["error"] == "authorization_pending"
    emu.approve_device(device["user_code"])
    granted = _token_post(emu, **poll)
    assert granted.status_code == 200 and {"access_token", "refresh_token"} <= set(granted.json())
    assert Api(emu, granted.json()["access_token"]).get("limits").ok
    assert _token_post(emu, **poll).json()["error"] == "invalid_grant"  # used once


def test_device_flow_denied_and_bad_requests(emu: SalesforceEmulator) -> None:
    device = _token_post(emu, response_type="device_code", client_id=emu.client_id).json()
    emu.deny_device(device["user_code"])
    denied = _token_post(
        emu, grant_type="device", client_id=emu.client_id, device_code=device["device_code"]
    )
    assert denied.json()["error"] == "access_denied"
    assert (
        _token_post(emu, grant_type="password", client_id=emu.client_id).json()["error"]
        == "unsupported_grant_type"
    )
    assert (
        _token_post(emu, grant_type="refresh_token", client_id="nope").json()["error"]
        == "invalid_client_id"
    )
