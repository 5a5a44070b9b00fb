"""Writing imported contacts: new ones in bulk, known ones merged, never doubled.

A row is the same person as a contact already here (or earlier in the file)
when it has the same CRM id; failing that, the same phone number and the same
first and last name (ignoring case), unless the two carry different CRM ids.
The same person is merged, not doubled: empty fields are filled, new numbers
added, do-not-call only ever turns on, and they are put on the list only if no
list of the campaign has them yet.  Everything runs inside the import's one
transaction, on the raw connection with ``executemany``: a million rows must
cost little more than inserting them.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from sqlalchemy import Connection

from callcenter.ids import new_op_id
from callcenter.services.calling_groups import GroupIds, assign_groups
from callcenter.services.contact_rows import Candidate

_CONTACT_INSERT = (
    "INSERT INTO contact (id, uid, crm_id, first_name, last_name, language, email, street, "
    "city, state, postal_code, country, time_zone, polling_place, attributes, do_not_call, "
    "opted_out_email, birth_year, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, ?, ?)"
)
_PHONE_INSERT = (
    "INSERT INTO phone (contact_id, number_e164, kind, position, is_bad, do_not_call, attempts) "
    "VALUES (?, ?, ?, ?, 0, ?, 0)"
)
_ENTRY_INSERT = (
    "INSERT INTO call_list_entry (list_id, contact_id, status, priority, queue_seq, attempts, "
    "skips, closed_reason, calling_group_id) VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?)"
)
_OUTBOX_INSERT = (
    "INSERT INTO outbox (op_id, kind, payload, status, tries, created_at) "
    "VALUES (?, ?, ?, 'pending', 0, ?)"
)
# Filled only where empty: the file never overwrites what is known here.
_FILLABLE = (
    "first_name", "last_name", "email", "street", "city", "state", "postal_code",
    "polling_place", "birth_year",
)  # fmt: skip


@dataclass
class Counts:
    added: int = 0
    merged: int = 0  # into a contact that was here before the import
    merged_in_file: int = 0  # a person listed more than once in the file
    already_listed: int = 0  # merged, and already on a list of this campaign
    do_not_call: int = 0  # contacts marked do-not-call by this import


@dataclass
class ContactWriter:
    """Writes chunks of candidates for one import; holds its ids and counters."""

    conn: Connection  # the import's transaction; ``raw`` is its driver connection
    raw: sqlite3.Connection
    groups: GroupIds
    uids: object  # MonotonicUlids: .one() -> str
    campaign_id: int
    list_id: int
    now: str
    next_contact_id: int
    next_queue_seq: int
    first_new_id: int = 0
    counts: Counts = field(default_factory=Counts)
    # Rows of people whose data was erased: never brought back by a file.
    refused: list[Candidate] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.first_new_id = self.next_contact_id

    def write(self, chunk: list[Candidate]) -> None:
        by_crm, by_person = self._known(chunk)
        fresh: list[tuple[int, Candidate]] = []
        pending: dict[object, tuple[int, Candidate]] = {}  # key -> (id, candidate) this chunk
        merges: dict[int, list[Candidate]] = {}
        for cand in chunk:
            hit = self._match(cand, by_crm, by_person, pending)
            if hit == _ERASED:
                self.refused.append(cand)
            elif hit is None:
                contact_id = self.next_contact_id
                self.next_contact_id += 1
                fresh.append((contact_id, cand))
                for key in _keys(cand):
                    pending[key] = (contact_id, cand)
            elif hit[1] is not None:  # earlier in this chunk, not written yet
                _merge_into(hit[1], cand)
                self.counts.merged_in_file += 1
                for key in _keys(cand):
                    pending.setdefault(key, hit)
            else:
                merges.setdefault(hit[0], []).append(cand)
        self._insert(fresh)
        if merges:
            self._merge(merges)

    # --- matching ---------------------------------------------------------------------

    def _known(self, chunk: list[Candidate]) -> tuple[dict, dict]:
        crm_ids = [c.crm_id for c in chunk if c.crm_id]
        by_crm: dict[str, int] = {}
        if crm_ids:
            by_crm = {
                crm_id: _ERASED[0] if erased else contact_id
                for crm_id, contact_id, erased in self.raw.execute(
                    "SELECT crm_id, id, erased_at IS NOT NULL FROM contact "
                    "WHERE crm_id IN (SELECT value FROM json_each(?))",
                    (json.dumps(crm_ids),),
                )
            }
        numbers = list({p[0] for c in chunk for p in c.phones})
        by_person: dict[tuple[str, str, str], tuple[int, str | None]] = {}
        for number, contact_id, first, last, crm_id in self.raw.execute(
            "SELECT p.number_e164, c.id, c.first_name, c.last_name, c.crm_id "
            "FROM phone p JOIN contact c ON c.id = p.contact_id "
            "WHERE p.number_e164 IN (SELECT value FROM json_each(?))",
            (json.dumps(numbers),),
        ):
            by_person[(number, first.casefold(), last.casefold())] = (contact_id, crm_id)
        return by_crm, by_person

    def _match(self, cand, by_crm, by_person, pending):  # type: ignore[no-untyped-def]
        """(contact id, candidate if not yet written) of the same person, or None."""
        if cand.crm_id:
            if cand.crm_id in pending:
                return pending[cand.crm_id]
            if cand.crm_id in by_crm:
                found = by_crm[cand.crm_id]
                return _ERASED if found == _ERASED[0] else (found, None)
        for key in _keys(cand)[1 if cand.crm_id else 0 :]:
            hit = pending.get(key)
            if hit is not None and _same_crm(cand.crm_id, hit[1].crm_id):
                return hit
            known = by_person.get(key)  # type: ignore[arg-type]
            if known is not None and _same_crm(cand.crm_id, known[1]):
                return (known[0], None)
        return None

    # --- new contacts -----------------------------------------------------------------

    def _insert(self, fresh: list[tuple[int, Candidate]]) -> None:
        contacts, phones, entries, outbox = [], [], [], []
        for contact_id, c in fresh:
            uid = self.uids.one()  # type: ignore[attr-defined]
            contacts.append(
                (
                    contact_id, uid, c.crm_id, c.first_name, c.last_name, c.language, c.email,
                    c.street, c.city, c.state, c.postal_code, c.country, c.time_zone,
                    c.polling_place, c.do_not_call, c.opted_out_email, c.birth_year,
                    self.now, self.now,
                )
            )  # fmt: skip
            phones.extend(
                (contact_id, number, kind, position, dnc)
                for position, (number, kind, dnc) in enumerate(c.phones)
            )
            entries.append(self._entry(contact_id, c))
            dnc_numbers = [number for number, _, dnc in c.phones if dnc]
            outbox.extend(self._dnc_outbox(uid, c.crm_id, dnc_numbers, whole=c.do_not_call))
            self.counts.do_not_call += c.do_not_call
        self.raw.executemany(_CONTACT_INSERT, contacts)
        self.raw.executemany(_PHONE_INSERT, phones)
        self.raw.executemany(_ENTRY_INSERT, entries)
        if outbox:
            self.raw.executemany(_OUTBOX_INSERT, outbox)
        self.counts.added += len(contacts)

    def _entry(self, contact_id: int, c: Candidate) -> tuple[object, ...]:
        seq = self.next_queue_seq
        self.next_queue_seq += 1
        status, reason = "pending", None
        if c.do_not_call:
            status, reason = "done", "do_not_call"
        elif all(dnc for _, _, dnc in c.phones):
            status, reason = "done", "no_callable_phone"
        group_id = self.groups.id_for(c.group)
        return (self.list_id, contact_id, status, c.priority, seq, reason, group_id)

    def _dnc_outbox(
        self, uid: str, crm_id: str | None, numbers: list[str], *, whole: bool
    ) -> list[tuple[str, str, str, str]]:
        """Do-not-call from a file takes effect here at once and is queued for the CRM."""
        rows = []
        base = {"contact_uid": uid, "crm_id": crm_id, "source": "import", "at": self.now}
        if whole:
            rows.append((new_op_id(), "contact_do_not_call", json.dumps(base), self.now))
        for number in numbers:
            body = json.dumps({**base, "number_e164": number})
            rows.append((new_op_id(), "phone_do_not_call", body, self.now))
        return rows

    # --- merging into contacts already here ------------------------------------------------

    def _merge(self, merges: dict[int, list[Candidate]]) -> None:
        for contact_id, cands in merges.items():
            c = cands[0]
            for other in cands[1:]:
                _merge_into(c, other)
            if contact_id >= self.first_new_id:
                self.counts.merged_in_file += len(cands)
            else:
                self.counts.merged += len(cands)
            self._merge_one(contact_id, c)
        assign_groups(self.conn, list(merges))  # new numbers or an address may move them

    def _merge_one(self, contact_id: int, c: Candidate) -> None:
        raw = self.raw
        uid, crm_id, was_dnc = raw.execute(
            "SELECT uid, crm_id, do_not_call FROM contact WHERE id = ?", (contact_id,)
        ).fetchone()
        fills = ", ".join(f"{col} = COALESCE(NULLIF({col}, ''), ?)" for col in _FILLABLE)
        raw.execute(
            f"UPDATE contact SET {fills}, crm_id = COALESCE(crm_id, ?), "
            "do_not_call = do_not_call OR ?, opted_out_email = opted_out_email OR ?, "
            "time_zone = COALESCE(time_zone, ?), updated_at = ? WHERE id = ?",
            (
                *(getattr(c, col) for col in _FILLABLE),
                c.crm_id, c.do_not_call, c.opted_out_email, c.time_zone, self.now, contact_id,
            ),
        )  # fmt: skip
        have = {
            number: (phone_id, bool(dnc))
            for phone_id, number, dnc in raw.execute(
                "SELECT id, number_e164, do_not_call FROM phone WHERE contact_id = ?",
                (contact_id,),
            )
        }
        position = len(have)
        dnc_numbers = []
        for number, kind, dnc in c.phones:
            if number not in have:
                raw.execute(_PHONE_INSERT, (contact_id, number, kind, position, dnc))
                position += 1
            elif dnc and not have[number][1]:
                raw.execute("UPDATE phone SET do_not_call = 1 WHERE id = ?", (have[number][0],))
            else:
                continue
            if dnc:
                dnc_numbers.append(number)
        whole = c.do_not_call and not was_dnc
        if whole:
            self.counts.do_not_call += 1
            raw.execute(
                "UPDATE call_list_entry SET status = 'done', closed_reason = 'do_not_call', "
                "callback_at = NULL WHERE contact_id = ? "
                "AND status IN ('pending', 'callback', 'skipped')",
                (contact_id,),
            )
        outbox = self._dnc_outbox(uid, crm_id or c.crm_id, dnc_numbers, whole=whole)
        if outbox:
            raw.executemany(_OUTBOX_INSERT, outbox)
        listed = raw.execute(
            "SELECT 1 FROM call_list_entry e JOIN call_list l ON l.id = e.list_id "
            "WHERE e.contact_id = ? AND l.campaign_id = ? LIMIT 1",
            (contact_id, self.campaign_id),
        ).fetchone()
        if listed:
            self.counts.already_listed += 1
        else:
            c.do_not_call = c.do_not_call or bool(was_dnc)
            raw.execute(_ENTRY_INSERT, self._entry(contact_id, c))


_ERASED = (-1, None)  # a match with a contact whose data was erased


def _keys(c: Candidate) -> list[object]:
    """The crm id (if any) first, then (number, first, last) for each number."""
    people: list[object] = [
        (number, c.first_name.casefold(), c.last_name.casefold()) for number, _, _ in c.phones
    ]
    return [c.crm_id, *people] if c.crm_id else people


def _same_crm(a: str | None, b: str | None) -> bool:
    """Two records may be one person unless both have CRM ids and they differ."""
    return not (a and b and a != b)


def _merge_into(target: Candidate, other: Candidate) -> None:
    """Fill ``target``'s blanks from ``other`` (the same person met again)."""
    for name in (*_FILLABLE, "crm_id", "time_zone"):
        if not getattr(target, name) and getattr(other, name):
            setattr(target, name, getattr(other, name))
    target.do_not_call = target.do_not_call or other.do_not_call
    target.opted_out_email = target.opted_out_email or other.opted_out_email
    known = {p[0]: i for i, p in enumerate(target.phones)}
    for number, kind, dnc in other.phones:
        if number not in known:
            target.phones.append((number, kind, dnc))
        elif dnc:
            i = known[number]
            target.phones[i] = (number, target.phones[i][1], True)
