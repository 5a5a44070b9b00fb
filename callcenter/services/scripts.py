"""Call scripts: the contact's language, merge fields, and branching between questions."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from callcenter.db import Store
from callcenter.models import Campaign, Script, ScriptQuestion
from callcenter.services.contact_card import ContactCard

# {first_name} style fields.  Substitution is a single regex pass (never
# str.format), so a name containing braces or "{0.__class__}" stays plain text.
_FIELD = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


@dataclass(frozen=True)
class AnswerView:
    id: int
    key: str
    label: dict[str, str]
    next_question_key: str | None
    ends_script: bool


@dataclass(frozen=True)
class QuestionView:
    id: int
    key: str
    prompt: dict[str, str]
    allows_text: bool
    answers: tuple[AnswerView, ...]


@dataclass(frozen=True)
class ScriptView:
    id: int
    name: str
    version: int
    default_language: str
    intro: dict[str, str]
    closing: dict[str, str]
    questions: tuple[QuestionView, ...]

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted(set(self.intro) | {self.default_language}))

    def question(self, key: str) -> QuestionView | None:
        return next((q for q in self.questions if q.key == key), None)

    def first_question(self) -> QuestionView | None:
        return self.questions[0] if self.questions else None

    def after(self, question_key: str, answer_key: str | None) -> QuestionView | None:
        """The question that follows this answer, or None when the script ends."""
        question = self.question(question_key)
        if question is None:
            return None
        answer = next((a for a in question.answers if a.key == answer_key), None)
        if answer is not None and answer.ends_script:
            return None
        if answer is not None and answer.next_question_key:
            return self.question(answer.next_question_key)
        index = self.questions.index(question)
        return self.questions[index + 1] if index + 1 < len(self.questions) else None


def load_script(store: Store, campaign_id: int) -> ScriptView | None:
    """The campaign's script with all questions and answers (cache it per campaign)."""
    with store.read() as session:
        return script_for_campaign(session, campaign_id)


def script_for_campaign(session: Session, campaign_id: int) -> ScriptView | None:
    script_id = session.scalar(select(Campaign.script_id).where(Campaign.id == campaign_id))
    if script_id is None:
        return None
    script = session.scalar(
        select(Script)
        .where(Script.id == script_id)
        .options(selectinload(Script.questions).selectinload(ScriptQuestion.answers))
    )
    assert script is not None
    return ScriptView(
        id=script.id,
        name=script.name,
        version=script.version,
        default_language=script.default_language,
        intro=dict(script.intro),
        closing=dict(script.closing),
        questions=tuple(
            QuestionView(
                id=q.id,
                key=q.key,
                prompt=dict(q.prompt),
                allows_text=q.allows_text,
                answers=tuple(
                    AnswerView(a.id, a.key, dict(a.label), a.next_question_key, a.ends_script)
                    for a in q.answers
                ),
            )
            for q in script.questions
        ),
    )


def pick_language(texts: Mapping[str, str], wanted: str, fallback: str = "en") -> str:
    """The text in the wanted language, else the fallback, else any."""
    for lang in (wanted, wanted.split("-")[0], fallback, "en"):
        if texts.get(lang):
            return texts[lang]
    return next(iter(texts.values()), "")


def script_language(script: ScriptView, contact_language: str) -> str:
    """The contact's language when the script has it, else the script's own."""
    base = contact_language.split("-")[0]
    return base if base in script.intro else script.default_language


def merge_fields(
    card: ContactCard,
    *,
    volunteer_first_name: str,
    campaign_name: str,
    today: date | None = None,
) -> dict[str, str]:
    today = today or date.today()
    fields: dict[str, str] = {
        str(k): str(v) for k, v in card.attributes.items() if isinstance(v, str | int | float)
    }
    fields.update(
        first_name=card.first_name,
        last_name=card.last_name,
        full_name=card.full_name,
        volunteer_name=volunteer_first_name,
        campaign=campaign_name,
        polling_place=card.polling_place or "",
        city=card.city or "",
        zip=card.postal_code or "",
        age=str(today.year - card.birth_year) if card.birth_year else "",
    )
    return fields


def render(template: str, fields: Mapping[str, str]) -> str:
    """Fill ``{field}`` placeholders; an unknown or empty field shows as ``[field]``."""

    def substitute(match: re.Match[str]) -> str:
        value = fields.get(match.group(1))
        return value if value else f"[{match.group(1)}]"

    return _FIELD.sub(substitute, template)
