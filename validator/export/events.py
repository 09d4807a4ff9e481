"""The event table: per event, measure and place, what the sources say and what that allows.

Figures are grouped as the sources-disagree rule (C005) groups them: one event, one measure
as it is compared (a currency or a unit's dimension included), one place, and for a figure
that qualifies another ("20 arrests in 12 countries") the measure it qualifies. What the
figures of a group allow together is `validator.evidence.combine`, the same reading the C001
and C005 rules make, so the table can never reconcile what the checks call a disagreement.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from validator.dataset import Dataset
from validator.evidence import Combined, Fact, combine, facts
from validator.export.columns import Column, Row
from validator.export.figure_parts import said
from validator.export.intervals import interval_cells, interval_columns
from validator.figures import amounts


@dataclass(frozen=True, slots=True)
class EventGroup:
    event: str
    measure: str  # as compared: "arrests", "cash (EUR)", "cocaine (a mass)"
    place: str  # "" for a figure without a place
    part_of: str  # "" unless the figures qualify another measure
    combined: Combined

    @property
    def key(self) -> str:
        return event_key(self.event, self.measure, self.place, self.part_of)


def event_key(event: str, measure: str, place: str = "", part_of: str = "") -> str:
    """The row's key, readable on its own: `operation-tantalio: arrests in Spain`,
    `interpol-europe-americas-operation: countries (of arrests)`. Event ids and measures
    never contain " in " or " (of ", so distinct groups get distinct keys."""
    key = f"{event}: {measure}"
    if place:
        key += f" in {place}"
    if part_of:
        key += f" (of {part_of})"
    return key


def fact_key(fact: Fact) -> str | None:
    """The key of the event row a fact is read in; None for a figure without an event."""
    if fact.event is None:
        return None
    return event_key(fact.event, fact.measure, fact.figure.place or "", fact.parent or "")


def groups(dataset: Dataset) -> list[EventGroup]:
    """Every group of facts that has an event, sorted by event, measure, part-of and place
    (a total before its places), each read together by `combine`."""
    grouped: dict[tuple[str, str, str, str], list[Fact]] = defaultdict(list)
    for fact in facts(dataset):
        if fact.event is not None:
            grouped[(fact.event, fact.measure, fact.parent or "", fact.figure.place or "")].append(fact)
    return [EventGroup(event, measure, place, part_of, combine(_ordered(members)))
            for (event, measure, part_of, place), members in sorted(grouped.items())]


def _ordered(members: list[Fact]) -> list[Fact]:
    """Facts in the order of figures.csv: by claims file, line and position in the claim."""
    return sorted(members, key=lambda f: (f.record.file.path, f.record.span("claim").line, f.index))


def source_of(fact: Fact) -> str:
    """The source article a fact is taken from (its path relative to the repository root)."""
    header = fact.record.file.header
    return header.source.path if header is not None else ""


def unit_of(fact: Fact) -> str | None:
    """The unit the group's interval is in: the currency of money, the base unit of a
    quantity (figures in tonnes and kilograms are compared in kilograms), `%`; none for counts
    and durations, which are in their measure."""
    figure = fact.figure
    if figure.kind == "money":
        return figure.unit
    if figure.kind == "quantity" and figure.unit:
        return amounts.base_unit(figure.unit)
    if figure.kind == "percent":
        return "%"
    return None


def note(group: EventGroup) -> str | None:
    """Why a group has no reconciled interval: which two figures share no value, and whether
    two sources disagree (C005) or one source gives both (often a part and its whole)."""
    combined = group.combined
    if combined.reconciled:
        return None
    pair = combined.witness()
    if pair is None:
        return "a figure here allows no value at all"
    first, second = pair
    both = f"{_cite(first)} allows {first.range}, {_cite(second)} allows {second.range}"
    if source_of(first) != source_of(second):
        return f"the sources disagree: {both}; no value fits both (C005)"
    return f"one source gives figures that share no value: {both}; one may count part of the other"


def _cite(fact: Fact) -> str:
    return f"'{said(fact.record.claim.claim, fact.figure)}' ({fact.record.id})"


EVENT_COLUMNS: tuple[Column, ...] = (
    Column("key", "string", "The row's key: event, measure, place and what it is part of, as one text; "
           "figures.csv's event_key refers to it.", required=True),
    Column("event", "string", "The event id the claims give.", required=True),
    Column("measure", "string", "What is counted, as figures are compared: the measure, with the currency "
           "of money or the dimension of a quantity.", required=True),
    Column("place", "string", "The place the figures are for; empty for figures without a place."),
    Column("country", "string", "The country the place lies in (the place itself for a country); empty "
           "for a region or no place."),
    Column("part_of", "string", "The measure these figures qualify ('20 arrests in 12 countries': "
           "countries of arrests); empty otherwise."),
    Column("unit", "string", "The unit of the interval: the currency of money, the base unit of a quantity, "
           "% for a percentage; empty for counts and durations."),
    Column("figures", "string", "Each figure as the claim writes it, with its source article in brackets; "
           "'; ' between figures.", joiner="; "),
    *interval_columns("all the figures allow together (all five empty when they share none)"),
    Column("reconciled", "boolean", "Whether some value fits every figure.", required=True),
    Column("figure_count", "integer", "How many figures the row reads together.", required=True),
    Column("sources", "integer", "How many distinct source articles give the figures.", required=True),
    Column("source_paths", "string", "The source articles, '; ' between them.", joiner="; "),
    Column("claims", "string", "The ids of the claims the figures come from, in the order of the figures; "
           "'; ' between them.", joiner="; "),
    Column("note", "string", "Why there is no interval, when the figures cannot be reconciled."),
)


def event_rows(dataset: Dataset) -> list[Row]:
    """One row per event group, in `groups` order."""
    return [_row(group) for group in groups(dataset)]


def _row(group: EventGroup) -> Row:
    members = group.combined.facts
    first = members[0]
    sources = sorted({source_of(f) for f in members})
    claims = list(dict.fromkeys(f.record.id for f in members))  # in figure order, each once
    figures = [f"{said(f.record.claim.claim, f.figure)} [{source_of(f)}]" for f in members]
    return {
        "key": group.key,
        "event": group.event,
        "measure": group.measure,
        "place": group.place or None,
        "country": first.country,
        "part_of": group.part_of or None,
        "unit": unit_of(first),
        "figures": figures,
        **interval_cells(group.combined.range),
        "reconciled": group.combined.reconciled,
        "figure_count": len(members),
        "sources": len(sources),
        "source_paths": sources,
        "claims": claims,
        "note": note(group),
    }
