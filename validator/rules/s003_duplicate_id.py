"""S003 duplicate-id: two claims share an id.

Claim ids are unique across the whole repository: other claims, baselines and
reviews refer to a claim by its id. The finding is reported at the later claim and
names the first.

Bad:

    # claims/004-tantalio.yaml
    - id: tantalio.arrests
    # claims/004-tantalio-update.yaml
    - id: tantalio.arrests

Good:

    - id: tantalio.arrests
    - id: tantalio.arrests-update
"""

from validator.finding import Severity
from validator.rules.base import at_claim

CODE = "S003"
NAME = "duplicate-id"
SEVERITY = Severity.ERROR
SCOPE = "dataset"
SUMMARY = "duplicate claim id"


def check(dataset):
    first = {}
    for record in dataset.claims():
        earlier = first.setdefault(record.id, record)
        if earlier is record:
            continue
        where = earlier.span("id")
        yield at_claim(CODE, SEVERITY, record, record.span("id"),
                       f"claim id '{record.id}' is already used at {earlier.file.path}:{where.line}")
