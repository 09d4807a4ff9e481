"""Q004 quote-ambiguous: the quote stands more than once in the source.

A quote that occurs in several places does not say which passage the figure comes
from. Quote a longer or more distinctive span, so that the quote points at one place.

Bad (the lead sentence is repeated in the article):

    quote: Five hundred people were arrested yesterday

Good:

    quote: in simultaneous raids in 12 countries across Europe and Latin America
"""

from validator.finding import Severity
from validator.rules.base import at_claim, quote_matches

CODE = "Q004"
NAME = "quote-ambiguous"
SEVERITY = Severity.WARNING
SUMMARY = "quote found more than once"


def check(dataset):
    for record, i, quote, match in quote_matches(dataset):
        if len(match.occurrences) < 2:
            continue
        source = record.file.source
        lines = ", ".join(str(source.position(start)[0]) for start in match.occurrences)
        yield at_claim(CODE, SEVERITY, record, record.span(*record.quote_path(i)),
                       f"quote occurs {len(match.occurrences)} times in {source.path}, at lines {lines}",
                       subject=quote)
