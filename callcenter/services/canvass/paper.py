"""Keying in returned walk sheets: one row per person, checked like the contact screen.

A sheet is recorded all or nothing.  Every row is checked first and every
problem is reported with its row and column, so the person fixes them all in
one pass; only a sheet without problems is written, in one transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from callcenter.db import Store
from callcenter.errors import InvalidInputError
from callcenter.ids import new_op_id
from callcenter.messages import Message, and_more, msg
from callcenter.models import utcnow
from callcenter.services.call_types import Answer, Outcome
from callcenter.services.canvass.results import record_in_turf
from callcenter.services.canvass.walk_list import DoorResult, WalkList
from callcenter.services.scripts import QuestionView, ScriptView, pick_language

log = logging.getLogger(__name__)

RESULT_COLUMN = "result"
NOTES_COLUMN = "notes"
PERSON_COLUMN = "person"


@dataclass(frozen=True)
class PaperRow:
    """One person's line as typed: a door result key, answers by question key, notes."""

    entry_id: int
    result: str = ""
    answers: dict[str, str] = field(default_factory=dict)
    notes: str = ""

    def is_blank(self) -> bool:
        return not (
            self.result.strip()
            or self.notes.strip()
            or any(v.strip() for v in self.answers.values())
        )


@dataclass(frozen=True)
class RowError:
    row: int  # the row's index in the sheet as given
    column: str  # "result", "notes", "person" or a question key
    message: Message | str  # str(message) is the English; the window translates a Message


class PaperSheetError(InvalidInputError):
    """The sheet was not recorded; ``errors`` says where and why, row by row."""

    def __init__(self, errors: Sequence[RowError]) -> None:
        first = errors[0]
        super().__init__(
            msg(
                "canvass_paper.nothing_saved",
                row=first.row + 1,
                problem=first.message,
                more=and_more(len(errors) - 1),
            )
        )
        self.errors = tuple(errors)


@dataclass(frozen=True)
class SheetRecorded:
    sheet_op_id: str
    recorded: int
    skipped_blank: int


def check_sheet(
    walk: WalkList, rows: Sequence[PaperRow], language: str = "en"
) -> tuple[list[tuple[int, PaperRow, DoorResult, tuple[Answer, ...]]], list[RowError]]:
    """Parse and check every row; returns the rows to record and every problem found."""
    people = {p.entry_id for p in walk.people}
    seen: set[int] = set()
    ready, errors = [], []
    for index, row in enumerate(rows):
        if row.is_blank():
            continue
        if row.entry_id not in people:
            errors.append(RowError(index, PERSON_COLUMN, msg("canvass_paper.person_not_in_turf")))
            continue
        if row.entry_id in seen:
            errors.append(RowError(index, PERSON_COLUMN, msg("canvass_paper.person_twice")))
            continue
        seen.add(row.entry_id)
        row_errors: list[RowError] = []
        result = _door_result(walk.door_results, row.result, index, row_errors)
        answers = _answers(walk.script, row.answers, index, language, row_errors)
        errors += row_errors
        if not row_errors and result is not None:
            ready.append((index, row, result, answers))
    return ready, errors


def record_paper_sheet(
    store: Store,
    walk: WalkList,
    canvasser_id: int,
    rows: Sequence[PaperRow],
    *,
    visited_at: datetime | None = None,
    station_id: int | None = None,
    language: str = "en",
    now: datetime | None = None,
) -> SheetRecorded:
    """Check the sheet, then record all of its rows in one transaction, or none.

    Raises:
        PaperSheetError: with every row's problems; nothing was recorded.
        NotAllowedError: the checkout expired or ended, or the canvasser is not active.
    """
    now = now or utcnow()
    visited = visited_at or now
    if visited > now:
        raise InvalidInputError(msg("canvass_paper.visit_time_future_check_sheet"))
    # Paper has no timer: the visit is a moment, not a duration.
    return _record_rows(
        store, walk, canvasser_id, rows, "paper", (visited, visited), station_id, language, now
    )


def record_door_visit(
    store: Store,
    walk: WalkList,
    canvasser_id: int,
    rows: Sequence[PaperRow],
    *,
    started_at: datetime,
    station_id: int | None = None,
    language: str = "en",
    now: datetime | None = None,
) -> SheetRecorded:
    """One household's results from door mode, checked like a sheet, all or none."""
    now = now or utcnow()
    return _record_rows(
        store,
        walk,
        canvasser_id,
        rows,
        "door",
        (min(started_at, now), now),
        station_id,
        language,
        now,
    )


