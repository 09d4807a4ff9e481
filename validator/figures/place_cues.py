"""Which of a span's readings the text supports: a small town or a place name that is
also a word counts only after a preposition ("in Barbate"), in a list of places, or
with a qualifier ("Barbate, Cádiz").
"""

from __future__ import annotations

import re

from validator.figures import place_aliases
from validator.figures.place_keys import _word_key
from validator.figures.place_spans import _Span

# Prepositions after which a capitalised word is a place ("in Barbate").
_CUES = frozenset({
    "in", "at", "from", "near", "outside", "of", "to", "around", "across", "into", "via",
    "between", "towards", "toward", "throughout", "inside", "within", "through",
    "en", "de", "desde", "hacia", "entre",  # Spanish sources
})

_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t\u00a0]+$")
# Words for a place next to another, between a preposition and a town: "in neighbouring Sparks".
_NEIGHBOURING = frozenset({"neighbouring", "neighboring", "nearby", "adjacent", "vecina", "vecino",
                           "cercana", "cercano", "limítrofe", "colindante"})
_CUE_AND_ARTICLE = re.compile(r"([^\W\d_]+)[ \t\u00a0]+(?:(?:the|la|el)[ \t\u00a0]+)?$", re.IGNORECASE)
_ACCORDING_TO = re.compile(r"according[ \t\u00a0]+to[ \t\u00a0]+$", re.IGNORECASE)
_PLACE_OF = re.compile(
    r"(?<![^\W\d_])(?:(?:city|cities|town|towns|village|villages|province|provinces|region|"
    r"regions|state|county|district|department|municipality|port|capital|suburbs?|outskirts|island|"
    r"mayor|governor)[ \t\u00a0]+of"
    r"|(?:ciudad|ciudades|localidad|localidades|pueblo|municipio|municipios|provincia|provincias|"
    r"departamento|departamentos|región|regiones|estado|comuna|distrito|cantón|parroquia|puerto|"
    r"capital|isla|alcalde|alcaldesa|gobernador|gobernadora)[ \t\u00a0]+de)[ \t\u00a0]+$",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"^(?:[ \t\u00a0]*\([ \t\u00a0]*[\d.,]+[ \t\u00a0]*\))?"  # "Motril (512), Baza (198)"
                       r"(?:[ \t\u00a0]*,[ \t\u00a0]*(?:(?:and|or|y|e)[ \t\u00a0]+)?|[ \t\u00a0]+(?:and|or|y|e)[ \t\u00a0]+)$")
_QUALIFIER_GAP = re.compile(r"^[ \t\u00a0]*[,(][ \t\u00a0]*$")


def _cue_before(text: str, start: int) -> str:
    """The preposition right before a name ("in Barbate", "from Marbella"), lower
    case; "" if none. "of" only counts as "of place" after a word for a place ("the
    town of Pontevedra", "the provinces of Latina"), else "of" is returned as "of?"."""
    match = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if match is not None and match.group(1).lower() in _NEIGHBOURING | {"the"}:
        # "in nearby Sparks", "en la vecina Palencia", "in the Spalding house"
        match = _CUE_AND_ARTICLE.search(text, max(0, match.start() - 20), match.start()) or match
    if match is None or (word := match.group(1).lower()) not in _CUES:
        return ""
    if _ACCORDING_TO.search(text, max(0, start - 30), start):
        return ""
    if word in ("of", "de") and not _PLACE_OF.search(text, max(0, start - 40), start):
        return "of?"
    return word


