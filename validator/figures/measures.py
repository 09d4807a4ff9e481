"""The controlled vocabulary of measures, read once from the package's `data/measures.yaml`.

A claim names what it counts with a word ("17 arrests", "2 years"); `measure_for_word`
turns that word into the measure's name. A source sentence shows what a nearby number
counts with a cue word ("arrested 121 people"); `cue_pattern` finds those cues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml
from rapidfuzz import fuzz, process

from validator.figures.trie import trie_pattern

KINDS = ("count", "duration")

# Below this similarity (0-100) a misspelt measure gets no "did you mean" suggestion.
SUGGESTION_CUTOFF = 70.0


@dataclass(frozen=True, slots=True)
class Measure:
    name: str
    kind: str
    words: tuple[str, ...]
    cues: tuple[str, ...]
    nouns: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue word found in a source text, with the measure it points to."""

    start: int
    end: int
    text: str
    measure: str


def normalize(phrase: str) -> str:
    """Lower case, single spaces, no surrounding blanks: the form words are compared in."""
    return " ".join(phrase.lower().split())


def _strings(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"measures.yaml: {where} must be a list of non-empty strings")
    return tuple(normalize(v) for v in value)


def _parse(text: str) -> dict[str, Measure]:
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or not isinstance(data.get("measures"), dict):
        raise ValueError("measures.yaml: expected a top-level 'measures' mapping")
    out: dict[str, Measure] = {}
    for name, body in data["measures"].items():
        if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            raise ValueError(f"measures.yaml: bad measure name {name!r}")
        if not isinstance(body, dict):
            raise ValueError(f"measures.yaml: measure '{name}' must be a mapping")
        kind = body.get("kind")
        if kind not in KINDS:
            raise ValueError(
                f"measures.yaml: measure '{name}' has kind {kind!r}, not one of {KINDS}"
            )
        out[name] = Measure(
            name=name,
            kind=kind,
            words=_strings(body.get("words"), f"{name}.words"),
            cues=_strings(body.get("cues"), f"{name}.cues"),
            nouns=_strings(body.get("nouns"), f"{name}.nouns"),
        )
    return out


@cache
def vocabulary() -> dict[str, Measure]:
    """Every measure by name, in file order. Read from the installed package, never the cwd."""
    resource = files("validator") / "data" / "measures.yaml"
    return _parse(resource.read_text(encoding="utf-8"))


def _spellings(measure: Measure) -> tuple[str, ...]:
    """All the ways a claim may name `measure`: its words, its name, the name with spaces."""
    seen = dict.fromkeys((*measure.words, measure.name, measure.name.replace("_", " ")))
    return tuple(seen)


def _owners(what: str, listed) -> dict[str, str]:
    """Each phrase `listed(measure)` gives, mapped to its one measure; a phrase two measures
    share is an error in the vocabulary."""
    index: dict[str, str] = {}
    for measure in vocabulary().values():
        for phrase in listed(measure):
            owner = index.setdefault(phrase, measure.name)
            if owner != measure.name:
                raise ValueError(
                    f"measures.yaml: {what} '{phrase}' belongs to both '{owner}' and '{measure.name}'"
                )
    return index


@cache
def _word_index() -> dict[str, str]:
    return _owners("word", _spellings)


def words() -> tuple[str, ...]:
    """Every accepted claim word (including measure names), longest first."""
    return tuple(sorted(_word_index(), key=lambda w: (-len(w), w)))


def measure_for_word(phrase: str) -> str | None:
    """The measure a claim word names ("arrested" -> "arrests"); None when it names none.

    Case and spacing do not matter. A singular that only differs from a listed plural by
    a final "s"/"es" is accepted too ("1 victim", "1 search").
    """
    key = normalize(phrase)
    if not key:
        return None
    index = _word_index()
    found = index.get(key)
    if found is None:
        found = index.get(key + "s") or index.get(key + "es")
    return found


def nearest_measure(word: str) -> str | None:
    """The accepted claim word closest to a misspelt `word`, for a "did you mean" hint.

    Returns a word `measure_for_word` accepts (e.g. "arrests" for "arests", "police"
    for "polise"), or None when nothing is close enough.
    """
    key = normalize(word)
    if not key:
        return None
    best = process.extractOne(
        key, list(_word_index()), scorer=fuzz.ratio, score_cutoff=SUGGESTION_CUTOFF
    )
    return best[0] if best else None


@cache
def _cue_table() -> tuple[re.Pattern[str], dict[str, str]]:
    cues = _owners("cue", lambda measure: measure.cues)
    # The trie tries longer continuations first, so "hard disks" wins over "disks" and
    # "taken into custody" over "into custody" when both could start at the same place.
    body = trie_pattern((normalize(cue) for cue in cues), _cue_atom)
    pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)
    return pattern, {normalize(cue): measure for cue, measure in cues.items()}


def _cue_atom(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


def cue_pattern() -> re.Pattern[str]:
    """A regex finding cue words in source text, whole words, longest first, any case.

    `cue_measure(match)` tells which measure a match belongs to.
    """
    return _cue_table()[0]


def cue_measure(match: re.Match[str]) -> str:
    """The measure a match of `cue_pattern()` belongs to."""
    measure = _cue_table()[1].get(normalize(match.group()))
    if measure is None:
        raise ValueError("not a match of cue_pattern()")
    return measure


def find_cues(text: str) -> list[Cue]:
    """Every cue in `text`, left to right."""
    return [
        Cue(m.start(), m.end(), m.group(), cue_measure(m)) for m in cue_pattern().finditer(text)
    ]


@cache
def _noun_index() -> dict[str, str]:
    return _owners("noun", lambda measure: measure.nouns)


def noun_measure(phrase: str) -> str | None:
    """The measure a head noun counts ("clips" -> "videos", "investigator" -> "officers")."""
    return _noun_index().get(normalize(phrase))


@cache
def longest_noun() -> int:
    """How many words the longest listed noun has."""
    return max((len(n.split()) for n in _noun_index()), default=1)


def measure_for_cue(cue: str) -> str | None:
    """The measure a cue word points to ("detained" -> "arrests"), or None."""
    key = normalize(cue)
    match = cue_pattern().fullmatch(key)
    return cue_measure(match) if match else None
