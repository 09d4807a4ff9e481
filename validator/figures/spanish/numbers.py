"""Numbers as Spanish writes them: "41.000", "2,5 toneladas", "1.674.200", "3,2 millones de
euros", "diecisiete", "medio millón", "una veintena de", "decenas de", with the qualifier before
them ("más de", "unos", "cerca de") and their kind (count, money, quantity, percent, duration,
age, year, date, time, ordinal). Number words are read by text2num's Spanish grammar.

A report from the Americas may group with commas and write decimals with a point ("1,674,200",
"2.5 toneladas"); the text's own figures decide which convention it follows.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from validator.figures.numbers import VAGUE_UNITS, Number
from validator.figures.spanish.lexicon import (
    AGE_BEFORE,
    COLLECTIVES,
    CURRENCY_WORDS,
    DURATION_UNITS,
    LABEL_BEFORE,
    MONTHS,
    QUALIFIERS,
    SCALES,
    UNIT_WORDS,
    VAGUE_PLURALS,
    WORD_PATTERN,
)
from validator.figures import currencies

_SPACE = r"[ \t\u00a0\u202f]"


def _alternatives(phrases) -> str:
    """A regex matching any of `phrases`, longest first, any run of blanks between words."""
    spelled = (f"{_SPACE}+".join(re.escape(word) for word in phrase.split()) for phrase in phrases)
    return "|".join(sorted(spelled, key=len, reverse=True))


_EACH_ONE = re.compile(r"\bcada\s+\Z", re.I)
_MILLIONS_IN_WORDS = re.compile(r"(?<![\w.,])(un|\d{1,3})\s+mill(?:ón|on|ones)\s+(\d{1,3})\s+mil(?![\w.,])", re.I)
_THOUSANDS_IN_WORDS = re.compile(r"(?<![\w.,])(\d{1,3})\s+mil\s+(\d{1,3})(?![\w.,])")
_DIGITS = re.compile(r"(?:(?<=[\u211a\u211d])|(?<![\w.,/:\-]))\d+(?:(?:[.,]|[\u00a0\u202f\u2009])\d+)*(?![\w/]|[.,:]\d)")
_SCALE_AFTER = re.compile(rf"{_SPACE}+({'|'.join(sorted(SCALES, key=len, reverse=True))})(?!\w)", re.I)
_WORD_RUN = re.compile(rf"(?<!\w)(?:{WORD_PATTERN})(?:{_SPACE}+(?:y{_SPACE}+)?(?:{WORD_PATTERN}))*(?!\w)", re.I)
_HALF = re.compile(rf"(?<!\w)medio{_SPACE}+(mill[oó]n|centenar|millar)(?!\w)", re.I)
_COLLECTIVE = re.compile(
    rf"(?<!\w)(?:(un|una|media|medio)|(?P<n>\d+|[^\W\d_]+)){_SPACE}+(?P<c>{'|'.join(COLLECTIVES)})s?(?={_SPACE}+de\b)",
    re.I)
_VAGUE = re.compile(rf"(?<!\w)(?:(?:varias|varios|unas|unos|algunas|algunos){_SPACE}+)?"
                    rf"(?P<v>{'|'.join(VAGUE_PLURALS)})(?:(?:{_SPACE}+de{_SPACE}+(?P<w>miles|millones)\b)|(?={_SPACE}+de\b))",
                    re.I)

_QUALIFIER = re.compile(rf"(?<!\w)(?P<q>{_alternatives(QUALIFIERS)})(?:{_SPACE}+(?:los|las|el|la|a|un|una))?{_SPACE}+\Z",
                        re.I)
# A verb of rising or falling, and what it rose or fell by, before the "hasta" of the figure reached.
MOVED = re.compile(r"\b(?:(?:se\s+)?(?:han|ha|habían|había)\s+(?:crecido|subido|bajado|aumentado|descendido|caído|disminuido|"
                    r"repuntado|escalado|duplicado|triplicado|multiplicado|reducido)|(?:se\s+)?(?:duplic|triplic|multiplic)"
                    r"(?:ó|aron)|crec(?:ió|ieron|e|en)|sub(?:ió|ieron|e|en)|baj(?:ó|aron|a|an)|aument(?:ó|aron|a|an)|"
                    r"descend(?:ió|ieron|e|en)|cay(?:ó|eron)|cae|caen|disminu(?:yó|yeron|ye|yen)|"
                    r"increment(?:ó|aron|a|an)|redu(?:jo|jeron|ce|cen)|repunt(?:ó|aron|a|an)|escal(?:ó|aron)|"
                    r"dispar(?:ó|aron)|elev(?:ó|aron))\s+(?:[^\W\d_]+\s+){0,3}?(?:(?:un|el)\s+)?(?:[\d.,]+\s*(?:%|por\s*ciento)\s*,?\s*)?"
                    r"(?:(?:en|durante|desde|el|este|esta|respecto\s+al?|con\s+respecto\s+al?)\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,5}"
                    r"\s*,\s*)?\Z",  # "crecieron un 21 % el año pasado, hasta las 1.042"
                    re.I)
_OR_MORE = re.compile(rf"{_SPACE}+(?:[^\W\d_]+{_SPACE}+){{0,2}}?o{_SPACE}+más\b", re.I)
_PERCENT = re.compile(rf"{_SPACE}?%|{_SPACE}+por{_SPACE}+cien(?:to)?\b", re.I)
_ORDINAL = re.compile(r"\.?[ºª°]|\.?(?:er|ro|do|to|vo|mo|no)\b")
_CURRENCY_AFTER = re.compile(
    rf"{_SPACE}*(?:de{_SPACE}+)?(?P<w>{_alternatives(CURRENCY_WORDS)})(?!\w)",
    re.I)
_UNIT_AFTER = re.compile(
    rf"{_SPACE}*(?:de{_SPACE}+)?(?P<w>{_alternatives(UNIT_WORDS)})(?![^\W\d_])",
    re.I)
_DURATION_AFTER = re.compile(rf"{_SPACE}+(?P<w>{'|'.join(DURATION_UNITS)})(?!\w)", re.I)
_AND_MONTHS = re.compile(rf"{_SPACE}+y{_SPACE}+(\d{{1,2}}|[^\W\d_]+){_SPACE}+mes(?:es)?\b", re.I)
_AND_A_HALF = re.compile(rf"{_SPACE}+y{_SPACE}+medi[oa]\b", re.I)
_AGE_AFTER_WORDS = re.compile(rf"{_SPACE}+(?:a[ñn]os|a[ñn]itos){_SPACE}+de{_SPACE}+edad\b", re.I)
_NOT_AGE_AFTER = re.compile(rf"{_SPACE}+a[ñn]os{_SPACE}+(?:de|en){_SPACE}+(?:prisi[oó]n|c[aá]rcel|condena|pena|"
                            rf"inhabilitaci[oó]n|libertad|privaci[oó]n|reclusi[oó]n|internamiento|investigaci[oó]n|trabajo|"
                            rf"antig[uü]edad|experiencia)", re.I)
_AGE_BEFORE = re.compile(AGE_BEFORE, re.I)
# "la pena de 15 años", "una condena de ocho años": a term, not an age.
_PENALTY_BEFORE = re.compile(r"\b(?:penas?|condenas?|prisi[oó]n|c[aá]rcel|presidio|reclusi[oó]n|sentencia|castigo|"
                             r"inhabilitaci[oó]n)\s+(?:total\s+|m[aá]xima\s+|m[ií]nima\s+)?(?:de|entre)\s+"
                             r"(?:[^\W_]+\s+(?:a|y)\s+)?\Z", re.I)  # "penas de 10 a 13 años"
# "15 años y un día": the Chilean and Spanish way of writing a term just over 15 years.
_AND_A_DAY = re.compile(rf"{_SPACE}+y{_SPACE}+un{_SPACE}+d[ií]a\b", re.I)
_DAY_OF_MONTH = re.compile(rf"{_SPACE}+de{_SPACE}+(?:{'|'.join(MONTHS)})\b", re.I)
_MONTH_BEFORE = re.compile(rf"\b(?:{'|'.join(MONTHS)}){_SPACE}+(?:de|del){_SPACE}+\Z", re.I)
_YEAR_BEFORE = re.compile(rf"\b(?:en|de|del|desde|hasta|año|años|durante|entre|y|a|finales|principios|mediados)"
                          rf"{_SPACE}+(?:(?:el|los){_SPACE}+)?(?:a[ñn]o{_SPACE}+)?\Z", re.I)
_TIME = re.compile(rf"(?:\blas{_SPACE}+\Z)", re.I)
_TIME_AFTER = re.compile(rf"(?:{_SPACE}*(?:h|horas|hrs?)\b)", re.I)
_LABEL_BEFORE = re.compile(LABEL_BEFORE, re.I)
_CAPITAL_CODE = re.compile(r"\b[A-Z]{1,4}[-\u2010\u2011]?\Z")
_PHONE_RUN = re.compile(r"(?<![\d.,])\d{3}(?:[ \u00a0]\d{2,3}){2,3}(?!\d|[.,]\d)")
# Telephone numbers of public services, read as a number only when a noun follows.
_SERVICE_NUMBERS = frozenset("016 061 062 088 091 092 112 900 911".split())
_SERVICE_BEFORE = re.compile(r"\b(?:al|del|el)\s+\Z", re.I)
_RANGE_BETWEEN = re.compile(rf"\b(?:entre){_SPACE}+(?:el{_SPACE}+)?\Z", re.I)
_RANGE_FROM = re.compile(rf"\b(?:de|desde){_SPACE}+\Z", re.I)
_CHANGE = re.compile(r"\b(?:pas[oó]|pasaron|aument[oó]|subi[oó]|baj[oó]|cay[oó]|creci[oó]|se\s+elev[oó]|descendi[oó])\b"
                     r"[^.;]{0,30}\Z", re.I)


def convention(text: str) -> str:
    """"es" when the text groups digits with points and writes decimals with a comma
    ("41.000", "2,5"); "en" when it groups with commas ("41,000", "2.5")."""
    spanish = len(re.findall(r"\d\.\d{3}(?!\d)", text)) + len(re.findall(r"\d,\d{1,2}(?!\d)", text))
    english = len(re.findall(r"\d,\d{3}(?!\d)", text)) + len(re.findall(r"\d\.\d{1,2}(?!\d)", text))
    return "en" if english > spanish else "es"


def _digit_value(written: str, style: str) -> float | None:
    plain = re.sub(r"[\u00a0\u202f\u2009]", "", written)
    group, decimal = (".", ",") if style == "es" else (",", ".")
    if re.fullmatch(rf"\d{{1,3}}(?:\{group}\d{{3}})+(?:\{decimal}\d+)?", plain):
        plain = plain.replace(group, "")
    elif not re.fullmatch(rf"\d+(?:\{decimal}\d+)?", plain):
        if re.fullmatch(r"\d+[.,]\d+", plain):  # the other convention's decimal: "2.5" in a Spanish text
            return float(plain.replace(",", "."))
        return None
    try:
        return float(plain.replace(decimal, "."))
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _word_value(words: str) -> float | None:
    from text_to_num import text2num

    written = " ".join(words.lower().split())
    written = re.sub(r"\bveinti[uú]n\b", "veintiuno", written)  # "veintiún ordenadores": text2num knows the long form
    try:
        return float(text2num(written, "es"))
    except (ValueError, IndexError):
        return None


def read_numbers(text: str) -> list[Number]:
    """Every number of a Spanish text, with its qualifier and kind, sorted by start."""
    text = currencies.with_letter_signs(text)  # "Q185 mil" in Guatemala: same length, same offsets
    style = convention(text)
    found: list[Number] = []
    taken = bytearray(len(text) + 1)

    def add(number: Number) -> None:
        if taken.find(1, number.start, number.end) == -1:
            found.append(number)
            taken[number.start:number.end] = b"\x01" * (number.end - number.start)

    for m in _PHONE_RUN.finditer(text):
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())  # a telephone number, never a figure
    for number in _collectives(text):
        add(number)
    for m in _MILLIONS_IN_WORDS.finditer(text):  # "un millón 120 mil pastillas": 1,120,000, as Mexico writes it
        millions = 1 if m.group(1).lower() in ("un", "1") else int(m.group(1))
        add(Number(m.start(), m.end(), float(millions * 1_000_000 + int(m.group(2)) * 1000), "count", text=m.group()))
    for m in _THOUSANDS_IN_WORDS.finditer(text):  # "108 mil 570 pesos": 108,570, as Mexico writes it
        add(Number(m.start(), m.end(), float(int(m.group(1)) * 1000 + int(m.group(2))), "count", text=m.group()))
    for m in _DIGITS.finditer(text):
        value = _digit_value(m.group(), style)
        if value is not None:
            add(_scaled(text, Number(m.start(), m.end(), value, "count", text=m.group())))
    for m in _WORD_RUN.finditer(text):
        for number in _words(text, m.start(), m.end()):
            add(_scaled(text, number))
    for number in _vague(text):  # "decenas de", "miles de": only where no number stands before
        add(number)
    numbers = sorted((n for n in found if not _EACH_ONE.search(text, max(0, n.start - 6), n.start)
                      or n.text.lower() not in ("uno", "una", "un")), key=lambda n: n.start)  # "cada uno"
    numbers = [_classified(text, n) for n in numbers]
    return _shared_units(text, _ranges(text, [_qualified(text, n) for n in numbers if n.kind != "label"]))


def _shared_units(text: str, numbers: list[Number]) -> list[Number]:
    """"condenados a ocho y seis años", "rebajó de nueve a seis años": a bare number joined by
    "y" to one with a unit, or changed into it, shares the unit."""
    out = list(numbers)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        changed = re.fullmatch(rf"{_SPACE}+a{_SPACE}+", text[a.end:b.start]) and re.search(
            rf"\bde{_SPACE}+\Z", text[max(0, a.start - 4):a.start])
        if a.kind == "count" and b.kind in ("duration", "quantity", "age") and a.high is None \
                and (re.fullmatch(rf"{_SPACE}+(?:y|e|o){_SPACE}+", text[a.end:b.start]) or changed):
            out[i] = replace(a, kind=b.kind, unit=b.unit)  # "de 34 y 29 años": two ages
    return out


def _words(text: str, start: int, end: int) -> list[Number]:
    """The numbers in a run of number words: the longest prefix text2num reads, then the rest
    ("dos y tres" is two numbers; "treinta y dos" one)."""
    out: list[Number] = []
    tokens = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    i = 0
    while i < len(tokens):
        for j in range(len(tokens), i, -1):
            a, b = tokens[i][0], tokens[j - 1][1]
            words = text[a:b]
            if words.split()[-1].lower() == "y":
                continue
            value = _word_value(words)
            if value is None:
                continue
            if words.lower() in ("un", "una") and not (words.lower() == "una" and _PRONOUN_ONE.match(text, b)):
                break  # an article; "un detenido" is read by the sentence reader; "y una en Madrid" is one
            if words.lower() in ("cien", "ciento") and re.search(r"\bpor\s+\Z", text[max(0, a - 6):a], re.I):
                break  # "20 por ciento"
            out.append(Number(a, b, value, "count", text=words))
            i = j - 1
            break
        i += 1
    return out


_PRONOUN_ONE = re.compile(rf"{_SPACE}+(?:en|de|del){_SPACE}+[A-ZÁÉÍÓÚÑ]|{_SPACE}*[,.;:)]")


def _scaled(text: str, number: Number) -> Number:
    """"3,2 millones", "41 mil", "mil millones": the scale word after a number."""
    m = _SCALE_AFTER.match(text, number.end)
    if m is None or number.text.lower() in ("mil",):
        return number
    scale = SCALES[" ".join(m.group(1).lower().split())]
    if number.value >= 1000 and scale == 1e3:
        return number
    return replace(number, end=m.end(), value=number.value * scale, text=text[number.start:m.end()])


def _collectives(text: str) -> list[Number]:
    """"una veintena de", "un centenar de", "dos docenas de", "medio millón", "decenas de"."""
    out = []
    for m in _COLLECTIVE.finditer(text):
        size, exact = COLLECTIVES[m.group("c").lower()]
        if m.group("n"):
            times = _digit_value(m.group("n"), "es") if m.group("n").isdigit() else _word_value(m.group("n"))
            if times is None:
                continue
        else:
            times = 0.5 if m.group(1).lower() in ("media", "medio") else 1.0
        qualifier = None if exact else "about"
        out.append(Number(m.start(), m.end(), size * times, "count", qualifier=qualifier,
                          qualifier_start=m.start() if qualifier else None, text=m.group()))
    for m in _HALF.finditer(text):
        scale = {"millón": 1e6, "millon": 1e6, "centenar": 100.0, "millar": 1000.0}[m.group(1).lower()]
        out.append(Number(m.start(), m.end(), scale / 2, "count", text=m.group(),
                          qualifier=None if scale == 1e6 else "about",
                          qualifier_start=None if scale == 1e6 else m.start()))
    return out


def _vague(text: str) -> list[Number]:
    out = []
    for m in _VAGUE.finditer(text):
        unit = VAGUE_UNITS[VAGUE_PLURALS[m.group("v").lower()]]
        if m.group("w"):  # "decenas de miles": tens of thousands
            unit *= VAGUE_UNITS[VAGUE_PLURALS[m.group("w").lower()]]
        out.append(Number(m.start(), m.end(), 2 * unit, "count", vague=True, text=m.group()))
    return out


def _qualified(text: str, number: Number) -> Number:
    if number.vague or (number.qualifier_start is not None and number.qualifier_start != number.start):
        return number  # a range's "entre", or a qualifier already read
    if number.qualifier_start is not None:  # "más de un centenar": the phrase before wins over "about"
        m = _QUALIFIER.search(text, max(0, number.start - 40), number.start)
        if m is not None and QUALIFIERS[" ".join(m.group("q").lower().split())] is not None:
            return replace(number, qualifier=QUALIFIERS[" ".join(m.group("q").lower().split())],
                           qualifier_start=m.start())
        return number
    anchor = number.start
    sign = currencies.before(text, number.start)
    if sign is not None:
        anchor = sign[1]  # "superior a S/ 3.2 millones": the qualifier stands before the sign
    m = _QUALIFIER.search(text, max(0, anchor - 40), anchor)
    if m is not None and m.group("q").lower() == "hasta" and MOVED.search(text, max(0, m.start() - 90), m.start()):
        m = None  # "crecieron un 6 %, hasta 1.018": the figure it rose to, not a bound
    if m is not None:
        canonical = QUALIFIERS[" ".join(m.group("q").lower().split())]
        number = replace(number, qualifier=canonical, qualifier_start=m.start())
        inner = _QUALIFIER.search(text, max(0, m.start() - 30), m.start())  # "un total de más de"
        if inner is not None and number.qualifier is None:
            number = replace(number, qualifier=QUALIFIERS[" ".join(inner.group("q").lower().split())],
                             qualifier_start=inner.start())
    after = _OR_MORE.match(text, number.end)
    if after is not None and number.qualifier is None:
        number = replace(number, qualifier="at least", qualifier_end=after.end())
    return number


def _classified(text: str, number: Number) -> Number:
    """The kind of a number, from the words around it."""
    before = text[max(0, number.start - 40):number.start]
    end = number.end
    if _ORDINAL.match(text, end) and number.text.isdigit():
        return replace(number, kind="ordinal")
    if _label(text, number, before):
        return replace(number, kind="label")
    if _PERCENT.match(text, end):
        return replace(number, kind="percent")
    money = _money(text, number)
    if money is not None:
        return money
    if _TIME.search(before) and (re.fullmatch(r"\d{1,2}[.:]\d{2}", number.text) or _TIME_AFTER.match(text, end)):
        return replace(number, kind="time")  # "a las 10.30"; not "frente a las 1.940 (denuncias)"
    if re.fullmatch(r"\d{1,2}[:.]\d{2}", number.text) and _TIME_AFTER.match(text, end):
        return replace(number, kind="time")
    if _DAY_OF_MONTH.match(text, end) and number.value <= 31:
        return replace(number, kind="date")
    unit = _UNIT_AFTER.match(text, end)
    if unit is not None:
        return replace(number, kind="quantity", unit=UNIT_WORDS[unit.group("w").lower()])
    duration = _DURATION_AFTER.match(text, end)
    if duration is not None:
        unit_name = DURATION_UNITS[duration.group("w").lower()]
        if unit_name == "years" and _is_age(text, number, before):
            return replace(number, kind="age", unit="years")
        half = _AND_A_HALF.match(text, duration.end())
        value = number.value + 0.5 if half else number.value  # "cuatro años y medio"
        months = _AND_MONTHS.match(text, duration.end()) if unit_name == "years" else None
        if months is not None and (extra := _month_count(months.group(1))) is not None:
            value = number.value + extra / 12  # "11 años y seis meses": 11.5 years
        day = _AND_A_DAY.match(text, duration.end()) if unit_name == "years" and not half and months is None else None
        if day is not None and number.qualifier is None:
            return replace(number, kind="duration", unit=unit_name, qualifier="more than", qualifier_end=day.end())
        return replace(number, kind="duration", unit=unit_name, value=value)
    if _is_year(text, number, before):
        return replace(number, kind="year")
    if (re.search(r"\(\s*\Z", before) and re.match(r"\s*\)", text[end:]) and number.value <= 110
            and re.search(r"[A-ZÁÉÍÓÚ][a-záéíóúñ]+\s+[A-ZÁÉÍÓÚ][\w.]*\s*\(\s*\Z", before)):
        return replace(number, kind="age", unit="years")  # "Juan G. (34)"; not "Francia (5)"
    return number


def _month_count(written: str) -> float | None:
    return float(written) if written.isdigit() else _word_value(written)


def _label(text: str, number: Number, before: str) -> bool:
    """Numbers that name rather than count: "artículo 189", "Juzgado número 2", "091", "N-340",
    "diligencias 123/2023", "a través del 112"."""
    if _LABEL_BEFORE.search(before):
        return True
    if number.text in _SERVICE_NUMBERS and _SERVICE_BEFORE.search(before) and not re.match(r"\s*(?:%|[^\W\d_])", text[number.end:]):
        return True
    if number.text.isdigit() and number.text.startswith("0") and len(number.text) >= 2:
        return True
    if number.text.isdigit() and len(number.text) == 9 and number.text[0] in "6789":
        return True  # a telephone
    return bool(_CAPITAL_CODE.search(before) and before.endswith(("-", "\u2010", "\u2011")))


def _money(text: str, number: Number) -> Number | None:
    after = _CURRENCY_AFTER.match(text, number.end)
    if after is not None:
        code = CURRENCY_WORDS[" ".join(after.group("w").lower().split())]
        return replace(number, kind="money", unit=code)
    sign = currencies.before(text, number.start)
    if sign is not None:
        return replace(number, kind="money", unit=sign[0])
    return None


def _is_age(text: str, number: Number, before: str) -> bool:
    if _NOT_AGE_AFTER.match(text, number.end) or _PENALTY_BEFORE.search(before):
        return False
    return bool(_AGE_AFTER_WORDS.match(text, number.end) or _AGE_BEFORE.search(before))


def _is_year(text: str, number: Number, before: str) -> bool:
    if not (number.text.isdigit() and len(number.text) == 4 and 1900 <= number.value <= 2100):
        return False
    if _MONTH_BEFORE.search(before) or _YEAR_BEFORE.search(before):
        return True
    follows = re.match(r"\s+([^\W\d_]+)", text[number.end:number.end + 30])
    from validator.figures.measures import noun_measure

    return follows is None or noun_measure(follows.group(1), "es") is None


def _ranges(text: str, numbers: list[Number]) -> list[Number]:
    """"entre 30 y 40 registros", "de 2 a 3 toneladas": one range each, its kind and scale the
    second number's ("entre 2 y 3 millones de euros")."""
    out: list[Number] = []
    i = 0
    while i < len(numbers):
        first = numbers[i]
        second = numbers[i + 1] if i + 1 < len(numbers) else None
        joined = _range_of(text, first, second) if second is not None else None
        if joined is not None:
            out.append(joined)
            i += 2
            continue
        out.append(first)
        i += 1
    return out


