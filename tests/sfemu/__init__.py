"""A Salesforce REST emulator on loopback, for the sync tests and for trying sync without an org.

Start one with ``with SalesforceEmulator() as emu:``; see emulator.py for the Python API,
and ``python -m tests.sfemu --help`` to run it in the foreground.
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
