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
  plural noun follows ("1.5m images"); "10km", "a 1.5m fence" are not read.
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
from fractions import Fraction

from validator.figures.qualifiers import QUALIFIERS, phrase_after, phrase_before
from validator.figures.trie import trie_pattern

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
_SCALES = {"thousand": 1e3, "lakh": 1e5, "million": 1e6, "crore": 1e7, "billion": 1e9}
_SCALE_VALUES = {**{w: int(v) for w, v in _SCALES.items()}, "trillion": 10**12}
_SMALL = {w: i for i, w in enumerate(_UNIT_WORDS + _TEEN_WORDS[:3])}

# Token kinds of the word-number grammar (see `_parse`).
_K_UNIT, _K_TEEN, _K_TENS, _K_HUNDRED, _K_SCALE, _K_SCALES = range(6)  # "scales": plural
_K_O_UNIT, _K_O_TEEN, _K_O_TENS, _K_O_HUNDRED, _K_O_SCALE = range(6, 11)  # ordinals
_K_AND, _K_A, _K_FRACTION, _K_OF, _K_COUPLE, _K_DOZEN, _K_DIGITS = range(11, 18)
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
_NUMBER_WORDS = _UNIT_WORDS + _TEEN_WORDS + _TENS_WORDS
_ORDINAL_WORDS = _ORDINAL_UNITS + _ORDINAL_TEENS + _ORDINAL_TENS

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
# Words before "over N days" that make it "more than N days", not "during N days".
_OVER_DURATION_CUES = frozenset(
    "for of after to in by than spent spend spending served serve serving lasted lasting "
    "lasts took take takes taking taken jailed sentenced imprisoned".split()
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
    "round resolution sections articles clauses paragraphs chapters pages incident reference "
    "ref extension ext junction junctions exit exits motorway highway interstate lane pier berth "
    "dock bay ward block unit zone sector channel".split()
)

_START_WORDS = _NUMBER_WORDS + _ORDINAL_WORDS + ["half", "quarter", "hundredth"] + [
    w + "th" for w in _SCALE_VALUES
]
_WORD_INITIALS = "".join(sorted({w[0] for w in _START_WORDS} | {"a"}))
_WORD_ALT = trie_pattern(_START_WORDS)
_SCALE_ALT = "|".join(sorted(_SCALE_VALUES, key=len, reverse=True))
# What a number written "a ..." can be: "a hundred", "a quarter of a million", "a couple of".
_AFTER_A = (
    rf"hundred|{_SCALE_ALT}|half|quarter|couple|thirds?|fourths?|fifths?|sixths?|sevenths?"
    r"|eighths?|ninths?|tenths?"
)
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
_NON_DIGIT_RE = re.compile(r"\D", re.A)
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
    r"(?P<scale>hundred|thousand|lakh|million|crore|billion)"
    r"(?:\s+(?P<scale2>thousand|lakh|million|crore|billion))?\b",
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
    r"|tenths?)\b"
    # "three quarters of a million" is a number: the word reader takes it.
    rf"(?![\s-]+(?:of[\s-]+an?[\s-]+)?(?:{_SCALE_ALT})\b)",
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
_GLUED_SCALE_RE = re.compile(r"(?P<scale>k|m|mn|bn)\b", _IA)
_ORDINAL_SUFFIX_RE = re.compile(r"(?:st|nd|rd|th)\b", _IA)
_DECADE_RE = re.compile(r"s\b", re.A)
_RANGE_DASHES = "-\u2013"

