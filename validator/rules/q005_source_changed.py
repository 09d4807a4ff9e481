"""Q005 source-changed: the source's sha256 differs from the pin.

A `sha256` pin records the exact source the claims were taken from. When the file
changes, every quote and figure may have moved or changed meaning: review the
claims, then update the pin (`validate --fix --update-pins`).

Bad:

    source:
      path: seeds/004_454c6d8bf6139045.txt
      sha256: 0000000000000000000000000000000000000000000000000000000000000000

Good:

    source:
      path: seeds/004_454c6d8bf6139045.txt
      sha256: d396776682be7c7dd1cab839092eab59b25dc52729c5231978ac6ac98732e720
"""

from validator.finding import Severity
from validator.rules.base import at_file

CODE = "Q005"
NAME = "source-changed"
SEVERITY = Severity.ERROR
SUMMARY = "source sha256 differs from the pin"


def check(dataset):
    for claims_file in dataset.files:
        header, source = claims_file.header, claims_file.source
        if header is None or source is None or header.source.sha256 in (None, source.sha256):
            continue
        yield at_file(CODE, SEVERITY, claims_file, claims_file.doc.span(("source", "sha256")),
                      f"source '{source.path}' has sha256 {source.sha256}, "
                      f"but the claims were pinned to {header.source.sha256}")
