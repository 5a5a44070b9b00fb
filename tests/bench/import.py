"""Import benchmark: a million-row CRM export into a campaign's list.

    python -m tests.bench import [--rows 1000000] [--seed 1] [--dir PATH] [--keep]

Keys (the names say "1m"; ``rows`` says how many there really were):

- ``import_1m_s``: ``import_contacts`` on a Salesforce-style export (UTF-8,
  comma separated, about 1 % repeated people), into a new store: reading,
  checking, phone normalisation, time zones, duplicate merging, the rejects
  file and the one durable commit.
- ``import_1m_baseline_s``: the same file read with ``csv`` and its rows
  inserted into the same three tables (contact, phone, list entry) with plain
  ``sqlite3.executemany`` in one transaction, same schema, PRAGMAs and page
  cache as the import; no checks at all.  ``import_1m_ratio`` is the first over
  the second (target <= 3).
- ``import_peak_rss_mb``: peak memory of a process that does nothing but the
  import (target < 300 MB).
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing
import random
import sqlite3
import time
from pathlib import Path

from tests.bench.common import note, ratio, scratch_folder

FIRST = ("Ana", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal", "Ida", "Jo", "Kai", "Lu", "Mo")
LAST = ("Ruiz", "Lee", "Nguyen", "Smith", "O'Hara", "Müller", "Dubois", "Khan", "Brown", "Ito")
STREETS = ("Main St", "Oak Ave", "Lake Shore Dr", "Elm St", "Park Ave", "2nd St", "Hill Rd")
HEADER = (
    "Id", "FirstName", "LastName", "MobilePhone", "HomePhone", "Email", "MailingStreet",
    "MailingCity", "MailingState", "MailingPostalCode", "DoNotCall",
)  # fmt: skip
CHUNK = 5000


def zip_sample(rng: random.Random, n: int = 3000) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """Real ZIP codes with their city, state and area codes."""
    import zipcodes

    found = []
    for digit in "0123456789":
        for z in zipcodes.similar_to(digit):
            if z["zip_code_type"] == "STANDARD" and z["area_codes"] and z["timezone"]:
                found.append((z["zip_code"], z["city"], z["state"], tuple(z["area_codes"])))
    return rng.sample(found, min(n, len(found)))


def write_export(path: Path, rows: int, seed: int) -> None:
    """A CRM export as a file: streamed, so its size costs no memory here."""
    rng = random.Random(seed)
    zips = zip_sample(rng)
    r = rng.random
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(HEADER)
        previous: list[str] = []
        for i in range(rows):
            if previous and r() < 0.01:  # the same person again, as exports often have
                out.writerow(previous)
                continue
            zip_code, city, state, codes = zips[int(r() * len(zips))]

            def phone(codes: tuple[str, ...] = codes) -> str:
                code = codes[int(r() * len(codes))]
                return f"({code}) {rng.randrange(200, 1000)}-{rng.randrange(10000):04d}"

            first, last = FIRST[int(r() * len(FIRST))], LAST[int(r() * len(LAST))]
            row = [
                f"003{i:012d}", first, last, phone(), phone() if r() < 0.3 else "",
                f"{first.lower()}.{i}@example.org" if r() < 0.4 else "",
                f"{rng.randrange(1, 9999)} {STREETS[int(r() * len(STREETS))]}", city, state,
                zip_code, "true" if r() < 0.02 else "false",
            ]  # fmt: skip
            out.writerow(row)
            previous = row


def _import_in_child(db: str, source: str, queue: multiprocessing.Queue) -> None:
    import resource

    from callcenter.db import open_store
    from callcenter.services.contact_import import ImportOptions, import_contacts

    store = open_store(Path(db))
    started = time.perf_counter()
    report = import_contacts(store, Path(source), ImportOptions(campaign_id=1))
    seconds = time.perf_counter() - started
    store.close()
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    queue.put((seconds, peak_kib / 1024, report.added, report.merged_in_file, report.rejected))


def new_store_with_campaign(path: Path) -> None:
    from callcenter.db import open_store
    from callcenter.ids import new_op_id
    from callcenter.models import Campaign

    store = open_store(path)
    with store.write() as s:
        s.add(Campaign(id=1, uid=new_op_id(), name="Bench"))
    store.close()


def baseline(db: Path, source: Path) -> float:
    """csv + sqlite3.executemany of the same rows into the same tables: no checks."""
    from callcenter.db import PRAGMAS
    from callcenter.services.contact_import import IMPORT_CACHE_KIB

    conn = sqlite3.connect(db, isolation_level=None)
    for pragma in (*PRAGMAS, f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}"):  # as the import has
        conn.execute(pragma)
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT INTO call_list (id, uid, campaign_id, name, next_queue_seq, created_at) "
        "VALUES (1, 'L', 1, 'bench', 1, '2026-01-01 00:00:00')"
    )
    now = "2026-01-01 00:00:00.000000"
    with source.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        contacts, phones, entries = [], [], []
        for n, row in enumerate(reader, start=1):
            contacts.append(
                (n, f"U{n:025d}", f"{row[0]}-{n}", row[1], row[2], "en", row[5] or None, row[6],
                 row[7], row[8], row[9], "US", None, None, row[10] == "true", False, None,
                 now, now)
            )  # fmt: skip
            phones.append((n, row[3], "mobile", 0, False))
            if row[4]:
                phones.append((n, row[4], "home", 1, False))
            entries.append((1, n, "pending", 0, n, None, None))
            if len(contacts) >= CHUNK:
                _flush(conn, contacts, phones, entries)
        _flush(conn, contacts, phones, entries)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def _flush(conn: sqlite3.Connection, contacts: list, phones: list, entries: list) -> None:
    from callcenter.services import contact_store as cs

    conn.executemany(cs._CONTACT_INSERT, contacts)
    conn.executemany(cs._PHONE_INSERT, phones)
    conn.executemany(cs._ENTRY_INSERT, entries)
    contacts.clear()
    phones.clear()
    entries.clear()


def run(argv: list[str]) -> dict[str, object]:
    parser = argparse.ArgumentParser(prog="python -m tests.bench import")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, default=None, help="scratch folder parent")
    parser.add_argument("--keep", action="store_true", help="keep the files afterwards")
    args = parser.parse_args(argv)
    with scratch_folder(args.dir, keep=args.keep) as folder:
        source = folder / "export.csv"
        note(f"writing a {args.rows:,}-row export ...")
        write_export(source, args.rows, args.seed)
        imported, plain = folder / "import.db", folder / "baseline.db"
        new_store_with_campaign(imported)
        new_store_with_campaign(plain)
        note("importing it ...")
        context = multiprocessing.get_context("spawn")
        queue = context.Queue()
        child = context.Process(target=_import_in_child, args=(str(imported), str(source), queue))
        child.start()
        seconds, peak_mb, added, merged, rejected = queue.get()
        child.join()
        note("inserting the same rows with csv + sqlite3.executemany ...")
        base = baseline(plain, source)
        size_mb = round(source.stat().st_size / (1 << 20), 1)
    return {
        "rows": args.rows,
        "file_mb": size_mb,
        "import_1m_s": round(seconds, 3),
        "import_1m_baseline_s": round(base, 3),
        "import_1m_ratio": ratio(seconds, base),
        "import_peak_rss_mb": round(peak_mb, 1),
        "added": added,
        "merged_in_file": merged,
        "rejected": rejected,
    }
