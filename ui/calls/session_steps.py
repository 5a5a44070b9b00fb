"""What one calling op does on the database thread: plain functions over core services.

Each function is one step the volunteer takes (start, save and next, skip); it
runs off the GUI thread through ``ui.ops.Op`` and returns plain data.  A step
that records something never reports the record as failed once it is
committed: if only leasing the next contact fails, that error is returned
beside the saved result, so the screen cannot invite a second save of it.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime

from callcenter.db import Store
from callcenter.errors import LeaseLostError
from callcenter.services.calls import (
    Lease,
    Outcome,
    RecordedOutcome,
    lease_next_contact,
    record_outcome,
    skip_contact,
)
from callcenter.services.campaigns import CampaignForCalling, campaign_for_calling
from callcenter.services.scripts import ScriptView, load_script
from callcenter.services.settings import DialSettings, dial_settings

# What "now" is for the calling flow: the real UTC time, or a fixed one in tests
# (calling hours decide who may be leased, so tests must not depend on the hour).
Clock = Callable[[], datetime]


@dataclass(frozen=True)
class CallingSetup:
    """Read once per campaign and cached by the calling page."""

    campaign: CampaignForCalling
    script: ScriptView | None
    dial: DialSettings


@dataclass(frozen=True)
class NextContact:
    """The outcome of a step: the next lease (None: nobody is due now) and what was saved."""

    lease: Lease | None
    recorded: RecordedOutcome | None = None
    lease_error: Exception | None = None
    setup: CallingSetup | None = None


def load_calling_setup(store: Store, campaign_id: int) -> CallingSetup:
    return CallingSetup(
        campaign=campaign_for_calling(store, campaign_id),
        script=load_script(store, campaign_id),
        dial=dial_settings(store),
    )


def start_calling(
    store: Store,
    volunteer_id: int,
    campaign_id: int,
    *,
    station_id: int | None,
    cached: CallingSetup | None,
    now: datetime,
) -> NextContact:
    """The campaign's setup (unless cached) and the first contact, in one trip."""
    setup = cached or load_calling_setup(store, campaign_id)
    lease = lease_next_contact(store, volunteer_id, campaign_id, station_id=station_id, now=now)
    return NextContact(lease=lease, setup=setup)


def save_and_lease_next(
    store: Store, outcome: Outcome, campaign_id: int, *, station_id: int | None, now: datetime
) -> NextContact:
    """Record the call (committed, durable) and only then lease the next contact."""
    recorded = record_outcome(store, outcome, now=now)
    return _lease_after(store, outcome.volunteer_id, campaign_id, station_id, recorded, now)


def skip_and_lease_next(
    store: Store,
    entry_id: int,
    volunteer_id: int,
    campaign_id: int,
    *,
    station_id: int | None,
    now: datetime,
) -> NextContact:
    """Hand the contact back unseen and lease the next one."""
    # No longer ours (the lease ran out): nothing to hand back, just move on.
    with suppress(LeaseLostError):
        skip_contact(store, entry_id, volunteer_id, now=now)
    return _lease_after(store, volunteer_id, campaign_id, station_id, None, now)


def _lease_after(
    store: Store,
    volunteer_id: int,
    campaign_id: int,
    station_id: int | None,
    recorded: RecordedOutcome | None,
    now: datetime,
) -> NextContact:
    try:
        lease = lease_next_contact(store, volunteer_id, campaign_id, station_id=station_id, now=now)
    except Exception as error:
        return NextContact(lease=None, recorded=recorded, lease_error=error)
    return NextContact(lease=lease, recorded=recorded)
