"""``SalesforceConnector``: the engine's ``Connector`` for a Salesforce org."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from callcenter.services.crm_records import CrmRecord
from callcenter.services.outbox import OutboxItem
from sync.connector import LeaseClaim, ObjectType, Page, PullStart, PushResult
from sync.salesforce import leases, pull
from sync.salesforce.http import SalesforceHttp
from sync.salesforce.push import push_items


class SalesforceConnector:
    """Pushes, pulls and leases through one ``SalesforceHttp`` client."""

    name = "salesforce"

    def __init__(self, http: SalesforceHttp) -> None:
        self.http = http

    @property
    def requests_sent(self) -> int:
        return self.http.requests_sent

    def push_batch(self, items: Sequence[OutboxItem]) -> list[PushResult]:
        return push_items(self.http, items)

    def read_current(self, object_type: ObjectType, crm_ids: Sequence[str]) -> dict[str, CrmRecord]:
        return {r.crm_id: r for r in pull.fetch(self.http, object_type, crm_ids) if not r.deleted}

    def start_pull(self, object_type: ObjectType, since: datetime | None) -> PullStart:
        return pull.start(self.http, object_type, since)

    def fetch_page(
        self,
        object_type: ObjectType,
        *,
        since: datetime | None,
        after_id: str | None,
        until: datetime | None,
        next_page: str | None,
        full: bool,
    ) -> pull.FetchedPage:
        return pull.fetch_page(
            self.http,
            object_type,
            since=since,
            after_id=after_id,
            until=until,
            next_page=next_page,
            full=full,
        )

    def read_page(self, object_type: ObjectType, fetched: object) -> Page:
        assert isinstance(fetched, pull.FetchedPage)
        return pull.read_page(self.http, object_type, fetched)

    def fetch(self, object_type: ObjectType, crm_ids: Sequence[str]) -> list[CrmRecord]:
        return pull.fetch(self.http, object_type, crm_ids)

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
        return leases.claim(
            self.http, campaign_crm_id, holder, count, expires_at, now, statuses, max_attempts
        )

    def renew_leases(
        self, member_crm_ids: Sequence[str], holder: str, expires_at: datetime
    ) -> list[str]:
        return leases.renew(self.http, member_crm_ids, holder, expires_at)

    def release_leases(self, member_crm_ids: Sequence[str], holder: str) -> None:
        leases.release(self.http, member_crm_ids, holder)

    def close(self) -> None:
        self.http.close()
