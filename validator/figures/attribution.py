"""Attach each number of a source to what it counts and where: the evidence a claim is judged by.

A number counts the measure named right after it ("38 suspects", "800 police officers",
"68 other potential suspects"). When that is a person ("people", "suspects") or nothing,
the verbs and nouns of its clause count too ("38 suspects were arrested", "arrested 121
people"); and a number whose clause names nothing takes the measure of its sentence
("The arrests included 17 in Spain, six in Colombia"). A number's place is the first
country after it in its clause, before the next number; failing that, the nearest country
before it in its sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from validator.figures.measures import Cue, find_cues, vocabulary
from validator.figures.numbers import CLAIM_KINDS, Number, read_numbers
from validator.figures.places import Place, find_places

# Measures that name who was counted, not what happened to them: the clause tells the rest.
PERSONS = frozenset({"people", "suspects"})
# What a clause can say happened to the persons counted ("were arrested", "being investigated").
# Other nouns in the clause ("in several countries") count something else.
EVENTS = frozenset({"arrests", "suspects", "victims", "searches"})
NOUN_WINDOW_WORDS = 4
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'’”)]*\s+(?=[\"'‘“(]?[A-Z0-9])|\n+")
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")
_NOUN_STOP = re.compile(r"[,;:.()\u2013\u2014\d]|\s-\s")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Evidence:
    number: Number
    measures: frozenset[str]
    places: tuple[str, ...]

    @property
    def start(self) -> int:
        return self.number.qualifier_start if self.number.qualifier_start is not None else self.number.start

    @property
    def end(self) -> int:
        return self.number.end


@lru_cache(maxsize=1024)
def evidence(text: str) -> tuple[Evidence, ...]:
    """Every number of `text` that can support a claim, with its measures and places."""
    numbers = [n for n in read_numbers(text) if n.kind in CLAIM_KINDS]
    cues = find_cues(text)
    places = find_places(text)
    out = []
    for start, end in _sentences(text):
        inside = [n for n in numbers if start <= n.start < end]
        for i, number in enumerate(inside):
            following = inside[i + 1].start if i + 1 < len(inside) else end
            clause_end = _clause(text, number, start, end)[1]
            out.append(Evidence(number, _measures(text, number, cues, start, end),
                                _places(number, places, start, min(following, clause_end))))
    return tuple(out)


def within(text: str, spans: tuple[tuple[int, int], ...]) -> list[Evidence]:
    """The evidence whose number lies inside one of `spans` (a quote's place in the source)."""
    return [e for e in evidence(text) if any(a <= e.number.start and e.number.end <= b for a, b in spans)]


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds, pos = [], 0
    for match in _SENTENCE_END.finditer(text):
        bounds.append((pos, match.start()))
        pos = match.end()
    bounds.append((pos, len(text)))
    return [b for b in bounds if b[0] < b[1]]


def _measures(text: str, number: Number, cues: list[Cue], start: int, end: int) -> frozenset[str]:
    if number.kind == "duration":
        unit = (number.unit or "").rstrip("s") + "s"
        return frozenset({unit}) if unit in vocabulary() else frozenset()
    noun = _noun_after(text, number, cues, end)
    if noun is not None and noun not in PERSONS:
        return frozenset({noun})
    clause_start, clause_end = _clause(text, number, start, end)
    counts = {m for m, spec in vocabulary().items() if spec.kind == "count"}
    allowed = EVENTS if noun is not None else counts
    found = {c.measure for c in _between(cues, clause_start, clause_end) if c.measure in allowed}
    if noun is None and not found:
        before = _between(cues, start, number.start)
        after = _between(cues, number.end, end)
        nearest = ([c for c in before if c.measure in counts][-1:] or [c for c in after if c.measure in counts][:1])
        found.update(c.measure for c in nearest)
    return frozenset(found | ({noun} if noun else set()))


def _noun_after(text: str, number: Number, cues: list[Cue], end: int) -> str | None:
    stop = _NOUN_STOP.search(text, number.end, end)
    limit = stop.start() if stop else end
    words = list(_WORD.finditer(text, number.end, limit))[:NOUN_WINDOW_WORDS]
    if not words:
        return None
    window_end = words[-1].end()
    for cue in _between(cues, number.end, window_end):
        return cue.measure
    return None


def _clause(text: str, number: Number, start: int, end: int) -> tuple[int, int]:
    left = start
    for match in _CLAUSE_BREAK.finditer(text, start, number.start):
        left = match.end()
    right_match = _CLAUSE_BREAK.search(text, number.end, end)
    return left, right_match.start() if right_match else end


def _between(cues: list[Cue], start: int, end: int) -> list[Cue]:
    """Cues starting in [start, end); `cues` is sorted by start."""
    lo = bisect_left(cues, start, key=_cue_start)
    return cues[lo:bisect_right(cues, end - 1, lo=lo, key=_cue_start)]


def _cue_start(cue: Cue) -> int:
    return cue.start


def _places(number: Number, places: list[Place], sentence: int, following: int) -> tuple[str, ...]:
    after = [p.country for p in places if number.end <= p.start and p.end <= following]
    if after:
        return (after[0],)
    before = [p.country for p in places if sentence <= p.start and p.end <= number.start]
    return (before[-1],) if before else ()
