"""Claims built from the sources' own figures pass; one slip in them is caught with the right code."""

from __future__ import annotations


import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import PROJECT
from tests.mutations import Mutation, codes_for, mutations
from validator.dataset import Dataset, build_file
from validator.engine import Options, run
from validator.figures.attribution import evidence
from validator.figures.measures import vocabulary
from validator.sources import Sources, make_source
from validator.verdicts import broader_measures

DATA = PROJECT  # the frozen dataset under tests/project/: a repository root with claims/ and seeds/
SEEDS = sorted((DATA / "seeds").glob("*.txt"))
MUTATIONS = mutations()
REPOSITORY = DATA.parent.parent  # tests/project -> the repository root the corpus paths start from
SPANISH = mutations(REPOSITORY, sorted((REPOSITORY / "tests" / "corpus" / "claims").glob("es-*.yaml")))


def test_every_kind_of_mutation_is_generated() -> None:
    assert {m.kind for m in MUTATIONS} == {"digit", "measure", "qualifier", "place"}
    assert len(MUTATIONS) >= 80


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: f"{m.kind}:{m.mutated}")
def test_mutation_of_a_real_claim_is_caught(mutation: Mutation) -> None:
    assert mutation.expected in codes_for(mutation)


def test_the_spanish_corpus_gives_every_kind_of_mutation() -> None:
    assert {m.kind for m in SPANISH} == {"digit", "measure", "qualifier", "place"}
    assert len(SPANISH) >= 100


@pytest.mark.parametrize("mutation", SPANISH, ids=lambda m: f"{m.kind}:{m.claim_id}:{m.mutated}")
def test_mutation_of_a_spanish_corpus_claim_is_caught(mutation: Mutation) -> None:
    assert mutation.expected in codes_for(mutation)


def _source_figures():
    out = []
    for path in SEEDS:
        text = make_source(path.name, path.read_bytes()).text
        for e in evidence(text):
            if e.number.kind == "count" and not e.number.vague and e.measures and e.number.high is None:
                line_start = text.rfind("\n", 0, e.start) + 1
                line_end = text.find("\n", e.end)
                out.append((f"seeds/{path.name}", e, text[line_start:line_end if line_end >= 0 else None]))
    return out


FIGURES = _source_figures()


def _v_codes(source: str, claim: str, quote: str) -> list[str]:
    document = {"source": {"path": source}, "claims": [{"id": "g.claim", "claim": claim, "quote": quote}]}
    built = build_file("gen.yaml", yaml.safe_dump(document, allow_unicode=True).encode(), Sources(DATA))
    return [f.code for f in run(Options(select=("V", "Q002"), root=DATA), Dataset(DATA, [built])).findings]


def _render(e, measure: str, qualifier: str | None, value: float | None = None) -> str:
    number = f"{int(value if value is not None else e.number.value):,}"
    return f"{qualifier + ' ' if qualifier else ''}{number} {measure.replace('_', ' ')}"


@given(st.sampled_from(FIGURES), st.data())
def test_claim_generated_from_a_source_figure_passes(figure, data) -> None:
    source, e, line = figure
    measure = data.draw(st.sampled_from(sorted(e.measures)))
    assert _v_codes(source, _render(e, measure, e.number.qualifier), line) == []


@given(st.sampled_from(FIGURES), st.data())
def test_one_digit_changed_gives_v001(figure, data) -> None:
    source, e, line = figure
    measure = data.draw(st.sampled_from(sorted(e.measures)))
    value = int(e.number.value)
    digits = str(value)
    position = data.draw(st.integers(0, len(digits) - 1))
    new_digit = data.draw(st.sampled_from([d for d in "123456789" if d != digits[position]] if position == 0
                                          else [d for d in "0123456789" if d != digits[position]]))
    changed = int(digits[:position] + new_digit + digits[position + 1:])
    quoted = {x.number.value for x in evidence(make_source("s", line.encode()).text)}
    if changed in quoted:
        return
    assert "V001" in _v_codes(source, _render(e, measure, e.number.qualifier, changed), line)


@given(st.sampled_from(FIGURES), st.data())
def test_measure_swapped_gives_v002(figure, data) -> None:
    source, e, line = figure
    implied = broader_measures(e.measures)  # "186 member countries" are countries too
    counts = sorted(m for m, spec in vocabulary().items()
                    if spec.kind == "count" and m not in e.measures and m not in implied)
    measure = data.draw(st.sampled_from(counts))
    assert "V002" in _v_codes(source, _render(e, measure, e.number.qualifier), line)


@given(st.sampled_from(FIGURES), st.data())
def test_qualifier_dropped_or_contradicted_gives_v003(figure, data) -> None:
    source, e, line = figure
    measure = data.draw(st.sampled_from(sorted(e.measures)))
    wrong = None if e.number.qualifier else data.draw(st.sampled_from(["more than", "less than"]))
    assert "V003" in _v_codes(source, _render(e, measure, wrong), line)
