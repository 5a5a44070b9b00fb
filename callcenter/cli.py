"""The ``callcenter`` command: the composition root.

It wires the core, the GUI and sync together.  The GUI (``ui``) and sync are
loaded lazily, by module path, inside the subcommands that need them, so the
core's own commands never load Qt or HTTP code (see the README's architecture).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from callcenter import __version__
from callcenter.errors import UserError

log = logging.getLogger("callcenter")

# Lazily loaded entry points of the other packages (like pip's command table).
GUI_ENTRY = "ui.app:run_gui"
SYNC_ENTRY = "sync.cli:run_sync"
CRM_ENTRY = "sync.cli:run_crm"
CANVASS_ENTRY = "sync.canvass_cli:run_canvass"


def load_entry(spec: str) -> Callable[..., Any]:
    module_name, _, attr = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        needs = "Qt" if module_name.startswith("ui") else "its network libraries"
        raise UserError(
            f"This part of the app cannot start: {exc}. Reinstall the app "
            f"(its first Quick start command) to get {needs}."
        ) from exc
    return getattr(module, attr)


# --- argument parsing ---------------------------------------------------------------------


def positive_int(text: str) -> int:
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"'{text}' must be greater than zero")
    return value


def positive_float(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a number of hours like 8 or 1.5"
        ) from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"'{text}' must be greater than zero")
    return value


def non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' must not be negative")
    return value


def png_path(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() != ".png":
        raise argparse.ArgumentTypeError(f"'{text}' must be a .png file")
    return path


def _db_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        # Given before or after the subcommand; the subcommand's copy must not
        # overwrite a top-level value with its default.
        default=None if top else argparse.SUPPRESS,
        help="database file (default: the profile's file in your user data folder)",
    )


def _lang_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # Like --db: accepted before or after the command name.
    parser.add_argument(
        "--lang",
        choices=("en", "de", "fr"),
        default=None if top else argparse.SUPPRESS,
        help="the window's language (default: the one chosen in the app, else the system's)",
    )


def _top_parser(parser_class: type[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = parser_class(
        prog="callcenter",
        description="Volunteer phone bank and canvassing client with an offline store.",
        epilog="Run 'callcenter COMMAND --help' for a command's options. "
        "Without a command, the desktop window opens.",
    )
    parser.add_argument("--version", action="version", version=f"callcenter {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log to the terminal too")
    _db_option(parser, top=True)
    parser.add_argument(
        "--screenshot",
        type=png_path,
        metavar="FILE",
        help="render the first window to a PNG file and exit",
    )
    _lang_option(parser, top=True)
    return parser


class _NotForTheWindow(Exception):
    pass


class _WindowArgumentParser(argparse.ArgumentParser):
    """Only the top-level options: whatever else (or any error) is the full parser's."""

    def error(self, message: str) -> NoReturn:
        raise _NotForTheWindow(message)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line.  Opening the window (no command) skips building every command's
    parser (a good part of the time before the first window); anything else, ``--help``
    and any mistake get the full parser and its messages."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not {"-h", "--help"} & set(argv):
        try:
            args, rest = _top_parser(_WindowArgumentParser).parse_known_args(argv)
        except _NotForTheWindow:
            rest = ["(the full parser explains)"]
        if not rest:
            args.command = None
            return args
    return build_parser().parse_args(argv)


