"""The CRM half of a checkout, run around the core by ``sync.canvass``, with a stand-in CRM.

The stand-in only records what it was asked and marks the outbox sent the way a
sync does; the real engine is tested against the emulator (test_session_e2e).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import pytest

from callcenter.db import Store
from callcenter.errors import NotAllowedError
from callcenter.models import utcnow
from callcenter.services.calls import Outcome
from callcenter.services.canvass.checkout import CheckoutRequest, get_checkout
from callcenter.services.canvass.results import record_turf_results
from callcenter.services.canvass.turf import TurfCut
from callcenter.services.canvass.walk_list import load_walk_list
from sync.canvass import (
    TurfSyncReport,
    check_in_turf,
    check_out_turf,
    extend_turf,
    hand_back_turf,
)
from sync.errors import CrmUnavailableError, NotConnectedError
from tests.canvass.conftest import Turf


class StandInCrm:
    def __init__(self, *, online: bool = True, taken: Sequence[int] = (), sends: bool = True):
        self.online = online
        self.taken = set(taken)
        self.sends = sends
        self.calls: list[tuple[str, object]] = []

    def is_online(self) -> bool:
        return self.online

    def claim_turf(self, store: Store, entry_ids: Sequence[int], expires_at: datetime) -> list[int]:
        self.calls.append(("claim", sorted(entry_ids)))
        return [e for e in entry_ids if e not in self.taken]

    def release_turf(self, store: Store, entry_ids: Sequence[int]) -> None:
        self.calls.append(("release", sorted(entry_ids)))

    def sync_now(self, store: Store) -> TurfSyncReport:
        self.calls.append(("sync", None))
        if not self.sends:
            return TurfSyncReport()
        with store.write() as s:
            sent = (
                s.connection()
                .exec_driver_sql("UPDATE outbox SET status = 'sent' WHERE status = 'pending'")
                .rowcount
            )
        return TurfSyncReport(sent=sent)


def request(turf: Turf) -> CheckoutRequest:
    return CheckoutRequest(turf.lead_id, TurfCut(turf.world.list_id), 8, name="Turf A")


def record_one(store, turf: Turf, checkout_id: int) -> None:
    walk = load_walk_list(store, checkout_id)
    now = utcnow()
    code = walk.door_results[0].id
    record_turf_results(
        store,
        checkout_id,
        [Outcome(walk.people[0].entry_id, turf.canvasser_id, code, now, now)],
        source="door",
    )


def test_online_check_out_takes_only_the_doors_won_in_the_crm(store, turf):
    crm = StandInCrm(taken=turf.world.entry_ids[:2])
    outcome = check_out_turf(store, crm, request(turf))
    assert outcome.crm_leased and outcome.lost == 2
    assert outcome.checkout.people == 6 and outcome.checkout.crm_claimed_at is not None
    assert crm.calls == [("claim", sorted(turf.world.entry_ids))]


def test_offline_check_out_is_local_only(store, turf):
    for crm in (None, StandInCrm(online=False)):
        outcome = check_out_turf(store, crm, request(turf))
        assert not outcome.crm_leased and outcome.checkout.crm_claimed_at is None
        hand_back_turf(store, crm, outcome.checkout.id, turf.lead_id)


def test_extend_online_drops_doors_lost_meanwhile(store, turf):
    crm = StandInCrm()
    outcome = check_out_turf(store, crm, request(turf))
    crm.taken = {turf.world.entry_ids[0]}
    extended = extend_turf(store, crm, outcome.checkout.id, turf.lead_id, 2)
    assert extended.lost == 1 and extended.checkout.people == 7


def test_check_in_syncs_first_then_releases(store, turf):
    crm = StandInCrm()
    checkout_id = check_out_turf(store, crm, request(turf)).checkout.id
    record_one(store, turf, checkout_id)
    done = check_in_turf(store, crm, checkout_id, turf.lead_id)
    assert [name for name, _ in crm.calls] == ["claim", "sync", "release"]
    assert done.sync.sent == 1 and done.leases_released
    assert done.summary.results == 1 and done.summary.waiting_to_sync == 0
    assert get_checkout(store, checkout_id).state() == "checked_in"


def test_check_in_changes_nothing_when_results_cannot_be_sent(store, turf):
    checkout_id = check_out_turf(store, None, request(turf)).checkout.id
    record_one(store, turf, checkout_id)
    with pytest.raises(NotConnectedError):
        check_in_turf(store, None, checkout_id, turf.lead_id)
    with pytest.raises(CrmUnavailableError):
        check_in_turf(store, StandInCrm(online=False), checkout_id, turf.lead_id)
    stuck = StandInCrm(sends=False)
    with pytest.raises(NotAllowedError, match="have not reached the CRM"):
        check_in_turf(store, stuck, checkout_id, turf.lead_id)
    assert [name for name, _ in stuck.calls] == ["sync"]
    assert get_checkout(store, checkout_id).state() == "active"
