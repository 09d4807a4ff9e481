"""C004 dates: a date that is impossible, later than its source, or against the quote.

- An impossible date (`2017-02-30`, month 13) in `when` or `published` is an error.
- A claim's `when` after its source's `published` is an error: an article cannot report
  what had not happened yet.
- The dates in the quote must agree with `when`: explicit ones ("on 16 January", "Jan. 16,
  2024", "16/01/2024", "March 2023", "in 2023", "June 3 to June 9", "between 3 and 9 June",
  "from March to May", "on Tuesday") and relative ones ("last December", "began in July
  last year", "mid-2016", "over the past five years"). A date without its year takes the
  year from `published` (the year before when it would fall after publication: "in
  December" in a January article is last December); a relative date and a weekday are
  resolved against `published` ("on Tuesday" is the last Tuesday on or before it). `when`
  agrees when it overlaps the span the quote's dates give, from the earliest to the latest
  of them (all the quotes of the claim together): `when: '2024-06'` agrees with "June 3 to
  June 9", `when: '2024-06-10'` does not. A date the claim's figure is compared with dates
  the other figure and is left out ("un 35 % más que en el mismo periodo de 2024", "up 19 per
  cent on the year before"); a claim of the compared figure itself keeps it ("respecto a
  2023, cuando se contabilizaron 301", "up 12 per cent from 16,277 in 2023"). Of several
  dates, the one standing plainly nearest the claim's figure dates it alone (at most half as
  far as any other, a comma or bracket between them counting as forty characters): "18,230
  frauds in 2024, up 12 per cent from 16,277 in 2023" dates the 16,277 to 2023 only. A quote
  with no date says nothing; a date without
  its year, a relative date or a weekday says nothing when the source has no `published`
  (weekdays need a `published` day).
- A disagreement is a warning, as it was for relative dates alone: the validator reads the
  quote's dates but not which event each one dates. A quote may give only the day the
  figure was announced ("police said on Tuesday that 38 people had been arrested", for
  arrests made the week before), so a right `when` can miss it; an error would fail the
  run on a reading, not on a fact. Check the article, then fix `when` or record the reading
  in `accept:`.

Bad:

    source: {path: seeds/000_b47ecad0a44ff926.txt, published: '2008-10-02'}
    claims:
      - claim: 121 arrests
        when: '2008-11'                # after publication
      - claim: 7 days
        quote: over the past seven days
        when: '2007'                   # the quote means late September 2008
      - claim: 75 countries
        quote: which began in July last year
        when: '2008-07'                # the quote means July 2007
      - claim: 40 arrests
        quote: between 3 and 9 June, police arrested 40 people
        when: '2008-06-10'             # the quote means 3 to 9 June 2008

Good:

      - claim: 7 days
        quote: over the past seven days
        when: '2008-09'
      - claim: 40 arrests
        quote: between 3 and 9 June, police arrested 40 people
        when: '2008-06'                # overlaps 3 to 9 June 2008
"""

import re

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
            yield from _check_claim(record, published, claims_file.language)


# A date the figure is compared with dates the other figure: "35 % más que en el mismo periodo
# de 2024", "up 12% on the same period than in 2023".
_BASELINE = re.compile(r"\b(?:(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!rather\s)than|(?:more|less|fewer)\s+than(?=\s+(?:in|during|on|for|the|a|last)\b)"
                       r"|compared\s+(?:with|to)|que|respecto\s+(?:a|al|de)|frente\s+(?:a|al)|"
                       r"comparad[oa]s?\s+con)\b[^.;:]{0,40}\Z", re.I)


_CHANGE_ON = re.compile(r"\b(?:up|down|increase|rise|jump|drop|fall|decrease|decline|rose|fell|jumped|dropped|climbed|"
                        r"increased|decreased|declined|grew)\b[^.;:]{0,30}\b(?P<base>on|over|from)\s+"
                        r"(?:the\s+)?(?:[\d.,]+\s+(?:[^\W\d_]+\s+){0,3}?(?:in|during)\s+)?\Z", re.I)
# "up 19 per cent on the year before", "an increase of 39% over the previous year", "up 18 per cent
# from 19,334 in 2023": the date of the base ("from 19,334"), not of the change


def _dates_of_quote(quote: str, published, values: set[float], language: str) -> list:
    """The dates of a quote that may date the claim's figures (values): not the date a figure
    is compared with, and of several, the one plainly next to the figure. The quote's numbers
    and each date's comparison words are read once."""
    found = _quote_dates(quote, published, language)
    if not found or not values:
        return found
    numbers = _read(quote, language)
    read = [(d, _compared_before(quote, d)) for d in found]
    kept = [(d, marker) for d, marker in read if not _dates_the_other_figure(marker, values, numbers)]
    return _dates_of_the_figure(quote, kept, values, numbers)


def _dates_the_other_figure(marker: re.Match[str] | None, values: set[float], numbers) -> bool:
    """Whether a date is the one the claim's figure is compared with: the figure stands before
    "than" or "que", the date after ("un 35 % más que en el mismo periodo de 2024"). A claim of
    the compared figure itself ("respecto a 2023, cuando se contabilizaron 301") keeps its date."""
    if marker is None:
        return False
    before = _changed_before(marker)
    return any(n.start < before and n.value in values for n in numbers)


