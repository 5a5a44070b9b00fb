"""``callcenter sync`` and ``callcenter crm ...``, loaded lazily by ``callcenter.cli``.

Messages name what happened and what to do; they never contain a token, a name
or a phone number.  Failures are ``SyncError``s with their own exit codes.
"""

from __future__ import annotations

import argparse
import logging
import time
from collections.abc import Callable
from typing import Any

from callcenter.db import Store
from callcenter.errors import InvalidInputError
from callcenter.messages import msg
from callcenter.services import sync_state
from callcenter.services.conflicts import keep_crm_value, open_conflicts, send_local_value
from callcenter.services.outbox import dismiss_review, retry_review, review_queue
from callcenter.services.station import STATION_KEY, this_station
from callcenter.services.store_info import get_setting
from sync.engine import SyncEngine, SyncOptions, SyncReport
from sync.errors import ApiLimitError, CrmUnavailableError, NotConnectedError
from sync.salesforce import SalesforceConnector
from sync.salesforce.auth import DEFAULT_CLIENT_ID, KeyringTokens, OAuthClient, TokenVault
from sync.salesforce.http import SalesforceHttp, check_url

log = logging.getLogger(__name__)

Print = Callable[[str], None]


def build_engine(store: Store, args: argparse.Namespace | None = None) -> SyncEngine:
    """The engine for this profile's CRM connection, signed in from the keyring."""
    connection = sync_state.crm_connection(store)
    if connection is None:
        raise NotConnectedError(msg("sync.not_connected_run_connect"))
    vault = TokenVault()
    vault.check()
    oauth = OAuthClient(connection.login_url, connection.client_id or DEFAULT_CLIENT_ID)
    tokens = KeyringTokens(oauth, vault, connection.instance_url)
    connector = SalesforceConnector(SalesforceHttp(connection.instance_url, tokens))
    leases = not getattr(args, "no_leases", False)
    options = SyncOptions(
        holder=_holder(store) if leases else None,
        lease_block=getattr(args, "lease_block", None) or 25,
        lease_minutes=int((getattr(args, "lease_hours", None) or 4) * 60),
    )
    return SyncEngine(store, connector, options)


def _holder(store: Store) -> str:
    """This workstation's name in the CRM's leases: its station id (a ULID, no name)."""
    this_station(store)
    uid = get_setting(store, STATION_KEY)
    assert uid is not None
    return uid


def summary(report: SyncReport) -> str:
    parts = [f"sent {report.push.sent}"]
    if report.push.review:
        parts.append(f"{report.push.review} refused (see 'callcenter crm review')")
    if report.push.waiting:
        parts.append(f"{report.push.waiting} to retry later")
    parts.append(f"pulled {report.pull.records} changes")
    if report.push.conflicts:
        parts.append(f"{report.push.conflicts} decided values met a newer CRM change")
    if report.pull.conflicts:
        parts.append(f"{report.pull.conflicts} conflicts to review")
    if report.leases.claimed or report.leases.released:
        parts.append(f"leased {report.leases.claimed}, released {report.leases.released}")
    return "Synced: " + ", ".join(parts) + f" ({report.seconds:.1f} s)."


def run_sync(
    store: Store,
    args: argparse.Namespace,
    *,
    echo: Print = print,
) -> int:
    engine = build_engine(store, args)
    if not args.watch:
        echo(summary(engine.run_once()))
        return 0
    interval = max(5.0, float(args.interval))
    rounds = 0
    while args.max_rounds is None or rounds < args.max_rounds:
        rounds += 1
        try:
            echo(summary(engine.run_once()))
            wait = interval
        except CrmUnavailableError as exc:
            echo(f"Not synced: {exc}")  # offline is normal; keep watching
            wait = interval * 2
        except ApiLimitError as exc:
            echo(f"Paused: {exc}")
            wait = 3600.0
        if args.max_rounds is not None and rounds >= args.max_rounds:
            break
        _pause(wait)
    return 0


def _pause(seconds: float) -> None:
    time.sleep(seconds)


# --- crm connect | status | disconnect | review -----------------------------------------------


def run_crm(store: Store, args: argparse.Namespace, *, echo: Print = print) -> int:
    commands: dict[str, Callable[..., int]] = {
        "connect": crm_connect,
        "status": crm_status,
        "disconnect": crm_disconnect,
        "review": crm_review,
    }
    return commands[args.crm_command](store, args, echo=echo)


