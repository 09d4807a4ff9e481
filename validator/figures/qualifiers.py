"""The qualifier vocabulary shared by the claim reader and the source number reader.

A qualifier is the phrase that bends a figure away from exact: "more than 800",
"about 17", "up to 10". Every surface phrase maps to one canonical qualifier, or to
None for phrases that insist on exactness ("a total of 25"). A few phrases follow the
number instead ("20 or more people", "20 people or more", "20-plus"): `POSTPOSED`.
`QUALIFIER_TABLE` lists them all with the interval each allows, for the README.
"""

from __future__ import annotations

import re
from typing import NamedTuple

CANONICAL: tuple[str, ...] = ("about", "almost", "more than", "at least", "at most", "less than")
# The canonical qualifiers that bound a figure on one side, and whether the bound is an upper one.
BOUNDS: dict[str, bool] = {"at least": False, "more than": False, "at most": True, "less than": True}

QUALIFIERS: dict[str, str | None] = {
    "about": "about",
    "approximately": "about",
    "around": "about",
    "some": "about",
    "roughly": "about",
    "an estimated": "about",
    "an estimated value of": "about",
    "an estimated street value of": "about",
    "circa": "about",
    "nearly": "almost",
    "almost": "almost",
    "close to": "almost",
    "more than": "more than",
    "over": "more than",
    "just over": "more than",
    "well over": "more than",
    "in excess of": "more than",
    "upwards of": "more than",
    "exceeding": "more than",
    "within": "at most",
    "at least": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "not less than": "at least",
    "a minimum of": "at least",
    "a mandatory minimum of": "at least",
    "up to": "at most",
    "at most": "at most",
    "as many as": "at most",
    "as much as": "at most",
    "no more than": "at most",
    "not more than": "at most",
    "a maximum of": "at most",
    "fewer than": "less than",
    "less than": "less than",
    "just under": "less than",
    "below": "less than",
    "just below": "less than",
    "a total of": None,
    "exactly": None,
}

# Phrases written after the number, with at most two words between ("20 people or more").
POSTPOSED: dict[str, str] = {
    "or more": "at least",
    "or over": "at least",
    "or above": "at least",
    "and over": "at least",
    "and above": "at least",
    "plus": "at least",
    "+": "at least",
    "or so": "about",
    "or fewer": "at most",
    "or less": "at most",
    "or under": "at most",
    "and under": "at most",
}

# The values a figure n with each canonical qualifier allows (see validator.intervals).
INTERVALS: dict[str | None, str] = {
    None: "exactly n",
    "about": "[n \u2212 t\u00b7n, n + t\u00b7n]",
    "almost": "[n \u2212 t\u00b7n, n)",
    "more than": "(n, \u221e)",
    "at least": "[n, \u221e)",
    "at most": "[0, n]",
    "less than": "[0, n)",
}


class QualifierRow(NamedTuple):
    phrase: str  # as written, lower case; "n" marks where the number goes
    canonical: str | None
    interval: str


def _rows() -> tuple[QualifierRow, ...]:
    order = {c: i for i, c in enumerate((*CANONICAL, None))}
    before: list[tuple[str | None, str]] = [(QUALIFIERS[p], f"{p} n") for p in QUALIFIERS]
    after: list[tuple[str | None, str]] = [(c, f"n{'' if p in ('+', 'plus') else ' '}{'-plus' if p == 'plus' else p}")
             for p, c in POSTPOSED.items()]
    rows = sorted(before + after, key=lambda r: (order[r[0]], r[1]))
    return tuple(QualifierRow(phrase, canonical, INTERVALS[canonical]) for canonical, phrase in rows)


# Every qualifier phrase the readers know, grouped by meaning.
QUALIFIER_TABLE: tuple[QualifierRow, ...] = _rows()


def qualifiers_markdown() -> str:
    """QUALIFIER_TABLE as a Markdown table: one row per meaning, its phrases together."""
    lines = ["| phrases | meaning | allows |", "| --- | --- | --- |"]
    for canonical in (*CANONICAL, None):
        phrases = [r.phrase for r in QUALIFIER_TABLE if r.canonical == canonical]
        lines.append(f"| {', '.join(phrases)} | {canonical or 'exact'} | {INTERVALS[canonical]} |")
    return "\n".join(lines)


# Longest first, so that an alternation built from them prefers "just over" to "over".
PHRASES: tuple[str, ...] = tuple(sorted(QUALIFIERS, key=lambda p: (-len(p), p)))

