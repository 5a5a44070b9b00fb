"""Reading CSV files from anywhere: encodings, delimiters, line numbers, huge files.

Files come from web forms, spreadsheets and CRM exports, so the reader is
forgiving about the container and strict about nothing else:

- encodings: UTF-8 with or without a BOM, UTF-16 with a BOM (Excel's "Unicode
  text") or without one, else Windows-1252 (Excel's "CSV" on Western Windows,
  German and French exports included), else Latin-1 for the five bytes
  Windows-1252 leaves undefined;
- delimiters: comma, semicolon (European Excel) or tab, guessed from the header;
- quoted cells may hold delimiters and line breaks; rows are numbered by the
  physical line they start on, counting the header as line 1.

Big files are streamed: memory does not grow with the file.  Everything read
stays plain text; nothing here ever evaluates a cell.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from callcenter.errors import InvalidInputError, UserError
from callcenter.messages import msg

DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
_CP1252_UNDEFINED = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")
_SNIFF_CHUNK = 1 << 20
# The csv module's default cell limit (128 KiB) is far above any real cell; a file
# that needs more is not a contact list.
csv.field_size_limit(1 << 20)


def decode_csv_bytes(data: bytes, *, source: str = "the file") -> str:
    """The text of a small file read whole: a BOM decides, else UTF-8, else Windows-1252."""
    encoding = encoding_of_sample(data, complete=True, source=source)
    codec = "utf-8" if encoding == "utf-8-sig" else encoding
    body = data[len(codecs.BOM_UTF8) :] if encoding == "utf-8-sig" else data
    try:
        return body.decode(codec, errors="replace" if codec == "utf-8" else "strict")
    except UnicodeDecodeError:
        raise InvalidInputError(
            msg("csvread.says_but_not", source=source, upper=codec.upper())
        ) from None


def encoding_of_sample(data: bytes, *, complete: bool, source: str = "the file") -> str:
    """The encoding of ``data`` (the whole file when ``complete``, else its start)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = data[:4096]
    if b"\x00" in head:
        # UTF-16 without a BOM: every other byte of ASCII text is zero.
        if head[1::2].count(0) > len(head) // 4:
            return "utf-16-le"
        if head[0::2].count(0) > len(head) // 4:
            return "utf-16-be"
        raise InvalidInputError(msg("csvread.not_text_file_save_list", source=source))
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=complete)
        return "utf-8"
    except UnicodeDecodeError:
        return windows_encoding(data)


def windows_encoding(data: bytes) -> str:
    # Windows-1252 leaves five bytes undefined; Latin-1 reads those too.
    return "latin-1" if any(b in data for b in _CP1252_UNDEFINED) else "cp1252"


