"""CSV cells that a spreadsheet will show as text, never run as a formula."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from typing import IO

# A leading = + - @ (or a tab/CR that some programs strip first) starts a formula
# in Excel, LibreOffice and Google Sheets (OWASP "CSV injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A plain signed number (an E.164 phone number, a negative count) computes nothing;
# escaping it would corrupt it for the CRM that reads the file.
_PLAIN_NUMBER = re.compile(r"[+-][0-9]{1,20}(\.[0-9]{1,10})?")


def safe_cell(value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    if text.startswith(_FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def write_rows(out: IO[str], header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write a header and rows with every cell made safe; returns the row count."""
    writer = csv.writer(out)
    writer.writerow(header)
    n = 0
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
        n += 1
    return n
