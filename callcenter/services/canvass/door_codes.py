"""Door results: the campaign's own result codes for knocking on doors.

They are ordinary result codes of the campaign (prefixed ``DOOR_``), made at the
first checkout if missing, so a door result is recorded, synced and counted
exactly like a phone result.  No hotkey is stored: the phone screen's keys stay
the campaign's own; door mode numbers them 1-5 itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from callcenter.services.sqlrows import one, rows, to_json

DOOR_CODE_PREFIX = "DOOR_"


@dataclass(frozen=True)
class DoorCode:
    code: str
    label: dict[str, str]
    counts_as_contact: bool
    is_terminal: bool
    # The CRM member status to set; None leaves it (the call log still carries the code).
    crm_value: str | None


# In key order: door mode and the paper sheets number them 1, 2, 3 ...
DOOR_CODES = (
    DoorCode(
        "DOOR_NOT_HOME",
        {"en": "Not home", "de": "Nicht zu Hause", "fr": "Absent"},
        counts_as_contact=False,
        is_terminal=False,
        crm_value=None,
    ),
    DoorCode(
        "DOOR_TALKED",
        {"en": "Talked", "de": "Gesprochen", "fr": "Parlé"},
        counts_as_contact=True,
        is_terminal=True,
        crm_value="Contacted",
    ),
    DoorCode(
        "DOOR_REFUSED",
        {"en": "Refused", "de": "Abgelehnt", "fr": "Refus"},
        counts_as_contact=True,
        is_terminal=True,
        crm_value="Refused",
    ),
    DoorCode(
        "DOOR_MOVED",
        {"en": "Moved", "de": "Umgezogen", "fr": "Déménagé"},
        counts_as_contact=False,
        is_terminal=True,
        crm_value=None,
    ),
    DoorCode(
        "DOOR_INACCESSIBLE",
        {"en": "Inaccessible", "de": "Nicht erreichbar", "fr": "Inaccessible"},
        counts_as_contact=False,
        is_terminal=False,
        crm_value=None,
    ),
)


def is_door_code(code: str) -> bool:
    return code.startswith(DOOR_CODE_PREFIX)


def ensure_door_codes(conn: Connection, campaign_id: int) -> dict[str, int]:
    """The campaign's door result ids by code, adding the missing ones after its own."""
    have = dict(
        rows(
            conn,
            "SELECT code, id FROM result_code WHERE campaign_id = ? AND code LIKE 'DOOR\\_%' "
            "ESCAPE '\\'",
            (campaign_id,),
        )
    )
    top = one(
        conn,
        "SELECT coalesce(max(position), -1) FROM result_code WHERE campaign_id = ?",
        (campaign_id,),
    )
    position = (top[0] if top else -1) + 1
    for door in DOOR_CODES:
        if door.code in have:
            continue
        have[door.code] = one(
            conn,
            "INSERT INTO result_code (campaign_id, code, label, hotkey, position, "
            "counts_as_contact, is_terminal, is_wrong_number, is_do_not_call, "
            "schedules_callback, crm_value) VALUES (?, ?, ?, NULL, ?, ?, ?, 0, 0, 0, ?) "
            "RETURNING id",
            (
                campaign_id,
                door.code,
                to_json(door.label),
                position,
                door.counts_as_contact,
                door.is_terminal,
                door.crm_value,
            ),
        )[0]  # type: ignore[index]
        position += 1
    return have
