"""Importing contacts from CSV: encodings, delimiters, mapping, rejects, duplicates, atomicity.

The fixture files in ``tests/fixtures/contacts`` hold the same kind of list as
different programs save it: UTF-8 with commas, UTF-8 with a BOM and
semicolons, UTF-16 with tabs (Excel's "Unicode text"), a German and a French
export in Windows-1252 with semicolons, rows that try to inject formulas, SQL
or terminal codes, and rows with one problem each.
"""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from callcenter.errors import InvalidInputError
from callcenter.models import AuditEvent, CallList, CallListEntry, Contact, Outbox, Phone
from callcenter.services import contact_import
from callcenter.services.contact_import import (
    ImportCancelled,
    ImportOptions,
    import_contacts,
    preview_contacts_file,
)
from callcenter.services.contact_mapping import guess_mapping, read_mapping
from tests.factories import make_world

FIXTURES = Path(__file__).parent.parent / "fixtures" / "contacts"


@pytest.fixture
def world(store):
    return make_world(store, contacts=2)


def copy(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    target.write_bytes((FIXTURES / name).read_bytes())
    return target


def people(store, list_name=None) -> list[tuple]:
    with store.read() as s:
        query = (
            select(Contact.first_name, Contact.last_name, Contact.time_zone, Contact.country)
            .join(CallListEntry, CallListEntry.contact_id == Contact.id)
            .join(CallList, CallList.id == CallListEntry.list_id)
            .order_by(Contact.id)
        )
        if list_name:
            query = query.where(CallList.name == list_name)
        return [tuple(r) for r in s.execute(query)]


def numbers(store, first_name: str) -> list[str]:
    with store.read() as s:
        return list(
            s.scalars(
                select(Phone.number_e164)
                .join(Contact, Contact.id == Phone.contact_id)
                .where(Contact.first_name == first_name)
                .order_by(Contact.id, Phone.position)
            )
        )


def count(store, model) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(model))


# --- encodings and delimiters ------------------------------------------------------------

US_PEOPLE = [
    ("Ana", "Ruiz", "America/Phoenix", "US"),
    ("Bo", "O'Hara", "America/Chicago", "US"),
    ("Cy", "Nguyen", "America/New_York", "US"),
]


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter"),
    [
        ("utf8_comma.csv", "utf-8", ","),
        ("utf8_bom_semicolon.csv", "utf-8-sig", ";"),
        ("utf16_tab.txt", "utf-16", "\t"),
    ],
)
def test_every_encoding_and_delimiter_reads_the_same_people(
    store, world, tmp_path, name, encoding, delimiter
):
    report = import_contacts(store, copy(name, tmp_path), ImportOptions(world.campaign_id))
    assert (report.encoding, report.delimiter) == (encoding, delimiter)
    assert (report.added, report.rejected, report.warnings) == (3, 0, 0)
    assert people(store, Path(name).stem) == US_PEOPLE
    assert numbers(store, "Bo") == ["+13125550142"]
    with store.read() as s:  # a quoted line break stays in the cell
        assert s.scalar(select(Contact.street).where(Contact.first_name == "Bo")) == (
            "400 Lake Shore Dr\nApt 9"
        )
        assert s.scalar(select(Contact.crm_id).where(Contact.first_name == "Cy")) == "0033"


def test_utf16_without_a_bom(store, world, tmp_path):
    text = (FIXTURES / "utf8_comma.csv").read_text(encoding="utf-8")
    reports = []
    for codec in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{codec}.csv"
        path.write_bytes(text.encode(codec))
        reports.append(import_contacts(store, path, ImportOptions(world.campaign_id)))
    assert [r.encoding for r in reports] == ["utf-16-le", "utf-16-be"]
    assert people(store, "utf-16-le") == US_PEOPLE
    assert (reports[1].added, reports[1].merged) == (0, 3)  # the same people again


