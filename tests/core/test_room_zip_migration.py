"""Migration 0008: each call's ZIP for the room, and list counters a bulk release adjusts once."""

from __future__ import annotations

import importlib
import sqlite3

import pytest
from alembic import command

from callcenter import migrate
from callcenter.db import make_engine, open_store

MIGRATION = importlib.import_module("callcenter.migrations.versions.0008_room_zip_bulk_counts")


def seed_0007(path) -> None:
    engine = make_engine(path)
    migrate.upgrade_to_head(engine, path, target=MIGRATION.down_revision)
    engine.dispose()
    with sqlite3.connect(path) as c:
        c.executescript(
            """
            INSERT INTO volunteer (id, uid, code, first_name, last_name, role, status, languages,
                failed_pin_attempts, created_at)
              VALUES (1, 'V1', 'ABC234', 'Ann', 'Lee', 'volunteer', 'active', '["en"]', 0,
                '2026-01-01 10:00:00');
            INSERT INTO campaign (id, uid, name, description, is_active, window_start_min,
                window_end_min, max_attempts, max_attempts_per_phone, recontact_minutes,
                lease_minutes, created_at)
              VALUES (1, 'C1', 'C', '', 1, 540, 1200, 3, 2, 240, 20, '2026-01-01 10:00:00');
            INSERT INTO result_code (id, campaign_id, code, label, position, counts_as_contact,
                is_terminal, is_wrong_number, is_do_not_call, schedules_callback)
              VALUES (1, 1, 'SUPPORTER', '{"en": "Supporter"}', 0, 1, 1, 0, 0, 0);
            INSERT INTO contact (id, uid, first_name, last_name, language, country, attributes,
                do_not_call, opted_out_email, created_at, updated_at, postal_code, erased_at)
              VALUES (1, 'P1', 'Ana', 'Ruiz', 'en', 'US', '{}', 0, 0, '2026-01-01 10:00:00',
                '2026-01-01 10:00:00', '60601-1234', NULL),
                     (2, 'P2', 'Bo', 'Ray', 'en', 'US', '{}', 0, 0, '2026-01-01 10:00:00',
                '2026-01-01 10:00:00', NULL, NULL),
                     (3, 'P3', '', '', 'en', 'US', '{}', 1, 1, '2026-01-01 10:00:00',
                '2026-01-01 10:00:00', NULL, '2026-01-03 10:00:00');
            INSERT INTO call_attempt (id, op_id, volunteer_id, campaign_id, contact_id,
                result_code_id, started_at, ended_at, duration_s, notes, created_at)
              VALUES (1, 'A1', 1, 1, 1, 1, '2026-01-02 10:00:00', '2026-01-02 10:01:00', 60,
                'kept', '2026-01-02 10:01:00'),
                     (2, 'A2', 1, 1, 2, 1, '2026-01-02 10:02:00', '2026-01-02 10:03:00', 60,
                '', '2026-01-02 10:03:00'),
                     (3, 'A3', 1, 1, 3, 1, '2026-01-02 10:04:00', '2026-01-02 10:05:00', 60,
                '', '2026-01-02 10:05:00'),
                     (4, 'A4', 1, 1, NULL, 1, '2026-01-02 10:06:00', '2026-01-02 10:07:00', 60,
                '', '2026-01-02 10:07:00');
            INSERT INTO call_list (id, uid, campaign_id, name, next_queue_seq, created_at)
              VALUES (1, 'L1', 1, 'L', 4, '2026-01-01 10:00:00');
            INSERT INTO call_list_entry (id, list_id, contact_id, status, priority, queue_seq,
                attempts, skips, lease_holder_id, lease_expires_at)
              VALUES (1, 1, 1, 'leased', 0, 1, 1, 0, 1, '2026-01-02 11:00:00'),
                     (2, 1, 2, 'pending', 0, 2, 1, 0, NULL, NULL);
            """
        )


def test_upgrade_from_0007_fills_the_zip_of_existing_calls(tmp_path):
    path = tmp_path / "old.db"
    seed_0007(path)
    open_store(path).close()
    with sqlite3.connect(path) as c:
        areas = c.execute("SELECT id, postal_area, notes FROM call_attempt ORDER BY id").fetchall()
        indexes = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        triggers = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    # Five characters of the ZIP; '' when the contact had none; NULL when erased or unknown.
    assert areas == [(1, "60601", "kept"), (2, "", ""), (3, None, ""), (4, None, "")]
    assert {"ix_call_attempt_room_volunteer", "ix_call_attempt_room_zip"} <= indexes
    assert "ix_call_attempt_volunteer_id" not in indexes  # the room's index leads with it
    assert {"call_attempt_append_only", "list_progress_update"} <= triggers
    assert migrate.current_revision(make_engine(path)) == migrate.head_revision()


