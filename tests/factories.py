"""Small builders for test data, through the models (no demo generator needed)."""

from __future__ import annotations

from dataclasses import dataclass, field

from callcenter.db import Store
from callcenter.ids import new_op_id
from callcenter.models import (
    CallList,
    CallListEntry,
    Campaign,
    Contact,
    Household,
    Phone,
    ResultCode,
    Script,
    ScriptAnswer,
    ScriptQuestion,
    Volunteer,
    VolunteerCampaign,
)
from callcenter.security import hash_pin

# Hashing is the slow part of making volunteers; one hash per PIN is plenty in tests.
_PIN_HASHES: dict[str, str] = {}


def pin_hash(pin: str) -> str:
    if pin not in _PIN_HASHES:
        _PIN_HASHES[pin] = hash_pin(pin)
    return _PIN_HASHES[pin]


@dataclass
class World:
    campaign_id: int
    list_id: int
    script_id: int
    contact_ids: list[int]
    entry_ids: list[int]
    result_codes: dict[str, int] = field(default_factory=dict)
    questions: dict[str, int] = field(default_factory=dict)
    answers: dict[tuple[str, str], int] = field(default_factory=dict)


RESULT_CODES = [
    # code, hotkey, contact, terminal, wrong number, dnc, callback
    ("SUPPORTER", "1", True, True, False, False, False),
    ("NO_ANSWER", "2", False, False, False, False, False),
    ("CALLBACK", "3", True, False, False, False, True),
    ("WRONG_NUMBER", "4", False, False, True, False, False),
    ("DO_NOT_CALL", "5", True, True, False, True, False),
    ("REFUSED", "6", True, True, False, False, False),
]


def make_world(store: Store, contacts: int = 5, *, max_attempts: int = 3) -> World:
    """A campaign with a branching script, result codes and a list of ``contacts``."""
    with store.write() as s:
        script = Script(
            name=f"GOTV {new_op_id()}",
            version=1,
            intro={
                "en": "Hi {first_name}, this is {volunteer_name} with {campaign}.",
                "de": "Hallo {first_name}, hier ist {volunteer_name} von {campaign}.",
            },
            closing={"en": "Thanks, {first_name}!"},
        )
        s.add(script)
        s.flush()
        q1 = ScriptQuestion(
            script_id=script.id,
            key="support",
            position=0,
            prompt={"en": "Can we count on your support?"},
        )
        q2 = ScriptQuestion(
            script_id=script.id,
            key="vote_plan",
            position=1,
            prompt={"en": "Do you know where you vote?"},
        )
        s.add_all([q1, q2])
        s.flush()
        answers = [
            ScriptAnswer(
                question_id=q1.id,
                key="yes",
                position=0,
                label={"en": "Yes"},
                next_question_key="vote_plan",
            ),
            ScriptAnswer(
                question_id=q1.id, key="no", position=1, label={"en": "No"}, ends_script=True
            ),
            ScriptAnswer(question_id=q2.id, key="yes", position=0, label={"en": "Yes"}),
            ScriptAnswer(question_id=q2.id, key="no", position=1, label={"en": "No"}),
        ]
        s.add_all(answers)
        campaign = Campaign(
            uid=new_op_id(),
            name="Get out the vote",
            script_id=script.id,
            max_attempts=max_attempts,
            recontact_minutes=60,
        )
        s.add(campaign)
        s.flush()
        codes = {}
        for pos, (code, key, contact, terminal, wrong, dnc, cb) in enumerate(RESULT_CODES):
            rc = ResultCode(
                campaign_id=campaign.id,
                code=code,
                label={"en": code.title()},
                hotkey=key,
                position=pos,
                counts_as_contact=contact,
                is_terminal=terminal,
                is_wrong_number=wrong,
                is_do_not_call=dnc,
                schedules_callback=cb,
                crm_value=code.replace("_", " ").title(),
            )
            s.add(rc)
            s.flush()
            codes[code] = rc.id
        call_list = CallList(
            uid=new_op_id(),
            campaign_id=campaign.id,
            name="Precinct 12",
            next_queue_seq=contacts + 1,
        )
        s.add(call_list)
        s.flush()
        contact_ids, entry_ids = [], []
        for i in range(contacts):
            household = Household(uid=new_op_id(), label=f"Household {i}")
            s.add(household)
            s.flush()
            contact = Contact(
                uid=new_op_id(),
                household_id=household.id,
                first_name=f"First{i}",
                last_name=f"Last{i}",
                language="en",
                street=f"{i + 1} Main St",
                city="Chicago",
                state="IL",
                postal_code="60601",
                time_zone="America/Chicago",
            )
            s.add(contact)
            s.flush()
            s.add(Phone(contact_id=contact.id, number_e164=f"+1312555{i:04d}", kind="mobile"))
            entry = CallListEntry(
                list_id=call_list.id, contact_id=contact.id, queue_seq=i + 1, priority=0
            )
            s.add(entry)
            s.flush()
            contact_ids.append(contact.id)
            entry_ids.append(entry.id)
        world = World(
            campaign.id,
            call_list.id,
            script.id,
            contact_ids,
            entry_ids,
            codes,
            {"support": q1.id, "vote_plan": q2.id},
        )
        for a in answers:
            qkey = "support" if a.question_id == q1.id else "vote_plan"
            world.answers[(qkey, a.key)] = a.id
    return world


def make_volunteer(
    store: Store,
    code: str,
    pin: str | None = "123456",
    *,
    status: str = "active",
    role: str = "volunteer",
    first_name: str = "Vera",
    last_name: str = "Volunteer",
    campaign_ids: tuple[int, ...] = (),
) -> int:
    with store.write() as s:
        v = Volunteer(
            uid=new_op_id(),
            code=code,
            pin_hash=pin_hash(pin) if pin else None,
            first_name=first_name,
            last_name=last_name,
            status=status,
            role=role,
            languages=["en"],
        )
        s.add(v)
        s.flush()
        for cid in campaign_ids:
            s.add(VolunteerCampaign(volunteer_id=v.id, campaign_id=cid))
        return v.id
