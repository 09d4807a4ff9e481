"""Sentences of a source, and what every reading of one sentence shares.

A sentence ends at a full stop, question or exclamation mark followed by a capital or a digit,
or at a line break; not after an abbreviation ("U.S.", "Mr.", "No."). `Sentence` holds one
sentence's text, the numbers, event cues and places in it, and what the readers of what a
number counts (`counting`) and where (`scope`) both need.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING, Sequence

from validator.figures.measures import Cue
from validator.figures.numbers import Number
from validator.figures.places import Place

if TYPE_CHECKING:
    from validator.figures.attribution import Evidence

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'’”)]*\s+(?=[\"'‘“(]?[A-Z0-9])|\n+")
# Abbreviations a full stop does not end a sentence after ("U.S.", "Mr.", "No.").
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]\.){1,3}[A-Z]?|\b(?:Mr|Mrs|Ms|Dr|St|No|Nos|Gen|Col|Lt|Sgt|Insp|Supt|Det|"
    r"Const|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|approx|vs|etc|Inc|Ltd|Co)\.)$"
)
# "54 of the 152 arrests": the number after "N of the" is the whole a part is taken from.
_PART_OF = re.compile(r"\b(?:\d[\d,.]*|[a-z]+)\s+of\s+(?:the|all|its|their)\s+\Z", re.I)


def split_sentences(text: str, end: re.Pattern[str] = _SENTENCE_END,
                    abbreviation: re.Pattern[str] = _ABBREVIATION) -> list[tuple[int, int]]:
    """Sentence spans; `end` and `abbreviation` are a language's own (Spanish opens with "¿")."""
    bounds, pos = [], 0
    for match in end.finditer(text):
        if "\n" not in match.group() and abbreviation.search(text, max(0, match.start() - 12), match.start()):
            continue
        bounds.append((pos, match.start()))
        pos = match.end()
    bounds.append((pos, len(text)))
    return [b for b in bounds if b[0] < b[1]]


def cues_between(cues: list[Cue], start: int, end: int) -> list[Cue]:
    lo = bisect_left(cues, start, key=lambda c: c.start)
    out = []
    for cue in cues[lo:]:
        if cue.start >= end:
            break
        out.append(cue)
    return out


class Sentence:
    """One sentence of a source, with its numbers, cues and places."""

    def __init__(self, text: str, start: int, end: int, cues: list[Cue], places: list[Place],
                 carried: list[Place], numbers: Sequence[Number] = ()) -> None:
        self.text, self.start, self.end, self.carried = text, start, end, carried
        self.home: str | None = None  # the country the whole text is about, if one stands out
        self.predicate_end = 0  # where the predicate of the phrase last read ends
        self.phrase_ends: dict[int, int] = {}  # where each number's noun phrase ends
        self.number_list = list(numbers)
        self.numbers = [n.start for n in numbers]  # where the sentence's numbers start
        self._number_ends = {n.start: n.end for n in numbers}  # ... and where each ends, by start
        self.cues = cues_between(cues, start, end)
        self.places = [p for p in places if start <= p.start and p.end <= end]
        self.last_counted: Evidence | None = None  # the last counted figure of the paragraph's sentence before
        self.last_person: Evidence | None = None  # the last figure of persons before this sentence, in its paragraph
        self.previous_start: int | None = None  # where the paragraph's sentence before starts
        self.earlier: Sequence[Evidence] = ()  # the figures of the text's sentences before this one

    def whole_of_part(self, number: Number) -> bool:
        begin = number.qualifier_start if number.qualifier_start is not None else number.start
        return _PART_OF.search(self.text, max(self.start, begin - 30), begin) is not None
