"""The calling-groups migration resolves the entries a store already has."""

from __future__ import annotations

import importlib
import sqlite3

from callcenter import migrate
from callcenter.db import make_engine, open_store

MIGRATION = importlib.import_module("callcenter.migrations.versions.0006_calling_groups")


def test_existing_entries_get_their_calling_group(tmp_path):
    path = tmp_path / "old.db"
    engine = make_engine(path)
    migrate.upgrade_to_head(engine, path, target=MIGRATION.down_revision)
    engine.dispose()
    with sqlite3.connect(path) as c:
        c.executescript(
            """
            INSERT INTO campaign (id, uid, name, description, is_active, window_start_min,
                window_end_min, max_attempts, max_attempts_per_phone, recontact_minutes,
                lease_minutes, created_at)
              VALUES (1, 'C1', 'C', '', 1, 540, 1200, 3, 2, 240, 20, '2026-01-01 10:00:00');
            INSERT INTO call_list (id, uid, campaign_id, name, next_queue_seq, created_at)
              VALUES (1, 'L1', 1, 'L', 4, '2026-01-01 10:00:00');
            INSERT INTO contact (id, uid, first_name, last_name, language, country, attributes,
                do_not_call, opted_out_email, created_at, updated_at, postal_code, state)
              VALUES (1, 'P1', 'Ana', 'Ruiz', 'en', 'US', '{}', 0, 0, '2026-01-01 10:00:00',
                '2026-01-01 10:00:00', '85001', 'AZ'),
                     (2, 'P2', 'Bo', 'Ray', 'en', 'US', '{}', 0, 0, '2026-01-01 10:00:00',
                '2026-01-01 10:00:00', NULL, NULL),
                     (3, 'P3', 'Cy', 'Fox', 'en', 'US', '{}', 0, 0, '2026-01-01 10:00:00',
                '2026-01-01 10:00:00', '78701', 'TX');
            INSERT INTO phone (contact_id, number_e164, kind, position, is_bad, do_not_call,
                attempts) VALUES (3, '+12125550100', 'mobile', 0, 0, 0, 0);
            INSERT INTO call_list_entry (id, list_id, contact_id, status, priority, queue_seq,
                attempts, skips)
              VALUES (1, 1, 1, 'pending', 0, 1, 0, 0), (2, 1, 2, 'pending', 0, 2, 0, 0),
                     (3, 1, 3, 'callback', 0, 3, 0, 0);
            """
        )
    open_store(path).close()
    with sqlite3.connect(path) as c:
        groups = dict(
            c.execute(
                "SELECT e.contact_id, g.zones || '|' || g.rule_states FROM call_list_entry e "
                "JOIN calling_group g ON g.id = e.calling_group_id"
            ).fetchall()
        )
        indexes = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        triggers = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert groups == {
        1: "America/Phoenix|",
        2: "|",  # nothing to go by: never callable until an address is known
        3: "America/Chicago America/New_York|TX",  # Austin, with a New York mobile
    }
    assert {"ix_call_list_entry_group_queue", "ix_call_list_entry_group_callbacks"} <= indexes
    assert "ix_call_list_entry_queue" not in indexes
    assert {"list_progress_insert", "list_progress_update", "call_attempt_append_only"} <= triggers
