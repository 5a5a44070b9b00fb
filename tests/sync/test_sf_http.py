"""The Salesforce HTTP client against the emulator: retries, sessions, limits, refusals."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sync.errors import ApiLimitError, CrmRequestError, CrmUnavailableError, NotConnectedError
from sync.salesforce.auth import StaticTokens
from sync.salesforce.http import SalesforceHttp, check_url
from tests.sfemu import SalesforceEmulator


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def client(emu: SalesforceEmulator, sleeps: list[float]) -> Iterator[SalesforceHttp]:
    tokens = StaticTokens(emu.create_access_token(), renew=emu.create_access_token)
    http = SalesforceHttp(emu.base_url, tokens, sleep=sleeps.append, jitter=lambda: 1.0)
    yield http
    http.close()


def test_only_https_or_loopback_http_is_accepted() -> None:
    assert check_url("https://example.my.salesforce.com/") == "https://example.my.salesforce.com"
    assert check_url("http://127.0.0.1:8765") == "http://127.0.0.1:8765"
    assert check_url("http://localhost:1") == "http://localhost:1"
    assert check_url("http://[::1]:8765") == "http://[::1]:8765"
    for bad in ("http://example.my.salesforce.com", "ftp://x", "example.com", "http://10.0.0.1"):
        with pytest.raises(NotConnectedError):
            check_url(bad)


def test_a_plain_get_and_a_refused_query(client: SalesforceHttp) -> None:
    assert "DailyApiRequests" in client.get("limits")
    with pytest.raises(CrmRequestError) as refused:
        client.get("query", {"q": "SELECT Nope FROM Contact"})
    assert refused.value.code == "INVALID_FIELD" and refused.value.status == 400


def test_links_outside_the_instance_are_refused(client: SalesforceHttp) -> None:
    with pytest.raises(CrmRequestError):
        client.get("https://evil.example.com/services/data/v62.0/query/01g-2000")


@pytest.mark.parametrize(
    "kind", ["5xx", "captive_portal", "truncated_json", "drop_after_commit", "latency"]
)
def test_transient_faults_are_retried_with_backoff(
    emu: SalesforceEmulator, client: SalesforceHttp, sleeps: list[float], kind: str
) -> None:
    emu.faults.add(kind, path_regex="/limits", times=2, delay_ms=10)
    assert "DailyApiRequests" in client.get("limits")
    expected = 0 if kind == "latency" else 2
    assert len(sleeps) == expected
    assert sleeps == [0.5, 1.0][:expected]


def test_500_with_html_and_row_lock_are_retried(
    emu: SalesforceEmulator, client: SalesforceHttp
) -> None:
    contact = emu.insert("Contact", {"LastName": "Lock"})
    emu.faults.add("5xx", path_regex="/limits", status=502)
    assert client.get("limits")
    emu.faults.add("row_lock", path_regex=f"/Contact/{contact}", times=2)
    client.patch(f"sobjects/Contact/{contact}", {"FirstName": "Ann"})
    assert emu.get("Contact", contact)["FirstName"] == "Ann"  # type: ignore[index]


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("captive_portal", "web page instead of Salesforce"),
        ("truncated_json", "incomplete"),
        ("5xx", "busy"),
        ("drop_after_commit", "connection failed or was cut"),
    ],
)
def test_a_fault_that_persists_stops_with_a_clear_message(
    emu: SalesforceEmulator, client: SalesforceHttp, kind: str, words: str
) -> None:
    emu.faults.add(kind, path_regex="/limits", times=None)
    with pytest.raises(CrmUnavailableError) as stopped:
        client.get("limits")
    assert words in str(stopped.value) and "Nothing was lost" in str(stopped.value)
    assert emu.count_requests("/limits") == client.max_attempts


def test_network_down_is_a_clear_error(emu: SalesforceEmulator, client: SalesforceHttp) -> None:
    emu.stop()
    with pytest.raises(CrmUnavailableError) as stopped:
        client.get("limits")
    assert stopped.value.exit_code == 6
    emu.start()
    assert client.get("limits")


def test_expired_session_is_renewed_once(emu: SalesforceEmulator, client: SalesforceHttp) -> None:
    before = client.tokens.access_token()
    emu.expire_access_tokens()
    assert client.get("limits")
    assert client.tokens.access_token() != before
    emu.faults.add("expired_session", path_regex="/limits", times=None)
    with pytest.raises(NotConnectedError) as refused:
        client.get("limits")
    assert "crm connect" in str(refused.value)
    assert emu.count_requests("/limits", "GET") == 2 + 2  # two calls, one renewal each


def test_an_expired_session_without_a_way_to_renew_says_connect(emu: SalesforceEmulator) -> None:
    http = SalesforceHttp(emu.base_url, StaticTokens("nope"))
    with pytest.raises(NotConnectedError):
        http.get("limits")


def test_request_limit_exceeded_stops_at_once(
    emu: SalesforceEmulator, client: SalesforceHttp
) -> None:
    emu.faults.add("limit_exceeded", path_regex="/limits")
    with pytest.raises(ApiLimitError) as stopped:
        client.get("limits")
    assert "daily API limit" in str(stopped.value) and stopped.value.exit_code == 8
    assert emu.count_requests("/limits") == 1


def test_the_limit_header_slows_down_and_then_stops_before_the_limit(
    emu: SalesforceEmulator, client: SalesforceHttp, sleeps: list[float]
) -> None:
    emu.api_limit = 100
    emu.api_usage = 90
    client.get("limits")  # learns 91/100
    client.get("limits")
    assert len(sleeps) == 1 and 0 < sleeps[0] < 5
    emu.api_usage = 98
    client.get("limits")  # learns 99/100 (paced first, from 92/100)
    with pytest.raises(ApiLimitError) as stopped:
        client.get("limits")
    assert "99 of its 100" in str(stopped.value)
    assert emu.api_usage == 99  # the last request was never sent
