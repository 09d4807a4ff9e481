"""Q002 quote-not-found: the quote does not stand in the source.

A quote must be copied from the source, not retyped or paraphrased. The finding
shows the closest passage of the source, how similar it is, and its line, so that
a slipped digit or a reworded clause is easy to see. A quote may skip text with an
ellipsis (`…` or `...`): the fragments must then stand in order within one paragraph.

Bad (the source says "Police have arrested 38 suspects"):

    quote: Police have arrested 39 suspects

Good:

    quote: Police have arrested 38 suspects
    quote: Police have arrested 38 suspects … in Europe and Latin America
"""

from validator.finding import Severity
from validator.quotes import MatchKind, passage
from validator.rules.base import at_claim, quote_matches

CODE = "Q002"
NAME = "quote-not-found"
SEVERITY = Severity.ERROR
SUMMARY = "quote not in source"


def check(dataset):
    for record, i, quote, match in quote_matches(dataset):
        if match.kind is not MatchKind.MISSING:
            continue
        source = record.file.source
        message = f"quote not found in {source.path}"
        if match.spans:
            line, column = source.position(match.start)
            message += (f"; closest passage ({match.similarity:.0f}% similar) at line {line}:{column}: "
                        f"\"{passage(source, match.start, match.end)}\"")
        yield at_claim(CODE, SEVERITY, record, record.span(*record.quote_path(i)), message, subject=quote)
