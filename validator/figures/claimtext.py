"""Reading a hand-entered claim ("17 arrests in Spain, 6 in Colombia") into figures.

Grammar, informally::

    claim   := figure (SEP figure)* [":" item ("," item)*]
    figure  := [qualifier] number [postposed qualifier] [measure] ["in" (figure | place)]
             | measure ":" item ("," item)*        (a list without a count)
    SEP     := "," | ";" | ", and" | "and" (when a figure follows)

* A number is digits ("1,186", "20 000", "2,00,000", "1.5 million"), number words
  ("two", "twenty-one", "a dozen") or a vague quantity ("millions", "dozens of"), which
  gives `vague=True` and a conventional lower bound as value.
* A figure that names no measure takes the one before it ("17 arrests in Spain, 6 in
  Colombia"); the first figure must name one.
* "in" followed by a number opens a new figure ("20 arrests in 12 countries"); otherwise
  it introduces a place: a country (any spelling `places` knows), a region, or a city,
  province or state, which stands for itself and belongs to its country.
* "countries: China, India" is a list without a count: its value is the number of items,
  and the quote must name exactly those items.
* An item list after ":" belongs to the last figure and ends the claim.

Every failure is a `ClaimTextError` whose `column` (0-based, code points) points at the
place reading stopped; an unknown measure word is the subclass `UnknownMeasure`.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from decimal import Decimal
from dataclasses import dataclass

from validator.figures import amounts, currencies
from validator.figures.figure import ClaimTextError, Figure, UnknownMeasure
from validator.figures.measures import measure_for_word, nearest_measure, normalize, vocabulary
from validator.figures.places import canonical_country, canonical_place, canonical_region, place_in, read_among
from validator.figures.numbers import VAGUE_UNITS
from validator.figures.qualifiers import QUALIFIERS, phrase_after
from validator.text import shorten

# Surface phrase -> canonical qualifier (None for "exactly", "a total of").
_QUALIFIER_PHRASES: tuple[tuple[str, str | None], ...] = tuple(QUALIFIERS.items())

# A vague figure is at least two of its unit ("dozens" = 24, "tens of thousands" = 20000),
# the same reading as the source number reader's, so that a claim can match its source.
_VAGUE_UNITS = VAGUE_UNITS
_VAGUE_OUTER = ("tens", "dozens", "hundreds", "thousands", "millions")
_VAGUE_INNER = ("dozens", "hundreds", "thousands", "lakhs", "millions", "crores", "billions")
_FEW_SCALES: dict[str, float] = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9}

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"thousand": 1_000, "lakh": 100_000, "million": 1_000_000, "crore": 10_000_000,
           "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
_MULTIPLIERS = {"hundred": 100, "dozen": 12}
_NUMBER_WORDS = set(_UNITS) | set(_SCALES) | set(_MULTIPLIERS)


def _phrase(words: str) -> str:
    return r"\s+".join(re.escape(w) for w in words.split())


# One named group per phrase, so a match tells its phrase whatever its case or spacing.
_QUALIFIER_ORDER = sorted(
    range(len(_QUALIFIER_PHRASES)), key=lambda i: -len(_QUALIFIER_PHRASES[i][0])
)
_QUALIFIER_RE = re.compile(
    "(?:"
    + "|".join(f"(?P<q{i}>{_phrase(_QUALIFIER_PHRASES[i][0])})" for i in _QUALIFIER_ORDER)
    + r")(?=\s)",
    re.IGNORECASE,
)
# "tens of thousands of", "millions of", "several hundred", "a few thousand"
_VAGUE_RE = re.compile(
    rf"(?:(?:(?P<outer>{'|'.join(_VAGUE_OUTER)})\s+of\s+)?(?P<inner>{'|'.join(_VAGUE_INNER)})"
    rf"|(?:several|a\s+few)\s+(?P<few>{'|'.join(_FEW_SCALES)}))"
    r"(?!\w)(?:\s+of(?!\w))?",
    re.IGNORECASE,
)

_GAP = "[ \u00a0\u202f\u2009]"  # a space inside a number: "20 000"
_DIGITS_RE = re.compile(
    r"(?:[0-9]{1,3}(?:,[0-9]{3})+"            # 20,000
    r"|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}"     # 2,00,000
    rf"|[0-9]{{1,3}}(?:{_GAP}[0-9]{{3}})+(?![0-9])"  # 20 000
    r"|[0-9]+)"
    r"(?:\.[0-9]+)?"
)
_BAD_NUMBER_TAIL_RE = re.compile(r"[0-9]|[,.][0-9]|[^\W\d_]")
_SCALE_FACTORS = {**_SCALES, **_MULTIPLIERS}
_SCALE_RE = re.compile(
    r"\s*(?:" + "|".join(f"(?P<{w}>{w})" for w in _SCALE_FACTORS) + r")(?!\w)", re.IGNORECASE
)
_WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019\-_][^\W\d_]+)*")
_NUMBER_WORD_RE = re.compile(r"[^\W\d_]+")
_WS_RE = re.compile(r"\s*")
_GLUED_SCALE_RE = re.compile(r"(bn|mn|m|k|b)(?![^\W\d_])", re.IGNORECASE)
_GLUED_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9}
_POUNDS_OF_RE = re.compile(r"\s+pounds?(?=\s+of\s+(?!(?:money|funds|cash|savings|taxpayers|public)\b))", re.I)
_PERCENT_BEFORE_RANGE = re.compile(r"\s?(?:%|per\s?cent\b|percent\b)(?=\s*(?:-|–|—|\s(?:to|and)\s)\s*\d[\d.,]*\s?(?:%|per\s?cent|percent))",
                                   re.IGNORECASE)
_SCALE_WORD_RE = re.compile(r"(?<![^\W\d_])(" + "|".join([*_SCALES, *_GLUED_SCALES]) + r")(?![^\W\d_])", re.I)


def _shared_scale(first: str, rest: str) -> float | None:
    """The scale word the second end of a range carries and the first lacks: "40 and 60 million"."""
    if _SCALE_WORD_RE.search(first):
        return None
    found = _SCALE_WORD_RE.search(rest)
    if found is None:
        return None
    word = found.group(1).lower()
    return float(_SCALES.get(word) or _GLUED_SCALES[word])


_RANGE_RE = re.compile(r"\s*(?:(-|–|—)|\s(to|and)\s)\s*", re.IGNORECASE)
_PERCENT_RE = re.compile(r"\s?%|\s+(?:per\s?cent|percent)(?!\w)", re.IGNORECASE)
_UNIT_WORD_RE = re.compile(r"\s*((?:metric\s+|nautical\s+)?[^\W\d_]+)(?!\w)")
# A qualifier written right after the number, with no noun between ("20 or more").
_POSTPOSED_RE = re.compile(r"\s*(?:\+|-?plus\b|or\s)", re.IGNORECASE)  # "and over" would start a figure


@dataclass(slots=True)
class _Number:
    value: float
    vague: bool
    end: int


def _ascii_key(matched: str, table: dict[str, float]) -> str:
    """The key of `table` a case-insensitive regex match stands for."""
    key = matched.lower()
    if key in table:
        return key
    return next(k for k in table if re.fullmatch(re.escape(k), matched, re.IGNORECASE))


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.n = len(text)
        # Reading is over from here on: only blanks remain, or one final full stop.
        stripped = text.rstrip()
        if stripped.endswith("."):
            stripped = stripped[:-1].rstrip()
        self.final = len(stripped)

    # -- small helpers -------------------------------------------------------------

    def skip(self, pos: int) -> int:
        space = _WS_RE.match(self.text, pos)
        assert space is not None  # the space may be empty
        return space.end()

    def word_at(self, pos: int) -> re.Match[str] | None:
        return _WORD_RE.match(self.text, pos)

    def keyword_at(self, pos: int, word: str) -> int | None:
        """End of `word` at `pos` when it is a whole word there, else None."""
        if pos > 0 and (self.text[pos - 1].isalnum() or self.text[pos - 1] == "_"):
            return None
        m = self.word_at(pos)
        if m and m.group().lower() == word:
            return m.end()
        return None

    def unexpected(self, pos: int) -> ClaimTextError:
        rest = self.text[pos:].strip()
        return ClaimTextError(f"unexpected '{shorten(rest, 40)}'", pos)

    # -- numbers ---------------------------------------------------------------------

    def number_at(self, pos: int, money: bool = False) -> _Number | None:
        """The number starting at `pos`, or None when none starts there.

        Raises ClaimTextError for a malformed one ("5,6", "12abc").
        """
        text = self.text
        m = _DIGITS_RE.match(text, pos)
        if m:
            raw = m.group()
            glued = _GLUED_SCALE_RE.match(text, m.end()) if money else None
            if glued is not None:  # "$2.5m", "€10M", "EUR 3bn"
                value = _scaled(raw, _GLUED_SCALES[glued.group(1).lower()])
                return self.finite(_Number(value, False, glued.end()), pos)
            tail = _BAD_NUMBER_TAIL_RE.match(text, m.end())
            if tail:
                end = m.end()
                while end < self.n and not text[end].isspace():
                    end += 1
                raise ClaimTextError(f"malformed number '{shorten(text[pos:end], 40)}'", pos)
            value = float(re.sub(r"[^0-9.]", "", raw))
            end = m.end()
            scale = _SCALE_RE.match(text, end)
            if scale and scale.lastgroup:
                value = _scaled(raw, _SCALE_FACTORS[scale.lastgroup])
                end = scale.end()
            return self.finite(_Number(value, False, end), pos)
        m = _VAGUE_RE.match(text, pos)
        if m:
            # Keys by the ASCII spelling: IGNORECASE also matches "ſ" for "s" and the like.
            if m.group("few"):
                value = 2 * _FEW_SCALES[_ascii_key(m.group("few"), _FEW_SCALES)]
            else:
                outer = m.group("outer")
                factor = _VAGUE_UNITS[_ascii_key(outer, _VAGUE_UNITS)] if outer else 1.0
                value = 2 * factor * _VAGUE_UNITS[_ascii_key(m.group("inner"), _VAGUE_UNITS)]
            return _Number(value, True, m.end())
        return self.number_words_at(pos)

    def number_words_at(self, pos: int) -> _Number | None:
        text = self.text
        words: list[tuple[str, int]] = []  # (word, end)
        cursor = pos
        while True:
            m = _NUMBER_WORD_RE.match(text, cursor)
            if not m:
                break
            word = m.group().lower()
            if word == "a" and not words:
                nxt = _NUMBER_WORD_RE.match(text, self.skip(m.end()))
                if not nxt or nxt.group().lower() not in _SCALE_FACTORS:
                    break
            elif word == "and" and words and (words[-1][0] == "hundred" or words[-1][0] in _SCALES):
                # "one hundred and twenty", but "twenty and twelve" is two numbers
                nxt = _NUMBER_WORD_RE.match(text, self.skip(m.end()))
                if not nxt or nxt.group().lower() not in _UNITS:
                    break
            elif word not in _NUMBER_WORDS:
                break
            words.append((word, m.end()))
            after = m.end()
            if after < self.n and text[after] == "-" and _NUMBER_WORD_RE.match(text, after + 1):
                cursor = after + 1
            else:
                cursor = self.skip(after)
        while words and words[-1][0] == "and":
            words.pop()
        if not words:
            return None
        total, current = 0, 0
        for word, _ in words:
            if word in ("a", "and"):
                continue
            if word in _UNITS:
                current += _UNITS[word]
            elif word in _MULTIPLIERS:
                current = max(current, 1) * _MULTIPLIERS[word]
            else:
                total += max(current, 1) * _SCALES[word]
                current = 0
        return _Number(float(total + current), False, words[-1][1])

    def finite(self, number: _Number, pos: int) -> _Number:
        if not math.isfinite(number.value):
            raise ClaimTextError("number too large", pos)
        return number

    def qualifier_at(self, pos: int) -> tuple[str | None, int] | None:
        """The canonical qualifier at `pos` (None for one of exactness, "a total of") and its end."""
        m = _QUALIFIER_RE.match(self.text, pos)
        if not m or m.lastgroup is None:
            return None
        return _QUALIFIER_PHRASES[int(m.lastgroup[1:])][1], m.end()

    def starts_figure(self, pos: int) -> bool:
        """Whether a figure (optional qualifier, then a number) starts at `pos`."""
        try:
            qualifier = self.qualifier_at(pos)
            if qualifier:
                pos = self.skip(qualifier[1])
            between = self.keyword_at(pos, "between")
            if between is not None:
                pos = self.skip(between)
            currency = self.currency_at(pos)
            return self.number_at(currency[1] if currency else pos, money=bool(currency)) is not None
        except ClaimTextError:
            return qualifier is None and bool(_DIGITS_RE.match(self.text, pos))

    # -- terminators -----------------------------------------------------------------

    def at_end(self, pos: int) -> bool:
        """End of text, allowing one final full stop."""
        return pos >= self.final

    def and_figure(self, pos: int) -> int | None:
        """Position of the next figure when "and <figure>" starts at `pos`."""
        end = self.keyword_at(pos, "and")
        if end is None or end == pos:
            return None
        nxt = self.skip(end)
        if nxt > end and self.starts_figure(nxt):
            return nxt
        return None

    def ends_segment(self, pos: int) -> bool:
        return (
            self.at_end(pos)
            or self.text[pos] in ",;:"
            or self.and_figure(pos) is not None
        )

    # -- the grammar -----------------------------------------------------------------

    def claim(self) -> tuple[Figure, ...]:
        if not self.text.strip():
            raise ClaimTextError("empty claim", 0)
        figures: list[Figure] = []
        pos = self.skip(0)
        carry: str | None = None
        while True:
            pos, nested = self.figure(pos, carry, figures)
            carry = figures[-1].measure
            if nested:
                continue  # "20 arrests in 12 countries": the next figure starts at pos
            pos = self.skip(pos)
            if self.at_end(pos):
                return tuple(figures)
            ch = self.text[pos]
            if ch == ":":
                figures[-1] = self.items(pos + 1, figures[-1])
                return tuple(figures)
            if ch in ",;":
                pos = self.skip(pos + 1)
                after_and = self.keyword_at(pos, "and")
                if after_and is not None and self.skip(after_and) > after_and:
                    pos = self.skip(after_and)
                if self.at_end(pos):
                    raise ClaimTextError(f"expected a figure after '{ch}'", pos)
                continue
            nxt = self.and_figure(pos)
            if nxt is not None:
                pos = nxt
                continue
            raise self.unexpected(pos)

    def figure(self, pos: int, carry: str | None, out: list[Figure]) -> tuple[int, bool]:
        """Read one figure at `pos` into `out`. Returns where reading stopped, and whether
        a figure opened by "in" ("20 arrests in 12 countries") starts there."""
        start = pos
        qualifier = None
        found = self.qualifier_at(pos)
        if found:
            qualifier, pos = found[0], self.skip(found[1])
        between = self.keyword_at(pos, "between")
        if between is not None and self.skip(between) > between:
            pos = self.skip(between)  # "between 50 and 60 arrests"
        currency_found = self.currency_at(pos)
        currency = currency_found[0] if currency_found else None
        if currency_found:
            pos = currency_found[1]
        number = self.number_at(pos, money=currency is not None)
        if number is None and qualifier is None and currency is None:
            listed = self.listed(pos)
            if listed is not None:
                out.append(listed)
                return self.final, False
        if number is None:
            what = self.word_at(pos)
            shown = f"'{shorten(what.group(), 40)}'" if what else f"'{shorten(self.text[pos:pos + 1], 40)}'"
            if self.at_end(pos):
                raise ClaimTextError("expected a number", pos)
            raise ClaimTextError(f"expected a number, found {shown}", pos)
        end = number.end
        high, end = self.range_end(end, between is not None, currency is not None)
        low = number.value
        if high is not None and (factor := _shared_scale(self.text[pos:number.end],
                                                         self.text[number.end:end])) and low * factor <= high:
            low *= factor  # "between 40 and 60 million pesos": both ends in millions
        postposed = phrase_after(self.text, end)
        if postposed is not None and qualifier is None and _POSTPOSED_RE.match(self.text, end):
            qualifier, end = postposed  # "20 or more arrests", "20+ arrests"
        kind, unit, end = self.amount(end, currency)
        if self.text[end : end + 1] == "-" and self.word_at(end + 1):
            pos = end + 1  # "25-year jail sentence"
        else:
            pos = self.skip(end)
        if kind in ("quantity", "percent") and (of := self.keyword_at(pos, "of")) is not None:
            pos = self.skip(of)  # "2.5 tonnes of cocaine", "20% of complaints"
        if kind == "money" and (in_cash := self.measure_after_in(pos)) is not None:
            pos = in_cash  # "€500,000 in cash"
        measure, measure_text, pos, end = self.measure(pos, end, carry if kind == "count" else None,
                                                       optional=kind != "count")
        place = place_country = place_text = None
        place_is_region = False
        in_end = self.keyword_at(pos, "in")
        nested = False
        if in_end is not None:
            after = self.skip(in_end)
            if after == in_end and not self.at_end(after):
                raise self.unexpected(pos)
            if not self.at_end(after) and self.starts_figure(after):
                nested = True
            else:
                place, place_is_region, place_country, end = self.place(after, in_end)
                place_text = self.text[after:end].strip()
        out.append(
            Figure(
                value=low,
                measure=measure,
                qualifier=qualifier,
                place=place,
                vague=number.vague,
                start=start,
                end=end,
                measure_text=measure_text,
                place_is_region=place_is_region,
                place_country=place_country,
                place_text=place_text,
                kind=kind if kind != "count" or measure is None else _kind_of(measure),
                unit=unit,
                high=high,
            )
        )
        if nested and in_end is not None:
            return self.skip(in_end), True
        return end, False

    def currency_at(self, pos: int) -> tuple[str, int] | None:
        """A currency written before a number at `pos` ("€", "US$", "EUR "): (code, where the number starts)."""
        return currencies.at(self.text, pos)

    def range_end(self, end: int, between: bool, money: bool) -> tuple[float | None, int]:
        """The upper end of a range after the number ending at `end` ("to 60", "-60", "and 60"
        after "between"): (value, new end), or (None, end)."""
        percent = _PERCENT_BEFORE_RANGE.match(self.text, end)
        if percent is not None:  # "between 30% and 40%", "30%-40%": the sign said twice
            end = percent.end()
        joined = _RANGE_RE.match(self.text, end)
        if joined is None or ((joined.group(2) or "").lower() == "and" and not between):
            return None, end if percent is None else percent.start()
        pos = joined.end()
        currency = self.currency_at(pos)
        if currency is not None:
            pos = currency[1]
        try:
            second = self.number_at(pos, money=money)
        except ClaimTextError:
            return None, end
        if second is None:
            if between:
                raise ClaimTextError("expected the second number of the range", pos)
            return None, end
        return second.value, second.end

    def amount(self, end: int, currency: str | None) -> tuple[str, str | None, int]:
        """What the number ending at `end` is an amount of: (kind, currency or unit, new end)."""
        text = self.text
        if currency is not None:
            return "money", currency, end
        if (percent := _PERCENT_RE.match(text, end)) is not None:
            return "percent", None, percent.end()
        if (weight := _POUNDS_OF_RE.match(text, end)) is not None:
            return "quantity", "pound", weight.end()  # "9 pounds of fentanyl": a weight
        if (after := amounts.currency_after(text, end)) is not None:
            return "money", after[0], after[1]
        if (unit := _UNIT_WORD_RE.match(text, end)) is not None:
            word = unit.group(1)
            named = amounts.unit_named(word)
            if named is not None and measure_for_word(word) is None:
                return "quantity", named, unit.end()
        return "count", None, end

    def measure_after_in(self, pos: int) -> int | None:
        """Where the measure starts in "in cash" after an amount of money, or None."""
        in_end = self.keyword_at(pos, "in")
        if in_end is None:
            return None
        word = self.word_at(self.skip(in_end))
        return self.skip(in_end) if word and measure_for_word(word.group()) is not None else None

    def measure(self, pos: int, end: int, carry: str | None,
                optional: bool = False) -> tuple[str | None, str | None, int, int]:
        """Read the measure words at `pos`. Returns (measure, words as written or None
        when carried over, next position, end of the figure so far). An amount of money,
        a quantity or a percentage may name no measure (`optional`)."""
        words: list[re.Match[str]] = []
        cursor = pos
        while not self.ends_segment(cursor):
            if self.keyword_at(cursor, "in") is not None:
                break
            m = self.word_at(cursor)
            if not m:
                break
            words.append(m)
            cursor = self.skip(m.end())
        if not words:
            if optional:
                return None, None, pos, end
            if carry is None:
                raise ClaimTextError("expected a measure after the number", pos)
            return carry, None, pos, end

        first = words[0].start()
        phrase = self.text[first : words[-1].end()]
        measure = measure_for_word(phrase)
        if measure is not None:
            return measure, phrase, cursor, words[-1].end()

        head = self.head_measure(words)
        if head is not None:  # "tanker trucks", "road-safety crimes": the head noun's measure
            return head, phrase, cursor, words[-1].end()
        suggestion = nearest_measure(phrase)
        for k in range(len(words) - 1, 0, -1):
            prefix = self.text[first : words[k - 1].end()]
            prefix_measure = measure_for_word(prefix)
            if prefix_measure is None:
                continue
            if suggestion is None or suggestion == normalize(prefix):
                raise self.unexpected(words[k].start())
            break
        if suggestion is None:
            suggestion = nearest_measure(words[0].group())
        raise UnknownMeasure(shorten(phrase, 40), suggestion, first)

    def head_measure(self, words: list[re.Match[str]]) -> str | None:
        """The measure of a phrase's last words when the words before them name no measure of
        their own: modifiers of the head, as in the sources ("corporate accounts")."""
        for k in range(1, len(words)):
            tail = self.text[words[k].start(): words[-1].end()]
            measure = measure_for_word(tail)
            if measure is None:
                continue
            modifiers = [w.group() for w in words[:k]]
            if any(measure_for_word(w) is not None or nearest_measure(w) is not None for w in modifiers):
                return None  # "3 arrests suspects": two measures, not a modifier
            return measure
        return None

    def listed(self, pos: int) -> Figure | None:
        """A list without a count at `pos` ("countries: China, India"), or None."""
        colon = self.text.find(":", pos)
        if colon < 0:
            return None
        phrase = self.text[pos:colon].strip()
        measure = measure_for_word(phrase) if phrase and _WORD_RE.fullmatch(phrase.replace(" ", "_")) else None
        if measure is None:
            return None
        figure = self.items(colon + 1, Figure(0.0, measure, start=pos, end=colon, measure_text=phrase))
        return figure._replace(value=float(len(figure.items)), listed=True)

    def place(self, pos: int, in_end: int) -> tuple[str, bool, str | None, int]:
        """Read the place after "in" at `pos`: (canonical name, is a region, its country, end)."""
        if self.at_end(pos) or self.text[pos] in ",;:":
            raise ClaimTextError("expected a place after 'in'", pos if pos > in_end else in_end)
        cursor = pos
        while cursor < self.n:
            if self.text[cursor] in ",;:" or self.and_figure(cursor) is not None:
                break
            cursor += 1
        written = self.text[pos:cursor].rstrip()
        end = pos + len(written)
        resolved = _resolve_place(written)
        if resolved is not None:
            return resolved[0], resolved[1], resolved[2], end
        if written.endswith(".") and (resolved := _resolve_place(written[:-1])) is not None:
            if self.at_end(end - 1):
                return resolved[0], resolved[1], resolved[2], end - 1
        # A known place followed by something else: point at the something else.
        for m in reversed(list(re.finditer(r"\s+", written))):
            head = written[: m.start()]
            if _resolve_place(head) is not None:
                raise self.unexpected(pos + m.end())
        raise ClaimTextError(f"unknown place '{shorten(written, 40)}'", pos)

    def items(self, pos: int, figure: Figure) -> Figure:
        """Read the item list after ":" at `pos`, through the end of the text."""
        text = self.text
        limit = len(text.rstrip())
        if not text[pos:limit].strip():
            raise ClaimTextError("expected items after ':'", self.skip(pos))
        bounds: list[tuple[int, int]] = []
        item_start = pos
        for i in range(pos, limit + 1):
            if i == limit or text[i] in ",;":
                bounds.append((item_start, i))
                item_start = i + 1
        items: list[str] = []
        written: list[str] = []
        last_end = figure.end
        for number, (left, right) in enumerate(bounds):
            left = min(self.skip(left), right)
            raw = text[left:right].rstrip()
            joiner = re.match(r"(?:and|&)\s+", raw, re.IGNORECASE)
            if joiner and number > 0:
                left += joiner.end()
                raw = raw[joiner.end():]
            if not raw:
                raise ClaimTextError("empty item", left)
            if number == len(bounds) - 1 and raw.endswith(".") and _resolve_place(raw) is None:
                raw = raw[:-1].rstrip()  # the claim's final full stop, not part of the item
                if not raw:
                    raise ClaimTextError("empty item", left)
            written.append(raw)
            items.extend(_resolve_items(raw))
            last_end = left + len(raw)
        return figure._replace(items=_in_one_country_list(written, items), end=last_end)


def _resolve_place(written: str) -> tuple[str, bool, str | None] | None:
    """(canonical name, is a region, country) of a place a claim names, or None. A nation
    within a country ("England", "Scotland") is a place of its own, in its country."""
    if len(written) > 1 and written.endswith(".") and written[-2].islower():
        return None  # "in Georgia." ends the claim; "U.S." is a name
    within = canonical_place(written)
    if within is not None and within[0] != within[1] and canonical_country(within[0]) == within[1]:
        return within[0], False, within[1]
    country = canonical_country(written)
    if country is not None:
        return country, False, country
    region = canonical_region(written)
    if region is not None:
        return region, True, None
    if within is not None:
        return within[0], False, within[1]
    return None


def _resolve_one(item: str) -> str:
    resolved = _resolve_place(item)
    return resolved[0] if resolved else item


def _resolve_items(item: str) -> list[str]:
    """One item, or several when it reads "Spain and Italy" (but "Trinidad and Tobago"
    stays one): the split into the fewest places that all resolve, else the item whole."""
    joiners = list(re.finditer(r"\s+(?:and|&)\s+", item, re.IGNORECASE))
    if _resolve_place(item) is not None or not joiners or len(joiners) > 8:
        return [_resolve_one(item)]
    starts = [0] + [j.end() for j in joiners]
    ends = [j.start() for j in joiners] + [len(item)]

    best: dict[int, list[str] | None] = {len(starts): []}
    for i in range(len(starts) - 1, -1, -1):  # best[i]: split of the parts from i on
        options = []
        for k in range(i, len(starts)):
            resolved = _resolve_place(item[starts[i] : ends[k]])
            rest = best.get(k + 1)
            if resolved is not None and rest is not None:
                options.append([resolved[0], *rest])
        best[i] = min(options, key=len) if options else None
    return best[0] if best[0] else [_resolve_one(item)]


def _scaled(digits: str, factor: float) -> float:
    """"4.1" million as exactly 4,100,000: decimal digits times a scale, without float error."""
    return float(Decimal(re.sub(r"[^0-9.]", "", digits)) * Decimal(int(factor)))


def _kind_of(measure: str) -> str:
    spec = vocabulary().get(measure)
    return spec.kind if spec is not None else "count"


def read_claim(text: str) -> tuple[Figure, ...]:
    """The figures a claim text states, in order. Raises ClaimTextError (S004) or its
    subclass UnknownMeasure (S005)."""
    if not isinstance(text, str):
        raise ClaimTextError("claim text must be a string", 0)
    return _read(text)


@lru_cache(maxsize=65536)
def _read(text: str) -> tuple[Figure, ...]:
    # Datasets repeat claim texts ("38 arrests" in many files); figures are immutable.
    return _in_one_country(_Reader(text).claim())


def _in_one_country_list(written: list[str], items: list[str]) -> tuple[str, ...]:
    """Listed places several countries share, read in the country most of the list lies in:
    in "provinces: Madrid, Zamora, León", León is the Spanish one."""
    if len(written) != len(items) or len(items) < 3:
        return tuple(items)
    found = [canonical_place(item) for item in items]
    countries = [f[1] for f in found if f is not None]
    most = max(set(countries), key=countries.count) if countries else None
    if most is None or countries.count(most) * 2 <= len(countries):
        return tuple(items)
    out = []
    for raw, item, place in zip(written, items, found):
        if place is not None and place[1] != most and (again := place_in(raw, most)) is not None:
            item = again[0]
        out.append(item)
    return tuple(out)


def _in_one_country(figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """A place name several countries share, read among the claim's other places: in "14 in
    Madrid, 5 in Valencia", Valencia is the Spanish city, not the larger Venezuelan one."""
    countries = {f.place_country for f in figures if f.place_country and not f.place_is_region}
    if len(countries) < 2:
        return figures
    return tuple(read_among(figure, {c for f in figures if f is not figure and (c := f.place_country)})
                 for figure in figures)
