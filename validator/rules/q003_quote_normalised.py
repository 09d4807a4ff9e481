"""Q003 quote-normalised: the quote matches only after normalising typography.

The quote differs from the source in whitespace, letter case, curly versus straight
quotes and apostrophes, en or em dashes versus hyphens, non-breaking spaces, or
`…` versus `...`. The claim is supported, but the quote is not verbatim; `--fix`
replaces it with the exact source text.

Bad (the source has a curly apostrophe and a dash):

    quote: the world's largest police organization

Good:

    quote: the world’s largest police organization
"""

from validator.finding import Severity
from validator.quotes import MatchKind, passage
from validator.rules.base import at_claim, quote_matches

CODE = "Q003"
NAME = "quote-normalised"
SEVERITY = Severity.WARNING
SUMMARY = "quote found only after normalisation"


def check(dataset):
    for record, i, quote, match in quote_matches(dataset):
        if match.kind is not MatchKind.NORMALISED:
            continue
        source = record.file.source
        line, column = source.position(match.start)
        yield at_claim(CODE, SEVERITY, record, record.span(*record.quote_path(i)),
                       f"quote matches {source.path} line {line}:{column} only after normalising "
                       f"typography; the source reads \"{passage(source, match.start, match.end)}\"",
                       subject=quote)
