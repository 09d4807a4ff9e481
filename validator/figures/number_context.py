"""The words right around a number: the word before it, the word after it, and whether the
word after it is a plural noun, so that the number counts things ("27 people")."""

from __future__ import annotations

import re

PREV_WORD_RE = re.compile(r"([A-Za-z]+)[\s-]*\Z")
NEXT_WORD_RE = re.compile(r"\s+([A-Za-z]+)")

_COUNT_NOUNS = frozenset("people children men women police staff personnel folk".split())
# Plural-looking words that are not plural nouns.
_NOT_PLURAL = frozenset(
    "was has does this thus always perhaps whereas besides across towards afterwards plus "
    "unless its his hers ours yours theirs news series species means whereabouts".split()
)


def is_plural_noun(word: str) -> bool:
    lower = word.lower()
    if lower in _COUNT_NOUNS:
        return True
    return (
        word.islower()
        and len(word) >= 4
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word not in _NOT_PLURAL
    )


def counts_follow(text: str, end: int) -> bool:
    """Whether the next word is a plural noun, so the number before it counts things."""
    m = NEXT_WORD_RE.match(text, end)
    return m is not None and is_plural_noun(m.group(1))
