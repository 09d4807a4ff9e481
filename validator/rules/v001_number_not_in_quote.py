"""V001 number-not-in-quote: the claim's number does not appear in its quote.

Every figure of a claim must be read from its quote: the same number, in digits or
words as news writes them ("six", "Five hundred", "2,00,000", "half a million", "two
dozen"), or "a"/"an" before a singular noun an event governs ("a teacher was arrested"
is one arrest). Years, dates, ages, ordinals, percentages, money and list markers never
count, and the message says what the quote's number is ("the quote's '80%' is a
percentage"). Where the source gives the same measure elsewhere with another number,
the finding says where: a slipped digit is then easy to see. A count with a list needs
no numeral when the quote names exactly the listed items ("raids in China and India"
supports `2 countries: China, India`); a list without a count (`countries: China,
India`) needs none either.

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