# Where a number in words can begin; `_parse` decides whether one does.
_WORD_START_RE = re.compile(
    rf"(?=[{_WORD_INITIALS}{_WORD_INITIALS.upper()}])\b"
    rf"(?:an?(?=[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?-?[ \t\u00a0]*(?:{_AFTER_A})\b)"
    rf"|(?:{_WORD_ALT})\b)",
    _IA,
)
# Between two words of a number: spaces with at most one line break, or one hyphen.
_SEPARATOR_RE = re.compile(r"[ \t\u00a0]*(?:-[ \t\u00a0]*|(?:\r?\n[ \t\u00a0]*)?)")
# A quick look for what may carry digits on in words ("3 hundred", "2.5 million", "2 and a half").
_WORDS_AFTER_DIGITS_RE = re.compile(
    rf"[ \t\u00a0]*(?:-[ \t\u00a0]*|\r?\n[ \t\u00a0]*)?(?:hundred|{_SCALE_ALT}"
    r"|and[ \t\u00a0]+an?[ \t\u00a0-]+(?:half|quarter))",
    _IA,
)
# A cheap look for a qualifier after the number ("or more", "-plus", "+").
_MAY_FOLLOW_RE = re.compile(r"[-+]|[^.,;:!?\n]{0,40}?\b(?:or|and)[ \t]", re.I)
_WORD_AT_RE = re.compile(r"[A-Za-z]+(?!\w)")
_OF_AFTER_RE = re.compile(r"\s+of\b", _I)
# Right before a plural scale word that is a multiplier's, not vague ("2 lakhs").
_MULTIPLIER_BEFORE_RE = re.compile(
    rf"(?:\d|\b(?:{'|'.join(_NUMBER_WORDS)}|hundred))[ \t\u00a0-]+\Z", _IA
)

