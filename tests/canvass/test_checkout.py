"""Checking a turf out: cuts, walk order, local leases, extend, hand back, expiry."""

from __future__ import annotations

from datetime import timedelta

import pytest

from callcenter.errors import InvalidInputError, NotAllowedError
from callcenter.models import CallListEntry, ResultCode, utcnow
from callcenter.services.calls import Outcome, lease_next_contact, record_outcome
from callcenter.services.canvass.checkout import (
    CheckoutRequest,
    check_out,
    extend_checkout,
    finish_check_in,
    get_checkout,
    hand_back,
    list_checkouts,
    turf_entry_ids,
)
from callcenter.services.canvass.turf import TurfCut, list_choices, list_streets, preview_turf
from callcenter.services.canvass.walk_list import load_walk_list
from tests.canvass.conftest import DAYTIME, Turf
from tests.factories import make_volunteer

WALK_ORDER = [
    "Hauptstraße 5a",
    "3 Main St",
    "12-14 Main Street",
    "7 Oak Ave",
    "9 Oak Avenue",
    "2 Oak Ave",
    "14 Oak Ave",
    "14 Oak Ave",
]


def request(turf: Turf, cut: TurfCut | None = None, hours: float = 8) -> CheckoutRequest:
    return CheckoutRequest(
        actor_id=turf.lead_id, cut=cut or TurfCut(turf.world.list_id), hours=hours, name="Turf A"
    )


def entries(store, ids):
    with store.read() as s:
        return {i: s.get(CallListEntry, i) for i in ids}


def test_cuts_by_zip_street_and_household_count(store, turf):
    list_id = turf.world.list_id
    assert preview_turf(store, TurfCut(list_id, zips=("60602",))).people == 3
    by_street = preview_turf(store, TurfCut(list_id, streets=("oak avenue",)))
    assert (by_street.people, by_street.households, by_street.streets) == (5, 4, ("Oak Ave",))
    first_two = preview_turf(store, TurfCut(list_id, max_households=2))
    assert (first_two.households, first_two.people) == (2, 2)
    assert first_two.streets == ("Hauptstraße", "Main St")
    assert preview_turf(store, TurfCut(list_id, zips=("99999",))).people == 0
    assert list_streets(store, list_id) == [("Hauptstraße", 1), ("Main St", 2), ("Oak Ave", 5)]
    [choice] = list_choices(store)
    assert (choice.list_id, choice.open_entries) == (list_id, 8)


def test_check_out_leases_the_turf_in_walk_order_to_the_lead(store, turf):
    checkout_id = check_out(store, request(turf))
    view = get_checkout(store, checkout_id)
    assert (view.households, view.people, view.state(), view.holder_name) == (
        7,
        8,
        "active",
        "Lea Lead",
    )
    walk = load_walk_list(store, checkout_id)
    street_of = {e: line for line, ids in turf.by_street.items() for e in ids}
    assert [street_of[p.entry_id] for p in walk.people] == WALK_ORDER
    assert [s.name for s in walk.streets] == ["Hauptstraße", "Main St", "Oak Ave"]
    assert [len(h.people) for h in walk.households][-1] == 2  # 14 Oak Ave: two people
    assert [d.key for d in walk.door_results] == ["1", "2", "3", "4", "5"]
    held = entries(store, turf.world.entry_ids)
    assert {(e.status, e.lease_holder_id) for e in held.values()} == {("leased", turf.lead_id)}
    assert all(e.lease_expires_at > view.expires_at for e in held.values())
    # Nobody else on this laptop is handed a door of the turf.
    assert lease_next_contact(store, turf.canvasser_id, turf.world.campaign_id, now=DAYTIME) is None
    # Nor can a second checkout take them.
    with pytest.raises(InvalidInputError, match="Nobody open"):
        check_out(store, request(turf))


def test_door_codes_are_added_once_without_hotkeys(store, turf):
    check_out(store, request(turf, TurfCut(turf.world.list_id, zips=("60601",))))
    check_out(store, request(turf, TurfCut(turf.world.list_id, zips=("60602",))))
    with store.read() as s:
        door = [
            (c.code, c.hotkey)
            for c in s.query(ResultCode).filter(ResultCode.code.like("DOOR%")).all()
        ]
    assert [code for code, _ in door] == [
        "DOOR_NOT_HOME",
        "DOOR_TALKED",
        "DOOR_REFUSED",
        "DOOR_MOVED",
        "DOOR_INACCESSIBLE",
    ]
    assert {hotkey for _, hotkey in door} == {None}
    assert len(list_checkouts(store)) == 2


def test_only_active_leads_and_admins_check_out(store, turf):
    with pytest.raises(NotAllowedError, match="shift lead or an admin"):
        check_out(store, CheckoutRequest(turf.canvasser_id, TurfCut(turf.world.list_id), 8))
    with pytest.raises(InvalidInputError, match="half an hour"):
        check_out(store, request(turf, hours=0.1))
    with pytest.raises(InvalidInputError, match="half an hour"):
        check_out(store, request(turf, hours=15 * 24))


