"""The local store's schema: SQLAlchemy 2 typed models.

Rows the CRM knows carry ``crm_id``; rows created on this workstation carry a
time-ordered ``op_id``/``uid`` (a ULID made at the moment of the action) that is
the idempotency key all the way to the CRM.  Call attempts and survey
responses are append-only: a correction is a new row that names the row it
supersedes.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC text in SQLite, hands out timezone-aware UTC datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# --- enumerations (stored as their string values) -------------------------------------


class EntryStatus(enum.StrEnum):
    PENDING = "pending"
    LEASED = "leased"
    DONE = "done"
    CALLBACK = "callback"
    SKIPPED = "skipped"
    # In the CRM's list, but this workstation holds no CRM lease on it: never presented.
    UNHELD = "unheld"


class VolunteerRole(enum.StrEnum):
    VOLUNTEER = "volunteer"
    SHIFT_LEAD = "shift_lead"
    ADMIN = "admin"


class VolunteerStatus(enum.StrEnum):
    PENDING = "pending"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    DEACTIVATED = "deactivated"


class OutboxStatus(enum.StrEnum):
    PENDING = "pending"
    SENT = "sent"
    REVIEW = "review"
    # A person looked at a refused row and chose not to send it (audited; never silent).
    DISMISSED = "dismissed"
    # A "send my value" the CRM record changed under: a new conflict holds it now.
    CONFLICT = "conflict"


class PhoneKind(enum.StrEnum):
    MOBILE = "mobile"
    HOME = "home"
    WORK = "work"
    OTHER = "other"


# --- people -----------------------------------------------------------------------------


class Household(Base):
    __tablename__ = "household"

    id: Mapped[int] = mapped_column(primary_key=True)
    crm_id: Mapped[str | None] = mapped_column(String(18), unique=True)
    uid: Mapped[str] = mapped_column(String(26), unique=True)
    label: Mapped[str] = mapped_column(String(200), default="")

    members: Mapped[list[Contact]] = relationship(back_populates="household")


class Contact(Base):
    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    crm_id: Mapped[str | None] = mapped_column(String(18), unique=True)
    uid: Mapped[str] = mapped_column(String(26), unique=True)
    household_id: Mapped[int | None] = mapped_column(ForeignKey("household.id"), index=True)
    first_name: Mapped[str] = mapped_column(String(80), default="")
    last_name: Mapped[str] = mapped_column(String(80), default="")
    pronunciation: Mapped[str | None] = mapped_column(String(120))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(8), default="en")
    email: Mapped[str | None] = mapped_column(String(254))
    street: Mapped[str | None] = mapped_column(String(255))
    city: Mapped[str | None] = mapped_column(String(80))
    state: Mapped[str | None] = mapped_column(String(40))
    postal_code: Mapped[str | None] = mapped_column(String(20))  # no index: 0010
    country: Mapped[str] = mapped_column(String(2), default="US")
    time_zone: Mapped[str | None] = mapped_column(String(64))
    polling_place: Mapped[str | None] = mapped_column(String(255))
    attributes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    do_not_call: Mapped[bool] = mapped_column(Boolean, default=False)
    opted_out_email: Mapped[bool] = mapped_column(Boolean, default=False)
    crm_modstamp: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Set when the person's data was erased (on request or by retention): the row
    # stays as a nameless tombstone so a file or the CRM cannot bring them back.
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    household: Mapped[Household | None] = relationship(back_populates="members")
    phones: Mapped[list[Phone]] = relationship(back_populates="contact", order_by="Phone.position")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Phone(Base):
    __tablename__ = "phone"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    number_e164: Mapped[str] = mapped_column(String(20), index=True)
    kind: Mapped[str] = mapped_column(String(10), default=PhoneKind.OTHER)
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_bad: Mapped[bool] = mapped_column(Boolean, default=False)
    do_not_call: Mapped[bool] = mapped_column(Boolean, default=False)
    attempts: Mapped[int] = mapped_column(Integer, default=0)

    contact: Mapped[Contact] = relationship(back_populates="phones")

    __table_args__ = (Index("ix_phone_contact_id_position", "contact_id", "position"),)

    @property
    def callable(self) -> bool:
        return not (self.is_bad or self.do_not_call)


# --- campaigns, scripts, lists ------------------------------------------------------------


class Script(Base):
    """A versioned call script; texts are ``{language: text}`` maps."""

    __tablename__ = "script"

    id: Mapped[int] = mapped_column(primary_key=True)
    crm_id: Mapped[str | None] = mapped_column(String(18), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    version: Mapped[int] = mapped_column(Integer, default=1)
    default_language: Mapped[str] = mapped_column(String(8), default="en")
    intro: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    closing: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    questions: Mapped[list[ScriptQuestion]] = relationship(
        back_populates="script", order_by="ScriptQuestion.position"
    )

    __table_args__ = (UniqueConstraint("name", "version"),)


class ScriptQuestion(Base):
    __tablename__ = "script_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    script_id: Mapped[int] = mapped_column(ForeignKey("script.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer, default=0)
    prompt: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    allows_text: Mapped[bool] = mapped_column(Boolean, default=False)

    script: Mapped[Script] = relationship(back_populates="questions")
    answers: Mapped[list[ScriptAnswer]] = relationship(
        back_populates="question", order_by="ScriptAnswer.position"
    )

    __table_args__ = (UniqueConstraint("script_id", "key"),)


class ScriptAnswer(Base):
    """An answer; ``next_question_key`` branches, ``ends_script`` ends the script."""

    __tablename__ = "script_answer"

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("script_question.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    next_question_key: Mapped[str | None] = mapped_column(String(40))
    ends_script: Mapped[bool] = mapped_column(Boolean, default=False)

    question: Mapped[ScriptQuestion] = relationship(back_populates="answers")

    __table_args__ = (UniqueConstraint("question_id", "key"),)


class Campaign(Base):
    __tablename__ = "campaign"

    id: Mapped[int] = mapped_column(primary_key=True)
    crm_id: Mapped[str | None] = mapped_column(String(18), unique=True)
    uid: Mapped[str] = mapped_column(String(26), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    script_id: Mapped[int | None] = mapped_column(ForeignKey("script.id"))
    # Calling window in the contact's local time, minutes after midnight.
    window_start_min: Mapped[int] = mapped_column(Integer, default=9 * 60)
    window_end_min: Mapped[int] = mapped_column(Integer, default=20 * 60)
    max_attempts: Mapped[int] = mapped_column(Integer, default=3)
    max_attempts_per_phone: Mapped[int] = mapped_column(Integer, default=2)
    recontact_minutes: Mapped[int] = mapped_column(Integer, default=240)
    lease_minutes: Mapped[int] = mapped_column(Integer, default=20)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    script: Mapped[Script | None] = relationship()
    result_codes: Mapped[list[ResultCode]] = relationship(
        back_populates="campaign", order_by="ResultCode.position"
    )


class ResultCode(Base):
    __tablename__ = "result_code"

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(40))
    label: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    hotkey: Mapped[str | None] = mapped_column(String(4))
    position: Mapped[int] = mapped_column(Integer, default=0)
    counts_as_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    is_terminal: Mapped[bool] = mapped_column(Boolean, default=False)
    is_wrong_number: Mapped[bool] = mapped_column(Boolean, default=False)
    is_do_not_call: Mapped[bool] = mapped_column(Boolean, default=False)
    schedules_callback: Mapped[bool] = mapped_column(Boolean, default=False)
    crm_value: Mapped[str | None] = mapped_column(String(255))

    campaign: Mapped[Campaign] = relationship(back_populates="result_codes")

    __table_args__ = (UniqueConstraint("campaign_id", "code"),)


class CallList(Base):
    __tablename__ = "call_list"

    id: Mapped[int] = mapped_column(primary_key=True)
    crm_id: Mapped[str | None] = mapped_column(String(18), unique=True)
    uid: Mapped[str] = mapped_column(String(26), unique=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    # Next free queue position: a contact sent back to the queue goes behind the rest.
    next_queue_seq: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    campaign: Mapped[Campaign] = relationship()


class CallingGroup(Base):
    """Contacts who may be called at the same moments: their time zones and state rules.

    Zones and states are space-separated and sorted; no zones means unknown, never
    callable.  Rows are only added, never changed (see ``services.calling_groups``).
    """

    __tablename__ = "calling_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    zones: Mapped[str] = mapped_column(String(400), default="")
    rule_states: Mapped[str] = mapped_column(String(60), default="")

    __table_args__ = (UniqueConstraint("zones", "rule_states"),)


class CallListEntry(Base):
    """One contact on one list.

    Leasing order inside a status is ``priority DESC, queue_seq``; a contact that
    goes back to the queue (no answer, skip) gets a fresh ``queue_seq`` so it
    moves behind the others of its priority, which keeps "next contact" an
    index seek instead of a scan past recently tried contacts.  The queue is
    indexed per calling group, so leasing seeks only the groups whose calling
    hours are open now and never walks past contacts it may not call yet.
    """

    __tablename__ = "call_list_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    crm_id: Mapped[str | None] = mapped_column(String(18), unique=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("call_list.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(10), default=EntryStatus.PENDING)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    queue_seq: Mapped[int] = mapped_column(Integer, default=0)
    available_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    skips: Mapped[int] = mapped_column(Integer, default=0)
    lease_holder_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer.id"))
    lease_station_id: Mapped[int | None] = mapped_column(ForeignKey("station.id"))
    lease_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    callback_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_result_code_id: Mapped[int | None] = mapped_column(ForeignKey("result_code.id"))
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_reason: Mapped[str | None] = mapped_column(String(40))
    crm_member_status: Mapped[str | None] = mapped_column(String(40))
    # The contact's calling group; None until resolved (leasing resolves it on the way).
    calling_group_id: Mapped[int | None] = mapped_column(ForeignKey("calling_group.id"))
    # Until when this workstation holds the CRM's lease on the member (sync keeps it).
    crm_lease_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    contact: Mapped[Contact] = relationship()
    call_list: Mapped[CallList] = relationship()

    __table_args__ = (
        UniqueConstraint("list_id", "contact_id"),
        Index("ix_call_list_entry_contact_id", "contact_id"),
        Index(
            "ix_call_list_entry_group_queue",
            "list_id",
            "calling_group_id",
            text("priority DESC"),
            "queue_seq",
            "available_at",
            sqlite_where=text("status = 'pending'"),
        ),
        Index(
            "ix_call_list_entry_group_callbacks",
            "list_id",
            "calling_group_id",
            "callback_at",
            sqlite_where=text("status = 'callback'"),
        ),
        Index(
            "ix_call_list_entry_callbacks",
            "list_id",
            "callback_at",
            sqlite_where=text("status = 'callback'"),
        ),
        Index(
            "ix_call_list_entry_leases",
            "list_id",
            "lease_expires_at",
            sqlite_where=text("status = 'leased'"),
        ),
        Index(
            "ix_call_list_entry_holder",
            "lease_holder_id",
            sqlite_where=text("status = 'leased'"),
        ),
        Index("ix_call_list_entry_list_id_status", "list_id", "status"),
    )


class CrmMemberStatus(Base):
    """A campaign member status as the CRM defines it; ``sort_order`` is its progress rank.

    A member's status only moves forward: to a status of higher ``sort_order``.
    """

    __tablename__ = "crm_member_status"

    id: Mapped[int] = mapped_column(primary_key=True)
    crm_id: Mapped[str | None] = mapped_column(String(18), unique=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(255))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    has_responded: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (UniqueConstraint("campaign_id", "label"),)


class ListProgress(Base):
    """Entries per status per list, kept by triggers so progress reads are O(1).

    Written by the triggers of migration 0002, except while a bulk statement
    adjusts them once per list (``callcenter.services.list_progress``, 0008).
    """

    __tablename__ = "list_progress"

    list_id: Mapped[int] = mapped_column(
        ForeignKey("call_list.id", ondelete="CASCADE"), primary_key=True
    )
    status: Mapped[str] = mapped_column(String(10), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class ListProgressBulk(Base):
    """One row while a bulk statement adjusts ``list_progress`` itself (migration 0008).

    Only ever written inside a write transaction, by
    ``callcenter.services.list_progress.counted_in_bulk``, and gone before it commits.
    """

    __tablename__ = "list_progress_bulk"

    id: Mapped[int] = mapped_column(primary_key=True)

    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)


# --- volunteers, shifts, stations ---------------------------------------------------------


class Station(Base):
    __tablename__ = "station"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(26), unique=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Shift(Base):
    __tablename__ = "shift"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(26), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)


class VolunteerCampaign(Base):
    __tablename__ = "volunteer_campaign"

    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer.id", ondelete="CASCADE"), primary_key=True
    )
    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaign.id", ondelete="CASCADE"), primary_key=True
    )


class Volunteer(Base):
    __tablename__ = "volunteer"

    id: Mapped[int] = mapped_column(primary_key=True)
    crm_id: Mapped[str | None] = mapped_column(String(18), unique=True)
    uid: Mapped[str] = mapped_column(String(26), unique=True)
    code: Mapped[str | None] = mapped_column(String(12), unique=True)
    pin_hash: Mapped[str | None] = mapped_column(String(255))
    first_name: Mapped[str] = mapped_column(String(80), default="")
    last_name: Mapped[str] = mapped_column(String(80), default="")
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))
    role: Mapped[str] = mapped_column(String(12), default=VolunteerRole.VOLUNTEER)
    status: Mapped[str] = mapped_column(String(12), default=VolunteerStatus.PENDING, index=True)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    failed_pin_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("shift.id"))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("station.id"))
    shift_ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    activated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deactivated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    campaigns: Mapped[list[Campaign]] = relationship(secondary="volunteer_campaign")

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class VolunteerSession(Base):
    """A sign-in on a station; ``ended_at`` is set at sign-out or deactivation."""

    __tablename__ = "volunteer_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(26), unique=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id"), index=True)
    station_id: Mapped[int | None] = mapped_column(ForeignKey("station.id"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


# --- append-only records ------------------------------------------------------------------


class CallAttempt(Base):
    __tablename__ = "call_attempt"

    id: Mapped[int] = mapped_column(primary_key=True)
    op_id: Mapped[str] = mapped_column(String(26), unique=True)
    supersedes_op_id: Mapped[str | None] = mapped_column(String(26))
    # Indexed first in ix_call_attempt_room_volunteer (migration 0008).
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id"))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("station.id"))
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id"))
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("call_list_entry.id"))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    phone_id: Mapped[int | None] = mapped_column(ForeignKey("phone.id", ondelete="SET NULL"))
    result_code_id: Mapped[int] = mapped_column(ForeignKey("result_code.id"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime] = mapped_column(UTCDateTime)
    duration_s: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    callback_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The contact's ZIP (first five characters of the postal code) when the call
    # was recorded, for the room's results by ZIP; '' when they had none, NULL
    # once erased (migration 0008).
    postal_area: Mapped[str | None] = mapped_column(String(10))

    result_code: Mapped[ResultCode] = relationship()
    volunteer: Mapped[Volunteer] = relationship()

    __table_args__ = (
        # Cover the room dashboard's reads of a shift (migrations 0003, 0008).
        Index(
            "ix_call_attempt_room",
            "campaign_id",
            "ended_at",
            "volunteer_id",
            "result_code_id",
            "duration_s",
            "contact_id",
        ),
        Index(
            "ix_call_attempt_room_volunteer",
            "volunteer_id",
            "campaign_id",
            "result_code_id",
            "ended_at",
            "duration_s",
        ),
        Index(
            "ix_call_attempt_room_zip", "campaign_id", "postal_area", "ended_at", "result_code_id"
        ),
    )


class SurveyResponse(Base):
    __tablename__ = "survey_response"

    id: Mapped[int] = mapped_column(primary_key=True)
    op_id: Mapped[str] = mapped_column(String(26), unique=True)
    supersedes_op_id: Mapped[str | None] = mapped_column(String(26))
    attempt_id: Mapped[int] = mapped_column(ForeignKey("call_attempt.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    question_id: Mapped[int] = mapped_column(ForeignKey("script_question.id"))
    answer_id: Mapped[int | None] = mapped_column(ForeignKey("script_answer.id"))
    text_value: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuditEvent(Base):
    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    op_id: Mapped[str] = mapped_column(String(26), unique=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    action: Mapped[str] = mapped_column(String(40))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer.id"))
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer.id"))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("station.id"))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


# --- sync bookkeeping ---------------------------------------------------------------------


class Outbox(Base):
    """Work waiting for the CRM, pushed in ``id`` order, keyed by ``op_id``."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    op_id: Mapped[str] = mapped_column(String(26), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(10), default=OutboxStatus.PENDING)
    tries: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    crm_id: Mapped[str | None] = mapped_column(String(18))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_outbox_status_id", "status", "id"),)


