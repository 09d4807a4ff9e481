"""What a figure is an amount of, beyond a count: money in a currency, a quantity in a unit,
a percentage, or a range between two numbers. Shared by the claim reader and the source reader.

* Money: a symbol or code before the number ("€500,000", "US$2.5m", "EUR 10m", "Rs 5 crore")
  or a word or code after it ("2.5 million dollars", "500,000 euros"), read as an ISO 4217
  code (pycountry's list). Amounts compare only within one currency: no exchange rates.
* Quantities: a number with a unit of mass, volume, length or area ("2.5 tonnes", "275 kg",
  "120,000 litres", "4,000 km"). Units of one dimension convert through pint, which is
  imported only when a quantity is compared.
* Ranges: "between 50 and 60", "50 to 60", "50-60", "from 12 to 14 hours": one figure that
  allows every value from the first to the second.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from decimal import Decimal
from functools import cache

from validator.figures import currencies
from validator.figures.numbers import Number

KINDS = ("count", "duration", "money", "quantity", "percent")

# Unit words a quantity may be written in, and the name pint knows each by.
UNITS: dict[str, str] = {
    **dict.fromkeys(("tonne", "tonnes", "ton", "tons", "metric ton", "metric tons", "metric tonne",
                     "metric tonnes", "t"), "metric_ton"),
    **dict.fromkeys(("kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos", "kg", "kgs"),
                    "kilogram"),
    **dict.fromkeys(("gram", "grams", "g"), "gram"),
    **dict.fromkeys(("milligram", "milligrams", "mg"), "milligram"),
    **dict.fromkeys(("pound weight", "lb", "lbs", "pounds", "pound"), "pound"),
    **dict.fromkeys(("ounce", "ounces", "oz"), "ounce"),
    **dict.fromkeys(("litre", "litres", "liter", "liters", "l"), "liter"),
    **dict.fromkeys(("millilitre", "millilitres", "milliliter", "milliliters", "ml"), "milliliter"),
    **dict.fromkeys(("gallon", "gallons"), "gallon"),
    **dict.fromkeys(("barrel", "barrels"), "barrel"),
    **dict.fromkeys(("kilometre", "kilometres", "kilometer", "kilometers", "km"), "kilometer"),
    **dict.fromkeys(("metre", "metres", "meter", "meters", "m"), "meter"),
    **dict.fromkeys(("mile", "miles"), "mile"),
    **dict.fromkeys(("nautical mile", "nautical miles"), "nautical_mile"),
    **dict.fromkeys(("hectare", "hectares", "ha"), "hectare"),
    **dict.fromkeys(("acre", "acres"), "acre"),
    **dict.fromkeys(("gigabyte", "gigabytes", "gb"), "gigabyte"),
    **dict.fromkeys(("terabyte", "terabytes", "tb"), "terabyte"),
    **dict.fromkeys(("petabyte", "petabytes", "pb"), "petabyte"),
}
_LABELS = {"metric_ton": "tonnes", "liter": "litres", "milliliter": "millilitres", "kilometer": "kilometres",
           "meter": "metres", "inch": "inches", "foot": "feet"}
# What a dimension is called in a message.
DIMENSIONS = {"[mass]": "a mass", "[length] ** 3": "a volume", "[length]": "a length",
              "[length] ** 2": "an area", "[time]": "a time", "dimensionless": "an amount of data"}

_RANGE_JOIN = re.compile(rf"\s*(?:-|–|—|to|and)\s*(?:(?:{currencies._SIGN})\s?|[A-Z]{{3}}\s?)?", re.I)  # "between $150 and $900"
_CHANGE = re.compile(r"\b(?:rose|risen|rising|increased|increasing|fell|fallen|falling|dropped|"
                     r"grew|grown|jumped|climbed|doubled|went|up|down|cut|reduced|decreased)\b[^.;]*\bfrom\s+\Z", re.I)
_BETWEEN = re.compile(r"\b(?:between|from)\s+\Z", re.I)


def currency_before(text: str, start: int) -> str | None:
    """The currency written right before `start` ("€", "US$", "EUR "), as an ISO code."""
    found = currencies.before(text, start)
    return found[0] if found else None


def sign_before(text: str, start: int) -> int | None:
    """Where a currency sign or code written right before `start` begins, or None."""
    found = currencies.before(text, start)
    return found[1] if found else None


def currency_after(text: str, end: int) -> tuple[str, int] | None:
    """The currency written right after `end` ("euros", "dollars", "EUR"), and where it ends."""
    return currencies.after(text, end)


def unit_named(word: str) -> str | None:
    """The pint unit a unit word names ("tonnes" -> "metric_ton"), or None."""
    return UNITS.get(" ".join(word.split()).lower().rstrip("."))


@cache
def _registry():
    import pint  # heavy: only when a quantity is compared

    return pint.UnitRegistry(cache_folder=None)


def convert(value: float, unit: str, target: str) -> float | None:
    """`value` in `unit` expressed in `target`, or None when they measure different things."""
    registry = _registry()
    quantity = registry.Quantity(value, unit)
    try:
        return float(quantity.to(target).magnitude)
    except Exception:  # pint's DimensionalityError: a mass is not a length
        return None


def base_unit(unit: str) -> str:
    """The base unit of a unit's dimension (kilogram for tonnes, cubic metre for litres)."""
    return str(_registry().Quantity(1, unit).to_base_units().units)


def unit_label(unit: str) -> str:
    """A pint unit as a reader would write it ("metric_ton" -> "tonnes")."""
    return _LABELS.get(unit, unit.replace("_", " ") + "s")