def _viable(text: str, spans: list[_Span]) -> None:
    """Keep, on each span, the readings the text supports; read left to right, since a
    small town is a place after a preposition or in a list of places."""
    person_keys = {s.key for s in spans if s.person and s.key}
    named = {s.country for s in spans if s.kind == "country" and not s.person}
    # and the countries of states, provinces and large cities named that lie in one country only
    # ("Michigan", "Reno": the United States)
    named |= {s.candidates[0].country for s in spans if s.candidates and not s.person
              and all(c.country == s.candidates[0].country for c in s.candidates)
              and any(c.level == "subdivision" or c.major for c in s.candidates)}
    previous: _Span | None = None
    for n, span in enumerate(spans):
        if not span.candidates:
            if span.kind in ("country", "region") and not span.person:
                previous = span
            continue
        surface = text[span.start:span.end]
        written = _word_key(surface)
        if written in place_aliases.NEVER_PLACES or (surface.isupper() and len(surface) <= 3):
            span.candidates = ()
            continue
        word_like = written in place_aliases.WORD_NAMES or span.key in place_aliases.PERSON_NAMES
        cue = _cue_before(text, span.start)
        # "of" is a cue before a town's name ("the mayor of Barbate") but not before a
        # word ("of Latina descent") unless a word for a place says so
        cued = bool(cue) and not (word_like and cue == "of?")
        if not cued and previous is not None and _LIST_GAP.match(text[previous.end:span.start]):
            cued = True  # "in Estepona, Marbella and Barbate"
        qualifier = _qualifier(text, span, spans[n + 1] if n + 1 < len(spans) else None)
        if qualifier and n + 2 < len(spans) and _LIST_GAP.match(text[spans[n + 1].end:spans[n + 2].start]):
            qualifier = set()  # "Lincoln, Boston and Skegness": a list of towns, not a town and its state
        if qualifier:
            cued = True
        if span.person or (span.key in person_keys and not cued):
            span.candidates = ()
            continue
        # "Boston and Skegness": a town listed with a small town of its country is that country's
        neighbours = [s for s in (spans[n - 1] if n else None, spans[n + 1] if n + 1 < len(spans) else None)
                      if s is not None and _LIST_GAP.match(text[min(s.end, span.end):max(s.start, span.start)])]
        span.listed_with = frozenset(s.candidates[0].country for s in neighbours if s.candidates
                                     and len({c.country for c in s.candidates}) == 1 and not s.candidates[0].major)
        kept = []
        for candidate in span.candidates:
            if qualifier and candidate.country not in qualifier:
                continue
            if not cued and not word_like and candidate.country in span.listed_with and not candidate.major:
                kept.append(candidate)
                continue
            if word_like:
                # a small town only in a country the text names ("the provinces of
                # Latina and Foggia" in Italy), never "in Time" for a Norwegian town
                if cued and (candidate.major or candidate.level == "subdivision"
                             or candidate.country in named):
                    kept.append(candidate)
            elif candidate.major or cued:
                kept.append(candidate)
        span.candidates = tuple(kept)
        if kept or (span.kind == "country" and not span.person):
            previous = span
    _lists_share_a_country(text, spans)


def _lists_share_a_country(text: str, spans: list[_Span]) -> None:
    """Places listed together lie in one country when they all can: "Madrid, Zamora,
    Salamanca, León, Valladolid" are Spanish, whatever bigger León or Salamanca lies elsewhere."""
    runs: list[list[_Span]] = []
    for span in spans:
        if span.person or not (span.candidates or span.kind == "country"):
            continue
        if runs and _LIST_GAP.match(text[runs[-1][-1].end:span.start]):
            runs[-1].append(span)
        else:
            runs.append([span])
    for run in runs:
        if len(run) < 2:
            continue
        options = [{c.country for c in s.candidates} | ({s.country} if s.kind == "country" else set()) for s in run]
        common = set.intersection(*options)
        if len(common) != 1:
            continue
        country = common.pop()
        for span in run:
            if span.candidates and len({c.country for c in span.candidates}) > 1:
                there = tuple(c for c in span.candidates if c.country == country)
                if len(run) >= 3 or any(c.major for c in there):  # not "Washington and London"
                    span.candidates = there


def _possible_countries(span: _Span) -> set[str]:
    out = {c.country for c in span.candidates if c.major}
    if span.kind == "country":
        out.add(span.country)
    return out


def _qualifier(text: str, span: _Span, following: _Span | None) -> set[str]:
    """The countries of a place right after a comma or bracket that can hold this one
    ("Barbate, Cádiz", "Reading, England", "Valencia (Spain)")."""
    if following is None or not _QUALIFIER_GAP.match(text[span.end:following.start]):
        return set()
    mine = {c.country for c in span.candidates}
    return mine & _possible_countries(following)
