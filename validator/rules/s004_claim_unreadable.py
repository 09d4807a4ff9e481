"""S004 claim-unreadable: the claim text does not follow the claim grammar.

A claim is a comma-separated list of figures, each
`[qualifier] number [measure] [in PLACE] [: item, item, …]`. The finding points at the
column where reading stopped. Places must be countries (or a known region such as
"Latin America"); qualifiers are about, approximately, around, some, nearly, almost,
more than, over, at least, up to, at most, fewer than, less than.

Bad:

    claim: arrests were 38
    claim: 17 arrests in Atlantis

Good:

    claim: 38 arrests, 18 countries
    claim: 17 arrests in Spain, 6 in Colombia
"""

from validator.figures.figure import ClaimTextError, UnknownMeasure
from validator.finding import Severity
from validator.rules.base import at_claim, inside

CODE = "S004"
NAME = "claim-unreadable"
SEVERITY = Severity.ERROR
SUMMARY = "claim text cannot be read"


def check(dataset):
    for record in dataset.claims():
        error = record.figures
        if isinstance(error, ClaimTextError) and not isinstance(error, UnknownMeasure):
            yield at_claim(CODE, SEVERITY, record, inside(record, "claim", error.column),
                           f"claim '{record.claim.claim}' cannot be read at column {error.column + 1}: {error}")
