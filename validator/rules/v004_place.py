"""V004 place: the claimed place is not what the quote gives for that figure.

A figure's place must be the country the quote ties to that number: the first country
after it in its clause, or failing that the nearest one before it in its sentence.
Names, adjectives and aliases count ("Spanish police", "the US"). Every country a
claim lists must be named in its quote.

Bad (the quote says "17 in Spain, six in Colombia, four in Italy"):

    claim: 17 arrests in Spain, 6 in Italy

Good:

    claim: 17 arrests in Spain, 6 in Colombia
"""

from validator.finding import Severity
from validator.rules.base import verdict_findings

CODE = "V004"
NAME = "place"
SEVERITY = Severity.ERROR
SUMMARY = "the claimed place is not supported by the quote for that figure"


def check(dataset):
    return verdict_findings(dataset, CODE, SEVERITY)
