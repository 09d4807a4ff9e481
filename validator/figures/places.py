"""Countries named in text, whatever the spelling: official names, common names, aliases
("U.S.", "Holland") and nationality adjectives ("Spanish police") all resolve to one
readable canonical name ("Spain", "South Korea", "United States").

Regions and continents ("Europe", "Latin America", "the Americas") are recognised too,
but they are not countries: `canonical_country` refuses them and `is_region` says so.

The index is built from pycountry plus the tables below, once, on first use.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import pycountry

from validator.figures.trie import trie_pattern

# Canonical names where pycountry's common name (or name) reads badly in a report.
CANONICAL_OVERRIDES: dict[str, str] = {
    "BN": "Brunei",
    "BQ": "Caribbean Netherlands",  # no comma: a canonical name must survive a claim list
    "CC": "Cocos Islands",
    "CD": "Democratic Republic of the Congo",
    "FK": "Falkland Islands",
    "FM": "Micronesia",
    "MF": "Saint Martin",
    "PS": "Palestine",
    "RU": "Russia",
    "SH": "Saint Helena",
    "SX": "Sint Maarten",
    "TR": "Turkey",
    "VA": "Vatican City",
    "VG": "British Virgin Islands",
    "VI": "United States Virgin Islands",
}

# pycountry entries that are not countries for our purpose (they are continents).
NOT_COUNTRIES = frozenset({"AQ"})

# Other names a country goes by, compared without regard to case.
ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("United States", "United States of America", "America"),
    "GB": ("United Kingdom", "Britain", "Great Britain", "England", "Scotland", "Wales",
           "Northern Ireland"),
    "NL": ("Netherlands", "Holland"),
    "KR": ("Korea", "Republic of Korea"),
    "KP": ("Democratic People's Republic of Korea",),
    "CZ": ("Czech Republic",),
    "CI": ("Ivory Coast",),
    "CV": ("Cape Verde",),
    "SZ": ("Swaziland",),
    "MK": ("Macedonia",),
    "MM": ("Burma",),
    "TL": ("East Timor",),
    "MO": ("Macau",),
    "CD": ("DR Congo", "Congo-Kinshasa"),
    "CG": ("Republic of the Congo", "Congo-Brazzaville"),
    "VA": ("Vatican", "Holy See"),
    "AE": ("Emirates",),
}

# Abbreviations: only their exact spelling counts ("US" is a country, "us" is not).
ABBREVIATIONS: dict[str, str] = {
    "US": "US", "U.S.": "US", "U.S": "US", "USA": "US", "U.S.A.": "US", "U.S.A": "US",
    "UK": "GB", "U.K.": "GB", "U.K": "GB",
    "UAE": "AE", "U.A.E.": "AE",
    "DRC": "CD",
}

# Nationality adjectives and nouns for the people. Plurals of words ending in "-an"
# or "-i" are added automatically ("Brazilians", "Pakistanis").
ADJECTIVES: dict[str, tuple[str, ...]] = {
    "AF": ("Afghan",), "AL": ("Albanian",), "DZ": ("Algerian",), "AR": ("Argentinian",
    "Argentine", "Argentinean", "Argentines"), "AM": ("Armenian",), "AU": ("Australian",),
    "AT": ("Austrian",), "AZ": ("Azerbaijani",), "BS": ("Bahamian",), "BD": ("Bangladeshi",),
    "BY": ("Belarusian",), "BE": ("Belgian",), "BZ": ("Belizean",), "BO": ("Bolivian",),
    "BA": ("Bosnian",), "BR": ("Brazilian",), "BG": ("Bulgarian",), "CA": ("Canadian",),
    "CL": ("Chilean",), "CN": ("Chinese",), "CO": ("Colombian",), "CR": ("Costa Rican",),
    "HR": ("Croatian",), "CU": ("Cuban",), "CY": ("Cypriot", "Cypriots"),
    "CZ": ("Czech", "Czechs"), "DK": ("Danish", "Dane", "Danes"),
    "DO": ("Dominican",), "EC": ("Ecuadorian", "Ecuadorean"), "EG": ("Egyptian",),
    "SV": ("Salvadoran", "Salvadorean"), "EE": ("Estonian",), "ET": ("Ethiopian",),
    "FI": ("Finnish", "Finn", "Finns"), "FR": ("French", "Frenchman", "Frenchmen"),
    "GE": ("Georgian",), "DE": ("German",), "GH": ("Ghanaian",),
    "GR": ("Greek", "Greeks"), "GT": ("Guatemalan",), "GY": ("Guyanese",), "HT": ("Haitian",),
    "HN": ("Honduran",), "HK": ("Hongkonger", "Hongkongers"), "HU": ("Hungarian",),
    "IS": ("Icelandic", "Icelander", "Icelanders"), "IN": ("Indian",),
    "ID": ("Indonesian",), "IR": ("Iranian",), "IQ": ("Iraqi",), "IE": ("Irish",),
    "IL": ("Israeli",), "IT": ("Italian",), "JM": ("Jamaican",), "JP": ("Japanese",),
    "JO": ("Jordanian",), "KZ": ("Kazakh", "Kazakhs", "Kazakhstani"), "KE": ("Kenyan",),
    "KR": ("South Korean", "Korean"), "KP": ("North Korean",), "LV": ("Latvian",),
    "LB": ("Lebanese",), "LT": ("Lithuanian",), "LU": ("Luxembourgish", "Luxembourger",
    "Luxembourgers"), "MY": ("Malaysian",), "MT": ("Maltese",), "MX": ("Mexican",),
    "MD": ("Moldovan",), "ME": ("Montenegrin", "Montenegrins"), "MA": ("Moroccan",),
    "NP": ("Nepali", "Nepalese"), "NL": ("Dutch", "Dutchman", "Dutchmen"),
    "NZ": ("New Zealander", "New Zealanders"), "NI": ("Nicaraguan",), "NG": ("Nigerian",),
    "MK": ("Macedonian",), "NO": ("Norwegian",), "PK": ("Pakistani",), "PA": ("Panamanian",),
    "PY": ("Paraguayan",), "PE": ("Peruvian",), "PH": ("Filipino", "Filipinos", "Philippine"),
    "PL": ("Polish",), "PT": ("Portuguese",), "PR": ("Puerto Rican",), "RO": ("Romanian",),
    "RU": ("Russian",), "SA": ("Saudi",), "RS": ("Serbian", "Serb", "Serbs"),
    "SG": ("Singaporean",), "SK": ("Slovak", "Slovaks", "Slovakian"),
    "SI": ("Slovenian", "Slovene", "Slovenes"), "ZA": ("South African",),
    "ES": ("Spanish", "Spaniard", "Spaniards"), "LK": ("Sri Lankan",),
    "SE": ("Swedish", "Swede", "Swedes"), "CH": ("Swiss",), "SY": ("Syrian",),
    "TW": ("Taiwanese",), "TH": ("Thai",), "TT": ("Trinidadian",), "TN": ("Tunisian",),
    "TR": ("Turkish", "Turk", "Turks"), "UA": ("Ukrainian",), "AE": ("Emirati",),
    "GB": ("British", "Briton", "Britons", "Scottish", "Scot", "Scots", "Welsh"),
    "US": ("American",), "UY": ("Uruguayan",), "VE": ("Venezuelan",),
    "VN": ("Vietnamese",),
}

# Regions and continents, by their canonical spelling, with other spellings.
REGIONS: dict[str, tuple[str, ...]] = {
    "Africa": (),
    "Americas": ("the Americas",),
    "Antarctica": (),
    "Asia": (),
    "Asia-Pacific": ("Asia Pacific",),
    "Australasia": (),
    "Balkans": ("the Balkans",),
    "Caribbean": ("the Caribbean",),
    "Central America": (),
    "Central Asia": (),
    "East Africa": (),
    "East Asia": (),
    "Eastern Europe": (),
    "Europe": (),
    "European Union": ("EU", "the European Union"),
    "Latin America": (),
    "Middle East": ("the Middle East",),
    "North Africa": (),
    "North America": (),
    "Oceania": (),
    "Pacific": ("the Pacific",),
    "Scandinavia": (),
    "South America": (),
    "South Asia": (),
    "Southeast Asia": ("South-East Asia", "South East Asia"),
    "Southern Africa": (),
    "Sub-Saharan Africa": (),
    "West Africa": (),
    "Western Europe": (),
}

# Words that would otherwise be read as a country, or as a country inside them, but
# name something else ("Latin American" is not "American"; "New Mexico" is not Mexico).
NOT_PLACES = (
    "Latin American", "Latin Americans", "South American", "South Americans",
    "Central American", "Central Americans", "North American", "North Americans",
    "European", "Europeans", "Asian", "Asians", "African", "Africans", "Caribbean",
    "Scandinavian", "Scandinavians", "Middle Eastern", "Pacific Islander",
    "New Mexico", "New Mexican", "New Jersey", "New Guinea", "New England",
    "New South Wales", "Indian Ocean", "American Indian", "American Indians", "Native American",
    "Native Americans", "Anglo-American", "Dutch Caribbean",
)

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015"
_SEPARATOR = re.compile(rf"[\s\-{_DASHES}]+")


@dataclass(frozen=True, slots=True)
class Place:
    """One country mention in a text: code-point span, the text as written, the country."""

    start: int
    end: int
    text: str
    country: str


def _fold(text: str) -> str:
    """Without diacritics: "Türkiye" -> "Turkiye"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _key(text: str) -> str:
    """The form names are compared in: lower case, ASCII apostrophe, one space for any
    run of blanks or dashes."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    return _SEPARATOR.sub(" ", text).strip()


def _variants(name: str) -> set[str]:
    """Keys for a name: as is, without diacritics, and without a parenthetical."""
    out = {_key(name), _key(_fold(name))}
    bare = re.sub(r"\s*\([^)]*\)", "", name)
    if bare != name:
        out |= {_key(bare), _key(_fold(bare))}
    out.discard("")
    return out


def _plurals(word: str) -> tuple[str, ...]:
    if word.endswith(("an", "i")):
        return (word, word + "s")
    return (word,)


@dataclass(frozen=True, slots=True)
class _Index:
    names: dict[str, str]      # key -> canonical country
    exact: dict[str, str]      # abbreviation as written -> canonical country
    regions: dict[str, str]    # key -> canonical region
    blocked: frozenset[str]    # keys that are neither
    pattern: re.Pattern[str]   # every key above, longest match first, whole words


def _canonical_name(country) -> str:
    code = country.alpha_2
    if code in CANONICAL_OVERRIDES:
        return CANONICAL_OVERRIDES[code]
    return getattr(country, "common_name", None) or country.name


def _atom(ch: str) -> str:
    if ch == " ":
        return rf"[\s\-{_DASHES}]+"
    if ch == "'":
        return "['\u2019\u2018]"
    return re.escape(ch)


def _trie_pattern(keys: set[str]) -> str:
    return trie_pattern(keys, _atom)


@cache
def _index() -> _Index:
    names: dict[str, str] = {}
    by_code: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        if code in NOT_COUNTRIES:
            continue
        canonical = _canonical_name(country)
        by_code[code] = canonical
        spellings = [canonical, country.name, getattr(country, "common_name", None),
                     getattr(country, "official_name", None)]
        for spelling in filter(None, spellings):
            for key in _variants(spelling):
                names.setdefault(key, canonical)
    for code, extra in ALIASES.items():
        for spelling in extra:
            for key in _variants(spelling):
                names[key] = by_code[code]
    for code, adjectives in ADJECTIVES.items():
        for adjective in adjectives:
            for form in _plurals(adjective):
                for key in _variants(form):
                    names.setdefault(key, by_code[code])
    exact = {abbrev: by_code[code] for abbrev, code in ABBREVIATIONS.items()}

    regions: dict[str, str] = {}
    for region, spellings in REGIONS.items():
        for spelling in (region, *spellings):
            if spelling.isupper():  # "EU": an abbreviation, exact spelling only
                continue
            for key in _variants(spelling):
                regions[key] = region
    blocked = frozenset(k for name in NOT_PLACES for k in _variants(name))
    for key in regions:
        names.pop(key, None)
    for key in blocked:
        names.pop(key, None)

    # Keys in the pattern never start with "the ": "the Netherlands" is found as
    # "Netherlands", keeping the span on the name itself.
    keys = {k for k in (*names, *regions, *blocked) if not k.startswith("the ")}
    keys |= {_key(a) for a in exact}
    keys |= {_key(a) for r, spellings in REGIONS.items() for a in spellings if a.isupper()}
    pattern = re.compile(rf"(?<!\w)(?:{_trie_pattern(keys)})(?!\w)", re.IGNORECASE)
    return _Index(names, exact, regions, blocked, pattern)


@cache
def _region_abbreviations() -> dict[str, str]:
    return {a: r for r, spellings in REGIONS.items() for a in spellings if a.isupper()}


def _strip_the(key: str) -> str:
    return key[4:] if key.startswith("the ") else key


def canonical_country(name: str) -> str | None:
    """The canonical country a name, alias or adjective stands for; None if none.

    Case does not matter except for abbreviations ("US", "UK"), which must be written
    as such. Regions are not countries: `canonical_country("Europe")` is None.
    """
    if not isinstance(name, str):
        return None
    written = " ".join(name.split())
    index = _index()
    for form in (written, written[4:] if written[:4].lower() == "the " else ""):
        if form in index.exact:
            return index.exact[form]
    key = _key(name)
    for candidate in (key, _strip_the(key), _key(_fold(name)), _strip_the(_key(_fold(name)))):
        if candidate in index.names:
            return index.names[candidate]
    return None


def canonical_region(name: str) -> str | None:
    """The canonical spelling of a region or continent ("the Americas" -> "Americas")."""
    if not isinstance(name, str):
        return None
    written = " ".join(name.split())
    abbreviations = _region_abbreviations()
    if written in abbreviations:
        return abbreviations[written]
    regions = _index().regions
    key = _key(_fold(name))
    return regions.get(key) or regions.get(_strip_the(key))


def is_region(name: str) -> bool:
    """True for a continent or region such as "Europe", "Latin America", "the Americas"."""
    return canonical_region(name) is not None


def countries() -> tuple[str, ...]:
    """Every canonical country name, sorted."""
    return tuple(sorted(set(_index().names.values())))


def _classify(index: _Index, surface: str) -> tuple[str, str] | None:
    """What a matched spelling is: ("country", name), ("region", name), ("other", "")
    for a look-alike that is neither, or None when it does not count as written."""
    if surface in index.exact:
        return "country", index.exact[surface]
    regions = _region_abbreviations()
    if surface in regions:
        return "region", regions[surface]
    if not surface[:1].isupper():
        return None  # "chile" the pepper, "turkey" the bird, "us" the pronoun
    for key in (_key(surface), _key(_fold(surface))):
        if key in index.names:
            return "country", index.names[key]
        if key in index.regions:
            return "region", index.regions[key]
        if key in index.blocked:
            return "other", ""
    return None


def _scan(text: str):
    index = _index()
    pos = 0
    while (match := index.pattern.search(text, pos)) is not None:
        found = _classify(index, match.group())
        if found is None:
            # Not as written here ("south Sudan"): a shorter name may start further on.
            pos = match.start() + 1
            continue
        pos = match.end()
        if found[0] != "other":
            yield match, found[0], found[1]


def find_places(text: str) -> list[Place]:
    """Every country mention in `text`, left to right, longest spelling first.

    Names, aliases and adjectives count ("Spanish police" -> Spain); only capitalised
    words are read ("Jordan", not "jordan"); regions are skipped, and so are words that
    contain a country name but mean something else ("Latin American", "New Mexico").
    """
    if not isinstance(text, str):
        return []
    return [
        Place(m.start(), m.end(), m.group(), country)
        for m, kind, country in _scan(text)
        if kind == "country"
    ]


def find_regions(text: str) -> list[Place]:
    """Every region or continent mention in `text`; `country` holds the region's name."""
    if not isinstance(text, str):
        return []
    return [
        Place(m.start(), m.end(), m.group(), region)
        for m, kind, region in _scan(text)
        if kind == "region"
    ]
