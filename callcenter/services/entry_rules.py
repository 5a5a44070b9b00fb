"""Small rules shared by leasing and recording, on plain SQL rows."""

from __future__ import annotations

from sqlalchemy import Connection, Row

from callcenter.errors import NotAllowedError
from callcenter.messages import msg, status_word
from callcenter.models import VolunteerStatus
from callcenter.services.sqlrows import one, rows


def check_active(conn: Connection, volunteer_id: int) -> Row:
    """The volunteer's row (id, uid, crm_id, role), if they are active.

    Raises:
        NotAllowedError: naming the volunteer and their status.
    """
    volunteer = one(
        conn,
        "SELECT id, uid, crm_id, role, status, first_name, last_name FROM volunteer WHERE id = ?",
        (volunteer_id,),
    )
    if volunteer is None:
        raise NotAllowedError(
            msg("entry_rules.volunteer_does_not_exist", volunteer_id=volunteer_id)
        )
    if volunteer.status != VolunteerStatus.ACTIVE:
        name = f"{volunteer.first_name} {volunteer.last_name}".strip() or "This volunteer"
        raise NotAllowedError(
            msg(
                "entry_rules.not_active_cannot_make_calls",
                name=name,
                status=status_word(volunteer.status),
            )
        )
    return volunteer


def callable_phone_count(conn: Connection, contact_id: int, max_attempts_per_phone: int) -> int:
    """Numbers of this contact that may still be dialled in this campaign."""
    row = one(
        conn,
        "SELECT count(*) FROM phone WHERE contact_id = ? AND is_bad = 0 AND do_not_call = 0 "
        "AND attempts < ?",
        (contact_id, max_attempts_per_phone),
    )
    return row[0] if row else 0


def next_queue_seq(conn: Connection, list_id: int) -> int:
    """Take the list's next queue position (behind every contact queued so far)."""
    row = one(
        conn,
        "UPDATE call_list SET next_queue_seq = next_queue_seq + 1 WHERE id = ? "
        "RETURNING next_queue_seq - 1",
        (list_id,),
    )
    assert row is not None
    return row[0]


def forward_member_status(
    conn: Connection, campaign_id: int, current: str | None, new: str | None
) -> str | None:
    """The campaign member status to keep: ``new`` only if it is further along.

    A status the person responded to (``has_responded``) is further along than any
    they did not (a "contacted" after a "wrong number" moves forward); within each,
    the CRM's ``sort_order`` decides.  A status the CRM has not defined (or a campaign
    without CRM statuses) cannot be ranked, and then the newer one is kept.
    """
    if new is None or current is None or new == current:
        return new or current
    ranks = {
        label: (bool(responded), order)
        for label, responded, order in rows(
            conn,
            "SELECT label, has_responded, sort_order FROM crm_member_status "
            "WHERE campaign_id = ? AND label IN (?, ?)",
            (campaign_id, current, new),
        )
    }
    if current in ranks and new in ranks and ranks[new] < ranks[current]:
        return current
    return new
