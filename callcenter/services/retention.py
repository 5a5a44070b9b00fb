"""Retention: personal data of contacts on no active list goes after a number of days.

A contact is kept while any list of an active campaign holds them, and for
``retention.days`` (a per-profile setting, 180 unless changed) after the last
thing that happened to them: added, changed or called.  Past that, their data
is scrubbed as an erasure would (``privacy.scrub_contacts``): the row stays as a
nameless tombstone and their calls as anonymous counts.  Contacts with work
still waiting for the CRM are left alone until it is sent.  The CRM is not
asked to do anything: it keeps its own records by its own rules.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from callcenter.db import Store
from callcenter.errors import InvalidInputError
from callcenter.messages import msg
from callcenter.models import utcnow
from callcenter.services.audit import write_audit
from callcenter.services.privacy import scrub_contacts
from callcenter.services.sqlrows import one, rows, run, to_db

log = logging.getLogger(__name__)

DAYS_KEY = "retention.days"
DEFAULT_DAYS = 180

_DUE = """
SELECT c.id FROM contact c
WHERE c.erased_at IS NULL
  AND max(c.created_at, c.updated_at) < :cutoff
  AND NOT EXISTS (
    SELECT 1 FROM call_list_entry e JOIN call_list l ON l.id = e.list_id
    JOIN campaign k ON k.id = l.campaign_id
    WHERE e.contact_id = c.id AND k.is_active = 1)
  AND NOT EXISTS (
    SELECT 1 FROM call_attempt a WHERE a.contact_id = c.id AND a.ended_at >= :cutoff)
  AND NOT EXISTS (
    SELECT 1 FROM outbox o WHERE o.status != 'sent'
    AND json_extract(o.payload, '$.contact_uid') = c.uid)
ORDER BY c.id
"""


@dataclass(frozen=True)
class PurgeReport:
    days: int
    cutoff: datetime
    contacts: int
    dry_run: bool


def retention_days(store: Store) -> int:
    with store.read() as session:
        row = one(session.connection(), "SELECT value FROM setting WHERE key = ?", (DAYS_KEY,))
    return int(row[0]) if row else DEFAULT_DAYS


def set_retention_days(store: Store, days: int) -> None:
    if days < 1:
        raise InvalidInputError(msg("retention.keep_personal_data_at_least"))
    with store.write() as session:
        run(
            session.connection(),
            "INSERT INTO setting (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (DAYS_KEY, str(days)),
        )


def purge_inactive(
    store: Store,
    *,
    days: int | None = None,
    actor_id: int | None = None,
    dry_run: bool = False,
    now: datetime | None = None,
) -> PurgeReport:
    """Scrub the contacts that retention no longer allows; one transaction.

    ``days`` overrides the setting for this run; ``dry_run`` only counts.
    """
    days = days if days is not None else retention_days(store)
    if days < 1:
        raise InvalidInputError(msg("retention.keep_personal_data_at_least"))
    now = now or utcnow()
    cutoff = now - timedelta(days=days)
    with store.write() as session:
        conn = session.connection()
        due = [r[0] for r in rows(conn, _DUE, {"cutoff": to_db(cutoff)})]
        if not dry_run and due:
            scrub_contacts(conn, due, to_db(now))
            write_audit(
                conn, "retention_purge", now, actor_id=actor_id, days=days, contacts=len(due)
            )
    log.info("retention: %d contacts %s", len(due), "due" if dry_run else "purged")
    return PurgeReport(days, cutoff, len(due), dry_run)
