"""V002 wrong-measure: the number is in the quote but counts something else.

The quote's number must count what the claim says it counts. A number counts the head
of its noun phrase ("more than 250,000 abuse clips" are videos, "a hundred German
investigators" are officers), never a word found elsewhere in the sentence. For persons
("21 individuals", "38 suspects") the event that governs the phrase counts too: its own
predicate ("38 suspects were arrested") or the verb right before it ("arrested 21
individuals"); in "identified 39 suspects and arrested 21 individuals" the 39 are
suspects, not arrests. A number without a noun ("80 in Latvia", "of whom 12") takes
the measure of the number it breaks down. The message says what the reader found the
number to count and why, names a noun the vocabulary lacks, and says so when nothing
tells what the number counts.

Bad (the quote says "identified 39 suspects and arrested 21 individuals"):

    claim: 39 arrests

Good:

    claim: 21 arrests
"""

from validator.finding import Severity
from validator.rules.base import verdict_findings

CODE = "V002"
NAME = "wrong-measure"
SEVERITY = Severity.ERROR
SUMMARY = "the number counts a different measure in the quote"


def check(dataset):
    return verdict_findings(dataset, CODE, SEVERITY)
