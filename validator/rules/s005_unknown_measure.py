"""S005 unknown-measure: the claim counts something not in the measures vocabulary.

Measures come from the controlled vocabulary `schemas/measures.yaml`, so that the same
thing is always counted under the same name and claims can be compared across sources.
The finding suggests the nearest known measure.

Bad:

    claim: 38 arests
    claim: 12 nations-involved

Good:

    claim: 38 arrests
    claim: 12 countries
"""

from validator.figures.claimtext import UnknownMeasure
from validator.finding import Severity
from validator.rules.base import at_claim, inside

CODE = "S005"
NAME = "unknown-measure"
SEVERITY = Severity.ERROR
SUMMARY = "measure not in schemas/measures.yaml"


def check(dataset):
    for record in dataset.claims():
        error = record.figures
        if isinstance(error, UnknownMeasure):
            yield at_claim(CODE, SEVERITY, record, inside(record, "claim", error.column), str(error))
