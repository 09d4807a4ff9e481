"""Contradiction rules on generated events: consistent data is silent, one violation is named."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.dataset import build_file
from validator.engine import Options, run
from validator.dataset import Dataset
from validator.figures import claimtext
from validator.figures.claimtext import ClaimTextError, read_claim
from validator.sources import Sources

ROOT = Path(__file__).resolve().parent.parent
COUNTRIES = ["Spain", "Colombia", "Italy", "Germany", "France", "Peru", "Chile", "Brazil", "Portugal", "Mexico"]
HEADER = "source:\n  path: seeds/004_454c6d8bf6139045.txt\nevent: op\nclaims:\n"
# Two sources disagreeing give one C005 at each of the two claims, each naming the other.
C005_BOTH_SIDES = ["C005", "C005"]


def _claim(i: int, text: str) -> str:
    return f"  - id: c.{i}\n    claim: \"{text}\"\n    quote: Police have arrested 38 suspects\n"


@st.composite
def consistent_events(draw):
    """A total, national parts summing to at most the total, and a country list holding every part."""
    listed = draw(st.lists(st.sampled_from(COUNTRIES), min_size=1, max_size=8, unique=True))
    with_parts = draw(st.lists(st.sampled_from(listed), unique=True, max_size=len(listed)))
    parts = {place: draw(st.integers(1, 50)) for place in with_parts}
    total = sum(parts.values()) + draw(st.integers(0, 30))
    return total, listed, parts


def _claims(total: int, listed: list[str], parts: dict[str, int]) -> list[str]:
    texts = [f"{total} arrests in {len(listed)} countries: {', '.join(listed)}"]
    texts += [f"{n} arrests in {place}" for place, n in parts.items()]
    return texts


def _codes(texts: list[str], extra_file: list[str] | None = None) -> list[str]:
    files = [("a.yaml", texts)] + ([("b.yaml", extra_file)] if extra_file else [])
    sources = Sources(ROOT)
    built = []
    for name, claims in files:
        body = HEADER + "".join(_claim(i, t) for i, t in enumerate(claims, start=len(built) * 100))
        built.append(build_file(name, body.encode(), sources))
    result = run(Options(select=("C",), root=ROOT), Dataset(ROOT, built))
    return [f.code for f in result.findings]


@settings(max_examples=60)
@given(consistent_events())
def test_consistent_event_gives_no_finding(event) -> None:
    assert _codes(_claims(*event)) == []


@settings(max_examples=60)
@given(consistent_events(), st.integers(1, 20))
def test_parts_above_the_total_give_exactly_c001(event, excess) -> None:
    total, listed, parts = event
    place = listed[0]
    parts = {**parts, place: parts.get(place, 0) + (total - sum(parts.values())) + excess}
    expected = ["C001"] if parts[place] <= total else []  # a part above the total makes it a subset
    assert _codes(_claims(total, listed, parts)) == expected


@settings(max_examples=60)
@given(consistent_events(), st.integers(1, 3))
def test_a_wrong_count_for_the_list_gives_exactly_c002(event, off) -> None:
    total, listed, parts = event
    texts = _claims(total, listed, parts)
    texts[0] = f"{total} arrests in {len(listed) + off} countries: {', '.join(listed)}"
    assert _codes(texts) == ["C002"]


@settings(max_examples=60)
@given(consistent_events())
def test_a_part_outside_the_list_gives_exactly_c003(event) -> None:
    total, listed, parts = event
    outside = next(c for c in COUNTRIES + ["Panama"] if c not in listed)
    texts = _claims(total + 1, listed, parts) + [f"1 arrest in {outside}"]
    assert _codes(texts) == ["C003"]


@settings(max_examples=60)
@given(consistent_events(), st.integers(1, 10))
def test_another_source_with_another_total_gives_exactly_c005(event, off) -> None:
    total, listed, parts = event
    assert _codes(_claims(total, listed, parts), [f"{total + off} arrests"]) == C005_BOTH_SIDES
    assert _codes(_claims(total, listed, parts), [f"{total} arrests"]) == []


# --- several figures for one place, read together (C001), and figures that cannot be reconciled

def test_a_place_given_twice_counts_at_what_both_say() -> None:
    lead = "more than 100 arrests in United States, 60 in Spain"
    assert _codes(["179 arrests", lead, "121 arrests in United States"]) == ["C001"]
    assert _codes(["179 arrests", lead.replace("60", "58"), "121 arrests in United States"]) == []
    assert _codes(["181 arrests", lead, "121 arrests in United States"]) == []


def test_parts_are_compared_with_the_largest_total() -> None:
    parts = "121 arrests in Spain, 55 in Portugal"
    assert _codes(["175 arrests", "at most 20 arrests", parts]) == ["C001"]
    assert _codes(["176 arrests", "at most 20 arrests", parts]) == []
    # an open-ended figure bounds nothing above, whatever the others say
    assert _codes(["more than 170 arrests", "at most 175 arrests", parts]) == []
    # a total without a place may be a subset: the parts only have to fit the largest
    assert _codes(["96 arrests", "1,400 arrests", "1,326 arrests in Canada"]) == []


def test_figures_of_one_file_that_cannot_be_reconciled_are_c001() -> None:
    texts = ["120 arrests in United States", "more than 130 arrests in United States"]
    assert _codes(texts) == ["C001"]
    assert _codes(texts[:1], texts[1:]) == C005_BOTH_SIDES  # two files: two sources disagreeing


def test_a_total_smaller_than_a_part_is_a_subset() -> None:
    # "112 arrests in Toledo", then "of those, 64 were on felony charges" as "64 arrests"
    assert _codes(["112 arrests in Spain", "64 arrests"]) == []
    assert _codes(["112 arrests in Spain", "64 arrests", "150 arrests", "40 arrests in Italy"]) == ["C001"]


def test_totals_of_one_file_may_be_a_subset_and_are_not_reconciled() -> None:
    # "121 arrests", then "two of those held" as "2 arrests": the parts meet the largest
    assert _codes(["121 arrests", "2 arrests", "121 arrests in Spain"]) == []
    assert _codes(["121 arrests", "2 arrests", "100 arrests in Spain", "22 arrests in Italy"]) == ["C001"]
    assert _codes(["121 arrests"], ["2 arrests"]) == C005_BOTH_SIDES


LOWER = ["more than", "over", "at least"]
UPPER = ["at most", "up to", "fewer than", "less than"]


@st.composite
def _place_figures(draw, value: int, exact: bool) -> list[tuple[str, int, bool]]:
    """Figures for a place whose count is `value`: (qualifier phrase, number, is a lower bound),
    each of them true of `value`, so that they all hold together."""
    out = [("", value, True)] if exact else []
    for _ in range(draw(st.integers(0 if exact else 1, 3))):
        kind = draw(st.sampled_from(LOWER + UPPER + ["about"]))
        if kind in ("more than", "over"):
            out.append((kind, draw(st.integers(0, value - 1)), True))
        elif kind == "at least":
            out.append((kind, draw(st.integers(0, value)), True))
        elif kind in ("at most", "up to"):
            out.append((kind, draw(st.integers(value, value + 50)), False))
        elif kind in ("fewer than", "less than"):
            out.append((kind, draw(st.integers(value + 1, value + 51)), False))
        else:
            out.append((kind, value, False))
    return out


def _low(figures: list[tuple[str, int, bool]]) -> float:
    """The low end of what a place's figures allow together."""
    if any(q == "" for q, _, _ in figures):
        return next(n for q, n, _ in figures if q == "")
    return max([n for q, n, lower in figures if lower], default=0)