class SyncCursor(Base):
    __tablename__ = "sync_cursor"

    id: Mapped[int] = mapped_column(primary_key=True)
    connector: Mapped[str] = mapped_column(String(40))
    object_type: Mapped[str] = mapped_column(String(80))
    modstamp: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_crm_id: Mapped[str | None] = mapped_column(String(18))
    next_page: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("connector", "object_type"),)


class Conflict(Base):
    __tablename__ = "conflict"

    id: Mapped[int] = mapped_column(primary_key=True)
    op_id: Mapped[str] = mapped_column(String(26), unique=True)
    object_type: Mapped[str] = mapped_column(String(80))
    local_id: Mapped[int | None] = mapped_column(Integer)
    crm_id: Mapped[str | None] = mapped_column(String(18))
    field: Mapped[str] = mapped_column(String(80))
    local_value: Mapped[str | None] = mapped_column(Text)
    crm_value: Mapped[str | None] = mapped_column(Text)
    # The CRM record's stamp when the conflict was seen ("send my value" is conditional on it).
    crm_modstamp: Mapped[datetime | None] = mapped_column(UTCDateTime)
    rule: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer.id"))

    __table_args__ = (Index("ix_conflict_crm_id_field", "crm_id", "field"),)


class SyncSeen(Base):
    """CRM ids seen during a full resync, so records the CRM no longer has can be found."""

    __tablename__ = "sync_seen"

    connector: Mapped[str] = mapped_column(String(40), primary_key=True)
    object_type: Mapped[str] = mapped_column(String(80), primary_key=True)
    crm_id: Mapped[str] = mapped_column(String(18), primary_key=True)


