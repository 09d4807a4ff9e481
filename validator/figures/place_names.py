"""Countries and regions by name: an index of every spelling of a country (pycountry's
names plus the aliases, abbreviations and nationality words of `place_aliases`) and of
every region, the lookups that give a spelling's canonical name, and the scan that
finds those spellings in a text. The index is built on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pycountry

from validator.figures.place_aliases import (
    ABBREVIATIONS,
    ADJECTIVES,
    ALIASES,
    CANONICAL_OVERRIDES,
    EXTRA_COUNTRIES,
    NOT_COUNTRIES,
    NOT_PLACES,
    REGIONS,
)
from validator.figures.place_keys import _DASHES, _fold, _key, _strip_the
from validator.figures.trie import trie_pattern


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
    for region, region_spellings in REGIONS.items():
        for spelling in (region, *region_spellings):
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
