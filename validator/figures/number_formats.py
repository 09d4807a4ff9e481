"""Fixed formats read whole before any other number, so that none of their parts is taken
for a count: dates ("April 18, 2017", "18/04/2017"), clock times ("14:30", "9.30pm") and
telephone numbers ("+31 70 555 0142", "1-888-555-0134"), which are not read at all."""

from __future__ import annotations

import re

_IA = re.IGNORECASE | re.ASCII

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![A-Za-z])\.?"
)
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR = r"(?P<year>[12]\d{3})(?!\d)"

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
# In the order they are tried: a span the first one takes is not read again.
DATE_RES = (_NUMERIC_DATE_RE, _DAY_MONTH_RE, _MONTH_DATE_RE)

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
TIME_RES = (_TIME_RE, _CLOCK_RE)

# A telephone number is no quantity: "+31 70 555 0142", "1-888-555-0134", "0800 555 0142".
PHONE_RE = re.compile(
    r"(?=[+\d])(?:(?<![\w+])\+\d{1,3}(?:[ .\-]?\(?\d{1,5}\)?){2,6}(?!\d)"
    r"|(?<![\w.\-])\d{1,4}(?:-\d{2,4}){2,4}(?![\w\-])"
    r"|(?<![\w.,])(?<!\d[ \u00a0\u2007\u2009\u202f])0\d{2,4}(?:[ \-]\d{2,4}){1,3}(?![\w])"
    r"|(?<![\w.,])1[38]00[ \-]\d{3}[ \-]\d{3}(?![\w]))",  # Australian 1800 and 1300 numbers
    re.A,
)

_YEAR_GROUPS = ("year", "iso", "alone")


def no_year(m: re.Match[str]) -> bool:
    """Whether a date match has no year ("December 27")."""
    return not any(m.groupdict().get(name) for name in _YEAR_GROUPS)


def date_value(m: re.Match[str]) -> float:
    """The year when the date has one ("18/04/17" is 2017), else the day of the month."""
    groups = m.groupdict()
    year = next((groups[name] for name in _YEAR_GROUPS if groups.get(name)), None)
    if year is None:
        return float(groups["day"])
    return float(year) if len(year) == 4 else 2000.0 + float(year)


def clock_value(m: re.Match[str]) -> float:
    """Hours + minutes / 60 on a 24-hour clock."""
    hour = int(m.group("h")) % 24
    minutes = int(m.group("m") or 0)
    ap = (m.group("ap") or "").lower()
    if ap.startswith("p") and hour < 12:
        hour += 12
    elif ap.startswith("a") and hour == 12:
        hour = 0
    return hour + minutes / 60
