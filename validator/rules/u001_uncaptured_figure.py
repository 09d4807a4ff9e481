"""U001 uncaptured-figure: a figure of a cited source that no claim captures.

Runs only with `validate --coverage` (or `--min-coverage PERCENT`). For each source the
checked claims files cite, every figure the reader finds in it (counts, durations, money,
quantities, percentages; never years, ages, dates or ordinals) must be captured by some
claim whose figure was matched to it, or to the same number of the same thing said again
elsewhere in the source. The finding points at the figure's line and column in the source
and says what the reader thinks it counts. Figures that are not about the event (a
charity's yearly complaints, a minister's earlier record) are excluded by listing the
passage they stand in under `ignore:` in the claims file's `source:` block; a listed
passage that is not in the source is reported here too, at the list entry.

Each source's coverage (captured figures out of those not ignored) is printed after the
findings and is in the JSON, SARIF and JUnit reports. The findings are notes and never fail
the run; `--min-coverage 90` fails it (exit 1) when a source falls below 90 %.

Bad (the article says "Police have arrested 38 suspects ... The suspects were active in 18
countries", and only the arrests are captured):

    source:
      path: seeds/004_454c6d8bf6139045.txt
    claims:
      - id: tantalio.arrests
        claim: 38 arrests
        quote: Police have arrested 38 suspects

    seeds/004_454c6d8bf6139045.txt:19:29: U001 info: no claim captures the figure '18' ...

Good (the figure is captured, or its passage is set aside with a reason in a comment):

    source:
      path: seeds/004_454c6d8bf6139045.txt
      ignore:
        - The suspects were active in 18 countries   # not a figure of the operation
"""

from validator.finding import Severity

CODE = "U001"
NAME = "uncaptured-figure"
SEVERITY = Severity.INFO
SCOPE = "coverage"  # neither per file nor across files: run by the engine only when coverage is asked for
SUMMARY = "a figure of a cited source that no claim captures (with --coverage)"


def check(dataset):
    from validator.coverage import measure

    return measure(dataset)
