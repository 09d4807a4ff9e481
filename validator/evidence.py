"""The dataset's figures as comparable facts: what the contradiction rules (C*) reason over.

A fact is one figure of one readable claim, with the event it belongs to and, for a figure
that qualifies the one before it ("20 arrests in 12 countries"), that figure's measure.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from validator.dataset import ClaimRecord, Dataset
from validator.figures.claimtext import Figure
from validator.intervals import Interval, interval

_QUALIFYING = re.compile(r"^\s*(?:in|across|from)\s", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Fact:
    record: ClaimRecord
    index: int  # position of the figure in its claim
    figure: Figure
    parent: str | None  # the measure this figure qualifies, if any
    range: Interval
    event: str | None

    @property
    def is_total(self) -> bool:
        return self.figure.place is None and not self.figure.items

    @property
    def is_part(self) -> bool:
        return self.figure.place is not None and not self.figure.place_is_region

    def where(self) -> str:
        return f"{self.record.file.path}:{self.record.span('claim').line}"

    def describe(self) -> str:
        figure = self.figure
        text = self.record.claim.claim[figure.start:figure.end].strip()
        return f"'{text}' ({self.record.id}, {self.where()})"


def facts(dataset: Dataset) -> list[Fact]:
    cached = dataset.shared.get("facts")
    if cached is None:
        cached = dataset.shared["facts"] = list(_collect(dataset))
    return cached


def _collect(dataset: Dataset):
    for record in dataset.claims():
        figures = record.figures
        if not isinstance(figures, tuple):
            continue
        event = record.event
        for i, figure in enumerate(figures):
            if figure.measure is None:
                continue
            parent = None
            if i > 0 and _QUALIFYING.match(record.claim.claim[figures[i - 1].end:figure.start]):
                parent = figures[i - 1].measure
            span = interval(figure.value, figure.qualifier, figure.vague, dataset.about_tolerance)
            yield Fact(record, i, figure, parent, span, event)


def by_event_measure(dataset: Dataset) -> dict[tuple[str, str], list[Fact]]:
    """Facts that have an event, grouped by (event, measure), in dataset order."""
    groups = dataset.shared.get("by_event_measure")
    if groups is None:
        groups = dataset.shared["by_event_measure"] = defaultdict(list)
        for fact in facts(dataset):
            if fact.event is not None:
                groups[(fact.event, fact.figure.measure)].append(fact)
    return groups


def later(a: Fact, b: Fact) -> tuple[Fact, Fact]:
    """(earlier, later) of two facts by file and line: a two-claim finding goes at the later one."""
    key = lambda f: (f.record.file.path, f.record.span("claim").line, f.index)  # noqa: E731
    return (a, b) if key(a) <= key(b) else (b, a)
