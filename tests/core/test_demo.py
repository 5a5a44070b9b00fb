"""The demo generator: reproducible, realistic, consistent with the call services."""

from __future__ import annotations

import random
import re
import shutil
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import phonenumbers
import pytest
import zipcodes
from sqlalchemy import func, select
from ulid import ULID

from callcenter.db import Store, open_store
from callcenter.demo import (
    DemoInfo,
    DemoStoreNotEmptyError,
    demo_credentials,
    demo_seed,
    generate_demo,
)
from callcenter.demo.scripts import NOTES
from callcenter.demo.ulids import MonotonicUlids, encode_ulid, random_ulids
from callcenter.errors import InvalidInputError, SignInRefused, UserError
from callcenter.models import CallAttempt, Contact, ResultCode
from callcenter.security import CODE_ALPHABET, CODE_LENGTH
from callcenter.services.auth import sign_in

NOW = datetime(2026, 3, 10, 21, 30, tzinfo=UTC)
SEED = 7
CONTACTS = 1500
MERGE_FIELDS = {"{first_name}", "{volunteer_name}", "{campaign}", "{polling_place}"}


@pytest.fixture(scope="module")
def demo_file(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One generated demo store per module; tests read copies of it."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(template_db, path)
    store = open_store(path)
    try:
        generate_demo(store, contacts=CONTACTS, seed=SEED, now=NOW)
    finally:
        store.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_file, path)
    store = open_store(path)
    yield store
    store.close()


@pytest.fixture
def db(demo_file: Path) -> Iterator[sqlite3.Connection]:
    """The generated rows as SQLite has them (read-only)."""
    conn = sqlite3.connect(f"file:{demo_file}?mode=ro", uri=True)
    yield conn
    conn.close()


def rows(db: sqlite3.Connection, sql: str, *params: object) -> list[tuple]:
    return db.execute(sql, params).fetchall()


def one(db: sqlite3.Connection, sql: str, *params: object) -> object:
    return db.execute(sql, params).fetchone()[0]


