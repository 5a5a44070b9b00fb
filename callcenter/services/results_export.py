"""Call results as a CSV a CRM's bulk upload accepts (Salesforce Data Loader first).

One row per call attempt, in the shape of a Salesforce Task: ``WhoId`` (the
contact's CRM id), ``WhatId`` (the campaign's), ``Subject``, ``Status``,
``ActivityDate``, ``TaskSubtype``, ``CallType``, ``CallDisposition``,
``CallDurationInSeconds`` and ``Description`` (the notes), keyed by
``PB_OpId__c``, the attempt's op id: upserting on it makes a second upload of
the same file change nothing.  Fields a CRM admin creates for the app carry
the ``PB_`` prefix (who called, when exactly, the number, the callback, the
row a correction supersedes) and each script question has a ``PB_Q_<key>__c``
column with the answer's key (or the text typed).  Contacts the CRM does not
know yet have an empty ``WhoId`` and their local id in ``PB_ContactUid__c``.

Rows are streamed from the database, so a campaign of millions of calls costs
no more memory than a few; every cell is formula-safe (``csvsafe``).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import datetime
from typing import IO

from callcenter.csvsafe import safe_cell
from callcenter.db import Store
from callcenter.errors import InvalidInputError
from callcenter.messages import msg
from callcenter.models import utcnow
from callcenter.services.audit import write_audit
from callcenter.services.sqlrows import from_db, one, rows, to_db

TASK_COLUMNS = (
    "PB_OpId__c", "WhoId", "WhatId", "Subject", "Status", "ActivityDate", "TaskSubtype",
    "CallType", "CallDisposition", "CallDurationInSeconds", "Description",
    "PB_ContactUid__c", "PB_ResultCode__c", "PB_CountsAsContact__c", "PB_StartedAt__c",
    "PB_EndedAt__c", "PB_Volunteer__c", "PB_VolunteerCrmId__c", "PB_Phone__c",
    "PB_CallbackAt__c", "PB_Supersedes__c",
)  # fmt: skip
_BATCH = 2000

_ATTEMPTS = """
SELECT a.id, a.op_id, a.supersedes_op_id, a.started_at, a.ended_at, a.duration_s, a.notes,
       a.callback_at, p.crm_id AS contact_crm_id, p.uid AS contact_uid, r.code, r.label,
       r.crm_value, r.counts_as_contact, v.code AS volunteer_code, v.crm_id AS volunteer_crm_id,
       ph.number_e164
FROM call_attempt a
JOIN result_code r ON r.id = a.result_code_id
JOIN volunteer v ON v.id = a.volunteer_id
LEFT JOIN contact p ON p.id = a.contact_id
LEFT JOIN phone ph ON ph.id = a.phone_id
WHERE a.campaign_id = ? AND a.ended_at >= ? AND a.id > ?
ORDER BY a.id LIMIT ?
"""


def export_results_csv(
    store: Store,
    campaign_id: int,
    out: IO[str],
    *,
    since: datetime | None = None,
    actor_id: int | None = None,
) -> int:
    """Write the campaign's call results (since ``since``) to ``out``; returns the row count.

    Raises:
        InvalidInputError: no such campaign.
    """
    with store.read() as session:
        conn = session.connection()
        campaign = one(
            conn, "SELECT crm_id, name, script_id FROM campaign WHERE id = ?", (campaign_id,)
        )
        if campaign is None:
            raise InvalidInputError(msg("calls.campaign_does_not_exist", campaign_id=campaign_id))
        questions = [
            (qid, key)
            for qid, key in rows(
                conn,
                "SELECT id, key FROM script_question WHERE script_id = ? ORDER BY position, id",
                (campaign.script_id,),
            )
        ]
        writer = csv.writer(out)
        writer.writerow([*TASK_COLUMNS, *(f"PB_Q_{key}__c" for _, key in questions)])
        n = 0
        for attempt, answers in _attempts(conn, campaign_id, since):
            ended = from_db(attempt.ended_at)
            label = _label(attempt.label) or attempt.code
            row = (
                attempt.op_id, attempt.contact_crm_id, campaign.crm_id, f"Call: {label}",
                "Completed", ended.date().isoformat() if ended else "", "Call", "Outbound",
                (attempt.crm_value or attempt.code)[:255], attempt.duration_s, attempt.notes,
                attempt.contact_uid, attempt.code, "true" if attempt.counts_as_contact else "false",
                _iso(attempt.started_at), _iso(attempt.ended_at), attempt.volunteer_code,
                attempt.volunteer_crm_id, attempt.number_e164, _iso(attempt.callback_at),
                attempt.supersedes_op_id,
            )  # fmt: skip
            writer.writerow(
                [safe_cell(v) for v in row] + [safe_cell(answers.get(q)) for q, _ in questions]
            )
            n += 1
    _audit(store, actor_id, campaign_id, since, n)
    return n


def _attempts(conn, campaign_id: int, since: datetime | None) -> Iterator[tuple[object, dict]]:  # type: ignore[no-untyped-def]
    """Attempts in id order, a batch at a time, each with {question id: answer}."""
    after = 0
    since_text = to_db(since) if since else ""
    while True:
        batch = rows(conn, _ATTEMPTS, (campaign_id, since_text, after, _BATCH))
        if not batch:
            return
        answers: dict[int, dict[int, str]] = {}
        ids = [a.id for a in batch]
        for attempt_id, question_id, key, text in rows(
            conn,
            "SELECT s.attempt_id, s.question_id, ans.key, s.text_value FROM survey_response s "
            "LEFT JOIN script_answer ans ON ans.id = s.answer_id "
            f"WHERE s.attempt_id IN ({', '.join('?' * len(ids))}) ORDER BY s.id",
            ids,
        ):
            answers.setdefault(attempt_id, {})[question_id] = text or key or ""
        for attempt in batch:
            yield attempt, answers.get(attempt.id, {})
        after = batch[-1].id


def _iso(text: str | None) -> str:
    moment = from_db(text)
    return moment.isoformat().replace("+00:00", "Z") if moment else ""


def _label(raw: str | None) -> str:
    try:
        labels = json.loads(raw) if raw else {}
    except ValueError:
        return ""
    return str(labels.get("en") or next(iter(labels.values()), "")) if labels else ""


def _audit(store: Store, actor_id: int | None, campaign_id: int, since, n: int) -> None:  # type: ignore[no-untyped-def]
    with store.write() as session:
        write_audit(
            session.connection(),
            "results_exported",
            utcnow(),
            actor_id=actor_id,
            campaign_id=campaign_id,
            rows=n,
            since=since.date().isoformat() if since else None,
        )