_PERCENT_AFTER_RE = re.compile(
    r"(?:\s*|[ \t]*-[ \t]*)(?:%|per[ \t\u00a0-]?cent\b|percent\b|percentage[ \t]+points?\b|pct\b)",
    _I,
)
_AGE_AFTER_RE = re.compile(rf"{_GLUE}{_UNIT}{_GLUE}old\b", _I)
_OF_AGE_RE = re.compile(rf"\s+{_UNIT}\s+of\s+age\b", _I)
_AGE_BEFORE_RE = re.compile(
    r"(?:\b(?:aged?|ages)(?:\s+(?:of|between|from|up\s+to|under|over))?"
    # the second of "aged between 16 and 43", "aged 19 and 22", "aged 18 to 25"
    r"(?:\s*\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:,|and|or|to|-|\u2013))?"
    r"|\bas\s+(?:young|old)\s+as)\s*\Z",
    _I,
)
# "of whom two dozen were under 21", "the youngest person arrested is 19"
_AGE_LIMIT_BEFORE_RE = re.compile(
    r"(?:\b(?:was|were|is|are|be|been|being)\s+(?:aged\s+)?(?:under|over|below|above)"
    r"|\b(?:youngest|oldest)\b[^.;:!?\n]{0,50}?\b(?:is|was|are|were)(?:\s+(?:aged|just|only))?)"
    r"\s+\Z",
    _I,
)
# "Darren Holt, 52, rented an office": an age between commas after a full name.
_NAME_BEFORE_RE = re.compile(r"(?<![\w'-])([A-Z][a-z]+)[ \t]+[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?,[ \t]*\Z")
_COMMA_AFTER_RE = re.compile(r"[ \t]*,(?![ \t]*\d)")
# First words of two-word places, so that "North Macedonia, 12," is no one's age.
_PLACE_FIRST_WORDS = frozenset(
    "North South East West New United Costa Sri Saudi Czech El Hong Sierra San Santo Puerto "
    "Ivory Papua Solomon Marshall Cape Burkina Bosnia Dominican Central Equatorial Trinidad "
    "Antigua Saint Great Northern Southern Western Eastern Upper Lower Greater".split()
)
# A telephone number is no quantity: "+31 70 555 0142", "1-888-555-0134", "0800 555 0142".
_PHONE_RE = re.compile(
    r"(?=[+\d])(?:(?<![\w+])\+\d{1,3}(?:[ .\-]?\(?\d{1,5}\)?){2,6}(?!\d)"
    r"|(?<![\w.\-])\d{1,4}(?:-\d{2,4}){2,4}(?![\w\-])"
    r"|(?<![\w.,])(?<!\d[ \u00a0\u2007\u2009\u202f])0\d{2,4}(?:[ \-]\d{2,4}){1,3}(?![\w]))",
    re.A,
)
# What the word or sign right before a number must be for the rules above to be tried.
_LIST_JOINS = frozenset({"and", "or", "to", ",", "&"})
_CALL_CUES = frozenset(
    "call calling dial dialling dialing ring ringing text texting phone helpline hotline telephone on at "
    "number no , :".split()
)
_AGE_LIMIT_CUES = frozenset("under over below above is was are were aged just only".split())
# "call 101 quoting incident 482", "call 110 if in doubt", "the helpline, 1930"
_CALL_BEFORE_RE = re.compile(
    r"\b(?:call|calling|dial|dialling|dialing|ring|ringing|text|texting|phone|helpline|hotline|telephone)"
    r"(?:\s+(?:us|me|them|police|officers|the\s+\w+))?(?:\s+(?:on|at|number|no\.?))?"
    r"[ \t]*[,:]?[ \t]*\Z",
    _I,
)
# The later items of "sections 419 and 420", "Articles 3, 5 and 8".
_LABEL_LIST_BEFORE_RE = re.compile(
    r"\b(?:sections?|articles?|clauses?|paragraphs?|chapters?|rules?|regulations?|ss?\.|arts?\.)"
    r"\s*\d+[A-Za-z]?(?:\s*(?:,|and|or|&|to)\s*\d+[A-Za-z]?)*\s*(?:,|and|or|&|to)\s*\Z",
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
# A measured amount: "2.5 tonnes of cocaine", "275 kg", "120,000 litres" (issue: kinds of
# figure will read these as quantities with their units; here they only must not be counts).
_QUANTITY_AFTER_RE = re.compile(
    r"[ \t]*(?P<unit>(?:metric\s+)?(?:tonnes?|tons?|kilo(?:gram)?s?|kgs?|grams?|mg|lbs?|ounces?|oz"
    r"|litres?|liters?|ml|gallons?|barrels?|kilomet(?:re|er)s?|km|met(?:re|er)s?|miles?|hectares?|acres?))\b",
    _I,
)
_MONEY_AFTER_RE = re.compile(r"[ \t]*(?:dollars|euros|pounds|rupees|yen|USD|EUR|GBP)\b", _I)
_PREV_WORD_RE = re.compile(r"([A-Za-z]+)[\s-]*\Z")
_NEXT_WORD_RE = re.compile(r"\s+([A-Za-z]+)")
_TWO_WORDS_AFTER_RE = re.compile(r"[ \t]+([A-Za-z]+)(?:[ \t]+([A-Za-z]+))?")
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


class _Tok:
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

    def _phones(self) -> None:
        for m in _PHONE_RE.finditer(self.text):
            if self.free(m.start(), m.end()):
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
            if m.group("unit").lower() in ("lakhs", "crores") and self._multiplied(m):
                continue  # "2 lakhs": a multiple, read with its number
            outer = VAGUE_UNITS[m.group("outer").lower()] if m.group("outer") else 1.0
            value = 2 * outer * VAGUE_UNITS[m.group("unit").lower()]
            self.finish(m.start(), m.end(), value, vague=True)
        for m in _FEW_RE.finditer(self.text):
            scale2 = _SCALES_ALL[m.group("scale2").lower()] if m.group("scale2") else 1.0
            value = 2 * _SCALES_ALL[m.group("scale").lower()] * scale2
            self.finish(m.start(), m.end(), value, vague=True)

    def _dozen(self) -> None:
        if "dozen" in self.lower:
            for m in _DOZEN_RE.finditer(self.text):
                self.finish(m.start(), m.end(), 12 * _dozens(m))

    def _numbers(self, has_digits: bool) -> None:
        """Digits and words, left to right: whichever begins first may take the other in."""
        t = self.text
        matches = list(_DIGITS_RE.finditer(t)) if has_digits else []
        i = 0
        word = _WORD_START_RE.search(t)
        while word is not None or i < len(matches):
            if word is None or (i < len(matches) and matches[i].start() < word.start()):
                i = self._digits(matches, i)
            else:
                word = _WORD_START_RE.search(t, self._words(word))

    def _digits(self, matches: list[re.Match[str]], i: int) -> int:
        """Read the digits of matches[i] (and the next one, for a range); the next index."""
        m = matches[i]
        i += 1
        if not self.free(m.start(), m.end()) or self._glued_before(m.start()):
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
        if i < len(matches) and self._joined(m, matches[i], _RANGE_DASHES):
            second = self._digit_value(matches[i])
            high = _range_high(value, plain, second, matches[i].group())
            if high is not None:
                end = matches[i].end()
                i += 1
        self._digit_number(m, end, exact, high, plain and len(m.group()) == 4)
        return i

    def _words(self, m: re.Match[str]) -> int:
        """Read the number in words that may begin at m; where to look for the next one."""
        if not self.free(m.start(), m.end()):
            return m.end()
        tokens = self._tokens(m.start())
        parsed = _parse(tokens)
        if parsed is None:
            return m.end()
        value, n, ordinal = parsed
        if n == 1 and self._pronoun_one(tokens[0]):
            return m.end()
        start, end = tokens[0].start, tokens[n - 1].end
        self.finish(start, end, _as_float(value), ordinal=ordinal)
        return end

    def _multiplied(self, m: re.Match[str]) -> bool:
        """'2 lakhs', 'three crores'; not 'In 2014 lakhs of people'."""
        return (
            not m.group("outer")
            and _MULTIPLIER_BEFORE_RE.search(self.text, max(0, m.start() - 12), m.start()) is not None
            and _OF_AFTER_RE.match(self.text, m.end()) is None
        )

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
        read = self._digit_decimal(m)
        return None if read is None else (float(read[0]), read[1])

    def _digit_decimal(self, m: re.Match[str]) -> tuple[Decimal, bool] | None:
        raw, dec = m.group("int"), m.group("dec") or ""
        if "." in raw:
            if raw.count(".") == 1 and self._dot_is_decimal(raw, m.end()):
                value = _to_decimal(raw)
            else:
                value = _to_decimal(raw.replace(".", ""))
            return None if value is None else (value, False)
        digits = _NON_DIGIT_RE.sub("", raw)
        value = _to_decimal(digits + dec)
        return None if value is None else (value, digits == raw and not dec)

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

    def _digit_number(self, m: re.Match[str], end: int, value: Decimal, high: float | None,
                      year_like: bool) -> None:
        t = self.text
        start = m.start()
        if end < len(t) and t[end].isalpha():
            self._glued_after(start, end, float(value))
            return
        if high is None and _WORDS_AFTER_DIGITS_RE.match(t, end):
            first = _Tok(_K_DIGITS, _exact(value), "", start, end, _whole(m, value))
            tokens = self._tokens(end, first)
            parsed = _cardinal_and_fraction(tokens) if len(tokens) > 1 else None
            if parsed is not None and parsed[1] > 1:
                number, n, ordinal = parsed
                self.finish(start, tokens[n - 1].end, _as_float(number), ordinal=ordinal)
                return
        elif scale := _SCALE_AFTER_RE.match(t, end):
            factor = _SCALES[scale.group("scale").lower()]
            value, high = Decimal(_scaled(float(value), factor)), _scaled(high, factor)
            end, year_like = scale.end(), False
        self.finish(start, end, float(value), high=high, year_like=year_like)

    def _glued_after(self, start: int, end: int, value: float) -> None:
        """Letters straight after the digits: '11th', '1990s', '£2.5m', or a name ('3D')."""
        t = self.text
        if suffix := _ORDINAL_SUFFIX_RE.match(t, end):
            self.finish(start, suffix.end(), value, ordinal=True)
        elif (decade := _DECADE_RE.match(t, end)) and _is_decade(t[start:end]):
            self.bare(start, decade.end(), value, "year")
        elif (glued := _GLUED_SCALE_RE.match(t, end)) and (
            self._money_before(start) or self._glued_count(glued.end())
        ):
            factor = _GLUED_SCALES[glued.group("scale").lower()]
            self.finish(start, glued.end(), _scaled(value, factor))
        # Anything else ("3D", "10km", "4G") is a name or a measure: never a count.

    # -- words

    def _tokens(self, pos: int, first: _Tok | None = None) -> list[_Tok]:
        """The words (and digit groups) from `pos` on that a number in words may be made of."""
        t = self.text
        tokens = [first] if first is not None else []
        while len(tokens) < _MAX_TOKENS:
            at = _SEPARATOR_RE.match(t, pos).end() if tokens else pos
            if tokens and at == pos:
                break  # "twenty5": no separator
            char = t[at:at + 1]
            if "a" <= char.lower() <= "z":
                m = _WORD_AT_RE.match(t, at)
                word = m.group().lower() if m else ""
                entry = _VOCABULARY.get(word)
                if entry is None or not self.free(at, m.end()):
                    break
                tokens.append(_Tok(entry[0], entry[1], word, at, m.end()))
            elif char.isdigit() and tokens and "-" not in t[pos:at]:
                token = self._digit_token(at)
                if token is None:
                    break
                tokens.append(token)
            else:
                break
            pos = tokens[-1].end
        return tokens

    def _digit_token(self, at: int) -> _Tok | None:
        """Digits inside a number in words ("3 hundred and 21"), when they stand alone."""
        t = self.text
        m = _DIGITS_RE.match(t, at)
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
        return _Tok(_K_DIGITS, _exact(read[0]), "", at, end, _whole(m, read[0]))

    def _pronoun_one(self, token: _Tok) -> bool:
        """'no one', 'one another': 'one' that is no number at all."""
        if token.word != "one":
            return False
        prev = _PREV_WORD_RE.search(self.text, max(0, token.start - 12), token.start)
        nxt = _NEXT_WORD_RE.match(self.text, token.end)
        return bool(prev and prev.group(1).lower() == "no") or bool(
            nxt and nxt.group(1).lower() == "another"
        )

    def _glued_count(self, end: int) -> bool:
        """'1.5m images', '1.5m registered users': a glued scale letter counts when a plural
        noun follows, maybe after one adjective; not '1.5m high walls' or 'the 100m hurdles'."""
        m = _TWO_WORDS_AFTER_RE.match(self.text, end)
        if m is None:
            return False
        first, second = m.group(1), m.group(2)
        if _is_plural_noun(first):
            return first not in _MEASURED
        return (second is not None and first.islower() and first not in _MEASURED
                and _is_plural_noun(second) and second not in _MEASURED)

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
        elif phrase == "over" and kind == "duration" and not self._over_means_more(qstart):
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

    def _over_means_more(self, start: int) -> bool:
        """'jailed for over three years' is more than three; 'over three days' is during."""
        m = _PREV_WORD_RE.search(self.text, max(0, start - 16), start)
        return m is not None and m.group(1).lower() in _OVER_DURATION_CUES

    def _kind(self, start: int, end: int, value: float, ordinal: bool, year_like: bool,
              phrase: str | None, money: bool) -> tuple[str, str | None]:
        t = self.text
        cue = self._cue_before(start)
        if ordinal or self._labelled(start, cue) or self._dialled(start, end, cue):
            return "ordinal", None
        if _PERCENT_AFTER_RE.match(t, end):
            return "percent", None
        if age := _AGE_AFTER_RE.match(t, end) or _OF_AGE_RE.match(t, end):
            return "age", _unit(age)
        if _AGE_BEFORE_RE.search(t, max(0, start - 40), start) or self._an_age(start, end, value,
                                                                                cue):
            return "age", "years"
        if duration := _DURATION_AFTER_RE.match(t, end):
            return "duration", _unit(duration)
        if money or _MONEY_AFTER_RE.match(t, end):
            return "money", None
        if quantity := _QUANTITY_AFTER_RE.match(t, end):
            return "quantity", quantity.group("unit").lower()
        if year_like and self._reads_as_year(start, end, value, phrase):
            return "year", None
        return "count", None

    def _money_before(self, start: int) -> re.Match[str] | None:
        return _MONEY_BEFORE_RE.search(self.text, max(0, start - 6), start)

    def _cue_before(self, start: int) -> str:
        """The word (lower case) or the sign right before `start`, spaces skipped."""
        t = self.text
        i = start
        while i > 0 and t[i - 1] in " \t\u00a0":
            i -= 1
        if i == 0:
            return ""
        if not t[i - 1].isalpha():
            return t[i - 1]
        m = _PREV_WORD_RE.search(t, max(0, i - 16), i)
        return m.group(1).lower() if m else ""

    def _an_age(self, start: int, end: int, value: float, cue: str) -> bool:
        """'were under 21.', 'the youngest arrested is 19', 'Darren Holt, 52, rented'."""
        if cue not in _AGE_LIMIT_CUES and cue != ",":
            return False
        if not (0 < value <= 120 and value.is_integer()) or self._counts_follow(end):
            return False
        t = self.text
        if cue != ",":
            return _AGE_LIMIT_BEFORE_RE.search(t, max(0, start - 80), start) is not None
        name = _NAME_BEFORE_RE.search(t, max(0, start - 40), start)
        return (name is not None and name.group(1) not in _PLACE_FIRST_WORDS
                and _COMMA_AFTER_RE.match(t, end) is not None)

    def _dialled(self, start: int, end: int, cue: str) -> bool:
        """'call 110 if in doubt', 'the helpline, 1930': a number to ring, not a count."""
        return (cue in _CALL_CUES
                and _CALL_BEFORE_RE.search(self.text, max(0, start - 24), start) is not None
                and not self._counts_follow(end))

    def _labelled(self, start: int, cue: str = "") -> bool:
        if cue in _LIST_JOINS and _LABEL_LIST_BEFORE_RE.search(self.text, max(0, start - 60), start):
            return True
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


# --- numbers in words ---------------------------------------------------------------------
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

_MAX_TOKENS = 40
_HALF, _QUARTER = Fraction(1, 2), Fraction(1, 4)
# After "1.5m" or "10k", plural nouns that name a race or a distance, not what is counted.
_MEASURED = frozenset(
    "metres meters hurdles heats sprints runners swimmers laps lanes tall high long wide deep "
    "thick away apart above below under".split()
)

_Exact = Fraction | int
# (value, tokens used, ordinal, the scale it ended on or None, a single plain group)
_Card = tuple[_Exact, int, bool, int | None, bool]


def _parse(tokens: list[_Tok]) -> tuple[_Exact, int, bool] | None:
    """The number the tokens begin with: (value, how many tokens, ordinal), or None."""
    if not tokens:
        return None
    return _special(tokens) or _cardinal_and_fraction(tokens)


def _kind_at(tokens: list[_Tok], i: int) -> int:
    return tokens[i].kind if i < len(tokens) else -1


def _special(tokens: list[_Tok]) -> tuple[_Exact, int, bool] | None:
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


def _cardinal_and_fraction(tokens: list[_Tok]) -> tuple[_Exact, int, bool] | None:
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


def _cardinal(tokens: list[_Tok]) -> _Card | None:
    if tokens[0].kind == _K_A:
        return _groups(tokens, 1, 1)  # a hundred, a thousand and one
    return _groups(tokens, 0, None)


def _groups(tokens: list[_Tok], i: int, lead: _Exact | None) -> _Card | None:
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


def _group(tokens: list[_Tok], i: int,
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
    if token.kind == _K_DIGITS:
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


def _after_hundred(tokens: list[_Tok], i: int,
                   base: _Exact) -> tuple[_Exact, int, bool, str]:
    """What may follow "N hundred": "and five", "twenty-one", "and 21"."""
    j = i + (_kind_at(tokens, i) == _K_AND)
    if j < len(tokens):
        token = tokens[j]
        if token.kind == _K_DIGITS:
            if j > i and token.whole and 0 < token.value < 100:
                return base + token.value, j + 1, False, "hundred"
        elif (sub := _sub(tokens, j)) is not None and sub[0] > 0:
            return base + sub[0], sub[1], sub[2], "hundred"
    return base, i, False, "hundred"


def _sub(tokens: list[_Tok], i: int) -> tuple[int, int, bool] | None:
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


def _to_decimal(digits: str) -> Decimal | None:
    try:
        value = Decimal(digits)
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


def _whole(m: re.Match[str], value: Decimal) -> bool:
    """Whether a digits match is an integer written without a decimal point ("2.000" is not)."""
    return not m.group("dec") and value == value.to_integral_value() and (
        "." not in m.group("int") or value >= 1000
    )


def _exact(value: Decimal) -> Fraction | int:
    return int(value) if value == value.to_integral_value() else Fraction(value)


def _as_float(value: Fraction | int) -> float:
    return float(value)


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
