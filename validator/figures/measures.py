"""The vocabulary of measures: the built-in one, extended by the project's own file.

The built-in vocabulary is the package's `data/measures.yaml`, read once, never from the
current directory. A project extends it with a `measures.yaml` at its repository root (or the
file `[tool.validate] measures` names), in the same shape: a new measure with its kind, claim
words, source nouns and event cues, or more words, nouns and cues for a built-in one. A run
loads that file (`load_project`, checked: every problem is a `VocabularyError` naming its
line) and installs it (`install`) before it reads any claim or source; every function here
then answers for the merged vocabulary, in this process and in the run's worker processes.

A claim names what it counts with a word ("17 arrests", "2 years"); `measure_for_word`
turns that word into the measure's name. A source sentence shows what a nearby number
counts with a noun ("24 drug labs") or a cue word ("arrested 121 people"); `noun_measure`
and `cue_pattern` find those.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property, partial
from importlib.resources import files
from pathlib import Path
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from validator.figures.trie import trie_pattern

KINDS = ("count", "duration")
FIELDS = ("kind", "words", "nouns", "cues", "es")
# Languages a source may be written in besides English; each measure may list its nouns and
# cues in them under the language's code ("es": {nouns: [...], cues: [...]}). Claim words stay
# in the dataset's language, English.
LANGUAGES = ("en", "es")
_FOREIGN = tuple(code for code in LANGUAGES if code != "en")
NAME_PATTERN = r"[a-z][a-z0-9_]*"
BUILT_IN = "built-in"
PROJECT_FILE = "measures.yaml"  # at the repository root, unless the configuration names another
SCHEMA_ID = "https://figurecheck.invalid/schemas/measures.schema.json"

# A "did you mean" suggestion must be a near spelling of the same word: at least this similar
# (1 - edits / length, where a swap of two neighbouring letters is one edit) and at most one
# letter longer or shorter. "arests" -> "arrests" (0.86); never "litres" -> "items" (0.5).
SUGGESTION_CUTOFF = 0.8

# Modules whose caches hold what was read under one vocabulary: cleared when it changes.
_DEPENDENT_MODULES = (
    "validator.figures.claimtext",
    "validator.figures.sentences",
    "validator.figures.counting",
    "validator.figures.scope",
    "validator.figures.attribution",
    "validator.figures.spanish.reading",
    "validator.verdicts",
)


@dataclass(frozen=True, slots=True)
class Measure:
    name: str
    kind: str
    words: tuple[str, ...]
    cues: tuple[str, ...]
    nouns: tuple[str, ...] = ()
    # (language, nouns, cues) for each language besides English the measure is listed in
    foreign: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = ()

    def nouns_in(self, language: str) -> tuple[str, ...]:
        return self.nouns if language == "en" else next((n for code, n, _ in self.foreign if code == language), ())

    def cues_in(self, language: str) -> tuple[str, ...]:
        return self.cues if language == "en" else next((c for code, _, c in self.foreign if code == language), ())


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue word found in a source text, with the measure it points to."""

    start: int
    end: int
    text: str
    measure: str


class VocabularyError(ValueError):
    """A vocabulary file that cannot be used, with the line of the problem (0: the whole file)."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")
        self.path, self.line, self.message = path, line, message

    def __reduce__(self):
        return (type(self), (self.path, self.line, self.message))


@dataclass(frozen=True, eq=False)
class Project:
    """A project's vocabulary file, checked: what it declares and the vocabulary it makes."""

    path: str  # as shown to the user
    text: str
    declared: dict[str, Measure]  # as the file gives them; kind "" when an extension leaves it out
    merged: dict[str, Measure] = field(repr=False)

    @cached_property
    def fingerprint(self) -> str:
        return hashlib.sha256(f"{self.path}\0{self.text}".encode("utf-8", "surrogatepass")).hexdigest()


def normalize(phrase: str) -> str:
    """Lower case, single spaces, no surrounding blanks: the form words are compared in."""
    return " ".join(phrase.lower().split())