def test_a_german_export_in_windows_encoding_with_semicolons(store, world, tmp_path):
    report = import_contacts(
        store, copy("cp1252_semicolon_de.csv", tmp_path), ImportOptions(world.campaign_id)
    )
    assert (report.encoding, report.delimiter) == ("cp1252", ";")
    assert report.added == 3 and report.rejected == 0
    assert people(store, "cp1252_semicolon_de") == [
        ("Jürgen", "Müller", "Europe/Berlin", "DE"),
        ("Käthe", "Weiß", "Europe/Berlin", "DE"),
        ("Björn", "Schäfer", "Europe/Berlin", "DE"),
    ]
    # The country column says how national numbers are meant.
    assert numbers(store, "Jürgen") == ["+49301234567"]
    assert numbers(store, "Björn") == ["+4915123456789"]
    with store.read() as s:
        street = s.scalar(select(Contact.street).where(Contact.first_name == "Jürgen"))
        kaethe = s.scalar(select(Contact.do_not_call).where(Contact.first_name == "Käthe"))
    assert street == "Hauptstraße 5" and kaethe is True


def test_a_french_export(store, world, tmp_path):
    report = import_contacts(
        store, copy("cp1252_semicolon_fr.csv", tmp_path), ImportOptions(world.campaign_id)
    )
    assert report.added == 2
    assert people(store, "cp1252_semicolon_fr")[0] == ("Hélène", "Lefèvre", "Europe/Paris", "FR")
    assert numbers(store, "François") == ["+33491551111"]
    with store.read() as s:
        assert s.scalar(select(Contact.language).where(Contact.first_name == "François")) == "fr"


# --- mapping -----------------------------------------------------------------------------


def test_headers_of_common_exports_are_recognised():
    assert guess_mapping(["Id", "FirstName", "LastName", "MobilePhone", "MailingPostalCode"]) == {
        0: "crm_id", 1: "first_name", 2: "last_name", 3: "mobile_phone", 4: "postal_code",
    }  # fmt: skip
    assert guess_mapping(["VANID", "Cell Phone", "Home Phone", "Zip5", "Name"]) == {
        0: "crm_id", 1: "mobile_phone", 2: "home_phone", 3: "postal_code", 4: "full_name",
    }  # fmt: skip
    assert guess_mapping(["Vorname", "Name", "Straße", "PLZ"]) == {
        0: "first_name", 1: "last_name", 2: "street", 3: "postal_code",
    }  # fmt: skip


