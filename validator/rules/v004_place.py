"""V004 place: the claimed place is not what the quote gives for that figure.

A figure's place is read by scope. Its own place is named after it in its clause ("80
in Latvia", "were arrested in Seville"); failing that, the place governing its clause:
a fronted place ("In Italy, ...", "while in Romania ..."), or the agency acting
("Police in Spain arrested", "Spanish police"). The seat of an organisation
("headquarters in Lyon") and a nationality ("14 Vietnamese nationals") are no place of
a figure. Cities, provinces and states stand for themselves and for their country
("three in Seville" supports both `3 arrests in Seville` and `3 arrests in Spain`).
Places named together ("in China and India") hold the figure jointly, so neither alone
does. Every item a claim lists must be named in its quote.

Bad (the quote says "In Italy, agents identified 75 potential victims, while in Romania
eight people were arrested"):

    claim: 75 victims in Romania

Good:

    claim: 75 victims in Italy, 8 arrests in Romania
"""

from validator.finding import Severity
from validator.rules.base import verdict_findings

CODE = "V004"
NAME = "place"
SEVERITY = Severity.ERROR
SUMMARY = "the claimed place is not supported by the quote for that figure"


def check(dataset):
    return verdict_findings(dataset, CODE, SEVERITY)