def test_extend_then_hand_back_early(store, turf):
    now = utcnow()
    checkout_id = check_out(store, request(turf, hours=2), now=now)
    view = extend_checkout(store, checkout_id, turf.lead_id, 3, now=now)
    assert view.expires_at == get_checkout(store, checkout_id).expires_at
    assert view.expires_at - now == timedelta(hours=5)
    returned = hand_back(store, checkout_id, turf.lead_id, now=now)
    assert returned.state() == "returned"
    held = entries(store, turf.world.entry_ids)
    assert {e.status for e in held.values()} == {"pending"}
    assert (
        lease_next_contact(store, turf.canvasser_id, turf.world.campaign_id, now=DAYTIME)
        is not None
    )
    with pytest.raises(NotAllowedError, match="already ended"):
        hand_back(store, checkout_id, turf.lead_id)


def test_an_expired_checkout_is_readable_but_takes_no_new_work(store, turf):
    start = utcnow() - timedelta(hours=3)
    checkout_id = check_out(store, request(turf, hours=2), now=start)
    view = get_checkout(store, checkout_id)
    assert view.state() == "expired" and not view.accepts_work()
    walk = load_walk_list(store, checkout_id)
    assert len(walk.people) == 8
    # Still held: nobody else is handed its doors before it is synced and checked in.
    assert lease_next_contact(store, turf.canvasser_id, turf.world.campaign_id, now=DAYTIME) is None
    with pytest.raises(NotAllowedError, match="expired"):
        extend_checkout(store, checkout_id, turf.lead_id, 2)
    now = utcnow()
    with pytest.raises(NotAllowedError, match="'Turf A' has expired"):
        record_outcome(
            store,
            Outcome(
                entry_id=turf.world.entry_ids[0],
                volunteer_id=turf.lead_id,
                result_code_id=turf.world.result_codes["SUPPORTER"],
                started_at=now,
                ended_at=now,
            ),
        )
    # Nothing waits for the CRM, so it can be checked in, which releases it.
    done = finish_check_in(store, checkout_id, turf.lead_id)
    assert done.state() == "checked_in"
    assert {e.status for e in entries(store, turf.world.entry_ids).values()} == {"pending"}
    assert list_checkouts(store) == []


def test_a_volunteer_who_is_not_a_lead_cannot_end_a_checkout(store, turf):
    checkout_id = check_out(store, request(turf))
    other = make_volunteer(store, "VOL002")
    with pytest.raises(NotAllowedError):
        hand_back(store, checkout_id, other)
    with pytest.raises(NotAllowedError):
        finish_check_in(store, checkout_id, other)


def test_the_calling_screen_never_hands_a_lead_their_own_turf(store, turf):
    checkout_id = check_out(store, request(turf, TurfCut(turf.world.list_id, zips=("60601",))))
    turf_ids = set(turf_entry_ids(store, checkout_id))
    held_before = {i: e.lease_expires_at for i, e in entries(store, turf_ids).items()}
    lease = lease_next_contact(store, turf.lead_id, turf.world.campaign_id, now=DAYTIME)
    assert lease is not None and lease.entry_id not in turf_ids
    # The turf's leases are untouched (not shortened to a calling lease).
    assert {i: e.lease_expires_at for i, e in entries(store, turf_ids).items()} == held_before


def test_door_results_stay_off_the_calling_screen(store, turf):
    from callcenter.services.campaigns import campaign_for_calling

    check_out(store, request(turf))
    codes = [r.code for r in campaign_for_calling(store, turf.world.campaign_id).result_codes]
    assert codes and not [c for c in codes if c.startswith("DOOR_")]
    assert "SUPPORTER" in codes


def test_each_step_of_a_checkout_is_in_the_audit_log_without_the_people(store, turf):
    """Who took which turf out, extended it, handed it back and checked it in: ids,
    the turf's name and counts, never a contact's name or address."""
    from callcenter.services.audit import AUDIT_ACTIONS, audit_rows

    now = utcnow()
    checkout_id = check_out(store, request(turf, hours=2), now=now)
    extend_checkout(store, checkout_id, turf.lead_id, 3, now=now)
    hand_back(store, checkout_id, turf.lead_id, now=now)
    finish_check_in(store, checkout_id, turf.lead_id, now=now)

    events = [r for r in reversed(audit_rows(store)) if r.action.startswith("turf_")]
    assert [e.action for e in events] == [
        "turf_checked_out",
        "turf_extended",
        "turf_handed_back",
        "turf_checked_in",
    ]
    assert {e.action for e in events} <= set(AUDIT_ACTIONS)
    assert all(e.detail["checkout_id"] == checkout_id for e in events)
    assert all(e.detail["turf"] == "Turf A" for e in events)
    with store.read() as s:
        from callcenter.models import Volunteer

        lead_code = s.get(Volunteer, turf.lead_id).code  # type: ignore[union-attr]
    assert lead_code and all(e.actor_code == lead_code for e in events)
    assert events[0].detail["entries"] == len(turf.world.entry_ids)
    assert events[0].detail["hours"] == 2 and events[1].detail["hours"] == 3
    told = " ".join(str(e.detail) for e in events)
    with store.read() as s:
        from callcenter.models import Contact

        for contact in s.query(Contact):
            assert contact.last_name not in told
            assert (contact.street or "-") not in told
