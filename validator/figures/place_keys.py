"""The keys place names are compared by, so that case, accents, dashes and curly
apostrophes do not matter.

`_key` is for country and region names (accents kept: both forms are indexed);
`_gkey` is for cities and subdivisions (accents and full stops dropped); `_word_key` is
a spelling as written, for the hand-kept word lists of `place_aliases`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015"
_SEPARATOR = re.compile(rf"[\s\-{_DASHES}]+")
_DASH = re.compile(rf"[\-{_DASHES}]")
_BLANKS = re.compile(r"[^\S\n]+")
_LINE_SPACE = re.compile(r" ?\n ?")


@cache
def _combining() -> re.Pattern[str]:
    """Every combining mark of the Basic Multilingual Plane, so that folding is one
    substitution."""
    marks = "".join(chr(c) for c in range(0x300, 0x10000) if unicodedata.combining(chr(c)))
    return re.compile(f"[{marks}]")


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


def _strip_the(key: str) -> str:
    return key[4:] if key.startswith("the ") else key


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