def crm_connect(
    store: Store,
    args: argparse.Namespace,
    *,
    echo: Print = print,
    open_browser: Callable[[str], Any] | None = None,
) -> int:
    login_url = check_url(args.instance)
    vault = TokenVault()
    vault.check()  # before the browser opens: no keyring, no sign-in
    oauth = OAuthClient(login_url, args.client_id or DEFAULT_CLIENT_ID)
    if args.device:
        device = oauth.start_device_flow()
        echo(
            f"On any device, open {device.verification_uri} and enter the code "
            f"{device.user_code}. Waiting for approval ..."
        )
        tokens = oauth.finish_device_flow(device)
    else:
        echo("Opening your browser to sign in to Salesforce ...")
        tokens = oauth.authorize_in_browser(open_browser=open_browser, port=args.redirect_port)
    if not tokens.refresh_token:
        raise NotConnectedError(
            "Salesforce signed in but gave no refresh token, so sync could not run later. "
            "Ask the CRM admin to allow the 'refresh_token' scope for this app."
        )
    vault.save(tokens.instance_url, tokens.refresh_token)
    sync_state.save_crm_connection(
        store,
        sync_state.CrmConnection(
            "salesforce", tokens.instance_url, login_url, args.client_id or DEFAULT_CLIENT_ID
        ),
    )
    echo(f"Connected to {tokens.instance_url}. Run 'callcenter sync' to sync now.")
    return 0


def crm_status(store: Store, args: argparse.Namespace, *, echo: Print = print) -> int:
    status = sync_state.sync_status(store)
    connection = status.connection
    if connection is None:
        echo("CRM:          not connected (run 'callcenter crm connect --instance URL')")
    else:
        echo(f"CRM:          {connection.connector} at {connection.instance_url}")
    echo(f"last sync:    {_when(status.last_success_at)}")
    if status.last_error:
        echo(f"last problem: {status.last_error}")
    echo(f"waiting:      {status.pending} to send")
    echo(f"review:       {status.review} refused by the CRM, {status.conflicts} conflicts")
    if connection is None:
        raise NotConnectedError("Not connected to a CRM.")
    return 0


def crm_disconnect(store: Store, args: argparse.Namespace, *, echo: Print = print) -> int:
    connection = sync_state.crm_connection(store)
    if connection is None:
        echo("This workstation was not connected to a CRM.")
        return 0
    vault = TokenVault()
    try:
        released = build_engine(store).release_leases()
        if released:
            echo(f"Gave back {released} leased contacts.")
    except (CrmUnavailableError, NotConnectedError, ApiLimitError) as exc:
        echo(f"Leases could not be given back now ({exc}); they end by themselves.")
    vault.delete(connection.instance_url)
    sync_state.forget_crm_connection(store)
    echo(f"Disconnected from {connection.instance_url}; the sign-in was removed from the keyring.")
    return 0


DECISIONS = ("keep-crm", "send-mine")


def crm_review(store: Store, args: argparse.Namespace, *, echo: Print = print) -> int:
    decide = getattr(args, "decide", None)
    if args.retry or args.dismiss or decide:
        return _review_decision(store, args, decide, echo)
    if getattr(args, "dismissed", False):
        dismissed = review_queue(store, status="dismissed")
        if not dismissed:
            echo("No dismissed rows.")
        for item in dismissed:
            when = _when(item.decided_at)
            echo(
                f"outbox {item.id:>6}  {item.kind:<20} dismissed {when} by volunteer "
                f"{item.decided_by_id or '-'}: {item.message}"
            )
        return 0
    queue = review_queue(store)
    conflicts = open_conflicts(store)
    if not queue and not conflicts:
        echo("Nothing to review.")
    for item in queue:
        echo(f"outbox {item.id:>6}  {item.kind:<20} {item.message}")
    for c in conflicts:
        how = "keep-crm|send-mine" if c.decidable else "keep-crm"
        echo(
            f"conflict {c.id:>4}  {c.object_type} {c.crm_id or '-'} {c.field}: "
            f"kept the CRM's value ({c.rule}); decide: {how}"
        )
    return 0


def _review_decision(
    store: Store, args: argparse.Namespace, decide: list[str] | None, echo: Print
) -> int:
    conflict_id = 0
    if decide:
        raw_id, choice = decide
        if not raw_id.isdecimal() or not raw_id.isascii() or int(raw_id) < 1:
            raise InvalidInputError(f"--decide: '{raw_id}' is not a conflict id (a number).")
        if choice not in DECISIONS:
            raise InvalidInputError(
                f"--decide {raw_id}: '{choice}' is not a decision; use keep-crm or send-mine."
            )
        conflict_id = int(raw_id)
    if not args.actor:
        raise InvalidInputError(
            "Deciding needs your code: add --as CODE (an active shift lead or admin)."
        )
    from callcenter.cli_volunteers import _actor_id

    actor = _actor_id(store, args.actor)
    station = this_station(store)
    if args.retry:
        count = retry_review(store, args.retry, actor_id=actor, station_id=station)
        echo(f"{count} rows will be sent again at the next sync.")
    elif args.dismiss:
        count = dismiss_review(store, args.dismiss, actor_id=actor, station_id=station)
        echo(f"{count} rows dismissed (kept, not sent; see --dismissed).")
    elif decide and decide[1] == "keep-crm":
        keep_crm_value(store, conflict_id, actor_id=actor, station_id=station)
        echo(f"Conflict {conflict_id}: the CRM's value stays.")
    else:
        send_local_value(store, conflict_id, actor_id=actor, station_id=station)
        echo(f"Conflict {conflict_id}: the value kept here will be sent at the next sync.")
    return 0


def _when(moment: Any) -> str:
    if moment is None:
        return "never"
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
