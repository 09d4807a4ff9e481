"""A sentence about the event itself places the count before it (`figures.event_places`)."""

from __future__ import annotations

import pytest

from validator.figures.attribution import evidence


def _places(text: str, language: str) -> dict[str, tuple[str, ...]]:
    return {e.number.text: e.places for e in evidence(text, language)}


@pytest.mark.parametrize(("text", "language", "number", "place"), [
    ("Police arrested 12 people on Tuesday. The arrests were made in Leeds and York.", "en", "12", "Leeds"),
    ("Fueron detenidas seis personas: tres argentinos y dos paraguayos. Los arrestos se concretaron el martes en "
     "Zárate, Campana y Rosario.", "es", "seis", "Rosario"),
])
def test_the_event_sentence_places_the_count_before_it(text: str, language: str, number: str, place: str) -> None:
    assert place in _places(text, language)[number]


def test_a_count_with_a_place_of_its_own_keeps_it() -> None:
    assert "Leeds" not in _places("Police arrested 12 people in Manchester. The arrests were made in Leeds.", "en")["12"]


def test_a_part_of_the_count_or_another_paragraph_is_not_placed() -> None:
    read = _places("Fueron detenidas seis personas: tres argentinos y dos paraguayos. Los arrestos se concretaron en "
                   "Rosario.", "es")
    assert read["dos"] == ()
    apart = _places("Police arrested 12 people.\n\nThe arrests were made in Leeds.", "en")
    assert apart["12"] == ()
