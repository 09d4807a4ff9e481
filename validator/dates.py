"""Dates as ranges of days: `when` and `published` values, and the dates a quote gives.

Every date is a range of days, since "2017-03" is every day of March 2017, "last year" every
day of a year and "June 3 to June 9" seven days. A quote gives dates in two ways:

* Explicit dates (`explicit_dates`): "16 January", "January 16th", "Jan. 16, 2024",
  "the 16th of January 2024", "16/01/2024", "16.01.2024", "2024-01-16", "March 2023",
  "March of 2023", a year where it is plainly the time of something ("in 2023", "during
  2023", "throughout 2023", "since 2019", "between 2019 and 2021", "in 2014-15"), ranges
  ("June 3 to June 9", "June 3-9", "between 3 and 9 June", "3-9 June 2024", "3, 4 and 5
  June", "from March to May", "March-May 2024", "from 29 December to 3 January"), weekdays
  ("on Tuesday", "last Tuesday", "between Monday and Wednesday", "Tuesday's raids", "Tuesday
  morning"; not "on a Tuesday", "Good Friday", "Monday to Friday") and "since"/"from" before a
  date (from it to publication). A date without its year takes the latest year that puts its
  start on or before `published` (its last day, for a month or a year): the year before when
  the month is after the publication month, as news writes "in December" in January; "last
  year" and "this year" after a date count from `published` too. A weekday is the nearest
  such day on or before `published` ("last Tuesday": strictly before), so it is read only
  when `published` is a single day.
* Relative dates (`relative_dates`): "last December", "in July last year", "in January",
  "mid-2016", "over the past five years", "earlier this month", resolved against `published`.

Not read: a numeric date without a four-digit year ("16/01", "16/01/24": a ratio, a score or
a two-digit year is too easy to mistake for one), an impossible day ("30 February"), a bare
month outside a range ("in March" is a relative date), a year without a cue ("2023 arrests"),
and a date that is really a count: "In December 27 people were arrested" is 27 people, as the
number reader reads it (a month-and-day without a year followed by a plural noun is a count,
unless "on", "from", "between" or "since" makes it a date). A numeric date whose day and month
can both be months ("03/06/2024") has two readings, day first and month first.

Plain regular expressions with `calendar` and `datetime`, not a date library: the forms are a
small closed set of English ones; the reader must find each date in running text with its
exact extent (to quote it as written, and to keep counts out: "between 3 and 9 June" is a
date, "between 3 and 9 people" is not), read ranges, and fill in years the way news does.
dateparser is heavy to import and slow, and its `search_dates` takes "may", bare numbers and
counts for dates; dateutil parses one string at a time and fills a missing year or day from
today. Neither reads ranges or weekdays against a publication date, so both would need the
same regular expressions around them.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from itertools import product
from typing import Sequence

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = {name.lower(): i for i, name in enumerate(MONTH_NAMES, 1)}
MONTHS_BY_NAME = {name: i for i, name in enumerate(MONTH_NAMES, 1)}
_MONTH = "|".join(MONTHS)
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


@dataclass(frozen=True, slots=True)
class DateRange:
    first: date
    last: date

    def overlaps(self, other: DateRange) -> bool:
        return self.first <= other.last and other.first <= self.last

    def __str__(self) -> str:
        if self.first == self.last:
            return self.first.isoformat()
        if (self.first.day, self.last.day) == (1, _month_end(self.last).day):
            if self.first.year == self.last.year and (self.first.month, self.last.month) == (1, 12):
                return str(self.first.year)
            if (self.first.year, self.first.month) == (self.last.year, self.last.month):
                return self.first.strftime("%Y-%m")
        return f"{self.first.isoformat()} to {self.last.isoformat()}"


def _month_end(day: date) -> date:
    return day.replace(day=_days_in(day.year, day.month))


def _days_in(year_number: int, month_number: int) -> int:
    return calendar.monthrange(year_number, month_number)[1]


def day(value: date) -> DateRange:
    return DateRange(value, value)


def month(year: int, number: int) -> DateRange:
    start = date(year, number, 1)
    return DateRange(start, _month_end(start))


def year(number: int) -> DateRange:
    return DateRange(date(number, 1, 1), date(number, 12, 31))


def hull(ranges: Sequence[DateRange]) -> DateRange:
    """The smallest range holding all of `ranges`."""
    return DateRange(min(r.first for r in ranges), max(r.last for r in ranges))


def parse(text: str) -> DateRange:
    """A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` value; ValueError names what is impossible."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return year(parts[0])
    if not 1 <= parts[1] <= 12:
        raise ValueError(f"month {parts[1]:02d} does not exist")
    if len(parts) == 2:
        return month(parts[0], parts[1])
    if not 1 <= parts[2] <= _days_in(parts[0], parts[1]):
        raise ValueError(f"{MONTH_NAMES[parts[1] - 1]} {parts[0]} has no day {parts[2]}")
    return day(date(*parts))


@dataclass(frozen=True, slots=True)
class QuoteDate:
    """A date read from a quote: the phrase as written, where it starts, and what it means."""

    phrase: str
    start: int  # offset in the text it was read from
    range: DateRange
    # Other readings of an ambiguous numeric date ("03/06/2024": 3 June or 6 March).
    alternatives: tuple[DateRange, ...] = ()
    # What the reading took from `published`: "" (nothing), "year" (the year of a date written
    # without one), "published" (a relative date, a weekday, or the end of "since ...").
    basis: str = ""

    @property
    def readings(self) -> tuple[DateRange, ...]:
        return (self.range, *self.alternatives)


RelativeDate = QuoteDate  # the name this module gave relative dates before it read explicit ones


def agrees(when: DateRange, found: Sequence[QuoteDate]) -> bool:
    """Whether `when` overlaps the span the dates `found` in a quote give (their hull), for
    some choice among the readings of ambiguous dates. No date found agrees with anything."""
    if not found:
        return True
    choices = [d.readings for d in found]
    if sum(len(c) > 1 for c in choices) > 6:
        choices = [(hull(c),) for c in choices]  # 2**7 choices and more: read each as its hull
    return any(hull(combo).overlaps(when) for combo in product(*choices))


def quote_dates(text: str, published: DateRange | None) -> list[QuoteDate]:
    """Every date in `text`, explicit and relative, in order. Without `published`, only the
    explicit dates that carry their own year are read."""
    taken: list[tuple[int, int]] = []
    found = _explicit(text, published, taken)
    if published is not None:
        found += _relative(text, published, taken)
    return sorted(found + _year_before(text, found), key=lambda d: d.start)


_YEAR_BEFORE = re.compile(r"\b(?:the\s+(?:year\s+before|previous\s+year|prior\s+year)|a\s+year\s+(?:earlier|before))\b",
                          re.I)


def _year_before(text: str, found: list[QuoteDate]) -> list[QuoteDate]:
    """"3,412 in 2024, down from 4,161 the year before": the year before the date before it in
    the quote; with none, the year it counts from is not in the quote, and nothing is read."""
    out = []
    for m in _YEAR_BEFORE.finditer(text):
        earlier = [d for d in found if d.start < m.start()]
        if earlier:
            base = max(earlier, key=lambda d: d.start).range.last.year
            out.append(QuoteDate(" ".join(m.group().split()), m.start(), year(base - 1), basis="published"))
    return out


def explicit_dates(text: str, published: DateRange | None) -> list[QuoteDate]:
    """The explicit dates in `text` (see the module docstring), in order."""
    return sorted(_explicit(text, published, []), key=lambda d: d.start)


def relative_dates(text: str, published: DateRange) -> list[QuoteDate]:
    """Every relative date in `text`, resolved against the publication date."""
    return sorted(_relative(text, published, []), key=lambda d: d.start)


# -- explicit dates ------------------------------------------------------------------------

# Month names are read capitalised ("May", "MAY"), never "may" or "march" the verbs.
_MONTH_ABBREVIATIONS = {name[:3]: i for i, name in enumerate(MONTH_NAMES, 1) if name != "May"} | {"Sept": 9}
_MONTH_FORMS = {form: i for written, i in (*MONTHS_BY_NAME.items(), *_MONTH_ABBREVIATIONS.items())
                for form in (written, written.upper())}
_WEEKDAY_FORMS = {form: i for i, name in enumerate(WEEKDAY_NAMES) for form in (name, name.upper())}


def _alternation(forms: Sequence[str]) -> str:
    return "|".join(sorted(forms, key=len, reverse=True))


_FULL = [form for name in MONTH_NAMES for form in (name, name.upper())]
_SHORT = [form for name in _MONTH_ABBREVIATIONS for form in (name, name.upper())]
_M = rf"(?:(?:{_alternation(_FULL)})(?![A-Za-z])|(?:{_alternation(_SHORT)})(?![A-Za-z])\.?)"  # "Jan."
_WD = rf"(?:{_alternation(list(_WEEKDAY_FORMS))})(?![A-Za-z])"
_D = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?(?![A-Za-z\d])"
_LB = r"(?<![\w.,/-])"  # a day starts no other number: not "1.5", "2,3", "1/5", "5-3"
_Y = r"(?:19|20)\d\d(?![\d\w])"
_YS = rf"(?:{_Y}|[Ll]ast\s+year\b|[Tt]his\s+year\b)"  # the year of a date, as written
_TO = r"(?:-|–|—|to|until|till|through|thru)"
_TO_OR_AND = r"(?:-|–|—|to|until|till|through|thru|and|or|&)"
_YEAR_AFTER = r"(?:,?\s+|\s+of\s+)"
_WDP = rf"(?:{_WD},?\s+)?"  # "Tuesday 4 June", "Tuesday, June 4": the date says which Tuesday


def _point(s: str, bare_month: bool) -> str:
    """A date with a day or a year (or, when `bare_month`, a month alone), groups suffixed s:
    day-month (da, ma, ya), month-day (mb, db, yb), month-year (mc, yc)."""
    month_year = rf"(?P<mc{s}>{_M})" + (rf"(?:{_YEAR_AFTER}(?P<yc{s}>{_YS}))?" if bare_month
                                        else rf"{_YEAR_AFTER}(?P<yc{s}>{_Y})")
    return (
        rf"(?:{_WDP}(?:the\s+)?{_LB}(?P<da{s}>{_D})(?:\s+of)?\s+(?P<ma{s}>{_M})(?:{_YEAR_AFTER}(?P<ya{s}>{_YS}))?"
        rf"|{_WDP}(?P<mb{s}>{_M})\s+(?:the\s+)?(?P<db{s}>{_D})(?:,?\s+(?P<yb{s}>{_YS}))?"
        rf"|{month_year})"
    )


_SINCE = r"(?:[Ss]ince|[Ff]rom)"
# The explicit forms, most specific first; compiled on first use (a run whose claims carry no
# `when` never needs them).
_FORM_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"(?<![\w./-])(?P<y>(?:19|20)\d\d)(?P<sep>[-/])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)"
            r"(?![\w/-]|[.,]\d)"),
    ("numeric", r"(?<![\w./-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)"
                r"(?P<y>(?:19|20)\d\d)(?![\w/-]|[.,]\d)"),
    # "between 3 and 9 June", "3-9 June 2024", "3, 4 and 5 June"
    ("days_month",
     rf"(?:\b(?P<pre>[Bb]etween|[Ff]rom)\s+)?{_WDP}(?:the\s+)?{_LB}(?P<d1>{_D})(?:\s*,\s*{_D})*\s*,?\s*"
     rf"{_TO_OR_AND}\s*{_WDP}(?:the\s+)?(?P<d2>{_D})(?:\s+of)?\s+(?P<m>{_M})(?:{_YEAR_AFTER}(?P<y>{_YS}))?"),
    # "June 3-9", "June 3 to 9, 2024", "between June 3 and 9"
    ("month_days",
     rf"(?:\b(?P<pre>[Bb]etween|[Ff]rom)\s+)?(?P<m>{_M})\s+(?P<d1>{_D})(?:\s*,\s*{_D})*\s*,?\s*{_TO_OR_AND}"
     rf"\s*(?P<d2>{_D})(?:,?\s+(?P<y>{_YS}))?"),
    # "between June 3 and June 9", "between March and May 2024"
    ("span", rf"\b(?P<pre>[Bb]etween)\s+{_point('1', True)}\s+and\s+{_point('2', True)}"),
    # "June 3 to June 9", "from 3 June to 9 July 2024", "from March to May", "March-May 2024"
    ("span", rf"(?:\b(?P<pre>[Ff]rom)\s+)?{_point('1', True)}\s*{_TO}\s*{_point('2', True)}"),
    # "between 2019 and 2021", "from 2019 to 2021", "in 2014-15"
    ("years", rf"\b(?P<pre>[Bb]etween)\s+(?P<y1>{_Y})\s+and\s+(?P<y2>{_Y})"),
    ("years", rf"\b(?P<pre>[Ff]rom)\s+(?P<y1>{_Y})\s+{_TO}\s+(?P<y2>{_Y})"),
    ("years", rf"\b(?P<pre>[Ii]n|[Dd]uring)\s+(?P<y1>{_Y})\s*[-–/]\s*(?P<y2>(?:19|20)?\d\d)(?![\w/.-]|,\d)"),
    # "in the 2024-25 financial year", "the 2023/24 fiscal year": both calendar years it spans
    ("years", rf"\b(?P<pre>[Tt]he)\s+(?P<y1>{_Y})\s*[-–/]\s*(?P<y2>(?:19|20)?\d\d)\s+(?:financial|fiscal|tax|school)\s+years?\b"),
    # "on 16 January", "Jan. 16, 2024", "March 2023", "since 3 June"
    ("point", rf"(?:\b(?P<pre>[Oo]n|[Ii]n|{_SINCE}|[Bb]y|[Uu]ntil|[Tt]ill|[Aa]s\s+of|[Dd]uring|"
              rf"[Tt]hroughout)\s+)?{_point('', False)}"),
    # "in 2023", "throughout the whole of 2023", "since 2019"
    ("year", rf"\b(?P<pre>[Ii]n|[Dd]uring|[Tt]hroughout|[Oo]n|[Ff]or|{_SINCE})\s+"
             rf"(?:the\s+(?:year|whole\s+of|course\s+of)\s+|all\s+of\s+)?(?P<y>{_Y})"
             r"(?![/.-]\d|,\d|\s*[-–]\s*\d)"),
    # "since January"
    ("since_month", rf"\b(?P<pre>[Ss]ince)\s+(?P<m>{_M})(?!\s*(?:\d|[Ll]ast\b|[Tt]his\b))"),
    # "on Tuesday", "last Tuesday", "between Monday and Wednesday", "Tuesday's raids", "Tuesday
    # morning"; not "on Tuesday, 4 June" (the date is read), "Monday to Friday", "Good Friday"
    ("weekday", rf"(?:\b(?P<pre>[Oo]n|[Ll]ast|{_SINCE}|[Bb]etween)\s+)?\b(?P<w1>{_WD})"
                rf"(?:\s*(?:,|and|or|to|through|until|till|-|–)\s*(?P<w2>{_WD}))?"
                rf"(?!,?\s+(?:the\s+)?(?:\d|{_M}))"),
]

# A number right before one of these counts them ("In December 27 people were arrested").
_COUNT_NOUNS = frozenset("people children men women police staff personnel folk".split())
_NOT_PLURAL = frozenset(
    "was has does this thus always perhaps whereas besides across towards afterwards plus "
    "unless its his hers ours yours theirs news series species means whereabouts".split())
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_DATE_CUES = ("on", "between", "from", "since")  # "on June 3 police raided...": a date


def _counts_follow(text: str, end: int) -> bool:
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    if word.lower() in _COUNT_NOUNS:
        return True
    return (word.islower() and len(word) >= 4 and word.endswith("s")
            and not word.endswith(("ss", "us", "is")) and word not in _NOT_PLURAL)


def _explicit(text: str, published: DateRange | None, taken: list[tuple[int, int]]) -> list[QuoteDate]:
    hint, forms = _compiled()
    if hint.search(text) is None:
        return []  # no number, month or weekday: nothing explicit to read
    found: list[QuoteDate] = []
    for kind, pattern in forms:
        for match in pattern.finditer(text):
            start, end = match.start(), match.end()
            if any(a < end and start < b for a, b in taken):
                continue
            pre = (match.groupdict().get("pre") or "").lower()
            if match.group()[-1].isdigit() and pre not in _DATE_CUES and _counts_follow(text, end):
                continue  # "In December 27 people", "in 2000 cases"
            read = _READERS[kind](match, published)
            if read is None:
                continue
            readings, basis = read
            single = kind in ("point", "year", "since_month") or (kind == "weekday" and not match["w2"])
            if pre in ("since", "from") and single and not _WHEN_CLAUSE.match(text, end):
                # "since 2019": from then to publication; "since 2023, when 41 were charged": 2023
                if published is None or readings[0].first > published.last:
                    continue
                readings = [DateRange(r.first, published.last) for r in readings]
                basis = "published"
            taken.append((start, end))
            found.append(QuoteDate(" ".join(match.group().split()), start, readings[0], tuple(readings[1:]), basis))
    return found


_WHEN_CLAUSE = re.compile(r"\s*,?\s*when\b")


@cache
def _compiled() -> tuple[re.Pattern[str], list[tuple[str, re.Pattern[str]]]]:
    return re.compile(rf"\d|{_M}|{_WD}"), [(kind, re.compile(pattern)) for kind, pattern in _FORM_PATTERNS]


_Point = tuple[int | None, int, str | None]  # day, month, year as written


def _fields(match: re.Match[str], s: str) -> _Point:
    g = match.groupdict()
    for d, m, y in ((f"da{s}", f"ma{s}", f"ya{s}"), (f"db{s}", f"mb{s}", f"yb{s}"), (None, f"mc{s}", f"yc{s}")):
        if g.get(m):
            return (_day_number(g[d]) if d else None), _month_number(g[m]), g.get(y)
    raise AssertionError("a point without a month")


def _day_number(text: str) -> int:
    return int(text.rstrip("stndrh"))


def _month_number(text: str) -> int:
    return _MONTH_FORMS[text.rstrip(".")]


def _year_number(text: str | None, published: DateRange | None) -> int | None | bool:
    """The year as written: a number, None when not written, False when it cannot be read."""
    if text is None:
        return None
    if text[0].isdigit():
        return int(text)
    if published is None:
        return False
    return published.last.year - (1 if text[0] in "Ll" else 0)


def _span(p1: _Point, p2: _Point, published: DateRange | None) -> tuple[list[DateRange], str] | None:
    """The range from point p1 to point p2, years filled in from each other or `published`."""
    (d1, m1, ys1), (d2, m2, ys2) = p1, p2
    y1, y2 = _year_number(ys1, published), _year_number(ys2, published)
    if y1 is False or y2 is False:
        return None
    relative = any(ys and not ys[0].isdigit() for ys in (ys1, ys2))  # "3 June last year"
    basis = "published" if relative else ""
    start_key, end_key = (m1, d1 or 1), (m2, d2 or 31)
    if y1 is None and y2 is None:
        if published is None:
            return None
        y1, basis = _latest_year(m1, d1 or 1, published), "year"
    if y1 is None and y2 is not None:
        y1 = y2 if start_key <= end_key else y2 - 1  # "29 December to 3 January 2024"
    if y2 is None and y1 is not None:
        y2 = y1 if end_key >= start_key else y1 + 1  # "from 29 December 2023 to 3 January"
    if y1 is None or y2 is None:
        return None
    try:
        r1, r2 = _day_or_month(y1, m1, d1), _day_or_month(y2, m2, d2)
    except ValueError:
        return None  # "30 February", or a year out of range
    return [DateRange(min(r1.first, r2.first), max(r1.last, r2.last))], basis


def _day_or_month(year_number: int, month_number: int, day_number: int | None) -> DateRange:
    if day_number is None:
        return month(year_number, month_number)
    return day(date(year_number, month_number, day_number))


def _latest_year(month_number: int, day_number: int, published: DateRange) -> int:
    """The year that puts this month and day last on or before `published`."""
    pub = published.last
    return pub.year if (month_number, day_number) <= (pub.month, pub.day) else pub.year - 1


def _read_iso(match: re.Match[str], published: DateRange | None):
    try:
        return [day(date(int(match["y"]), int(match["m"]), int(match["d"])))], ""
    except ValueError:
        return None


def _read_numeric(match: re.Match[str], published: DateRange | None):
    a, b, y = int(match["a"]), int(match["b"]), int(match["y"])
    readings = []
    for d, m in ((a, b), (b, a)):  # day first, as most of the world writes; then month first (US)
        try:
            reading = day(date(y, m, d))
        except ValueError:
            continue
        if reading not in readings:
            readings.append(reading)
    return (readings, "") if readings else None


def _read_days_month(match: re.Match[str], published: DateRange | None):
    m = _month_number(match["m"])
    return _span((_day_number(match["d1"]), m, match["y"]), (_day_number(match["d2"]), m, match["y"]), published)


def _read_span(match: re.Match[str], published: DateRange | None):
    return _span(_fields(match, "1"), _fields(match, "2"), published)


def _read_years(match: re.Match[str], published: DateRange | None):
    first, second = int(match["y1"]), match["y2"]
    last = int(second) if len(second) == 4 else first - first % 100 + int(second)
    if last <= first:
        return None  # "in 2019-18": not a range of years
    return [DateRange(year(first).first, year(last).last)], ""


def _read_point(match: re.Match[str], published: DateRange | None):
    point = _fields(match, "")
    return _span(point, point, published)


def _read_year(match: re.Match[str], published: DateRange | None):
    return [year(int(match["y"]))], ""


def _read_since_month(match: re.Match[str], published: DateRange | None):
    number = _month_number(match["m"])
    return _span((None, number, None), (None, number, None), published)


_NAMED_DAYS = frozenset("good black super cyber ash holy maundy easter bloody giving shrove palm whit".split())
_NOT_THE_LAST = frozenset("a an every each one any some next this that the following coming".split())
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)\s+\Z")
_WEEKDAY_AFTER = re.compile(r"(?:'|’)s\b|\s+(?:morning|afternoon|evening|night)\b")


# A verb in the past right before a bare weekday, as wire copy writes the day: "was sentenced Tuesday".
_PAST_VERB_BEFORE = re.compile(r"\b(?:[a-z]+ed|said|told|held|caught|found|seized|took|made|won|lost|fled)\s+\Z")


def _read_weekday(match: re.Match[str], published: DateRange | None):
    if published is None or published.first != published.last:
        return None  # "on Tuesday" of an article dated only by its month: any of four
    text, start = match.string, match.start("w1")
    before = _PREVIOUS_WORD.search(text, max(0, start - 12), start)
    if before is not None and before.group(1).lower() in _NAMED_DAYS:
        return None  # "Good Friday", "Black Friday": a named day, not the last Friday
    if before is not None and before.group(1).lower() in _NOT_THE_LAST:
        return None  # "on a Tuesday night", "next Tuesday": not the last Tuesday
    if match["pre"] is None and _WEEKDAY_AFTER.match(text, match.end()) is None \
            and _PAST_VERB_BEFORE.search(text, max(0, start - 20), start) is None:
        return None  # a weekday alone ("open Monday to Friday") is not a date; "was sentenced Tuesday" is
    pub = published.last
    w1 = _WEEKDAY_FORMS[match["w1"]]
    w2 = _WEEKDAY_FORMS[match["w2"]] if match["w2"] else w1
    back = (pub.weekday() - w2) % 7
    if (match["pre"] or "").lower() == "last" and back == 0:
        back = 7  # "last Tuesday" in a Tuesday's paper is a week ago
    last = pub - timedelta(days=back)
    first = last - timedelta(days=(w2 - w1) % 7)
    return [DateRange(first, last)], "published"


_READERS = {
    "iso": _read_iso, "numeric": _read_numeric, "days_month": _read_days_month,
    "month_days": _read_days_month, "span": _read_span, "years": _read_years, "point": _read_point,
    "year": _read_year, "since_month": _read_since_month, "weekday": _read_weekday,
}


# -- relative dates ------------------------------------------------------------------------

_PATTERNS = [
    ("month_last_year", re.compile(rf"\b(?:in\s+)?({_MONTH})\s+last\s+year\b", re.I)),
    ("last_month_name", re.compile(rf"\blast\s+({_MONTH})\b", re.I)),
    ("last_unit", re.compile(r"\blast\s+(?:calendar\s+)?(year|month|week)\b", re.I)),
    ("part_of_this_year", re.compile(r"\b(first|second|third|fourth|last|final)\s+(half|quarter)\s+of\s+(?:the|this)\s+year\b",
                                     re.I)),
    ("this_year", re.compile(r"\bthis\s+year\b|\bsince\s+the\s+(?:start|beginning)\s+of\s+the\s+year\b", re.I)),
    ("since_start_of", re.compile(r"\bsince\s+the\s+(?:start|beginning)\s+of\s+((?:19|20)\d\d)\b", re.I)),
    ("this_month", re.compile(r"\b(?:earlier\s+|later\s+)?this\s+month\b", re.I)),
    ("this_week", re.compile(r"\b(?:earlier\s+)?this\s+week\b", re.I)),
    ("part_of_year", re.compile(r"\b(early|mid|late)[-\s](\d{4})\b", re.I)),
    ("past_n", re.compile(r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(\w+)\s+(day|week|month|year)s?\b", re.I)),
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    ("today", re.compile(r"\btoday\b", re.I)),
    ("in_month", re.compile(rf"\bin\s+({_MONTH})\b(?!\s+(?:last\s+year|\d))", re.I)),
]


def _relative(text: str, published: DateRange, taken: list[tuple[int, int]]) -> list[QuoteDate]:
    found: list[QuoteDate] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            resolved = _resolve(kind, match, published)
            if resolved is not None:
                taken.append((match.start(), match.end()))
                found.append(QuoteDate(" ".join(match.group().split()), match.start(), resolved, basis="published"))
    return found


def _resolve(kind: str, match: re.Match[str], published: DateRange) -> DateRange | None:
    pub = published.last
    if kind == "month_last_year":
        return month(pub.year - 1, MONTHS[match.group(1).lower()])
    if kind == "last_month_name":
        number = MONTHS[match.group(1).lower()]
        return month(pub.year if number < pub.month else pub.year - 1, number)
    if kind == "last_unit":
        unit = match.group(1).lower()
        if unit == "year":
            return year(pub.year - 1)
        if unit == "month":
            first = published.first.replace(day=1) - timedelta(days=1)
            return month(first.year, first.month)
        return last_week(published)
    if kind == "this_year":
        return year(pub.year)
    if kind == "part_of_this_year":  # "the first half of the year", in the year of publication
        which, unit = match.group(1).lower(), match.group(2).lower()
        order = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 0, "final": 0}[which]
        parts = 2 if unit == "half" else 4
        order = order or parts
        if order > parts:
            return None
        size = 12 // parts
        return DateRange(month(pub.year, size * (order - 1) + 1).first, month(pub.year, size * order).last)
    if kind == "this_month":  # "earlier this month": the month of publication, up to it
        return DateRange(published.first.replace(day=1), pub)
    if kind == "this_week":  # "earlier this week": from the Monday before publication, up to it
        return DateRange(pub - timedelta(days=pub.weekday()), pub)
    if kind == "part_of_year":
        which, number = match.group(1).lower(), int(match.group(2))
        months = {"early": (1, 4), "mid": (4, 9), "late": (9, 12)}[which]
        return DateRange(month(number, months[0]).first, month(number, months[1]).last)
    if kind == "past_n":
        count = _count(match.group(1))
        if count is None:
            return None
        return DateRange(published.first - timedelta(days=count * _UNIT_DAYS[match.group(2).lower()]), pub)
    if kind == "yesterday":
        return DateRange(published.first - timedelta(days=1), pub - timedelta(days=1))
    if kind == "today":
        return published
    if kind == "since_start_of":  # "Since the beginning of 2025": from then to publication
        first = year(int(match.group(1))).first
        return DateRange(first, pub) if first <= pub else None
    number = MONTHS[match.group(1).lower()]
    return month(pub.year if number <= pub.month else pub.year - 1, number)


def last_week(published: DateRange) -> DateRange:
    """"last week": the calendar week before the one of publication, a day either side."""
    monday = published.last - timedelta(days=published.last.weekday())
    return DateRange(monday - timedelta(days=8), monday)


def _count(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word)
