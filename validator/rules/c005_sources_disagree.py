"""C005 sources-disagree: two sources give incompatible figures for the same thing.

Claims of the same event, measure and place from different files must have overlapping
ranges ("about 38" overlaps 40 at the default 10 % tolerance; 38 and 39 do not). This
is how the dataset notices that two reports of one operation give different totals.
Each pair of figures that disagree is reported twice, once at each claim, each finding
naming the other claim: the conflict belongs to both files, so a pre-commit run on either
one (`--changed-only FILE`) fails, whichever file the edit that caused it touched. To accept
a real disagreement between two sources, accept C005 on both claims. (Ranges overlap
pairwise exactly when all of them share a value, so this also finds every place whose
figures cannot be reconciled across files.)

Figures of one claims file that cannot be reconciled ("120 arrests in Spain" and "more than
130 arrests in Spain" in one file) are not two sources disagreeing: C001 reports them, and
reads the figures that do agree together ("over 100" and "121" say 121) when it adds parts.
A city's figure and its country's are different places, compared only by C001. A figure the
source reads as part of another ("of whom 12", "Eight were Croatian citizens and three held
Bosnian passports") is a subset of the whole for its place, not a rival to it.

Bad:

    # claims/004-tantalio.yaml        # claims/004-tantalio-update.yaml
    claim: 38 arrests                 claim: 39 arrests

Good:

    claim: 38 arrests                 claim: more than 30 arrests
"""

from collections import defaultdict
from collections.abc import Iterator

from validator.dataset import Dataset
from validator.evidence import Fact, facts, later
from validator.finding import Finding, Severity
from validator.rules.base import at_claim

CODE = "C005"
NAME = "sources-disagree"
SEVERITY = Severity.ERROR
SCOPE = "dataset"
SUMMARY = "two sources disagree on the same figure"


def check(dataset: Dataset) -> Iterator[Finding]:
    groups = defaultdict(list)
    for fact in facts(dataset):
        if fact.event is not None and not fact.figure.items:
            groups[(fact.event, fact.measure, fact.figure.place or "", fact.parent or "")].append(fact)
    for key in sorted(groups):
        # what a source reads as part of another figure ("three held Bosnian passports" among
        # the 11 detained) is a subset, not a rival total, when the whole is there too
        group = [f for f in groups[key] if not f.partial] or groups[key]
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a.record.file is b.record.file or a.range.overlaps(b.range):
                    continue
                earlier, later_one = later(a, b)
                yield _at(later_one, earlier)
                yield _at(earlier, later_one)


def _at(here: Fact, other: Fact) -> Finding:
    """The finding at `here`'s claim, naming `other`: one of the two a disagreement gives."""
    return at_claim(CODE, SEVERITY, here.record, here.record.span("claim"),
                    f"{here.describe()} gives {here.range} {here.measure}, "
                    f"but {other.describe()} gives {other.range}")
