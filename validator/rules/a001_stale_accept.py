"""A001 stale-accept: an `accept` entry matches no finding.

An accept records that a finding is a known discrepancy in the source. When the
claim or the rule changes so that the finding no longer appears, the accept is a dead
excuse: remove it (`validate --fix` does). Accepts for rules not run (through
`--select`/`--ignore`) are not judged.

Bad (the claim is now consistent, nothing to accept):

    - id: chemosh.arrests
      claim: 33 arrests in 11 countries
      accept:
        - rule: C003
          reason: Article lists ten countries that do not include ...

Good:

    - id: chemosh.arrests
      claim: 33 arrests in 11 countries
"""

from validator.finding import Severity
from validator.rules.base import at_claim

CODE = "A001"
NAME = "stale-accept"
SEVERITY = Severity.WARNING
SCOPE = "dataset"
SUMMARY = "accept entry matches no finding"


def check(dataset, findings=(), ran=frozenset()):
    used = {(f.file, f.claim_id, f.code) for f in findings if f.accepted}
    for record in dataset.claims():
        for i, accept in enumerate(record.claim.accept):
            if accept.rule in ran and (record.file.path, record.id, accept.rule) not in used:
                yield at_claim(CODE, SEVERITY, record, record.span("accept", i),
                               f"accept of {accept.rule} matches no finding on this claim; remove it",
                               subject=f"{accept.rule}:{accept.reason}")
