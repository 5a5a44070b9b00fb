"""Importing contacts from a CSV file (any CRM's export) into a campaign's call list.

The file is streamed in chunks, so memory stays flat at a million rows, and
written in one transaction: all of it or, if it fails or is cancelled,
nothing.  Every row that cannot be used is reported with its line, column and
reason, and written, with its original cells, to a rejects CSV next to the
file (or where asked).  See ``contact_rows`` for what a row must hold and
``contact_store`` for how the same person is merged rather than doubled.
"""

from __future__ import annotations

import csv
import logging
import random
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import phonenumbers

from callcenter.csvread import DELIMITER_NAMES, CsvFile, open_csv
from callcenter.csvsafe import safe_cell
from callcenter.db import Store
from callcenter.demo.ulids import MonotonicUlids
from callcenter.errors import InvalidInputError, UserError
from callcenter.ids import new_op_id
from callcenter.messages import msg
from callcenter.models import utcnow
from callcenter.services.audit import write_audit
from callcenter.services.calling_groups import GroupIds
from callcenter.services.contact_mapping import (
    Mapping,
    SavedMapping,
    check_mapping,
    guess_mapping,
)
from callcenter.services.contact_rows import Candidate, Problem, RowReader
from callcenter.services.contact_store import ContactWriter
from callcenter.services.sqlrows import from_db, one, rows, run, to_db

log = logging.getLogger(__name__)

CHUNK_ROWS = 5000
IMPORT_CACHE_KIB = 64 * 1024
PROBLEMS_KEPT = 1000  # in the report; the rejects file has every one
PREVIEW_ROWS = 20
REJECTS_HEADER = ("file", "line", "column", "problem", "outcome")
ERASED_REASON = "this person's data was erased at their request; they are not imported again"

# (rows read, bytes read, bytes in the file)
Progress = Callable[[int, int, int], None]


class ImportCancelled(UserError):
    """The person cancelled; the transaction was rolled back."""


class _DryRunDone(Exception):
    """Raised at the end of a dry run so the transaction rolls back."""


@dataclass(frozen=True)
class ImportOptions:
    campaign_id: int
    list_name: str | None = None  # default: the file's name without its extension
    columns: dict[int, str] | None = None  # column index -> field, as the dialog sets it
    mapping: SavedMapping | None = None  # a mapping file; what neither names is guessed
    default_region: str | None = None  # default: the mapping's, else US
    encoding: str | None = None  # default: the mapping's, else detected
    delimiter: str | None = None  # default: detected
    rejects_path: Path | None = None  # default: NAME.rejects.csv next to the file
    dry_run: bool = False
    actor_id: int | None = None


@dataclass(frozen=True)
class ContactImportReport:
    source: str
    encoding: str
    delimiter: str
    list_id: int | None
    list_name: str
    rows_read: int
    added: int
    merged: int
    merged_in_file: int
    already_listed: int
    do_not_call: int
    rejected: int
    warnings: int
    problems: tuple[Problem, ...] = field(default=())  # the first PROBLEMS_KEPT
    rejects_path: Path | None = None
    dry_run: bool = False
    seconds: float = 0.0

    @property
    def delimiter_name(self) -> str:
        return DELIMITER_NAMES.get(self.delimiter, self.delimiter)


@dataclass(frozen=True)
class CsvPreview:
    """The first rows of a file as it will be read, and the mapping guessed for it."""

    encoding: str
    delimiter: str
    header: list[str]
    rows: list[list[str]]
    guessed: dict[int, str]


def preview_contacts_file(
    path: Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    rows: int = PREVIEW_ROWS,
) -> CsvPreview:
    """Read the header and the first ``rows`` rows (for the mapping dialog)."""
    with open_csv(path, encoding=encoding, delimiter=delimiter) as source:
        first: list[list[str]] = []
        for _, cells in source.rows():
            first.append(cells)
            if len(first) >= rows:
                break
        return CsvPreview(
            source.encoding, source.delimiter, source.header, first, guess_mapping(source.header)
        )


def campaign_choices(store: Store) -> list[tuple[int, str, bool]]:
    """(id, name, active) of every campaign, active ones first: for a picker."""
    with store.read() as session:
        found = rows(
            session.connection(),
            "SELECT id, name, is_active FROM campaign ORDER BY is_active DESC, name, id",
        )
    return [(r[0], r[1], bool(r[2])) for r in found]


