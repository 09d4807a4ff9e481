"""Read every number in a text: where it is, what it is worth, and what kind of number it is.

`read_numbers(text)` is pure and never raises. Spans are code-point offsets into `text`.
Only counts (and durations, for duration measures) can ever support a claim; everything
else - years, dates, times, ordinals, ages, percentages, money, list markers - is read so
that it is *not* mistaken for a count.

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
* Labels are ordinals: "Article 5", "No. 10", "#1", "flight 370", "level 3".
* Indian scales: "2 lakh" = 200000, "1.5 crore" = 15000000; "lakhs" is vague (200000).
* Not read at all: fractions in words ("two-thirds"), ratios ("24/7", "9/11"; but
  "2014/15" is a year range), numbers glued to letters ("COVID-19", "3D", "10km",
  "H1N1") and anything inside a URL.
* Money ("$5 million", "40 euros", "£2.5m") has a kind of its own, so it is never a count.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from text_to_num import Token, find_numbers

from validator.figures.qualifiers import QUALIFIERS, phrase_before

if TYPE_CHECKING:
    from text_to_num import Occurence

KINDS: tuple[str, ...] = (
    "count", "year", "date", "time", "ordinal", "duration", "age", "percent", "list_marker",
    "money",
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


# --- vocabulary ------------------------------------------------------------------------

_CARDINALS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million billion"
).split()
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth "
    "thousandth millionth billionth"
).split()
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion"})
_SCALES = {"thousand": 1e3, "lakh": 1e5, "million": 1e6, "crore": 1e7, "billion": 1e9}
_SMALL = {w: i for i, w in enumerate(_CARDINALS[:13])}

# Words right before a four-digit number that make it a year ("in 2003", "since 2008").
_YEAR_CUES = frozenset(
    "in since until till during the year between circa mid early late spring summer autumn "
    "fall winter throughout".split()
)
# Plural-looking words that are not plural nouns.
_NOT_PLURAL = frozenset(
    "was has does this thus always perhaps whereas besides across towards afterwards plus "
    "unless its his hers ours yours theirs news series species means whereabouts".split()
)
_COUNT_NOUNS = frozenset("people children men women police staff personnel folk".split())
# Words a year may be hyphenated to ("mid-2016"); any other word glued on by a hyphen
# makes the number part of a name ("COVID-19", "G-20").
_YEAR_PREFIXES = frozenset("mid early late pre post end start".split())
# Words that make the number after them a label, not a quantity ("Article 5", "No. 10").
_ABBREVIATED_LABELS = frozenset({"no", "nos", "nr"})
_LABEL_WORDS = frozenset(
    "number article section chapter paragraph page clause phase stage level grade "
    "category flight room route platform gate terminal episode season volume vol part step "
    "round resolution".split()
)

_WORD_INITIALS = "".join(sorted({w[0] for w in _CARDINALS + _ORDINALS}))
_WORD_ALT = "|".join(sorted(_CARDINALS + _ORDINALS, key=len, reverse=True))
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![A-Za-z])\.?"
)
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR = r"(?P<year>[12]\d{3})(?!\d)"
_UNIT = r"(?P<unit>day|week|month|year|hour|minute|decade)s?\b"
_GLUE = r"(?:\s+|\s*-\s*)"

# --- regexes ---------------------------------------------------------------------------

_I = re.IGNORECASE
_IA = re.IGNORECASE | re.ASCII

_ANY_DIGIT_RE = re.compile(r"\d", re.A)
_URL_RE = re.compile(r"(?=[hHwW])\b(?:https?://|www\.)\S+", _I)
_LIST_MARKER_RE = re.compile(r"^[ \t]*(?P<n>\d{1,3})[.)](?=[ \t]+\S)", re.MULTILINE | re.ASCII)

# The leading lookaheads only let the engine skip quickly to plausible starts.
# "2017-04-18", "18/04/2017", "18.04.17"
_NUMERIC_DATE_RE = re.compile(
    r"(?=\d)(?<![\w./-])(?:(?P<iso>[12]\d{3})-[01]?\d-[0-3]?\d(?![\w-])"
    r"|(?P<day>\d{1,2})(?P<sep>[/.-])\d{1,2}(?P=sep)(?P<year>\d{4}|\d{2})(?![\w/-]))",
    re.A,
)
_DAY_MONTH_RE = re.compile(
    rf"(?=\d)(?<![\w.,]){_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?", re.A
)
# "April 18, 2017", "December 11th 2019", "October 2008"
_MONTH_DATE_RE = re.compile(
    rf"(?=[JFMASOND])\b{_MONTH}\s+(?:{_DAY}(?!,\d)(?:,?\s+{_YEAR})?"
    rf"|(?P<alone>[12]\d{{3}})(?!\d))",
    re.A,
)

_TIME_RE = re.compile(
    r"(?=\d)(?<![\w:.])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::[0-5]\d)?(?![\d:])"
    r"(?:\s*(?P<ap>[ap]\.?m\b\.?))?",
    _IA,
)
_CLOCK_RE = re.compile(
    r"(?=\d)(?<![\w:.])(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<m>[0-5]\d))?"
    r"\s*(?P<ap>[ap]\.?m\b\.?)",
    _IA,
)

_VAGUE_RE = re.compile(
    r"(?=[tdhmbclTDHMBCL])\b(?:(?P<outer>tens|dozens|hundreds|thousands|millions)\s+of\s+)?"
    r"(?P<unit>dozens|hundreds|thousands|lakhs|millions|crores|billions)\b",
    _IA,
)
_FEW_RE = re.compile(
    r"(?=[safmSAFM])\b(?:several|a\s+few|few|many)\s+"
    r"(?P<scale>hundred|thousand|lakh|million|crore|billion)\b",
    _IA,
)
_DOZEN_RE = re.compile(
    r"(?=[aohtfsenAOHTFSEN\d])\b(?:(?P<one>an?|one)|(?P<half>half[\s-]+a)"
    r"|(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}))"
    r"[\s-]+dozen\b",
    _IA,
)
_FRACTION_RE = re.compile(
    r"(?=[otfsenOTFSEN])\b(?:one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+"
    r"(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?"
    r"|tenths?)\b",
    _IA,
)

_DIGITS_RE = re.compile(
    r"""
    (?=\d)(?<!\w)(?<!\d\.)
    (?P<int>
        \d{1,2}(?:,\d{2})+,\d{3}(?!\d)              # Indian: 2,00,000
      | \d{1,3}(?:,\d{3})+(?!\d)                    # 1,186
      | \d{1,3}(?:[ \u00a0\u2007\u2009\u202f]\d{3})+(?!\d)   # 20 000
      | \d{1,3}(?:\.\d{3})+(?![\d]|\.\d)            # 20.000, decided later
      | \d+
    )
    (?P<dec>\.\d+)?
    """,
    re.VERBOSE | re.ASCII,
)
_COMMA_GROUPED_RE = re.compile(r"\d,\d{3}(?!\d)", re.A)
_SCALE_AFTER_RE = re.compile(
    r"[ \t]*-?[ \t]*(?P<scale>thousand|million|billion|lakh|crore)s?\b", _IA
)
# text2num knows thousands to billions, not the Indian scales.
_INDIAN_SCALE_AFTER_RE = re.compile(r"[ \t]*(?P<scale>lakh|crore)s?\b", _IA)
_GLUED_SCALE_RE = re.compile(r"(?P<scale>k|m|bn)\b", _IA)
_ORDINAL_SUFFIX_RE = re.compile(r"(?:st|nd|rd|th)\b", _IA)
_DECADE_RE = re.compile(r"s\b", re.A)
_RANGE_DASHES = "-\u2013"

# A run of number words: text2num is only ever shown these.
_STRETCH_RE = re.compile(
    rf"(?=[{_WORD_INITIALS}])\b(?:{_WORD_ALT})\b"
    rf"(?:(?:\s+and\s+|\s*-\s*|\s+)(?:{_WORD_ALT})\b)*",
    _IA,
)
_TOKEN_RE = re.compile(r"[A-Za-z]+")
_BLANK_LINE_RE = re.compile(r"\n[ \t\r]*\n")

_PERCENT_AFTER_RE = re.compile(
    r"\s*(?:%|per[ \t]?cent\b|percent\b|percentage[ \t]+points?\b|pct\b)", _I
)
_AGE_AFTER_RE = re.compile(rf"{_GLUE}{_UNIT}{_GLUE}old\b", _I)
_OF_AGE_RE = re.compile(rf"\s+{_UNIT}\s+of\s+age\b", _I)
_AGE_BEFORE_RE = re.compile(
    r"(?:\b(?:aged?|ages)(?:\s+(?:of|between|from|up\s+to|under|over))?"
    r"|\bas\s+(?:young|old)\s+as)\s*\Z",
    _I,
)
_DURATION_AFTER_RE = re.compile(
    rf"{_GLUE}(?:(?:more|additional|further|long|full|whole|consecutive|straight|calendar|"
    rf"working)\s+)?{_UNIT}",
    _I,
)
_OF_UNIT_RE = re.compile(rf"\s+of\s+{_UNIT}", _I)
_MONEY_BEFORE_RE = re.compile(
    r"(?:(?:\b(?:US|AU|A|C|NZ|HK|S))?[$\u20ac\u00a3\u00a5\u20b9]|\b(?:USD|EUR|GBP|INR|Rs\.?))"
    r"[ \t]?\Z"
)
_MONEY_AFTER_RE = re.compile(r"[ \t]*(?:dollars|euros|pounds|rupees|yen|USD|EUR|GBP)\b", _I)
_PREV_WORD_RE = re.compile(r"([A-Za-z]+)[\s-]*\Z")
_NEXT_WORD_RE = re.compile(r"\s+([A-Za-z]+)")
_A_BEFORE_RE = re.compile(r"\b(?:an?)\s+\Z", _I)
_LABEL_BEFORE_RE = re.compile(r"(?:#|\b([A-Za-z]+)\.?[ \t]*)\Z")

# Kinds that never take a qualifier.
_BARE_KINDS = frozenset({"date", "time", "ordinal", "list_marker"})


# --- public API ------------------------------------------------------------------------


def read_numbers(text: str) -> list[Number]:
    """Every number in `text`, sorted by start."""
    reader = _Reader(text)
    reader.read()
    return sorted(reader.found, key=lambda n: (n.start, n.end))


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


class _Word(Token):
    """A word for text2num, remembering where it sits in the text."""

    __slots__ = ("word", "start", "end", "hard")

    def __init__(self, word: str, start: int, end: int, hard: bool) -> None:
        self.word = word
        self.start = start
        self.end = end
        self.hard = hard

    def text(self) -> str:
        return self.word

    def nt_separated(self, previous: Token) -> bool:
        return self.hard

    def not_a_number_part(self) -> bool:
        return False


class _Reader:
    def __init__(self, text: str) -> None:
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
            self._times()
        self._vague()
        self._dozen()
        if has_digits:
            self._digits()
        self._words()

    # -- bookkeeping

    def free(self, start: int, end: int) -> bool:
        return self.taken.free(start, end)

    def add(self, number: Number) -> None:
        self.taken.take(number.start, number.end)
        self.found.append(number)

    def bare(self, start: int, end: int, value: float, kind: str,
             high: float | None = None) -> None:
        """Record a number that takes no qualifier."""
        if self.free(start, end):
            self.add(Number(start, end, value, kind, high=high, text=self.text[start:end]))

    @property
    def comma_grouped(self) -> bool:
        if self._comma_grouped is None:
            self._comma_grouped = _COMMA_GROUPED_RE.search(self.text) is not None
        return self._comma_grouped

    # -- passes, most specific first

    def _urls(self) -> None:
        for m in _URL_RE.finditer(self.text):
            self.taken.take(m.start(), m.end())

    def _list_markers(self) -> None:
        for m in _LIST_MARKER_RE.finditer(self.text):
            self.bare(m.start("n"), m.end("n"), float(m.group("n")), "list_marker")

    def _dates(self) -> None:
        for regex in (_NUMERIC_DATE_RE, _DAY_MONTH_RE, _MONTH_DATE_RE):
            for m in regex.finditer(self.text):
                if _no_year(m) and self._counts_follow(m.end()):
                    continue  # "In December 27 people were arrested"
                self.bare(m.start(), m.end(), _date_value(m), "date")

    def _times(self) -> None:
        for regex in (_TIME_RE, _CLOCK_RE):
            for m in regex.finditer(self.text):
                self.bare(m.start(), m.end(), _clock_value(m), "time")

    def _vague(self) -> None:
        lower = self.lower
        if any(word in lower for word in _FRACTION_WORDS):
            for m in _FRACTION_RE.finditer(self.text):
                if self.free(m.start(), m.end()):
                    self.taken.take(m.start(), m.end())
        if not any(word in lower for word in _VAGUE_STEMS):
            return
        for m in _VAGUE_RE.finditer(self.text):
            outer = VAGUE_UNITS[m.group("outer").lower()] if m.group("outer") else 1.0
            value = 2 * outer * VAGUE_UNITS[m.group("unit").lower()]
            self.finish(m.start(), m.end(), value, vague=True)
        for m in _FEW_RE.finditer(self.text):
            self.finish(m.start(), m.end(), 2 * _SCALES_ALL[m.group("scale").lower()], vague=True)

    def _dozen(self) -> None:
        if "dozen" in self.lower:
            for m in _DOZEN_RE.finditer(self.text):
                self.finish(m.start(), m.end(), 12 * _dozens(m))

    def _digits(self) -> None:
        matches = list(_DIGITS_RE.finditer(self.text))
        i = 0
        while i < len(matches):
            m = matches[i]
            i += 1
            if not self.free(m.start(), m.end()) or self._glued_before(m.start()):
                continue
            first = self._digit_value(m)
            if first is None:
                continue
            value, plain = first
            end, high = m.end(), None
            if i < len(matches) and self._joined(m, matches[i], "/"):
                i += 1
                self._ratio(m, matches[i - 1], value, plain)
                continue
            if i < len(matches) and self._joined(m, matches[i], _RANGE_DASHES):
                second = self._digit_value(matches[i])
                high = _range_high(value, plain, second, matches[i].group())
                if high is not None:
                    end = matches[i].end()
                    i += 1
            self._digit_number(m.start(), end, value, high, plain and len(m.group()) == 4)

    def _words(self) -> None:
        tokens = self._word_tokens()
        if not tokens:
            return
        for occ in find_numbers(tokens, "en", 0):
            first, last = tokens[occ.start], tokens[occ.end - 1]
            start, end = first.start, last.end
            if not self.free(start, end) or self._pronoun_one(occ, first):
                continue
            value = float(occ.value)
            if first.word.lower() in _SCALE_WORDS:
                a = _A_BEFORE_RE.search(self.text, max(0, start - 4), start)
                start = a.start() if a else start
            if not occ.is_ordinal and (indian := _INDIAN_SCALE_AFTER_RE.match(self.text, end)):
                value, end = value * _SCALES[indian.group("scale").lower()], indian.end()
            self.finish(start, end, value, ordinal=bool(occ.is_ordinal))

    # -- digits

    def _glued_before(self, start: int) -> bool:
        """'COVID-19', 'G-20': a word hyphenated onto the number names something."""
        t = self.text
        if start < 2 or t[start - 1] != "-" or not t[start - 2].isalpha():
            return False
        m = _PREV_WORD_RE.search(t, max(0, start - 12), start)
        return m is None or m.group(1).lower() not in _YEAR_PREFIXES

    def _digit_value(self, m: re.Match[str]) -> tuple[float, bool] | None:
        """The value of a digits match and whether it was written as plain digits."""
        raw, dec = m.group("int"), m.group("dec") or ""
        if "." in raw:
            if raw.count(".") == 1 and self._dot_is_decimal(raw, m.end()):
                return _to_float(raw), False
            return _to_float(raw.replace(".", "")), False
        digits = re.sub(r"\D", "", raw)
        value = _to_float(digits + dec)
        return (None if value is None else (value, digits == raw and not dec))

    def _dot_is_decimal(self, raw: str, end: int) -> bool:
        if raw.startswith("0"):
            return True
        t = self.text
        if _SCALE_AFTER_RE.match(t, end) or _PERCENT_AFTER_RE.match(t, end):
            return True
        return self.comma_grouped

    def _ratio(self, m: re.Match[str], n: re.Match[str], value: float, plain: bool) -> None:
        """'2014/15' is a span of years; '24/7' and '9/11' are no quantities at all."""
        second = self._digit_value(n)
        high = _range_high(value, plain, second, n.group())
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

    def _digit_number(self, start: int, end: int, value: float, high: float | None,
                      year_like: bool) -> None:
        t = self.text
        if end < len(t) and t[end].isalpha():
            self._glued_after(start, end, value)
            return
        if scale := _SCALE_AFTER_RE.match(t, end):
            factor = _SCALES[scale.group("scale").lower()]
            value, high = _scaled(value, factor), None if high is None else _scaled(high, factor)
            end, year_like = scale.end(), False
        self.finish(start, end, value, high=high, year_like=year_like)

    def _glued_after(self, start: int, end: int, value: float) -> None:
        """Letters straight after the digits: '11th', '1990s', '£2.5m', or a name ('3D')."""
        t = self.text
        if suffix := _ORDINAL_SUFFIX_RE.match(t, end):
            self.finish(start, suffix.end(), value, ordinal=True)
        elif (decade := _DECADE_RE.match(t, end)) and _is_decade(t[start:end]):
            self.bare(start, decade.end(), value, "year")
        elif (glued := _GLUED_SCALE_RE.match(t, end)) and self._money_before(start):
            factor = _GLUED_SCALES[glued.group("scale").lower()]
            self.finish(start, glued.end(), _scaled(value, factor))
        # Anything else ("3D", "10km", "4G") is a name or a measure: never a count.

    # -- words

    def _word_tokens(self) -> list[_Word]:
        t = self.text
        tokens: list[_Word] = []
        for stretch in _STRETCH_RE.finditer(t):
            prev_end = -1
            for m in _TOKEN_RE.finditer(t, stretch.start(), stretch.end()):
                hard = prev_end < 0 or _BLANK_LINE_RE.search(t, prev_end, m.start()) is not None
                tokens.append(_Word(m.group(), m.start(), m.end(), hard))
                prev_end = m.end()
        return tokens

    def _pronoun_one(self, occ: Occurence, first: _Word) -> bool:
        """'no one', 'one another': 'one' that is no number at all."""
        if first.word.lower() != "one" or occ.end - occ.start != 1:
            return False
        prev = _PREV_WORD_RE.search(self.text, max(0, first.start - 12), first.start)
        nxt = _NEXT_WORD_RE.match(self.text, first.end)
        return bool(prev and prev.group(1).lower() == "no") or bool(
            nxt and nxt.group(1).lower() == "another"
        )

    # -- classification

    def finish(self, start: int, end: int, value: float, *, high: float | None = None,
               ordinal: bool = False, year_like: bool = False, vague: bool = False) -> None:
        """Classify a number read at [start, end) and record it with its qualifier."""
        if not self.free(start, end):
            return
        t = self.text
        money = self._money_before(start)
        lead = money.start() if money else start
        found = phrase_before(t, lead)
        phrase, qstart = found if found else (None, None)
        kind, unit = self._kind(start, end, value, ordinal, year_like, phrase, money is not None)
        if vague and kind == "count" and (of_unit := _OF_UNIT_RE.match(t, end)):
            kind, unit = "duration", _unit(of_unit)
        if kind in _BARE_KINDS:
            phrase = qstart = None
        qualifier = QUALIFIERS[phrase] if phrase else None
        self.add(Number(start, end, value, kind, qualifier, qstart, high, vague, unit,
                        t[start:end]))

    def _kind(self, start: int, end: int, value: float, ordinal: bool, year_like: bool,
              phrase: str | None, money: bool) -> tuple[str, str | None]:
        t = self.text
        if ordinal or self._labelled(start):
            return "ordinal", None
        if _PERCENT_AFTER_RE.match(t, end):
            return "percent", None
        if age := _AGE_AFTER_RE.match(t, end) or _OF_AGE_RE.match(t, end):
            return "age", _unit(age)
        if _AGE_BEFORE_RE.search(t, max(0, start - 40), start):
            return "age", "years"
        if duration := _DURATION_AFTER_RE.match(t, end):
            return "duration", _unit(duration)
        if money or _MONEY_AFTER_RE.match(t, end):
            return "money", None
        if year_like and self._reads_as_year(start, end, value, phrase):
            return "year", None
        return "count", None

    def _money_before(self, start: int) -> re.Match[str] | None:
        return _MONEY_BEFORE_RE.search(self.text, max(0, start - 6), start)

    def _labelled(self, start: int) -> bool:
        m = _LABEL_BEFORE_RE.search(self.text, max(0, start - 16), start)
        if m is None or m.group(1) is None:
            return m is not None
        word = m.group(1)
        if word.lower() in _ABBREVIATED_LABELS:
            return word[0].isupper() or "." in m.group()  # "No. 10", not "no 5 people"
        return word.lower() in _LABEL_WORDS

    def _reads_as_year(self, start: int, end: int, value: float, phrase: str | None) -> bool:
        if phrase is not None and QUALIFIERS[phrase] != "about":
            return False  # "more than 2000", "a total of 1999"
        prev = _PREV_WORD_RE.search(self.text, max(0, start - 24), start)
        cued = prev is not None and prev.group(1).lower() in _YEAR_CUES
        if cued and 1900 <= value <= 2099:
            return True
        if self._counts_follow(end):
            return False
        return 1900 <= value <= 2099 or (cued and value >= 1000)

    def _counts_follow(self, end: int) -> bool:
        """Whether the next word is a plural noun, so the number before it counts things."""
        m = _NEXT_WORD_RE.match(self.text, end)
        return m is not None and _is_plural_noun(m.group(1))


# --- small pure helpers ------------------------------------------------------------------

_SCALES_ALL = {"hundred": 100.0, **_SCALES}
_VAGUE_STEMS = ("dozen", "hundred", "thousand", "lakh", "million", "crore", "billion")
_FRACTION_WORDS = (
    "half", "halves", "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth",
)
_GLUED_SCALES = {"k": 1e3, "m": 1e6, "bn": 1e9}
_YEAR_GROUPS = ("year", "iso", "alone")


def _is_plural_noun(word: str) -> bool:
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


def _is_decade(digits: str) -> bool:
    return len(digits) == 4 and digits.isdigit() and digits.endswith("0")


def _to_float(digits: str) -> float | None:
    try:
        return float(Decimal(digits))
    except (InvalidOperation, ValueError):
        return None


def _scaled(value: float, scale: float) -> float:
    """value * scale without binary noise: 1.2 million is 1200000.0, not 1200000.0000000002."""
    return float(Decimal(repr(value)) * Decimal(repr(scale)))


def _range_high(low: float, plain: bool, second: tuple[float, bool] | None,
                raw: str) -> float | None:
    """The upper end of 'low-second', or None when the two are not a range."""
    if second is None:
        return None
    high = second[0]
    if plain and 1900 <= low <= 2099 and len(raw) == 2:
        high = low - low % 100 + high  # "2014-15"
    return high if high > low else None


def _no_year(m: re.Match[str]) -> bool:
    return not any(m.groupdict().get(name) for name in _YEAR_GROUPS)


def _date_value(m: re.Match[str]) -> float:
    """The year when the date has one ("18/04/17" is 2017), else the day of the month."""
    groups = m.groupdict()
    year = next((groups[name] for name in _YEAR_GROUPS if groups.get(name)), None)
    if year is None:
        return float(groups["day"])
    return float(year) if len(year) == 4 else 2000.0 + float(year)


def _clock_value(m: re.Match[str]) -> float:
    hour = int(m.group("h")) % 24
    minutes = int(m.group("m") or 0)
    ap = (m.group("ap") or "").lower()
    if ap.startswith("p") and hour < 12:
        hour += 12
    elif ap.startswith("a") and hour == 12:
        hour = 0
    return hour + minutes / 60


def _dozens(m: re.Match[str]) -> float:
    if m.group("one"):
        return 1.0
    if m.group("half"):
        return 0.5
    n = m.group("n").lower()
    return float(_SMALL[n]) if n in _SMALL else float(n)


def _unit(m: re.Match[str]) -> str:
    return m.group("unit").lower() + "s"
