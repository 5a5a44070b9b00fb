"""A Salesforce REST emulator on loopback, for the sync tests and for trying sync without an org.

Quick use::

    with SalesforceEmulator() as emu:            # 127.0.0.1, a free port, data in memory
        seed_demo(emu, contacts=500, seed=1)     # or emu.bulk_insert("Contact", rows)
        token = emu.create_access_token()        # skip OAuth
        requests.get(f"{emu.data_url}/query", params={"q": "SELECT Id FROM Contact"},
                     headers={"Authorization": f"Bearer {token}"}, timeout=10)
        emu.faults.add(kind="drop_after_commit", method="PATCH", path_regex="/PB_OpId__c/")
        emu.count_requests(r"/composite/sobjects")

Wire surface (v62.0, any vNN.N accepted): /services/oauth2/{authorize,token,revoke};
/services/data/vXX.X/{query,queryAll}[/{locator}-{offset}], sobjects[/{Type}[/describe|
/updated/|/deleted/|/{Id}|/{ExternalIdField}/{value}]], composite, composite/sobjects
[/{Type}[/{ExternalIdField}]], limits. The emulator's clock (emu.clock) drives stamps,
token expiry and the replication windows; stock https-only clients need loopback_session.
``python -m tests.sfemu --help`` runs it in the foreground.
"""

from __future__ import annotations

from .clients import loopback_session
from .emulator import API_VERSION, SalesforceEmulator
from .errors import ApiError
from .faults import KINDS as FAULT_KINDS
from .seed import DemoData, seed_demo

__all__ = [
    "API_VERSION",
    "FAULT_KINDS",
    "ApiError",
    "DemoData",
    "SalesforceEmulator",
    "loopback_session",
    "seed_demo",
]