@st.composite
def qualified_events(draw):
    """A count per place, a total at least their sum, and per place several figures (some
    qualified) true of its count, so that they overlap and what they say together, down to
    its low end, fits in the total. The first place always has an exact figure."""
    places = draw(st.lists(st.sampled_from(COUNTRIES), min_size=1, max_size=6, unique=True))
    figures, counts = {}, 0
    for i, place in enumerate(places):
        value = draw(st.integers(1, 50))
        counts += value
        figures[place] = draw(_place_figures(value, exact=i == 0 or draw(st.booleans())))
    total = counts + draw(st.integers(0, 30))
    return total, figures, draw(st.randoms(use_true_random=False))


def _event_claims(total: int, figures: dict, rng) -> list[str]:
    texts = [f"{total} arrests"]
    for place, given in figures.items():
        texts += [f"{q} {n} arrests in {place}".strip() for q, n, _ in given]
    rng.shuffle(texts)
    return texts


@settings(max_examples=60)
@given(qualified_events())
def test_overlapping_figures_for_places_within_the_total_give_no_finding(event) -> None:
    assert _codes(_event_claims(*event)) == []


@settings(max_examples=60)
@given(qualified_events(), st.integers(1, 20))
def test_raising_one_places_exact_figure_above_the_total_gives_exactly_c001(event, excess) -> None:
    total, figures, rng = event
    place = next(iter(figures))
    added = sum(_low(f) for f in figures.values())
    exact = next(n for q, n, _ in figures[place] if q == "")
    raised = exact + (total - added) + excess  # the lows now add up to total + excess
    # the place's lower bounds still hold; the upper ones would contradict the new figure
    kept = [(q, n, lower) for q, n, lower in figures[place] if lower and q != ""]
    codes = _codes(_event_claims(total, {**figures, place: [("", raised, True), *kept]}, rng))
    assert codes == (["C001"] if raised <= total else [])  # above the total: the total is a subset


