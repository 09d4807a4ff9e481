"""Judge each figure of a claim against the numbers its quotes contain (rules V001-V004).

For a figure, the candidates are the quote's numbers of the right kind (counts for a count,
durations for a duration). The verdict is the first test no candidate passes: the value
(V001), then what it counts (V002), then its qualifier (V003: the claim may not be more
precise than the source), then its place (V004).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from validator.dataset import ClaimRecord, Dataset
from validator.figures.attribution import Evidence, evidence, within
from validator.figures.currencies import LOCAL_DOLLARS, PESOS, RUPEES
from validator.figures import amounts
from validator.figures.claimtext import Figure
from validator.figures.numbers import read_numbers
from validator.figures.qualifiers import BOUNDS
from validator.figures.measures import broader_measures
from validator.figures.places import canonical_region, places_in
from validator.intervals import DEFAULT_TOLERANCE, Interval, claimed_range, format_number, interval
from validator.quotes import MatchKind


@dataclass(frozen=True, slots=True)
class Verdict:
    figure: Figure
    code: str | None  # None when the quote supports the figure
    message: str
    evidence: Evidence | None = None  # what supports it, or the closest candidate


def verdicts(dataset: Dataset, record: ClaimRecord) -> tuple[Verdict, ...]:
    """One verdict per figure; nothing when the claim or its quotes cannot be judged."""
    cache = dataset.shared.setdefault("verdicts", {})
    key = id(record)
    if key not in cache:
        cache[key] = tuple(_judge(dataset, record))
    return cache[key]


def _judge(dataset: Dataset, record: ClaimRecord):
    figures, source, matches = record.figures, record.file.source, record.quote_matches
    if not isinstance(figures, tuple) or source is None:
        return
    if any(m is None or m.kind is MatchKind.MISSING for m in matches):
        return  # Q002 already says the quote is wrong; its numbers prove nothing
    spans = tuple(span for m in matches for span in m.spans)
    candidates = within(source.text, spans, record.file.language)
    quoted = " ".join(source.text[a:b] for a, b in spans)
    for figure in figures:
        yield _verdict(dataset, record, figure, candidates, quoted)


def _verdict(dataset: Dataset, record: ClaimRecord, figure: Figure, candidates: list[Evidence], quoted: str) -> Verdict:
    figure = _local_dollar(record, figure, candidates)
    kind = _kind(figure)
    said = _said(record, figure)
    language = record.file.language
    missing = [item for item in figure.items if item not in _named_places(quoted, language)] if figure.items else []
    if figure.listed:
        if missing:
            return Verdict(figure, "V004", f"the claim lists {', '.join(missing)}, which the quote does not name")
        return Verdict(figure, None, f"the quote names the {len(figure.items)} listed items")
    same_value = [e for e in candidates if e.number.kind == kind and _same_value(e, figure, dataset.about_tolerance)]
    if not same_value:
        if figure.items and not missing and figure.value == len(figure.items) == len(_distinct(quoted, language)):
            return Verdict(figure, None, f"the quote names exactly the {len(figure.items)} listed items")
        if (other := _other_unit_of_time(figure, candidates)) is not None:
            return Verdict(figure, "V002", f"the claim says '{said}', but the quote's '{_read(record, other)}' "
                           f"is {other.number.unit}, not {figure.measure}", other)
        return Verdict(figure, "V001", f"the claim says '{said}', but {_no_such_number(record, figure, kind)}"
                       + _elsewhere(record, figure, kind))
    counted = [e for e in same_value if figure.measure is None or figure.measure in e.measures
               or figure.measure in broader_measures(e.measures) or _converted_duration(e, figure)]
    if not counted:
        e = same_value[0]
        return Verdict(figure, "V002", f"the claim says '{said}', but {_counts(record, e)}, not {figure.measure}", e)
    claimed = claimed_range(figure, dataset.about_tolerance)
    precise = [e for e in counted if claimed.contains(_source_range(e, figure, dataset.about_tolerance))]
    if not precise:
        e = counted[0]
        return Verdict(figure, "V003", f"the claim says '{said}' ({_allows(claimed)}), but the source says "
                       f"'{_read(record, e)}' ({_allows(_source_range(e, figure, dataset.about_tolerance))})", e)
    if missing:
        return Verdict(figure, "V004", f"the claim lists {', '.join(missing)}, which the quote does not name", precise[0])
    if figure.place is None:
        return Verdict(figure, None, "supported", precise[0])
    if figure.place_is_region:
        # A region holds countries the gazetteer cannot list: only another region contradicts it.
        placed = [e for e in precise if figure.place in e.places or not (_regions(e) - {figure.place})]
        if placed:
            return Verdict(figure, None, "supported", placed[0])
        e = precise[0]
        return Verdict(figure, "V004", f"the claim says '{said}', but the quote's '{_read(record, e)}' "
                       f"places it in {', '.join(e.places)}", e)
    placed = [e for e in precise if (_names_place(figure, e.places) and not e.joint) or figure.place in e.whole]
    if not placed:
        e = precise[0]
        if e.joint:
            where = f"is for {', '.join(e.places)} together"
        elif e.places:
            where = f"places it in {', '.join(e.places)}"
        else:
            where = "names no place for it"
        return Verdict(figure, "V004", f"the claim says '{said}', but the quote's '{_read(record, e)}' {where}", e)
    return Verdict(figure, None, "supported", placed[0])


# What a number of another kind is, for messages ("the quote's '80%' is a percentage").
KIND_NAMES = {
    "count": "a count", "duration": "a duration", "year": "a year", "date": "a date",
    "time": "a time of day", "ordinal": "an ordinal", "age": "an age", "percent": "a percentage",
    "list_marker": "a list marker", "money": "money", "quantity": "a quantity with a unit",
}


_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$\s?")
_PESOS = re.compile(r"\bpesos?\b", re.I)
_RUPEES = re.compile(r"\bRs\.?|\brupees?\b", re.I)
_NAMED_PESOS = re.compile(r"\b(?:mexican|philippine|colombian|argentine|argentinian|chilean|cuban|dominican|"
                          r"uruguayan)\s+pesos?\b", re.I)


def _local_dollar(record: ClaimRecord, figure: Figure, candidates: list[Evidence]) -> Figure:
    """A claim's bare "$" is the dollar its source writes so ("$14,600" copied from an Australian
    report is Australian dollars, as the reader took the report's own "$"), and its bare "pesos"
    the source's pesos (Philippine in a Manila report)."""
    if figure.kind != "money" or figure.unit not in ("USD", "MXN", "INR"):
        return figure
    written = record.claim.claim[figure.start:figure.end] if isinstance(record.claim.claim, str) else ""
    text = record.file.source.text if record.file.source is not None else ""
    money = [e for e in candidates if e.number.kind == "money"]
    if figure.unit == "USD" and _BARE_DOLLAR.search(written):
        local = {e.number.unit for e in money if e.number.unit in LOCAL_DOLLARS
                 and _BARE_DOLLAR.fullmatch(text, max(0, e.number.start - 1), e.number.start)}  # "$400,000", not "A$"
    elif figure.unit == "MXN" and _PESOS.search(written) and not _NAMED_PESOS.search(written):
        local = {e.number.unit for e in money if e.number.unit in PESOS}
    elif figure.unit == "INR" and _RUPEES.search(written):  # "Rs 4.5 million" copied from a Pakistani report
        local = {e.number.unit for e in money if e.number.unit in RUPEES}
    else:
        return figure
    return figure._replace(unit=local.pop()) if len(local) == 1 else figure


