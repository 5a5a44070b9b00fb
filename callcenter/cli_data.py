"""``callcenter import``, ``export`` and ``privacy``: contacts in, results out, people erased.

Each command is one core call; messages name the file, line and column of a
problem, and never print more about a person than the value that was wrong.
"""

from __future__ import annotations

import argparse
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


COMMANDS: dict[str, Callable[..., int]] = {
    "import": _import,
}
