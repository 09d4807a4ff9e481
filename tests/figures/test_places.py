"""Country names, aliases and adjectives; regions; finding places in text."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.figures.places import (
    Place,
    canonical_country,
    canonical_region,
    countries,
    find_places,
    find_regions,
    is_region,
)

from tests.helpers import seed_text as _seed


def _names(text: str) -> list[tuple[str, str]]:
    return [(p.text, p.country) for p in find_places(text)]


# -- canonical names -----------------------------------------------------------------

# Every country and nationality adjective the five seed articles use.
SEED_MENTIONS = {
    "Spain": "Spain", "Spanish": "Spain", "SPAIN": "Spain", "France": "France",
    "Brazilian": "Brazil", "Brazil": "Brazil", "Italy": "Italy", "Sweden": "Sweden",
    "the Netherlands": "Netherlands", "Netherlands": "Netherlands", "Chile": "Chile",
    "Argentina": "Argentina", "Panama": "Panama", "Costa Rica": "Costa Rica",
    "the Dominican Republic": "Dominican Republic", "Uruguay": "Uruguay",
    "US": "United States", "the United States": "United States", "Bolivia": "Bolivia",
    "Bulgaria": "Bulgaria", "El Salvador": "El Salvador", "Honduras": "Honduras",
    "Paraguay": "Paraguay", "Portugal": "Portugal", "Syria": "Syria", "Pakistan": "Pakistan",
    "India": "India", "Guatemala": "Guatemala", "the United Kingdom": "United Kingdom",
    "United Kingdom": "United Kingdom", "Peru": "Peru", "Ecuador": "Ecuador",
    "South Korea": "South Korea", "Colombia": "Colombia", "Germany": "Germany",
}

ALIASES = {
    "USA": "United States", "U.S.": "United States", "U.S.A.": "United States",
    "United States of America": "United States", "America": "United States",
    "American": "United States", "Americans": "United States",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom", "British": "United Kingdom",
    "Holland": "Netherlands", "Dutch": "Netherlands",
    "Korea": "South Korea", "Korea, Republic of": "South Korea",
    "Republic of Korea": "South Korea", "North Korea": "North Korea",
    "Syrian Arab Republic": "Syria", "Bolivia, Plurinational State of": "Bolivia",
    "Russian Federation": "Russia", "Türkiye": "Turkey", "Turkiye": "Turkey",
    "Viet Nam": "Vietnam", "Czech Republic": "Czechia", "Ivory Coast": "Côte d'Ivoire",
    "Cote d'Ivoire": "Côte d'Ivoire", "Côte d’Ivoire": "Côte d'Ivoire",
    "Kingdom of Spain": "Spain", "the Kingdom of the Netherlands": "Netherlands",
}

ADJECTIVES = {
    "Spanish": "Spain", "Spaniards": "Spain", "Brazilian": "Brazil", "Italian": "Italy",
    "German": "Germany", "French": "France", "Colombian": "Colombia", "Chilean": "Chile",
    "Argentinian": "Argentina", "Argentine": "Argentina", "Mexican": "Mexico",
    "Portuguese": "Portugal", "Bolivian": "Bolivia", "Paraguayan": "Paraguay",
    "Peruvian": "Peru", "Ecuadorian": "Ecuador", "Guatemalan": "Guatemala",
    "Honduran": "Honduras", "Salvadoran": "El Salvador", "Costa Rican": "Costa Rica",
    "Panamanian": "Panama", "Dominican": "Dominican Republic", "Uruguayan": "Uruguay",
    "Syrian": "Syria", "Pakistani": "Pakistan", "Pakistanis": "Pakistan",
    "Indian": "India", "South Korean": "South Korea", "Korean": "South Korea",
    "Swedish": "Sweden", "Bulgarian": "Bulgaria", "Italians": "Italy",
}

REGIONS = {
    "Europe": "Europe", "Latin America": "Latin America", "Asia": "Asia",
    "the Americas": "Americas", "Americas": "Americas", "Oceania": "Oceania",
    "South America": "South America", "Central America": "Central America",
    "North America": "North America", "Africa": "Africa", "the Pacific": "Pacific",
    "the Middle East": "Middle East", "EU": "European Union", "Asia-Pacific": "Asia-Pacific",
    "asia pacific": "Asia-Pacific",
}


ALL_NAMES = {**SEED_MENTIONS, **ALIASES, **ADJECTIVES}


@pytest.mark.parametrize("name, country", sorted(ALL_NAMES.items()))
def test_canonical_country(name, country):
    assert canonical_country(name) == country


@pytest.mark.parametrize("name", ["argentina", "COSTA RICA", "  costa \n rica ", "the netherlands"])
def test_canonical_country_ignores_case_and_spacing(name):
    assert canonical_country(name) is not None


@pytest.mark.parametrize("name", ["us", "uk", "Us", "usa"])
def test_abbreviations_need_their_exact_spelling(name):
    assert canonical_country(name) is None


@pytest.mark.parametrize(
    "name",
    ["Atlantis", "", "   ", "Seville", "Barcelona", "Galician", "Indiana", "the", "Spainish"],
)
def test_not_countries(name):
    assert canonical_country(name) is None


@pytest.mark.parametrize("name, region", sorted(REGIONS.items()))
def test_regions_are_not_countries(name, region):
    assert is_region(name)
    assert canonical_region(name) == region
    assert canonical_country(name) is None


@pytest.mark.parametrize("name", ["Spain", "Atlantis", "", "European", "Latin American"])
def test_not_regions(name):
    assert not is_region(name)
    assert canonical_region(name) is None


def test_every_canonical_country_maps_to_itself_and_is_found():
    names = countries()
    assert len(names) > 240
    assert {"South Korea", "United States", "United Kingdom", "Netherlands", "Spain"} <= set(names)
    assert "Korea, Republic of" not in names and "Antarctica" not in names
    for name in names:
        assert canonical_country(name) == name
        assert find_places(name) == [Place(0, len(name), name, name)], name


def test_non_strings_are_not_places():
    assert canonical_country(None) is None  # type: ignore[arg-type]
    assert not is_region(3)  # type: ignore[arg-type]
    assert find_places(None) == []  # type: ignore[arg-type]


# -- the seeds -------------------------------------------------------------------------


def test_seed_000():
    assert set(_names(_seed("000"))) == {
        ("Spanish", "Spain"), ("France", "France"), ("Brazilian", "Brazil"), ("Spain", "Spain"),
    }
    assert find_regions(_seed("000")) == []


def test_seed_001():
    text = _seed("001")
    assert {p.country for p in find_places(text)} == {
        "Spain", "France", "Italy", "Sweden", "Netherlands", "Chile", "Argentina", "Panama",
        "Costa Rica", "Dominican Republic", "Uruguay", "United States",
    }
    assert ("SPAIN", "Spain") in _names(text) and ("US", "United States") in _names(text)
    assert {r.country for r in find_regions(text)} == {"Europe", "Latin America", "Asia"}


def test_seed_002():
    text = _seed("002")
    listed = (
        "Argentina, Bolivia, Brazil, Bulgaria, Costa Rica, El Salvador, Honduras, Italy, "
        "Paraguay, Portugal, Spain, and the United States"
    )
    start = text.index(listed)
    in_list = [p.country for p in find_places(text) if start <= p.start < start + len(listed)]
    assert in_list == [
        "Argentina", "Bolivia", "Brazil", "Bulgaria", "Costa Rica", "El Salvador", "Honduras",
        "Italy", "Paraguay", "Portugal", "Spain", "United States",
    ]
    assert {p.country for p in find_places(text)} == set(in_list) | {"Panama"}
    assert {r.country for r in find_regions(text)} == {
        "Europe", "Americas", "Asia", "Pacific", "Oceania", "South America", "Latin America",
    }


def test_seed_003():
    text = _seed("003")
    assert {p.country for p in find_places(text)} == {
        "Spain", "Syria", "Pakistan", "Italy", "India", "France", "Guatemala", "United Kingdom",
        "Peru", "Ecuador", "Costa Rica", "South Korea",
    }
    assert "Spanish" in {p.text for p in find_places(text)}


def test_seed_004():
    text = _seed("004")
    assert {p.country for p in find_places(text)} == {"Spain", "Colombia", "Italy", "Germany"}
    assert {r.country for r in find_regions(text)} == {"Europe", "Latin America", "Central America"}


@pytest.mark.parametrize("mention, country", sorted(SEED_MENTIONS.items()))
def test_every_seed_mention_is_found_in_a_sentence(mention, country):
    text = f"Police from {mention} said so."
    (place,) = find_places(text)
    assert place.country == country
    assert text[place.start : place.end] == place.text
    assert place.text == mention.removeprefix("the ")


# -- finding places ------------------------------------------------------------------


def test_adjective_before_noun():
    assert _names("Spanish police arrested 121 people") == [("Spanish", "Spain")]
    assert _names("Spanish-led raids") == [("Spanish", "Spain")]
    assert _names("Spain's Guardia Civil") == [("Spain", "Spain")]


def test_word_boundaries():
    assert _names("Indiana Jones") == []
    assert _names("a Chilean prosecutor") == [("Chilean", "Chile")]
    assert _names("Chileans and Chile") == [("Chileans", "Chile"), ("Chile", "Chile")]
    assert _names("Nigeria and Niger") == [("Nigeria", "Nigeria"), ("Niger", "Niger")]
    assert _names("Dominican Republic, Dominica") == [
        ("Dominican Republic", "Dominican Republic"), ("Dominica", "Dominica"),
    ]


def test_longest_match_first():
    assert _names("Papua New Guinea") == [("Papua New Guinea", "Papua New Guinea")]
    assert _names("Guinea-Bissau") == [("Guinea-Bissau", "Guinea-Bissau")]
    assert _names("South Sudan and Sudan") == [("South Sudan", "South Sudan"), ("Sudan", "Sudan")]
    assert _names("Northern Ireland and Ireland") == [
        ("Northern Ireland", "United Kingdom"), ("Ireland", "Ireland"),
    ]
    assert _names("American Samoa") == [("American Samoa", "American Samoa")]
    # a longer spelling that does not count as written leaves the shorter one found
    assert _names("the south Sudan border") == [("Sudan", "Sudan")]
    assert _names("american Samoa") == [("Samoa", "Samoa")]
    assert _names("the Bosnia and Herzegovina team") == [
        ("Bosnia and Herzegovina", "Bosnia and Herzegovina"),
    ]


def test_only_capitalised_words():
    assert _names("jordan georgia chile turkey chad") == []
    assert _names("Jordan, Georgia, Chile, Turkey, Chad") == [
        ("Jordan", "Jordan"), ("Georgia", "Georgia"), ("Chile", "Chile"),
        ("Turkey", "Turkey"), ("Chad", "Chad"),
    ]


def test_abbreviations_exact_case():
    assert _names("let us go to the US") == [("US", "United States")]
    assert _names("Us and U.S.-led and USA") == [
        ("U.S.", "United States"), ("USA", "United States"),
    ]
    assert _names("the UK, the U.K.") == [("UK", "United Kingdom"), ("U.K.", "United Kingdom")]


def test_regions_and_lookalikes_are_not_countries():
    assert _names("Latin American and South American police") == []
    assert _names("New Mexico and New Jersey, the Indian Ocean") == []
    assert _names("across Europe and the Americas") == []
    assert [r.country for r in find_regions("across Europe and the Americas, EU")] == [
        "Europe", "Americas", "European Union",
    ]


def test_spacing_and_apostrophes():
    text = "Costa\nRica and Trinidad  and Tobago, Côte d’Ivoire"
    assert [(p.country, text[p.start : p.end]) for p in find_places(text)] == [
        ("Costa Rica", "Costa\nRica"),
        ("Trinidad and Tobago", "Trinidad  and Tobago"),
        ("Côte d'Ivoire", "Côte d’Ivoire"),
    ]


def test_the_is_not_part_of_the_span():
    (place,) = find_places("in the Netherlands")
    assert (place.start, place.end, place.text) == (7, 18, "Netherlands")


def test_code_point_spans_after_non_ascii():
    text = "Señor 🇪🇸 in España? No: in Spain"
    (place,) = find_places(text)
    assert text[place.start : place.end] == "Spain"


def test_large_text_is_fast():
    text = "\n".join(_seed(p) for p in ("000", "001", "002", "003", "004")) * 20
    find_places("warm up")
    began = time.perf_counter()
    places = find_places(text)
    assert time.perf_counter() - began < 1.0
    assert len(places) > 1000


# -- properties ----------------------------------------------------------------------

_PIECES = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        ["Spain", "Spanish", "US", "us", "U.S.", "Latin American", "Indiana", "Chilean",
         "the Netherlands", "Costa Rica", "New Mexico", "Korea", "-", "'", "’", " ", "\n",
         "Guinea", "Bissau", "Europe", "İ", "ß", "K"]
    ),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_find_places_never_raises_and_spans_are_valid(text):
    found = find_places(text)
    last = 0
    for place in found:
        assert isinstance(place, Place)
        assert last <= place.start < place.end <= len(text)
        assert text[place.start : place.end] == place.text
        assert canonical_country(place.text) == place.country
        assert place.country in countries()
        last = place.end
    for region in find_regions(text):
        assert 0 <= region.start < region.end <= len(text)
        assert is_region(region.country)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(countries()),
    st.lists(
        st.sampled_from(["south", "new", "american", "latin", "of", "and", "a.", ","])
    ).map(" ".join),
    st.text(alphabet="abcdefgh ,.;", max_size=10),
)
def test_a_country_between_lowercase_words_is_found(country, before, after):
    text = f"{before} {country} {after}"
    places = find_places(text)
    assert Place(len(before) + 1, len(before) + 1 + len(country), country, country) in places


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_canonical_country_never_raises(text):
    result = canonical_country(text)
    assert result is None or result in countries()
    canonical_region(text)
