"""Stop/start on the same port, a database file, seed_demo, and the command line."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import requests

from tests.sfemu import SalesforceEmulator, seed_demo
from tests.sync.support import TIMEOUT, Api

ROOT = Path(__file__).resolve().parents[2]


def test_stop_and_start_keep_port_data_and_tokens(emu: SalesforceEmulator, api: Api) -> None:
    contact = api.post("sobjects/Contact", json={"LastName": "Offline"}).json()["id"]
    port = emu.port
    emu.stop()
    assert not emu.running
    with pytest.raises(requests.ConnectionError):
        api.get("limits")  # the pooled keep-alive connection was cut too
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{emu.data_url}/limits", timeout=TIMEOUT)
    emu.start()
    assert emu.port == port and emu.running
    assert api.get(f"sobjects/Contact/{contact}").json()["LastName"] == "Offline"


def test_a_database_file_outlives_the_emulator(tmp_path: Path) -> None:
    db = tmp_path / "org.sqlite3"
    with SalesforceEmulator(db_path=str(db)) as first:
        kept = first.insert("Contact", {"LastName": "Persisted"})
    with SalesforceEmulator(db_path=str(db)) as second:
        assert second.get("Contact", kept)["LastName"] == "Persisted"  # type: ignore[index]
        newer = second.insert("Contact", {"LastName": "Next"})
        assert newer > kept  # the id counter carries on


def test_seed_demo_is_deterministic_and_realistic() -> None:
    with SalesforceEmulator() as one, SalesforceEmulator() as two:
        data = seed_demo(one, contacts=300, seed=7)
        seed_demo(two, contacts=300, seed=7)
        soql = "SELECT FirstName, LastName, Phone, Language__c FROM Contact ORDER BY Id"
        assert one.query_rows("Contact", soql) == two.query_rows("Contact", soql)
        assert len(data.contact_ids) == 300 and len(data.campaigns) == 4
        active = one.query_rows("Campaign", "IsActive = true")
        assert len(active) == 2
        gotv = data.campaigns["Get Out The Vote Phone Bank"]
        statuses = one.query_rows("CampaignMemberStatus", f"CampaignId = '{gotv}'")
        assert {s["Label"] for s in statuses} >= {"Not Called", "Contacted"}
        members = one.query_rows("CampaignMember", f"CampaignId = '{gotv}'")
        assert 100 < len(members) < 260
        phones = [r["Phone"] for r in one.query_rows("Contact") if r["Phone"]]
        assert all("555" in p for p in phones)
        assert len({p[:1] for p in phones}) > 1  # several formats
        spanish = {r["Id"] for r in one.query_rows("Contact", "Language__c = 'Spanish'")}
        outreach = data.campaigns["Spanish Language Voter Outreach"]
        in_outreach = {
            m["ContactId"] for m in one.query_rows("CampaignMember", f"CampaignId = '{outreach}'")
        }
        assert spanish <= in_outreach


def test_command_line_prints_a_ready_token_and_stops_on_ctrl_c() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.sfemu", "--port", "0", "--seed-demo", "--contacts", "25"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()  # type: ignore[union-attr]
    try:
        seen: dict[str, str] = {}
        line = ""
        while not line.startswith("Press Ctrl+C"):
            line = lines.get(timeout=TIMEOUT)
            key, _, value = line.partition(":")
            seen[key.strip()] = value.strip()
        url, token = seen["Instance URL"], seen["Access token"]
        assert url.startswith("http://127.0.0.1:") and seen["Client id"]
        count = requests.get(
            f"{url}/services/data/v62.0/query",
            params={"q": "SELECT COUNT() FROM Contact"},
            headers={"Authorization": f"Bearer {token}"},
            timeout=TIMEOUT,
        )
        assert count.json()["totalSize"] == 25
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=TIMEOUT) == 0
        rest = []
        while not lines.empty():
            rest.append(lines.get_nowait())
        assert any("Stopped" in line for line in rest)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=TIMEOUT)
