"""The stretches of a text that may name a place (`_Span`): every country, region and
look-alike spelling, every city or subdivision name, merged into one reading per
stretch of text.
"""

from __future__ import annotations

import re

from validator.figures.gazetteer_index import _JOINERS, _Candidate, _Gazetteer
from validator.figures.place_keys import _DASHES, _fold, _gkey, _key
from validator.figures.place_names import _index, _scan
from validator.figures.place_person import _person_like

# The longest name read, in words ("Santa Cruz de la Sierra").
_MAX_WORDS = 8
_HYPHENS = frozenset("-\u2010\u2011")
_PIECE = re.compile(rf"[^\s\-{_DASHES}]+")


class _Span:
    """A stretch of text that may name a place, while the text is being read."""

    __slots__ = ("start", "end", "kind", "country", "demonym", "alias", "key", "candidates",
                 "person", "choice", "listed_with")

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end
        self.kind = ""              # "country", "region" or "other" from the country scan
        self.country = ""           # the country, for kind "country"
        self.demonym = False
        self.alias = False
        self.key = ""               # gazetteer key
        self.candidates: tuple[_Candidate, ...] = ()
        self.person = False         # reads as part of a person's or organisation's name
        self.choice: _Candidate | None = None
        self.listed_with: frozenset[str] = frozenset()  # countries of the small town it is listed with


def _country_spans(text: str) -> list[_Span]:
    """Countries, regions and look-alikes, as spans."""
    index = _index()
    spans = []
    for match, kind, name in _scan(text, others=True):
        span = _Span(match.start(), match.end())
        span.kind, span.country = kind, name
        keys = (_key(match.group()), _key(_fold(match.group())))
        span.demonym = kind == "country" and any(k in index.demonyms for k in keys)
        span.alias = any(k in index.aliases for k in keys)
        spans.append(span)
    return spans


def _gazetteer_spans(text: str, gazetteer: _Gazetteer, is_place, memo: dict[int, bool]) -> list[_Span]:
    """Candidate city and subdivision names: in each run of capitalised words, the
    longest known name from each capitalised word on."""
    spans = []
    for run in gazetteer.sequence.finditer(text):
        base = run.start()
        pieces = [(base + m.start(), base + m.end(), m.group()) for m in _PIECE.finditer(run.group())]
        # A name starts on a capital ("Rio", "d'Azur") and ends on anything but a
        # joiner between blanks ("Rio de Janeiro" does not end on "de"; "Gyeonggi-do"
        # ends on "do").
        starts = [w[0].isupper() or (w[1:2] in ("'", "’") and w[2:3].isupper()) for _, _, w in pieces]
        ends = [w not in _JOINERS or text[a - 1] in _HYPHENS for a, _, w in pieces]
        n = len(pieces)
        i = 0
        while i < n:
            if not starts[i]:
                i += 1
                continue
            hit = None
            for j in range(min(n, i + _MAX_WORDS) - 1, i - 1, -1):
                if not ends[j]:
                    continue
                end = pieces[j][1]
                key = _gkey(text[pieces[i][0]:end])
                if key not in gazetteer and pieces[j][2][-2:] in ("'s", "’s"):
                    end -= 2  # "Seville's mayor"
                    key = _gkey(text[pieces[i][0]:end])
                if key in gazetteer:
                    hit = j, end, key
                    break
            if hit is None:
                i += 1
                continue
            j, end, key = hit
            span = _Span(pieces[i][0], end)
            span.key = key
            span.candidates = gazetteer.get(key)
            span.person = _person_like(text, span.start, span.end, is_place, memo)
            spans.append(span)
            i = j + 1
    return spans


def _merge(country_spans: list[_Span], gazetteer_spans: list[_Span]) -> list[_Span]:
    """One reading per stretch of text: the longest wins; a country and a city or
    subdivision of exactly the same extent become one span with both readings; a
    region keeps its extent; a look-alike ("New Mexico" for Mexico) gives way."""
    by_extent: dict[tuple[int, int], _Span] = {}
    for span in country_spans:
        by_extent[(span.start, span.end)] = span
    for span in gazetteer_spans:
        other = by_extent.get((span.start, span.end))
        if other is None:
            by_extent[(span.start, span.end)] = span
        elif other.kind == "country":
            other.key, other.candidates = span.key, span.candidates
            other.person = other.person or span.person
        elif other.kind == "other":
            by_extent[(span.start, span.end)] = span
    ordered = sorted(by_extent.values(), key=lambda s: (s.start - s.end, s.start))
    chosen: list[_Span] = []
    taken = bytearray(max((s.end for s in ordered), default=0))  # 1 where a span is kept
    for span in ordered:
        if taken.find(1, span.start, span.end) != -1:
            continue
        chosen.append(span)
        taken[span.start:span.end] = b"\x01" * (span.end - span.start)
    chosen.sort(key=lambda s: s.start)
    return chosen