def _no_such_number(record: ClaimRecord, figure: Figure, kind: str) -> str:
    """Why the quote has no number for the figure: none with that value, or one of another kind."""
    source = record.file.source
    assert source is not None
    spans = tuple(span for m in record.quote_matches for span in m.spans)
    quoted = [e for e in within(source.text, spans, record.file.language)]
    for e in quoted:
        if e.number.kind == kind == "money" and e.number.unit != figure.unit and figure.value in (e.number.value, e.number.high):
            return f"the quote's '{_as_written(source.text, e.number)}' is in {e.number.unit or 'an unnamed currency'}, not {figure.unit}"
        if e.number.kind == kind == "quantity" and e.number.unit and figure.unit and \
                amounts.convert(1, e.number.unit, figure.unit) is None:
            return (f"the quote's '{_as_written(source.text, e.number)}' is "
                    f"{amounts.dimension(e.number.unit)}, not {amounts.dimension(figure.unit)}")
        if e.number.kind == kind == "quantity" and e.number.unit and figure.unit and e.number.unit != figure.unit:
            converted = amounts.convert(e.number.value, e.number.unit, figure.unit)
            if converted is not None:
                return (f"the quote's '{_as_written(source.text, e.number)}' is {format_number(converted)} "
                        f"{amounts.unit_label(figure.unit)}")
    for number in read_numbers(source.text):
        if number.kind != kind and figure.value in (number.value, number.high) and any(
                a <= number.start and number.end <= b for a, b in spans):
            what = KIND_NAMES.get(number.kind, f"a {number.kind.replace('_', ' ')}")
            line, column = source.position(number.start)
            shown = _as_written(source.text, number)
            return f"the quote's '{shown}' (line {line}:{column}) is {what}, not {_a(kind)}{_of(figure)}"
    return f"the quote has no {format_number(figure.value)}"


