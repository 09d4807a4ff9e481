"""Dates as ranges of days: `when` and `published` values, and relative dates in a quote.

A relative date ("last December", "in July last year", "mid-2016", "over the past five
years") is resolved against the source's publication date; the result is a range, since
"last year" is every day of a year and "2017-03" every day of March 2017.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
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
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def month(year: int, number: int) -> DateRange:
    start = date(year, number, 1)
    return DateRange(start, _month_end(start))


def year(number: int) -> DateRange:
    return DateRange(date(number, 1, 1), date(number, 12, 31))


def parse(text: str) -> DateRange:
    """A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` value; ValueError names what is impossible."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return year(parts[0])
    if not 1 <= parts[1] <= 12:
        raise ValueError(f"month {parts[1]:02d} does not exist")
    if len(parts) == 2:
        return month(parts[0], parts[1])
    last_day = calendar.monthrange(parts[0], parts[1])[1]
    if not 1 <= parts[2] <= last_day:
        raise ValueError(f"{calendar.month_name[parts[1]]} {parts[0]} has no day {parts[2]}")
    day = date(*parts)
    return DateRange(day, day)


@dataclass(frozen=True, slots=True)
class RelativeDate:
    phrase: str
    start: int  # offset in the text it was read from
    range: DateRange


_PATTERNS = [
    ("month_last_year", re.compile(rf"\b(?:in\s+)?({_MONTH})\s+last\s+year\b", re.I)),
    ("last_month_name", re.compile(rf"\blast\s+({_MONTH})\b", re.I)),
    ("last_unit", re.compile(r"\blast\s+(year|month|week)\b", re.I)),
    ("this_year", re.compile(r"\bthis\s+year\b", re.I)),
    ("part_of_year", re.compile(r"\b(early|mid|late)[-\s](\d{4})\b", re.I)),
    ("past_n", re.compile(r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(\w+)\s+(day|week|month|year)s?\b", re.I)),
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    ("in_month", re.compile(rf"\bin\s+({_MONTH})\b(?!\s+(?:last\s+year|\d))", re.I)),
]


def relative_dates(text: str, published: DateRange) -> list[RelativeDate]:
    """Every relative date in `text`, resolved against the publication date."""
    found: list[RelativeDate] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            resolved = _resolve(kind, match, published)
            if resolved is not None:
                taken.append((match.start(), match.end()))
                found.append(RelativeDate(" ".join(match.group().split()), match.start(), resolved))
    return sorted(found, key=lambda r: r.start)


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
        return DateRange(published.first - timedelta(days=14), pub)
    if kind == "this_year":
        return year(pub.year)
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
    number = MONTHS[match.group(1).lower()]
    return month(pub.year if number <= pub.month else pub.year - 1, number)


def _count(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word)