# The phrases as one regex alternation (no group), any run of whitespace between words.
PHRASE_PATTERN: str = "|".join(r"\s+".join(map(re.escape, p.split())) for p in PHRASES)

# "handed over 5 suspects" is a phrasal verb, not "more than 5"; "spread over 3 countries"
# is "across 3".
_OVER_VERBS = frozenset(
    "hand hands handed handing turn turns turned turning take takes took taken taking "
    "pass passes passed passing win wins won fight fought spread spreads spreading scattered "
    "split divided stretched stretching".split()
)

# A qualifier longer than this (whitespace included) is not looked for.
_WINDOW = 64

_BEFORE_RE = re.compile(rf"(?<![\w])(?:{PHRASE_PATTERN})\s*\Z", re.IGNORECASE)
_WORD = r"(?!(?:or|and|than|to)\b)[A-Za-z]+"
_AFTER_RE = re.compile(
    r"(?:-[ \t]*(?P<plus>plus)\b|(?P<sign>\+)(?![\w+])"
    rf"|(?:[ \t]+(?P<noun>{_WORD}(?:[ \t]+{_WORD})?))?[ \t]+"
    r"(?P<phrase>or[ \t]+(?:more|over|above|so|fewer|less|under)|and[ \t]+(?:over|above|under))\b"
    r"(?![ \t]+(?:than|a|an|the)\b|-)(?:[ \t]+(?P<next>[A-Za-z]+))?)",
    re.IGNORECASE,
)
_ADDING = re.compile(r"\badd(?:s|ed|ing)?\s+\Z", re.I)
_AT_RE = re.compile(rf"(?:{PHRASE_PATTERN})(?![\w])", re.IGNORECASE)
_LAST_WORD_RE = re.compile(r"(\w+)\s+\Z")


def normalise(phrase: str) -> str:
    """Lower-case a surface phrase and collapse its whitespace: the key into QUALIFIERS."""
    return " ".join(phrase.lower().split())


def phrase_before(text: str, pos: int) -> tuple[str, int] | None:
    """The longest qualifier phrase ending right before `pos` (whitespace between ignored).

    Returns the normalised surface phrase and where it starts, or None.
    """
    m = _BEFORE_RE.search(text, max(0, pos - _WINDOW), pos)
    if m is None:
        return None
    phrase = normalise(m.group())
    if phrase == "over" and _is_phrasal_over(text, m.start()):
        return None
    if phrase == "up to" and _ADDING.search(text, max(0, m.start() - 12), m.start()):
        return None  # "prison terms adding up to 436 years": a total, not a bound
    return phrase, m.start()


def phrase_after(text: str, pos: int) -> tuple[str, int] | None:
    """The canonical qualifier written right after a number ending at `pos`, and its end.

    "20 or more people", "20 people or more", "20-plus", "20+", "some 20 or so". A noun
    between the number and "or more" must not be followed by another plural noun
    ("20 suspects or more victims" compares two counts).
    """
    m = _AFTER_RE.match(text, pos)
    if m is None:
        return None
    if m.group("noun") and m.group("next") and _looks_plural(m.group("next")):
        return None
    phrase = "plus" if m.group("plus") else "+" if m.group("sign") else normalise(m.group("phrase"))
    end = m.end("phrase") if m.group("phrase") else m.end()
    return POSTPOSED[phrase], end


def _looks_plural(word: str) -> bool:
    return (word.islower() and len(word) >= 4 and word.endswith("s")
            and not word.endswith(("ss", "us", "is")) and word not in ("does", "was", "has"))


def match_qualifier_before(text: str, pos: int) -> tuple[str | None, int | None]:
    """The canonical qualifier ending right before `pos`, and where its words begin.

    (None, None) when there is none; (None, start) for an exact phrase such as "a total of".
    """
    found = phrase_before(text, pos)
    if found is None:
        return None, None
    return QUALIFIERS[found[0]], found[1]


def match_qualifier_at(text: str, pos: int) -> tuple[str | None, int] | None:
    """The longest qualifier phrase starting exactly at `pos`: (canonical, end) or None."""
    m = _AT_RE.match(text, pos)
    if m is None:
        return None
    return QUALIFIERS[normalise(m.group())], m.end()


def _is_phrasal_over(text: str, start: int) -> bool:
    m = _LAST_WORD_RE.search(text, max(0, start - 20), start)
    return m is not None and m.group(1).lower() in _OVER_VERBS
