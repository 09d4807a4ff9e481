"""An interval of allowed values as table cells: its text for people, its ends for programs.

The text (`(20,000, ∞)`) is `validator.intervals.Interval`'s own, as in the findings; the ends
are numbers with a flag each for an excluded end, so a program filters on them without
parsing brackets. An upper end without bound is infinity (INF in CSV, null in JSON Lines).
"""

from __future__ import annotations

from validator.export.columns import Cell, Column
from validator.intervals import Interval

NAMES = ("interval", "interval_low", "interval_low_open", "interval_high", "interval_high_open")


def interval_columns(allowed: str) -> tuple[Column, ...]:
    """The five interval columns; `allowed` says whose values they are ("the figure allows")."""
    return (
        Column("interval", "string", f"The values {allowed}, e.g. 38, [15.3, 18.7] or (20,000, ∞)."),
        Column("interval_low", "number", "The interval's lower end."),
        Column("interval_low_open", "boolean", "Whether the lower end itself is excluded."),
        Column("interval_high", "number", "The interval's upper end; INF (null in JSON Lines) when unbounded."),
        Column("interval_high_open", "boolean", "Whether the upper end itself is excluded."),
    )


def interval_cells(span: Interval | None) -> dict[str, Cell]:
    """The cells of the interval columns for `span`; all empty for no interval."""
    if span is None:
        return dict.fromkeys(NAMES)
    return {
        "interval": str(span),
        "interval_low": span.low,
        "interval_low_open": span.low_open,
        "interval_high": span.high,
        "interval_high_open": span.high_open,
    }
