"""The English number-word grammar: the words numbers are written in, and what a run of them
adds up to ("twelve hundred", "two hundred and two thousand", "3 hundred and 21", "half a
million", "a couple of thousand", "2 lakhs").

`WORD_START_RE` finds where a number in words may begin; `read_tokens` splits the text from
there into the words (and digit groups) such a number may be made of; `parse` reads the
longest number those tokens begin with.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction

from validator.figures.number_context import NEXT_WORD_RE, PREV_WORD_RE
from validator.figures.trie import trie_pattern

# --- vocabulary ------------------------------------------------------------------------

_UNIT_WORDS = "zero one two three four five six seven eight nine".split()
_TEEN_WORDS = (
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
)
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORDINAL_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_ORDINAL_TEENS = (
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
    "nineteenth"
).split()
_ORDINAL_TENS = (
    "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split()
)
SCALES = {"thousand": 1e3, "lakh": 1e5, "million": 1e6, "crore": 1e7, "billion": 1e9}
_SCALE_VALUES = {**{w: int(v) for w, v in SCALES.items()}, "trillion": 10**12}
SMALL = {w: i for i, w in enumerate(_UNIT_WORDS + _TEEN_WORDS[:3])}

# Token kinds of the word-number grammar (see `parse`).
_K_UNIT, _K_TEEN, _K_TENS, _K_HUNDRED, _K_SCALE, _K_SCALES = range(6)  # "scales": plural
_K_O_UNIT, _K_O_TEEN, _K_O_TENS, _K_O_HUNDRED, _K_O_SCALE = range(6, 11)  # ordinals
_K_AND, _K_A, _K_FRACTION, _K_OF, _K_COUPLE, _K_DOZEN = range(11, 17)
K_DIGITS = 17  # digits inside a number in words ("3 hundred and 21")
_SMALL_KINDS = frozenset({_K_UNIT, _K_TEEN})
_SCALE_KINDS = frozenset({_K_SCALE, _K_SCALES, _K_O_SCALE})

# Every word the grammar knows: word -> (kind, value).
_VOCABULARY: dict[str, tuple[int, int]] = {
    **{w: (_K_UNIT, i) for i, w in enumerate(_UNIT_WORDS)},
    **{w: (_K_TEEN, 10 + i) for i, w in enumerate(_TEEN_WORDS)},
    **{w: (_K_TENS, 20 + 10 * i) for i, w in enumerate(_TENS_WORDS)},
    **{w: (_K_O_UNIT, 1 + i) for i, w in enumerate(_ORDINAL_UNITS)},
    **{w: (_K_O_TEEN, 10 + i) for i, w in enumerate(_ORDINAL_TEENS)},
    **{w: (_K_O_TENS, 20 + 10 * i) for i, w in enumerate(_ORDINAL_TENS)},
    "hundred": (_K_HUNDRED, 100), "hundredth": (_K_O_HUNDRED, 100),
    **{w: (_K_SCALE, v) for w, v in _SCALE_VALUES.items()},
    "lakhs": (_K_SCALES, 10**5), "crores": (_K_SCALES, 10**7),  # "2 lakhs"; "2 millions" is no English
    **{w + "th": (_K_O_SCALE, v) for w, v in _SCALE_VALUES.items()},
    "and": (_K_AND, 0), "a": (_K_A, 1), "an": (_K_A, 1), "of": (_K_OF, 0),
    "couple": (_K_COUPLE, 2), "dozen": (_K_DOZEN, 12),
    "half": (_K_FRACTION, 2), "halves": (_K_FRACTION, 2), "quarter": (_K_FRACTION, 4),
    "quarters": (_K_FRACTION, 4),
    **{w + "s": (_K_FRACTION, 3 + i) for i, w in enumerate(_ORDINAL_UNITS[2:] + ["tenth"])},
}
# Denominators of "a third of a million", "three quarters of a million" ("fourth" is both).
_DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "quarter": 4, "quarters": 4,
    **{w: 3 + i for i, w in enumerate(_ORDINAL_UNITS[2:] + ["tenth"])},
    **{w + "s": 3 + i for i, w in enumerate(_ORDINAL_UNITS[2:] + ["tenth"])},
}
NUMBER_WORDS = _UNIT_WORDS + _TEEN_WORDS + _TENS_WORDS
_ORDINAL_WORDS = _ORDINAL_UNITS + _ORDINAL_TEENS + _ORDINAL_TENS

_START_WORDS = NUMBER_WORDS + _ORDINAL_WORDS + ["half", "quarter", "hundredth"] + [
    w + "th" for w in _SCALE_VALUES
]
_WORD_INITIALS = "".join(sorted({w[0] for w in _START_WORDS} | {"a"}))
_WORD_ALT = trie_pattern(_START_WORDS)
SCALE_ALT = "|".join(sorted(_SCALE_VALUES, key=len, reverse=True))
# What a number written "a ..." can be: "a hundred", "a quarter of a million", "a couple of".
_AFTER_A = (
    rf"hundred|{SCALE_ALT}|half|quarter|couple|thirds?|fourths?|fifths?|sixths?|sevenths?"
    r"|eighths?|ninths?|tenths?"
)

# --- regexes ---------------------------------------------------------------------------

_IA = re.IGNORECASE | re.ASCII

# Where a number in words can begin; `parse` decides whether one does.
WORD_START_RE = re.compile(
    rf"(?=[{_WORD_INITIALS}{_WORD_INITIALS.upper()}])\b"
    rf"(?:an?(?=[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?-?[ \t\u00a0]*(?:{_AFTER_A})\b)"
    rf"|(?:{_WORD_ALT})\b)",
    _IA,
)
# Between two words of a number: spaces with at most one line break, or one hyphen.
_SEPARATOR_RE = re.compile(r"[ \t\u00a0]*(?:-[ \t\u00a0]*|(?:\r?\n[ \t\u00a0]*)?)")
# A quick look for what may carry digits on in words ("3 hundred", "2.5 million", "2 and a half").
WORDS_AFTER_DIGITS_RE = re.compile(
    rf"[ \t\u00a0]*(?:-[ \t\u00a0]*|\r?\n[ \t\u00a0]*)?(?:hundred|{SCALE_ALT}"
    r"|and[ \t\u00a0]+an?[ \t\u00a0-]+(?:half|quarter))",
    _IA,
)
_WORD_AT_RE = re.compile(r"[A-Za-z]+(?!\w)")


# --- tokens ----------------------------------------------------------------------------

_MAX_TOKENS = 40


class Tok:
    """One word (or digit group) of a number written in words, and where it sits."""

    __slots__ = ("kind", "value", "word", "start", "end", "whole")

    def __init__(self, kind: int, value: Fraction | int, word: str, start: int, end: int,
                 whole: bool = True) -> None:
        self.kind = kind
        self.value = value
        self.word = word  # lower case; "" for digits
        self.start = start
        self.end = end
        self.whole = whole  # digits: an integer written without a decimal point


def read_tokens(text: str, pos: int, free: Callable[[int, int], bool],
                digit_token: Callable[[int], Tok | None], first: Tok | None = None) -> list[Tok]:
    """The words (and digit groups) from `pos` on that a number in words may be made of.

    `free` says whether a span is not yet taken by another number; `digit_token` reads the
    digits at a position, or gives None where they cannot be part of a number in words."""
    t = text
    tokens = [first] if first is not None else []
    while len(tokens) < _MAX_TOKENS:
        separator = _SEPARATOR_RE.match(t, pos)
        assert separator is not None  # the separator may be empty
        at = separator.end() if tokens else pos
        if tokens and at == pos:
            break  # "twenty5": no separator
        char = t[at:at + 1]
        if "a" <= char.lower() <= "z":
            m = _WORD_AT_RE.match(t, at)
            word = m.group().lower() if m else ""
            entry = _VOCABULARY.get(word)
            if m is None or entry is None or not free(at, m.end()):
                break
            tokens.append(Tok(entry[0], entry[1], word, at, m.end()))
        elif char.isdigit() and tokens and "-" not in t[pos:at]:
            token = digit_token(at)
            if token is None:
                break
            tokens.append(token)
        else:
            break
        pos = tokens[-1].end
    return tokens


def pronoun_one(text: str, token: Tok) -> bool:
    """'no one', 'one another': 'one' that is no number at all."""
    if token.word != "one":
        return False
    prev = PREV_WORD_RE.search(text, max(0, token.start - 12), token.start)
    nxt = NEXT_WORD_RE.match(text, token.end)
    return bool(prev and prev.group(1).lower() == "no") or bool(
        nxt and nxt.group(1).lower() == "another"
    )


# --- the grammar -----------------------------------------------------------------------
#
# A number in words is read from a list of tokens (words, and digit groups for "3 hundred
# and 21"), as the longest prefix the grammar allows; the value is exact (int or Fraction):
#
#   number   := special | cardinal [fraction]
#   special  := ["a"] "half" ["a"] SCALE                  half a million, a half-million
#             | ("a" | UNIT) DENOMINATOR ["of" "a"] SCALE  a quarter of a million
#             | "quarter" ["of" "a"] SCALE                 quarter of a million
#             | "a" "couple" "of" [cardinal | "dozen"]     a couple of (thousand): 2 x ...
#   cardinal := ["a"] group (SCALE ["and"] group)* [SCALE]   scales strictly decreasing
#   group    := sub ["hundred" [["and"] sub]] | DIGITS ["hundred" ["and" (sub | DIGITS)]]
#   sub      := UNIT | TEEN | TENS [UNIT]     an ordinal word may end any of them
#   fraction := "and" "a" ("half" | "quarter") [SCALE]        one and a half million
#
# SCALE is thousand, lakh, million, crore, billion, trillion. A digit group after a scale
# word joins only after "and" or before another scale word, so that "six million 2017
# visitors" is two numbers; a decimal ("2.5 million") takes one scale word and ends there.

_HALF, _QUARTER = Fraction(1, 2), Fraction(1, 4)

_Exact = Fraction | int
# (value, tokens used, ordinal, the scale it ended on or None, a single plain group)
_Card = tuple[_Exact, int, bool, _Exact | None, bool]


def parse(tokens: list[Tok]) -> tuple[_Exact, int, bool] | None:
    """The number the tokens begin with: (value, how many tokens, ordinal), or None."""
    if not tokens:
        return None
    return _special(tokens) or cardinal_and_fraction(tokens)


def _kind_at(tokens: list[Tok], i: int) -> int:
    return tokens[i].kind if i < len(tokens) else -1


def _special(tokens: list[Tok]) -> tuple[_Exact, int, bool] | None:
    first = tokens[0]
    i = 1 if first.kind == _K_A else 0
    # half a million, a half-million, half million
    if _kind_at(tokens, i) == _K_FRACTION and tokens[i].word == "half":
        j = i + 1 + (_kind_at(tokens, i + 1) == _K_A)
        if _kind_at(tokens, j) == _K_SCALE:
            return _HALF * tokens[j].value, j + 1, False
        return None
    # a quarter of a million, three quarters of a million, two-thirds of a billion
    if first.kind == _K_A or (first.kind == _K_UNIT and first.value > 0):
        numerator, i = 1 if first.kind == _K_A else first.value, 1
    elif first.word in ("quarter", "quarters"):
        numerator, i = 1, 0
    else:
        numerator = None
    if numerator is not None and i < len(tokens) and tokens[i].word in _DENOMINATORS:
        j = i + 1
        if _kind_at(tokens, j) == _K_OF and _kind_at(tokens, j + 1) == _K_A:
            j += 2
        if _kind_at(tokens, j) == _K_SCALE:
            share = Fraction(numerator, _DENOMINATORS[tokens[i].word])
            return share * tokens[j].value, j + 1, False
        return None
    # a couple of, a couple of thousand, a couple of dozen
    if first.kind == _K_A and _kind_at(tokens, 1) == _K_COUPLE and _kind_at(tokens, 2) == _K_OF:
        if _kind_at(tokens, 3) == _K_DOZEN:
            return 24, 4, False
        card = _groups(tokens, 3, 2)
        if card is not None:
            return card[0], card[1], card[2]
        return 2, 2, False
    return None


def cardinal_and_fraction(tokens: list[Tok]) -> tuple[_Exact, int, bool] | None:
    """A cardinal and the fraction that may follow it: (value, how many tokens, ordinal)."""
    card = _cardinal(tokens)
    if card is None:
        return None
    value, n, ordinal, scale, single = card
    if ordinal or not (scale is not None or single):
        return value, n, ordinal
    if (_kind_at(tokens, n) == _K_AND and _kind_at(tokens, n + 1) == _K_A
            and n + 2 < len(tokens) and tokens[n + 2].word in ("half", "quarter")):
        share = _HALF if tokens[n + 2].word == "half" else _QUARTER
        if scale is not None:  # 3 million and a half
            return value + share * scale, n + 3, False
        if _kind_at(tokens, n + 3) == _K_SCALE:  # one and a half million
            return (value + share) * tokens[n + 3].value, n + 4, False
        return value + share, n + 3, False  # two and a half
    return value, n, ordinal


def _cardinal(tokens: list[Tok]) -> _Card | None:
    if tokens[0].kind == _K_A:
        return _groups(tokens, 1, 1)  # a hundred, a thousand and one
    return _groups(tokens, 0, None)


def _groups(tokens: list[Tok], i: int, lead: _Exact | None) -> _Card | None:
    """Groups, each but the last times a scale word smaller than the one before."""
    total: _Exact = 0
    limit = None
    best: _Card | None = None
    after_and = False
    while True:
        group = _group(tokens, i, lead if limit is None else None)
        if group is None:
            break
        value, j, ordinal, shape = group
        if ordinal:
            if limit is None or value < limit:
                best = (total + value, j, True, None, False)
            break
        scale = tokens[j] if j < len(tokens) and tokens[j].kind in _SCALE_KINDS else None
        if scale is not None and value > 0 and (
            limit is None or (scale.value < limit and value * scale.value < limit)
        ):
            total += value * scale.value
            limit = scale.value
            if scale.kind == _K_O_SCALE:
                best = (total, j + 1, True, None, False)
                break
            best = (total, j + 1, False, scale.value if value.denominator == 1 else None, False)
            if scale.kind == _K_SCALES or value.denominator != 1:
                break  # "2 lakhs", "2.5 million": nothing follows
            i, after_and = j + 1, False
            if _kind_at(tokens, i) == _K_AND:
                i, after_and = i + 1, True
            continue
        whole = value.denominator == 1 and shape != "part"
        if limit is not None and (value >= limit or (shape == "digits" and not after_and)):
            whole = False  # "six million 2017 visitors"
        if whole:
            best = (total + value, j, False, None, limit is None and shape in ("sub", "digits"))
        break
    return best


def _group(tokens: list[Tok], i: int,
           lead: _Exact | None) -> tuple[_Exact, int, bool, str] | None:
    """One group below a thousand: (value, end, ordinal, shape), shape sub|digits|hundred|part."""
    if i >= len(tokens):
        return None
    token = tokens[i]
    if lead is not None:  # "a" or "a couple of" stands for the multiplier
        if token.kind == _K_HUNDRED:
            return _after_hundred(tokens, i + 1, lead * 100)
        if token.kind == _K_O_HUNDRED:
            return lead * 100, i + 1, True, "hundred"
        if token.kind in _SCALE_KINDS:
            return lead, i, False, "hundred"
        return None
    if token.kind == K_DIGITS:
        value = token.value
        if _kind_at(tokens, i + 1) in (_K_HUNDRED, _K_O_HUNDRED) and token.whole and 0 < value < 100:
            if tokens[i + 1].kind == _K_O_HUNDRED:
                return value * 100, i + 2, True, "hundred"
            return _after_hundred(tokens, i + 2, value * 100)
        return value, i + 1, False, "digits" if token.whole else "part"
    sub = _sub(tokens, i)
    if sub is None:
        return None
    value, j, ordinal = sub
    if ordinal or value == 0:
        return value, j, ordinal, "sub"
    if _kind_at(tokens, j) == _K_HUNDRED:
        return _after_hundred(tokens, j + 1, value * 100)
    if _kind_at(tokens, j) == _K_O_HUNDRED:
        return value * 100, j + 1, True, "hundred"
    return value, j, False, "sub"


def _after_hundred(tokens: list[Tok], i: int,
                   base: _Exact) -> tuple[_Exact, int, bool, str]:
    """What may follow "N hundred": "and five", "twenty-one", "and 21"."""
    j = i + (_kind_at(tokens, i) == _K_AND)
    if j < len(tokens):
        token = tokens[j]
        if token.kind == K_DIGITS:
            if j > i and token.whole and 0 < token.value < 100:
                return base + token.value, j + 1, False, "hundred"
        elif (sub := _sub(tokens, j)) is not None and sub[0] > 0:
            return base + sub[0], sub[1], sub[2], "hundred"
    return base, i, False, "hundred"


def _sub(tokens: list[Tok], i: int) -> tuple[_Exact, int, bool] | None:
    """A number below a hundred in words: (value, end, ordinal)."""
    if i >= len(tokens):
        return None
    token = tokens[i]
    kind = token.kind
    if kind in _SMALL_KINDS:
        return token.value, i + 1, False
    if kind in (_K_O_UNIT, _K_O_TEEN, _K_O_TENS):
        return token.value, i + 1, True
    if kind == _K_TENS:
        nxt = _kind_at(tokens, i + 1)
        if nxt == _K_UNIT and tokens[i + 1].value > 0:
            return token.value + tokens[i + 1].value, i + 2, False
        if nxt == _K_O_UNIT:
            return token.value + tokens[i + 1].value, i + 2, True
        return token.value, i + 1, False
    return None


def as_float(value: Fraction | int) -> float:
    return float(value)