_UNIT_WORD = re.compile(r"\s*(?:metric\s+)?[^\W\d_]+")
_UNIT_AFTER = re.compile(r"\s?(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)


def _as_written(text: str, number, start: int | None = None) -> str:
    """The number with the sign or symbol that makes its kind: "80%", "€500,000", "2.4 tonnes"
    (from `start` when given, to include its qualifier)."""
    start, end = number.start if start is None else start, number.end
    if number.kind == "percent" and (after := _UNIT_AFTER.match(text, end)):
        end = after.end()
    if number.kind == "money" and (sign := amounts.sign_before(text, number.start)) is not None:
        start = min(start, sign)
    if number.kind == "quantity" and (unit := _UNIT_WORD.match(text, end)) is not None:
        end = unit.end()
    return " ".join(text[start:end].split())


def _a(kind: str) -> str:
    return KIND_NAMES.get(kind, f"a {kind}")


def _of(figure: Figure) -> str:
    return f" of {figure.measure}" if figure.measure else ""


def _counts(record: ClaimRecord, e: Evidence) -> str:
    """What the quote's number counts, as the reader understood it."""
    read = _read(record, e)
    if e.measures:
        return f"the quote's '{read}' counts {', '.join(sorted(e.measures))} ({e.reason})"
    if e.noun:
        return f"the quote's '{read}' counts '{e.noun}', which no measure names (add it to the vocabulary)"
    return f"the reader cannot tell what the quote's '{read}' counts: no noun, event or earlier figure says"


@lru_cache(maxsize=4096)
def _named_places(text: str, language: str = "en") -> frozenset[str]:
    return frozenset(name for place in places_in(text, language) for name in (place.name, place.country))


@lru_cache(maxsize=4096)
def _distinct(text: str, language: str = "en") -> frozenset[str]:
    """The distinct places a text names, each counted once at its own level."""
    return frozenset(place.name for place in places_in(text, language))


_JOINS_TWO = re.compile(r"\s(?:and|y|&)\s")


def _names_place(figure: Figure, places: tuple[str, ...]) -> bool:
    """Whether the quote's places include the claim's: the same place, or a province and its
    capital of one name in one country ("9 in Murcia" for "en la Región de Murcia")."""
    if figure.place in places:
        return True
    if not figure.place or figure.place_country not in places:
        return False
    word = re.compile(rf"(?<!\w){re.escape(figure.place)}(?!\w)")
    # (never a part of a name that joins two: "León" is not "Castile and León")
    return any(word.search(p) or re.search(rf"(?<!\w){re.escape(p)}(?!\w)", figure.place) for p in places
               if p != figure.place_country and not _JOINS_TWO.search(p))


def _regions(e: Evidence) -> set[str]:
    return {name for name in e.places if canonical_region(name) is not None}


def _allows(span: Interval) -> str:
    return f"exactly {span}" if span.exact else f"any value in {span}"


def _kind(figure: Figure) -> str:
    """The kind of number that can support a figure: its own, or a duration for a measure of time."""
    if figure.kind != "count":
        return figure.kind
    from validator.figures.measures import vocabulary

    spec = vocabulary().get(figure.measure or "")
    return "duration" if spec is not None and spec.kind == "duration" else "count"


def _in_claim_unit(e: Evidence, figure: Figure) -> tuple[float, float | None] | None:
    """The source number's value and upper end in the claim's currency or unit; None when
    they cannot be compared (another currency, another dimension)."""
    number = e.number
    if figure.kind == "money":
        return (number.value, number.high) if number.unit == figure.unit else None
    if figure.kind == "quantity":
        if not number.unit or not figure.unit:
            return None
        value = amounts.convert(number.value, number.unit, figure.unit)
        if value is None:
            return None
        high = amounts.convert(number.high, number.unit, figure.unit) if number.high is not None else None
        return value, high
    if _converted_duration(e, figure):  # "18 months" for a claim in years
        source, claim = number.unit.rstrip("s"), figure.measure.rstrip("s")
        value = amounts.convert(number.value, source, claim)
        high = amounts.convert(number.high, source, claim) if number.high is not None else None
        return (value, high) if value is not None else None
    return number.value, number.high


def _other_unit_of_time(figure: Figure, candidates: list[Evidence]) -> Evidence | None:
    """The quote's duration with the claim's number in another unit of time ("five months" for a
    claim of 5 weeks): the unit was mistyped, not the number."""
    return next((e for e in candidates if _converted_duration(e, figure)
                 and amounts.same_amount(e.number.value, figure.value)
                 and (e.number.high is None) == (figure.high is None)
                 and (figure.high is None or amounts.same_amount(e.number.high, figure.high))), None)


def _converted_duration(e: Evidence, figure: Figure) -> bool:
    """A duration the quote gives in another unit of time than the claim's measure."""
    return (figure.kind == "duration" and e.number.kind == "duration" and bool(e.number.unit)
            and bool(figure.measure) and e.number.unit != figure.measure)



def _same_value(e: Evidence, figure: Figure, tolerance: float = DEFAULT_TOLERANCE) -> bool:
    """The source gives the claim's number: the same value, an end of the same range, or a
    range the claim's number lies in (then V003 says the claim is more precise)."""
    found = _in_claim_unit(e, figure)
    if found is None:
        return False
    value, high = found
    ends = [v for v in (value, high) if v is not None]
    if figure.high is not None and high is not None and figure.qualifier is None:
        # a range for a range: both ends as the source gives them, or strictly inside it (V003 then
        # says the claim is more precise); "between 8% and 13%" for "8-12%" has an end the quote lacks
        low_same, high_same = amounts.same_amount(figure.value, value), amounts.same_amount(figure.high, high)
        if low_same or high_same:
            # one end copied and the other not ("between $4,000 and $5,600" for "US$4,000 y US$6,500"):
            # a mistyped number, not a narrower range
            return low_same and high_same
        return (value <= figure.value and figure.high <= high) or (figure.value <= value and high <= figure.high)
    if any(amounts.same_amount(figure.value, v) for v in ends):
        return True  # "more than 4,200 kg" for "more than 4.2 tonnes": the qualifiers are V003's
    if figure.high is None and high is None and not e.number.vague:
        if figure.qualifier == "about" and amounts.rounds_to(value, figure.value):
            return True  # "about $2.3 million" for "$2,317,460": the source's figure, rounded
        if figure.qualifier in BOUNDS and amounts.bounds(value, figure.value, BOUNDS[figure.qualifier]) \
                and abs(figure.value - value) * 3 <= value:
            return True  # "at least 300 officers" for "more than 350": vaguer, V003 judges the rest
        if figure.vague and figure.value <= value < 50 * figure.value:
            return True  # "thousands of files" for 14,312; not for a quarter of a million
    if (figure.kind == "quantity" and e.number.unit != figure.unit) or _converted_duration(e, figure):
        # another unit: the converted amount is rarely round, so "about 1,930 km" for
        # "1,200 miles" (1,931.2 km rounded) is the claim's number; "about 1,501 kg" for "1.5
        # tonnes" is not, nor "up to 4 tonnes" for "up to 3,000 kilos"
        return figure.qualifier == "about" and high is None and amounts.rounds_to(value, figure.value)
    if figure.high is not None and high is None and not e.number.vague \
            and not any(amounts.same_amount(figure.high, v) for v in ends):
        # around one figure: only its rounding down and up ("between 40 and 50" for 43), never two
        # other numbers of the quote ("between 17 and 64 arrests" for 43 people aged 17 to 64)
        return amounts.bounds(value, figure.value, False) and amounts.bounds(value, figure.high, True)
    if figure.high is not None and (any(amounts.same_amount(figure.high, v) for v in ends)
                                    or figure.value <= value and (high or value) <= figure.high):
        return True  # a claimed range at either end of the source's, or around all of it
    return high is not None and value <= figure.value <= high


def _source_range(e: Evidence, figure: Figure, tolerance: float) -> Interval:
    found = _in_claim_unit(e, figure)
    value, high = found if found is not None else (e.number.value, e.number.high)
    if high is not None and high != value:
        return Interval(value, high)
    return interval(value, e.number.qualifier, e.number.vague, tolerance)


def _said(record: ClaimRecord, figure: Figure) -> str:
    return record.claim.claim[figure.start:figure.end].strip()


def _read(record: ClaimRecord, e: Evidence) -> str:
    assert record.file.source is not None
    return _as_written(record.file.source.text, e.number, e.start)


def _elsewhere(record: ClaimRecord, figure: Figure, kind: str) -> str:
    """Where the source gives the same measure with another number, say so."""
    source = record.file.source
    assert source is not None
    others = [e for e in evidence(source.text, record.file.language)
              if e.number.kind == kind and figure.measure in e.measures and not _same_value(e, figure)]
    if not others:
        return ""
    shown = "; ".join(f"'{_read(record, e)}' at line {source.position(e.start)[0]}" for e in others[:3])
    return f"; the source gives {figure.measure} as {shown}"