class Setting(Base):
    """Small per-profile key/value facts (demo seed, this station's id, ...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# --- canvassing ---------------------------------------------------------------------------


class CheckoutStatus(enum.StrEnum):
    ACTIVE = "active"
    # Never stored: an active checkout past its expiry reads as expired (readable, no new work).
    EXPIRED = "expired"
    RETURNED = "returned"  # handed back on this laptop; its results may still wait for sync
    CHECKED_IN = "checked_in"  # synced and its leases released


class CanvassMode(enum.StrEnum):
    PHONE = "phone"
    DOOR = "door"


class CanvassCheckout(Base):
    """A turf checked out to this laptop for a stated time, to be worked offline.

    Its entries are leased to ``holder_id`` (the team lead) until check-in, so no
    one else on this laptop is handed them; ``crm_claimed_at`` is set once the
    CRM's leases on them were won (None: checked out offline, local only).
    """

    __tablename__ = "canvass_checkout"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(26), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id"))
    list_id: Mapped[int] = mapped_column(ForeignKey("call_list.id"))
    script_id: Mapped[int | None] = mapped_column(ForeignKey("script.id"))
    cut: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    mode: Mapped[str] = mapped_column(String(8), default=CanvassMode.DOOR)
    holder_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id"))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("station.id"))
    status: Mapped[str] = mapped_column(String(12), default=CheckoutStatus.ACTIVE, index=True)
    checked_out_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    crm_claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CanvassCheckoutEntry(Base):
    """One list entry in a checkout's turf, with its place in walk order."""

    __tablename__ = "canvass_checkout_entry"

    checkout_id: Mapped[int] = mapped_column(
        ForeignKey("canvass_checkout.id", ondelete="CASCADE"), primary_key=True
    )
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("call_list_entry.id", ondelete="CASCADE"), primary_key=True
    )
    walk_position: Mapped[int] = mapped_column(Integer)
    household_key: Mapped[str] = mapped_column(String(120))

    # Recording a call looks up an entry's open checkout through this one.
    __table_args__ = (Index("ix_canvass_checkout_entry_entry_id", "entry_id"),)


class CanvassResult(Base):
    """A call attempt made in a checkout, and how it was taken (screen, door, paper)."""

    __tablename__ = "canvass_result"

    attempt_id: Mapped[int] = mapped_column(ForeignKey("call_attempt.id"), primary_key=True)
    checkout_id: Mapped[int] = mapped_column(ForeignKey("canvass_checkout.id"), index=True)
    source: Mapped[str] = mapped_column(String(8))
    # Every row keyed from one paper sheet shares the sheet's op id.
    sheet_op_id: Mapped[str | None] = mapped_column(String(26))
