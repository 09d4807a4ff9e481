"""A sentence about the event itself, right after its count, saying where it happened: "Fueron
detenidas seis personas. Los arrestos se concretaron el martes en Zárate y Campana", "Police
arrested 12 people. The arrests were made in Leeds and York". Its places are the count's, when
the count had none of its own. Shared by the English and Spanish readers."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from validator.figures.measures import noun_measure
from validator.figures.places import Place
from validator.figures.scope import holding, place_names

if TYPE_CHECKING:
    from validator.figures.attribution import Evidence

# The sentence opens with the event as a definite plural noun: "The arrests", "Los arrestos".
_EVENT_SUBJECT = re.compile(r"\s*(?:The|Los|Las)\s+([^\W\d_]+)\s+(?!of\b|de\b)", re.I)
# A place in a locative phrase of that sentence: "in Leeds", "en Zárate".
_IN_BEFORE = re.compile(r"\b(?:in|across|en)\s+(?:(?:the|la|el|los|las)\s+)?(?:ciudad\s+de\s+)?\Z", re.I)
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+|y\s+)?|\s+(?:and|y|e)\s+)(?:(?:the|la|el)\s+)?(?:ciudad\s+de\s+)?", re.I)


def place_the_count_before(text: str, start: int, end: int, places: list[Place], before: list[Evidence],
                           first: int, language: str) -> None:
    """Give the last placeless count of the event the sentence at [start, end) is about (among
    `before[first:]`, the figures of its paragraph so far) the places that sentence names."""
    opening = _EVENT_SUBJECT.match(text, start, end)
    if opening is None or (measure := noun_measure(opening.group(1), language)) is None:
        return
    group = _first_group(text, [p for p in places if start <= p.start and p.end <= end and not p.demonym])
    if not group:
        return
    for i in range(len(before) - 1, first - 1, -1):
        e = before[i]
        if e.number.kind == "count" and measure in e.measures and not e.partial:  # the whole, not a part of it
            if not e.places:
                joint = len(group) > 1
                before[i] = replace(e, places=place_names(group), joint=joint, whole=holding(group) if joint else (),
                                    reason=f"{e.reason}; placed by '{opening.group().strip()} ...'")
            return


def _first_group(text: str, places: list[Place]) -> list[Place]:
    """The first place after a locative word, with those listed after it."""
    for n, place in enumerate(places):
        if _IN_BEFORE.search(text, max(0, place.start - 20), place.start):
            group = [place]
            for other in places[n + 1:]:
                if not _JOINED.fullmatch(text, group[-1].end, other.start):
                    break
                group.append(other)
            return group
    return []
