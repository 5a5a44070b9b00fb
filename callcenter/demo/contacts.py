"""The bulk of a demo store: households, contacts, phones, list entries and prior calls.

This is the hot path of ``generate_demo``: a million contacts must cost little
more than inserting their rows, so rows are plain tuples in column order (for
``executemany``), values are drawn with ``random.Random`` from pools made once,
and timestamps are formatted the way SQLAlchemy stores them in SQLite.
Everything comes from one seeded generator, so a seed always makes the same
store.
"""

from __future__ import annotations

import random
import time
from bisect import bisect_left
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from callcenter.demo.campaigns import MAX_ATTEMPTS_PER_PHONE, RECONTACT_MINUTES, CodePlan, ListPlan
from callcenter.demo.pools import (
    EMAIL_DOMAINS,
    PRONUNCIATIONS,
    NamePools,
    PhoneBook,
    ZipArea,
    email_local_part,
)
from callcenter.demo.scripts import NOTES, TEXT_ANSWERS
from callcenter.demo.ulids import MonotonicUlids, encode_ulid
from callcenter.services.calling_groups import group_key
from callcenter.services.calling_hours import DEFAULT_WINDOW, next_callable_at
from callcenter.services.time_zones import resolve_time_zones

# Rows are inserted in this order so every foreign key points at a row already there.
COLUMNS: dict[str, tuple[str, ...]] = {
    "calling_group": ("id", "zones", "rule_states"),
    "household": ("id", "uid", "label"),
    "contact": (
        "id", "uid", "household_id", "first_name", "last_name", "pronunciation",
        "birth_year", "language", "email", "street", "city", "state", "postal_code",
        "country", "time_zone", "polling_place", "attributes", "do_not_call",
        "opted_out_email", "created_at", "updated_at",
    ),
    "phone": (
        "id", "contact_id", "number_e164", "kind", "position", "is_bad", "do_not_call",
        "attempts",
    ),
    "call_list_entry": (
        "id", "list_id", "contact_id", "status", "priority", "queue_seq", "available_at",
        "attempts", "skips", "callback_at", "last_result_code_id", "last_attempt_at",
        "closed_reason", "crm_member_status", "calling_group_id",
    ),
    "call_attempt": (
        "id", "op_id", "volunteer_id", "station_id", "campaign_id", "entry_id", "contact_id",
        "phone_id", "result_code_id", "started_at", "ended_at", "duration_s", "notes",
        "callback_at", "created_at", "postal_area",
    ),
    "survey_response": (
        "id", "op_id", "attempt_id", "contact_id", "question_id", "answer_id", "text_value",
        "created_at",
    ),
}  # fmt: skip

# Shares of people, households and flags; see DESIGN.md's core model.
GERMAN_SHARE, FRENCH_SHARE = 0.08, 0.05
# Units (a household or a person alone) with 2-4 members; with an average of
# about 2.6 members this puts ~30% of contacts in a shared household.
SHARED_HOUSEHOLD_UNITS = 0.14
CONTACT_DNC, PHONE_DNC, PHONE_BAD = 0.02, 0.01, 0.01
EMAIL_SHARE, EMAIL_OPT_OUT = 0.4, 0.03
PRIOR_CALLS = 0.10
SURVEYED = 0.8
NOTED = 0.45
LOCAL_CALL_HOURS = (10 * 60, 19 * 60 + 45)  # first and last start, local minutes
_EPOCH_FORMAT = "%Y-%m-%d %H:%M:%S.000000"  # SQLAlchemy's SQLite DATETIME text
_RANDOM_BITS = 80


def insert_sql(table: str) -> str:
    columns = COLUMNS[table]
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def format_epoch(epoch: int) -> str:
    """Seconds since the epoch as the UTC text SQLAlchemy stores for a DateTime."""
    return time.strftime(_EPOCH_FORMAT, time.gmtime(epoch))


class _Phone:
    __slots__ = ("attempts", "bad", "dnc", "id", "kind", "number")

    def __init__(self, pid: int, number: str, kind: str, bad: bool, dnc: bool) -> None:
        self.id, self.number, self.kind, self.bad, self.dnc = pid, number, kind, bad, dnc
        self.attempts = 0

    def callable(self) -> bool:
        return not (self.bad or self.dnc) and self.attempts < MAX_ATTEMPTS_PER_PHONE


