"""V002 wrong-measure: the number is in the quote but counts something else.

The quote's number must count what the claim says it counts. "68 other potential
suspects" are not 68 arrests; "12 countries" are not 12 arrests. A number counts the
noun after it, and, for people and suspects, what its clause says happened to them
("38 suspects were arrested" supports both 38 suspects and 38 arrests).

Bad (the quote says "authorities identified 68 other potential suspects"):

    claim: 68 arrests

Good:

    claim: 68 suspects
"""

from validator.finding import Severity
from validator.rules.base import verdict_findings

CODE = "V002"
NAME = "wrong-measure"
SEVERITY = Severity.ERROR
SUMMARY = "the number counts a different measure in the quote"


def check(dataset):
    return verdict_findings(dataset, CODE, SEVERITY)
