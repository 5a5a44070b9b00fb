"""List progress counters always equal a recount of the entries, bulk release included."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from callcenter.services.calls import (
    Outcome,
    lease_next_contact,
    record_outcome,
    release_all_leases,
    release_lease,
    skip_contact,
)
from callcenter.services.list_progress import counted_in_bulk
from callcenter.services.sqlrows import run, to_db
from callcenter.services.volunteers import change_status
from tests.core.test_calls import NOW
from tests.factories import make_volunteer, make_world


def counters(path) -> dict[tuple[int, str], int]:
    with sqlite3.connect(path) as c:
        return dict(
            ((lid, status), n)
            for lid, status, n in c.execute("SELECT list_id, status, n FROM list_progress")
            if n
        )


def recount(path) -> dict[tuple[int, str], int]:
    with sqlite3.connect(path) as c:
        return dict(
            ((lid, status), n)
            for lid, status, n in c.execute(
                "SELECT list_id, status, count(*) FROM call_list_entry GROUP BY 1, 2"
            )
        )


def assert_counts_true(path) -> None:
    assert counters(path) == recount(path)
    with sqlite3.connect(path) as c:
        assert c.execute("SELECT count(*) FROM list_progress_bulk").fetchone() == (0,)


def two_lists(store, db_path):
    """Two campaigns' lists, volunteers on both, some entries due as callbacks."""
    worlds = [make_world(store, contacts=12), make_world(store, contacts=9)]
    vids = [
        make_volunteer(
            store,
            f"BULK{i}2",
            campaign_ids=tuple(w.campaign_id for w in worlds),
            first_name=f"B{i}",
        )
        for i in range(4)
    ]
    # A third of the second list was asked to call back: released, they go back to callback.
    with sqlite3.connect(db_path) as c:
        c.execute(
            "UPDATE call_list_entry SET status = 'callback', callback_at = ? "
            "WHERE list_id = ? AND id % 3 = 0",
            (to_db(NOW - timedelta(minutes=5)), worlds[1].list_id),
        )
    return worlds, vids


def lease_some(store, db_path, worlds, vids, extra: int) -> list:
    """One lease per volunteer and campaign as the calling screen takes them, then
    ``extra`` more entries each (pending and callbacks) put on lease directly."""
    leases = [lease_next_contact(store, v, w.campaign_id, now=NOW) for v in vids for w in worlds]
    expires = to_db(NOW + timedelta(minutes=20))
    with sqlite3.connect(db_path) as c:
        for vid in vids:
            c.execute(
                "UPDATE call_list_entry SET status = 'leased', lease_holder_id = ?, "
                "lease_expires_at = ? WHERE id IN (SELECT id FROM call_list_entry "
                "WHERE status IN ('pending', 'callback') ORDER BY list_id DESC, id LIMIT ?)",
                (vid, expires, extra),
            )
    return leases


def test_counters_follow_lease_record_skip_release_and_bulk_deactivation(store, db_path):
    worlds, vids = two_lists(store, db_path)
    lead = make_volunteer(store, "LEAD22", role="shift_lead", first_name="Lee")
    assert_counts_true(db_path)

    leases = lease_some(store, db_path, worlds, vids, extra=2)
    assert_counts_true(db_path)
    # vids[0], [1] and [2] in the first campaign: a call, a skip, a release.
    first, second, third = leases[0], leases[2], leases[4]
    record_outcome(
        store,
        Outcome(
            first.entry_id,
            vids[0],
            worlds[0].result_codes["SUPPORTER"],
            NOW,
            NOW + timedelta(seconds=60),
            phone_id=first.card.phones[0].id,
        ),
        now=NOW + timedelta(seconds=60),
    )
    skip_contact(store, second.entry_id, vids[1], now=NOW)
    release_lease(store, third.entry_id, vids[2])
    assert_counts_true(db_path)

    with sqlite3.connect(db_path) as c:
        held = dict(
            c.execute(
                "SELECT lease_holder_id, count(*) FROM call_list_entry WHERE status = 'leased' "
                "GROUP BY 1"
            ).fetchall()
        )
        callbacks_held = c.execute(
            "SELECT count(*) FROM call_list_entry WHERE status = 'leased' "
            "AND callback_at IS NOT NULL AND lease_holder_id != ?",
            (vids[3],),
        ).fetchone()[0]
    assert callbacks_held  # some released entries go back to callback, not pending
    change = change_status(store, lead, vids[:3], "deactivate", now=NOW)
    assert change.leases_released == sum(held[v] for v in vids[:3])
    assert_counts_true(db_path)
    with sqlite3.connect(db_path) as c:
        assert c.execute(
            "SELECT lease_holder_id, count(*) FROM call_list_entry WHERE status = 'leased' "
            "GROUP BY 1"
        ).fetchall() == [(vids[3], held[vids[3]])]
    # Leases that run out go back through the trigger, as before.
    lease_next_contact(store, vids[3], worlds[1].campaign_id, now=NOW + timedelta(hours=1))
    assert_counts_true(db_path)


def test_a_bulk_block_that_fails_half_way_keeps_true_counts(store, db_path):
    worlds, vids = two_lists(store, db_path)
    lease_some(store, db_path, worlds, vids, extra=3)
    with store.write() as session:
        # The first volunteers' leases go back; then the block fails; the caller
        # goes on and commits what was done.
        with pytest.raises(RuntimeError), counted_in_bulk(session.connection()) as moves:
            conn = session.connection()
            for list_id, n in conn.exec_driver_sql(
                "SELECT list_id, count(*) FROM call_list_entry WHERE lease_holder_id = ? "
                "AND status = 'leased' GROUP BY 1",
                (vids[0],),
            ):
                moves.add(list_id, "leased", "pending", n)
            run(
                conn,
                "UPDATE call_list_entry SET status = 'pending', lease_holder_id = NULL, "
                "lease_expires_at = NULL WHERE lease_holder_id = ?",
                (vids[0],),
            )
            raise RuntimeError("half-way")
        assert release_all_leases(session, vids[1:]) == 3 * (2 + 3)
    assert_counts_true(db_path)


def test_the_trigger_still_counts_outside_a_bulk_block(store, db_path):
    world = make_world(store, contacts=3)
    with store.write() as session:
        run(
            session.connection(),
            "UPDATE call_list_entry SET status = 'done' WHERE id = ?",
            (world.entry_ids[0],),
        )
    assert counters(db_path) == {(world.list_id, "pending"): 2, (world.list_id, "done"): 1}
    assert_counts_true(db_path)
