"""S005 unknown-measure: the claim counts something not in the vocabulary of measures.

Measures come from a controlled vocabulary, so that the same thing is always counted under
the same name and claims can be compared across sources: the built-in one, extended by the
project's own `measures.yaml` at the repository root (or the file `[tool.validate] measures`
names). `validate --list-measures` lists every measure with its claim words.

The finding suggests a known word only when the claim's is a near spelling of it ("arests":
"arrests"), never another word that merely looks alike ("litres" is not "items"), and says
how to add the word to the project's vocabulary.

Bad:

    claim: 38 arests
    claim: 12 nations-involved

Good:

    claim: 38 arrests
    claim: 12 countries

To count a new thing, add it to `measures.yaml` at the repository root:

    measures:
      saplings:
        kind: count
        words: [saplings, teak saplings]
        nouns: [saplings, sapling]
"""

from validator.figures import measures
from validator.figures.figure import UnknownMeasure
from validator.finding import Severity
from validator.rules.base import at_claim, inside

CODE = "S005"
NAME = "unknown-measure"
SEVERITY = Severity.ERROR
SUMMARY = "measure in neither the built-in vocabulary nor the project's measures.yaml"


def message(error: UnknownMeasure) -> str:
    """The finding: the word, a near spelling of a known word if there is one, and how to add it."""
    project = measures.project()
    where = project.path if project is not None else f"{measures.PROJECT_FILE} at the repository root"
    add = f"to count '{error.word}', add it to {where} (see `validate --list-measures`)"
    if error.suggestion:
        return f"unknown measure '{error.word}'; did you mean '{error.suggestion}'? Or, {add}"
    return f"unknown measure '{error.word}'; {add}"


def check(dataset):
    for record in dataset.claims():
        error = record.figures
        if isinstance(error, UnknownMeasure):
            yield at_claim(CODE, SEVERITY, record, inside(record, "claim", error.column), message(error))