def dimension(unit: str) -> str:
    """What a unit measures, for messages ("a mass", "a volume")."""
    found = str(_registry().Quantity(1, unit).dimensionality)
    return DIMENSIONS.get(found, found)


def same_amount(a: float, b: float) -> bool:
    """Equal but for the rounding a unit conversion brings."""
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def rounds_to(value: float, rounded: float) -> bool:
    """`rounded` is `value` rounded to the last significant digit of `rounded`:
    2,317,460 to 2,300,000 (2.3 million), 247,389 to 247,000, 38 to 40; not 38 to 39."""
    if rounded == 0 or value == rounded:
        return value == rounded
    digits = Decimal(repr(float(rounded))).normalize()
    unit = Decimal(1).scaleb(int(digits.as_tuple().exponent))
    return abs(Decimal(repr(float(value))) - digits) <= unit / 2


def bounds(value: float, bound: float, upper: bool) -> bool:
    """`bound` is `value` cut to a rounder number on the side that keeps it true: rounded down
    for a lower bound (350 to "at least 300", 2.4 to "more than 2", 11,870 to "more than
    10,000"), up for an upper bound (640 to "up to 700"). A figure with a digit lost or
    changed is no bound: 30 for 350, 24 for 25."""
    if bound <= 0 or value <= 0:
        return False
    exact = Decimal(repr(float(value)))
    digits = Decimal(repr(float(bound))).normalize()
    unit = Decimal(1).scaleb(int(digits.as_tuple().exponent))
    rounding = "ROUND_CEILING" if upper else "ROUND_FLOOR"
    # to the bound's last digit, or to a half of the digit before ("more than 1.5 million" for 1.8)
    # a half step only for large figures: "more than 1.5 million" for 1.8 million, not "up to 15" for 14
    steps = (unit, unit * 5) if len(digits.as_tuple().digits) >= 2 and bound >= 1000 else (unit,)
    return any((exact / step).to_integral_value(rounding=rounding) * step == digits for step in steps)


def join_ranges(text: str, numbers: list[Number]) -> list[Number]:
    """Numbers with "between 50 and 60", "50 to 60 arrests", "12 to 14 hours" read as one
    range each: the first number's span and value, the second's end, kind and unit as high."""
    out: list[Number] = []
    i = 0
    while i < len(numbers):
        first = numbers[i]
        second = numbers[i + 1] if i + 1 < len(numbers) else None
        if second is not None and _ranged(text, first, second):
            kind = second.kind if first.kind == "count" else first.kind
            first = _scaled_like(first, second)  # "between 40 and 60 billion euros": 40 billion
            opener = _BETWEEN.search(text, max(0, first.start - 10), first.start)
            start = first.qualifier_start if first.qualifier_start is not None else (opener.start() if opener else None)
            out.append(replace(first, end=second.end, high=second.value, kind=kind, qualifier_start=start,
                               unit=second.unit or first.unit, text=text[first.start:second.end]))
            i += 2
            continue
        out.append(first)
        i += 1
    return out


_SCALE_WORD = re.compile(r"[\d.,]+\s*-?(?:(million|billion|trillion|bn|m)\b)", re.I)


def _scaled_like(first: Number, second: Number) -> Number:
    """The first end of a range takes the scale word written only after the second."""
    m = _SCALE_WORD.match(second.text)
    if m is None or _SCALE_WORD.match(first.text) or not first.text.replace(",", "").replace(".", "").isdigit():
        return first
    digits = float(re.sub(r"[^\d.]", "", second.text[:m.start(1)]) or 0)
    scale = second.value / digits if digits else 1.0
    return replace(first, value=first.value * scale) if scale > 1 and first.value * scale <= second.value else first


def _ranged(text: str, first: Number, second: Number) -> bool:
    if first.high is not None or second.high is not None or second.qualifier_start is not None:
        return False
    if first.kind not in ("count", second.kind) or second.kind not in (
            "count", "duration", "quantity", "money", "percent", "age"):
        return False  # "between 8 and 15 years old" is a range of ages, never a count
    join = _RANGE_JOIN.fullmatch(text, first.end, second.start)
    if join is None or second.value <= first.value or _CHANGE.search(text, max(0, first.start - 30), first.start):
        return False  # "rose from 50 to 60" is a change, not a range
    if join.group().strip().lower() == "and":
        return _BETWEEN.search(text, max(0, first.start - 10), first.start) is not None
    return True


_DURATION_AND = re.compile(r"\s*(?:,\s*)?(?:and|&)\s+", re.I)
_IN_YEARS = {"years": 1.0, "months": 1 / 12}


def join_durations(text: str, numbers: list[Number]) -> list[Number]:
    """"six years and six months" read also as one duration of 6.5 years (after its two parts,
    which a claim may give as "6 years, 6 months"); other numbers as they are."""
    out: list[Number] = []
    i = 0
    while i < len(numbers):
        first = numbers[i]
        second = numbers[i + 1] if i + 1 < len(numbers) else None
        if (second is not None and first.kind == second.kind == "duration" and first.high is None
                and second.high is None and (first.unit, second.unit) == ("years", "months")
                and _DURATION_AND.fullmatch(text, _unit_end(text, first), second.start)):
            value = first.value + second.value / 12
            out += [first, second, replace(first, end=second.end, value=value,
                                           text=text[first.start:_unit_end(text, second)])]
            i += 2
            continue
        out.append(first)
        i += 1
    return out


def _unit_end(text: str, number: Number) -> int:
    m = re.match(r"[\s-]*(?:years?|months?)\b", text[number.end:number.end + 12], re.I)
    return number.end + (m.end() if m else 0)
