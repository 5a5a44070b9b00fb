"""``callcenter import``, ``export`` and ``privacy``: contacts in, results out, people erased.

Each command is one core call; messages name the file, line and column of a
problem, and never print more about a person than the value that was wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from callcenter.errors import UserError

PROBLEMS_PRINTED = 20
DELIMITERS = {"comma": ",", ",": ",", "semicolon": ";", ";": ";", "tab": "\t"}


def add_parsers(sub: argparse._SubParsersAction, db_option: Callable[..., None]) -> None:
    imp = sub.add_parser(
        "import",
        help="import contacts from a CSV file onto a campaign's call list",
        description="Import contacts from a CSV file (any CRM's export: UTF-8, UTF-16 or "
        "Windows encoding, comma, semicolon or tab separated). Columns are guessed from "
        "their headers unless a mapping says otherwise. All rows go in, or none.",
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--campaign", type=int, required=True, metavar="ID")
    options = (
        ("--list", "NAME", "the call list (made if new; default: the file's name)"),
        ("--mapping", "M.json", "column names to fields, as saved from the import dialog"),
        ("--default-region", "CC", "region of numbers without a country code (default: US)"),
        ("--encoding", "NAME", "read the file in this encoding (default: detected)"),
        ("--rejects", "PATH", "where to write rejected rows (default: FILE.rejects.csv)"),
    )
    for flag, metavar, text in options:
        kind = Path if flag in ("--mapping", "--rejects") else str
        imp.add_argument(flag, metavar=metavar, help=text, type=kind)
    imp.add_argument(
        "--delimiter",
        choices=sorted(DELIMITERS),
        metavar="{comma,semicolon,tab}",
        help="column separator (default: detected)",
    )
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help="check everything and report, but write nothing to the database",
    )
    db_option(imp, top=False)

    exp = sub.add_parser("export", help="call results or the audit log as CSV")
    db_option(exp, top=False)
    esub = exp.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    results = esub.add_parser(
        "results",
        help="a campaign's calls, answers and notes, as Salesforce Tasks for a bulk upload",
    )
    results.add_argument("--campaign", type=int, required=True, metavar="ID")
    results.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="calls from this day")
    audit = esub.add_parser("audit", help="the audit log")
    audit.add_argument("--since", type=_date, metavar="YYYY-MM-DD")
    audit.add_argument("--until", type=_date, metavar="YYYY-MM-DD")
    for p in (results, audit):
        p.add_argument("--out", type=Path, metavar="FILE", help="default: standard output")
        db_option(p, top=False)

    priv = sub.add_parser("privacy", help="erase a person, export their data, retention")
    db_option(priv, top=False)
    psub = priv.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    erase = psub.add_parser(
        "erase", help="erase one person's data here and ask the CRM to erase it too"
    )
    erase.add_argument("contact", type=int, metavar="CONTACT_ID")
    erase.add_argument(
        "--as",
        dest="actor",
        required=True,
        metavar="CODE",
        help="your admin code (PIN from $CALLCENTER_PIN or a prompt)",
    )
    erase.add_argument(
        "--opt-out",
        action="store_true",
        help="ask the CRM to keep the record but never contact them (default: erase)",
    )
    pexp = psub.add_parser("export", help="everything held about one person, as JSON")
    pexp.add_argument("contact", type=int, metavar="CONTACT_ID")
    pexp.add_argument("--out", type=Path, metavar="FILE", help="default: standard output")
    purge = psub.add_parser(
        "purge", help="erase the data of contacts on no active list for longer than N days"
    )
    purge.add_argument("--days", type=int, metavar="N", help="default: the retention setting")
    purge.add_argument("--dry-run", action="store_true", help="only count them")
    keep = psub.add_parser("retention", help="show or set how many days data is kept")
    keep.add_argument("--set-days", type=int, metavar="N")
    for p in (erase, pexp, purge, keep):
        db_option(p, top=False)


def run(store, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    return COMMANDS[args.command](store, args)


def _import(store, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from callcenter.services.contact_import import ImportOptions, import_contacts
    from callcenter.services.contact_mapping import read_mapping

    options = ImportOptions(
        campaign_id=args.campaign,
        list_name=args.list,
        mapping=read_mapping(args.mapping) if args.mapping else None,
        default_region=args.default_region,
        encoding=args.encoding,
        delimiter=DELIMITERS.get(args.delimiter) if args.delimiter else None,
        rejects_path=args.rejects,
        dry_run=args.dry_run,
    )
    report = import_contacts(store, args.file, options, progress=_progress_printer())
    _clear_progress()
    what = "Checked" if report.dry_run else "Imported"
    print(
        f"{what} {report.source} into the list '{report.list_name}' of campaign "
        f"{args.campaign}: {report.added:,} added, {report.merged:,} merged with contacts "
        f"already here, {report.merged_in_file:,} repeated rows merged, "
        f"{report.already_listed:,} already on a list of this campaign, "
        f"{report.do_not_call:,} marked do-not-call."
    )
    if report.rejected or report.warnings:
        print(
            f"{report.rejected:,} rows rejected, {report.warnings:,} values left out; each is "
            f"listed with its line and column in {report.rejects_path}.",
            file=sys.stderr,
        )
        for p in report.problems[:PROBLEMS_PRINTED]:
            outcome = "row not imported" if p.rejected else "value left out"
            column = f", column '{p.column}'" if p.column else ""
            print(f"  line {p.line}{column}: {p.reason} ({outcome})", file=sys.stderr)
        more = report.rejected + report.warnings - min(len(report.problems), PROBLEMS_PRINTED)
        if more > 0:
            print(f"  ... and {more:,} more in the rejects file.", file=sys.stderr)
    delimiter = report.delimiter_name
    print(
        f"Read as {report.encoding.upper()}, {delimiter} separated, in {report.seconds:.1f} s."
        + (" Dry run: nothing was written." if report.dry_run else ""),
        file=sys.stderr,
    )
    # Rejected rows need a person's attention; the good rows are in either way.
    return 1 if report.rejected else 0


def _progress_printer() -> Callable[[int, int, int], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(rows: int, done: int, total: int) -> None:
        share = f" ({done * 100 // total}%)" if total else ""
        print(f"\r  {rows:,} rows read{share}", end="", file=sys.stderr, flush=True)

    return show


def _clear_progress() -> None:
    if sys.stderr.isatty():
        print("\r" + " " * 40 + "\r", end="", file=sys.stderr, flush=True)


def _date(text: str) -> datetime:
    try:
        return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-23") from None


def _write_atomically(out: Path, write: Callable[..., int]) -> int:
    """Write to OUT.part and rename: the file appears complete or not at all."""
    tmp = out.with_name(out.name + ".part")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            n = write(fh)
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"Cannot write {out}: {exc.strerror or exc}.") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return n


def _export(store, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    if args.export_command == "results":
        from callcenter.services.results_export import export_results_csv

        def write(fh) -> int:  # type: ignore[no-untyped-def]
            return export_results_csv(store, args.campaign, fh, since=args.since)

        what = "call results"
    else:
        from callcenter.services.audit import export_audit_csv

        def write(fh) -> int:  # type: ignore[no-untyped-def]
            return export_audit_csv(store, fh, since=args.since, until=args.until)

        what = "audit events"
    if args.out is None:
        write(sys.stdout)
        return 0
    n = _write_atomically(args.out, write)
    print(f"Wrote {n:,} {what} to {args.out}.", file=sys.stderr)
    return 0


def _privacy(store, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from callcenter.services import privacy, retention

    action = args.privacy_command
    if action == "erase":
        from callcenter.cli_volunteers import _actor_id

        actor = _actor_id(store, args.actor)
        request = "opt_out" if args.opt_out else "erase"
        done = privacy.erase_contact(store, args.contact, actor, request=request)
        print(
            f"Erased contact {done.contact_id}: their data is gone from this store, "
            f"{done.attempts_kept} calls are kept without it, {done.entries_closed} list "
            f"entries closed; the {'opt-out' if args.opt_out else 'erasure'} request is "
            "queued for the CRM."
        )
        return 0
    if action == "export":
        data = privacy.person_data(store, args.contact)
        text = json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n"
        if args.out is None:
            sys.stdout.write(text)
        else:
            _write_atomically(args.out, lambda fh: fh.write(text))
            print(
                f"Wrote everything held about contact {args.contact} to {args.out}.",
                file=sys.stderr,
            )
        return 0
    if action == "retention":
        if args.set_days is not None:
            retention.set_retention_days(store, args.set_days)
        print(
            f"Personal data of contacts on no active list is kept for "
            f"{retention.retention_days(store)} days."
        )
        return 0
    report = retention.purge_inactive(store, days=args.days, dry_run=args.dry_run)
    verb = "would be erased" if report.dry_run else "erased"
    print(
        f"{report.contacts:,} contacts on no active list and untouched since "
        f"{report.cutoff:%Y-%m-%d} (kept {report.days} days): their data {verb}."
    )
    return 0


COMMANDS: dict[str, Callable[..., int]] = {
    "import": _import,
    "export": _export,
    "privacy": _privacy,
}
