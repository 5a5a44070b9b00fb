"""What a volunteer can call: their campaigns, with how much is left to do."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from callcenter.db import Store
from callcenter.errors import InvalidInputError
from callcenter.messages import msg
from callcenter.models import (
    CallList,
    CallListEntry,
    Campaign,
    EntryStatus,
    ListProgress,
    ResultCode,
    Volunteer,
    VolunteerCampaign,
    VolunteerRole,
    utcnow,
)


@dataclass(frozen=True)
class CampaignSummary:
    id: int
    name: str
    description: str
    remaining: int
    callbacks_due: int


def campaigns_for_volunteer(
    store: Store, volunteer_id: int, *, now: datetime | None = None
) -> list[CampaignSummary]:
    """Active campaigns this volunteer may call (admins: all), with contacts left.

    "Left" counts pending contacts and callbacks; leased ones are someone's now.
    """
    now = now or utcnow()
    with store.read() as s:
        role = s.scalar(select(Volunteer.role).where(Volunteer.id == volunteer_id))
        query = select(Campaign).where(Campaign.is_active.is_(True)).order_by(Campaign.name)
        if role != VolunteerRole.ADMIN:
            query = query.join(
                VolunteerCampaign,
                (VolunteerCampaign.campaign_id == Campaign.id)
                & (VolunteerCampaign.volunteer_id == volunteer_id),
            )
        campaigns = s.scalars(query).all()
        result = []
        for campaign in campaigns:
            # The trigger-kept counters: constant time even for a million-row list.
            remaining = s.scalar(
                select(func.coalesce(func.sum(ListProgress.n), 0))
                .join(CallList, CallList.id == ListProgress.list_id)
                .where(
                    CallList.campaign_id == campaign.id,
                    ListProgress.status.in_([EntryStatus.PENDING, EntryStatus.CALLBACK]),
                )
            )
            due = s.scalar(
                select(func.count())
                .select_from(CallListEntry)
                .join(CallList, CallList.id == CallListEntry.list_id)
                .where(
                    CallList.campaign_id == campaign.id,
                    CallListEntry.status == EntryStatus.CALLBACK,
                    CallListEntry.callback_at <= now,
                )
            )
            result.append(
                CampaignSummary(
                    id=campaign.id,
                    name=campaign.name,
                    description=campaign.description,
                    remaining=int(remaining or 0),
                    callbacks_due=due or 0,
                )
            )
        return result


@dataclass(frozen=True)
class ResultCodeView:
    """One result the volunteer can choose, with what it does to the contact."""

    id: int
    code: str
    label: dict[str, str]
    hotkey: str | None
    counts_as_contact: bool
    is_terminal: bool
    is_wrong_number: bool
    is_do_not_call: bool
    schedules_callback: bool


@dataclass(frozen=True)
class CampaignForCalling:
    """What the contact screen needs of a campaign: its name, calling window, results."""

    id: int
    name: str
    window_start_min: int
    window_end_min: int
    result_codes: tuple[ResultCodeView, ...]


def campaign_for_calling(store: Store, campaign_id: int) -> CampaignForCalling:
    """The campaign's calling window and result codes (read once per calling session).

    Raises:
        InvalidInputError: there is no such campaign.
    """
    with store.read() as s:
        campaign = s.get(Campaign, campaign_id)
        if campaign is None:
            raise InvalidInputError(msg("calls.campaign_does_not_exist", campaign_id=campaign_id))
        codes = s.scalars(
            select(ResultCode)
            # Door results (canvassing) are not results of a phone call.
            .where(
                ResultCode.campaign_id == campaign_id,
                ResultCode.code.not_like("DOOR\\_%", escape="\\"),
            )
            .order_by(ResultCode.position, ResultCode.id)
        ).all()
        return CampaignForCalling(
            id=campaign.id,
            name=campaign.name,
            window_start_min=campaign.window_start_min,
            window_end_min=campaign.window_end_min,
            result_codes=tuple(
                ResultCodeView(
                    id=c.id,
                    code=c.code,
                    label=dict(c.label or {}),
                    hotkey=c.hotkey,
                    counts_as_contact=c.counts_as_contact,
                    is_terminal=c.is_terminal,
                    is_wrong_number=c.is_wrong_number,
                    is_do_not_call=c.is_do_not_call,
                    schedules_callback=c.schedules_callback,
                )
                for c in codes
            ),
        )
