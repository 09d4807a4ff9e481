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


def _nonempty(a: Interval) -> bool:
    return a.low < a.high or not (a.low_open or a.high_open)


@given(figures, figures)
def test_intersection_is_commutative(a: Interval, b: Interval) -> None:
    assert a.intersection(b) == b.intersection(a)


@given(figures, figures)
def test_intersection_lies_in_both(a: Interval, b: Interval) -> None:
    both = a.intersection(b)
    if both is not None:
        assert a.contains(both) and b.contains(both)
        assert _nonempty(both)


@given(figures, figures)
def test_intersection_is_empty_exactly_when_they_do_not_overlap(a: Interval, b: Interval) -> None:
    assert (a.intersection(b) is None) == (not a.overlaps(b))


@given(figures, figures)
def test_intersection_is_idempotent(a: Interval, b: Interval) -> None:
    if _nonempty(a):
        assert a.intersection(a) == a
    both = a.intersection(b)
    if both is not None:
        assert both.intersection(b) == both and both.intersection(a) == both


@given(figures, figures, figures)
def test_intersection_is_associative(a: Interval, b: Interval, c: Interval) -> None:
    ab, bc = a.intersection(b), b.intersection(c)
    left = ab.intersection(c) if ab is not None else None
    right = a.intersection(bc) if bc is not None else None
    assert left == right


@given(figures, figures, st.data())
def test_intersection_holds_exactly_the_shared_values(a: Interval, b: Interval, data) -> None:
    # the ends themselves are where open and closed differ
    ends = [a.low, a.high, b.low, b.high]
    x = data.draw(st.sampled_from([e for e in ends if not math.isinf(e)] or [0.0])
                  | st.floats(0, 1e10, allow_nan=False))
    both = a.intersection(b)
    assert (x in a and x in b) == (both is not None and x in both)


def test_intersection_examples() -> None:
    assert interval(100, "more than").intersection(interval(121)) == interval(121)
    assert interval(120).intersection(interval(130, "more than")) is None
    assert interval(130, "more than").intersection(interval(130)) is None
    assert interval(130, "at least").intersection(interval(130)) == interval(130)
    assert interval(130, "at most").intersection(interval(130, "at least")) == interval(130)
    assert interval(130, "less than").intersection(interval(130, "at least")) is None
    assert interval(100, "more than").intersection(interval(150, "less than")) == Interval(100, 150, True, True)
    assert interval(100, "more than").intersection(interval(100, "at least")) == interval(100, "more than")
    assert interval(0, "less than").intersection(interval(0, "less than")) is None