class _Entry:
    __slots__ = (
        "attempts", "available_at", "callback_at", "closed", "crm_status", "id", "last_at",
        "last_code", "plan", "priority", "queue_seq", "status",
    )  # fmt: skip

    def __init__(self, eid: int, plan: ListPlan, priority: int) -> None:
        self.id, self.plan, self.priority = eid, plan, priority
        self.queue_seq = plan.next_queue_seq
        plan.next_queue_seq += 1
        self.status = "pending"
        self.attempts = 0
        self.available_at: str | None = None
        self.callback_at: str | None = None
        self.last_code: int | None = None
        self.last_at: str | None = None
        self.closed: str | None = None
        self.crm_status: str | None = None

    def close(self, reason: str) -> None:
        self.status, self.closed, self.callback_at = "done", reason, None

    def row(self, contact_id: int, group_id: int) -> tuple[object, ...]:
        return (
            self.id, self.plan.list_id, contact_id, self.status, self.priority, self.queue_seq,
            self.available_at, self.attempts, 0, self.callback_at, self.last_code, self.last_at,
            self.closed, self.crm_status, group_id,
        )  # fmt: skip


class _Group:
    """A calling group as the generator needs it: its id, zones and state rules."""

    __slots__ = ("id", "states", "zones")

    def __init__(self, gid: int, zones: tuple[str, ...], states: tuple[str, ...]) -> None:
        self.id, self.zones, self.states = gid, zones, states


