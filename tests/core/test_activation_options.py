"""The campaigns and stations offered when activating volunteers."""

from __future__ import annotations

from callcenter.models import Campaign
from callcenter.services.activation_options import Choice, activation_options
from callcenter.services.station import this_station
from tests.factories import make_world


def test_active_campaigns_and_all_stations_by_name(store):
    world = make_world(store, contacts=1)
    closed = make_world(store, contacts=1)
    with store.write() as s:
        s.get(Campaign, closed.campaign_id).is_active = False
    station = this_station(store, name="front-desk")

    options = activation_options(store)

    assert options.campaigns == (Choice(world.campaign_id, "Get out the vote"),)
    assert options.stations == (Choice(station, "front-desk"),)
