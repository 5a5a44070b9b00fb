"""Fixtures for the emulator tests: a fresh emulator per test (starting one takes ~1 ms)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.sfemu import SalesforceEmulator
from tests.sync.support import Api


@pytest.fixture
def emu() -> Iterator[SalesforceEmulator]:
    with SalesforceEmulator() as emulator:
        yield emulator


@pytest.fixture
def api(emu: SalesforceEmulator) -> Iterator[Api]:
    client = Api(emu)
    yield client
    client.session.close()
