"""The README's Export section documents the columns in the order the files have them."""

from __future__ import annotations

import re
from pathlib import Path

from validator.export.events import EVENT_COLUMNS
from validator.export.rows import FIGURE_COLUMNS

README = Path(__file__).resolve().parent.parent.parent / "README.md"


def _tables() -> list[list[tuple[str, str]]]:
    """(column, type) of each table in the README's '## Export' section, in order."""
    section = README.read_text(encoding="utf-8").split("\n## Export\n", 1)[1].split("\n## ", 1)[0]
    tables, current = [], []
    for line in section.splitlines():
        row = re.match(r"^\| \d+ \| `([a-z_]+)` \| (\w+) \|", line)
        if row:
            current.append(row.groups())
        elif current:
            tables.append(current)
            current = []
    return tables + ([current] if current else [])


def test_readme_lists_the_columns_in_file_order() -> None:
    figures, events = _tables()
    assert figures == [(c.name, c.type) for c in FIGURE_COLUMNS]
    assert events == [(c.name, c.type) for c in EVENT_COLUMNS]
