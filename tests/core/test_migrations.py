"""Migrations: a store made by the first schema, with data in it, upgrades losing nothing."""

from __future__ import annotations

import sqlite3

from alembic.script import ScriptDirectory

from callcenter import migrate
from callcenter.db import make_engine, open_store

FIRST = "0001"


def revisions() -> list[str]:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_history_is_linear_and_starts_at_the_first_schema():
    revs = revisions()
    assert revs[0] == FIRST
    assert revs[-1] == migrate.head_revision()


def test_the_start_up_shortcut_knows_the_newest_migration():
    from callcenter.db import SCHEMA_HEAD

    assert migrate.head_revision() == SCHEMA_HEAD, (
        "A migration was added: set callcenter.db.SCHEMA_HEAD to its revision."
    )


def seed_first_schema(path) -> None:
    """Rows as the first schema knows them, including unsynced work in the outbox."""
    engine = make_engine(path)
    migrate.upgrade_to_head(engine, path, target=FIRST)
    engine.dispose()
    with sqlite3.connect(path) as c:
        c.executescript(
            """
            INSERT INTO volunteer (id, uid, code, first_name, last_name, role, status, languages,
                failed_pin_attempts, created_at)
              VALUES (1, '01JAAAAAAAAAAAAAAAAAAAAAAA', 'ABC234', 'Ann', 'Lee', 'volunteer',
                'active', '["en"]', 0, '2026-01-01 10:00:00');
            INSERT INTO script (id, name, version, default_language, intro, closing, created_at)
              VALUES (1, 'S', 1, 'en', '{"en": "Hi"}', '{}', '2026-01-01 10:00:00');
            INSERT INTO campaign (id, uid, name, description, is_active, script_id,
                window_start_min, window_end_min, max_attempts, max_attempts_per_phone,
                recontact_minutes, lease_minutes, created_at)
              VALUES (1, '01JBBBBBBBBBBBBBBBBBBBBBBB', 'C', '', 1, 1, 540, 1200, 3, 2, 240, 20,
                '2026-01-01 10:00:00');
            INSERT INTO result_code (id, campaign_id, code, label, position, counts_as_contact,
                is_terminal, is_wrong_number, is_do_not_call, schedules_callback)
              VALUES (1, 1, 'SUPPORTER', '{"en": "Supporter"}', 0, 1, 1, 0, 0, 0);
            INSERT INTO contact (id, uid, first_name, last_name, language, country, attributes,
                do_not_call, opted_out_email, created_at, updated_at)
              VALUES (1, '01JCCCCCCCCCCCCCCCCCCCCCCC', 'Bo', 'Ray', 'en', 'US', '{}', 0, 0,
                '2026-01-01 10:00:00', '2026-01-01 10:00:00');
            INSERT INTO call_attempt (id, op_id, volunteer_id, campaign_id, contact_id,
                result_code_id, started_at, ended_at, duration_s, notes, created_at)
              VALUES (1, '01JDDDDDDDDDDDDDDDDDDDDDDD', 1, 1, 1, 1, '2026-01-02 10:00:00',
                '2026-01-02 10:01:00', 60, 'unsynced call', '2026-01-02 10:01:00');
            INSERT INTO call_list (id, uid, campaign_id, name, next_queue_seq, created_at)
              VALUES (1, '01JEEEEEEEEEEEEEEEEEEEEEEE', 1, 'L', 3, '2026-01-01 10:00:00');
            INSERT INTO call_list_entry (id, list_id, contact_id, status, priority, queue_seq,
                attempts, skips)
              VALUES (1, 1, 1, 'done', 0, 1, 1, 0);
            INSERT INTO outbox (id, op_id, kind, payload, status, tries, created_at)
              VALUES (1, '01JDDDDDDDDDDDDDDDDDDDDDDD', 'call_attempt', '{"op_id": "x"}',
                'pending', 0, '2026-01-02 10:01:00');
            """
        )


def dump(path, tables) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as c:
        return {t: c.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


def test_upgrade_from_the_first_schema_keeps_unsynced_work(tmp_path):
    path = tmp_path / "old.db"
    seed_first_schema(path)
    tables = ["volunteer", "campaign", "contact", "call_list_entry", "call_attempt", "outbox"]
    before = dump(path, tables)
    store = open_store(path)
    store.close()
    after = dump(path, tables)
    for table in tables:
        # Newer schemas may add columns; every old column's value must survive.
        assert [row[: len(before[table][0])] for row in after[table]] == before[table], table
    assert migrate.current_revision(make_engine(path)) == migrate.head_revision()
    with sqlite3.connect(path) as c:  # counters added by 0002 start from the existing rows
        assert c.execute("SELECT list_id, status, n FROM list_progress").fetchall() == [
            (1, "done", 1)
        ]
    if migrate.head_revision() != FIRST:
        assert path.with_name(f"old.db.before-{migrate.head_revision()}.bak").exists()


def test_opening_a_current_store_makes_no_backup(db_path):
    open_store(db_path).close()
    assert not list(db_path.parent.glob("*.bak"))


def test_upgrades_keep_the_append_only_triggers(tmp_path):
    path = tmp_path / "old.db"
    seed_first_schema(path)
    open_store(path).close()
    with sqlite3.connect(path) as c:
        triggers = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {"call_attempt_append_only", "survey_response_append_only"} <= triggers
