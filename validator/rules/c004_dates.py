"""C004 dates: a date that is impossible, later than its source, or against the quote.

- An impossible date (`2017-02-30`, month 13) in `when` or `published` is an error.
- A claim's `when` after its source's `published` is an error: an article cannot report
  what had not happened yet.
- A relative date in the quote ("last December", "began in July last year", "mid-2016",
  "over the past five years"), resolved against `published`, that does not overlap
  `when` is a warning. In an article of 2 October 2008, "July last year" is July 2007.

Bad:

    source: {path: seeds/000_b47ecad0a44ff926.txt, published: '2008-10-02'}
    claims:
      - claim: 121 arrests
        when: '2008-11'                # after publication
      - claim: 7 days
        quote: over the past seven days
        when: '2007'                   # the quote means late September 2008

Good:

      - claim: 7 days
        quote: over the past seven days
        when: '2008-09'
"""

from validator import dates
from validator.finding import Severity
from validator.rules.base import at_claim, at_file

CODE = "C004"
NAME = "dates"
SEVERITY = Severity.ERROR
SUMMARY = "impossible or future date, or a relative date the quote contradicts"


def check(dataset):
    for claims_file in dataset.files:
        header = claims_file.header
        published = None
        if header is not None and header.source.published:
            try:
                published = dates.parse(header.source.published)
            except ValueError as exc:
                yield at_file(CODE, SEVERITY, claims_file, claims_file.doc.span(("source", "published")),
                              f"published date '{header.source.published}' is impossible: {exc}")
        for record in claims_file.claims:
            yield from _check_claim(record, published)


def _check_claim(record, published):
    if not record.claim.when:
        return
    try:
        when = dates.parse(record.claim.when)
    except ValueError as exc:
        yield at_claim(CODE, SEVERITY, record, record.span("when"), f"date '{record.claim.when}' is impossible: {exc}")
        return
    if published is None:
        return
    if when.first > published.last:
        yield at_claim(CODE, SEVERITY, record, record.span("when"),
                       f"the claim is dated {when}, after its source was published ({published})")
        return
    for i, quote in enumerate(record.claim.quotes):
        for relative in dates.relative_dates(quote, published):
            if not relative.range.overlaps(when):
                yield at_claim(CODE, Severity.WARNING, record, record.span(*record.quote_path(i)),
                               f"the quote's '{relative.phrase}' means {relative.range} for a source published "
                               f"{published}, but the claim is dated {when}", subject=quote)
