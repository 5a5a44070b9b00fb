"""Results in a checkout: at the door, on the phone screen, from paper; the summary."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from callcenter.errors import InvalidInputError, NotAllowedError
from callcenter.models import CallListEntry, Outbox, utcnow
from callcenter.services.calls import Answer, Outcome
from callcenter.services.canvass.checkout import CheckoutRequest, check_out, finish_check_in
from callcenter.services.canvass.paper import PaperRow, PaperSheetError, record_paper_sheet
from callcenter.services.canvass.phone_mode import next_in_turf
from callcenter.services.canvass.results import record_turf_results
from callcenter.services.canvass.summary import session_summary
from callcenter.services.canvass.turf import TurfCut
from callcenter.services.canvass.walk_list import WalkList, load_walk_list
from tests.canvass.conftest import DAYTIME, Turf


def start(store, turf: Turf, hours: float = 8, now=None) -> WalkList:
    checkout_id = check_out(
        store,
        CheckoutRequest(turf.lead_id, TurfCut(turf.world.list_id), hours, name="Turf A"),
        now=now,
    )
    return load_walk_list(store, checkout_id)


def door(walk: WalkList, key: str) -> int:
    return next(d.id for d in walk.door_results if d.key == key)


def outcome(walk: WalkList, person_index: int, result_id: int, volunteer_id: int, **kw):
    now = utcnow()
    return Outcome(
        entry_id=walk.people[person_index].entry_id,
        volunteer_id=volunteer_id,
        result_code_id=result_id,
        started_at=now - timedelta(seconds=40),
        ended_at=now,
        **kw,
    )


def entry(store, entry_id) -> CallListEntry:
    with store.read() as s:
        found = s.get(CallListEntry, entry_id)
        assert found is not None
        return found


def test_door_results_are_recorded_once_and_open_doors_stay_held(store, turf):
    walk = start(store, turf)
    household = walk.households[-1]  # 14 Oak Ave: two people
    assert len(household.people) == 2
    recorded = record_turf_results(
        store,
        walk.checkout.id,
        [
            outcome(walk, 6, door(walk, "1"), turf.canvasser_id),  # not home
            outcome(
                walk,
                7,
                door(walk, "2"),  # talked
                turf.canvasser_id,
                answers=(
                    Answer(turf.world.questions["support"], turf.world.answers[("support", "no")]),
                ),
            ),
        ],
        source="door",
    )
    assert len({r.op_id for r in recorded}) == 2
    assert not any(r.lease_was_lost for r in recorded)
    not_home, talked = (entry(store, p.entry_id) for p in household.people)
    assert (not_home.status, not_home.lease_holder_id, not_home.attempts) == (
        "leased",
        turf.lead_id,
        1,
    )
    assert (talked.status, talked.crm_member_status) == ("done", "Contacted")
    with store.read() as s:
        calls = [o for o in s.query(Outbox).all() if o.kind == "call_attempt"]
    assert sorted(o.op_id for o in calls) == sorted(r.op_id for r in recorded)
    assert {json.loads(json.dumps(o.payload))["result_code"] for o in calls} == {
        "DOOR_NOT_HOME",
        "DOOR_TALKED",
    }
    again = load_walk_list(store, walk.checkout.id)
    assert [p.result_code for p in again.households[-1].people] == [
        "DOOR_NOT_HOME",
        "DOOR_TALKED",
    ]
    assert again.households[-1].visited and not again.households[0].visited


def test_a_person_outside_the_turf_is_refused_and_nothing_is_saved(store, turf):
    walk = start(store, turf, now=None)
    good = outcome(walk, 0, door(walk, "1"), turf.canvasser_id)
    stranger = Outcome(10_000, turf.canvasser_id, door(walk, "1"), good.started_at, good.ended_at)
    with pytest.raises(InvalidInputError, match="not in the turf"):
        record_turf_results(store, walk.checkout.id, [good, stranger], source="door")
    assert entry(store, good.entry_id).attempts == 0


def test_phone_mode_walks_the_turf_in_calling_hours_and_skips_done_people(store, turf):
    walk = start(store, turf, hours=48)
    midnight_in_chicago = DAYTIME - timedelta(hours=12)
    assert next_in_turf(store, walk.checkout.id, now=midnight_in_chicago) is None
    first = next_in_turf(store, walk.checkout.id, now=DAYTIME)
    assert first is not None and first.lease.entry_id == walk.people[0].entry_id
    record_turf_results(
        store,
        walk.checkout.id,
        [outcome(walk, 0, turf.world.result_codes["SUPPORTER"], turf.lead_id)],
        source="phone",
    )
    second = next_in_turf(store, walk.checkout.id, now=DAYTIME)
    assert second is not None and second.lease.entry_id == walk.people[1].entry_id
    after = second.walk_position
    third = next_in_turf(store, walk.checkout.id, after_position=after, now=DAYTIME)
    assert third is not None and third.lease.entry_id == walk.people[2].entry_id
    assert next_in_turf(store, walk.checkout.id, after_position=10_000, now=DAYTIME) is None


def test_expired_checkout_refuses_new_results_everywhere(store, turf):
    walk = start(store, turf, hours=1, now=utcnow() - timedelta(hours=2))
    with pytest.raises(NotAllowedError, match="expired"):
        record_turf_results(
            store,
            walk.checkout.id,
            [outcome(walk, 0, door(walk, "1"), turf.lead_id)],
            source="door",
        )
    with pytest.raises(NotAllowedError, match="expired"):
        next_in_turf(store, walk.checkout.id)
    with pytest.raises(NotAllowedError, match="expired"):
        record_paper_sheet(store, walk, turf.canvasser_id, [PaperRow(walk.people[0].entry_id, "1")])


def test_a_paper_sheet_is_recorded_all_or_nothing_with_errors_per_row(store, turf):
    walk = start(store, turf)
    people = walk.people
    bad = [
        PaperRow(people[0].entry_id, "2", {"support": "1", "vote_plan": "yes"}),  # fine
        PaperRow(people[1].entry_id, ""),  # blank: not visited
        PaperRow(people[2].entry_id, "9"),  # no such result
        PaperRow(people[3].entry_id, "talked", {"support": "maybe"}),  # no such answer
        PaperRow(people[4].entry_id, "2", {"support": "no", "vote_plan": "1"}),  # off script
        PaperRow(people[5].entry_id, "", notes="dog"),  # notes but no result
        PaperRow(people[0].entry_id, "1"),  # twice
    ]
    with pytest.raises(PaperSheetError) as refused:
        record_paper_sheet(store, walk, turf.canvasser_id, bad)
    assert [(e.row, e.column) for e in refused.value.errors] == [
        (2, "result"),
        (3, "support"),
        (4, "vote_plan"),
        (5, "result"),
        (6, "person"),
    ]
    assert "use 1–5" in str(refused.value.errors[0].message)
    assert all(entry(store, p.entry_id).attempts == 0 for p in people)

    good = [
        PaperRow(people[0].entry_id, "2", {"support": "1", "vote_plan": "yes"}),
        PaperRow(people[1].entry_id, ""),
        PaperRow(people[2].entry_id, "Not home"),
        PaperRow(people[3].entry_id, "moved"),
        PaperRow(people[4].entry_id, "3", notes="Not interested"),
    ]
    sheet = record_paper_sheet(store, walk, turf.canvasser_id, good)
    assert (sheet.recorded, sheet.skipped_blank) == (4, 1)
    statuses = [entry(store, p.entry_id).status for p in people[:5]]
    assert statuses == ["done", "leased", "leased", "done", "done"]
    summary = session_summary(store, walk.checkout.id)
    assert summary.results_by_source == {"paper": 4}
    assert summary.results_by_code == {
        "DOOR_TALKED": 1,
        "DOOR_NOT_HOME": 1,
        "DOOR_MOVED": 1,
        "DOOR_REFUSED": 1,
    }
    assert (summary.doors_knocked, summary.contacts, summary.people_with_result) == (4, 2, 4)
    assert summary.waiting_to_sync == 4
    # Paper has no durations: no "very short calls" flag for a careful typist.
    assert not [f for f in summary.flags if f.kind == "short_calls"]


def test_check_in_waits_until_every_result_reached_the_crm(store, turf):
    walk = start(store, turf)
    record_turf_results(
        store, walk.checkout.id, [outcome(walk, 0, door(walk, "1"), turf.lead_id)], source="door"
    )
    with pytest.raises(NotAllowedError, match=r"have not reached the CRM yet \(1 waiting\)"):
        finish_check_in(store, walk.checkout.id, turf.lead_id)
    # What the sync engine does once the CRM confirmed the row.
    with store.write() as s:
        s.query(Outbox).update({Outbox.status: "sent"})
    assert finish_check_in(store, walk.checkout.id, turf.lead_id).state() == "checked_in"
    assert {entry(store, p.entry_id).status for p in walk.people} == {"pending"}


def test_summary_flags_a_canvasser_who_records_every_door_the_same(store, turf):
    walk = start(store, turf)
    for _ in range(2):  # "not home" keeps the door open for a second pass
        for i in range(len(walk.people)):
            record_turf_results(
                store,
                walk.checkout.id,
                [outcome(walk, i, door(walk, "1"), turf.canvasser_id)],
                source="door",
            )
    two_hours_in = walk.checkout.checked_out_at + timedelta(hours=2)
    summary = session_summary(store, walk.checkout.id, now=two_hours_in)
    assert (summary.results, summary.doors_knocked, summary.households) == (16, 7, 7)
    assert (summary.people, summary.people_with_result, summary.contacts) == (8, 8, 0)
    assert summary.results_by_code == {"DOOR_NOT_HOME": 16}
    assert summary.first_result_at is not None
    assert summary.duration == timedelta(hours=2)  # from check-out to now, still out
    assert [(f.kind, f.volunteer_name) for f in summary.flags] == [("same_result", "Cal Canvasser")]
