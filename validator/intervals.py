"""Figures as intervals of the values they allow, so that two figures can be compared.

exact n = [n, n]; more than n = (n, inf); at least n = [n, inf); at most n = [0, n];
less than n = [0, n); about n = [n - t*n, n + t*n]; almost n = [n - t*n, n);
a vague figure ("hundreds") is a lower bound: [n, inf).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

DEFAULT_TOLERANCE = 0.10



@dataclass(frozen=True, slots=True)
class Interval:
    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def __contains__(self, value: float) -> bool:
        above = value > self.low if self.low_open else value >= self.low
        below = value < self.high if self.high_open else value <= self.high
        return above and below

    def overlaps(self, other: Interval) -> bool:
        """Some value lies in both (an empty interval, such as "less than 0", overlaps nothing)."""
        return self.intersection(other) is not None

    def contains(self, other: Interval) -> bool:
        low_ok = self.low < other.low or (self.low == other.low and (other.low_open or not self.low_open))
        high_ok = self.high > other.high or (self.high == other.high and (other.high_open or not self.high_open))
        return low_ok and high_ok

    def intersection(self, other: Interval) -> Interval | None:
        """The values both allow, or None when they share none.

        Each end is the tighter of the two; where both have the same end, it is open if
        either is. An interval left with a single value is kept only if both ends are closed.
        """
        if self.low != other.low:
            low, low_open = max((self.low, self.low_open), (other.low, other.low_open))
        else:
            low, low_open = self.low, self.low_open or other.low_open
        if self.high != other.high:
            high, high_open = min((self.high, self.high_open), (other.high, other.high_open))
        else:
            high, high_open = self.high, self.high_open or other.high_open
        if low > high or (low == high and (low_open or high_open)):
            return None
        return Interval(low, high, low_open, high_open)

    @property
    def exact(self) -> bool:
        return self.low == self.high

    def __str__(self) -> str:
        if self.exact:
            return format_number(self.low)
        left = "(" if self.low_open else "["
        right = ")" if self.high_open or math.isinf(self.high) else "]"
        return f"{left}{format_number(self.low)}, {'∞' if math.isinf(self.high) else format_number(self.high)}{right}"


def format_number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0")


def interval(value: float, qualifier: str | None = None, vague: bool = False,
             tolerance: float = DEFAULT_TOLERANCE) -> Interval:
    """The values a figure allows, from its canonical qualifier (see validator.figures.qualifiers)."""
    if vague:
        return Interval(value, math.inf, high_open=True)
    slack = abs(value) * tolerance
    if qualifier is None:
        return Interval(value, value)
    if qualifier == "about":
        return Interval(value - slack, value + slack)
    if qualifier == "almost":
        return Interval(value - slack, value, high_open=True)
    if qualifier == "more than":
        return Interval(value, math.inf, low_open=True, high_open=True)
    if qualifier == "at least":
        return Interval(value, math.inf, high_open=True)
    if qualifier == "at most":
        return Interval(0, value)
    if qualifier == "less than":
        return Interval(0, value, high_open=True)
    raise ValueError(f"unknown qualifier {qualifier!r}")


def claimed_range(figure, tolerance: float) -> Interval:
    """The values a claim's figure allows: a range from its low to its high end, widened by
    "about"; else what its qualifier allows."""
    if figure.high is None:
        return interval(figure.value, figure.qualifier, figure.vague, tolerance)
    low, high = interval(figure.value, figure.qualifier, False, tolerance), \
        interval(figure.high, figure.qualifier, False, tolerance)
    return Interval(low.low, high.high, low.low_open, high.high_open)
