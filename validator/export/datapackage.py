"""`datapackage.json`: a Frictionless Tabular Data Package describing the two CSV tables.

With it, `frictionless validate datapackage.json` checks every cell against its type and
constraints, the primary keys for duplicates and each figure's `event_key` against the event
table; pandas and R users load the tables by their schema instead of guessing types. The
descriptor is built from the same column tuples as the CSV files, and has no timestamp, so
an unchanged dataset gives byte-identical output.
"""

from __future__ import annotations

import json

from validator import __version__
from validator.export.columns import Column

FIGURES, EVENTS = "figures", "events"


def field(column: Column) -> dict[str, object]:
    """A Table Schema field for `column`."""
    described: dict[str, object] = {"name": column.name, "type": column.type, "description": column.description}
    constraints: dict[str, object] = {}
    if column.required:
        constraints["required"] = True
    if column.pattern is not None:
        constraints["pattern"] = column.pattern
    if column.enum:
        constraints["enum"] = list(column.enum)
    if constraints:
        described["constraints"] = constraints
    return described


def _resource(name: str, description: str, columns: tuple[Column, ...], primary_key: list[str],
              foreign_keys: list[dict[str, object]]) -> dict[str, object]:
    schema: dict[str, object] = {
        "fields": [field(column) for column in columns],
        "missingValues": [""],
        "primaryKey": primary_key,
    }
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    return {
        "name": name,
        "path": f"{name}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": description,
        "dialect": {"delimiter": ",", "quoteChar": '"', "doubleQuote": True, "header": True},
        "schema": schema,
    }


def descriptor(figure_columns: tuple[Column, ...], event_columns: tuple[Column, ...]) -> dict[str, object]:
    """The package: the figure table (keyed by claim and position, referring to the event
    table by `event_key`) and the event table (keyed by `key`)."""
    figures = _resource(
        FIGURES, "One row per figure of each claim: what it counts, its value and qualifier, place, event, "
        "source and the findings on its claim.", figure_columns, ["claim_id", "figure"],
        [{"fields": "event_key", "reference": {"resource": EVENTS, "fields": "key"}}])
    events = _resource(
        EVENTS, "One row per event, measure and place: the figures the sources give and the interval they "
        "allow together.", event_columns, ["key"], [])
    return {
        "profile": "tabular-data-package",
        "name": "figurecheck-export",
        "title": "Figures checked by validate",
        "description": "Figures of a source-cited dataset, checked against the articles they quote and "
                       f"exported by figurecheck {__version__} (validate --export).",
        "resources": [figures, events],
    }


def to_json(package: dict[str, object]) -> str:
    """The descriptor as indented UTF-8 JSON with a final newline, keys in the order built."""
    return json.dumps(package, ensure_ascii=False, indent=2) + "\n"
