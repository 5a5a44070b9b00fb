"""Finding volunteers: filters for the console's lists and the CLI's selections."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select

from callcenter.db import Store
from callcenter.errors import InvalidInputError
from callcenter.messages import msg
from callcenter.models import (
    Station,
    Volunteer,
    VolunteerCampaign,
    VolunteerRole,
    VolunteerSession,
    VolunteerStatus,
)
from callcenter.security import normalise_code
from callcenter.services.sqlrows import escape_like


@dataclass(frozen=True)
class VolunteerFilter:
    status: str | None = None
    role: str | None = None
    campaign_id: int | None = None
    station: str | None = None
    search: str = ""
    signed_in: bool | None = None


@dataclass(frozen=True)
class VolunteerRow:
    id: int
    code: str | None
    name: str
    email: str | None
    role: str
    status: str
    languages: tuple[str, ...]
    station: str | None
    shift_ends_at: datetime | None
    created_at: datetime


def _check(flt: VolunteerFilter) -> None:
    if flt.status and flt.status not in set(VolunteerStatus):
        raise InvalidInputError(
            msg(
                "volunteer_directory.unknown_status_use_one",
                status=flt.status,
                items=", ".join(s.value for s in VolunteerStatus),
            )
        )
    if flt.role and flt.role not in set(VolunteerRole):
        raise InvalidInputError(
            msg(
                "volunteer_directory.unknown_role_use_one",
                role=flt.role,
                items=", ".join(r.value for r in VolunteerRole),
            )
        )


def list_volunteers(store: Store, flt: VolunteerFilter = VolunteerFilter()) -> list[VolunteerRow]:
    _check(flt)
    query = (
        select(Volunteer, Station.name)
        .outerjoin(Station, Station.id == Volunteer.station_id)
        .order_by(Volunteer.last_name, Volunteer.first_name, Volunteer.id)
    )
    if flt.status:
        query = query.where(Volunteer.status == flt.status)
    if flt.role:
        query = query.where(Volunteer.role == flt.role)
    if flt.campaign_id is not None:
        query = query.join(
            VolunteerCampaign,
            (VolunteerCampaign.volunteer_id == Volunteer.id)
            & (VolunteerCampaign.campaign_id == flt.campaign_id),
        )
    if flt.station:
        query = query.where(Station.name == flt.station)
    if flt.signed_in is not None:
        open_session = (
            select(VolunteerSession.id)
            .where(
                VolunteerSession.volunteer_id == Volunteer.id,
                VolunteerSession.ended_at.is_(None),
            )
            .exists()
        )
        query = query.where(open_session if flt.signed_in else ~open_session)
    term = flt.search.strip()
    if term:
        like = escape_like(term) + "%"
        query = query.where(
            or_(
                Volunteer.first_name.like(like, escape="\\"),
                Volunteer.last_name.like(like, escape="\\"),
                Volunteer.email.like(like, escape="\\"),
                Volunteer.code == normalise_code(term),
            )
        )
    with store.read() as s:
        return [
            VolunteerRow(
                id=v.id,
                code=v.code,
                name=v.display_name,
                email=v.email,
                role=v.role,
                status=v.status,
                languages=tuple(v.languages or ()),
                station=station,
                shift_ends_at=v.shift_ends_at,
                created_at=v.created_at,
            )
            for v, station in s.execute(query)
        ]


def resolve_volunteers(store: Store, refs: Sequence[str]) -> list[int]:
    """Volunteer ids from codes or numeric ids as typed on a command line.

    Raises:
        InvalidInputError: naming the first reference that matches nobody.
    """
    ids: list[int] = []
    with store.read() as s:
        for ref in refs:
            found = None
            if ref.isdigit():
                found = s.scalar(select(Volunteer.id).where(Volunteer.id == int(ref)))
            if found is None:
                found = s.scalar(select(Volunteer.id).where(Volunteer.code == normalise_code(ref)))
            if found is None:
                raise InvalidInputError(
                    msg("volunteer_directory.no_volunteer_has_code_id", ref=ref)
                )
            ids.append(found)
    return ids
