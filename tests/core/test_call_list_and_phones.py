"""The call list browser's queries, marking numbers wrong, and the contact's local time."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from callcenter.models import CallListEntry, Contact, Outbox, Phone
from callcenter.services.call_list import ListFilter, count_rows, counts_by_status, fetch_rows
from callcenter.services.local_time import contact_local_time
from callcenter.services.phones import mark_phone_wrong
from tests.factories import make_volunteer, make_world


def test_keyset_pages_cover_the_list_once(store):
    world = make_world(store, contacts=25)
    flt = ListFilter(world.campaign_id)
    seen, after = [], 0
    while page := fetch_rows(store, flt, after_id=after, limit=10):
        seen += [r.entry_id for r in page]
        after = page[-1].entry_id
    assert seen == world.entry_ids
    assert count_rows(store, flt) == 25


def test_search_and_status_filter_treat_input_as_text(store):
    world = make_world(store, contacts=12)
    with store.write() as s:
        s.get(Contact, world.contact_ids[3]).last_name = "O'Brien_%"
        s.get(CallListEntry, world.entry_ids[5]).status = "done"
    assert [
        r.entry_id for r in fetch_rows(store, ListFilter(world.campaign_id, search="o'brien_%"))
    ] == [world.entry_ids[3]]
    assert fetch_rows(store, ListFilter(world.campaign_id, search="%")) == []
    assert (
        fetch_rows(store, ListFilter(world.campaign_id, search="'; DROP TABLE contact; --")) == []
    )
    assert count_rows(store, ListFilter(world.campaign_id, status="done")) == 1
    assert counts_by_status(store, world.campaign_id) == {
        "pending": 11,
        "leased": 0,
        "done": 1,
        "callback": 0,
        "skipped": 0,
        "unheld": 0,
    }


def test_mark_phone_wrong_keeps_the_contact_and_queues_it(store):
    world = make_world(store, contacts=1)
    vid = make_volunteer(store, "WRNG22", campaign_ids=(world.campaign_id,))
    with store.read() as s:
        phone_id = s.scalar(select(Phone.id).where(Phone.contact_id == world.contact_ids[0]))
    mark_phone_wrong(store, vid, phone_id)
    mark_phone_wrong(store, vid, phone_id)  # twice is harmless
    with store.read() as s:
        assert s.get(Phone, phone_id).is_bad
        assert not s.get(Contact, world.contact_ids[0]).do_not_call
        assert s.scalars(select(Outbox.kind)).all() == ["phone_bad"]


def test_local_time_and_window_across_zones():
    now = datetime(2026, 7, 1, 16, 30, tzinfo=UTC)  # 12:30 in New York, 9:30 in Phoenix
    ny = contact_local_time("America/New_York", 540, 1200, now=now)
    assert ny.local.hour == 12 and ny.inside_window
    phx = contact_local_time("America/Phoenix", 600, 1200, now=now)
    assert phx.local.hour == 9 and not phx.inside_window
    assert not contact_local_time(None, 540, 1200, now=now).inside_window
    assert not contact_local_time("Mars/Olympus", 540, 1200, now=now).known


def test_progress_counters_follow_every_status_change(store):
    from sqlalchemy import func, text

    from callcenter.services.calls import Outcome, lease_next_contact, record_outcome
    from tests.core.test_calls import NOW

    world = make_world(store, contacts=6)
    vid = make_volunteer(store, "PROG22", campaign_ids=(world.campaign_id,))
    for code in ("SUPPORTER", "NO_ANSWER", "CALLBACK"):
        lease = lease_next_contact(store, vid, world.campaign_id, now=NOW)
        record_outcome(
            store,
            Outcome(
                lease.entry_id,
                vid,
                world.result_codes[code],
                NOW,
                NOW,
                callback_at=NOW.replace(hour=20) if code == "CALLBACK" else None,
            ),
            now=NOW,
        )
    lease_next_contact(store, vid, world.campaign_id, now=NOW)
    with store.write() as s:
        s.execute(text("DELETE FROM call_list_entry WHERE id = :id"), {"id": world.entry_ids[5]})
    with store.read() as s:
        truth = dict(
            s.execute(
                select(CallListEntry.status, func.count()).group_by(CallListEntry.status)
            ).all()
        )
    counts = counts_by_status(store, world.campaign_id)
    assert {k: v for k, v in counts.items() if v} == truth
    assert truth == {"done": 1, "pending": 2, "callback": 1, "leased": 1}
