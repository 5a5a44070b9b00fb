"""``callcenter sync`` and ``callcenter crm``: connect, sync, status, review, disconnect,
and a clear message with its own exit code for each way it can fail."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import requests
from keyring.backends import fail

from callcenter.cli import main
from sync.salesforce.auth import KEYRING_SERVICE
from tests.sfemu import SalesforceEmulator, seed_demo
from tests.sync.keyrings import FILE_ENV, MemoryKeyring

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def emu() -> Iterator[SalesforceEmulator]:
    with SalesforceEmulator() as emulator:
        emulator.clock.advance(seconds=-10)  # seeded a little while ago: leases may take them
        seed_demo(emulator, contacts=40, seed=1)
        emulator.clock.advance(seconds=10)
        yield emulator


@pytest.fixture
def vault() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The system browser, as a person who signs in and approves."""
    opened: list[str] = []

    def open_browser(url: str) -> bool:
        opened.append(url)
        answer = requests.get(url, allow_redirects=False, timeout=10)
        requests.get(answer.headers["Location"], timeout=10)
        return True

    monkeypatch.setattr("webbrowser.open", open_browser)
    return opened


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _connect(capsys: pytest.CaptureFixture[str], db: Path, emu: SalesforceEmulator) -> None:
    code, out, err = run(
        capsys,
        "--db",
        str(db),
        "crm",
        "connect",
        "--instance",
        emu.base_url,
        "--redirect-port",
        "0",
    )
    assert code == 0, err
    assert f"Connected to {emu.base_url}" in out


def test_connect_sync_status_review_and_disconnect(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    emu: SalesforceEmulator,
    vault: MemoryKeyring,
    browser: list[str],
) -> None:
    _connect(capsys, db_path, emu)
    assert browser and "code_challenge=" in browser[0]
    (token,) = vault.entries.values()
    assert token.startswith("5Aep")  # a refresh token; nothing else is kept
    assert list(vault.entries) == [(KEYRING_SERVICE, emu.base_url)]
    code, out, err = run(capsys, "--db", str(db_path), "sync", "--once")
    assert code == 0, err
    assert out.startswith("Synced: sent 0, pulled ") and "leased" in out
    assert token not in out + err
    with open(db_path, "rb") as fh:
        assert token.encode() not in fh.read()  # never in the database
    code, out, _ = run(capsys, "--db", str(db_path), "crm", "status")
    assert code == 0
    assert f"salesforce at {emu.base_url}" in out and "last sync:    never" not in out
    assert "waiting:      0 to send" in out
    code, out, _ = run(capsys, "--db", str(db_path), "crm", "review")
    assert (code, out.strip()) == (0, "Nothing to review.")
    code, out, _ = run(capsys, "--db", str(db_path), "crm", "disconnect")
    assert code == 0 and "removed from the keyring" in out and "Gave back" in out
    assert vault.entries == {}
    assert all(m["PB_LeaseHolder__c"] is None for m in emu.query_rows("CampaignMember"))
    code, out, err = run(capsys, "--db", str(db_path), "crm", "status")
    assert code == 7 and "not connected" in out


def test_not_connected(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, _, err = run(capsys, "--db", str(db_path), "sync")
    assert code == 7
    assert "not connected to a CRM" in err and "crm connect" in err and "Traceback" not in err


def test_no_keyring_backend_is_a_clear_refusal(
    capsys: pytest.CaptureFixture[str], db_path: Path, emu: SalesforceEmulator, browser: list[str]
) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        code, _, err = run(
            capsys, "--db", str(db_path), "crm", "connect", "--instance", emu.base_url
        )
    finally:
        keyring.set_keyring(before)
    assert code == 9 and "No OS keyring" in err and "never stores it in a file" in err
    assert browser == []  # refused before anyone signs in


def test_plain_http_to_a_remote_host_is_refused(
    capsys: pytest.CaptureFixture[str], db_path: Path, vault: MemoryKeyring
) -> None:
    code, _, err = run(
        capsys, "--db", str(db_path), "crm", "connect", "--instance", "http://example.org"
    )
    assert code == 7 and "https://" in err


def test_request_limit_and_network_down_have_their_own_exit_codes(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    emu: SalesforceEmulator,
    vault: MemoryKeyring,
    browser: list[str],
) -> None:
    _connect(capsys, db_path, emu)
    emu.faults.add("limit_exceeded", path_regex="/services/data/")
    code, _, err = run(capsys, "--db", str(db_path), "sync")
    assert code == 8 and "daily API limit" in err
    emu.stop()
    code, _, err = run(capsys, "--db", str(db_path), "sync")
    assert code == 6 and "cannot be reached" in err and "Check the network" in err
    code, out, _ = run(capsys, "--db", str(db_path), "crm", "status")
    assert "last problem: Salesforce's sign-in service" in out
    emu.start()


def test_watch_keeps_going_while_offline(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    emu: SalesforceEmulator,
    vault: MemoryKeyring,
    browser: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _connect(capsys, db_path, emu)
    pauses: list[float] = []

    def pause(seconds: float) -> None:
        pauses.append(seconds)
        emu.start()  # the network comes back during the pause

    monkeypatch.setattr("sync.cli._pause", pause)
    emu.stop()
    code, out, _ = run(
        capsys, "--db", str(db_path), "sync", "--watch", "--interval", "30", "--max-rounds", "2"
    )
    assert code == 0
    first, second = out.strip().splitlines()
    assert first.startswith("Not synced:") and second.startswith("Synced:")
    assert pauses == [60.0]


def test_sync_runs_as_its_own_process_with_the_keyring(
    tmp_path: Path,
    db_path: Path,
    emu: SalesforceEmulator,
    vault: MemoryKeyring,
    browser: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    _connect(capsys, db_path, emu)
    secrets = tmp_path / "keyring.json"
    import json

    secrets.write_text(json.dumps({f"{k[0]}|{k[1]}": v for k, v in vault.entries.items()}))
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "tests.sync.keyrings.FileKeyring",
        FILE_ENV: str(secrets),
    }
    done = subprocess.run(
        [sys.executable, "-m", "callcenter", "--db", str(db_path), "sync", "--once"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Synced:")
