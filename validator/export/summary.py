"""`validate --summary`: the event table for a terminal, for a quick look without exporting.

Per event, one line per measure and place: what the figures allow together, then the figures
with their sources. Built from the same groups as events.csv, so the two always agree.
"""

from __future__ import annotations

from itertools import groupby

from validator.dataset import Dataset
from validator.export.events import EventGroup, groups, note, source_of
from validator.export.figure_parts import said

NO_COMMON_VALUE = "no common value"


def label(group: EventGroup) -> str:
    """The row's name within its event: `arrests`, `arrests in Spain`, `countries (of arrests)`."""
    text = group.measure
    if group.place:
        text += f" in {group.place}"
    if group.part_of:
        text += f" (of {group.part_of})"
    return text


def render(dataset: Dataset) -> str:
    """The summary text; a line saying there is nothing when no claim names an event."""
    all_groups = groups(dataset)
    if not all_groups:
        return "no figures with an event\n"
    lines: list[str] = []
    for event, members in groupby(all_groups, key=lambda g: g.event):
        lines.extend(_event(event, list(members)))
    sources = len({source_of(f) for g in all_groups for f in g.combined.facts})
    events = len({g.event for g in all_groups})
    lines.append(f"{events} event{'s' * (events != 1)}, {len(all_groups)} row{'s' * (len(all_groups) != 1)}, "
                 f"{sources} source{'s' * (sources != 1)}")
    return "\n".join(lines) + "\n"


def _event(event: str, members: list[EventGroup]) -> list[str]:
    sources = sorted({source_of(f) for g in members for f in g.combined.facts})
    lines = [f"{event} ({len(sources)} source{'s' * (len(sources) != 1)})"]
    width = max(len(label(g)) for g in members)
    allowed = [str(g.combined.range) if g.combined.reconciled else NO_COMMON_VALUE for g in members]
    span = max(len(a) for a in allowed)
    for group, interval in zip(members, allowed):
        figures = "; ".join(f"{said(f.record.claim.claim, f.figure)} [{source_of(f)}]" for f in group.combined.facts)
        lines.append(f"  {label(group):<{width}}  {interval:<{span}}  {figures}")
        why = note(group)
        if why is not None:
            lines.append(f"  {'':<{width}}  note: {why}")
    return lines