def dump(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        conn.close()


# --- reproducible ---------------------------------------------------------------------


def test_same_seed_and_time_make_the_same_store(
    store: Store, template_db: Path, tmp_path: Path
) -> None:
    other_path = tmp_path / "other.db"
    shutil.copyfile(template_db, other_path)
    other = open_store(other_path)
    try:
        generate_demo(store, contacts=400, seed=3, now=NOW)
        generate_demo(other, contacts=400, seed=3, now=NOW)
    finally:
        other.close()
    store.close()
    first, second = dump(store.path), dump(other_path)
    assert first["contact"] and first["call_attempt"] and first["volunteer"]
    assert first == second


def test_another_seed_makes_other_people(store: Store, template_db: Path, tmp_path: Path) -> None:
    other_path = tmp_path / "other.db"
    shutil.copyfile(template_db, other_path)
    other = open_store(other_path)
    try:
        generate_demo(store, contacts=200, seed=1, now=NOW)
        generate_demo(other, contacts=200, seed=2, now=NOW)
    finally:
        other.close()
    store.close()
    names = []
    for path in (store.path, other_path):
        conn = sqlite3.connect(path)
        names.append(conn.execute("SELECT first_name, last_name FROM contact").fetchall())
        conn.close()
    assert names[0] != names[1]
    assert demo_credentials(1) != demo_credentials(2)
    assert demo_credentials(1) == demo_credentials(1)


# --- what a demo store holds ---------------------------------------------------------------


def test_counts_lists_and_settings(demo: Store, db: sqlite3.Connection) -> None:
    assert one(db, "SELECT count(*) FROM contact") == CONTACTS
    assert one(db, "SELECT count(*) FROM campaign") == 2
    lists = rows(db, "SELECT id, next_queue_seq FROM call_list ORDER BY id")
    assert len(lists) == 2
    for list_id, next_seq in lists:
        sql = "SELECT queue_seq FROM call_list_entry WHERE list_id=?"
        seqs = [seq for (seq,) in rows(db, sql, list_id)]
        assert sorted(seqs) == list(range(1, len(seqs) + 1))
        assert next_seq == len(seqs) + 1
    gotv, second = (n for (_, n) in lists)
    assert gotv - 1 == CONTACTS
    assert 0.3 * CONTACTS < second - 1 < 0.5 * CONTACTS
    priorities = Counter(p for (p,) in rows(db, "SELECT priority FROM call_list_entry"))
    assert priorities[0] > 0.85 * sum(priorities.values())
    assert priorities[1] + priorities[2] > 0
    for campaign_id in (1, 2):
        sql = (
            "SELECT hotkey, crm_value, label FROM result_code WHERE campaign_id=? ORDER BY position"
        )
        codes = rows(db, sql, campaign_id)
        assert [h for h, _, _ in codes] == [str(n) for n in range(1, 10)]
        assert all(crm for _, crm, _ in codes)
        assert all('"de"' in label and '"fr"' in label for _, _, label in codes)
    assert 35 <= one(db, "SELECT count(*) FROM volunteer") <= 45
    assert one(db, "SELECT count(*) FROM station") >= 10
    assert one(db, "SELECT count(*) FROM shift") >= 1
    settings = dict(rows(db, "SELECT key, value FROM setting"))
    assert settings["demo.seed"] == str(SEED)
    assert settings["demo.contacts"] == str(CONTACTS)
    assert demo_seed(demo) == SEED


def test_a_store_with_real_data_has_no_demo_seed(store: Store) -> None:
    assert demo_seed(store) is None


def test_result_codes_behave_as_their_names_say(db: sqlite3.Connection) -> None:
    flags = {
        code: rest
        for code, *rest in rows(
            db,
            "SELECT code, counts_as_contact, is_terminal, is_wrong_number, is_do_not_call, "
            "schedules_callback FROM result_code WHERE campaign_id = 1",
        )
    }
    assert flags["CONTACTED"] == [1, 1, 0, 0, 0]
    assert flags["NO_ANSWER"] == [0, 0, 0, 0, 0]
    assert flags["CALL_BACK"][4] == 1 and flags["CALL_BACK"][1] == 0
    assert flags["WRONG_NUMBER"][2] == 1
    assert flags["DO_NOT_CALL"][1:4] == [1, 0, 1]
    assert flags["REFUSED"][:2] == [1, 1]
    assert flags["MOVED"][:2] == [0, 1]


def test_volunteers_in_every_status_and_role(db: sqlite3.Connection) -> None:
    volunteers = rows(db, "SELECT role, status, code, pin_hash, languages FROM volunteer")
    assert {s for _, s, _, _, _ in volunteers} == {"pending", "active", "suspended", "deactivated"}
    assert {r for r, _, _, _, _ in volunteers} == {"volunteer", "shift_lead", "admin"}
    for _, status, code, pin_hash, languages in volunteers:
        assert languages.startswith("[")
        if status == "pending":
            assert code is None and pin_hash is None
        else:
            assert len(code) == CODE_LENGTH and set(code) <= set(CODE_ALPHABET)
            assert pin_hash.startswith("$argon2id$")
    assert one(db, "SELECT count(*) FROM volunteer_campaign") > 40


def test_credentials_sign_in_or_are_refused(demo: Store) -> None:
    credentials = demo_credentials(SEED)
    by_status = Counter((c.status, c.role) for c in credentials)
    for wanted in (("active", "volunteer"), ("active", "shift_lead"), ("active", "admin")):
        assert by_status[wanted] >= 1
    assert {c.status for c in credentials} >= {"suspended", "deactivated"}
    for credential in credentials:
        if credential.status == "active":
            signed_in = sign_in(demo, credential.code, credential.pin)
            assert signed_in.role == credential.role
            assert signed_in.display_name == credential.name
        else:
            with pytest.raises(SignInRefused, match=credential.status):
                sign_in(demo, credential.code, credential.pin)


def test_generate_reports_what_it_made(store: Store) -> None:
    info = generate_demo(store, contacts=120, seed=SEED, now=NOW)
    assert isinstance(info, DemoInfo)
    assert (info.contacts, info.campaigns) == (120, 2)
    assert list(info.credentials) == demo_credentials(SEED)
    assert info.seconds > 0


# --- people, phones, households ---------------------------------------------------------------


def test_dnc_and_uncallable_contacts_have_no_open_entries(db: sqlite3.Connection) -> None:
    dnc = one(db, "SELECT count(*) FROM contact WHERE do_not_call")
    assert 0.01 * CONTACTS < dnc < 0.05 * CONTACTS
    open_for_dnc = rows(
        db,
        "SELECT e.status, e.closed_reason FROM call_list_entry e "
        "JOIN contact c ON c.id = e.contact_id WHERE c.do_not_call",
    )
    assert open_for_dnc and set(open_for_dnc) == {("done", "do_not_call")}
    # No open entry for a contact without a number that may be called (the same
    # rule as the call service: not bad, not do-not-call, under 2 tries).
    uncallable_open = one(
        db,
        "SELECT count(*) FROM call_list_entry e WHERE e.status != 'done' AND NOT EXISTS ("
        " SELECT 1 FROM phone p WHERE p.contact_id = e.contact_id AND NOT p.is_bad"
        " AND NOT p.do_not_call AND p.attempts < 2)",
    )
    assert uncallable_open == 0
    assert one(db, "SELECT count(*) FROM call_list_entry WHERE closed_reason='no_callable_phone'")
    phones = one(db, "SELECT count(*) FROM phone")
    assert 0.003 * phones < one(db, "SELECT count(*) FROM phone WHERE do_not_call") < 0.03 * phones
    assert 0.003 * phones < one(db, "SELECT count(*) FROM phone WHERE is_bad") < 0.05 * phones


def test_phone_numbers_are_valid_and_fit_the_zip(db: sqlite3.Connection) -> None:
    sample = random.Random(0).sample(
        rows(
            db,
            "SELECT p.number_e164, c.postal_code, c.city, c.state, c.time_zone "
            "FROM phone p JOIN contact c ON c.id = p.contact_id",
        ),
        200,
    )
    for number, postal_code, city, state, time_zone in sample:
        assert re.fullmatch(r"\+1\d{3}555\d{4}", number)
        parsed = phonenumbers.parse(number)
        assert phonenumbers.is_valid_number(parsed), number
        assert phonenumbers.region_code_for_number(parsed) == "US"
        (zip_info,) = zipcodes.matching(postal_code)
        assert zip_info["active"] and zip_info["zip_code_type"] == "STANDARD"
        assert number[2:5] in zip_info["area_codes"]
        assert (state, time_zone) == (zip_info["state"], zip_info["timezone"])
        assert city.lower() == zip_info["city"].lower()
    for (area_code,) in rows(db, "SELECT DISTINCT substr(number_e164, 3, 3) FROM phone"):
        parsed = phonenumbers.parse(f"+1{area_code}5550100")
        assert phonenumbers.region_code_for_number(parsed) == "US", area_code
    zones = {tz for (tz,) in rows(db, "SELECT DISTINCT time_zone FROM contact")}
    for needed in (
        "America/New_York",
        "America/Chicago",
        "America/Denver",
        "America/Phoenix",
        "America/Los_Angeles",
    ):
        assert needed in zones
    assert one(db, "SELECT count(DISTINCT postal_code) FROM contact") > 200


def test_households_share_their_home_number(db: sqlite3.Connection) -> None:
    members: dict[int, list[int]] = defaultdict(list)
    for household_id, contact_id in rows(
        db, "SELECT household_id, id FROM contact WHERE household_id IS NOT NULL"
    ):
        members[household_id].append(contact_id)
    assert 0.2 * CONTACTS < sum(map(len, members.values())) < 0.4 * CONTACTS
    assert {len(m) for m in members.values()} <= {2, 3, 4}
    for contact_ids in members.values():
        homes = {
            tuple(r)
            for r in rows(
                db,
                f"SELECT number_e164 FROM phone WHERE kind='home' AND contact_id IN "
                f"({','.join('?' * len(contact_ids))})",
                *contact_ids,
            )
        }
        assert len(homes) == 1
        addresses = rows(
            db,
            f"SELECT DISTINCT street, postal_code FROM contact WHERE id IN "
            f"({','.join('?' * len(contact_ids))})",
            *contact_ids,
        )
        assert len(addresses) == 1
    assert one(db, "SELECT count(*) FROM phone WHERE kind='mobile'") > 0.6 * CONTACTS


def test_german_and_french_speakers(db: sqlite3.Connection) -> None:
    languages = Counter(lang for (lang,) in rows(db, "SELECT language FROM contact"))
    assert 0.05 * CONTACTS < languages["de"] < 0.12 * CONTACTS
    assert 0.025 * CONTACTS < languages["fr"] < 0.08 * CONTACTS
    assert set(languages) == {"en", "de", "fr"}
    hints = rows(db, "SELECT language, pronunciation FROM contact WHERE pronunciation IS NOT NULL")
    assert {lang for lang, _ in hints} == {"de", "fr"}
    accented = "SELECT count(*) FROM contact WHERE first_name || last_name GLOB '*[üöäéèß]*'"
    assert one(db, accented)


def test_contacts_look_like_people(db: sqlite3.Connection) -> None:
    for first, last, birth_year, email, street, polling_place in rows(
        db, "SELECT first_name, last_name, birth_year, email, street, polling_place FROM contact"
    ):
        assert first and last
        assert NOW.year - 95 <= birth_year <= NOW.year - 18
        assert email is None or re.fullmatch(r"[a-z0-9.]+@example\.(com|net|org)", email)
        assert re.match(r"\d+ \S", street)
        assert ", " in polling_place
    emails = one(db, "SELECT count(*) FROM contact WHERE email IS NOT NULL")
    assert 0.25 * CONTACTS < emails < 0.55 * CONTACTS


def test_rows_load_through_the_models(demo: Store) -> None:
    """Bulk rows are written as raw tuples; the ORM must read them like its own."""
    with demo.read() as s:
        contact = s.scalar(select(Contact).order_by(Contact.id).limit(1))
        assert contact is not None
        assert contact.created_at.tzinfo is UTC
        assert contact.created_at == NOW.replace(microsecond=0) - timedelta(days=30)
        assert isinstance(contact.attributes, dict) and "support_score" in contact.attributes
        assert contact.do_not_call is False
        assert contact.phones and all(isinstance(p.is_bad, bool) for p in contact.phones)
        attempt = s.scalar(select(CallAttempt).limit(1))
        assert attempt is not None and attempt.result_code.code
        assert attempt.ended_at - attempt.started_at == timedelta(seconds=attempt.duration_s)


def test_uids_are_unique_time_ordered_ulids(db: sqlite3.Connection) -> None:
    for table, column in (
        ("contact", "uid"),
        ("household", "uid"),
        ("call_attempt", "op_id"),
        ("survey_response", "op_id"),
        ("volunteer", "uid"),
    ):
        values = [v for (v,) in rows(db, f"SELECT {column} FROM {table} ORDER BY id")]
        assert values and len(set(values)) == len(values)
        assert all(str(ULID.from_str(v)) == v for v in values)
    contact_uids = [v for (v,) in rows(db, "SELECT uid FROM contact ORDER BY id")]
    assert contact_uids == sorted(contact_uids)
    for op_id, created_at in rows(db, "SELECT op_id, created_at FROM call_attempt"):
        made = ULID.from_str(op_id).datetime
        assert made == datetime.fromisoformat(created_at).replace(tzinfo=UTC)


# --- calls already made ------------------------------------------------------------------------


def test_prior_calls_match_their_entries(db: sqlite3.Connection) -> None:
    entries = one(db, "SELECT count(*) FROM call_list_entry")
    with_calls = one(db, "SELECT count(*) FROM call_list_entry WHERE attempts > 0")
    assert 0.05 * entries < with_calls < 0.15 * entries
    stats = rows(
        db,
        "SELECT e.id, e.attempts, e.last_result_code_id, e.last_attempt_at, e.status, "
        " e.closed_reason, e.contact_id, count(a.id), max(a.ended_at) "
        "FROM call_list_entry e LEFT JOIN call_attempt a ON a.entry_id = e.id "
        "GROUP BY e.id HAVING e.attempts > 0 OR count(a.id) > 0",
    )
    terminal = {cid for (cid,) in rows(db, "SELECT id FROM result_code WHERE is_terminal")}
    for _eid, attempts, last_code, last_at, status, closed, _cid, n, latest in stats:
        assert attempts == n and last_at == latest
        assert attempts <= 2
        if last_code in terminal:
            assert status == "done" and closed in {"result", "do_not_call"}
    for eid, contact_id, last_code in rows(
        db, "SELECT id, contact_id, last_result_code_id FROM call_list_entry WHERE attempts > 0"
    ):
        (code_of_latest,) = rows(
            db,
            "SELECT result_code_id FROM call_attempt WHERE entry_id = ? ORDER BY ended_at DESC "
            "LIMIT 1",
            eid,
        )[0]
        assert code_of_latest == last_code
        assert (
            one(
                db,
                "SELECT count(*) FROM call_attempt WHERE entry_id=? AND contact_id!=?",
                eid,
                contact_id,
            )
            == 0
        )


def test_prior_calls_happened_in_the_last_two_weeks(db: sqlite3.Connection) -> None:
    notes = Counter()
    for started, ended, duration, notes_text, volunteer_status in rows(
        db,
        "SELECT a.started_at, a.ended_at, a.duration_s, a.notes, v.status FROM call_attempt a "
        "JOIN volunteer v ON v.id = a.volunteer_id",
    ):
        start = datetime.fromisoformat(started).replace(tzinfo=UTC)
        end = datetime.fromisoformat(ended).replace(tzinfo=UTC)
        assert NOW - timedelta(days=16) < start < end < NOW
        assert (end - start).total_seconds() == duration > 0
        assert volunteer_status != "pending"
        notes[bool(notes_text)] += 1
    assert notes[True] and notes[False]
    # A note is written in the contact's language.
    german = {note for by_language in NOTES.values() for note in by_language["de"]}
    german_notes = rows(
        db,
        "SELECT a.notes FROM call_attempt a JOIN contact c ON c.id = a.contact_id "
        "WHERE c.language = 'de' AND a.notes != ''",
    )
    assert german_notes and {n for (n,) in german_notes} <= german


def test_callbacks_are_due_soon(db: sqlite3.Connection) -> None:
    callbacks = rows(db, "SELECT callback_at FROM call_list_entry WHERE status = 'callback'")
    assert callbacks
    for (callback_at,) in callbacks:
        due = datetime.fromisoformat(callback_at).replace(tzinfo=UTC)
        assert NOW < due <= NOW + timedelta(days=3)
    assert (
        one(
            db,
            "SELECT count(*) FROM call_list_entry WHERE status != 'callback' "
            "AND callback_at IS NOT NULL",
        )
        == 0
    )


def test_survey_answers_follow_the_script(db: sqlite3.Connection) -> None:
    responses = rows(
        db,
        "SELECT r.attempt_id, r.contact_id, a.contact_id, q.script_id, c.script_id, "
        " ans.question_id, r.question_id, r.text_value, q.allows_text "
        "FROM survey_response r JOIN call_attempt a ON a.id = r.attempt_id "
        "JOIN script_question q ON q.id = r.question_id "
        "JOIN campaign c ON c.id = a.campaign_id "
        "JOIN script_answer ans ON ans.id = r.answer_id",
    )
    assert responses
    for _, r_contact, a_contact, q_script, c_script, ans_q, r_q, text, allows_text in responses:
        assert r_contact == a_contact and q_script == c_script and ans_q == r_q
        assert text is None or allows_text
    # Several answers to one call walk a branch: some calls answered more than one question.
    per_attempt = Counter(attempt for attempt, *_ in responses)
    assert max(per_attempt.values()) >= 2


# --- scripts ----------------------------------------------------------------------------------


def test_scripts_branch_in_three_languages_with_merge_fields(db: sqlite3.Connection) -> None:
    import json

    seen_fields: set[str] = set()
    for script_id, version, intro, closing in rows(
        db, "SELECT id, version, intro, closing FROM script"
    ):
        assert version == 1
        texts = [json.loads(intro), json.loads(closing)]
        questions = rows(
            db, "SELECT id, key, prompt FROM script_question WHERE script_id=?", script_id
        )
        keys = {key for _, key, _ in questions}
        branches = ends = 0
        for question_id, _, prompt in questions:
            texts.append(json.loads(prompt))
            for label, next_key, ends_script in rows(
                db,
                "SELECT label, next_question_key, ends_script FROM script_answer "
                "WHERE question_id=?",
                question_id,
            ):
                texts.append(json.loads(label))
                assert (next_key is None) == bool(ends_script)
                if next_key is not None:
                    assert next_key in keys
                    branches += 1
                else:
                    ends += 1
        assert branches >= 2 and ends >= 2
        for text in texts:
            assert set(text) == {"en", "de", "fr"}
            fields = {lang: set(re.findall(r"\{\w+\}", t)) for lang, t in text.items()}
            assert fields["de"] == fields["en"] == fields["fr"]
            seen_fields |= fields["en"]
    assert seen_fields >= MERGE_FIELDS


def test_a_trainer_can_call_right_away(demo: Store) -> None:
    """The call services accept the demo as it is: lease, card, record, next."""
    from callcenter.services.calls import Outcome, lease_next_contact, record_outcome

    volunteer = next(c for c in demo_credentials(SEED) if c.role == "volunteer")
    signed_in = sign_in(demo, volunteer.code, volunteer.pin)
    with demo.read() as s:
        no_answer = s.scalar(
            select(ResultCode.id).where(ResultCode.campaign_id == 1, ResultCode.code == "NO_ANSWER")
        )
    for _ in range(3):
        lease = lease_next_contact(demo, signed_in.volunteer_id, 1, now=NOW)
        assert lease is not None
        phone = next(p for p in lease.card.phones if p.callable)
        record_outcome(
            demo,
            Outcome(
                entry_id=lease.entry_id,
                volunteer_id=signed_in.volunteer_id,
                result_code_id=no_answer,
                started_at=NOW,
                ended_at=NOW + timedelta(seconds=30),
                phone_id=phone.id,
            ),
            now=NOW + timedelta(seconds=31),
        )


# --- refusals and progress ---------------------------------------------------------------------


def test_refuses_a_store_that_holds_contacts(demo: Store) -> None:
    with pytest.raises(DemoStoreNotEmptyError, match="already holds contacts") as caught:
        generate_demo(demo, contacts=10, seed=SEED, now=NOW)
    assert isinstance(caught.value, UserError)
    with demo.read() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == CONTACTS


def test_refuses_no_contacts(store: Store) -> None:
    with pytest.raises(InvalidInputError):
        generate_demo(store, contacts=0)


def test_progress_is_reported_per_chunk(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import callcenter.demo

    monkeypatch.setattr(callcenter.demo, "CHUNK_CONTACTS", 100)
    calls: list[tuple[int, int]] = []
    generate_demo(store, contacts=350, seed=SEED, now=NOW, progress=lambda *a: calls.append(a))
    assert len(calls) >= 4
    assert calls[-1] == (350, 350)
    assert [done for done, _ in calls] == sorted({done for done, _ in calls})
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 350


def test_raising_from_progress_cancels_without_a_trace(store: Store) -> None:
    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        generate_demo(store, contacts=50, seed=SEED, now=NOW, progress=cancel)
    assert demo_seed(store) is None
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 0
    generate_demo(store, contacts=50, seed=SEED, now=NOW)  # the store is still empty


# --- ULIDs ---------------------------------------------------------------------------------------


def test_fast_ulids_match_python_ulid() -> None:
    rng = random.Random(5)
    for value in [0, 2**128 - 1, *(rng.getrandbits(128) for _ in range(500))]:
        assert encode_ulid(value) == str(ULID.from_bytes(value.to_bytes(16, "big")))
    times = [1_700_000_000_000 + i for i in range(50)]
    made = random_ulids(times, rng)
    assert [ULID.from_str(u).milliseconds for u in made] == times
    run = MonotonicUlids(NOW, rng)
    ids = [run.one() for _ in range(3000)]  # crosses runs of 1024
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert {ULID.from_str(u).datetime for u in ids} == {NOW}
