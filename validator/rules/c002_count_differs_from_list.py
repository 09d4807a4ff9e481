"""C002 count-differs-from-list: a stated count does not match the items listed with it.

`12 countries: A, B, …` must list twelve names. The same holds between claims of one
event when both qualify the same measure: "20 arrests in 12 countries" and another claim's
"20 arrests in 11 countries: A, B, …" must agree. A bare "6 countries" is not compared with a
list, since it may count another set (the countries at a meeting).
Sources do get this wrong; record a real discrepancy with `accept` and a reason.

Bad:

    claim: "12 countries: Spain, France, Italy"

Good:

    claim: "3 countries: Spain, France, Italy"
"""

from validator.evidence import by_event_measure, facts, later
from validator.finding import Severity
from validator.rules.base import at_claim

CODE = "C002"
NAME = "count-differs-from-list"
SEVERITY = Severity.ERROR
SCOPE = "dataset"
SUMMARY = "stated count differs from the items listed"


def check(dataset):
    for fact in facts(dataset):
        items = fact.figure.items
        if items and len(set(items)) not in fact.range:
            yield at_claim(CODE, SEVERITY, fact.record, fact.record.span("claim"),
                           f"the claim says {fact.range} {fact.figure.measure} but lists {len(set(items))}: "
                           f"{', '.join(items)}")
    for _, group in sorted(by_event_measure(dataset).items()):
        lists = [f for f in group if f.figure.items]
        counts = [f for f in group if f.is_total and not f.figure.items]
        for count in counts:
            for listed in lists:
                if listed.record is count.record or count.parent is None or listed.parent != count.parent:
                    continue
                n = len(set(listed.figure.items))
                if n in count.range:
                    continue
                earlier, at = later(count, listed)
                yield at_claim(CODE, SEVERITY, at.record, at.record.span("claim"),
                               f"{count.describe()} gives {count.range} {count.figure.measure}, "
                               f"but {listed.describe()} lists {n}")
