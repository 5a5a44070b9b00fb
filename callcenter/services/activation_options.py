"""What a shift lead can pick from when activating volunteers: campaigns and stations."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from callcenter.db import Store
from callcenter.models import Campaign, Station


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


@dataclass(frozen=True)
class ActivationOptions:
    campaigns: tuple[Choice, ...]
    stations: tuple[Choice, ...]


def activation_options(store: Store) -> ActivationOptions:
    """Active campaigns and every known station, each by name."""
    with store.read() as s:
        campaigns = s.execute(
            select(Campaign.id, Campaign.name)
            .where(Campaign.is_active.is_(True))
            .order_by(Campaign.name, Campaign.id)
        ).all()
        stations = s.execute(select(Station.id, Station.name).order_by(Station.name)).all()
    return ActivationOptions(
        tuple(Choice(i, n) for i, n in campaigns), tuple(Choice(i, n) for i, n in stations)
    )