# -- reading a vocabulary file ---------------------------------------------------------------


class _File:
    """A vocabulary file's data with the line of each part of it."""

    def __init__(self, path: str, text: str) -> None:
        from validator.loader import load_bytes  # the claims files' reader: positions, duplicate keys

        self.path = path
        doc = load_bytes(path, text.encode("utf-8", "surrogatepass"))
        if doc.problems:
            problem = doc.problems[0]
            raise VocabularyError(path, problem.span.line, problem.message)
        self.doc, self.data = doc, doc.data

    def line(self, *path: Any) -> int:
        return self.doc.span(path).line

    def key_line(self, *path: Any) -> int:
        return self.doc.key_span(path).line

    def error(self, line: int, message: str) -> VocabularyError:
        return VocabularyError(self.path, line, message)


def _read(source: _File, project: bool) -> dict[str, Measure]:
    """The measures a file declares, checked against the shape `schema()` publishes. A project's
    extension of a built-in measure may leave out its kind (given as "")."""
    data = source.data
    if project and data is None:
        return {}  # an empty file, or comments only
    if not isinstance(data, dict) or "measures" not in data:
        raise source.error(1, "expected a top-level 'measures' mapping")
    extra = [key for key in data if key != "measures"]
    if extra:
        raise source.error(source.key_line(extra[0]), f"unknown key '{extra[0]}' at the top level "
                                                      "(only 'measures')")
    table = data["measures"]
    if table is None and project:
        return {}
    if not isinstance(table, dict):
        raise source.error(source.line("measures"), "expected a top-level 'measures' mapping")
    out: dict[str, Measure] = {}
    for name, body in table.items():
        line = source.key_line("measures", name)
        if not isinstance(name, str) or not re.fullmatch(NAME_PATTERN, name):
            raise source.error(line, f"bad measure name {name!r}: lower-case letters, digits and '_', "
                                     "starting with a letter")
        if body is None and project:
            body = {}
        if not isinstance(body, dict):
            raise source.error(line, f"measure '{name}' must be a mapping of {', '.join(FIELDS)}")
        unknown = [key for key in body if key not in FIELDS]
        if unknown:
            raise source.error(source.key_line("measures", name, unknown[0]),
                               f"measure '{name}' has an unknown key '{unknown[0]}' (known: {', '.join(FIELDS)})")
        kind = body.get("kind")
        if project and "kind" not in body:
            kind = ""
        elif kind not in KINDS:
            raise source.error(source.line("measures", name, "kind") if "kind" in body else line,
                               f"measure '{name}' has kind {kind!r}, not one of {', '.join(KINDS)}")
        out[name] = Measure(
            name=name,
            kind=kind,
            words=_strings(source, name, "words", body),
            cues=_strings(source, name, "cues", body),
            nouns=_strings(source, name, "nouns", body),
            foreign=tuple(_foreign(source, name, code, body[code]) for code in _FOREIGN if code in body),
        )
    return out


def _foreign(source: _File, name: str, code: str, body: Any) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """A measure's nouns and cues in another language: `es: {nouns: [...], cues: [...]}`."""
    if body is None:
        return code, (), ()
    if not isinstance(body, dict) or any(key not in ("nouns", "cues") for key in body):
        raise source.error(source.line("measures", name, code),
                           f"{name}.{code} must be a mapping of nouns and cues in that language")
    nouns = _strings(source, name, "nouns", body, (code, "nouns"))
    cues = _strings(source, name, "cues", body, (code, "cues"))
    return code, nouns, cues


def _strings(source: _File, name: str, key: str, body: dict,
             inner: tuple[str, ...] | None = None) -> tuple[str, ...]:
    if key not in body:
        return ()
    value = body[key]
    where = ("measures", name, *(inner or (key,)))
    label = ".".join((name, *(inner or (key,))))
    if not isinstance(value, list):
        raise source.error(source.line(*where), f"{label} must be a list of non-empty strings")
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise source.error(source.line(*where, i), f"{label} must be a list of non-empty strings, "
                                                       f"got {item!r}")
    return tuple(dict.fromkeys(normalize(v) for v in value))