class ContactGenerator:
    """Makes contacts in chunks; each chunk is a dict of table -> rows to insert."""

    def __init__(
        self,
        seed: int,
        now: datetime,
        plans: list[ListPlan],
        station_ids: tuple[int, ...],
        names: NamePools,
        areas: list[ZipArea],
        area_weights: list[float],
    ) -> None:
        self.rng = random.Random(f"contacts-{seed}")
        self.plans = plans
        self.station_ids = station_ids
        self.names = names
        self.areas = areas
        self.area_weights = area_weights
        self.phones = PhoneBook(seed)
        imported = now - timedelta(days=30)
        self.contact_uids = MonotonicUlids(imported, self.rng)
        self.household_uids = MonotonicUlids(imported, self.rng)
        self.imported_at = format_epoch(int(imported.timestamp()))
        self.now_epoch = int(now.timestamp())
        self.this_year = now.year
        # Local noon for today and the 15 days before, per time zone: calls happen in
        # daytime, and noon is far enough from 2 a.m. that DST changes cannot matter.
        self.noons = {tz: _local_noons(now, tz, 16) for tz in {a.time_zone for a in areas}}
        self.email_names: dict[str, str] = {}
        self.next_ids = {table: 1 for table in COLUMNS}
        # Calling groups by key, and by (ZIP, area codes of the contact's numbers).
        self.groups: dict[tuple[str, str], _Group] = {}
        self.area_groups: dict[tuple[str, tuple[str, ...]], _Group] = {}

    def _take_id(self, table: str) -> int:
        value = self.next_ids[table]
        self.next_ids[table] = value + 1
        return value

    # --- one chunk ------------------------------------------------------------------

    def chunk(self, contacts: int) -> dict[str, list[tuple[object, ...]]]:
        """At least ``contacts`` contacts (a household is never split) and their rows."""
        rows: dict[str, list[tuple[object, ...]]] = {table: [] for table in COLUMNS}
        made = 0
        while made < contacts:
            made += self._unit(rows, contacts - made)
        return rows

    def _unit(self, rows: dict[str, list[tuple[object, ...]]], room: int) -> int:
        """One household (or a person living alone); returns how many contacts it made."""
        rng, r = self.rng, self.rng.random
        lang = _language(r())
        firsts, lasts = self.names.first[lang], self.names.last[lang]
        area = self.areas[bisect_left(self.area_weights, r() * self.area_weights[-1])]
        size = 1
        if r() < SHARED_HOUSEHOLD_UNITS:
            size_roll = r()
            size = min(room, 2 if size_roll < 0.55 else 3 if size_roll < 0.8 else 4)
        family = lasts[int(r() * len(lasts))]
        streets = self.names.streets
        street = f"{rng.randrange(100, 9900)} {streets[int(r() * len(streets))]}"
        if r() < 0.12:
            street += f" Apt {rng.randrange(1, 30)}{'ABCD'[int(r() * 4)]}"
        household_id = None
        if size > 1:
            household_id = self._take_id("household")
            label = f"{family} household"
            rows["household"].append((household_id, self.household_uids.one(), label))
        home: tuple[str, bool, bool] | None = None
        if size > 1 or r() < 0.35:
            home = (self._number(area), r() < PHONE_BAD, r() < PHONE_DNC)

        for member in range(size):
            first = firsts[int(r() * len(firsts))]
            last = family if member == 0 or r() < 0.85 else lasts[int(r() * len(lasts))]
            contact_id = self._take_id("contact")
            phones = self._phones(area, home, alone=size == 1)
            entries = [
                _Entry(self._take_id("call_list_entry"), plan, _priority(r()))
                for plan in self.plans
                if plan.share >= 1.0 or r() < plan.share
            ]
            group = self._group(rows, area, phones)
            dnc_at = None
            contact_dnc = r() < CONTACT_DNC
            if not contact_dnc and any(p.callable() for p in phones):
                dnc_at = self._prior_calls(rows, contact_id, lang, area, phones, entries, group)
                contact_dnc = dnc_at is not None
            callable_left = any(p.callable() for p in phones)
            for entry in entries:
                if entry.status != "done" and (contact_dnc or not callable_left):
                    entry.close("do_not_call" if contact_dnc else "no_callable_phone")
                rows["call_list_entry"].append(entry.row(contact_id, group.id))
            email, opted_out = self._email(first, last)
            pronunciation = None
            if lang != "en":
                hint_first, hint_last = PRONUNCIATIONS.get(first), PRONUNCIATIONS.get(last)
                if hint_first or hint_last:
                    pronunciation = f"{hint_first or first} {hint_last or last}"
            age = int(rng.triangular(18, 95, 42))
            rows["contact"].append(
                (
                    contact_id, self.contact_uids.one(), household_id, first, last,
                    pronunciation, self.this_year - age, lang, email, street, area.city,
                    area.state, area.zip_code, "US", area.time_zone, area.polling_place,
                    f'{{"support_score": {int(r() * 100)}}}', contact_dnc, opted_out,
                    self.imported_at, dnc_at or self.imported_at,
                ),
            )  # fmt: skip
            rows["phone"].extend(
                (p.id, contact_id, p.number, p.kind, position, p.bad, p.dnc, p.attempts)
                for position, p in enumerate(phones)
            )
        return size

    def _group(
        self, rows: dict[str, list[tuple[object, ...]]], area: ZipArea, phones: list[_Phone]
    ) -> _Group:
        """The contact's calling group, resolved as an import would (cached per area)."""
        codes = tuple(sorted({p.number[:5] for p in phones}))  # "+1" and the area code
        group = self.area_groups.get((area.zip_code, codes))
        if group is None:
            found = resolve_time_zones(
                country="US",
                postal_code=area.zip_code,
                state=area.state,
                phones_e164=tuple(p.number for p in phones),
            )
            key = group_key(found, area.state)
            group = self.groups.get(key)
            if group is None:
                gid = self._take_id("calling_group")
                group = self.groups[key] = _Group(gid, tuple(key[0].split()), tuple(key[1].split()))
                rows["calling_group"].append((gid, *key))
            self.area_groups[(area.zip_code, codes)] = group
        return group

    def _number(self, area: ZipArea) -> str:
        codes = area.area_codes
        return self.phones.number(codes[int(self.rng.random() * len(codes))])

    def _phones(
        self, area: ZipArea, home: tuple[str, bool, bool] | None, alone: bool
    ) -> list[_Phone]:
        """Mobile first when there is one; a shared household has one home number."""
        r = self.rng.random
        phones = []
        if home is None or r() < (0.85 if alone else 0.75):
            phones.append(self._own_phone(area, "mobile"))
        if home is not None:
            phones.append(_Phone(self._take_id("phone"), home[0], "home", home[1], home[2]))
        if alone and r() < 0.04:
            phones.append(self._own_phone(area, "work"))
        return phones

    def _own_phone(self, area: ZipArea, kind: str) -> _Phone:
        r = self.rng.random
        number = self._number(area)
        return _Phone(self._take_id("phone"), number, kind, r() < PHONE_BAD, r() < PHONE_DNC)

    def _email(self, first: str, last: str) -> tuple[str | None, bool]:
        r = self.rng.random
        if r() >= EMAIL_SHARE:
            return None, False
        names = self.email_names
        local_first = names.get(first) or names.setdefault(first, email_local_part(first))
        local_last = names.get(last) or names.setdefault(last, email_local_part(last))
        style = r()
        if style < 0.5:
            local = f"{local_first}.{local_last}"
        elif style < 0.8:
            local = f"{local_first}{local_last}{self.rng.randrange(1, 100)}"
        else:
            local = f"{local_first[:1]}{local_last}"
        return f"{local}@{EMAIL_DOMAINS[int(r() * 3)]}", r() < EMAIL_OPT_OUT

    # --- calls already made --------------------------------------------------------------

    def _prior_calls(
        self,
        rows: dict[str, list[tuple[object, ...]]],
        contact_id: int,
        lang: str,
        area: ZipArea,
        phones: list[_Phone],
        entries: list[_Entry],
        group: _Group,
    ) -> str | None:
        """Calls made in the last two weeks, applied as ``record_outcome`` would.

        Returns when the contact asked not to be called again, if they did.
        """
        r = self.rng.random
        planned = [(e, self._call_times(area.time_zone)) for e in entries if r() < PRIOR_CALLS]
        if not planned:
            return None
        # A do-not-call can only be the contact's last call: nobody calls them after it.
        latest = max(times[-1] for _, times in planned)
        dnc_at = None
        for entry, times in planned:
            plan = entry.plan
            for n, started in enumerate(times):
                phone = next((p for p in phones if p.callable()), None)
                if phone is None or entry.status == "done" or dnc_at is not None:
                    break
                code = plan.pick_code(self.rng, last=n == len(times) - 1)
                if code.spec.is_do_not_call and started != latest:
                    code = plan.refusal
                ended_at = self._record_call(
                    rows, contact_id, area.zip_code[:5], lang, phone, entry, code, started, group
                )
                if code.spec.is_do_not_call:
                    dnc_at = ended_at
        return dnc_at

    def _call_times(self, tz: str) -> list[int]:
        """One or two call start times, in the local afternoon of the last 14 days."""
        rng = self.rng
        if rng.random() < 0.7:
            days = [rng.randrange(0, 14)]
        else:
            first_day = rng.randrange(2, 15)
            days = [first_day, rng.randrange(0, first_day)]
        noons = self.noons[tz]
        latest = self.now_epoch - 15 * 60
        starts = []
        for day in days:
            offset = (rng.randrange(*LOCAL_CALL_HOURS) - 12 * 60) * 60 + rng.randrange(60)
            started = noons[day] + offset
            if started > latest:  # later today: it has not happened yet, so the day before
                started = noons[day + 1] + offset
            starts.append(started)
        return starts

    def _record_call(
        self,
        rows: dict[str, list[tuple[object, ...]]],
        contact_id: int,
        postal_area: str,
        lang: str,
        phone: _Phone,
        entry: _Entry,
        code: CodePlan,
        started: int,
        group: _Group,
    ) -> str:
        """One prior call: its attempt row, survey answers and the entry's new state."""
        rng, r, spec, plan = self.rng, self.rng.random, code.spec, entry.plan
        duration = rng.randrange(*spec.seconds)
        ended = started + duration
        recorded = ended + rng.randrange(2, 30)
        ended_at, recorded_at = format_epoch(ended), format_epoch(recorded)
        op_id = encode_ulid((recorded * 1000 << _RANDOM_BITS) | rng.getrandbits(_RANDOM_BITS))
        callback_at = None
        if spec.schedules_callback:
            asked = self.now_epoch + rng.randrange(15, 72 * 60) * 60
            callback_at = format_epoch(self._inside_hours(asked, group))
        notes = ""
        if r() < NOTED:
            choices = NOTES[spec.code][lang]
            notes = choices[int(r() * len(choices))]
        attempt_id = self._take_id("call_attempt")
        callers = plan.callers
        stations = self.station_ids
        at_home = r() >= 0.75 or not stations  # the rest called from the room
        station = None if at_home else stations[int(r() * len(stations))]
        rows["call_attempt"].append(
            (
                attempt_id, op_id, callers[int(r() * len(callers))], station, plan.campaign_id,
                entry.id, contact_id, phone.id, code.id, format_epoch(started), ended_at,
                duration, notes, callback_at, recorded_at, postal_area,
            ),
        )  # fmt: skip
        if spec.code in plan.survey_starts and r() < SURVEYED:
            self._survey(rows, plan, spec.code, attempt_id, contact_id, lang, recorded)

        phone.attempts += 1
        if spec.is_wrong_number:
            phone.bad = True
        entry.attempts += 1
        entry.last_code, entry.last_at, entry.crm_status = code.id, ended_at, spec.crm_value
        if spec.is_do_not_call:
            entry.close("do_not_call")
        elif spec.is_terminal:
            entry.close("result")
        elif spec.schedules_callback:
            entry.status, entry.callback_at = "callback", callback_at
        elif spec.is_wrong_number:
            entry.available_at = None
        else:
            entry.available_at = format_epoch(recorded + RECONTACT_MINUTES * 60)
        return recorded_at

    def _inside_hours(self, epoch: int, group: _Group) -> int:
        """A callback time moved into the contact's calling hours (the app refuses others).

        Moved forward to the next opening, or to the first one after now when that
        would be more than three days out; no random draw, so seeds stay stable.
        """
        asked = datetime.fromtimestamp(epoch, UTC)
        moved = next_callable_at(group.zones, group.states, DEFAULT_WINDOW, asked)
        if moved is None or moved.timestamp() > self.now_epoch + 72 * 3600:
            soonest = datetime.fromtimestamp(self.now_epoch + 15 * 60, UTC)
            moved = next_callable_at(group.zones, group.states, DEFAULT_WINDOW, soonest)
        return int(moved.timestamp()) if moved is not None else epoch

    def _survey(
        self,
        rows: dict[str, list[tuple[object, ...]]],
        plan: ListPlan,
        code: str,
        attempt_id: int,
        contact_id: int,
        lang: str,
        recorded: int,
    ) -> None:
        """Answers along one branch of the script, starting where the result implies."""
        rng = self.rng
        question_key: str | None
        question_key, weights = plan.survey_starts[code]
        answer_key: str | None = rng.choices(list(weights), weights=list(weights.values()))[0]
        recorded_at = format_epoch(recorded)
        while question_key is not None:
            question = plan.questions[question_key]
            if answer_key is None:
                answer_key = rng.choice(list(question.answers))
            answer = question.answers[answer_key]
            text = None
            if question.allows_text and answer_key == "other":
                text = rng.choice(TEXT_ANSWERS[lang])
            op_id = encode_ulid((recorded * 1000 << _RANDOM_BITS) | rng.getrandbits(_RANDOM_BITS))
            rows["survey_response"].append(
                (
                    self._take_id("survey_response"), op_id, attempt_id, contact_id,
                    question.id, answer.id, text, recorded_at,
                ),
            )  # fmt: skip
            question_key, answer_key = answer.next_question, None


def _language(roll: float) -> str:
    if roll < GERMAN_SHARE:
        return "de"
    return "fr" if roll < GERMAN_SHARE + FRENCH_SHARE else "en"


def _priority(roll: float) -> int:
    """Mostly 0; a few contacts the campaign wants reached first."""
    return 2 if roll < 0.01 else 1 if roll < 0.06 else 0


def _local_noons(now: datetime, tz: str, days: int) -> list[int]:
    zone = ZoneInfo(tz)
    today = now.astimezone(zone).date()
    noons = []
    for back in range(days):
        day = today - timedelta(days=back)
        noons.append(int(datetime(day.year, day.month, day.day, 12, tzinfo=zone).timestamp()))
    return noons