def build_parser() -> argparse.ArgumentParser:
    parser = _top_parser(argparse.ArgumentParser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="open the desktop window (the default)")
    _db_option(gui, top=False)
    gui.add_argument(
        "--screenshot",
        type=png_path,
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="render the first window to a PNG file and exit",
    )
    _lang_option(gui, top=False)

    demo = sub.add_parser(
        "demo",
        help="open the app on its own demo database (made on first use)",
        description="Open the app on realistic demo data. The demo keeps its own database "
        "and never touches your real one.",
    )
    _db_option(demo, top=False)
    demo.add_argument(
        "--contacts",
        type=positive_int,
        default=5000,
        help="contacts to generate when the demo database is new (default 5000)",
    )
    demo.add_argument(
        "--seed",
        type=non_negative_int,
        default=1,
        help="random seed: the same seed gives the same data (default 1)",
    )
    demo.add_argument(
        "--screenshot",
        type=png_path,
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="render the first window to a PNG file and exit",
    )
    demo.add_argument(
        "--screen",
        choices=("sign-in", "contact", "room"),
        default="sign-in",
        help="open on this screen, signed in as the demo's volunteer (contact) or "
        "shift lead (room); with --screenshot, the PNG shows it (default sign-in)",
    )
    _lang_option(demo, top=False)
    demo.add_argument(
        "--no-gui",
        action="store_true",
        help="only create the demo database, do not open the window",
    )

    db = sub.add_parser("db", help="look after the database file")
    _db_option(db, top=False)
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    for name, text in (
        ("info", "show the file, schema version and row counts"),
        ("upgrade", "apply pending migrations (also done at every start)"),
    ):
        action = db_sub.add_parser(name, help=text)
        _db_option(action, top=False)
    from callcenter import cli_volunteers

    cli_volunteers.add_parsers(sub, _db_option)
    from callcenter import cli_data

    cli_data.add_parsers(sub, _db_option)
    _sync_parsers(sub)
    return parser


def _sync_parsers(sub: Any) -> None:
    sync = sub.add_parser(
        "sync",
        help="sync with the CRM (send results, fetch changes, keep leases)",
        description="Send recorded work to the CRM, fetch its changes and keep this "
        "workstation's leases. Without options it syncs once.",
    )
    _db_option(sync, top=False)
    mode = sync.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true", help="sync once and exit (the default)")
    mode.add_argument("--watch", action="store_true", help="keep syncing until interrupted")
    sync.add_argument(
        "--interval", type=positive_int, default=60, help="seconds between syncs with --watch"
    )
    sync.add_argument("--max-rounds", type=positive_int, default=None, help=argparse.SUPPRESS)
    sync.add_argument(
        "--no-leases",
        action="store_true",
        help="call every open contact of the CRM's lists (one workstation only)",
    )
    sync.add_argument(
        "--lease-block", type=positive_int, default=25, help="contacts to hold per campaign"
    )
    sync.add_argument(
        "--lease-hours",
        type=positive_int,
        default=4,
        help="how long leases last (longer for a canvass team going offline)",
    )

    crm = sub.add_parser("crm", help="connect to the CRM, see its sync status, disconnect")
    _db_option(crm, top=False)
    crm_sub = crm.add_subparsers(dest="crm_command", metavar="ACTION", required=True)
    connect = crm_sub.add_parser(
        "connect",
        help="sign this workstation in to Salesforce (browser or device code)",
        description="Sign in through your browser (or, with --device, by a code on any "
        "device). The sign-in is kept in the OS keyring only.",
    )
    _db_option(connect, top=False)
    connect.add_argument(
        "--instance", required=True, metavar="URL", help="https://YOUR-ORG.my.salesforce.com"
    )
    connect.add_argument("--client-id", metavar="ID", help="the connected app's consumer key")
    connect.add_argument(
        "--device", action="store_true", help="sign in with a code on another device"
    )
    connect.add_argument(
        "--redirect-port",
        type=non_negative_int,
        default=1717,
        help="port of the http://localhost:PORT/callback URL registered for the app",
    )
    for name, text in (
        ("status", "show the CRM, the last sync, and what waits to be sent or reviewed"),
        ("disconnect", "give back leases and remove the sign-in from the keyring"),
    ):
        _db_option(crm_sub.add_parser(name, help=text), top=False)
    review = crm_sub.add_parser(
        "review",
        help="list rows the CRM refused and conflicts; decide them (shift leads and admins)",
        description="Without an action, lists what waits for a decision. Deciding needs "
        "--as CODE of an active shift lead or admin (PIN from $CALLCENTER_PIN or a prompt).",
    )
    _db_option(review, top=False)
    action = review.add_mutually_exclusive_group()
    action.add_argument(
        "--retry", type=positive_int, nargs="+", metavar="ID", help="send refused rows again"
    )
    action.add_argument(
        "--dismiss",
        type=positive_int,
        nargs="+",
        metavar="ID",
        help="do not send refused rows (kept and audited; see --dismissed)",
    )
    action.add_argument(
        "--decide",
        nargs=2,
        metavar=("ID", "keep-crm|send-mine"),
        help="decide a conflict: keep the CRM's value, or send the value kept here",
    )
    action.add_argument(
        "--dismissed", action="store_true", help="list the refused rows that were dismissed"
    )
    review.add_argument("--as", dest="actor", metavar="CODE", help="your own code (to decide)")
    _canvass_parsers(sub)


