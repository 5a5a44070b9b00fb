"""What a volunteer can call: their campaigns, with how much is left to do."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from callcenter.db import Store
from callcenter.models import (
    CallList,
    CallListEntry,
    Campaign,
    EntryStatus,
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
            counts = dict(
                s.execute(
                    select(CallListEntry.status, func.count())
                    .join(CallList, CallList.id == CallListEntry.list_id)
                    .where(
                        CallList.campaign_id == campaign.id,
                        CallListEntry.status.in_([EntryStatus.PENDING, EntryStatus.CALLBACK]),
                    )
                    .group_by(CallListEntry.status)
                ).all()
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
                    remaining=sum(counts.values()),
                    callbacks_due=due or 0,
                )
            )
        return result
