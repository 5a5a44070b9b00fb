"""The live room for shift leads: pace, contact rate, results, list progress, quality flags.

``RoomMonitor`` keeps running totals and reads only the call attempts recorded
since its last refresh, so a refresh costs the same at the end of a long shift
as at its start.  List progress comes from trigger-kept counters.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Connection, select

from callcenter.db import Store
from callcenter.messages import Localized, Message, msg
from callcenter.models import (
    CallAttempt,
    CallList,
    Campaign,
    ListProgress,
    ResultCode,
    Station,
    Volunteer,
    VolunteerSession,
    utcnow,
)
from callcenter.services.sqlrows import from_db, from_json, one, placeholders, rows, to_db

# Thresholds for data-quality flags; documented in the README (shift lead console).
SHORT_CALL_SECONDS = 8  # a call cannot even ring through in less
SHORT_CALL_SHARE = 0.3
MIN_CALLS_FOR_RATE = 10
HIGH_CONTACT_RATE = 0.6  # a normal room reaches 10-30 %
LOW_CONTACT_RATE = 0.03
SAME_RESULT_MIN_CALLS = 10
TOP_ZIPS = 12


@dataclass(frozen=True)
class QualityFlag:
    volunteer_id: int
    volunteer_name: str
    kind: str  # contact_rate_high | contact_rate_low | short_calls | same_result
    message: Message  # str() is the English; the window translates


@dataclass(frozen=True)
class VolunteerPace:
    volunteer_id: int
    name: str
    station: str | None
    signed_in: bool
    calls: int
    contacts: int
    short_calls: int
    calls_per_hour: float

    @property
    def contact_rate(self) -> float:
        return self.contacts / self.calls if self.calls else 0.0


@dataclass(frozen=True)
class ListProgressRow:
    list_id: int
    list_name: str
    campaign: str
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def done_share(self) -> float:
        return self.counts.get("done", 0) / self.total if self.total else 0.0


@dataclass(frozen=True)
class RoomSnapshot:
    at: datetime
    since: datetime
    signed_in: int
    calls: int
    contacts: int
    calls_last_hour: int
    contacts_last_hour: int
    results_by_code: dict[str, int]
    results_by_zip: list[tuple[str, int, int]]  # zip, calls, contacts
    lists: list[ListProgressRow]
    volunteers: list[VolunteerPace]
    flags: list[QualityFlag]
    # A result's code -> its label as the campaign gives it (the screen picks the language).
    result_labels: dict[str, Localized] = field(default_factory=dict)

    @property
    def contact_rate(self) -> float:
        return self.contacts / self.calls if self.calls else 0.0


@dataclass
class _Tally:
    calls: int = 0
    contacts: int = 0
    short: int = 0
    first_call: datetime | None = None
    results: Counter[str] = field(default_factory=Counter)


class RoomMonitor:
    """Running totals of the room since ``since`` (e.g. the shift's start)."""

    def __init__(self, since: datetime, campaign_id: int | None = None) -> None:
        self.since = since
        self.campaign_id = campaign_id
        self._last_attempt_id = 0
        self._tallies: dict[int, _Tally] = defaultdict(_Tally)
        self._by_code: Counter[str] = Counter()
        self._labels: dict[str, Localized] = {}  # a result's code -> its label
        self._by_zip_calls: Counter[str] = Counter()
        self._by_zip_contacts: Counter[str] = Counter()
        self._minutes: deque[tuple[datetime, int, int]] = deque()  # minute, calls, contacts

    def refresh(self, store: Store, now: datetime | None = None) -> RoomSnapshot:
        now = now or utcnow()
        with store.read() as s:
            if self._last_attempt_id == 0:
                self._load_shift(s.connection(), now)
            self._take_new_attempts(s)
            sessions = s.execute(
                select(VolunteerSession.volunteer_id, VolunteerSession.started_at).where(
                    VolunteerSession.ended_at.is_(None)
                )
            ).all()
            signed_in = {vid for vid, _ in sessions}
            people = {
                vid: (f"{first} {last}".strip(), station)
                for vid, first, last, station in s.execute(
                    select(Volunteer.id, Volunteer.first_name, Volunteer.last_name, Station.name)
                    .outerjoin(Station, Station.id == Volunteer.station_id)
                    .where(Volunteer.id.in_(signed_in | set(self._tallies)))
                )
            }
            lists = self._list_progress(s)
        hour_ago = now - timedelta(hours=1)
        while self._minutes and self._minutes[0][0] < hour_ago - timedelta(minutes=1):
            self._minutes.popleft()
        recent = [(c, k) for minute, c, k in self._minutes if minute >= hour_ago]
        volunteers = [
            self._pace(vid, people.get(vid, ("?", None)), vid in signed_in, now)
            for vid in sorted(signed_in | set(self._tallies), key=lambda v: people.get(v, ("",))[0])
        ]
        calls = sum(t.calls for t in self._tallies.values())
        contacts = sum(t.contacts for t in self._tallies.values())
        return RoomSnapshot(
            at=now,
            since=self.since,
            signed_in=len(signed_in),
            calls=calls,
            contacts=contacts,
            calls_last_hour=sum(c for c, _ in recent),
            contacts_last_hour=sum(k for _, k in recent),
            results_by_code=dict(self._by_code.most_common()),
            results_by_zip=[
                (zip5, n, self._by_zip_contacts[zip5])
                for zip5, n in self._by_zip_calls.most_common(TOP_ZIPS)
            ],
            lists=lists,
            volunteers=volunteers,
            flags=quality_flags(volunteers, self._tallies, self._labels),
            result_labels=dict(self._labels),
        )

    def _load_shift(self, conn: Connection, now: datetime) -> None:
        """The first refresh: the shift so far, aggregated in SQL.

        The two big reads seek the shift's calls in the order they are grouped
        by (per volunteer and result; per ZIP), through the covering indexes of
        migration 0008: no sort of the whole shift, no contact rows.
        """
        self._last_attempt_id = one(conn, "SELECT coalesce(max(id), 0) FROM call_attempt")[0]
        if self.campaign_id is not None:
            campaigns = [self.campaign_id]
        else:
            campaigns = [r[0] for r in rows(conn, "SELECT id FROM campaign")]
        codes: dict[int, tuple[int, str, bool]] = {}
        for rid, campaign, code, is_contact, label in rows(
            conn, "SELECT id, campaign_id, code, counts_as_contact, label FROM result_code"
        ):
            codes[rid] = (campaign, code, bool(is_contact))
            if campaign in campaigns:
                self._labels[code] = Localized.of(from_json(label), code)
        window = {"since": to_db(self.since), "last": self._last_attempt_id}
        for campaign in campaigns:
            ids = [rid for rid, (owner, _, _) in codes.items() if owner == campaign]
            if ids:
                self._load_volunteers(conn, campaign, ids, codes, window)
                contact_ids = [rid for rid in ids if codes[rid][2]]
                self._load_zips(conn, campaign, contact_ids, window)
        if not campaigns:
            return
        hour_ago = to_db(now - timedelta(hours=1))
        for minute, calls, contacts in rows(
            conn,
            "SELECT substr(a.ended_at, 1, 16), count(*), "
            "sum(a.result_code_id IN (SELECT id FROM result_code WHERE counts_as_contact)) "
            f"FROM call_attempt a WHERE a.campaign_id IN ({placeholders(len(campaigns))}) "
            "AND a.ended_at >= ? AND a.ended_at >= ? AND a.id <= ? GROUP BY 1 ORDER BY 1",
            (*campaigns, window["since"], hour_ago, window["last"]),
        ):
            self._minutes.append((from_db(minute + ":00.000000"), calls, contacts))

    def _load_volunteers(
        self,
        conn: Connection,
        campaign: int,
        code_ids: list[int],
        codes: dict[int, tuple[int, str, bool]],
        window: dict[str, object],
    ) -> None:
        # One seek per volunteer and result code; rows come out grouped.
        marks = ", ".join(f":r{i}" for i in range(len(code_ids)))
        for vid, rid, calls, short, first in rows(
            conn,
            "SELECT a.volunteer_id, a.result_code_id, count(*), sum(a.duration_s < :short), "
            "min(a.ended_at) FROM call_attempt a INDEXED BY ix_call_attempt_room_volunteer "
            "WHERE a.volunteer_id IN (SELECT id FROM volunteer) AND a.campaign_id = :campaign "
            f"AND a.result_code_id IN ({marks}) AND a.ended_at >= :since AND a.id <= :last "
            "GROUP BY a.volunteer_id, a.result_code_id",
            {
                "short": SHORT_CALL_SECONDS,
                "campaign": campaign,
                **{f"r{i}": rid for i, rid in enumerate(code_ids)},
                **window,
            },
        ):
            _, code, is_contact = codes[rid]
            tally = self._tallies[vid]
            tally.calls += calls
            tally.contacts += calls if is_contact else 0
            tally.short += short
            tally.results[code] += calls
            started = from_db(first)
            if tally.first_call is None or (started and started < tally.first_call):
                tally.first_call = started
            self._by_code[code] += calls

    def _load_zips(
        self, conn: Connection, campaign: int, contact_ids: list[int], window: dict[str, object]
    ) -> None:
        # Each ZIP this campaign ever called, found by skipping through the index
        # (one seek per ZIP; the last row, NULL, stands for calls without one),
        # then this shift's calls and contacts there (one index range each).
        marks = ", ".join(f":k{i}" for i in range(len(contact_ids)))
        first = "SELECT min(postal_area) FROM call_attempt INDEXED BY ix_call_attempt_room_zip "
        in_zip = (
            "FROM call_attempt a INDEXED BY ix_call_attempt_room_zip WHERE "
            "a.campaign_id = :campaign AND a.postal_area IS zip.v AND a.ended_at >= :since "
            "AND a.id <= :last"
        )
        found = rows(
            conn,
            f"WITH RECURSIVE zip(v) AS ({first} WHERE campaign_id = :campaign UNION ALL "
            f"SELECT ({first} WHERE campaign_id = :campaign AND postal_area > zip.v) "
            "FROM zip WHERE zip.v IS NOT NULL) "
            f"SELECT zip.v, (SELECT count(*) {in_zip}), "
            f"(SELECT count(*) {in_zip} AND a.result_code_id IN ({marks})) FROM zip",
            {"campaign": campaign, **{f"k{i}": k for i, k in enumerate(contact_ids)}, **window},
        )
        for zip5, calls, contacts in found:
            if calls:
                self._by_zip_calls[zip5 or "?"] += calls
                self._by_zip_contacts[zip5 or "?"] += contacts

    def _take_new_attempts(self, s) -> None:
        query = (
            select(
                CallAttempt.id,
                CallAttempt.volunteer_id,
                CallAttempt.duration_s,
                CallAttempt.ended_at,
                ResultCode.code,
                ResultCode.counts_as_contact,
                CallAttempt.postal_area,
                ResultCode.label,
            )
            .join(ResultCode, ResultCode.id == CallAttempt.result_code_id)
            .where(CallAttempt.id > self._last_attempt_id, CallAttempt.created_at >= self.since)
            .order_by(CallAttempt.id)
        )
        if self.campaign_id is not None:
            query = query.where(CallAttempt.campaign_id == self.campaign_id)
        for aid, vid, duration, ended, code, is_contact, zip5, label in s.execute(query):
            self._last_attempt_id = aid
            self._labels[code] = Localized.of(label, code)
            tally = self._tallies[vid]
            tally.calls += 1
            tally.contacts += bool(is_contact)
            tally.short += duration < SHORT_CALL_SECONDS
            tally.results[code] += 1
            if tally.first_call is None or ended < tally.first_call:
                tally.first_call = ended
            self._by_code[code] += 1
            zip5 = zip5 or "?"
            self._by_zip_calls[zip5] += 1
            self._by_zip_contacts[zip5] += bool(is_contact)
            minute = ended.replace(second=0, microsecond=0)
            if self._minutes and self._minutes[-1][0] == minute:
                m, c, k = self._minutes[-1]
                self._minutes[-1] = (m, c + 1, k + bool(is_contact))
            else:
                self._minutes.append((minute, 1, int(bool(is_contact))))

    def _list_progress(self, s) -> list[ListProgressRow]:
        query = (
            select(CallList.id, CallList.name, Campaign.name, ListProgress.status, ListProgress.n)
            .join(Campaign, Campaign.id == CallList.campaign_id)
            .join(ListProgress, ListProgress.list_id == CallList.id)
            .where(Campaign.is_active.is_(True))
            .order_by(Campaign.name, CallList.name)
        )
        if self.campaign_id is not None:
            query = query.where(Campaign.id == self.campaign_id)
        rows: dict[int, ListProgressRow] = {}
        for list_id, list_name, campaign, status, n in s.execute(query):
            row = rows.setdefault(list_id, ListProgressRow(list_id, list_name, campaign, {}))
            row.counts[status] = n
        return list(rows.values())

    def _pace(
        self, vid: int, who: tuple[str, str | None], signed_in: bool, now: datetime
    ) -> VolunteerPace:
        tally = self._tallies.get(vid, _Tally())
        start = tally.first_call or now
        hours = max((now - start).total_seconds() / 3600, 0.25)  # no wild pace at minute one
        return VolunteerPace(
            volunteer_id=vid,
            name=who[0],
            station=who[1],
            signed_in=signed_in,
            calls=tally.calls,
            contacts=tally.contacts,
            short_calls=tally.short,
            calls_per_hour=tally.calls / hours if tally.calls else 0.0,
        )


def quality_flags(
    volunteers: list[VolunteerPace],
    tallies: dict[int, _Tally],
    labels: dict[str, Localized] | None = None,
) -> list[QualityFlag]:
    """Patterns that suggest calls were not really made, or were logged carelessly.

    A result is named by its label as the campaign gives it (``labels``), not by its code.
    """
    labels = labels or {}
    rated = {v.volunteer_id: v.contact_rate for v in volunteers if v.calls >= MIN_CALLS_FOR_RATE}
    flags: list[QualityFlag] = []
    for v in volunteers:
        tally = tallies.get(v.volunteer_id)
        if tally is None or not v.calls:
            continue
        # The room's normal is everyone else's median, so one outlier cannot set it.
        others = [rate for vid, rate in rated.items() if vid != v.volunteer_id]
        room_rate = statistics.median(others) if others else None
        if v.calls >= MIN_CALLS_FOR_RATE:
            rate = v.contact_rate
            high = max(HIGH_CONTACT_RATE, 2 * room_rate) if room_rate else HIGH_CONTACT_RATE
            if rate > high:
                flags.append(
                    QualityFlag(
                        v.volunteer_id,
                        v.name,
                        "contact_rate_high",
                        _rate_message(rate, v.calls, room_rate or 0),
                    )
                )
            elif rate < LOW_CONTACT_RATE and (room_rate or 0) >= 0.1:
                flags.append(
                    QualityFlag(
                        v.volunteer_id,
                        v.name,
                        "contact_rate_low",
                        _rate_message(rate, v.calls, room_rate),
                    )
                )
        if v.calls >= 5 and tally.short / v.calls >= SHORT_CALL_SHARE:
            flags.append(
                QualityFlag(
                    v.volunteer_id,
                    v.name,
                    "short_calls",
                    msg(
                        "room.short_calls",
                        short=tally.short,
                        calls=v.calls,
                        seconds=SHORT_CALL_SECONDS,
                    ),
                )
            )
        if v.calls >= SAME_RESULT_MIN_CALLS and len(tally.results) == 1:
            [code] = tally.results
            flags.append(
                QualityFlag(
                    v.volunteer_id,
                    v.name,
                    "same_result",
                    msg(
                        "room.same_result",
                        calls=v.calls,
                        code=labels.get(code) or Localized((), code),
                    ),
                )
            )
    return flags


def _rate_message(rate: float, calls: int, room_rate: float) -> Message:
    return msg(
        "room.contact_rate", rate=round(rate * 100), calls=calls, room=round(room_rate * 100)
    )


@dataclass(frozen=True)
class FlaggedCall:
    attempt_id: int
    op_id: str
    ended_at: datetime
    duration_s: int
    result_code: str
    notes: str


def calls_behind(
    store: Store, flag: QualityFlag, since: datetime, limit: int = 200
) -> list[FlaggedCall]:
    """The calls a flag is about: for short calls the short ones, else all of them."""
    query = (
        select(
            CallAttempt.id,
            CallAttempt.op_id,
            CallAttempt.ended_at,
            CallAttempt.duration_s,
            ResultCode.code,
            CallAttempt.notes,
        )
        .join(ResultCode, ResultCode.id == CallAttempt.result_code_id)
        .where(CallAttempt.volunteer_id == flag.volunteer_id, CallAttempt.created_at >= since)
        .order_by(CallAttempt.ended_at.desc())
        .limit(limit)
    )
    if flag.kind == "short_calls":
        query = query.where(CallAttempt.duration_s < SHORT_CALL_SECONDS)
    with store.read() as s:
        return [FlaggedCall(*row) for row in s.execute(query)]
