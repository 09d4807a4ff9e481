"""C003 part-outside-list: a figure for a place that the event's list does not include.

When a claim lists the countries of a figure (`20 arrests in 12 countries: A, B, …`),
every other claim of that event giving the same measure for a single place must name a
place on that list. A list constrains only the figure it qualifies: the countries
whose police assisted say nothing about where arrests were made. A city or province
counts as its country: `3 arrests in Seville` lies inside a list that names Spain.

Bad:

    - claim: "20 arrests in 12 countries: Argentina, Bolivia, …, United States"
    - claim: 1 arrest in Panama

Good:

    - claim: "20 arrests in 12 countries: Argentina, Bolivia, …, United States"
    - claim: 7 arrests in Spain
"""

from collections import defaultdict

from validator.evidence import facts, later
from validator.finding import Severity
from validator.rules.base import at_claim

CODE = "C003"
NAME = "part-outside-list"
SEVERITY = Severity.ERROR
SCOPE = "dataset"
SUMMARY = "a part's place is not in the listed set"


def check(dataset):
    everything = facts(dataset)
    lists = defaultdict(list)
    for fact in everything:
        if fact.figure.items and fact.parent is not None:
            lists[(_scope(fact), fact.parent)].append(fact)
    for part in everything:
        if not part.is_part:
            continue
        relevant = lists.get((_scope(part), part.figure.measure))
        country = part.figure.place_country or part.figure.place
        if not relevant or any(part.figure.place in f.figure.items or country in f.figure.items for f in relevant):
            continue
        listed = relevant[0]
        _, at = later(listed, part)
        other = listed if at is part else part
        yield at_claim(CODE, SEVERITY, at.record, at.record.span("claim"),
                       f"{_where(part.figure)} is not among the {len(listed.figure.items)} countries listed for "
                       f"the event's {part.figure.measure}; see {other.describe()}")


def _where(figure):
    if figure.place_country and figure.place_country != figure.place:
        return f"{figure.place} ({figure.place_country})"
    return figure.place


def _scope(fact):
    # A list and a part are compared within one event; claims without an event, within their file.
    return ("event", fact.event) if fact.event is not None else ("file", fact.record.file.path)
