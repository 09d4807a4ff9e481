"""C005 sources-disagree: two sources give incompatible figures for the same thing.

Claims of the same event, measure and place from different files must have overlapping
ranges ("about 38" overlaps 40 at the default 10 % tolerance; 38 and 39 do not). This
is how the dataset notices that two reports of one operation give different totals.
The finding is reported at the later claim and names the other; each pair of figures that
disagree is one finding. (Ranges overlap pairwise exactly when all of them share a value,
so this also finds every place whose figures cannot be reconciled across files.)

Figures of one claims file that cannot be reconciled ("120 arrests in Spain" and "more than
130 arrests in Spain" in one file) are not two sources disagreeing: C001 reports them, and
reads the figures that do agree together ("over 100" and "121" say 121) when it adds parts.
A city's figure and its country's are different places, compared only by C001.

Bad:

    # claims/004-tantalio.yaml        # claims/004-tantalio-update.yaml
    claim: 38 arrests                 claim: 39 arrests

Good:

    claim: 38 arrests                 claim: more than 30 arrests
"""

from collections import defaultdict

from validator.evidence import facts, later
from validator.finding import Severity
from validator.rules.base import at_claim

CODE = "C005"
NAME = "sources-disagree"
SEVERITY = Severity.ERROR
SCOPE = "dataset"
SUMMARY = "two sources disagree on the same figure"


def check(dataset):
    groups = defaultdict(list)
    for fact in facts(dataset):
        if fact.event is not None and not fact.figure.items:
            groups[(fact.event, fact.measure, fact.figure.place or "", fact.parent or "")].append(fact)
    for key in sorted(groups):
        group = groups[key]
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a.record.file is b.record.file or a.range.overlaps(b.range):
                    continue
                earlier, at = later(a, b)
                yield at_claim(CODE, SEVERITY, at.record, at.record.span("claim"),
                               f"{at.describe()} gives {at.range} {at.measure}, "
                               f"but {earlier.describe()} gives {earlier.range}")
