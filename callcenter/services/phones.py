"""Marking a number wrong from the contact screen, without dropping the contact."""

from __future__ import annotations

from datetime import datetime

from callcenter.db import Store
from callcenter.errors import InvalidInputError
from callcenter.ids import new_op_id
from callcenter.messages import msg
from callcenter.models import Contact, Outbox, Phone, utcnow


def mark_phone_wrong(
    store: Store, volunteer_id: int, phone_id: int, *, now: datetime | None = None
) -> None:
    """Flag one number as bad (wrong person, disconnected); the contact stays on the list.

    The change takes effect at once and is queued for the CRM.
    """
    now = now or utcnow()
    with store.write() as session:
        phone = session.get(Phone, phone_id)
        if phone is None:
            raise InvalidInputError(msg("phones.phone_does_not_exist", phone_id=phone_id))
        if phone.is_bad:
            return
        phone.is_bad = True
        contact = session.get(Contact, phone.contact_id)
        assert contact is not None
        session.add(
            Outbox(
                op_id=new_op_id(),
                kind="phone_bad",
                payload={
                    "contact_uid": contact.uid,
                    "crm_id": contact.crm_id,
                    "phone_id": phone.id,
                    "number_e164": phone.number_e164,
                    "volunteer_id": volunteer_id,
                },
                created_at=now,
            )
        )
