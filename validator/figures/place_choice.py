"""Choosing the place an ambiguous name stands for ("Valencia", "Córdoba", "Georgia"):
one in a country the text names elsewhere, unless it is small beside the most
populous, else the most populous.
"""

from __future__ import annotations

from validator.figures.gazetteer_index import _Candidate
from validator.figures.place_spans import _Span

# A place in a country the text names wins an ambiguous name unless the most populous
# place so named is more than this many times its size.
CONTEXT_SHARE = 10


def _in_context(candidates: tuple[_Candidate, ...], named: set[str]) -> _Candidate:
    """The heaviest candidate in a country of `named` unless it is small beside the
    heaviest of all (under a tenth of its size: a Brazilian town called Santiago is not
    what a text that names Brazil means by "Santiago"), else the heaviest of all."""
    heaviest = candidates[0]
    for candidate in candidates:
        if candidate.country in named:
            if candidate.major or candidate.weight * CONTEXT_SHARE >= heaviest.weight \
                    or (candidate.exact and not heaviest.exact):  # "Puno" in Peru, not Pune spelled so
                return candidate
            break
    return heaviest


def _dominant(candidates: tuple[_Candidate, ...]) -> bool:
    """Whether the heaviest candidate outweighs every namesake in another country tenfold."""
    top = candidates[0]
    if not top.exact and any(c.exact for c in candidates[1:]):
        return False  # a namesake reached by an alternate spelling outweighs no place so called
    return all(c.country == top.country or c.weight * CONTEXT_SHARE < top.weight for c in candidates[1:])


def _resolve(spans: list[_Span]) -> None:
    """Choose each ambiguous name's place: one in a country the text names elsewhere,
    unless it is small beside the most populous (see `_in_context`), else the most populous.
    A country's name stays the country unless the text places itself, through a city or
    region, in another country that has a sizeable place so named ("Atlanta, Georgia")."""
    named: set[str] = set()        # countries named unambiguously anywhere
    local: set[str] = set()        # ... by a city or subdivision
    dominant = []
    for span in spans:
        if span.person:
            continue
        options = {c.country for c in span.candidates}
        if span.kind == "country":
            if options <= {span.country}:
                named.add(span.country)
        elif span.candidates and len(options) == 1:
            named.add(span.candidates[0].country)
            local.add(span.candidates[0].country)
        elif span.candidates and _dominant(span.candidates):
            dominant.append(span)
    sure = set(local)
    contested: dict[int, _Candidate] = {}
    for span in dominant:  # "Madrid": Spain, whatever small namesakes
        own = next((c for c in span.candidates[1:] if c.country in sure and c.country in span.listed_with), None)
        if own is None:
            named.add(span.candidates[0].country)
            local.add(span.candidates[0].country)
        else:
            contested[id(span)] = own  # "Boston" listed with Skegness: the English town
    for span in spans:
        if span.person:
            continue
        if span.kind == "country":
            same = [c for c in span.candidates if c.country == span.country]
            if same and same[0].level == "subdivision" and span.alias:
                span.choice = same[0]  # "Scotland", "Wales": the nation, in its country
                continue
            elsewhere = [c for c in span.candidates
                         if c.country != span.country and c.country in local and c.major]
            if elsewhere and span.country not in named:
                span.choice = elsewhere[0]
            continue
        if not span.candidates:
            continue
        span.choice = contested.get(id(span)) or _in_context(span.candidates, named)