def test_0009_gives_existing_conflicts_an_empty_crm_stamp(tmp_path):
    path = tmp_path / "old.db"
    seed_0007(path)
    with sqlite3.connect(path) as c:
        c.execute(
            "INSERT INTO conflict (op_id, object_type, local_id, crm_id, field, local_value, "
            "crm_value, rule, status, created_at) VALUES ('01JCONFLICT000000000000001', "
            "'contact', 1, '003X', 'email', 'a@x.org', 'b@x.org', 'crm_wins_contact_details', "
            "'open', '2026-01-02 10:00:00')"
        )
    open_store(path).close()
    with sqlite3.connect(path) as c:
        found = c.execute("SELECT field, status, crm_modstamp FROM conflict").fetchall()
    assert found == [("email", "open", None)]


def test_after_the_upgrade_calls_stay_append_only_but_their_zip_can_be_forgotten(tmp_path):
    path = tmp_path / "old.db"
    seed_0007(path)
    open_store(path).close()
    with sqlite3.connect(path) as c:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            c.execute("UPDATE call_attempt SET postal_area = '99999' WHERE id = 1")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            c.execute("UPDATE call_attempt SET duration_s = 1 WHERE id = 1")
        c.execute("UPDATE call_attempt SET postal_area = NULL, notes = '' WHERE id = 1")
        assert c.execute("SELECT postal_area, notes FROM call_attempt WHERE id = 1").fetchone() == (
            None,
            "",
        )


def test_after_the_upgrade_the_counters_follow_single_and_bulk_changes(tmp_path):
    path = tmp_path / "old.db"
    seed_0007(path)
    open_store(path).close()
    with sqlite3.connect(path) as c:
        c.execute("UPDATE call_list_entry SET status = 'done' WHERE id = 2")  # the trigger counts
        counts = dict(c.execute("SELECT status, n FROM list_progress WHERE n != 0").fetchall())
        assert counts == {"leased": 1, "done": 1}
        # While the bulk row is there the trigger stands aside; the statement counts itself.
        c.execute("INSERT INTO list_progress_bulk (id) VALUES (1)")
        c.execute("UPDATE call_list_entry SET status = 'pending' WHERE id = 1")
        counts = dict(c.execute("SELECT status, n FROM list_progress WHERE n != 0").fetchall())
        assert counts == {"leased": 1, "done": 1}
        with pytest.raises(sqlite3.IntegrityError):
            c.execute("INSERT INTO list_progress_bulk (id) VALUES (2)")  # one row at most


def test_downgrade_to_0007_and_up_again(tmp_path):
    path = tmp_path / "old.db"
    seed_0007(path)
    open_store(path).close()
    downgrade_to_0007(path)
    with sqlite3.connect(path) as c:
        columns = {r[1] for r in c.execute("PRAGMA table_info(call_attempt)")}
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        indexes = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        c.execute("UPDATE call_list_entry SET status = 'done' WHERE id = 2")
        counts = dict(c.execute("SELECT status, n FROM list_progress WHERE n != 0").fetchall())
    assert "postal_area" not in columns and "list_progress_bulk" not in tables
    assert "ix_call_attempt_volunteer_id" in indexes
    assert not {"ix_call_attempt_room_volunteer", "ix_call_attempt_room_zip"} & indexes
    assert counts == {"leased": 1, "done": 1}
    open_store(path).close()
    with sqlite3.connect(path) as c:
        assert c.execute("SELECT postal_area FROM call_attempt WHERE id = 1").fetchone() == (
            "60601",
        )


def downgrade_to_0007(path) -> None:
    config = migrate.alembic_config()
    engine = make_engine(path)
    with engine.execution_options(sqlite_begin="IMMEDIATE").begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0007")
    engine.dispose()


def test_0010_drops_the_unused_index_on_a_contact_s_zip_and_back(tmp_path):
    path = tmp_path / "old.db"
    seed_0007(path)
    open_store(path).close()

    def indexes() -> set[str]:
        with sqlite3.connect(path) as c:
            return {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='index'")}

    assert "ix_contact_postal_code" not in indexes()
    with sqlite3.connect(path) as c:  # the ZIPs themselves are untouched
        assert c.execute("SELECT postal_code FROM contact WHERE id = 1").fetchone() == (
            "60601-1234",
        )
    config = migrate.alembic_config()
    engine = make_engine(path)
    with engine.execution_options(sqlite_begin="IMMEDIATE").begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0009")
    engine.dispose()
    assert "ix_contact_postal_code" in indexes()