def _record_rows(
    store: Store,
    walk: WalkList,
    canvasser_id: int,
    rows: Sequence[PaperRow],
    source: str,
    times: tuple[datetime, datetime],
    station_id: int | None,
    language: str,
    now: datetime,
) -> SheetRecorded:
    ready, errors = check_sheet(walk, rows, language)
    if errors:
        raise PaperSheetError(errors)
    if not ready:
        raise InvalidInputError(msg("canvass_paper.nothing_save_type_at_least"))
    sheet_op_id = new_op_id() if source == "paper" else None
    outcomes = [
        (
            index,
            Outcome(
                entry_id=row.entry_id,
                volunteer_id=canvasser_id,
                result_code_id=result.id,
                started_at=times[0],
                ended_at=times[1],
                notes=row.notes,
                answers=answers,
                station_id=station_id,
            ),
        )
        for index, row, result, answers in ready
    ]
    with store.write() as session:
        problems: list[RowError] = []
        for index, outcome in outcomes:
            try:
                # A savepoint per row: one refusal is reported, the others still checked.
                with session.begin_nested():
                    record_in_turf(
                        session,
                        store,
                        walk.checkout.id,
                        [outcome],
                        source=source,
                        now=now,
                        sheet_op_id=sheet_op_id,
                    )
            except InvalidInputError as exc:
                # Other refusals (an expired checkout, a canvasser not active) are not one
                # row's fault and end the whole sheet as they are.
                problems.append(RowError(index, RESULT_COLUMN, exc.message))
        if problems:
            raise PaperSheetError(problems)
    log.info("recorded %d %s results (sheet %s)", len(outcomes), source, sheet_op_id or "-")
    return SheetRecorded(sheet_op_id or "", len(outcomes), sum(r.is_blank() for r in rows))


def _door_result(
    results: Sequence[DoorResult], typed: str, index: int, errors: list[RowError]
) -> DoorResult | None:
    text = typed.strip().casefold()
    if not text:
        errors.append(
            RowError(index, RESULT_COLUMN, msg("canvass_paper.choose_result", count=len(results)))
        )
        return None
    for result in results:
        labels = {v.casefold() for v in result.label.values()}
        if text in (result.key, result.code.casefold(), result.code[5:].casefold()) or (
            text in labels
        ):
            return result
    errors.append(
        RowError(
            index,
            RESULT_COLUMN,
            msg("canvass_paper.not_a_result", typed=typed.strip(), count=len(results)),
        )
    )
    return None


def _answers(
    script: ScriptView | None,
    typed: dict[str, str],
    index: int,
    language: str,
    errors: list[RowError],
) -> tuple[Answer, ...]:
    """Typed answers by question key, checked against the script and its branching."""
    given = {key: value.strip() for key, value in typed.items() if value.strip()}
    if not given:
        return ()
    if script is None:
        errors.append(RowError(index, next(iter(given)), msg("canvass_paper.no_script")))
        return ()
    chosen: dict[str, tuple[Answer, str | None]] = {}
    for key, value in given.items():
        question = script.question(key)
        if question is None:
            errors.append(RowError(index, key, msg("canvass_paper.question_not_in_script")))
            continue
        answer = _answer_for(question, value)
        if answer is None:
            count = len(question.answers)
            refusal = (
                msg("canvass_paper.not_an_answer", value=value, count=count)
                if count
                else msg("canvass_paper.not_an_answer_text", value=value)
            )
            errors.append(RowError(index, key, refusal))
            continue
        chosen[key] = answer
    # The contact screen only offers the questions the answers lead to; so does paper.
    reachable: list[QuestionView] = []
    question = script.first_question()
    while question is not None and question not in reachable:
        reachable.append(question)
        answer_key = chosen[question.key][1] if question.key in chosen else None
        question = script.after(question.key, answer_key)
    on_path = {q.key for q in reachable}
    stray = [key for key in chosen if key not in on_path]
    for key in stray:
        last = next((q for q in reversed(reachable) if q.key in chosen), reachable[-1])
        prompt = pick_language(last.prompt, language)
        errors.append(
            RowError(
                index,
                key,
                msg("canvass_paper.not_on_path", prompt=prompt),
            )
        )
    return () if stray else tuple(answer for answer, _ in chosen.values())


def _answer_for(question: QuestionView, value: str) -> tuple[Answer, str | None] | None:
    text = value.casefold()
    for number, answer in enumerate(question.answers, start=1):
        labels = {v.casefold() for v in answer.label.values()}
        if text in (str(number), answer.key.casefold()) or text in labels:
            return Answer(question.id, answer.id), answer.key
    if question.allows_text:
        return Answer(question.id, None, value), None
    return None
