"""Importing sign-up lists: encodings, delimiters, header names, duplicates, bad rows."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import func, select

from callcenter.db import Store
from callcenter.errors import InvalidInputError, UserError
from callcenter.models import Volunteer
from callcenter.services import volunteer_import
from callcenter.services.volunteer_import import import_volunteers, parse_languages
from callcenter.services.volunteers import register_volunteer


def write(tmp_path: Path, text: str, encoding: str = "utf-8", bom: bytes = b"") -> Path:
    path = tmp_path / "signups.csv"
    path.write_bytes(bom + text.encode(encoding))
    return path


def volunteers(store: Store) -> dict[str, Volunteer]:
    with store.read() as s:
        rows = s.scalars(select(Volunteer)).all()
        s.expunge_all()
    return {f"{v.first_name} {v.last_name}": v for v in rows}


SIGNUPS = "First name,Last name,Email,Phone,Languages\nAda,Lovelace,ada@example.org,,en\n"


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("cp1252", b""),
    ],
)
def test_every_common_encoding_reads_accents_right(
    store: Store, tmp_path: Path, encoding: str, bom: bytes
) -> None:
    text = "Prénom;Nom;Courriel;Téléphone\r\nRené;Müller-Lüdenscheidt;rene@example.fr;+33 1 23\r\n"
    report = import_volunteers(store, write(tmp_path, text, encoding, bom))

    assert (report.added, report.duplicates, report.rejected) == (1, [], [])
    rene = volunteers(store)["René Müller-Lüdenscheidt"]
    assert (rene.email, rene.phone, rene.status, rene.role) == (
        "rene@example.fr",
        "+33 1 23",
        "pending",
        "volunteer",
    )
    assert rene.code is None and rene.pin_hash is None


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters_are_sniffed_from_the_header(
    store: Store, tmp_path: Path, delimiter: str
) -> None:
    rows = [
        ["Vorname", "Nachname", "E-Mail", "Telefon", "Sprachen"],
        ["Karl", "Klammer", "karl@example.de", "030 1234", "de, en"],
        ["Berta", "Benz", "", "", "Deutsch"],
    ]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerows(rows)
    text = buffer.getvalue()

    report = import_volunteers(store, write(tmp_path, text))

    assert report.added == 2 and len(report.volunteer_ids) == 2
    people = volunteers(store)
    assert people["Karl Klammer"].languages == ["de", "en"]
    assert people["Berta Benz"].languages == ["de"]
    assert people["Berta Benz"].email is None


def test_quoted_cells_with_commas_and_line_breaks_keep_line_numbers(
    store: Store, tmp_path: Path
) -> None:
    text = (
        "first,last,email,notes\n"
        'Ann,"Smith, Jr.",ann@example.org,"two\nlines"\n'
        "Bob,,bob@example.org,\n"
    )
    report = import_volunteers(store, write(tmp_path, text))

    assert report.added == 1
    assert "Ann Smith, Jr." in volunteers(store)
    assert [(line, str(why)) for line, why in report.rejected] == [
        (4, "a first and a last name are needed")
    ]


def test_duplicates_in_the_store_and_in_the_file_are_skipped_and_reported(
    store: Store, tmp_path: Path
) -> None:
    register_volunteer(store, first_name="Old", last_name="Timer", email="OLD@example.org")
    register_volunteer(store, first_name="Pat", last_name="Phone", phone="(312) 555-0101")
    text = (
        "first name,last name,email,phone\n"
        "Olive,Timer,old@example.org,\n"  # same email as the store, other case
        "pat,PHONE,,312-555-0101\n"  # same person and phone, written differently
        "Nina,New,nina@example.org,\n"
        "Nina,Newer,NINA@example.org,\n"  # twice in the file
        "Sam,Same,,555 1000\n"
        "Sam,Same,,5551000\n"
        "Sam,Same,,\n"  # no email or phone: nothing to match on, added
    )
    report = import_volunteers(store, write(tmp_path, text))

    assert report.added == 3
    assert [line for line, _ in report.duplicates] == [2, 3, 5, 7]
    reasons = {line: str(why) for line, why in report.duplicates}
    assert "email old@example.org is already registered" in reasons[2]
    assert "pat PHONE with this phone number is already registered" in reasons[3]
    assert reasons[5] == "same volunteer as line 4"
    assert reasons[7] == "same volunteer as line 6"


def test_bad_rows_are_rejected_with_line_and_reason_and_good_rows_added(
    store: Store, tmp_path: Path
) -> None:
    text = (
        "First,Last,Email,Phone,Languages\n"
        "Good,One,good@example.org,,en\n"
        ",Nofirst,,,\n"
        "Bad,Mail,not-an-address,,\n"
        "Bad,Phone,,call me,\n"
        "Bad,Lang,,,Klingon-ish!\n"
        "\n"
        f"Long,{'x' * 81},,,\n"
        "Good,Two,,,English/French\n"
    )
    report = import_volunteers(store, write(tmp_path, text))

    assert report.added == 2
    assert [(line, str(why)) for line, why in report.rejected] == [
        (3, "a first and a last name are needed"),
        (4, "'not-an-address' is not an email address"),
        (5, "'call me' is not a phone number"),
        (6, "'Klingon-ish!' is not a language code like en, de or fr"),
        (8, "a name is longer than 80 characters"),
    ]
    assert volunteers(store)["Good Two"].languages == ["en", "fr"]


def test_a_single_name_column_is_split_and_a_lone_name_is_the_last_name(
    store: Store, tmp_path: Path
) -> None:
    import_volunteers(store, write(tmp_path, "Full name,Mail\nMary Ann Evans,m@example.org\n"))
    import_volunteers(store, write(tmp_path, "Vorname;Name\nGret;Gross\n"))

    assert {"Mary Ann Evans", "Gret Gross"} <= volunteers(store).keys()
    assert volunteers(store)["Mary Ann Evans"].first_name == "Mary Ann"


def test_a_file_without_name_columns_is_refused_naming_its_columns(
    store: Store, tmp_path: Path
) -> None:
    with pytest.raises(InvalidInputError, match=r"columns found: id, city"):
        import_volunteers(store, write(tmp_path, "id,city\n1,Berlin\n"))
    with pytest.raises(InvalidInputError, match="is empty"):
        import_volunteers(store, write(tmp_path, ""))
    with pytest.raises(InvalidInputError, match="not a text file"):
        import_volunteers(store, write(tmp_path, "PK\x03\x04\x00\x00binary"))
    with pytest.raises(UserError, match="Cannot read"):
        import_volunteers(store, tmp_path / "missing.csv")


def test_a_failure_while_writing_adds_nobody(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = 0
    real_uid = volunteer_import.new_op_id

    def uid_then_fail() -> str:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise RuntimeError("store went away")
        return real_uid()

    monkeypatch.setattr(volunteer_import, "new_op_id", uid_then_fail)
    with pytest.raises(RuntimeError):
        import_volunteers(store, write(tmp_path, "first,last\nAnn,A\nBen,B\nCid,C\n"))

    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Volunteer)) == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ("en",)),
        ("EN", ("en",)),
        ("en, de ; fr", ("en", "de", "fr")),
        ("Français/Español", ("fr", "es")),
        ("de de", ("de",)),
    ],
)
def test_language_cells(text: str, expected: tuple[str, ...]) -> None:
    assert parse_languages(text) == (expected, "")
