"""The CSV reader shared by the volunteer and contact imports: encodings, big files, messages."""

from __future__ import annotations

import codecs

import pytest

from callcenter.csvread import guess_delimiter, header_key, open_csv, shown, sniff_encoding
from callcenter.errors import InvalidInputError


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"a,b\r\n1,2\r\n", "utf-8"),
        (codecs.BOM_UTF8 + "a;\u00e9\n".encode(), "utf-8-sig"),
        ("a\tb\n".encode("utf-16"), "utf-16"),
        ("name,ort\nx,M\u00fcnchen\n".encode("utf-16-le"), "utf-16-le"),
        ("name;ort\nx;M\u00fcnchen\n".encode("cp1252"), "cp1252"),
        (b"name\nx\x81y\n", "latin-1"),  # a byte Windows-1252 leaves undefined
    ],
)
def test_encodings_are_recognised(tmp_path, data, expected):
    path = tmp_path / "f.csv"
    path.write_bytes(data)
    assert sniff_encoding(path) == expected


def test_a_windows_byte_far_into_a_big_file_is_still_noticed(tmp_path):
    path = tmp_path / "big.csv"
    path.write_bytes(b"name\n" + b"plain ascii line\n" * 200_000 + "Z\u00fcrich\n".encode("cp1252"))
    assert path.stat().st_size > 3 * (1 << 20)
    assert sniff_encoding(path) == "cp1252"
    with open_csv(path) as source:
        *_, (line, last) = source.rows()
    assert (line, last) == (200_002, ["Z\u00fcrich"])
    assert source.bytes_read == path.stat().st_size


def test_binary_and_empty_files_are_refused(tmp_path):
    binary = tmp_path / "x.xlsx"
    binary.write_bytes(b"PK\x03\x04\x00\x00\x08\x00" * 10)
    with pytest.raises(InvalidInputError, match="not a text file"):
        open_csv(binary)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(InvalidInputError, match="empty"):
        open_csv(empty)


def test_delimiters_and_header_keys():
    assert guess_delimiter("a;b;c,d") == ";"
    assert guess_delimiter("a\tb") == "\t"
    assert guess_delimiter("single") == ","
    assert header_key("Straße / PLZ") == "strasseplz"
    assert header_key("Prénom") == "prenom"


def test_cells_in_messages_show_control_characters():
    assert shown("Esc\x1b[31m") == "Esc\\x1b[31m"
    assert shown("\u202eevil") == "\\x202eevil"
    assert shown("x" * 50, limit=10) == "xxxxxxxxx…"
