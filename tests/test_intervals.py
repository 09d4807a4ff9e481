"""Interval logic behind the contradiction rules: properties that must hold for any figure."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from validator.intervals import Interval, interval

QUALIFIERS = [None, "about", "almost", "more than", "at least", "at most", "less than"]
values = st.integers(0, 10**9).map(float)
tolerances = st.sampled_from([0.0, 0.05, 0.1, 0.25])
figures = st.builds(interval, values, st.sampled_from(QUALIFIERS), st.booleans(), tolerances)


@given(figures, figures)
def test_overlap_is_symmetric(a: Interval, b: Interval) -> None:
    assert a.overlaps(b) == b.overlaps(a)


@given(figures)
def test_an_interval_overlaps_and_contains_itself(a: Interval) -> None:
    if a.low < a.high or not (a.low_open or a.high_open):
        assert a.overlaps(a) and a.contains(a)


@given(values, tolerances)
def test_exact_lies_inside_about_and_at_least_and_at_most(n: float, t: float) -> None:
    exact = interval(n)
    for qualifier in ("about", "at least", "at most"):
        assert interval(n, qualifier, tolerance=t).contains(exact)
        assert interval(n, qualifier, tolerance=t).overlaps(exact)


@given(values)
def test_more_than_and_less_than_exclude_the_number_itself(n: float) -> None:
    assert not interval(n, "more than").overlaps(interval(n))
    assert not interval(n, "less than").overlaps(interval(n)) or n == 0


@given(figures, figures, st.floats(0, 1e10, allow_nan=False))
def test_a_shared_value_means_overlap(a: Interval, b: Interval, x: float) -> None:
    if x in a and x in b:
        assert a.overlaps(b)


@given(figures, figures)
def test_containment_implies_overlap(a: Interval, b: Interval) -> None:
    if a.contains(b) and (b.low < b.high or not (b.low_open or b.high_open)):
        assert a.overlaps(b)


def test_examples() -> None:
    assert interval(17, "about").overlaps(interval(17))
    assert not interval(38).overlaps(interval(39))
    assert interval(20000, "more than").overlaps(interval(25000))
    assert interval(200, vague=True).high == math.inf
    assert str(interval(800, "more than")) == "(800, ∞)"
    assert str(interval(38)) == "38"
