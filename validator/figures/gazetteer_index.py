"""The city and subdivision index as the reading of a text uses it: `_Candidate`, one
place a name may stand for; `_Gazetteer`, the places by key; and the pattern of the runs
of capitalised words in which their names are looked for. `gazetteer` builds it.
"""

from __future__ import annotations

import re
from functools import partial
from typing import NamedTuple

# Lower-case words that may join the parts of a place name ("Rio de Janeiro",
# "Frankfurt am Main", "Stratford-upon-Avon", "Castilla y León").
_JOINERS = (
    "de", "del", "della", "delle", "dei", "degli", "di", "da", "das", "do", "dos", "du",
    "des", "la", "le", "les", "las", "los", "el", "al", "a", "y", "e", "i", "en", "and",
    "of", "upon", "on", "am", "an", "der", "den", "im", "in", "sur", "sous", "bei", "ob",
    "op", "aan", "ter", "van", "von", "et", "os", "as", "the", "og", "kai",
)


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
        self.regions: dict[tuple[str, str], str] = {}  # (country, city) -> its state or province ("Houston": Texas)

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


def _preferred(new: _Candidate, old: _Candidate) -> bool:
    """Whether `new` should stand for a name in its country rather than `old`: the
    place called so rather than one a GeoNames alternate name gives ("Rio Grande do
    Sul" is the state, not the city of Rio Grande), then a city over a subdivision
    ("Murcia", "New York"), then the more populous."""
    return (new.exact, new.level == "city", new.weight) > (old.exact, old.level == "city", old.weight)


def _upper_class() -> str:
    """A character class of the capital letters of the Latin script."""
    chars = [chr(c) for c in (*range(0x41, 0x250), *range(0x1E00, 0x1F00))]
    return "".join(ch for ch in chars if ch.isupper() or ch.istitle())


def _sequence_pattern() -> re.Pattern[str]:
    upper = _upper_class()
    # A capitalised word, with what may hang on it: "O'Higgins", "King's", "Cha-am",
    # "Gyeonggi-do", "Seville-based" (a name is looked for in its parts).
    word = (rf"(?:St|Ste|Mt|Ft|Co)\.|(?:[dDlL]['’])?[{upper}][^\W_]*(?:['’][^\W_]+)*"
            rf"(?:[\-\u2010\u2011][^\W\d_]+(?:['’][^\W_]+)*)*")
    joiner = "(?:" + "|".join(_JOINERS) + r")(?![\w'’])"
    gap = r"(?:[ \t\u00a0]+(?:\r?\n[ \t\u00a0]*)?|\r?\n[ \t\u00a0]*|[\-\u2010\u2011])"
    return re.compile(rf"(?<![\w'’])(?:{word})(?:{gap}(?:{joiner}{gap})*(?:{word}))*")