def test_a_saved_mapping_overrides_the_guess(store, world, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Who,Digits,Where,Digits2\nDee Dee,312 555 0171,60601,x\n", encoding="utf-8")
    mapping = tmp_path / "m.json"
    mapping.write_text(
        '{"columns": {"Who": "full_name", "Digits": "mobile_phone", "Where": "postal_code",'
        ' "Digits2": null}, "default_region": "US"}',
        encoding="utf-8",
    )
    report = import_contacts(
        store, path, ImportOptions(world.campaign_id, mapping=read_mapping(mapping))
    )
    assert report.added == 1
    assert people(store, "odd") == [("Dee", "Dee", "America/Chicago", "US")]


def test_a_mapping_that_cannot_make_contacts_is_refused(store, world, tmp_path):
    path = tmp_path / "cities.csv"
    path.write_text("city,zip\nBerlin,10115\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="No column holds a name"):
        import_contacts(store, path, ImportOptions(world.campaign_id))
    mapping = tmp_path / "m.json"
    mapping.write_text('{"columns": {"Telephone": "phone"}}', encoding="utf-8")
    with pytest.raises(InvalidInputError, match="column 'Telephone', which the file"):
        import_contacts(
            store, path, ImportOptions(world.campaign_id, mapping=read_mapping(mapping))
        )
    assert count(store, CallList) == 1  # nothing was made


def test_preview_shows_the_first_rows_and_the_guess(tmp_path):
    preview = preview_contacts_file(copy("cp1252_semicolon_de.csv", tmp_path), rows=2)
    assert preview.header[:3] == ["Kontakt-ID", "Vorname", "Nachname"]
    assert [r[1] for r in preview.rows] == ["Jürgen", "Käthe"]
    assert preview.guessed[4] == "street" and preview.guessed[8] == "do_not_call"
    forced = preview_contacts_file(copy("utf8_comma.csv", tmp_path), delimiter=";")
    assert len(forced.header) == 1  # the person can see at once that it is wrong


# --- problems ----------------------------------------------------------------------------


def test_every_problem_is_reported_with_line_column_and_reason(store, world, tmp_path):
    path = copy("bad_rows.csv", tmp_path)
    report = import_contacts(store, path, ImportOptions(world.campaign_id))
    assert (report.added, report.rejected, report.warnings) == (2, 6, 2)
    found = {(p.line, p.column, p.rejected): str(p.reason) for p in report.problems}
    assert "'555-12' is not a valid phone number" in found[(3, "Phone", True)]
    assert found[(4, "First name", True)] == "no name is given"
    assert found[(5, "Phone", True)] == "no phone number to call"
    assert found[(6, "Do not call", True)] == "'maybe' is neither yes nor no"
    assert "time zone cannot be found" in found[(7, "ZIP", True)]
    assert "'n/a' is not a valid phone number" in found[(8, "Home phone", False)]
    assert found[(8, "Email", False)] == "'not-an-email' is not an email address"
    assert found[(9, "First name", True)] == "longer than 80 characters"
    # The rejects file holds every problem with the row's own cells, next to the file.
    assert report.rejects_path == tmp_path / "bad_rows.rejects.csv"
    with report.rejects_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:6] == ["file", "line", "column", "problem", "outcome", "First name"]
    assert rows[1][:3] == ["bad_rows.csv", "3", "Phone"]
    assert rows[1][4] == "row not imported" and rows[1][7] == "555-12"
    assert len(rows) == 1 + 8
    assert people(store, "bad_rows") == [
        ("Good", "Row", "America/Chicago", "US"),
        ("Half", "Good", "America/Chicago", "US"),
    ]


def test_line_numbers_count_quoted_line_breaks(store, world, tmp_path):
    path = tmp_path / "multi.csv"
    path.write_text(
        'first,last,phone,zip\nA,"Two\nLines",312 555 0181,60601\nB,Bad,12,60601\n',
        encoding="utf-8",
    )
    report = import_contacts(store, path, ImportOptions(world.campaign_id))
    assert [(p.line, p.column) for p in report.problems] == [(4, "phone")]


def test_an_unclosed_quote_is_named_not_swallowed(store, world, tmp_path):
    path = tmp_path / "quote.csv"
    path.write_text(
        'first,last,phone,zip\nA,"B,312 555 0001,60601\nC,D,312 555 0002,60601\n',
        encoding="utf-8",
    )
    report = import_contacts(store, path, ImportOptions(world.campaign_id))
    assert report.added == 0 and report.rejected == 1
    (problem,) = report.problems
    assert (problem.line, problem.column) == (2, "last")
    assert "never closed" in str(problem.reason)


def test_injection_attempts_stay_plain_text(store, world, tmp_path):
    report = import_contacts(
        store, copy("injection.csv", tmp_path), ImportOptions(world.campaign_id)
    )
    assert report.added == 5 and report.rejected == 0
    with store.read() as s:
        names = s.execute(
            select(Contact.first_name, Contact.last_name)
            .where(Contact.postal_code == "60601")
            .where(Contact.id > 2)
            .order_by(Contact.id)
        ).all()
    assert [tuple(n) for n in names] == [
        ("=cmd|' /C calc'!A0", "Robert'); DROP TABLE contact;--"),
        ("+SUM(1,2)", "@import"),
        ("-2+3", '"quoted" name'),
        ("Bell\x07", "Esc\x1b[31mRed"),
        ("{campaign}", "\u202eevil"),
    ]
    assert count(store, Contact) == 7  # the table is still there, and nothing else ran


def test_an_unknown_campaign_or_region_is_refused(store, world, tmp_path):
    path = copy("utf8_comma.csv", tmp_path)
    with pytest.raises(InvalidInputError, match="Campaign 99 does not exist"):
        import_contacts(store, path, ImportOptions(99))
    with pytest.raises(InvalidInputError, match="'XX' is not a region"):
        import_contacts(store, path, ImportOptions(world.campaign_id, default_region="XX"))
    assert not (tmp_path / "utf8_comma.rejects.csv").exists()


# --- duplicates ----------------------------------------------------------------------------


def test_duplicates_are_merged_not_doubled(store, world, tmp_path):
    path = tmp_path / "dups.csv"
    path.write_text(
        "Id,First name,Last name,Mobile,Home phone,ZIP,Email\n"
        "A1,Ann,Lee,312 555 0191,,60601,\n"
        "A1,Ann,Lee,,312 555 0192,60601,ann@example.org\n"  # same CRM id: merged
        ",ann,LEE,312 555 0191,,60601,\n"  # same number and name: merged
        ",First0,Last0,312 555 0000,,60601,first0@example.org\n"  # already here and listed
        "B1,Ann,Lee,312 555 0191,,60601,\n"  # another CRM id: another person
        ",Ann,Lee,312 555 0199,,60601,\n",  # another number: another Ann Lee
        encoding="utf-8",
    )
    report = import_contacts(store, path, ImportOptions(world.campaign_id))
    assert (report.added, report.merged_in_file, report.merged, report.already_listed) == (
        3, 2, 1, 1,
    )  # fmt: skip
    assert numbers(store, "Ann") == [
        "+13125550191", "+13125550192", "+13125550191", "+13125550199",
    ]  # fmt: skip
    with store.read() as s:
        first0 = s.scalars(select(Contact).where(Contact.first_name == "First0")).one()
        assert first0.email == "first0@example.org"  # a blank is filled
        entries = s.scalar(
            select(func.count())
            .select_from(CallListEntry)
            .where(CallListEntry.contact_id == first0.id)
        )
        assert entries == 1  # still on one list of the campaign, not two

    again = import_contacts(store, path, ImportOptions(world.campaign_id))
    assert (again.added, again.merged, again.already_listed) == (0, 6, 4)
    assert count(store, Contact) == 5


def test_duplicates_across_chunks(store, world, tmp_path, monkeypatch):
    monkeypatch.setattr(contact_import, "CHUNK_ROWS", 3)
    lines = ["first,last,phone,zip"] + [f"P{i},Q,312 555 {i:04d},60601" for i in range(10, 17)]
    lines += ["P10,Q,312 555 0010,60601", "p16,q,312 555 0016,60601"]
    path = tmp_path / "chunks.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_contacts(store, path, ImportOptions(world.campaign_id))
    assert (report.added, report.merged_in_file) == (7, 2)


# --- do not call ---------------------------------------------------------------------------


def test_do_not_call_from_a_file_takes_effect_and_is_queued(store, world, tmp_path):
    path = tmp_path / "dnc.csv"
    path.write_text(
        "first,last,phone,zip,do not call,do not call numbers\n"
        "Dan,Never,312 555 0201,60601,yes,\n"
        "Eve,Mobile,312 555 0202,60601,,312 555 0203\n"
        "First0,Last0,312 555 0000,60601,x,\n",  # a contact already on the list
        encoding="utf-8",
    )
    report = import_contacts(store, path, ImportOptions(world.campaign_id))
    assert report.do_not_call == 2
    with store.read() as s:
        dan = s.scalars(select(Contact).where(Contact.first_name == "Dan")).one()
        entry = s.scalars(select(CallListEntry).where(CallListEntry.contact_id == dan.id)).one()
        assert dan.do_not_call and (entry.status, entry.closed_reason) == ("done", "do_not_call")
        eve_phones = s.execute(
            select(Phone.number_e164, Phone.do_not_call)
            .join(Contact, Contact.id == Phone.contact_id)
            .where(Contact.first_name == "Eve")
        ).all()
        assert sorted(eve_phones) == [("+13125550202", False), ("+13125550203", True)]
        old = s.get(CallListEntry, world.entry_ids[0])
        assert (old.status, old.closed_reason) == ("done", "do_not_call")
        kinds = sorted(s.scalars(select(Outbox.kind)))
    assert kinds == ["contact_do_not_call", "contact_do_not_call", "phone_do_not_call"]


# --- all or nothing ------------------------------------------------------------------------


def test_cancel_rolls_everything_back(store, world, tmp_path, monkeypatch):
    monkeypatch.setattr(contact_import, "CHUNK_ROWS", 2)
    path = copy("bad_rows.csv", tmp_path)
    cancel = threading.Event()
    seen = []

    def progress(rows: int, done: int, total: int) -> None:
        seen.append((rows, done, total))
        cancel.set()  # after the first chunk went in

    with pytest.raises(ImportCancelled, match="nothing was imported"):
        import_contacts(store, path, ImportOptions(world.campaign_id), progress=progress,
                        cancel=cancel)  # fmt: skip
    assert seen and seen[0][2] == path.stat().st_size
    assert count(store, Contact) == 2 and count(store, CallList) == 1
    assert not list(tmp_path.glob("*.rejects.csv*"))


def test_a_failure_halfway_leaves_no_trace(store, world, tmp_path, monkeypatch):
    monkeypatch.setattr(contact_import, "CHUNK_ROWS", 1)
    calls = []
    real = contact_import.ContactWriter.write

    def fail_on_third(self, chunk):
        calls.append(len(chunk))
        if len(calls) == 3:
            raise OSError("disk full")
        return real(self, chunk)

    monkeypatch.setattr(contact_import.ContactWriter, "write", fail_on_third)
    with pytest.raises(OSError):
        import_contacts(store, copy("utf8_comma.csv", tmp_path), ImportOptions(world.campaign_id))
    assert count(store, Contact) == 2 and count(store, Phone) == 2


def test_a_dry_run_writes_nothing_but_reports_everything(store, world, tmp_path):
    report = import_contacts(
        store, copy("bad_rows.csv", tmp_path), ImportOptions(world.campaign_id, dry_run=True)
    )
    assert report.dry_run and report.list_id is None
    assert (report.added, report.rejected) == (2, 6)
    assert count(store, Contact) == 2 and count(store, AuditEvent) == 0
    assert report.rejects_path is not None and report.rejects_path.exists()


def test_an_import_is_audited_with_counts_not_names(store, world, tmp_path):
    import_contacts(store, copy("utf8_comma.csv", tmp_path), ImportOptions(world.campaign_id))
    with store.read() as s:
        event = s.scalars(select(AuditEvent)).one()
    assert event.action == "contacts_imported"
    assert event.detail == {
        "file": "utf8_comma.csv", "campaign_id": world.campaign_id, "list_id": 2,
        "added": 3, "merged": 0, "rejected": 0,
    }  # fmt: skip


def test_imported_contacts_are_ready_to_call(store, world, tmp_path):
    import_contacts(store, copy("utf8_comma.csv", tmp_path), ImportOptions(world.campaign_id))
    with store.read() as s:
        groups = s.scalars(
            select(CallListEntry.calling_group_id).where(CallListEntry.list_id == 2)
        ).all()
        seqs = s.scalars(select(CallListEntry.queue_seq).where(CallListEntry.list_id == 2)).all()
        assert s.scalar(select(CallList.next_queue_seq).where(CallList.id == 2)) == 4
    assert None not in groups and len(set(groups)) == 3
    assert sorted(seqs) == [1, 2, 3]