def _range_of(text: str, first: Number, second: Number) -> Number | None:
    signed = currencies.before(text, second.start)  # "entre US$4,000 y US$6,500": the sign at each end
    gap = text[first.end:signed[1] if signed is not None else second.start]
    if first.kind not in ("count", second.kind) or second.kind in ("year", "date", "time", "ordinal"):
        return None
    if second.qualifier_start is not None or first.high is not None:
        return None
    first_sign = currencies.before(text, first.start)
    anchor = first_sign[1] if first_sign is not None and first.qualifier_start is None else first.start
    opener_start = max(0, (first.qualifier_start or anchor) - 12)
    between = _RANGE_BETWEEN.search(text, opener_start, anchor)
    joined_by_and = re.fullmatch(rf"(?:{_SPACE}?%|{_SPACE}+por{_SPACE}+ciento)?{_SPACE}+y{_SPACE}+(?:el{_SPACE}+)?", gap) is not None
    joined_by_to = re.fullmatch(rf"{_SPACE}*(?:-|\u2013|{_SPACE}a{_SPACE})\s*", gap) is not None
    if not ((between and joined_by_and) or joined_by_to):
        return None
    if joined_by_to and _CHANGE.search(text, max(0, first.start - 40), first.start):
        return None  # "pasó de 50 a 60": a change, not a range
    low = first.value
    scale = second.value / _plain(second) if _plain(second) else 1.0
    if first.kind == "count" and second.kind != "count" and scale > 1 and low * scale <= second.value:
        low *= scale  # "entre 2 y 3 millones"
    if low >= second.value:
        return None
    start = between.start() if between is not None else first.qualifier_start
    return replace(first, end=second.end, value=low, high=second.value, kind=second.kind, unit=second.unit,
                   qualifier=None, qualifier_start=start, text=text[first.start:second.end])


def _plain(number: Number) -> float:
    """The value of a number's digits or words before any scale word."""
    m = re.match(r"[\d.,\u00a0\u202f]+", number.text)
    if m is None:
        return number.value
    value = _digit_value(m.group(), "es")
    return value or number.value
