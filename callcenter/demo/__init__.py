"""Realistic, reproducible demo data for training and trying the app.

``generate_demo`` fills an empty store with two campaigns (scripts, result
codes, call lists), about 40 volunteers in every role and status, stations and
shifts, and any number of contacts up to a million or more: mostly US people
with real ZIP codes, some German and French speakers, shared households,
do-not-call flags and a few calls already made.  The same seed (and ``now``)
always makes the same store.

Module map: ``pools`` (names, ZIPs, phone numbers), ``scripts`` (what the
campaigns say), ``campaigns`` and ``volunteers`` (the small tables, through the
ORM), ``contacts`` (the bulk rows, through ``executemany``), ``ulids``.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import event, func, select, update
from sqlalchemy.orm import Session

from callcenter.db import Store, make_engine
from callcenter.demo.campaigns import insert_campaigns
from callcenter.demo.contacts import ContactGenerator, insert_sql
from callcenter.demo.pools import name_pools, zip_areas
from callcenter.demo.volunteers import (
    DemoCredential,
    demo_credentials,
    hash_pins,
    insert_crew,
    plan_people,
)
from callcenter.errors import InvalidInputError, UserError
from callcenter.models import CallList, Campaign, Contact, Setting, Volunteer, utcnow

__all__ = [
    "BULK_LOAD_PRAGMAS",
    "DemoCredential",
    "DemoInfo",
    "DemoStoreNotEmptyError",
    "demo_credentials",
    "demo_seed",
    "generate_demo",
]

log = logging.getLogger(__name__)

# Big enough that executemany dominates, small enough to keep memory flat at 1M contacts.
CHUNK_CONTACTS = 25_000
# On top of the store's own PRAGMAs, for the bulk load only.  Each executemany row is a
# statement that fires triggers, so SQLite keeps a statement journal per row; on disk
# (the default) that is a temporary file per row and makes the load several times slower.
BULK_LOAD_PRAGMAS = ("PRAGMA temp_store=MEMORY",)
SEED_KEY = "demo.seed"
CONTACTS_KEY = "demo.contacts"


class DemoStoreNotEmptyError(UserError):
    """Demo data only goes into a new, empty store; it never mixes with real data."""

    exit_code = 2


@dataclass(frozen=True)
class DemoInfo:
    contacts: int
    campaigns: int
    credentials: tuple[DemoCredential, ...]
    seconds: float


def generate_demo(
    store: Store,
    *,
    contacts: int = 5000,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
) -> DemoInfo:
    """Fill an empty, migrated store with demo data in one transaction.

    Args:
        contacts: how many contacts to make (households are never split, so the
            last chunk stops exactly at this number).
        seed: the same seed and ``now`` make the same store, row for row.
        progress: called after each chunk with (contacts done, contacts wanted);
            an exception raised from it cancels the run and nothing is written.
        now: the moment the demo is made at; prior calls fall in the two weeks
            before it and callbacks in the days after.  Defaults to the clock.

    Raises:
        DemoStoreNotEmptyError: the store already holds contacts, campaigns or volunteers.
        InvalidInputError: ``contacts`` is not positive.
    """
    if contacts < 1:
        raise InvalidInputError("A demo store needs at least one contact.")
    started = time.perf_counter()
    now = (now or utcnow()).astimezone(UTC).replace(microsecond=0)
    names = name_pools(seed)
    areas, area_weights = zip_areas(seed, names.streets)
    people = plan_people(seed, names)
    # The slow part of making volunteers, done before the write lock is taken.
    pin_hashes = hash_pins(seed, people)

    bulk = _bulk_load_store(store)
    try:
        with bulk.write() as session:
            _refuse_unless_empty(session, store)
            plans = insert_campaigns(session, now, seed)
            station_ids, callers = insert_crew(
                session, seed, now, people, pin_hashes, [p.campaign_id for p in plans]
            )
            for plan in plans:
                plan.callers = callers[plan.campaign_id]
            generator = ContactGenerator(seed, now, plans, station_ids, names, areas, area_weights)
            _insert_contacts(session, generator, contacts, progress)
            for plan in plans:
                session.execute(
                    update(CallList)
                    .where(CallList.id == plan.list_id)
                    .values(next_queue_seq=plan.next_queue_seq)
                )
            session.add_all(
                [
                    Setting(key=SEED_KEY, value=str(seed)),
                    Setting(key=CONTACTS_KEY, value=str(contacts)),
                ]
            )
    finally:
        bulk.close()

    seconds = time.perf_counter() - started
    if generator.phones.reused:
        log.info("demo: %d phone numbers had to be reused", generator.phones.reused)
    log.info("made a demo store: %d contacts, seed %d, in %.1f s", contacts, seed, seconds)
    return DemoInfo(
        contacts=contacts,
        campaigns=len(plans),
        credentials=tuple(demo_credentials(seed)),
        seconds=seconds,
    )


def demo_seed(store: Store) -> int | None:
    """The seed a demo store was made with, or None for a store with real data."""
    with store.read() as session:
        value = session.scalar(select(Setting.value).where(Setting.key == SEED_KEY))
    return int(value) if value is not None else None


def _bulk_load_store(store: Store) -> Store:
    """A second handle on the same file whose connections also use BULK_LOAD_PRAGMAS.

    Connection PRAGMAs must be set before a transaction begins, so the load gets its
    own engine (with the store's usual setup) rather than a pooled connection.
    """
    engine = make_engine(store.path)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        for pragma in BULK_LOAD_PRAGMAS:
            dbapi_conn.execute(pragma)

    return Store(store.path, engine)


def _insert_contacts(
    session: Session,
    generator: ContactGenerator,
    contacts: int,
    progress: Callable[[int, int], None] | None,
) -> None:
    connection = session.connection()
    done = 0
    while done < contacts:
        rows = generator.chunk(min(CHUNK_CONTACTS, contacts - done))
        for table, table_rows in rows.items():
            if table_rows:
                connection.exec_driver_sql(insert_sql(table), table_rows)
        done += len(rows["contact"])
        if progress is not None:
            progress(done, contacts)


def _refuse_unless_empty(session: Session, store: Store) -> None:
    # Stations are not data: this workstation may have registered itself already.
    for model, what in ((Contact, "contacts"), (Campaign, "campaigns"), (Volunteer, "volunteers")):
        if session.scalar(select(func.count()).select_from(model)):
            raise DemoStoreNotEmptyError(
                f"{store.path} already holds {what}; demo data only goes into a new, empty "
                "store. Nothing was changed: choose a new file with --db."
            )
