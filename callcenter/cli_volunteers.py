"""``callcenter volunteers ...`` and ``callcenter audit ...``: the console's CLI twin.

Every change names who makes it (``--as CODE``); the PIN comes from the
``CALLCENTER_PIN`` environment variable (for scripts) or a hidden prompt, and
the same permission rules apply as in the window.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from callcenter.csvsafe import write_rows
from callcenter.errors import InvalidInputError, UserError

PIN_ENV = "CALLCENTER_PIN"


def add_parsers(sub: argparse._SubParsersAction, db_option: Callable[..., None]) -> None:
    vol = sub.add_parser("volunteers", help="list, add, activate and deactivate volunteers")
    db_option(vol, top=False)
    vsub = vol.add_subparsers(dest="vol_command", metavar="ACTION", required=True)

    ls = vsub.add_parser("list", help="list volunteers (filters combine)")
    _filters(ls)
    ls.add_argument("--signed-in", action="store_true", help="only those signed in now")
    ls.add_argument("--csv", action="store_true", help="CSV on standard output")

    add = vsub.add_parser("add", help="register a walk-in as pending")
    add.add_argument("--first", required=True, help="first name")
    add.add_argument("--last", required=True, help="last name")
    add.add_argument("--email")
    add.add_argument("--phone")
    add.add_argument("--languages", default="en", help="comma-separated, e.g. en,de")

    imp = vsub.add_parser("import", help="add a sign-up list (CSV) as pending volunteers")
    imp.add_argument("file", type=Path, metavar="FILE", help="CSV with first and last name columns")

    act = vsub.add_parser("activate", help="activate and print each one's code and PIN once")
    _selection(act, everyone="--all-pending", everyone_help="every pending volunteer")
    act.add_argument(
        "--campaign",
        type=int,
        action="append",
        default=[],
        metavar="ID",
        help="assign to this campaign (repeatable)",
    )
    act.add_argument("--languages", help="comma-separated, e.g. en,fr")
    act.add_argument("--shift-ends", metavar="HH:MM", help="today's shift end, local time")
    act.add_argument("--csv", action="store_true", help="CSV of codes and PINs for slips")

    for name, text in (
        ("deactivate", "deactivate (signs out, releases their contacts, keeps their calls)"),
        ("suspend", "suspend for now (reactivate later)"),
        ("reactivate", "end a suspension"),
    ):
        p = vsub.add_parser(name, help=text)
        _selection(
            p,
            everyone="--all-active" if name != "reactivate" else "--all-suspended",
            everyone_help="everyone matching the filters",
        )
        p.add_argument("--reason", default="", help="kept in the audit log")

    pin = vsub.add_parser("reset-pin", help="issue a new PIN and unlock the code")
    pin.add_argument("volunteer", metavar="CODE_OR_ID")
    add_actor(pin)

    role = vsub.add_parser("set-role", help="change a role (admins only)")
    role.add_argument("volunteer", metavar="CODE_OR_ID")
    role.add_argument("role", choices=["volunteer", "shift_lead", "admin"])
    add_actor(role)

    for p in vsub.choices.values():
        db_option(p, top=False)

    audit = sub.add_parser("audit", help="the audit log of volunteer changes")
    db_option(audit, top=False)
    asub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    exp = asub.add_parser("export", help="write the audit log as CSV")
    exp.add_argument("--since", type=_date, metavar="YYYY-MM-DD")
    exp.add_argument("--until", type=_date, metavar="YYYY-MM-DD")
    exp.add_argument("--out", type=Path, metavar="FILE", help="default: standard output")
    db_option(exp, top=False)


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--status", help="pending, active, suspended or deactivated")
    p.add_argument("--role", help="volunteer, shift_lead or admin")
    p.add_argument("--campaign", type=int, metavar="ID", help="assigned to this campaign")
    p.add_argument("--station", metavar="NAME", help="at this station")
    p.add_argument("--search", default="", help="name, email or code starts with")


def _selection(p: argparse.ArgumentParser, *, everyone: str, everyone_help: str) -> None:
    p.add_argument("volunteers", nargs="*", metavar="CODE_OR_ID")
    p.add_argument(everyone, dest="everyone", action="store_true", help=everyone_help)
    p.add_argument(
        "--station-filter",
        dest="station",
        metavar="NAME",
        help="with the all-option: only at this station",
    )
    p.add_argument(
        "--campaign-filter",
        dest="campaign_filter",
        type=int,
        metavar="ID",
        help="with the all-option: only assigned to this campaign",
    )
    add_actor(p)


def add_actor(p: argparse.ArgumentParser) -> None:
    """``--as CODE``: who makes the change (the PIN is asked for, never an option)."""
    p.add_argument(
        "--as",
        dest="actor",
        required=True,
        metavar="CODE",
        help=f"your own code (PIN from ${PIN_ENV} or a prompt)",
    )


def _date(text: str) -> datetime:
    try:
        return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-23") from None


def _shift_end(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        clock = time.fromisoformat(text)
    except ValueError:
        raise InvalidInputError(f"--shift-ends '{text}' is not a time like 21:30.") from None
    local_now = datetime.now().astimezone()
    end = local_now.replace(hour=clock.hour, minute=clock.minute, second=0, microsecond=0)
    if end <= local_now:
        end += timedelta(days=1)
    return end.astimezone(UTC)


def _languages(text: str | None) -> list[str] | None:
    if text is None:
        return None
    langs = [t.strip().lower() for t in text.split(",") if t.strip()]
    bad = [t for t in langs if not (t.isalpha() and 2 <= len(t) <= 3)]
    if bad:
        raise InvalidInputError(f"'{bad[0]}' is not a language code like en, de or fr.")
    return langs


def _actor_id(store, code: str) -> int:
    from callcenter.services.auth import verify_actor

    pin = os.environ.get(PIN_ENV)
    if pin is None:
        if not sys.stdin.isatty():
            raise UserError(f"Set {PIN_ENV} to your PIN, or run the command in a terminal.")
        pin = getpass.getpass(f"PIN for {code}: ")
    return verify_actor(store, code, pin)


def _selected(store, args: argparse.Namespace, status: str) -> list[int]:
    from callcenter.services.volunteer_directory import (
        VolunteerFilter,
        list_volunteers,
        resolve_volunteers,
    )

    if args.volunteers and args.everyone:
        raise InvalidInputError("Name volunteers or use the all-option, not both.")
    if args.volunteers:
        return resolve_volunteers(store, args.volunteers)
    if not args.everyone:
        raise InvalidInputError("Name at least one volunteer (code or id), or use the all-option.")
    flt = VolunteerFilter(
        status=status, station=args.station, campaign_id=args.campaign_filter, role="volunteer"
    )
    ids = [r.id for r in list_volunteers(store, flt)]
    if not ids:
        raise InvalidInputError(f"No {status} volunteers match.")
    return ids


def run(store, args: argparse.Namespace) -> int:
    if args.command == "audit":
        return _export_audit(store, args)
    return VOLUNTEER_ACTIONS[args.vol_command](store, args)


def _list(store, args: argparse.Namespace) -> int:
    from callcenter.services.volunteer_directory import VolunteerFilter, list_volunteers

    rows = list_volunteers(
        store,
        VolunteerFilter(
            status=args.status,
            role=args.role,
            campaign_id=args.campaign,
            station=args.station,
            search=args.search,
            signed_in=True if args.signed_in else None,
        ),
    )
    table = [
        (r.id, r.code or "", r.name, r.role, r.status, ",".join(r.languages), r.station or "")
        for r in rows
    ]
    header = ("id", "code", "name", "role", "status", "languages", "station")
    if args.csv:
        write_rows(sys.stdout, header, table)
    else:
        _print_table(header, table)
        print(f"{len(rows)} volunteer{'s' if len(rows) != 1 else ''}")
    return 0


def _add(store, args: argparse.Namespace) -> int:
    from callcenter.services.volunteers import register_volunteer

    vid = register_volunteer(
        store,
        first_name=args.first,
        last_name=args.last,
        email=args.email,
        phone=args.phone,
        languages=_languages(args.languages) or ["en"],
    )
    print(f"Added volunteer {vid} as pending; activate with: callcenter volunteers activate {vid}")
    return 0


def _import(store, args: argparse.Namespace) -> int:
    from callcenter.services.volunteer_import import import_volunteers

    report = import_volunteers(store, args.file)
    print(
        f"Added {report.added} pending volunteer{'s' if report.added != 1 else ''} "
        f"from {args.file.name}; {len(report.duplicates)} duplicates skipped, "
        f"{len(report.rejected)} rows rejected."
    )
    for line, why in report.duplicates:
        print(f"  line {line}: skipped, {why}")
    for line, why in report.rejected:
        print(f"  line {line}: rejected, {why}", file=sys.stderr)
    # Rejected rows need a person's attention; the good rows are in either way.
    return 1 if report.rejected else 0


def _activate(store, args: argparse.Namespace) -> int:
    from callcenter.services.volunteers import activate_volunteers, issue_pins

    actor = _actor_id(store, args.actor)
    ids = _selected(store, args, "pending")
    issued = activate_volunteers(
        store,
        actor,
        ids,
        campaign_ids=args.campaign,
        languages=_languages(args.languages),
        shift_ends_at=_shift_end(args.shift_ends),
    )
    issue_pins(store, issued)
    rows = [(c.volunteer_id, c.name, c.code, c.pin) for c in issued]
    header = ("id", "name", "code", "pin")
    if args.csv:
        write_rows(sys.stdout, header, rows)
    else:
        _print_table(header, rows)
        print(f"Activated {len(issued)}. PINs are shown once: hand them out now.")
    return 0


def _change(action: str, status: str) -> Callable[..., int]:
    def change(store, args: argparse.Namespace) -> int:
        from callcenter.services.volunteers import change_status

        actor = _actor_id(store, args.actor)
        ids = _selected(store, args, status)
        result = change_status(store, actor, ids, action, reason=args.reason)
        print(
            f"{action.capitalize()}d {len(result.volunteer_ids)} volunteer"
            f"{'s' if len(result.volunteer_ids) != 1 else ''}; "
            f"{result.leases_released} contacts returned to the list, "
            f"{result.sessions_ended} signed out."
        )
        return 0

    return change


def _reset_pin(store, args: argparse.Namespace) -> int:
    from callcenter.services.volunteer_directory import resolve_volunteers
    from callcenter.services.volunteers import reset_pin

    actor = _actor_id(store, args.actor)
    [vid] = resolve_volunteers(store, [args.volunteer])
    cred = reset_pin(store, actor, vid)
    print(f"New PIN for {cred.name} ({cred.code}): {cred.pin}  (shown once)")
    return 0


def _set_role(store, args: argparse.Namespace) -> int:
    from callcenter.services.volunteer_directory import resolve_volunteers
    from callcenter.services.volunteers import change_role

    actor = _actor_id(store, args.actor)
    [vid] = resolve_volunteers(store, [args.volunteer])
    change_role(store, actor, vid, args.role)
    print(f"Volunteer {vid} is now {args.role.replace('_', ' ')}.")
    return 0


def _export_audit(store, args: argparse.Namespace) -> int:
    from callcenter.services.audit import export_audit_csv

    filters = {"since": args.since, "until": args.until}
    if args.out is None:
        n = export_audit_csv(store, sys.stdout, **filters)
    else:
        tmp = args.out.with_name(args.out.name + ".part")
        try:
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                n = export_audit_csv(store, fh, **filters)
            tmp.replace(args.out)  # all or nothing: no half-written export
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise UserError(f"Cannot write {args.out}: {exc.strerror}.") from exc
        print(f"Wrote {n} audit events to {args.out}.", file=sys.stderr)
    return 0


def _print_table(header: tuple[str, ...], rows: list[tuple[object, ...]]) -> None:
    cells = [tuple(str(c) for c in header)] + [tuple(str(c) for c in r) for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    for row in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


VOLUNTEER_ACTIONS: dict[str, Callable[..., int]] = {
    "list": _list,
    "add": _add,
    "import": _import,
    "activate": _activate,
    "deactivate": _change("deactivate", "active"),
    "suspend": _change("suspend", "active"),
    "reactivate": _change("reactivate", "suspended"),
    "reset-pin": _reset_pin,
    "set-role": _set_role,
}
