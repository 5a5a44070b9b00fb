"""Facts about a store as a whole: row counts, settings, whether it holds data."""

from __future__ import annotations

from sqlalchemy import func, select

from callcenter.db import Store
from callcenter.models import (
    AuditEvent,
    CallAttempt,
    CallListEntry,
    Campaign,
    Conflict,
    Contact,
    Outbox,
    OutboxStatus,
    Setting,
    SurveyResponse,
    Volunteer,
)

COUNTED = {
    "contacts": Contact,
    "campaigns": Campaign,
    "list entries": CallListEntry,
    "call attempts": CallAttempt,
    "survey answers": SurveyResponse,
    "volunteers": Volunteer,
    "audit events": AuditEvent,
    "open conflicts": Conflict,
}


def store_counts(store: Store) -> dict[str, int]:
    with store.read() as s:
        counts = {
            name: s.scalar(select(func.count()).select_from(model)) or 0
            for name, model in COUNTED.items()
        }
        counts["waiting to sync"] = (
            s.scalar(
                select(func.count())
                .select_from(Outbox)
                .where(Outbox.status == OutboxStatus.PENDING)
            )
            or 0
        )
    return counts


def holds_data(store: Store) -> bool:
    """True when the store has any contact, volunteer or campaign in it."""
    with store.read() as s:
        return any(
            s.scalar(select(model.id).limit(1)) is not None
            for model in (Contact, Volunteer, Campaign)
        )


def get_setting(store: Store, key: str) -> str | None:
    with store.read() as s:
        row = s.get(Setting, key)
        return row.value if row else None
