"""Find a claim's quote in its source: exactly, after normalising typography, or not at all."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from rapidfuzz import fuzz

from validator.sources import SourceText
from validator.text import PASSAGE_LIMIT, shorten

# Typography people retype differently; each maps one character to one character.
_SAME = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
})
_ELLIPSIS = re.compile(r"\s*(?:\u2026|\.\.\.)\s*")
_SPACE = re.compile(r"\s+")


class MatchKind(str, Enum):
    EXACT = "exact"
    NORMALISED = "normalised"
    MISSING = "missing"


@dataclass(frozen=True, slots=True)
class QuoteMatch:
    kind: MatchKind
    spans: tuple[tuple[int, int], ...] = ()  # source offsets of the (first) match, one per fragment
    occurrences: tuple[int, ...] = ()  # start offset of every place the quote stands
    similarity: float = 0.0  # for a missing quote: how close the nearest passage is (0-100)

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


@dataclass(frozen=True, slots=True)
class _Folded:
    """A text with typography folded, and the source offset of each folded character."""

    text: str
    origin: tuple[int, ...]


def fold(text: str) -> _Folded:
    pieces: list[str] = []
    origin: list[int] = []
    pos = 0
    for match in _SPACE.finditer(text):
        _fold_plain(text, pos, match.start(), pieces, origin)
        # A line break is a paragraph break: fragments of a quote never match across it.
        pieces.append("\n" if "\n" in match.group() else " ")
        origin.append(match.start())
        pos = match.end()
    _fold_plain(text, pos, len(text), pieces, origin)
    return _Folded("".join(pieces), tuple(origin))


def _fold_plain(text: str, start: int, end: int, pieces: list[str], origin: list[int]) -> None:
    for i in range(start, end):
        char = text[i]
        if char == "\u2026":
            pieces.append("...")
            origin.extend((i, i, i))
            continue
        folded = char.translate(_SAME).lower()
        if len(folded) != 1:
            folded = char
        pieces.append(folded)
        origin.append(i)


def fold_quote(quote: str) -> str:
    return fold(quote.strip()).text


@lru_cache(maxsize=256)
def _folded_source(text: str) -> _Folded:
    return fold(text)


def _all(haystack: str, needle: str) -> list[int]:
    found, pos = [], haystack.find(needle)
    while pos >= 0:
        found.append(pos)
        pos = haystack.find(needle, pos + 1)
    return found


def match_quote(source: SourceText, quote: str) -> QuoteMatch:
    text = source.text
    hits = _all(text, quote)
    if hits:
        return QuoteMatch(MatchKind.EXACT, ((hits[0], hits[0] + len(quote)),), tuple(hits))
    fragments = [f for f in _ELLIPSIS.split(quote) if f.strip()]
    if len(fragments) > 1:
        gapped = _match_gapped(source, fragments)
        if gapped is not None:
            return gapped
    folded = _folded_source(text)
    needle = fold_quote(quote)
    hits = _all(folded.text, needle) if needle else []
    if hits:
        starts = tuple(folded.origin[h] for h in hits)
        first = hits[0]
        end = folded.origin[first + len(needle) - 1] + 1
        return QuoteMatch(MatchKind.NORMALISED, ((starts[0], end),), starts)
    return nearest(source, quote)


def _match_gapped(source: SourceText, fragments: list[str]) -> QuoteMatch | None:
    """Fragments separated by an ellipsis must stand in order within one paragraph (line)."""
    text = source.text
    kind = MatchKind.EXACT
    for start in _all(text, fragments[0]) or [None]:
        spans = _in_order(text, fragments, start)
        if spans is not None:
            return QuoteMatch(kind, spans, (spans[0][0],))
    folded = _folded_source(text)
    needles = [fold_quote(f) for f in fragments]
    for start in _all(folded.text, needles[0]):
        spans = _in_order(folded.text, needles, start)
        if spans is not None:
            real = tuple((folded.origin[a], folded.origin[b - 1] + 1) for a, b in spans)
            return QuoteMatch(MatchKind.NORMALISED, real, (real[0][0],))
    return None


def _in_order(text: str, fragments: list[str], start: int | None) -> tuple[tuple[int, int], ...] | None:
    if start is None:
        return None
    line_end = text.find("\n", start)
    limit = len(text) if line_end < 0 else line_end
    spans = [(start, start + len(fragments[0]))]
    for fragment in fragments[1:]:
        pos = text.find(fragment, spans[-1][1], limit)
        if pos < 0:
            return None
        spans.append((pos, pos + len(fragment)))
    return tuple(spans)


def nearest(source: SourceText, quote: str) -> QuoteMatch:
    """The passage of the source most like the quote, so the user sees what they mistyped."""
    if not quote.strip() or not source.text:
        return QuoteMatch(MatchKind.MISSING)
    found = fuzz.partial_ratio_alignment(quote, source.text)
    if found is None:
        return QuoteMatch(MatchKind.MISSING)
    start, end = found.dest_start, found.dest_end
    return QuoteMatch(MatchKind.MISSING, ((start, end),), (), round(found.score, 1))


def passage(source: SourceText, start: int, end: int, limit: int = PASSAGE_LIMIT) -> str:
    """A short, one-line excerpt of the source: findings never print more than this."""
    return shorten(source.text[start:end], limit)
