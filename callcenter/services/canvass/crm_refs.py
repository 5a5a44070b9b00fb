"""Which CRM campaign members a turf's entries are, for sync to lease them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from callcenter.db import Store
from callcenter.services.sqlrows import rows


@dataclass(frozen=True)
class TurfMemberRef:
    entry_id: int
    list_id: int
    member_crm_id: str | None  # None: a list made here, nothing to lease in the CRM
    held_in_crm: bool  # this workstation holds the CRM's lease on it now


def turf_member_refs(store: Store, entry_ids: Sequence[int]) -> list[TurfMemberRef]:
    with store.read() as session:
        found = rows(
            session.connection(),
            "SELECT id, list_id, crm_id, crm_lease_expires_at IS NOT NULL FROM call_list_entry "
            "WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
            (json.dumps(list(entry_ids)),),
        )
    return [TurfMemberRef(r[0], r[1], r[2], bool(r[3])) for r in found]
