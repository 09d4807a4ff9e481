"""The dataset's figures as comparable facts: what the contradiction rules (C*) reason over.

A fact is one figure of one readable claim, with the event it belongs to and, for a figure
that qualifies the one before it ("20 arrests in 12 countries"), that figure's measure.

Several facts about one thing (one event, measure and place) are read together: "over 100
arrests in the US" and "121 in the US" say 121, the intersection of what each allows
(`combine`). When they share no value they cannot be reconciled, and the rules say so.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from validator.dataset import ClaimRecord, Dataset
from validator.figures.figure import Figure
from validator.intervals import Interval, claimed_range

_QUALIFYING = re.compile(r"^\s*(?:in|across|from)\s", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Fact:
    record: ClaimRecord
    index: int  # position of the figure in its claim
    figure: Figure
    parent: str | None  # the measure this figure qualifies, if any
    range: Interval
    event: str | None
    partial: bool = False  # its source reads it as part of another figure ("of whom 12", "a further 8")
    measure: str = ""  # what it is compared by: the measure, with the currency or unit of an amount
    within: bool = False  # its place holds the places the quote gives it for ("in India" for Noida and Ahmedabad)

    @property
    def is_total(self) -> bool:
        return self.figure.place is None and not self.figure.items and not self.partial

    @property
    def is_part(self) -> bool:
        return self.figure.place is not None and not self.figure.place_is_region

    @property
    def country(self) -> str | None:
        """The country the figure's place lies in (the place itself for a country); None for a
        region or when there is no place. A place may be a city or a province, whose country
        the claim reader gives as `place_country`."""
        figure = self.figure
        if figure.place is None or figure.place_is_region:
            return None
        return figure.place_country or figure.place

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
        readings = how_quoted(dataset, record)
        for i, figure in enumerate(figures):
            key = comparable(figure)
            if key is None:
                continue
            parent = None
            if i > 0 and _QUALIFYING.match(record.claim.claim[figures[i - 1].end:figure.start]):
                parent = figures[i - 1].measure
            span = _in_base_unit(claimed_range(figure, dataset.about_tolerance), figure)
            partial, within = readings[i]
            yield Fact(record, i, figure, parent, span, event, partial, key, within)


def how_quoted(dataset: Dataset, record: ClaimRecord) -> tuple[tuple[bool, bool], ...]:
    """For each figure of a claim, whether its source reads it as part of another figure ("of
    whom 12"), and whether the claim's place holds the places the source gives it for ("15
    arrests in India" for raids in Noida, Gurugram and Ahmedabad: a figure in India, not
    India's). Kept with a cached file, since a cached file keeps no quotes to judge again."""
    kept = record.__dict__.get("partials")
    if kept is not None:
        return kept
    from validator.verdicts import verdicts  # the reader: only for a file checked in this run

    judged = {v.figure: v for v in verdicts(dataset, record)}
    figures = record.figures if isinstance(record.figures, tuple) else ()
    found = []
    for figure in figures:
        e = v.evidence if (v := judged.get(figure)) is not None else None
        within = e is not None and e.joint and figure.place is not None and figure.place in e.whole
        found.append((e is not None and e.partial, within))
    record.__dict__["partials"] = kept = tuple(found)
    return kept


def comparable(figure: Figure) -> str | None:
    """What a figure is compared with others by: its measure for a count or a duration; for
    money, the measure and the currency ("cash (EUR)"); for a quantity, the measure and what
    the unit measures ("cocaine (a mass)"); None when nothing can be compared."""
    if figure.kind == "money":
        return f"{figure.measure or 'money'} ({figure.unit})"
    if figure.kind == "quantity" and figure.unit:
        from validator.figures import amounts

        return f"{figure.measure or 'quantity'} ({amounts.dimension(figure.unit)})"
    if figure.kind == "percent":
        return f"{figure.measure or 'share'} (%)"
    return figure.measure


def _in_base_unit(span: Interval, figure: Figure) -> Interval:
    """A quantity's interval in the base unit of its dimension, so that kilograms and tonnes add up."""
    if figure.kind != "quantity" or not figure.unit:
        return span
    from validator.figures import amounts

    factor = amounts.convert(1.0, figure.unit, amounts.base_unit(figure.unit)) or 1.0
    return Interval(span.low * factor, span.high * factor, span.low_open, span.high_open)


def by_event_measure(dataset: Dataset) -> dict[tuple[str, str], list[Fact]]:
    """Facts that have an event, grouped by (event, measure), in dataset order."""
    groups = dataset.shared.get("by_event_measure")
    if groups is None:
        groups = dataset.shared["by_event_measure"] = defaultdict(list)
        for fact in facts(dataset):
            if fact.event is not None:
                groups[(fact.event, fact.measure)].append(fact)
    return groups


@dataclass(frozen=True, slots=True)
class Combined:
    """What several facts about one thing say together."""

    facts: tuple[Fact, ...]
    range: Interval | None  # the values all of them allow; None when they cannot be reconciled

    @property
    def reconciled(self) -> bool:
        return self.range is not None

    @property
    def low(self) -> tuple[float, bool]:
        """The lowest value (and whether it is excluded) the facts allow together; when they
        cannot be reconciled, the lowest any of them allows."""
        if self.range is not None:
            return self.range.low, self.range.low_open
        low = min(f.range.low for f in self.facts)
        return low, all(f.range.low_open for f in self.facts if f.range.low == low)

    @property
    def high(self) -> tuple[float, bool]:
        """The highest value (and whether it is excluded) the facts allow together; when they
        cannot be reconciled, the highest any of them allows."""
        if self.range is not None:
            return self.range.high, self.range.high_open
        high = max(f.range.high for f in self.facts)
        return high, all(f.range.high_open for f in self.facts if f.range.high == high)

    def span(self) -> Interval:
        """`range`, or when the facts cannot be reconciled every value any of them allows."""
        if self.range is not None:
            return self.range
        (low, low_open), (high, high_open) = self.low, self.high
        return Interval(low, high, low_open, high_open)

    def witness(self) -> tuple[Fact, Fact] | None:
        """When the facts cannot be reconciled, two of them that share no value, as (earlier,
        later): the one with the highest low end and the one with the lowest high end."""
        if self.range is not None or len(self.facts) < 2:
            return None
        highest_low = max(self.facts, key=lambda f: (f.range.low, f.range.low_open))
        lowest_high = min(self.facts, key=lambda f: (f.range.high, not f.range.high_open))
        if highest_low is lowest_high:
            return None  # a figure that allows no value at all ("less than 0")
        return later(highest_low, lowest_high)


def combine(group: list[Fact] | tuple[Fact, ...]) -> Combined:
    """The facts read together: the intersection of their ranges. Intervals are convex, so
    facts that overlap pairwise always share a value; when they do not, `witness` names a
    pair that does not overlap."""
    together: Interval | None = group[0].range
    for fact in group[1:]:
        together = together.intersection(fact.range)
        if together is None:
            break
    return Combined(tuple(group), together)


def later(a: Fact, b: Fact) -> tuple[Fact, Fact]:
    """(earlier, later) of two facts by file and line: a two-claim finding goes at the later one."""
    key = lambda f: (f.record.file.path, f.record.span("claim").line, f.index)  # noqa: E731
    return (a, b) if key(a) <= key(b) else (b, a)
