"""V003 qualifier: the claim is more precise than its source, or its qualifier contradicts it.

A claim may be as vague as its source or vaguer, never more precise. "More than
20,000" is not 20,000; "about 17" is not 17; "hundreds" is not 200. A source's exact
38 supports "38", "about 38" and "at least 38", but not "more than 38".

Bad (the quote says "Police seized more than 20,000 items"):

    claim: 20,000 seized items

Good:

    claim: more than 20,000 seized items
"""

from validator.finding import Severity
from validator.rules.base import verdict_findings

CODE = "V003"
NAME = "qualifier"
SEVERITY = Severity.ERROR
SUMMARY = "claim more precise than the source, or its qualifier contradicts it"


def check(dataset):
    return verdict_findings(dataset, CODE, SEVERITY)
