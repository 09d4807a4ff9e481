"""The qualifier vocabulary shared by the claim reader and the source number reader.

A qualifier is the phrase that bends a figure away from exact: "more than 800",
"about 17", "up to 10". Every surface phrase maps to one canonical qualifier, or to
None for phrases that insist on exactness ("a total of 25").
"""

from __future__ import annotations

import re

CANONICAL: tuple[str, ...] = ("about", "almost", "more than", "at least", "at most", "less than")

QUALIFIERS: dict[str, str | None] = {
    "about": "about",
    "approximately": "about",
    "around": "about",
    "some": "about",
    "roughly": "about",
    "an estimated": "about",
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
    "at least": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "not less than": "at least",
    "a minimum of": "at least",
    "up to": "at most",
    "at most": "at most",
    "as many as": "at most",
    "no more than": "at most",
    "not more than": "at most",
    "a maximum of": "at most",
    "fewer than": "less than",
    "less than": "less than",
    "just under": "less than",
    "a total of": None,
    "exactly": None,
}

# Longest first, so that an alternation built from them prefers "just over" to "over".
PHRASES: tuple[str, ...] = tuple(sorted(QUALIFIERS, key=lambda p: (-len(p), p)))

# The phrases as one regex alternation (no group), any run of whitespace between words.
PHRASE_PATTERN: str = "|".join(r"\s+".join(map(re.escape, p.split())) for p in PHRASES)

# "handed over 5 suspects" is a phrasal verb, not "more than 5".
_OVER_VERBS = frozenset(
    "hand hands handed handing turn turns turned turning take takes took taken taking "
    "pass passes passed passing win wins won fight fought".split()
)

# A qualifier longer than this (whitespace included) is not looked for.
_WINDOW = 64

_BEFORE_RE = re.compile(rf"(?<![\w])(?:{PHRASE_PATTERN})\s*\Z", re.IGNORECASE)
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
    return phrase, m.start()


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
