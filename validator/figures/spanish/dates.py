"""Dates in a Spanish quote, explicit and relative to the source's `published`, read into the
same `QuoteDate`s the English reader gives C004: "el 14 de marzo de 2023", "el pasado 3 de
junio", "del 13 al 24 de mayo", "entre el 3 y el 9 de junio", "en marzo de 2023", "en 2021",
"el pasado mes de julio", "en julio del año pasado", "el año pasado", "el mes pasado", "este
año", "a mediados de 2016", "a finales de 2022", "en los últimos cinco años", "ayer", "el
martes". Month and weekday names are read in lower case, as Spanish writes them.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from validator.dates import DateRange, QuoteDate, day, last_week, month, year

MONTHS = {name: i for i, name in enumerate(
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(), 1)}
MONTHS["setiembre"] = 9
WEEKDAYS = {name: i for i, name in enumerate("lunes martes miércoles jueves viernes sábado domingo".split())}
WEEKDAYS.update({"miercoles": 2, "sabado": 5})
_NUMBERS = {w: i for i, w in enumerate("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce".split())}
_NUMBERS.update({"un": 1, "una": 1})
_UNIT_DAYS = {"día": 1, "dia": 1, "semana": 7, "mes": 30, "año": 365, "ano": 365}

_M = "|".join(sorted(MONTHS, key=len, reverse=True))
_W = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_YEAR = r"(?:de|del)\s+(?P<y>\d{4})"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("day_span", re.compile(rf"\b(?:del|entre\s+el)\s+(?P<d1>\d{{1,2}})\s+(?:al|y\s+el)\s+(?P<d2>\d{{1,2}})\s+de\s+"
                            rf"(?P<m>{_M})(?:\s+{_YEAR})?\b", re.I)),
    ("year_span", re.compile(r"\b(?:de|desde|entre)\s+(?P<y1>(?:19|20)\d{2})\s+(?:a|y|hasta)\s+(?:el\s+)?"
                             r"(?P<y2>(?:19|20)\d{2})\b", re.I)),
    ("month_span", re.compile(rf"\b(?:de|entre)\s+(?P<m1>{_M})\s+(?:a|y)\s+(?P<m2>{_M})(?:\s+{_YEAR})?\b", re.I)),
    ("day", re.compile(rf"\b(?P<last>pasado\s+)?(?P<d>\d{{1,2}})\s+de\s+(?P<m>{_M})(?:\s+{_YEAR})?\b", re.I)),
    ("month_last_year", re.compile(rf"\b(?:en\s+)?(?P<m>{_M})\s+(?:del|de)\s+año\s+pasado\b", re.I)),
    ("last_month_name", re.compile(rf"\b(?:el\s+)?pasado\s+(?:mes\s+de\s+)?(?P<m>{_M})\b", re.I)),
    ("month_year", re.compile(rf"\b(?:(?:en|de|desde|durante)\s+)?(?P<m>{_M})\s+{_YEAR}\b", re.I)),
    ("part_of_year", re.compile(r"\ba\s+(?P<p>principios|comienzos|mediados|finales|fines)\s+de(?:l\s+año)?\s+(?P<y>\d{4})\b",
                                re.I)),
    ("last_unit", re.compile(r"\b(?:el|la|al|del|de\s+la|a\s+la)\s+(?P<u>año|mes|semana)\s+pasad[oa]\b|\b(?:el|la)\s+pasad[oa]\s+(?P<u2>año|mes|semana)\b",
                             re.I)),
    ("this_year", re.compile(r"\beste\s+año\b|\ben\s+lo\s+que\s+va\s+del?\s+año\b", re.I)),
    ("so_far_in", re.compile(r"\ben\s+lo\s+que\s+va\s+de\s+(?P<y>(?:19|20)\d{2})\b", re.I)),
    ("day_of_month", re.compile(r"\bel\s+(?:pasado\s+)?día\s+(?P<d>\d{1,2})\b(?!\s+de\s)", re.I)),
    ("since_month", re.compile(rf"\bdesde\s+(?:el\s+(?:pasado\s+)?)?(?:(?:mes\s+de|principios\s+de)\s+)?(?P<m>{_M})\b"
                               rf"(?!\s+(?:de|del)\s+(?:\d|año))", re.I)),
    ("past_n", re.compile(r"\b(?:en|durante)\s+(?:los|las)\s+últim[oa]s\s+(?P<n>\w+)\s+(?P<u>día|dia|semana|mes|año|ano)(?:s|es)?\b",
                          re.I)),
    ("ago", re.compile(r"\bhace\s+(?P<n>\w+)\s+(?P<u>año|mes|semana|día)s?\b", re.I)),
    ("yesterday", re.compile(r"\bayer\b", re.I)),
    ("weekend", re.compile(r"\b(?:el|este)\s+(?:pasado\s+|último\s+)?fin\s+de\s+semana(?:\s+pasado)?\b", re.I)),
    ("year", re.compile(r"\b(?:en|durante|desde|año|del\s+año|el\s+año|en\s+todo(?:\s+el)?|a\s+lo\s+largo\s+de)\s+"
                        r"(?P<y>(?:19|20)\d{2})\b"
                        r"(?!\s*(?:y|a)\s+(?:19|20)\d{2})", re.I)),
    # "las 241 de 2023", "respecto a 2023, cuando": a year closing its phrase
    ("year", re.compile(r"\b(?:de|del|a)\s+(?P<y>(?:19|20)\d{2})(?=\s*(?:[,.;:)]|\Z|\s+(?:y|e|en|que|cuando)\b))",
                        re.I)),
    ("in_month", re.compile(rf"\ben\s+(?P<m>{_M})\b(?!\s+(?:de|del)\s+(?:\d|año))", re.I)),
    ("weekday", re.compile(rf"\b(?:el|este|el\s+pasado|el\s+último|el\s+ultimo|del|del\s+pasado|del\s+último)\s+"
                           rf"(?P<w>{_W})(?:\s+pasado)?\b(?!\s+\d{{1,2}}\s+de\b)", re.I)),  # "la madrugada del martes"
]


def quote_dates(text: str, published: DateRange | None) -> list[QuoteDate]:
    """Every date in a Spanish `text`, in order. Without `published`, only dates carrying their
    own year are read."""
    found: list[QuoteDate] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            resolved = _resolve(kind, m, published)
            if resolved is None:
                continue
            taken.append((m.start(), m.end()))
            dated, basis = resolved
            found.append(QuoteDate(" ".join(m.group().split()), m.start(), dated, basis=basis))
    return sorted(found, key=lambda d: d.start)


def _resolve(kind: str, m: re.Match[str], published: DateRange | None) -> tuple[DateRange, str] | None:
    explicit = _explicit(kind, m, published)
    if explicit is not None or published is None:
        return explicit
    pub = published.last
    if kind == "month_last_year":
        return month(pub.year - 1, MONTHS[m["m"].lower()]), "published"
    if kind in ("last_month_name", "in_month"):
        number = MONTHS[m["m"].lower()]
        before = number < pub.month if kind == "last_month_name" else number <= pub.month
        return month(pub.year if before else pub.year - 1, number), "published"
    if kind == "last_unit":
        unit = (m["u"] or m["u2"]).lower()
        if unit == "año":
            return year(pub.year - 1), "published"
        if unit == "mes":
            first = published.first.replace(day=1) - timedelta(days=1)
            return month(first.year, first.month), "published"
        return last_week(published), "published"
    if kind == "this_year":
        return year(pub.year), "published"
    if kind == "weekend":  # "el pasado fin de semana": the last Saturday and Sunday before publication
        sunday = pub - timedelta(days=(pub.weekday() + 1) % 7 or 7)
        return DateRange(sunday - timedelta(days=1), sunday), "published"
    if kind == "so_far_in":  # "en lo que va de 2025": from its start to publication
        which = int(m["y"])
        return (year(which) if which != pub.year else DateRange(year(which).first, pub)), "published"
    if kind == "day_of_month":  # "el pasado día 18": the latest 18th on or before publication
        number = int(m["d"])
        if not 1 <= number <= 31:
            return None
        month_first = pub.replace(day=1)
        if number > pub.day:
            month_first = (month_first - timedelta(days=1)).replace(day=1)
        try:
            return day(month_first.replace(day=number)), "published"
        except ValueError:
            return None
    if kind == "since_month":  # "desde enero": from that month of this year (or last) to publication
        number = MONTHS[m["m"].lower()]
        start = month(pub.year if number <= pub.month else pub.year - 1, number).first
        return DateRange(start, pub), "published"
    if kind in ("past_n", "ago"):
        count = _count(m["n"])
        if count is None:
            return None
        days = count * _UNIT_DAYS[m["u"].lower()]
        if kind == "ago":
            point = published.first - timedelta(days=days)
            return (year(point.year) if m["u"].lower() == "año" else DateRange(point - timedelta(days=31), point)), "published"
        return DateRange(published.first - timedelta(days=days), pub), "published"
    if kind == "yesterday":
        return day(published.first - timedelta(days=1)), "published"
    if kind == "weekday":
        back = (pub.weekday() - WEEKDAYS[m["w"].lower()]) % 7
        past = any(w in m.group().lower() for w in ("pasado", "último", "ultimo"))
        return day(pub - timedelta(days=back or (7 if past else 0))), "published"
    return None


def _explicit(kind: str, m: re.Match[str], published: DateRange | None) -> tuple[DateRange, str] | None:
    """Dates that carry their year, or take it from `published` ("el 3 de mayo")."""
    if kind == "year":
        return year(int(m["y"])), ""
    if kind == "year_span":
        return DateRange(year(int(m["y1"])).first, year(int(m["y2"])).last), ""
    if kind == "month_year":
        return month(int(m["y"]), MONTHS[m["m"].lower()]), ""
    if kind == "part_of_year":
        first, last = {"principios": (1, 4), "comienzos": (1, 4), "mediados": (4, 9),
                       "finales": (9, 12), "fines": (9, 12)}[m["p"].lower()]
        which = int(m["y"])
        return DateRange(month(which, first).first, month(which, last).last), ""
    if kind == "month_span":
        number = _year_of(m, published, MONTHS[m["m2"].lower()], 1)
        if number is None:
            return None
        return DateRange(month(number, MONTHS[m["m1"].lower()]).first, month(number, MONTHS[m["m2"].lower()]).last), \
            "" if m["y"] else "year"
    if kind in ("day", "day_span"):
        number_of_month = MONTHS[m["m"].lower()]
        first_day = int(m["d"] if kind == "day" else m["d1"])
        last_day = int(m["d"] if kind == "day" else m["d2"])
        number = _year_of(m, published, number_of_month, last_day)
        if number is None:
            return None
        try:
            return DateRange(date(number, number_of_month, first_day), date(number, number_of_month, last_day)), \
                "" if m["y"] else "year"
        except ValueError:
            return None
    return None


def _year_of(m: re.Match[str], published: DateRange | None, number_of_month: int, day_number: int) -> int | None:
    """The year written, else the latest year that puts the date on or before `published`."""
    if m["y"]:
        return int(m["y"])
    if published is None:
        return None
    pub = published.last
    return pub.year if (number_of_month, day_number) <= (pub.month, pub.day) else pub.year - 1


def _count(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBERS.get(word)