def _changed_before(marker: re.Match[str]) -> int:
    """Where the figures compared with a date end: before the change's "on" / "from" ("up 19 per
    cent on 2023"), or before "than" / "que"; a figure after that is the base the date dates."""
    change = _CHANGE_ON.fullmatch(marker.group())
    return marker.start() + change.start("base") if change else marker.start()


def _compared_before(quote: str, d) -> re.Match[str] | None:
    """The words before a date that make it the base of a comparison ("up 19 per cent on",
    "un 35 % más que en el mismo periodo de"), or None."""
    at = d.start + (own.end() if (own := _OWN_PREPOSITION.match(d.phrase)) else 0)  # "on 2023": its own "on"
    change = _CHANGE_ON.search(quote, max(0, at - 50), at)  # "up 19 per cent on the year before"
    marker = _BASELINE.search(quote, max(0, at - 50), at)
    if change is not None and (marker is None or change.start() < marker.start()):
        return change
    return marker


def _dates_of_the_figure(quote: str, kept: list, values: set[float], numbers) -> list:
    """Of several dates in a quote (each with its comparison words, or None), the one standing
    next to the claim's figure when it is plainly the nearest ("22,814 cases in 2024, up 18 per
    cent from 19,334 in 2023": 2023 for the 19,334): at most half as far from it as any other
    date. Otherwise all of them."""
    found = [d for d, _ in kept]
    if len(found) < 2:
        return found
    figures = [n for n in numbers if n.value in values and n.kind not in ("year", "date")]
    if not figures:
        return found
    chosen: set[int] = set()
    for number in figures:
        # a date compared with dates another figure, unless a "when" clause with this one follows it
        candidates = [i for i, (d, marker) in enumerate(kept) if _may_date(quote, d, marker, number)]
        if len(candidates) < 2:
            return found
        distances = sorted((_distance(number, found[i], quote), i) for i in candidates)
        (nearest, i), (second, _) = distances[0], distances[1]
        if 2 * nearest > second:
            return found
        chosen.add(i)
    return [d for i, d in enumerate(found) if i in chosen]


def _may_date(quote: str, d, marker: re.Match[str] | None, number) -> bool:
    """Whether a date may be the one of `number`: any date but the base of a comparison, which
    dates only the base figure written with it ("from 19,334 in 2023", "on 2023, when 1,113
    people were detained"), not a figure after the comparison ("un 35 % más que en el mismo
    periodo de 2024, y ha detenido a 63 personas")."""
    if marker is None:
        return True
    if _changed_before(marker) <= number.start < d.start:
        return True
    return d.start < number.start and _WHEN_AFTER.match(quote, d.start + len(d.phrase)) is not None


_CLAUSE_BREAK = re.compile(r"[,;:()]")
_WHEN_AFTER = re.compile(r"\s*,?\s*(?:when|cuando)\b", re.I)
_OWN_PREPOSITION = re.compile(r"(?:on|over|from|in|during)\s+", re.I)


def _distance(number, d, quote: str) -> int:
    """Characters between a number and a date of the same quote, a clause break between them
    counting as forty more ("this year, down 27 per cent from 10,880 in the same period last year")."""
    end = d.start + len(d.phrase)
    a, b = (number.end, d.start) if d.start >= number.end else (end, number.start)
    return max(0, b - a) + (40 if _CLAUSE_BREAK.search(quote, a, max(a, b)) else 0)


def _read(quote: str, language: str):
    if language == "es":
        from validator.figures.spanish.numbers import read_numbers
    else:
        from validator.figures.numbers import read_numbers
    return read_numbers(quote)


def _quote_dates(quote: str, published, language: str):
    """The dates of a quote, read in its source's language."""
    if language == "es":
        from validator.figures.spanish.dates import quote_dates

        return quote_dates(quote, published)
    return dates.quote_dates(quote, published)


def _check_claim(record, published, language: str = "en"):
    if not record.claim.when:
        return
    try:
        when = dates.parse(record.claim.when)
    except ValueError as exc:
        yield at_claim(CODE, SEVERITY, record, record.span("when"), f"date '{record.claim.when}' is impossible: {exc}")
        return
    if published is not None and when.first > published.last:
        yield at_claim(CODE, SEVERITY, record, record.span("when"),
                       f"the claim is dated {when}, after its source was published ({published})")
        return
    values = {f.value for f in record.figures} if isinstance(record.figures, tuple) else set()
    found = [(i, d) for i, quote in enumerate(record.claim.quotes)
             for d in _dates_of_quote(quote, published, values, language)]
    if dates.agrees(when, [d for _, d in found]):
        return
    i = found[0][0]
    yield at_claim(CODE, Severity.WARNING, record, record.span(*record.quote_path(i)),
                   _message(when, [d for _, d in found], published), subject=record.claim.quotes[i])


def _message(when, found, published) -> str:
    described = [f"'{d.phrase}' reads as {_reading(d, published)}" for d in found]
    if len(found) == 1:
        return f"the claim is dated {when}, but the quote's {described[0]}"
    if any(d.alternatives for d in found):
        span = "do not reach it in any reading"
    else:
        span = f"span {dates.hull([d.range for d in found])}"
    return f"the claim is dated {when}, but the quote's dates {span}: {'; '.join(described)}"


def _reading(d, published) -> str:
    reading = " or ".join(str(r) for r in d.readings)
    if d.basis == "year":
        return f"{reading} (the year from the source's publication date, {published})"
    if d.basis == "published":
        return f"{reading} (for a source published {published})"
    return reading
