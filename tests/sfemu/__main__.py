"""Run the emulator in the foreground: python -m tests.sfemu --port 8765 --seed-demo"""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from .emulator import SalesforceEmulator
from .seed import seed_demo


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.sfemu",
        description="A Salesforce REST emulator on 127.0.0.1, to try sync without an org.",
    )
    parser.add_argument(
        "--port", type=int, default=0, help="port on 127.0.0.1 (0: pick a free one)"
    )
    parser.add_argument("--db", help="SQLite file to keep the data in (default: in memory)")
    parser.add_argument(
        "--seed-demo", action="store_true", help="create demo campaigns and contacts"
    )
    parser.add_argument(
        "--contacts", type=int, default=500, help="demo contacts (with --seed-demo)"
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed for the demo data")
    parser.add_argument("--page-size", type=int, default=2000, help="query batch size")
    parser.add_argument("--rotate-refresh-tokens", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="log every request")
    args = parser.parse_args(argv)

    emu = SalesforceEmulator(
        db_path=args.db,
        page_size=args.page_size,
        rotate_refresh_tokens=args.rotate_refresh_tokens,
        port=args.port,
        verbose=args.verbose,
    )
    emu.start()
    if args.seed_demo:
        if emu.count("Contact"):
            print("The database already holds contacts; not seeding again.")
        else:
            seed_demo(emu, contacts=args.contacts, seed=args.seed)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print(f"Instance URL:  {emu.instance_url}")
    print(f"REST base:     {emu.data_url}")
    print(f"Client id:     {emu.client_id}")
    print(f"Access token:  {emu.create_access_token(ttl=7 * 24 * 3600)}")
    print(f"Contacts:      {emu.count('Contact')}")
    print("Press Ctrl+C to stop.", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        emu.close()
        print("Stopped.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
