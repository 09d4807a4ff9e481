"""JSON Lines: one JSON object per row, keys in column order, the raw text of every cell."""

from __future__ import annotations

import json
from collections.abc import Iterable

from validator.export.columns import Column, Row, check_row, json_value


def to_jsonl(columns: tuple[Column, ...], rows: Iterable[Row]) -> str:
    """One line per row, UTF-8 characters kept as they are (not \\u escapes), so the file
    reads like the claims it comes from; lists stay lists, an unbounded end is null."""
    lines = []
    for row in rows:
        check_row(columns, row)
        record = {column.name: json_value(row[column.name]) for column in columns}
        lines.append(json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n")
    return "".join(lines)
