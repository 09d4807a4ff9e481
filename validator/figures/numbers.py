"""Read every number in a text: where it is, what it is worth, and what kind of number it is.

`read_numbers(text)` is pure and never raises. Spans are code-point offsets into `text`.
Only counts (and durations, for duration measures) can ever support a claim; everything
else - years, dates, times, ordinals, ages, percentages, money, list markers - is read so
that it is *not* mistaken for a count.

The reader here runs its passes most specific first, each claiming its spans so that no
later pass reads them again: URLs, list markers, dates, telephone numbers and times
(`number_formats`), vague amounts and dozens (`number_vague`), then digits (`number_digits`)
and words (`number_words`) left to right. `number_kinds` decides each number's kind.

Rules for the ambiguous cases:

* Grouping. "1,186" and "20 000" (space, no-break or thin space) group thousands; groups
  after the first must have exactly three digits, so "1, 2, 3" and "1,2,3" are lists.
  Indian grouping "2,00,000" (two-digit groups ending in a three-digit group) is 200000.
* "20.000". Several dot groups ("1.234.567") always group thousands. A single dot
  followed by exactly three digits groups thousands too, unless it reads as a decimal:
  the integer part is 0, a scale word or a percent sign follows ("2.500 million"), or the
  same text writes thousands with commas ("1,186"), so that its dot is a decimal point.
* Vague words are lower bounds of at least two of their unit, with vague=True:
  dozens = 24, hundreds = 200, thousands = 2000, millions = 2e6, billions = 2e9,
  "tens of thousands" = 20000, "hundreds of thousands" = 200000, "several hundred" /
  "a few thousand" = 200 / 2000. "a dozen" is exactly 12, "two dozen" 24, "half a dozen" 6.
* Years. A plain four-digit 1900-2099 is a year unless a qualifier outside the "about"
  family precedes it ("more than 2000") or a plural noun follows it ("2014 people") without a
  year word ("in", "since", "the", ...) before it. 1000-1899 is a year only after such a
  word and with no plural noun after it. Grouped numbers ("1,200") are never years.
* Dates are one Number covering day, month and year ("April 18, 2017"); their value is
  the year when there is one, else the day. "mid-2016" is a year.
* Times: value is hours + minutes / 60, on a 24-hour clock.
* Durations and ages carry a unit: days, weeks, months, years, hours, minutes, decades.
* Labels are ordinals: "Article 5", "No. 10", "#1", "flight 370", "level 3", both of
  "sections 419 and 420", "incident 482", and numbers to ring ("call 110 if in doubt",
  "the helpline, 1930"). Telephone numbers ("+31 70 555 0142", "1-888-555-0134",
  "0800 496 0231") are not read at all.
* Ages also: "aged between 16 and 43" (both), "were under 21.", "the youngest arrested is
  19", "Darren Holt, 52, rented" (between commas after a full name).
* Indian scales: "2 lakh" = 200000, "1.5 crore" = 15000000; "lakhs" alone is vague (200000).
* Words: "Forty-six", "a hundred", "twelve hundred" (1200), "two hundred and two thousand"
  (202000), "three thousand four hundred and five", "one million five". Digits mix with
  scale words ("2.3 million", "3 hundred and 21"); after a scale word a bare digit group
  joins only after "and", so "six million 2017 visitors" stays two numbers.
* Fractions of a scale word: "half a million" 500000, "a quarter of a million" 250000,
  "three quarters of a million", "one and a half million", "3 million and a half",
  "a million and a half"; "two and a half" alone is 2.5.
* "a couple of" is exactly 2 ("a couple of thousand" 2000). A bare "a"/"an" is no number.
* A qualifier may follow the number: "20 or more people", "20 people or more", "20-plus"
  (at least), "20 or so" (about), "20 or fewer" (at most); see `qualifiers.POSTPOSED`.
  "over" before a duration means "more than" only after "for", "of", "after", "served"...
  ("jailed for over three years"); "raids over three days" has no qualifier.
* Glued scale letters ("1.5m", "2bn", "3k") are read for money, and for counts only when a
  plural noun follows ("1.5m images"); "a 1.5m fence" is not read; "340kg", "10km" are quantities.
* Not read at all: fractions in words ("two-thirds"), ratios ("24/7", "9/11"; but
  "2014/15" is a year range), numbers glued to letters ("COVID-19", "3D",
  "H1N1") and anything inside a URL.
* Money ("$5 million", "40 euros", "£2.5m") has a kind of its own, so it is never a count.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal

from validator.figures.number_context import counts_follow
from validator.figures import currencies
from validator.figures.number_digits import (
    GLUED_UNIT_RE,
    COMMA_GROUPED_RE, DECADE_RE, DIGITS_RE, GLUED_SCALE_RE, GLUED_SCALES, NON_DIGIT_RE,
    ORDINAL_SUFFIX_RE, RANGE_DASHES, SCALE_AFTER_RE, as_exact, glued_before, glued_count,
    is_decade, range_high, scaled, to_decimal, whole,
)
from validator.figures.number_formats import (
    DATE_RES, PHONE_RE, TIME_RES, clock_value, date_value, no_year,
)
from validator.figures.number_kinds import PERCENT_AFTER_RE, kind_of, money_before, over_means_more
from validator.figures.number_vague import (
    DOZEN_RE, FEW_RE, FRACTION_RE, FRACTION_WORDS, SCALES_ALL, VAGUE_RE, VAGUE_STEMS, dozens,
    multiplied,
)
from validator.figures.number_words import (
    K_DIGITS, SCALES, WORD_START_RE, WORDS_AFTER_DIGITS_RE, Tok, as_float, cardinal_and_fraction,
    parse, pronoun_one, read_tokens,
)
from validator.figures.qualifiers import QUALIFIERS, phrase_after, phrase_before

KINDS: tuple[str, ...] = (
    "count", "year", "date", "time", "ordinal", "duration", "age", "percent", "list_marker",
    "money", "quantity",
)

# The only kinds that can support a claim.
CLAIM_KINDS: frozenset[str] = frozenset({"count", "duration"})

# What one of each vague plural stands for; a vague figure is at least two of them.
VAGUE_UNITS: dict[str, float] = {
    "tens": 10.0, "dozens": 12.0, "hundreds": 100.0, "thousands": 1e3, "lakhs": 1e5,
    "millions": 1e6, "crores": 1e7, "billions": 1e9,
}


@dataclass(frozen=True, slots=True)
class Number:
    start: int  # span of the number itself (digits or number words)
    end: int
    value: float  # the lower bound for vague words; the first end of a range
    kind: str  # one of KINDS
    qualifier: str | None = None  # canonical qualifier right before the number
    qualifier_start: int | None = None  # where the qualifier's words begin
    high: float | None = None  # upper end of a range ("11-12")
    vague: bool = False  # dozens/hundreds/...: a lower bound, never equal to an exact claim
    unit: str | None = None  # durations and ages
    text: str = ""  # the source text of the span
    qualifier_end: int | None = None  # end of a qualifier written after it ("20 people or more")


def read_numbers(text: str) -> list[Number]:
    """Every number in `text`, sorted by start."""
    reader = _Reader(text)
    reader.read()
    return sorted(reader.found, key=lambda n: (n.start, n.end))


_ANY_DIGIT_RE = re.compile(r"\d", re.A)
_URL_RE = re.compile(r"(?=[hHwW])\b(?:https?://|www\.)\S+", re.IGNORECASE)
_LIST_MARKER_RE = re.compile(r"^[ \t]*(?P<n>\d{1,3})[.)](?=[ \t]+\S)", re.MULTILINE | re.ASCII)
# A cheap look for a qualifier after the number ("or more", "-plus", "+").
_MAY_FOLLOW_RE = re.compile(r"[-+]|[^.,;:!?\n]{0,40}?\b(?:or|and)[ \t]", re.I)

# Kinds that never take a qualifier.
_BARE_KINDS = frozenset({"date", "time", "ordinal", "list_marker"})


# --- the reader ------------------------------------------------------------------------


class _Taken:
    """Non-overlapping spans already claimed by an earlier, more specific pass."""

    __slots__ = ("_starts", "_ends")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, start)
        if i and self._ends[i - 1] > start:
            return False
        return i == len(self._starts) or self._starts[i] >= end

    def take(self, start: int, end: int) -> None:
        i = bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


class _Reader:
    """Reads one text; `found` holds what it read, `taken` every span it claimed."""

    def __init__(self, text: str) -> None:
        text = currencies.with_letter_signs(text)
        self.text = text
        self.lower = text.lower()
        self.taken = _Taken()
        self.found: list[Number] = []
        self._comma_grouped: bool | None = None

    def read(self) -> None:
        self._urls()
        has_digits = _ANY_DIGIT_RE.search(self.text) is not None
        if has_digits:
            self._list_markers()
            self._dates()
            self._phones()
            self._times()
        self._vague()
        self._dozen()
        self._numbers(has_digits)

    # -- bookkeeping

    def free(self, start: int, end: int) -> bool:
        return self.taken.free(start, end)

    def add(self, number: Number) -> None:
        self.taken.take(number.start, number.end)
        self.found.append(number)

    def bare(self, start: int, end: int, value: float, kind: str,
             high: float | None = None, unit: str | None = None) -> None:
        """Record a number that takes no qualifier."""
        if self.free(start, end):
            self.add(Number(start, end, value, kind, high=high, unit=unit, text=self.text[start:end]))

    @property
    def comma_grouped(self) -> bool:
        if self._comma_grouped is None:
            self._comma_grouped = COMMA_GROUPED_RE.search(self.text) is not None
        return self._comma_grouped

    # -- passes, most specific first

    def _urls(self) -> None:
        for m in _URL_RE.finditer(self.text):
            self.taken.take(m.start(), m.end())

    def _phones(self) -> None:
        for m in PHONE_RE.finditer(self.text):
            if self.free(m.start(), m.end()):
                self.taken.take(m.start(), m.end())

    def _list_markers(self) -> None:
        for m in _LIST_MARKER_RE.finditer(self.text):
            self.bare(m.start("n"), m.end("n"), float(m.group("n")), "list_marker")

    def _dates(self) -> None:
        for regex in DATE_RES:
            for m in regex.finditer(self.text):
                if no_year(m) and counts_follow(self.text, m.end()):
                    continue  # "In December 27 people were arrested"
                self.bare(m.start(), m.end(), date_value(m), "date")

    def _times(self) -> None:
        for regex in TIME_RES:
            for m in regex.finditer(self.text):
                self.bare(m.start(), m.end(), clock_value(m), "time")

    def _vague(self) -> None:
        lower = self.lower
        if any(word in lower for word in FRACTION_WORDS):
            for m in FRACTION_RE.finditer(self.text):
                if self.free(m.start(), m.end()):
                    self.taken.take(m.start(), m.end())
        if not any(word in lower for word in VAGUE_STEMS):
            return
        for m in VAGUE_RE.finditer(self.text):
            if m.group("unit").lower() in ("lakhs", "crores") and multiplied(self.text, m):
                continue  # "2 lakhs": a multiple, read with its number
            outer = VAGUE_UNITS[m.group("outer").lower()] if m.group("outer") else 1.0
            value = 2 * outer * VAGUE_UNITS[m.group("unit").lower()]
            self.finish(m.start(), m.end(), value, vague=True)
        for m in FEW_RE.finditer(self.text):
            scale2 = SCALES_ALL[m.group("scale2").lower()] if m.group("scale2") else 1.0
            value = 2 * SCALES_ALL[m.group("scale").lower()] * scale2
            self.finish(m.start(), m.end(), value, vague=True)

    def _dozen(self) -> None:
        if "dozen" in self.lower:
            for m in DOZEN_RE.finditer(self.text):
                self.finish(m.start(), m.end(), 12 * dozens(m))

    def _numbers(self, has_digits: bool) -> None:
        """Digits and words, left to right: whichever begins first may take the other in."""
        t = self.text
        matches = list(DIGITS_RE.finditer(t)) if has_digits else []
        i = 0
        word = WORD_START_RE.search(t)
        while word is not None or i < len(matches):
            if word is None or (i < len(matches) and matches[i].start() < word.start()):
                i = self._digits(matches, i)
            else:
                word = WORD_START_RE.search(t, self._words(word))

    def _digits(self, matches: list[re.Match[str]], i: int) -> int:
        """Read the digits of matches[i] (and the next one, for a range); the next index."""
        m = matches[i]
        i += 1
        if not self.free(m.start(), m.end()) or glued_before(self.text, m.start()):
            return i
        first = self._digit_decimal(m)
        if first is None:
            return i
        exact, plain = first
        value = float(exact)
        end, high = m.end(), None
        if i < len(matches) and self._joined(m, matches[i], "/"):
            self._ratio(m, matches[i], value, plain)
            return i + 1
        if i < len(matches) and self._joined(m, matches[i], RANGE_DASHES):
            second = self._digit_value(matches[i])
            high = range_high(value, plain, second, matches[i].group())
            if high is not None:
                end = matches[i].end()
                i += 1
        self._digit_number(m, end, exact, high, plain and len(m.group()) == 4)
        return i

    def _words(self, m: re.Match[str]) -> int:
        """Read the number in words that may begin at m; where to look for the next one."""
        if not self.free(m.start(), m.end()):
            return m.end()
        tokens = read_tokens(self.text, m.start(), self.free, self._digit_token)
        parsed = parse(tokens)
        if parsed is None:
            return m.end()
        value, n, ordinal = parsed
        if n == 1 and pronoun_one(self.text, tokens[0]):
            return m.end()
        start, end = tokens[0].start, tokens[n - 1].end
        self.finish(start, end, as_float(value), ordinal=ordinal)
        return end

    # -- digits

    def _digit_value(self, m: re.Match[str]) -> tuple[float, bool] | None:
        """The value of a digits match and whether it was written as plain digits."""
        read = self._digit_decimal(m)
        return None if read is None else (float(read[0]), read[1])

    def _digit_decimal(self, m: re.Match[str]) -> tuple[Decimal, bool] | None:
        raw, dec = m.group("int"), m.group("dec") or ""
        if "." in raw:
            if raw.count(".") == 1 and self._dot_is_decimal(raw, m.end()):
                value = to_decimal(raw)
            else:
                value = to_decimal(raw.replace(".", ""))
            return None if value is None else (value, False)
        digits = NON_DIGIT_RE.sub("", raw)
        value = to_decimal(digits + dec)
        return None if value is None else (value, digits == raw and not dec)

    def _dot_is_decimal(self, raw: str, end: int) -> bool:
        if raw.startswith("0"):
            return True
        t = self.text
        if SCALE_AFTER_RE.match(t, end) or PERCENT_AFTER_RE.match(t, end):
            return True
        return self.comma_grouped

    def _ratio(self, m: re.Match[str], n: re.Match[str], value: float, plain: bool) -> None:
        """'2014/15' is a span of years; '24/7' and '9/11' are no quantities at all."""
        second = self._digit_value(n)
        high = range_high(value, plain, second, n.group())
        if plain and len(m.group()) == 4 and 1900 <= value <= 2099 and high is not None:
            self.bare(m.start(), n.end(), value, "year", high)
        elif self.free(m.start(), n.end()):
            self.taken.take(m.start(), n.end())

    def _joined(self, a: re.Match[str], b: re.Match[str], joiners: str) -> bool:
        """Whether b follows a after exactly one of `joiners` ("11-12", "24/7")."""
        return (
            b.start() == a.end() + 1
            and self.text[a.end()] in joiners
            and self.free(b.start(), b.end())
        )

    def _digit_number(self, m: re.Match[str], end: int, value: Decimal, high: float | None,
                      year_like: bool) -> None:
        t = self.text
        start = m.start()
        if end < len(t) and t[end].isalpha():
            self._glued_after(start, end, float(value))
            return
        if high is None and WORDS_AFTER_DIGITS_RE.match(t, end):
            first = Tok(K_DIGITS, as_exact(value), "", start, end, whole(m, value))
            tokens = read_tokens(t, end, self.free, self._digit_token, first)
            parsed = cardinal_and_fraction(tokens) if len(tokens) > 1 else None
            if parsed is not None and parsed[1] > 1:
                number, n, ordinal = parsed
                self.finish(start, tokens[n - 1].end, as_float(number), ordinal=ordinal)
                return
        elif scale := SCALE_AFTER_RE.match(t, end):
            factor = SCALES[scale.group("scale").lower()]
            value, high = Decimal(scaled(float(value), factor)), (scaled(high, factor) if high is not None else None)
            end, year_like = scale.end(), False
        self.finish(start, end, float(value), high=high, year_like=year_like)

    def _glued_after(self, start: int, end: int, value: float) -> None:
        """Letters straight after the digits: '11th', '1990s', '£2.5m', or a name ('3D')."""
        t = self.text
        if suffix := ORDINAL_SUFFIX_RE.match(t, end):
            self.finish(start, suffix.end(), value, ordinal=True)
        elif (decade := DECADE_RE.match(t, end)) and is_decade(t[start:end]):
            self.bare(start, decade.end(), value, "year")
        elif (glued := GLUED_SCALE_RE.match(t, end)) and (
            money_before(t, start) or glued_count(t, glued.end())
        ):
            factor = GLUED_SCALES[glued.group("scale").lower()]
            self.finish(start, glued.end(), scaled(value, factor))
        elif GLUED_UNIT_RE.match(t, end):  # "340kg", "approximately 120kg": a quantity, never a count
            self.finish(start, end, value)
        # Anything else ("3D", "4G") is a name: never a count.

    # -- words

    def _digit_token(self, at: int) -> Tok | None:
        """Digits inside a number in words ("3 hundred and 21"), when they stand alone."""
        t = self.text
        m = DIGITS_RE.match(t, at)
        if m is None or not self.free(m.start(), m.end()):
            return None
        end = m.end()
        if end < len(t) and (t[end].isalpha() or t[end] in "%" or (
            t[end] in "-/\u2013:" and t[end + 1:end + 2].isdigit()
        )):
            return None
        read = self._digit_decimal(m)
        if read is None:
            return None
        return Tok(K_DIGITS, as_exact(read[0]), "", at, end, whole(m, read[0]))

    # -- classification

    def finish(self, start: int, end: int, value: float, *, high: float | None = None,
               ordinal: bool = False, year_like: bool = False, vague: bool = False) -> None:
        """Classify a number read at [start, end) and record it with its qualifier."""
        if not self.free(start, end):
            return
        t = self.text
        money = money_before(t, start)
        lead = money.start() if money else start
        found = phrase_before(t, lead)
        phrase, qstart = found if found else (None, None)
        kind, unit = kind_of(t, start, end, value, ordinal=ordinal, year_like=year_like,
                             phrase=phrase, money=money is not None, vague=vague)
        if kind in _BARE_KINDS:
            phrase = qstart = None
        elif phrase == "over" and kind == "duration" and qstart is not None and not over_means_more(t, qstart):
            phrase = qstart = None  # "raided homes over three days"
        qualifier = QUALIFIERS[phrase] if phrase else None
        qend = None
        if (qualifier is None and not vague and kind not in _BARE_KINDS and kind != "year"
                and _MAY_FOLLOW_RE.match(t, end)):
            after = phrase_after(t, end)
            if after is not None:
                qualifier, qend = after
        self.add(Number(start, end, value, kind, qualifier, qstart, high, vague, unit,
                        t[start:end], qend))
