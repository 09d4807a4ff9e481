"""What a claim's text is read into (`Figure`), and why it may not be (`ClaimTextError`): apart
from the claim reader, so that what only keeps or compares figures (the results cache, the rules
comparing files) need not load the reader."""

from __future__ import annotations

from typing import NamedTuple


class Figure(NamedTuple):
    """One figure of a claim. A named tuple: the results cache rebuilds them by the hundred thousand."""

    value: float
    measure: str | None  # canonical measure name; None only if unreadable
    qualifier: str | None = None  # canonical qualifier
    place: str | None = None  # canonical country, or canonical region name
    items: tuple[str, ...] = ()  # canonical country names where they resolve, else as written
    vague: bool = False
    start: int = 0  # span of this figure in the claim text (code points)
    end: int = 0
    measure_text: str | None = None  # the word(s) the claim used; None when carried over
    place_is_region: bool = False
    place_country: str | None = None  # the country the place lies in (itself for a country)
    listed: bool = False  # a list without a count ("countries: China, India")
    kind: str = "count"  # count, duration, money, quantity or percent (see figures.amounts)
    unit: str | None = None  # the ISO currency of money, the pint unit of a quantity
    high: float | None = None  # the upper end of a range ("50 to 60 arrests"); value is the lower
    place_text: str | None = None  # the place as the claim writes it ("León"), read again in a source's countries


class ClaimTextError(ValueError):
    """The claim text could not be read (rule S004); `column` is 0-based."""

    def __init__(self, message: str, column: int) -> None:
        super().__init__(message)
        self.message = message
        self.column = column

    def __str__(self) -> str:
        return self.message

    def __reduce__(self):
        return (type(self), (self.message, self.column))


class UnknownMeasure(ClaimTextError):
    """A word where the measure should be that names no measure (rule S005)."""

    def __init__(self, word: str, suggestion: str | None, column: int) -> None:
        message = f"unknown measure '{word}'"
        if suggestion:
            message += f"; did you mean '{suggestion}'?"
        super().__init__(message, column)
        self.word = word
        self.suggestion = suggestion

    def __reduce__(self):
        return (type(self), (self.word, self.suggestion, self.column))
