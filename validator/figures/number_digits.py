"""Numbers written in digits: the digit-group pattern ("1,186", "20 000", "2,00,000",
"20.000"), what may be written right after the digits ("11th", "1990s", "2.5 million",
"1.5m"), or hyphenated on before them ("COVID-19"), and exact decimal arithmetic on values."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from validator.figures.number_context import PREV_WORD_RE, is_plural_noun

_IA = re.IGNORECASE | re.ASCII

DIGITS_RE = re.compile(
    r"""
    (?=\d)(?:(?<!\w)|(?<=Sh)|(?<=Rp)|(?<=RM)|(?<=Rs)|(?<=(?<![^\W\d_])[A-Z]{3}))(?<!\d\.)   # "Sh34 million", "Rp1.8 trillion", "PHP42 million"
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
NON_DIGIT_RE = re.compile(r"\D", re.A)
COMMA_GROUPED_RE = re.compile(r"\d,\d{3}(?!\d)", re.A)
SCALE_AFTER_RE = re.compile(
    r"[ \t]*-?[ \t]*(?P<scale>thousand|million|billion|lakh|crore)s?\b", _IA
)
GLUED_SCALE_RE = re.compile(r"(?P<scale>k|m|mn|bn)\b", _IA)
# A unit glued to the digits: "340kg", "10km", "2.5t".
GLUED_UNIT_RE = re.compile(r"(kg|kgs|km|(?-i:g)|mg|ml|(?-i:t)|lbs?)\b", _IA)  # "4G", "5T" are names
GLUED_SCALES = {"k": 1e3, "m": 1e6, "bn": 1e9}
ORDINAL_SUFFIX_RE = re.compile(r"(?:st|nd|rd|th)\b", _IA)
DECADE_RE = re.compile(r"s\b", re.A)
RANGE_DASHES = "-\u2013"
_TWO_WORDS_AFTER_RE = re.compile(r"[ \t]+([A-Za-z]+)(?:[ \t]+([A-Za-z]+))?")

# Words a year may be hyphenated to ("mid-2016"); any other word glued on by a hyphen
# makes the number part of a name ("COVID-19", "G-20").
_YEAR_PREFIXES = frozenset("mid early late pre post end start".split())
# After "1.5m" or "10k", plural nouns that name a race or a distance, not what is counted.
_MEASURED = frozenset(
    "metres meters hurdles heats sprints runners swimmers laps lanes tall high long wide deep "
    "thick away apart above below under".split()
)


_THREE_CAPITALS = re.compile(r"[A-Z]{3}")


def glued_before(text: str, start: int) -> bool:
    """'COVID-19', 'G-20': a word hyphenated onto the number names something; 'ISO9001': three
    capitals glued to it that are no currency's code (as 'PHP' in 'PHP42 million' is)."""
    t = text
    if start >= 3 and _THREE_CAPITALS.fullmatch(t, start - 3, start):
        from validator.figures import currencies  # pycountry, only for a text that glues capitals to digits

        return t[start - 3:start] not in currencies.codes()
    if start < 2 or t[start - 1] != "-" or not t[start - 2].isalpha():
        return False
    m = PREV_WORD_RE.search(t, max(0, start - 12), start)
    return m is None or m.group(1).lower() not in _YEAR_PREFIXES


def glued_count(text: str, end: int) -> bool:
    """'1.5m images', '1.5m registered users': a glued scale letter counts when a plural
    noun follows, maybe after one adjective; not '1.5m high walls' or 'the 100m hurdles'."""
    m = _TWO_WORDS_AFTER_RE.match(text, end)
    if m is None:
        return False
    first, second = m.group(1), m.group(2)
    if is_plural_noun(first):
        return first not in _MEASURED
    return (second is not None and first.islower() and first not in _MEASURED
            and is_plural_noun(second) and second not in _MEASURED)


def is_decade(digits: str) -> bool:
    return len(digits) == 4 and digits.isdigit() and digits.endswith("0")


def to_decimal(digits: str) -> Decimal | None:
    try:
        value = Decimal(digits)
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


def whole(m: re.Match[str], value: Decimal) -> bool:
    """Whether a digits match is an integer written without a decimal point ("2.000" is not)."""
    return not m.group("dec") and value == value.to_integral_value() and (
        "." not in m.group("int") or value >= 1000
    )


def as_exact(value: Decimal) -> Fraction | int:
    return int(value) if value == value.to_integral_value() else Fraction(value)


def scaled(value: float, scale: float) -> float:
    """value * scale without binary noise: 1.2 million is 1200000.0, not 1200000.0000000002."""
    return float(Decimal(repr(value)) * Decimal(repr(scale)))


def range_high(low: float, plain: bool, second: tuple[float, bool] | None,
               raw: str) -> float | None:
    """The upper end of 'low-second', or None when the two are not a range."""
    if second is None:
        return None
    high = second[0]
    if plain and 1900 <= low <= 2099 and len(raw) == 2:
        high = low - low % 100 + high  # "2014-15"
    return high if high > low else None
