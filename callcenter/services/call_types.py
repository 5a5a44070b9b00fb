"""Values passed in and out of the call-session services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from callcenter.services.contact_card import ContactCard


@dataclass(frozen=True)
class Lease:
    entry_id: int
    list_id: int
    campaign_id: int
    expires_at: datetime
    is_callback: bool
    callback_at: datetime | None
    attempts: int
    card: ContactCard


@dataclass(frozen=True)
class Answer:
    """One survey answer: a choice (``answer_id``) or free text, or both."""

    question_id: int
    answer_id: int | None = None
    text: str | None = None


@dataclass(frozen=True)
class Outcome:
    entry_id: int
    volunteer_id: int
    result_code_id: int
    started_at: datetime
    ended_at: datetime
    phone_id: int | None = None
    notes: str = ""
    answers: tuple[Answer, ...] = ()
    callback_at: datetime | None = None
    station_id: int | None = None


@dataclass(frozen=True)
class Changes:
    """What a mutation touched, so views can decide whether to refresh."""

    entries: tuple[int, ...] = ()
    contacts: tuple[int, ...] = ()
    outbox: bool = False


@dataclass(frozen=True)
class RecordedOutcome:
    op_id: str
    attempt_id: int
    entry_status: str
    lease_was_lost: bool
    changes: Changes = field(default_factory=Changes)