def sniff_encoding(path: Path) -> str:
    """A file's encoding, checked over the whole file without holding it in memory."""
    with _open_binary(path) as fh:
        first = fh.read(_SNIFF_CHUNK)
        encoding = encoding_of_sample(first, complete=False, source=path.name)
        if encoding != "utf-8":
            if encoding in ("cp1252", "latin-1"):  # an undefined byte may come later
                return _scan_windows(fh, encoding)
            return encoding
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            decoder.decode(first)
            while chunk := fh.read(_SNIFF_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            fh.seek(0)
            return _scan_windows(fh, "cp1252")
    return "utf-8"


def _scan_windows(fh: BinaryIO, found: str) -> str:
    if found == "latin-1":
        return found
    while chunk := fh.read(_SNIFF_CHUNK):
        if windows_encoding(chunk) == "latin-1":
            return "latin-1"
    return "cp1252"


def guess_delimiter(header_line: str) -> str:
    """The one of comma, semicolon and tab that the header uses most (comma on a tie)."""
    counts = {d: header_line.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def header_key(name: str) -> str:
    """A header name compared loosely: lower case, no accents, letters and digits only."""
    plain = unicodedata.normalize("NFKD", name.replace("ß", "ss")).encode("ascii", "ignore")
    plain = plain.decode()
    return re.sub(r"[^a-z0-9]", "", plain.lower())


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def shown(text: str, limit: int = 40) -> str:
    """A cell quoted in a message: control and direction characters made visible."""
    safe = _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    return safe if len(safe) <= limit else safe[: limit - 1] + "…"


# --- streaming ----------------------------------------------------------------------------


class _CountingReader(io.RawIOBase):
    """A binary file that counts the bytes read from it, for a progress bar."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self.bytes_read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        n = self._raw.readinto(buffer)  # type: ignore[attr-defined]
        self.bytes_read += n or 0
        return n or 0


@dataclass
class CsvFile:
    """An open CSV file: its header, then its rows with the line each starts on."""

    path: Path
    encoding: str
    delimiter: str
    header: list[str]
    size: int
    _counter: _CountingReader
    _reader: Any  # a csv reader: iterates rows, knows its line_num
    _text: io.TextIOWrapper

    @property
    def bytes_read(self) -> int:
        return self._counter.bytes_read

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """``(line, cells)`` for every row that is not blank.

        Raises:
            InvalidInputError: the file breaks off inside a quoted cell, or the like.
        """
        reader = self._reader
        row_end = reader.line_num
        try:
            for row in reader:
                line, row_end = row_end + 1, reader.line_num
                if any(cell.strip() for cell in row):
                    yield line, row
        except csv.Error as exc:
            raise InvalidInputError(
                msg(
                    "csvread.cannot_read_after_line_check",
                    name=self.path.name,
                    row_end=row_end,
                    exc=exc,
                )
            ) from None
        except UnicodeDecodeError:
            raise InvalidInputError(
                msg(
                    "csvread.not_after_line_choose_encoding",
                    name=self.path.name,
                    upper=self.encoding.upper(),
                    row_end=row_end,
                )
            ) from None

    def close(self) -> None:
        self._text.close()

    def __enter__(self) -> CsvFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_csv(path: Path, *, encoding: str | None = None, delimiter: str | None = None) -> CsvFile:
    """Open ``path`` for streaming; the encoding and delimiter are guessed unless given.

    Raises:
        UserError: the file cannot be read.
        InvalidInputError: it is empty, not text, or not in the given encoding.
    """
    if delimiter is not None and delimiter not in DELIMITERS:
        raise InvalidInputError(msg("csvread.delimiter_must_comma_semicolon_tab"))
    encoding = encoding or sniff_encoding(path)
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InvalidInputError(msg("csvread.not_encoding_app_knows", encoding=encoding)) from None
    raw = _open_binary(path)
    counter = _CountingReader(raw)
    text = io.TextIOWrapper(io.BufferedReader(counter, 1 << 16), encoding=encoding, newline="")
    try:
        first_line = text.readline()
        delimiter = delimiter or guess_delimiter(first_line)
        reader = csv.reader(_chain(first_line, text), delimiter=delimiter)
        header = next(reader, None)
    except UnicodeDecodeError:
        text.close()
        raise InvalidInputError(
            msg("csvread.not_choose_encoding_by_hand", name=path.name, upper=encoding.upper())
        ) from None
    except csv.Error as exc:
        text.close()
        raise InvalidInputError(msg("csvread.not_csv_file", name=path.name, exc=exc)) from None
    if not header or not any(h.strip() for h in header):
        text.close()
        raise InvalidInputError(msg("csvread.empty_has_no_header_line", name=path.name))
    header = [h.strip().lstrip("\ufeff") for h in header]
    size = path.stat().st_size
    return CsvFile(path, encoding, delimiter, header, size, counter, reader, text)


def _chain(first: str, rest: io.TextIOWrapper) -> Iterator[str]:
    yield first
    yield from rest


def _open_binary(path: Path) -> BinaryIO:
    try:
        if path.is_dir():
            raise InvalidInputError(msg("csvread.folder_not_csv_file", path=path))
        return path.open("rb")
    except OSError as exc:
        raise UserError(
            msg("csvread.cannot_read", path=path, strerror=exc.strerror or exc)
        ) from exc