def _parse(text: str, path: str = "measures.yaml") -> dict[str, Measure]:
    """The measures of a complete vocabulary file (every measure with its kind)."""
    return _read(_File(path, text), project=False)


@cache
def builtin() -> dict[str, Measure]:
    """The built-in vocabulary, in file order. Read from the installed package, never the cwd."""
    resource = files("validator") / "data" / "measures.yaml"
    return _parse(resource.read_text(encoding="utf-8"), "validator/data/measures.yaml")


def load_project(path: Path, shown: str | None = None) -> Project:
    """A project's vocabulary file, read and checked against the built-in vocabulary.
    Raises VocabularyError, naming the file as `shown` and the line of the problem."""
    shown = shown or path.as_posix()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise VocabularyError(shown, 0, f"cannot be read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise VocabularyError(shown, 0, f"not valid UTF-8 (byte {exc.start})") from None
    return parse_project(text, shown)


def parse_project(text: str, shown: str = PROJECT_FILE) -> Project:
    source = _File(shown, text)
    declared = _read(source, project=True)
    return Project(shown, text, declared, _merge(builtin(), declared, source))


def _merge(base: dict[str, Measure], declared: dict[str, Measure], source: _File) -> dict[str, Measure]:
    merged = dict(base)
    for name, measure in declared.items():
        own = base.get(name)
        if own is None:
            if not measure.kind:
                raise source.error(source.key_line("measures", name),
                                   f"measure '{name}' is new: give its kind ({', '.join(KINDS)})")
            merged[name] = measure
            continue
        if measure.kind and measure.kind != own.kind:
            raise source.error(source.line("measures", name, "kind"),
                               f"measure '{name}' is built in with kind '{own.kind}', not '{measure.kind}'")
        merged[name] = Measure(
            name, own.kind,
            words=tuple(dict.fromkeys((*own.words, *measure.words))),
            cues=tuple(dict.fromkeys((*own.cues, *measure.cues))),
            nouns=tuple(dict.fromkeys((*own.nouns, *measure.nouns))),
            foreign=tuple((code, tuple(dict.fromkeys((*own.nouns_in(code), *measure.nouns_in(code)))),
                           tuple(dict.fromkeys((*own.cues_in(code), *measure.cues_in(code)))))
                          for code in _FOREIGN if own.nouns_in(code) or own.cues_in(code)
                          or measure.nouns_in(code) or measure.cues_in(code)),
        )
    _check_unique(merged, declared, source)
    return merged


def _check_unique(merged: dict[str, Measure], declared: dict[str, Measure], source: _File) -> None:
    """Each word, noun and cue the project adds names one measure of the merged vocabulary."""
    checks: list[tuple[str, str, Callable[[Measure], Iterable[str]]]] = [
        ("word", "words", _spellings), ("noun", "nouns", lambda m: m.nouns), ("cue", "cues", lambda m: m.cues)]
    for code in _FOREIGN:
        checks += [(f"{code} noun", f"{code}.nouns", partial(Measure.nouns_in, language=code)),
                   (f"{code} cue", f"{code}.cues", partial(Measure.cues_in, language=code))]
    for what, key, listed in checks:
        owners: dict[str, str] = {}
        for measure in merged.values():
            for phrase in listed(measure):
                owners.setdefault(phrase, measure.name)
        for name, measure in declared.items():
            phrases = list(listed(measure)) if key != "words" else list(measure.words)
            if key == "words" and name not in builtin():
                phrases += [name, name.replace("_", " ")]  # a new measure's name is one of its words
            for phrase in phrases:
                owner = owners.get(phrase, name)
                if owner != name:
                    raise source.error(_phrase_line(source, name, key, phrase),
                                       f"{what} '{phrase}' belongs to both '{owner}' and '{name}'; "
                                       f"a {what} names one measure")
                plural = next((p for p in (phrase + "s", phrase + "es") if p in owners), None)
                if key == "words" and plural is not None and owners[plural] != name:
                    raise source.error(_phrase_line(source, name, key, phrase),
                                       f"word '{phrase}' already names '{owners[plural]}' (the singular of "
                                       f"'{plural}'); a word names one measure")


def _phrase_line(source: _File, name: str, key: str, phrase: str) -> int:
    listed = source.data["measures"][name] or {}
    path = tuple(key.split("."))  # "es.nouns": the nouns under the language's key
    for part in path[:-1]:
        listed = listed.get(part) or {}
    for i, item in enumerate(listed.get(path[-1]) or ()):
        if isinstance(item, str) and normalize(item) == phrase:
            return source.line("measures", name, *path, i)
    return source.key_line("measures", name)


# -- the vocabulary of this run ----------------------------------------------------------------

_project: Project | None = None


def project() -> Project | None:
    """The project vocabulary installed for this run, if any."""
    return _project


def install(chosen: Project | None) -> bool:
    """Make `chosen` (None: the built-in vocabulary only) the vocabulary every function here
    answers for. Clears what was read under another one; True when it changed."""
    global _project
    same = (chosen is None and _project is None) or (
        chosen is not None and _project is not None and chosen.fingerprint == _project.fingerprint)
    if same:
        return False
    _project = chosen
    clear_caches()
    return True


def fingerprint() -> str:
    """What the results of a run depend on beyond the code: the project file, or "-"."""
    return _project.fingerprint if _project is not None else "-"


def clear_caches() -> None:
    """Forget everything computed from the vocabulary: here, and in the readers that cache
    what they read from it (the sentence reader's evidence, support's lookups)."""
    for fn in (vocabulary, _word_index, _cue_table, _noun_index, longest_noun):
        fn.cache_clear()
    for name in _DEPENDENT_MODULES:
        module = sys.modules.get(name)
        for value in vars(module).values() if module is not None else ():
            if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", None) == name:
                value.cache_clear()


@cache
def vocabulary() -> dict[str, Measure]:
    """Every measure by name: the built-in ones in file order, then the project's new ones."""
    return dict(_project.merged) if _project is not None else builtin()


def origin(name: str) -> str:
    """Where a measure comes from: "built-in", the project file, or both."""
    declared = _project is not None and name in _project.declared
    if name in builtin():
        return f"{BUILT_IN} + {_project.path}" if declared else BUILT_IN  # type: ignore[union-attr]
    return _project.path if declared else BUILT_IN  # type: ignore[union-attr]


def listing() -> str:
    """The merged vocabulary, one line per measure: name, kind, origin, claim words; the words
    a project adds to a built-in measure come last, after the project file's name."""
    rows = []
    for measure in vocabulary().values():
        own = builtin().get(measure.name)
        words = ", ".join(w for w in measure.words if own is None or w in own.words) or measure.name
        added = [w for w in measure.words if own is not None and w not in own.words]
        if added and _project is not None:
            words += f"; {_project.path} adds: {', '.join(added)}"
        rows.append((measure.name, measure.kind, origin(measure.name), words))
    widths = [max((len(row[i]) for row in rows), default=0) for i in range(3)]
    return "".join(f"{a:<{widths[0]}}  {b:<{widths[1]}}  {c:<{widths[2]}}  {d}\n" for a, b, c, d in rows)


def schema() -> dict:
    """The JSON Schema (2020-12) of a vocabulary file, as `_read` checks it."""
    phrases = {"type": "array", "items": {"type": "string", "minLength": 1, "pattern": r"\S"}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "figurecheck measures vocabulary",
        "description": "A project's own measures.yaml: new measures, or more words, nouns and cues for "
                       "built-in ones (see `validate --list-measures`). A new measure needs its kind; a "
                       "built-in one keeps its own. Each word, noun and cue names one measure.",
        "type": "object",
        "additionalProperties": False,
        "required": ["measures"],
        "properties": {
            "measures": {
                "type": ["object", "null"],
                "propertyNames": {"pattern": f"^{NAME_PATTERN}$"},
                "additionalProperties": {"$ref": "#/$defs/Measure"},
            },
        },
        "$defs": {
            "Measure": {
                "type": ["object", "null"],
                "additionalProperties": False,
                "properties": {
                    "kind": {"enum": list(KINDS), "description": "what kind of figure the measure is "
                             "('count': a number of things, 'duration': a length of time); required for "
                             "a new measure, the built-in one's if given for a built-in measure"},
                    "words": {**phrases, "description": "how a claim names the measure ('17 arrests'); "
                              "its name is always accepted too"},
                    "nouns": {**phrases, "description": "what a number in a source counts when it is the "
                              "head of its noun phrase ('24 drug labs'), singular and plural"},
                    "cues": {**phrases, "description": "event words (verbs, event nouns) that tell what "
                             "happened to the persons a number counts ('arrested 21 individuals')"},
                    **{code: {"$ref": "#/$defs/Lexicon"} for code in _FOREIGN},
                },
            },
            "Lexicon": {
                "type": ["object", "null"],
                "description": "the measure's nouns and cues in a source language besides English "
                               "(claims stay in English)",
                "additionalProperties": False,
                "properties": {"nouns": phrases, "cues": phrases},
            },
        },
    }


# -- lookups -----------------------------------------------------------------------------------


def _spellings(measure: Measure) -> tuple[str, ...]:
    """All the ways a claim may name `measure`: its words, its name, the name with spaces."""
    seen = dict.fromkeys((*measure.words, measure.name, measure.name.replace("_", " ")))
    return tuple(seen)


def _owners(what: str, listed: Callable[[Measure], Iterable[str]]) -> dict[str, str]:
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
    """The accepted claim word that `word` is a near spelling of, for a "did you mean" hint.

    Returns a word `measure_for_word` accepts (e.g. "arrests" for "arests", "police"
    for "polise"), or None when no word is spelt nearly the same: another word that merely
    looks alike ("investigated" for "investigations", "items" for "litres") is no suggestion.
    """
    return near_spelling(word, _word_index())


def near_spelling(word: str, choices: Iterable[str]) -> str | None:
    """The one of `choices` that `word` is a misspelling of, or None."""
    key = normalize(word)
    if not key:
        return None
    same_length = [c for c in choices if abs(len(c) - len(key)) <= 1]
    best = process.extractOne(key, same_length, scorer=OSA.normalized_similarity,
                              score_cutoff=SUGGESTION_CUTOFF)
    return best[0] if best else None


def _cue_atom(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


@cache
def _cue_table(language: str = "en") -> tuple[re.Pattern[str], dict[str, str]]:
    cues = _owners("cue", lambda measure: measure.cues_in(language))
    exact = [normalize(cue) for cue in cues if not cue.endswith("*")]
    # A cue ending in "*" is a stem: any word it begins ("detuv*": detuvo, detuvieron), for
    # languages that conjugate a verb into many forms.
    stems = sorted((normalize(cue)[:-1] for cue in cues if cue.endswith("*")), key=len, reverse=True)
    # The trie tries longer continuations first, so "hard disks" wins over "disks" and
    # "taken into custody" over "into custody" when both could start at the same place.
    parts = [trie_pattern(exact, _cue_atom)] if exact else []
    parts += [rf"{re.escape(stem)}[^\W\d_]*" for stem in stems]
    body = "|".join(parts) or r"(?!)"
    pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)
    return pattern, {normalize(cue): measure for cue, measure in cues.items()}


def _stem_measure(word: str, table: dict[str, str]) -> str | None:
    """The measure of the longest stem cue that begins `word`."""
    for cut in range(len(word), 0, -1):
        measure = table.get(word[:cut] + "*")
        if measure is not None:
            return measure
    return None


def cue_pattern(language: str = "en") -> re.Pattern[str]:
    """A regex finding cue words in source text, whole words, longest first, any case.

    `cue_measure(match)` tells which measure a match belongs to.
    """
    return _cue_table(language)[0]


def cue_measure(match: re.Match[str], language: str = "en") -> str:
    """The measure a match of `cue_pattern()` belongs to."""
    table = _cue_table(language)[1]
    word = normalize(match.group())
    measure = table.get(word) or _stem_measure(word, table)
    if measure is None:
        raise ValueError("not a match of cue_pattern()")
    return measure


def find_cues(text: str, language: str = "en") -> list[Cue]:
    """Every cue in `text`, left to right. A word a stem cue begins that the vocabulary lists as
    another measure's noun is that noun ("investigadores" are officers, not an investigation)."""
    nouns = _noun_index(language)
    out = []
    for m in cue_pattern(language).finditer(text):
        measure = cue_measure(m, language)
        owner = nouns.get(normalize(m.group()))
        if owner is not None and owner != measure and normalize(m.group()) not in _cue_table(language)[1]:
            continue
        out.append(Cue(m.start(), m.end(), m.group(), measure))
    return out


@cache
def _noun_index(language: str = "en") -> dict[str, str]:
    return _owners("noun", lambda measure: measure.nouns_in(language))


# Drugs by name: each is a kind of "drugs", the measure of the generic word.
NAMED_DRUGS = ("cocaine", "heroin", "cannabis", "methamphetamine", "amphetamine", "ecstasy", "fentanyl", "ketamine")
# How far back, and by what words, "the drugs" / "la droga" looks for the drug it refers to.
_DRUG_LOOKBACK = {"en": (2000, re.compile(r"[^\W\d_]+")), "es": (1500, re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*"))}


def drug_named_before(text: str, pos: int, language: str = "en") -> tuple[str, str] | None:
    """The drug named last before `pos` (the word and its measure), which a generic "the drugs"
    or "la droga" after it refers back to."""
    reach, word = _DRUG_LOOKBACK[language]
    for m in reversed(list(word.finditer(text, max(0, pos - reach), pos))):
        found = noun_measure(m.group(), language)
        if found in NAMED_DRUGS:
            return m.group(), found
    return None


# Devices by kind: each is a kind of "devices".
KINDS_OF_DEVICES = ("phones", "computers", "laptops", "hard_drives")
# A measure that is a kind of another: "11 EU Member States" are 11 countries, a laptop is a
# computer and a device, a lorry a vehicle.
BROADER = {"member_countries": "countries", **{drug: "drugs" for drug in NAMED_DRUGS},
           **{kind: "devices" for kind in KINDS_OF_DEVICES}, "laptops": "computers", "trucks": "vehicles", "vessels": "vehicles",
           "cattle": "livestock", "sheep": "livestock", "goats": "livestock"}


def broader_measures(measures: frozenset[str] | set[str]) -> set[str]:
    """Every measure the given ones are kinds of: laptops are computers, and devices."""
    return {broader for measure in measures for broader in _chain(measure)}


def common_measure(measures: set[str]) -> str | None:
    """The narrowest measure all of `measures` are (kinds of): computers for computers and
    laptops, devices for phones and computers; None when they have none in common."""
    if not measures:
        return None
    chains = [[m, *_chain(m)] for m in sorted(measures)]
    shared = set(chains[0]).intersection(*map(set, chains[1:]))
    return next((m for m in chains[0] if m in shared), None)


def _chain(measure: str) -> list[str]:
    out: list[str] = []
    while (measure := BROADER.get(measure)) is not None and measure not in out:  # type: ignore[assignment]
        out.append(measure)
    return out


def noun_measure(phrase: str, language: str = "en") -> str | None:
    """The measure a head noun counts ("clips" -> "videos", "investigator" -> "officers")."""
    return _noun_index(language).get(normalize(phrase))


@cache
def longest_noun(language: str = "en") -> int:
    """How many words the longest listed noun has."""
    return max((len(n.split()) for n in _noun_index(language)), default=1)


def measure_for_cue(cue: str) -> str | None:
    """The measure a cue word points to ("detained" -> "arrests"), or None."""
    key = normalize(cue)
    match = cue_pattern().fullmatch(key)
    return cue_measure(match) if match else None
