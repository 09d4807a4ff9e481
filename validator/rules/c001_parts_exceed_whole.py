"""C001 parts-exceed-whole: national figures add up to more than the total.

For one event and measure, the figures for single places must not add up to more than
the total, and no single part may be larger than it. Parts that add up to less than
the total are normal (not every arrest is broken down by country) and never alarm.
Qualifiers count: "more than 20" is at least just over 20, "about 40" may be 44.

Bad:

    - claim: 38 arrests
    - claim: 30 arrests in Spain, 9 in Colombia      # 39 > 38

Good:

    - claim: 38 arrests
    - claim: 17 arrests in Spain, 6 in Colombia, 4 in Italy, 2 in Germany   # 29 of 38
"""

from collections import defaultdict

from validator.evidence import by_event_measure, later
from validator.finding import Severity
from validator.intervals import format_number
from validator.rules.base import at_claim

CODE = "C001"
NAME = "parts-exceed-whole"
SEVERITY = Severity.ERROR
SCOPE = "dataset"
SUMMARY = "parts add up to more than the whole"


def check(dataset):
    for (_, measure), group in sorted(by_event_measure(dataset).items()):
        by_parent = defaultdict(list)
        for fact in group:
            by_parent[fact.parent].append(fact)
        for facts in by_parent.values():
            yield from _check_group(measure, facts)


def _check_group(measure, facts):
    totals = [f for f in facts if f.is_total]
    lowest = {}
    for fact in facts:
        if fact.is_part:
            place = fact.figure.place
            if place not in lowest or fact.range.low < lowest[place].range.low:
                lowest[place] = fact
    if not totals or not lowest:
        return
    total = max(totals, key=lambda f: f.range.high)
    parts = [lowest[place] for place in sorted(lowest)]
    added = sum(p.range.low for p in parts)
    strict = any(p.range.low_open for p in parts) or total.range.high_open
    if added < total.range.high or (added == total.range.high and not strict):
        return
    last = parts[0]
    for part in parts[1:]:
        last = later(last, part)[1]
    _, at = later(total, last)
    terms = " + ".join(f"{format_number(p.range.low)} ({p.figure.place})" for p in parts)
    others = ", ".join(p.describe() for p in [total, *parts] if p.record is not at.record)
    message = (f"parts add up to more than the whole: {terms} = {format_number(added)} {measure}, "
               f"but the total is {total.range}")
    if others:
        message += f"; see {others}"
    yield at_claim(CODE, SEVERITY, at.record, at.record.span("claim"), message)