def default_rejects_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}.rejects.csv")


def import_contacts(
    store: Store,
    path: Path,
    options: ImportOptions,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ContactImportReport:
    """Import the contacts in ``path`` onto a list of the campaign; see the module docstring.

    Raises:
        UserError: the file cannot be read, the mapping does not fit, the campaign
            does not exist; ImportCancelled when ``cancel`` was set.  In each case
            nothing was imported.
    """
    started = time.perf_counter()
    saved = options.mapping
    with open_csv(
        path,
        encoding=options.encoding or (saved.encoding if saved else None),
        delimiter=options.delimiter or (saved.delimiter if saved else None),
    ) as source:
        columns = options.columns
        if columns is None:
            columns = saved.apply(source.header).columns if saved else guess_mapping(source.header)
        check_mapping(columns, source.header)
        region = options.default_region or (saved.default_region if saved else None) or "US"
        if not phonenumbers.country_code_for_region(region.upper()):
            raise InvalidInputError(msg("contact_import.not_region_code_like_us", region=region))
        reader = RowReader(source.header, Mapping(columns), region)
        rejects = _RejectsFile(options.rejects_path or default_rejects_path(path), source)
        try:
            result = _run(store, source, reader, rejects, options, progress, cancel)
        except BaseException:
            rejects.discard()
            raise
        rejects_path = rejects.finish()
    writer, list_id, list_name, rows_read = result
    counts = writer.counts if writer else None
    report = ContactImportReport(
        source=path.name,
        encoding=source.encoding,
        delimiter=source.delimiter,
        list_id=None if options.dry_run else list_id,
        list_name=list_name,
        rows_read=rows_read,
        added=counts.added if counts else 0,
        merged=counts.merged if counts else 0,
        merged_in_file=counts.merged_in_file if counts else 0,
        already_listed=counts.already_listed if counts else 0,
        do_not_call=counts.do_not_call if counts else 0,
        rejected=rejects.rejected,
        warnings=rejects.warnings,
        problems=tuple(rejects.kept),
        rejects_path=rejects_path,
        dry_run=options.dry_run,
        seconds=round(time.perf_counter() - started, 3),
    )
    log.info(
        "contact import: %d rows, %d added, %d merged, %d rejected%s in %.1f s",
        rows_read, report.added, report.merged + report.merged_in_file, report.rejected,
        " (dry run)" if options.dry_run else "", report.seconds,
    )  # fmt: skip
    return report


def _run(store, source, reader, rejects, options, progress, cancel):  # type: ignore[no-untyped-def]
    """The one transaction; returns (writer, list id, list name, rows read)."""
    state: dict[str, object] = {}
    try:
        with store.write() as session, ExitStack() as stack:
            conn = session.connection()
            campaign = one(conn, "SELECT id FROM campaign WHERE id = ?", (options.campaign_id,))
            if campaign is None:
                raise InvalidInputError(
                    msg("calls.campaign_does_not_exist", campaign_id=options.campaign_id)
                )
            list_name = (options.list_name or source.path.stem).strip()[:120] or "Imported"
            list_id, next_seq = _list_for(conn, options.campaign_id, list_name)
            now = to_db(utcnow())
            top = one(conn, "SELECT coalesce(max(id), 0) FROM contact")
            raw = conn.connection.driver_connection
            stack.enter_context(_larger_page_cache(raw))  # type: ignore[arg-type]
            writer = ContactWriter(
                conn=conn,
                raw=raw,  # type: ignore[arg-type]
                groups=GroupIds(conn),
                uids=MonotonicUlids(utcnow(), random.Random(secrets.randbits(64))),
                campaign_id=options.campaign_id,
                list_id=list_id,
                now=now,
                next_contact_id=top[0] + 1,  # type: ignore[index]
                next_queue_seq=next_seq,
            )
            state.update(writer=writer, list_id=list_id, list_name=list_name, rows=0)
            chunk: list[Candidate] = []
            for line, cells in source.rows():
                state["rows"] = int(state["rows"]) + 1  # type: ignore[call-overload]
                candidate, problems = reader.read(line, cells)
                for problem in problems:
                    rejects.add(problem, cells)
                if candidate is not None:
                    chunk.append(candidate)
                if len(chunk) >= CHUNK_ROWS:
                    _step(writer, chunk, state, source, progress, cancel, rejects)
                    chunk = []
            _step(writer, chunk, state, source, progress, cancel, rejects)
            run(conn, "UPDATE call_list SET next_queue_seq = ? WHERE id = ?",
                (writer.next_queue_seq, list_id))  # fmt: skip
            _audit(conn, options, source, writer, list_id, rejects.rejected, now)
            if options.dry_run:
                raise _DryRunDone
    except _DryRunDone:
        pass
    return state["writer"], state["list_id"], state["list_name"], state["rows"]


def _step(writer, chunk, state, source: CsvFile, progress, cancel, rejects) -> None:  # type: ignore[no-untyped-def]
    if cancel is not None and cancel.is_set():
        raise ImportCancelled(
            msg("contact_import.import_was_cancelled_nothing_was", name=source.path.name)
        )
    if chunk:
        writer.write(chunk)
        for cand in writer.refused:
            rejects.add(Problem(cand.line, "", ERASED_REASON, True), cand.cells)
        writer.refused.clear()
    if progress is not None:
        progress(int(state["rows"]), source.bytes_read, source.size)


@contextmanager
def _larger_page_cache(raw: sqlite3.Connection) -> Iterator[None]:
    """Index pages stay in memory while the transaction grows, instead of spilling
    to the WAL a page at a time; the pooled connection goes back as it came."""
    (before,) = raw.execute("PRAGMA cache_size").fetchone()
    raw.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size = {int(before)}")


def _list_for(conn, campaign_id: int, name: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """The campaign's list of this name (made if new) and its next queue position."""
    found = one(
        conn,
        "SELECT id, next_queue_seq FROM call_list WHERE campaign_id = ? AND name = ?",
        (campaign_id, name),
    )
    if found is not None:
        return found[0], found[1]
    row = one(
        conn,
        "INSERT INTO call_list (uid, campaign_id, name, next_queue_seq, created_at) "
        "VALUES (?, ?, ?, 1, ?) RETURNING id",
        (new_op_id(), campaign_id, name, to_db(utcnow())),
    )
    return row[0], 1  # type: ignore[index]


def _audit(conn, options, source, writer, list_id, rejected, now) -> None:  # type: ignore[no-untyped-def]
    # Counts and names of things, never the people in the file.
    detail = {
        "file": source.path.name,
        "campaign_id": options.campaign_id,
        "list_id": list_id,
        "added": writer.counts.added,
        "merged": writer.counts.merged + writer.counts.merged_in_file,
        "rejected": rejected,
    }
    # ``now`` is the import's stored time text (its rows' created_at).
    write_audit(conn, "contacts_imported", from_db(now), actor_id=options.actor_id, **detail)


class _RejectsFile:
    """Every problem, with the row's own cells, written as the import goes (formula-safe)."""

    def __init__(self, path: Path, source: CsvFile) -> None:
        self.path = path
        self.source = source
        self.part = path.with_name(path.name + ".part")
        self.rejected = 0
        self.warnings = 0
        self.kept: list[Problem] = []
        self._out: IO[str] | None = None
        self._writer = None

    def add(self, problem: Problem, cells: list[str]) -> None:
        if problem.rejected:
            self.rejected += 1
        else:
            self.warnings += 1
        if len(self.kept) < PROBLEMS_KEPT:
            self.kept.append(problem)
        if self._writer is None:
            try:
                self._out = self.part.open("w", encoding="utf-8-sig", newline="")
            except OSError as exc:
                raise UserError(
                    msg(
                        "contact_import.cannot_write_rejects_file_choose",
                        path=self.path,
                        strerror=exc.strerror or exc,
                    )
                ) from exc
            self._writer = csv.writer(self._out)
            self._writer.writerow([*REJECTS_HEADER, *self.source.header])
        outcome = "row not imported" if problem.rejected else "imported without this value"
        self._writer.writerow(
            [
                safe_cell(self.source.path.name), problem.line, safe_cell(problem.column),
                safe_cell(str(problem.reason)), outcome, *(safe_cell(c) for c in cells),
            ]
        )  # fmt: skip

    def finish(self) -> Path | None:
        if self._out is None:
            return None
        self._out.close()
        self.part.replace(self.path)  # appears complete or not at all
        return self.path

    def discard(self) -> None:
        if self._out is not None:
            self._out.close()
            self.part.unlink(missing_ok=True)
