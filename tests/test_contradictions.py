"""Contradiction rules on generated events: consistent data is silent, one violation is named."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.dataset import build_file
from validator.engine import Options, run
from validator.dataset import Dataset
from validator.sources import Sources

ROOT = Path(__file__).resolve().parent.parent
COUNTRIES = ["Spain", "Colombia", "Italy", "Germany", "France", "Peru", "Chile", "Brazil", "Portugal", "Mexico"]
HEADER = "source:\n  path: seeds/004_454c6d8bf6139045.txt\nevent: op\nclaims:\n"


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
    assert _codes(_claims(total, listed, parts)) == ["C001"]


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
    assert _codes(_claims(total, listed, parts), [f"{total + off} arrests"]) == ["C005"]
    assert _codes(_claims(total, listed, parts), [f"{total} arrests"]) == []
