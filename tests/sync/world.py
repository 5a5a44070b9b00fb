"""Helpers for sync tests: an engine on the emulator, a volunteer, calls made through the core."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from callcenter.db import Store
from callcenter.ids import new_op_id
from callcenter.models import Campaign, ResultCode, Script, ScriptAnswer, ScriptQuestion
from callcenter.services.calls import Answer, Outcome, lease_next_contact, record_outcome
from sync.engine import SyncEngine, SyncOptions
from sync.salesforce import SalesforceConnector
from sync.salesforce.auth import StaticTokens
from sync.salesforce.http import SalesforceHttp
from tests.factories import make_volunteer
from tests.sfemu import SalesforceEmulator

GOTV = "Get Out The Vote Phone Bank"
# A weekday afternoon across the US time zones: calling hours everywhere (tests must not
# depend on the hour they run at).
CALL_TIME = datetime(2026, 12, 2, 20, 0, tzinfo=UTC)


def connector_for(emu: SalesforceEmulator, **http_options: object) -> SalesforceConnector:
    tokens = StaticTokens(emu.create_access_token(), renew=emu.create_access_token)
    options: dict[str, object] = {"sleep": lambda s: None, "backoff_base": 0.0}
    options.update(http_options)
    return SalesforceConnector(SalesforceHttp(emu.base_url, tokens, **options))  # type: ignore[arg-type]


def engine_for(
    store: Store, emu: SalesforceEmulator, *, holder: str | None = None, **options: object
) -> SyncEngine:
    return SyncEngine(
        store,
        connector_for(emu),
        SyncOptions(holder=holder, **options),  # type: ignore[arg-type]
        clock=emu.clock.now,
        sleep=lambda s: None,
    )


def campaign_id(store: Store, crm_id: str) -> int:
    with store.read() as s:
        found = s.scalar(select(Campaign.id).where(Campaign.crm_id == crm_id))
    assert found is not None, "the campaign was not pulled"
    return found


def result_code(store: Store, campaign: int, code: str) -> int:
    with store.read() as s:
        found = s.scalar(
            select(ResultCode.id).where(ResultCode.campaign_id == campaign, ResultCode.code == code)
        )
    assert found is not None, f"no result code {code}"
    return found


@dataclass
class Survey:
    question_id: int
    yes_id: int


def add_script(store: Store, campaign: int) -> Survey:
    """A one-question script on a pulled campaign (the CRM holds no scripts)."""
    with store.write() as s:
        script = Script(name=f"Survey {new_op_id()}", version=1, intro={"en": "Hi"})
        s.add(script)
        s.flush()
        question = ScriptQuestion(script_id=script.id, key="support", prompt={"en": "Support?"})
        s.add(question)
        s.flush()
        yes = ScriptAnswer(question_id=question.id, key="yes", label={"en": "Yes"})
        s.add(yes)
        s.add(ScriptAnswer(question_id=question.id, key="no", position=1, label={"en": "No"}))
        s.get(Campaign, campaign).script_id = script.id  # type: ignore[union-attr]
        s.flush()
        return Survey(question.id, yes.id)


def volunteer(store: Store, campaign: int, code: str = "VOL234") -> int:
    return make_volunteer(store, code, pin=None, campaign_ids=(campaign,))


def make_calls(
    store: Store,
    volunteer_id: int,
    campaign: int,
    code_id: int,
    count: int,
    *,
    survey: Survey | None = None,
    callback: bool = False,
    notes: str = "Talked about the polling place.",
    at: datetime = CALL_TIME,
) -> list[str]:
    """Lease and record ``count`` calls through the core, as a volunteer would."""
    op_ids = []
    for n in range(count):
        ended = at + timedelta(minutes=2 * n)
        lease = lease_next_contact(store, volunteer_id, campaign, now=ended - timedelta(seconds=95))
        if lease is None:
            break
        phone = next((p.id for p in lease.card.phones if p.callable), None)
        answers = (Answer(survey.question_id, survey.yes_id),) if survey else ()
        recorded = record_outcome(
            store,
            Outcome(
                entry_id=lease.entry_id,
                volunteer_id=volunteer_id,
                result_code_id=code_id,
                started_at=ended - timedelta(seconds=95),
                ended_at=ended,
                phone_id=phone,
                notes=notes,
                answers=answers,
                callback_at=ended + timedelta(days=1) if callback else None,
            ),
            now=ended,
        )
        op_ids.append(recorded.op_id)
    return op_ids


def tasks_by_op_id(emu: SalesforceEmulator) -> dict[str, list[dict]]:  # type: ignore[type-arg]
    found: dict[str, list[dict]] = {}  # type: ignore[type-arg]
    for task in emu.query_rows("Task", "PB_OpId__c != null"):
        found.setdefault(task["PB_OpId__c"], []).append(task)
    return found