@settings(max_examples=40)
@given(qualified_events())
def test_an_irreconcilable_figure_is_reported_once(event) -> None:
    total, figures, rng = event
    place = next(iter(figures))
    exact = next(n for q, n, _ in figures[place] if q == "")
    texts = _event_claims(total, figures, rng)
    other = f"{exact + 100} arrests in {place}"
    assert _codes(texts + [other]) == ["C001"]  # one file: it cannot be reconciled
    # another file: the sources disagree, a finding for each of the place's figures it contradicts
    assert set(_codes(texts, [other])) == {"C005"}


# --- places within countries: cities and provinces

CITIES = {"Seville": "Spain", "Barcelona": "Spain", "Milan": "Italy"}
PLACE_CASES = Path(__file__).resolve().parent / "cases" / "C001" / "places"
EXPECT = re.compile(r"#\s*expect:\s*C001\s+(\d+):(\d+)")


def _reader_knows_cities() -> bool:
    for city, country in CITIES.items():
        try:
            (figure,) = read_claim(f"1 arrest in {city}")
        except ClaimTextError:
            return False
        if getattr(figure, "place_country", None) != country:
            return False
    return True


@pytest.fixture()
def city_reader(monkeypatch):
    """The claim reader, taught the cities of CITIES if its gazetteer does not know them."""
    if _reader_knows_cities():
        return
    if not hasattr(claimtext, "canonical_place"):
        pytest.skip("the claim reader does not read cities yet")
    known = claimtext.canonical_place
    monkeypatch.setattr(claimtext, "canonical_place",
                        lambda name: (name, CITIES[name]) if name in CITIES else known(name))
    assert _reader_knows_cities()


@pytest.mark.parametrize("case", sorted(PLACE_CASES.glob("*/*.yaml")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_city_and_province_cases(case: Path, city_reader, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    options = Options(paths=(str(case.relative_to(ROOT)),), root=ROOT, select=("C001",), use_cache=False)
    found = [f for f in run(options).findings if f.code == "C001"]
    expected = {(int(m[1]), int(m[2])) for m in EXPECT.finditer(case.read_text(encoding="utf-8"))}
    assert {(f.span.line, f.span.column) for f in found} == expected, [f.message for f in found]
    assert (case.parent.name == "fail") == bool(expected)


def test_cities_count_for_a_country_without_its_own_figure(city_reader) -> None:
    cities = "4 arrests in Seville, 4 in Barcelona"
    assert _codes(["20 arrests", "13 arrests in Brazil", cities]) == ["C001"]  # 13 + 8 > 20
    assert _codes(["21 arrests", "13 arrests in Brazil", cities]) == []
    # Spain's own 8 stands for its cities: 13 + 8, not 13 + 8 + 8
    assert _codes(["21 arrests", "13 arrests in Brazil", cities, "8 arrests in Spain"]) == []
    # but cities above their country's figure are a finding of their own
    assert _codes(["21 arrests", "13 arrests in Brazil", cities, "7 arrests in Spain"]) == ["C001"]
    # a city's figures are read together, and counted once
    assert _codes(["8 arrests", cities, "at least 3 arrests in Seville"]) == []
    assert _codes(["8 arrests", cities, "at least 5 arrests in Seville"]) == ["C001"]


# --- amounts: like with like -------------------------------------------------------------


def test_money_parts_exceed_the_whole_only_in_one_currency() -> None:
    assert _codes(["€1,000,000 cash", "€700,000 cash in Spain", "€400,000 cash in Italy"]) == ["C001"]
    assert _codes(["€1,000,000 cash", "€700,000 cash in Spain", "$400,000 cash in Italy"]) == []


def test_quantities_add_up_across_units_of_one_dimension() -> None:
    # 2 tonnes in all; 1,500 kg in Spain and 0.6 tonnes in Italy make 2.1 tonnes
    assert _codes(["2 tonnes of cocaine", "1,500 kg of cocaine in Spain", "0.6 tonnes of cocaine in Italy"]) == ["C001"]
    assert _codes(["2 tonnes of cocaine", "1,500 kg of cocaine in Spain", "0.4 tonnes of cocaine in Italy"]) == []


def test_sources_disagreeing_on_an_amount_is_c005_and_percentages_never_add_up() -> None:
    assert _codes(["€2 million cash"], ["€3 million cash"]) == C005_BOTH_SIDES
    assert _codes(["60% of complaints in Spain", "70% of complaints in Italy", "50% of complaints"]) == []
