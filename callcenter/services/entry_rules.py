"""Small rules shared by leasing and recording, on plain SQL rows."""

from __future__ import annotations

from sqlalchemy import Connection, Row, func, select, update

from callcenter.errors import NotAllowedError
from callcenter.models import CallList, Phone, Volunteer, VolunteerStatus


def check_active(conn: Connection, volunteer_id: int) -> Row:
    volunteer = conn.execute(
        select(
            Volunteer.id,
            Volunteer.uid,
            Volunteer.crm_id,
            Volunteer.status,
            Volunteer.first_name,
            Volunteer.last_name,
        ).where(Volunteer.id == volunteer_id)
    ).one_or_none()
    if volunteer is None:
        raise NotAllowedError(f"Volunteer {volunteer_id} does not exist.")
    if volunteer.status != VolunteerStatus.ACTIVE:
        name = f"{volunteer.first_name} {volunteer.last_name}".strip() or "This volunteer"
        raise NotAllowedError(f"{name} is {volunteer.status}, not active, and cannot make calls.")
    return volunteer


def callable_phone_count(conn: Connection, contact_id: int, max_attempts_per_phone: int) -> int:
    """Numbers of this contact that may still be dialled in this campaign."""
    return (
        conn.scalar(
            select(func.count(Phone.id)).where(
                Phone.contact_id == contact_id,
                Phone.is_bad.is_(False),
                Phone.do_not_call.is_(False),
                Phone.attempts < max_attempts_per_phone,
            )
        )
        or 0
    )


def next_queue_seq(conn: Connection, list_id: int) -> int:
    """Take the list's next queue position (behind every contact queued so far)."""
    seq = conn.scalar(
        update(CallList)
        .where(CallList.id == list_id)
        .values(next_queue_seq=CallList.next_queue_seq + 1)
        .returning(CallList.next_queue_seq)
    )
    assert seq is not None
    return seq - 1
