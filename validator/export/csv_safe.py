"""CSV text that a spreadsheet opens as data, never as formulas.

A claim's quote or note is text typed by people and copied from articles: a cell that starts
with `=`, `+`, `-` or `@` (or a tab or carriage return, which some spreadsheets skip before
reading a formula) would run as a formula when the file is opened ("CSV injection"). Such a
text cell gets a leading apostrophe, which spreadsheets show as text and hide. Numbers are
written by the exporter itself (never negative), so only string columns are defused; the
JSON Lines file keeps the raw text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from validator.export.columns import Column, Row, check_row, csv_cell

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse(text: str) -> str:
    """`text` with an apostrophe before it when a spreadsheet would read it as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv(columns: tuple[Column, ...], rows: Iterable[Row]) -> str:
    """The rows as CSV text: a header row, then one line per row, fields quoted only when
    they need it, `\\n` line ends (the same bytes on every platform)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(column.name for column in columns)
    for row in rows:
        check_row(columns, row)
        writer.writerow(_cell(column, row[column.name]) for column in columns)
    return out.getvalue()


def _cell(column: Column, value: object) -> str:
    text = csv_cell(column, value)  # type: ignore[arg-type]
    return defuse(text) if column.type == "string" else text
