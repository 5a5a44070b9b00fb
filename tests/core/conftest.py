"""The two volunteers the calling tests share; each module brings its own ``world``
(the campaign and contacts they are assigned to)."""

from __future__ import annotations

import pytest

from tests.factories import make_volunteer


@pytest.fixture
def vera(store, world) -> int:
    return make_volunteer(store, "VERA22", campaign_ids=(world.campaign_id,))


@pytest.fixture
def otto(store, world) -> int:
    return make_volunteer(store, "OTTO33", first_name="Otto", campaign_ids=(world.campaign_id,))
