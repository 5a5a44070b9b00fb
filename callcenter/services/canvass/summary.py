"""What a canvass session did: doors, contacts, results, time, and the data-quality flags."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from callcenter.db import Store
from callcenter.messages import Localized
from callcenter.models import utcnow
from callcenter.services.canvass.checkout import CheckoutView, get_checkout, results_waiting
from callcenter.services.room import (
    SHORT_CALL_SECONDS,
    QualityFlag,
    VolunteerPace,
    _Tally,  # quality_flags takes the room's tallies
    quality_flags,
)
from callcenter.services.sqlrows import from_db, from_json, one, rows, to_db


@dataclass(frozen=True)
class SessionSummary:
    checkout: CheckoutView
    households: int
    doors_knocked: int  # households with at least one result at the door or on paper
    people: int
    people_with_result: int
    contacts: int  # results that count as a contact
    results: int
    results_by_code: dict[str, int]
    result_labels: dict[str, dict[str, str]]  # code -> {language: label}
    results_by_source: dict[str, int]
    first_result_at: datetime | None
    last_result_at: datetime | None
    duration: timedelta  # from check-out to check-in (or now)
    waiting_to_sync: int
    in_review: int
    conflicts: int
    flags: tuple[QualityFlag, ...]


def session_summary(
    store: Store, checkout_id: int, *, now: datetime | None = None
) -> SessionSummary:
    """The session in numbers, with the shift lead console's quality flags per canvasser.

    Paper results have no duration, and a door result's time is not a call's, so
    only results taken on the phone screen can count as "very short calls".
    """
    now = now or utcnow()
    checkout = get_checkout(store, checkout_id)
    with store.read() as session:
        conn = session.connection()
        found = rows(
            conn,
            "SELECT a.volunteer_id, trim(v.first_name || ' ' || v.last_name), a.entry_id, "
            "ke.household_key, r.code, r.counts_as_contact, cr.source, a.duration_s, a.ended_at, "
            "r.label "
            "FROM canvass_result cr JOIN call_attempt a ON a.id = cr.attempt_id "
            "JOIN result_code r ON r.id = a.result_code_id "
            "JOIN volunteer v ON v.id = a.volunteer_id "
            "LEFT JOIN canvass_checkout_entry ke ON ke.checkout_id = cr.checkout_id "
            "AND ke.entry_id = a.entry_id WHERE cr.checkout_id = ? ORDER BY a.id",
            (checkout_id,),
        )
        waiting = results_waiting(conn, checkout_id)
        in_review = results_waiting(conn, checkout_id, "review")
        # Conflicts the sync found on the turf's contacts since the checkout began.
        conflicts = one(
            conn,
            "SELECT count(DISTINCT f.id) FROM conflict f JOIN (SELECT p.id, p.crm_id FROM "
            "canvass_checkout_entry ke JOIN call_list_entry e ON e.id = ke.entry_id "
            "JOIN contact p ON p.id = e.contact_id WHERE ke.checkout_id = ?) t "
            "ON (lower(f.object_type) = 'contact' AND f.local_id = t.id) OR f.crm_id = t.crm_id "
            "WHERE f.created_at >= ?",
            (checkout_id, to_db(checkout.checked_out_at)),
        )
    tallies: dict[int, _Tally] = {}
    names: dict[int, str] = {}
    by_code: Counter[str] = Counter()
    by_source: Counter[str] = Counter()
    doors: set[str] = set()
    people: set[int] = set()
    times: list[datetime] = []
    labels: dict[str, dict[str, str]] = {}
    for vid, name, entry_id, household, code, is_contact, source, duration, ended, label in found:
        labels.setdefault(code, from_json(label) or {})
        tally = tallies.setdefault(vid, _Tally())
        names[vid] = name
        ended_at = from_db(ended)
        tally.calls += 1
        tally.contacts += bool(is_contact)
        tally.short += source == "phone" and duration < SHORT_CALL_SECONDS
        tally.results[code] += 1
        if ended_at and (tally.first_call is None or ended_at < tally.first_call):
            tally.first_call = ended_at
        by_code[code] += 1
        by_source[source] += 1
        people.add(entry_id)
        if source != "phone" and household:
            doors.add(household)
        if ended_at:
            times.append(ended_at)
    end = checkout.ended_at or now
    paces = [_pace(vid, names[vid], tally, end) for vid, tally in tallies.items()]
    return SessionSummary(
        checkout=checkout,
        households=checkout.households,
        doors_knocked=len(doors),
        people=checkout.people,
        people_with_result=len(people),
        contacts=sum(t.contacts for t in tallies.values()),
        results=sum(t.calls for t in tallies.values()),
        results_by_code=dict(by_code.most_common()),
        result_labels=labels,
        results_by_source=dict(by_source),
        first_result_at=min(times) if times else None,
        last_result_at=max(times) if times else None,
        duration=max(end - checkout.checked_out_at, timedelta(0)),
        waiting_to_sync=waiting,
        in_review=in_review,
        conflicts=conflicts[0] if conflicts else 0,
        flags=tuple(
            quality_flags(
                paces, tallies, {code: Localized.of(texts, code) for code, texts in labels.items()}
            )
        ),
    )


def _pace(vid: int, name: str, tally: _Tally, end: datetime) -> VolunteerPace:
    start = tally.first_call or end
    hours = max((end - start).total_seconds() / 3600, 0.25)  # as the room does
    return VolunteerPace(
        volunteer_id=vid,
        name=name,
        station=None,
        signed_in=False,
        calls=tally.calls,
        contacts=tally.contacts,
        short_calls=tally.short,
        calls_per_hour=tally.calls / hours,
    )
