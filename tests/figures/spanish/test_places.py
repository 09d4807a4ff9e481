"""Places in Spanish text: country names by pycountry's Spanish translations and the press's
own, cities through the gazetteer, nationality adjectives in lower case."""

from __future__ import annotations

import pytest

from validator.figures.spanish.places import demonyms, find_places, is_demonym


@pytest.mark.parametrize(("text", "names"), [
    ("en Reino Unido y Países Bajos", ["United Kingdom", "Netherlands"]),
    ("en EE. UU. y Alemania", ["United States", "Germany"]),
    ("en Sevilla, Málaga y Huelva", ["Seville", "Málaga", "Huelva"]),
    ("de La Coruña, Lugo y Ferrol", ["A Coruña", "Lugo", "Ferrol"]),
    ("en Oporto (Portugal)", ["Porto", "Portugal"]),
    ("en Granada y Almería", ["Granada", "Almería"]),
])
def test_places_by_their_spanish_names(text: str, names: list[str]) -> None:
    assert [p.name for p in find_places(text)] == names


def test_a_city_shared_by_two_countries_goes_to_the_one_the_text_names() -> None:
    places = find_places("Registros en Madrid, Valencia y Toledo, en España.")
    assert {p.name: p.country for p in places}["Toledo"] == "Spain"


def test_a_sentence_opening_word_is_not_a_place() -> None:
    assert find_places("Para ello, los agentes trabajaron meses.") == []


def test_nationality_adjectives_name_their_country() -> None:
    found = demonyms("la policía francesa y las autoridades españolas")
    assert [(p.text, p.country) for p in found] == [("francesa", "France"), ("españolas", "Spain")]
    assert is_demonym("paraguayos") and not is_demonym("personas")
