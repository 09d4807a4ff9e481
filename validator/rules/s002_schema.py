"""S002 schema: the file does not follow the claims format.

Every file needs `source.path` and a list of `claims`; each claim needs an `id`
(lower case, digits, `.`, `_`, `-`), a `claim` and a `quote`. Unknown keys are refused
so that a typo such as `qoute:` cannot hide a claim's evidence. An `accept` entry must
name a known rule code and give a reason of at least 15 characters.
The format is published as `schemas/claims.schema.json`.

Bad:

    claims:
      - id: Tantalio Arrests     # not a valid id
        claim: 38 arrests
        qoute: Police have arrested 38 suspects

Good:

    claims:
      - id: tantalio.arrests
        claim: 38 arrests
        quote: Police have arrested 38 suspects
"""

from validator.finding import Severity
from validator.rules.base import issues

CODE = "S002"
NAME = "schema"
SEVERITY = Severity.ERROR
SUMMARY = "schema violation"


def check(dataset):
    return issues(dataset, CODE, SEVERITY)
