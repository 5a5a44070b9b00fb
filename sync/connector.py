"""What the sync engine needs from a CRM, and the CRM-neutral records it trades in.

A connector turns outbox rows into the CRM's writes and the CRM's records into
``CrmRecord``s named in the core's own terms (``first_name``, ``do_not_call``,
``status`` ...).  The engine never sees a Salesforce field name; a second CRM
needs only a second connector.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from callcenter.services.crm_records import CrmRecord
from callcenter.services.outbox import OutboxItem


class Outcome(enum.StrEnum):
    SENT = "sent"  # the CRM confirmed every write of the row
    RETRY = "retry"  # a passing failure (row lock, busy): send again later
    REVIEW = "review"  # refused for good: a person must look at it
    # A conditional write the record changed under; ``current`` is the record now.
    CONFLICT = "conflict"


@dataclass(frozen=True)
class PushResult:
    outbox_id: int
    outcome: Outcome
    crm_id: str | None = None
    message: str = ""
    # (volunteer uid, CRM id) for volunteers the CRM created from this row.
    new_volunteer_ids: tuple[tuple[str, str], ...] = ()
    current: CrmRecord | None = None


class ObjectType(enum.StrEnum):
    """What the engine pulls, in the order it pulls (parents before children)."""

    CAMPAIGN = "campaign"
    MEMBER_STATUS = "member_status"
    VOLUNTEER = "volunteer"
    CONTACT = "contact"
    MEMBER = "member"


@dataclass(frozen=True)
class PullStart:
    """Where an object's pull stands before it starts.

    ``high_water`` is the newest modification stamp the CRM had when asked: this
    run pulls up to it and no further, so a record changed meanwhile is simply
    pulled next time.  ``full_resync`` means the CRM no longer remembers
    deletions as far back as our cursor (offline too long): pull everything again.
    """

    high_water: datetime | None
    full_resync: bool


@dataclass(frozen=True)
class Page:
    records: list[CrmRecord]
    next_page: str | None  # an opaque link to the next page; None when this was the last


@dataclass(frozen=True)
class LeaseClaim:
    member_crm_id: str
    contact_crm_id: str | None
    expires_at: datetime


class Connector(Protocol):
    """A CRM as the engine sees it (Salesforce is ``sync.salesforce.SalesforceConnector``)."""

    name: str

    def push_batch(self, items: Sequence[OutboxItem]) -> list[PushResult]:
        """Write the rows' records; one result per item, in order.

        Raises:
            SyncError: the CRM could not be asked at all (network, session, limit);
            nothing is known about any row then, and all stay pending.
        """
        ...

    def read_current(self, object_type: ObjectType, crm_ids: Sequence[str]) -> dict[str, CrmRecord]:
        """The records as the CRM has them now (for conflict checks before a write)."""
        ...

    def start_pull(self, object_type: ObjectType, since: datetime | None) -> PullStart: ...

    def fetch_page(
        self,
        object_type: ObjectType,
        *,
        since: datetime | None,
        after_id: str | None,
        until: datetime | None,
        next_page: str | None,
        full: bool,
    ) -> object:
        """Ask for one page of records changed after ``(since, after_id)`` up to
        ``until``, deleted ones included (unless ``full``), oldest first; or the page
        behind ``next_page`` (a stale one falls back to ``(since, after_id)``).

        Only the network part: ``read_page`` turns the answer into records.  The
        engine calls both on a helper thread, fetching and reading the next page
        while it applies this one."""
        ...

    def read_page(self, object_type: ObjectType, fetched: object) -> Page: ...

    def fetch(self, object_type: ObjectType, crm_ids: Sequence[str]) -> list[CrmRecord]:
        """Records by id (parents a page refers to but this store lacks)."""
        ...

    def claim_leases(
        self,
        campaign_crm_id: str,
        holder: str,
        count: int,
        expires_at: datetime,
        now: datetime,
        statuses: Sequence[str] = (),
        max_attempts: int | None = None,
    ) -> list[LeaseClaim]:
        """Take up to ``count`` free members of a campaign (in one of ``statuses``, if
        given, and tried fewer than ``max_attempts`` times) for ``holder``, each with a
        conditional update so two holders never both win one; returns the wins."""
        ...

    def renew_leases(
        self, member_crm_ids: Sequence[str], holder: str, expires_at: datetime
    ) -> list[str]:
        """Extend leases still held by ``holder``; returns the ones still held."""
        ...

    def release_leases(self, member_crm_ids: Sequence[str], holder: str) -> None: ...

    def close(self) -> None: ...
