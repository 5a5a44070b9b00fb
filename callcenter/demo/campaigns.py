"""Insert the demo campaigns (scripts, result codes, call lists) and plan their calls."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import accumulate

from sqlalchemy.orm import Session

from callcenter.demo.scripts import CAMPAIGNS, CampaignSpec, ResultCodeSpec, ScriptSpec
from callcenter.demo.ulids import millis, random_ulids
from callcenter.models import (
    CallList,
    Campaign,
    ResultCode,
    Script,
    ScriptAnswer,
    ScriptQuestion,
)

MAX_ATTEMPTS = 3
MAX_ATTEMPTS_PER_PHONE = 2
RECONTACT_MINUTES = 240


@dataclass(frozen=True)
class CodePlan:
    id: int
    spec: ResultCodeSpec


@dataclass(frozen=True)
class AnswerPlan:
    key: str
    id: int
    next_question: str | None


@dataclass(frozen=True)
class QuestionPlan:
    id: int
    allows_text: bool
    answers: dict[str, AnswerPlan]


@dataclass
class ListPlan:
    """One campaign's call list as the contact generator needs it: ids and odds."""

    key: str
    campaign_id: int
    list_id: int
    share: float
    codes: dict[str, CodePlan]
    final_codes: tuple[CodePlan, ...]
    final_cumulative: tuple[int, ...]
    earlier_codes: tuple[CodePlan, ...]
    earlier_cumulative: tuple[int, ...]
    refusal: CodePlan
    questions: dict[str, QuestionPlan]
    survey_starts: dict[str, tuple[str, dict[str, int]]]
    callers: tuple[int, ...] = ()
    next_queue_seq: int = 1

    def pick_code(self, rng: random.Random, *, last: bool) -> CodePlan:
        if last:
            return rng.choices(self.final_codes, cum_weights=self.final_cumulative)[0]
        return rng.choices(self.earlier_codes, cum_weights=self.earlier_cumulative)[0]


def election_year(today: date) -> int:
    """The year of the next US general election (even years, early November)."""
    year = today.year + (today.year % 2)
    first_monday = 1 + (7 - date(year, 11, 1).weekday()) % 7
    if today > date(year, 11, first_monday + 1):
        year += 2
    return year


def campaign_ids() -> list[int]:
    """The demo campaigns' ids; fixed, as they go into an empty store."""
    return list(range(1, len(CAMPAIGNS) + 1))


def insert_campaigns(session: Session, now: datetime, seed: int) -> list[ListPlan]:
    """Add the campaigns with their scripts, result codes and (empty) call lists."""
    rng = random.Random(f"campaigns-{seed}")
    created = now - timedelta(days=21)
    plans = []
    for campaign_id, spec in zip(campaign_ids(), CAMPAIGNS, strict=True):
        script_id, questions = _insert_script(session, spec.script, created)
        campaign_uid, list_uid = random_ulids([millis(created)] * 2, rng)
        campaign = Campaign(
            id=campaign_id,
            uid=campaign_uid,
            name=spec.name.format(election_year=election_year(now.date()), year=now.year),
            description=spec.description,
            is_active=True,
            script_id=script_id,
            window_start_min=9 * 60,
            window_end_min=20 * 60,
            max_attempts=MAX_ATTEMPTS,
            max_attempts_per_phone=MAX_ATTEMPTS_PER_PHONE,
            recontact_minutes=RECONTACT_MINUTES,
            lease_minutes=20,
            created_at=created,
        )
        session.add(campaign)
        session.flush()
        codes = _insert_result_codes(session, campaign.id, spec)
        call_list = CallList(
            uid=list_uid, campaign_id=campaign.id, name=spec.list_name, created_at=created
        )
        session.add(call_list)
        session.flush()
        plans.append(_plan(spec, campaign.id, call_list.id, codes, questions))
    return plans


def _insert_script(
    session: Session, spec: ScriptSpec, created: datetime
) -> tuple[int, dict[str, QuestionPlan]]:
    script = Script(
        name=spec.name,
        version=1,
        default_language="en",
        intro=spec.intro,
        closing=spec.closing,
        created_at=created,
    )
    session.add(script)
    session.flush()
    questions = {}
    for q_pos, q_spec in enumerate(spec.questions):
        question = ScriptQuestion(
            script_id=script.id,
            key=q_spec.key,
            position=q_pos,
            prompt=q_spec.prompt,
            allows_text=q_spec.allows_text,
        )
        session.add(question)
        session.flush()
        answers = {}
        for a_pos, a_spec in enumerate(q_spec.answers):
            answer = ScriptAnswer(
                question_id=question.id,
                key=a_spec.key,
                position=a_pos,
                label=a_spec.label,
                next_question_key=a_spec.next_question,
                ends_script=a_spec.ends_script,
            )
            session.add(answer)
            session.flush()
            answers[a_spec.key] = AnswerPlan(a_spec.key, answer.id, a_spec.next_question)
        questions[q_spec.key] = QuestionPlan(question.id, q_spec.allows_text, answers)
    return script.id, questions


def _insert_result_codes(
    session: Session, campaign_id: int, spec: CampaignSpec
) -> dict[str, CodePlan]:
    codes = {}
    for position, code_spec in enumerate(spec.result_codes):
        row = ResultCode(
            campaign_id=campaign_id,
            code=code_spec.code,
            label=code_spec.label,
            hotkey=str(position + 1),
            position=position,
            counts_as_contact=code_spec.counts_as_contact,
            is_terminal=code_spec.is_terminal,
            is_wrong_number=code_spec.is_wrong_number,
            is_do_not_call=code_spec.is_do_not_call,
            schedules_callback=code_spec.schedules_callback,
            crm_value=code_spec.crm_value,
        )
        session.add(row)
        session.flush()
        codes[code_spec.code] = CodePlan(row.id, code_spec)
    return codes


def _plan(
    spec: CampaignSpec,
    campaign_id: int,
    list_id: int,
    codes: dict[str, CodePlan],
    questions: dict[str, QuestionPlan],
) -> ListPlan:
    final = tuple(c for c in codes.values() if c.spec.final_weight)
    earlier = tuple(c for c in codes.values() if c.spec.earlier_weight)
    return ListPlan(
        key=spec.key,
        campaign_id=campaign_id,
        list_id=list_id,
        share=spec.list_share,
        codes=codes,
        final_codes=final,
        final_cumulative=tuple(accumulate(c.spec.final_weight for c in final)),
        earlier_codes=earlier,
        earlier_cumulative=tuple(accumulate(c.spec.earlier_weight for c in earlier)),
        # Stands in for a do-not-call result drawn for a call that other calls follow.
        refusal=codes[spec.refusal_code],
        questions=questions,
        survey_starts=spec.survey_starts,
    )
