"""One description of each exported column, shared by every writer.

The CSV header, the JSON Lines keys, the Data Package schema and the README's column table
all come from these tuples, so the documented order and types cannot drift from what is
written. A row is a plain dict of typed Python values; each writer turns a value into its own
representation (`csv_cell`, `json_value`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Union

# What a row holds in one column, before a writer renders it.
Cell = Union[str, int, float, bool, None, list]
Row = dict[str, Cell]


@dataclass(frozen=True, slots=True)
class Column:
    """An exported column: its Table Schema type, what it means, and how a list in it is joined
    in a CSV cell (JSON Lines keep the list)."""

    name: str
    type: str  # Table Schema type: string, integer, number or boolean
    description: str
    required: bool = False
    pattern: str | None = None
    enum: tuple[str, ...] = ()
    joiner: str | None = None  # a list value: the separator of its items in a CSV cell
    item_text: Callable[[object], str] = str  # how one list item reads in a CSV cell


def format_number(value: float) -> str:
    """A number as CSV text: integers without a decimal point, others in Python's shortest
    round-tripping form, infinity as Table Schema's `INF`; never thousands separators, so
    that every CSV reader parses it."""
    if math.isinf(value):
        return "INF" if value > 0 else "-INF"
    if float(value).is_integer() and abs(value) < 2**53:
        return str(int(value))
    return repr(float(value))


def csv_cell(column: Column, value: Cell) -> str:
    """The text of `value` in a CSV cell of `column` (formulas are defused later, by the CSV
    writer, on string columns only)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return format_number(value)
    if isinstance(value, list):
        return (column.joiner or "; ").join(column.item_text(item) for item in value)
    return str(value)


def json_value(value: Cell) -> Cell:
    """`value` as JSON holds it: integral numbers as integers, an unbounded end (infinity,
    which JSON cannot write) as null; text and lists unchanged."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float):
        if math.isinf(value) or math.isnan(value):
            return None
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    return value


def check_row(columns: tuple[Column, ...], row: Mapping[str, Cell]) -> None:
    """A row must have exactly the columns, in their order: a missing or extra key is a bug
    in the code that built it, caught here rather than as a shifted CSV column."""
    names = [c.name for c in columns]
    if list(row) != names:
        raise ValueError(f"row keys {list(row)} differ from the columns {names}")
