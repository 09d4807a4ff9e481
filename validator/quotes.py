"""Find a claim's quote in its source: exactly, after normalising typography, or not at all."""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
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
    "\u00ab": '"', "\u00bb": '"', "\u2039": "'", "\u203a": "'",  # Spanish and French guillemets
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
})
_ELLIPSIS = re.compile(r"\s*(?:\u2026|\.\.\.)\s*")
_SPACE = re.compile(r"\s+")
# Bounds on the search for the closest passage of a quote that is not found (see `nearest`).
NEAREST_QUOTE_CHARS = 400
NEAREST_SCAN_CHARS = 50_000
NEAREST_WORD_HITS = 16


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
    origin: Sequence[int]  # an array: 8 bytes a character, not a tuple of int objects


def fold(text: str) -> _Folded:
    if "\u2026" not in text and "\u03a3" not in text:
        folded = text.translate(_SAME).lower()
        if len(folded) == len(text):  # every character folds to one: no need to go one by one
            return _fold_aligned(text, folded)
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
    return _Folded("".join(pieces), array("q", origin))


def _fold_aligned(text: str, folded: str) -> _Folded:
    """`fold` when `folded` is `text` folded character for character (same length, same places).

    Equal to the character-by-character fold: no character of `text` lowers to more than one
    (else the lengths would differ), there is no ellipsis to widen, and no capital sigma, the
    one letter whose lower case depends on its neighbours.
    """
    pieces: list[str] = []
    origin = array("q")
    pos = 0
    for match in _SPACE.finditer(text):
        start = match.start()
        pieces.append(folded[pos:start])
        origin.extend(range(pos, start))
        pieces.append("\n" if "\n" in match.group() else " ")
        origin.append(start)
        pos = match.end()
    pieces.append(folded[pos:])
    origin.extend(range(pos, len(text)))
    return _Folded("".join(pieces), origin)


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


@lru_cache(maxsize=64)
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
    spans = _first_in_order(text, fragments)
    if spans is not None:
        return QuoteMatch(MatchKind.EXACT, spans, (spans[0][0],))
    folded = _folded_source(text)
    spans = _first_in_order(folded.text, [fold_quote(f) for f in fragments])
    if spans is not None:
        real = tuple((folded.origin[a], folded.origin[b - 1] + 1) for a, b in spans)
        return QuoteMatch(MatchKind.NORMALISED, real, (real[0][0],))
    return None


def _first_in_order(text: str, fragments: list[str]) -> tuple[tuple[int, int], ...] | None:
    """The first place where the fragments stand in order within one line, in time linear in the text.

    Each fragment is taken at its first place after the one before. When that fails for a
    start on some line, every later start on the same line fails too (it only searches less
    of the line), so the search goes on at the next line.
    """
    first = fragments[0]
    start = text.find(first)
    while start >= 0:
        line_end = text.find("\n", start)
        limit = len(text) if line_end < 0 else line_end
        spans = [(start, start + len(first))]
        for fragment in fragments[1:]:
            pos = text.find(fragment, spans[-1][1], limit)
            if pos < 0:
                break
            spans.append((pos, pos + len(fragment)))
        else:
            return tuple(spans)
        if line_end < 0:
            return None
        start = text.find(first, line_end + 1)
    return None


def nearest(source: SourceText, quote: str) -> QuoteMatch:
    """The passage of the source most like the quote, so the user sees what they mistyped.

    Bounded for any input: only the first NEAREST_QUOTE_CHARS characters of the quote are
    compared, and a source longer than NEAREST_SCAN_CHARS is compared only around the places
    where the quote's longest words stand (or at its start), not from end to end.
    """
    if not quote.strip() or not source.text:
        return QuoteMatch(MatchKind.MISSING)
    quote = quote[:NEAREST_QUOTE_CHARS]
    text = source.text
    best = None
    for a, b in _windows(text, quote):
        found = fuzz.partial_ratio_alignment(quote, text[a:b])
        if found is not None and (best is None or found.score > best[0].score):
            best = (found, a)
    if best is None:
        return QuoteMatch(MatchKind.MISSING)
    found, offset = best
    start, end = offset + found.dest_start, offset + found.dest_end
    return QuoteMatch(MatchKind.MISSING, ((start, end),), (), round(found.score, 1))


_WORDS = re.compile(r"\w{4,}")


def _windows(text: str, quote: str) -> list[tuple[int, int]]:
    """Stretches of `text` to compare with `quote`: all of it, unless it is long."""
    if len(text) <= NEAREST_SCAN_CHARS:
        return [(0, len(text))]
    words = sorted(set(_WORDS.findall(quote)), key=lambda w: (-len(w), w))[:4]
    width = max(len(quote), 40)
    spans: list[tuple[int, int]] = []
    for word in words:
        pos = text.find(word)
        for _ in range(NEAREST_WORD_HITS):
            if pos < 0:
                break
            spans.append((max(0, pos - width), min(len(text), pos + 2 * width)))
            pos = text.find(word, pos + 1)
    if not spans:
        return [(0, NEAREST_SCAN_CHARS)]
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def passage(source: SourceText, start: int, end: int, limit: int = PASSAGE_LIMIT) -> str:
    """A short, one-line excerpt of the source: findings never print more than this."""
    return shorten(source.text[start:end], limit)