def _canvass_parsers(sub: Any) -> None:
    from callcenter import cli_volunteers

    canvass = sub.add_parser(
        "canvass",
        help="check turf out for an offline canvass, extend it, hand it back, check it in",
        description="The canvass tab's checkouts. Changes need --as CODE of an active shift "
        "lead or admin (PIN from $CALLCENTER_PIN or a prompt). Walk sheets and door mode "
        "are in the window.",
    )
    _db_option(canvass, top=False)
    csub = canvass.add_subparsers(dest="canvass_command", metavar="ACTION", required=True)
    ls = csub.add_parser("list", help="the checkouts not checked in yet (--all: every one)")
    ls.add_argument("--all", action="store_true", help="include the checked-in ones")
    out = csub.add_parser(
        "check-out",
        help="lease part of a call list to this laptop until check-in",
        description="Filters combine; without any, the whole list's open contacts.",
    )
    out.add_argument("--list", type=positive_int, required=True, metavar="ID", help="call list")
    out.add_argument(
        "--zip", action="append", default=[], metavar="ZIP", help="only this ZIP (repeatable)"
    )
    out.add_argument(
        "--street",
        action="append",
        default=[],
        metavar="STREET",
        help="only this street, as the list writes it (repeatable)",
    )
    out.add_argument(
        "--households", type=positive_int, metavar="N", help="the first N households in walk order"
    )
    out.add_argument("--hours", type=positive_float, default=8.0, help="how long (default 8)")
    out.add_argument("--mode", choices=("door", "phone"), default="door")
    out.add_argument("--name", help="the turf's name (default: the list and the time)")
    extend = csub.add_parser("extend", help="add hours to a checkout that has not expired")
    extend.add_argument("--hours", type=positive_float, required=True)
    for name, text in (
        ("hand-back", "end a checkout here now; its results go with the next sync"),
        ("check-in", "sync, close the checkout, give the CRM's leases back, and sum it up"),
    ):
        csub.add_parser(name, help=text)
    for action in csub.choices.values():
        _db_option(action, top=False)
        if action is not ls:
            cli_volunteers.add_actor(action)
        if action not in (ls, out):
            action.add_argument("checkout", type=positive_int, metavar="ID", help="checkout id")


# --- commands -----------------------------------------------------------------------------


def _open(path: Path):  # -> Store; typed loosely to keep sqlalchemy off the CLI's import path
    from callcenter.db import open_store

    return open_store(path)


def cmd_gui(args: argparse.Namespace) -> int:
    """The window first, the store right after (see ``callcenter.startup``)."""
    from callcenter.paths import default_db_path
    from callcenter.startup import OpenedStore, open_for_gui
    from callcenter.storefile import check_file

    path: Path = args.db or default_db_path()
    # Refused before any window: another kind of file is never shown as a sign-in.
    check_file(path)
    opened: list[OpenedStore] = []

    def open_store() -> OpenedStore:
        opened.append(open_for_gui(path))
        return opened[-1]

    run_gui = load_entry(GUI_ENTRY)
    try:
        return int(run_gui(open_store, db_path=path, screenshot=args.screenshot, lang=args.lang))
    finally:
        for each in opened:
            each.store.close()


