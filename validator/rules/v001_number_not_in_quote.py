"""V001 number-not-in-quote: the claim's number does not appear in its quote.

Every figure of a claim must be read from its quote: the same number, in digits or
words ("six", "Five hundred", "2,00,000"). Years, dates, ages, percentages and list
markers never count. Where the source gives the same measure elsewhere with another
number, the finding says where: a slipped digit is then easy to see.

Bad (the quote says "Police have arrested 38 suspects"):

    claim: 36 arrests

Good:

    claim: 38 arrests
"""

from validator.finding import Severity
from validator.rules.base import verdict_findings

CODE = "V001"
NAME = "number-not-in-quote"
SEVERITY = Severity.ERROR
SUMMARY = "the claim's number is not in its quote"


def check(dataset):
    return verdict_findings(dataset, CODE, SEVERITY)
