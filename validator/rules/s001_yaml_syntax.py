"""S001 yaml-syntax: the claims file cannot be read as YAML.

The file must be UTF-8 YAML holding one document. Duplicate keys, unknown tags
(such as `!!python/object`) and documents past the size, nesting or alias-expansion
limits are refused here too, so that nothing after this stage sees ambiguous data.

Bad:

    claims:
      - id: tantalio.arrests
        claim: 38 arrests
        claim: 39 arrests        # duplicate key

Good:

    claims:
      - id: tantalio.arrests
        claim: 38 arrests
"""

from validator.finding import Severity
from validator.rules.base import issues

CODE = "S001"
NAME = "yaml-syntax"
SEVERITY = Severity.ERROR
SUMMARY = "YAML cannot be parsed"


def check(dataset):
    return issues(dataset, CODE, SEVERITY)