def cmd_demo(args: argparse.Namespace) -> int:
    from callcenter import demo
    from callcenter.paths import demo_db_path
    from callcenter.services.station import this_station
    from callcenter.services.store_info import get_setting, holds_data
    from callcenter.startup import opened

    path: Path = args.db or demo_db_path()
    existed = path.exists() and path.stat().st_size > 0
    store = _open(path)
    try:
        seed = demo.demo_seed(store)
        if seed is None:
            if existed and holds_data(store):
                raise UserError(
                    f"{path} is not a demo database; the demo never writes into real data. "
                    "Choose another file with --db or leave --db out."
                )
            print(f"Creating demo data ({args.contacts:,} contacts) in {path} ...", file=sys.stderr)
            info = demo.generate_demo(
                store, contacts=args.contacts, seed=args.seed, progress=_print_progress
            )
            print(f"\nDone in {info.seconds:.1f} s.", file=sys.stderr)
            seed = args.seed
        elif seed != args.seed or get_setting(store, "demo.contacts") != str(args.contacts):
            print(
                f"Using the existing demo database {path} (seed {seed}); "
                "delete it or pass another --db to generate new data.",
                file=sys.stderr,
            )
        if args.no_gui:
            return 0
        run_gui = load_entry(GUI_ENTRY)
        credentials = demo.demo_credentials(seed)
        return int(
            run_gui(
                lambda: opened(store, this_station(store), credentials),
                db_path=path,
                demo_credentials=credentials,
                screenshot=args.screenshot,
                lang=args.lang,
                screen=args.screen,
            )
        )
    finally:
        store.close()


def _print_progress(done: int, total: int) -> None:
    print(f"\r  {done:,} / {total:,} contacts", end="", file=sys.stderr, flush=True)


def cmd_db(args: argparse.Namespace) -> int:
    from callcenter import migrate
    from callcenter.paths import default_db_path
    from callcenter.services.store_info import store_counts

    path = args.db or default_db_path()
    store = _open(path)  # opening applies pending migrations
    try:
        if args.db_command == "upgrade":
            print(f"{path} is at schema {migrate.current_revision(store.engine)} (newest).")
            return 0
        print(f"file:    {path}")
        print(f"schema:  {migrate.current_revision(store.engine)}")
        for table, count in store_counts(store).items():
            print(f"{table + ':':<22}{count:>10,}")
        return 0
    finally:
        store.close()


def cmd_data(args: argparse.Namespace) -> int:
    from callcenter import cli_data
    from callcenter.paths import default_db_path

    store = _open(args.db or default_db_path())
    try:
        return cli_data.run(store, args)
    finally:
        store.close()


def cmd_volunteers(args: argparse.Namespace) -> int:
    from callcenter import cli_volunteers
    from callcenter.paths import default_db_path

    store = _open(args.db or default_db_path())
    try:
        return cli_volunteers.run(store, args)
    finally:
        store.close()


def cmd_sync(args: argparse.Namespace) -> int:
    from callcenter.paths import default_db_path

    store = _open(args.db or default_db_path())
    try:
        entries = {"sync": SYNC_ENTRY, "crm": CRM_ENTRY, "canvass": CANVASS_ENTRY}
        entry = load_entry(entries[args.command])
        return int(entry(store, args))
    finally:
        store.close()


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_gui,
    "gui": cmd_gui,
    "demo": cmd_demo,
    "db": cmd_db,
    "volunteers": cmd_volunteers,
    "audit": cmd_volunteers,
    "import": cmd_data,
    "export": cmd_data,
    "privacy": cmd_data,
    "sync": cmd_sync,
    "crm": cmd_sync,
    "canvass": cmd_sync,
}


def _setup_logging(verbose: bool) -> None:
    from callcenter.paths import log_dir

    handlers: list[logging.Handler] = []
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.FileHandler(folder / "callcenter.log", encoding="utf-8"))
    except OSError:
        pass  # a read-only home must not stop the app; the terminal handler remains
    if verbose:
        handlers.append(logging.StreamHandler(sys.stderr))
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers or [logging.NullHandler()],
        force=True,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if not hasattr(args, "screenshot"):
        args.screenshot = None
    _setup_logging(args.verbose)
    try:
        return COMMANDS[args.command](args)
    except UserError as exc:
        print(f"callcenter: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("callcenter: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
    except Exception as exc:  # last resort: a sentence for the user, the trace for the log
        log.exception("unexpected error")
        print(
            f"callcenter: something went wrong ({type(exc).__name__}: {exc}). "
            "Details are in the log file; please attach it to a bug report.",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
