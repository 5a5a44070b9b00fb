"""``callcenter canvass ...``: the canvass tab's checkouts from the command line.

The same services as the window (``sync.canvass`` around the core's checkouts):
online, a check-out claims the CRM's leases and a check-in syncs first; with no
CRM or no network a check-out is local only, and the output says so.  Every
change names who makes it (``--as CODE``, PIN from ``$CALLCENTER_PIN`` or a
prompt) and is audited.  Walk sheets and door mode stay in the window.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime

from callcenter.db import Store
from callcenter.models import utcnow
from callcenter.services.canvass.checkout import CheckoutRequest, CheckoutView, list_checkouts
from callcenter.services.canvass.turf import TurfCut
from callcenter.services.station import this_station
from sync.canvass import check_in_turf, check_out_turf, extend_turf, hand_back_turf
from sync.canvass_engine import turf_crm_for_profile

Print = Callable[[str], None]


def run_canvass(store: Store, args: argparse.Namespace, *, echo: Print = print) -> int:
    commands: dict[str, Callable[..., int]] = {
        "list": canvass_list,
        "check-out": canvass_check_out,
        "extend": canvass_extend,
        "hand-back": canvass_hand_back,
        "check-in": canvass_check_in,
    }
    return commands[args.canvass_command](store, args, echo=echo)


def canvass_list(store: Store, args: argparse.Namespace, *, echo: Print = print) -> int:
    checkouts = list_checkouts(store, include_checked_in=args.all)
    if not checkouts:
        echo("No checkout waits for a check-in." if not args.all else "No checkouts yet.")
        return 0
    now = utcnow()
    for c in checkouts:
        until = _local(c.ended_at) if c.ended_at else f"until {_local(c.expires_at)}"
        crm = "CRM leases" if c.crm_claimed_at else "local only"
        echo(
            f"{c.id:>4}  {c.name}  [{c.state(now)}, {c.mode}, {crm}]  {c.campaign_name}; "
            f"{c.households} households, {c.people} people; {c.holder_name}; {until}"
        )
    return 0


def canvass_check_out(store: Store, args: argparse.Namespace, *, echo: Print = print) -> int:
    actor = _actor(store, args)
    cut = TurfCut(
        list_id=args.list,
        zips=tuple(args.zip),
        streets=tuple(args.street),
        max_households=args.households,
    )
    request = CheckoutRequest(
        actor_id=actor,
        cut=cut,
        hours=args.hours,
        mode=args.mode,
        name=args.name or "",
        station_id=this_station(store),
    )
    outcome = check_out_turf(store, turf_crm_for_profile(store), request)
    view = outcome.checkout
    echo(
        f"Checked out {_named(view)}: {view.households} households, {view.people} people, "
        f"until {_local(view.expires_at)}."
    )
    if outcome.crm_leased:
        echo("  The CRM holds them for this laptop until then.")
        if outcome.lost:
            echo(f"  {outcome.lost} doors are held by another workstation and were left out.")
    else:
        echo(
            "  Local only (no CRM connected or reachable): other workstations may still "
            "call these people until this laptop syncs."
        )
    return 0


def canvass_extend(store: Store, args: argparse.Namespace, *, echo: Print = print) -> int:
    actor = _actor(store, args)
    outcome = extend_turf(store, turf_crm_for_profile(store), args.checkout, actor, args.hours)
    view = outcome.checkout
    echo(f"Extended {_named(view)} until {_local(view.expires_at)}.")
    if outcome.lost:
        echo(f"  {outcome.lost} doors went to another workstation meanwhile and were left out.")
    return 0


def canvass_hand_back(store: Store, args: argparse.Namespace, *, echo: Print = print) -> int:
    actor = _actor(store, args)
    view = hand_back_turf(store, turf_crm_for_profile(store), args.checkout, actor)
    echo(
        f"Handed back {_named(view)}: its contacts are back on the list; what was "
        "recorded goes to the CRM with the next sync."
    )
    return 0


def canvass_check_in(store: Store, args: argparse.Namespace, *, echo: Print = print) -> int:
    actor = _actor(store, args)
    outcome = check_in_turf(store, turf_crm_for_profile(store), args.checkout, actor)
    s = outcome.summary
    echo(f"Checked in {_named(s.checkout)}.")
    echo(
        f"  Sync: {outcome.sync.sent} sent, {outcome.sync.pulled} fetched, "
        f"{outcome.sync.review} refused (see 'callcenter crm review'), "
        f"{outcome.sync.conflicts} conflicts."
    )
    echo(
        f"  {s.doors_knocked} of {s.households} households reached at the door or on paper; "
        f"{s.results} results, {s.contacts} contacts, {s.people_with_result} of {s.people} people."
    )
    if not outcome.leases_released:
        echo("  The CRM's leases could not be given back now; they run out at the expiry.")
    for flag in s.flags:
        echo(f"  Check {flag.volunteer_name}: {flag.message}")
    return 0


def _actor(store: Store, args: argparse.Namespace) -> int:
    from callcenter.cli_volunteers import _actor_id

    return _actor_id(store, args.actor)


def _named(view: CheckoutView) -> str:
    return f"'{view.name}' (#{view.id})"


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%a %d %b %H:%M")
