"""Property: exporting any valid generated dataset gives one row per figure, whose values are
those the claim text states, and read the same when the claim text is read again."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.engine import Options, run
from validator.export import files
from validator.figures.claimtext import read_claim

QUALIFIERS = {"": "exact", "about ": "about", "more than ": "more than", "over ": "more than",
              "at least ": "at least", "up to ": "at most", "nearly ": "almost", "fewer than ": "less than",
              "exactly ": "exact"}
MEASURES = ("arrests", "suspects", "victims", "countries", "officers")
PLACES = {"Spain": "Spain", "Italy": "Italy", "Colombia": "Colombia", "Brazil": "Brazil",
          "Seville": "Spain", "Latin America": None}
CURRENCIES = {"€": "EUR", "$": "USD", "£": "GBP"}


@dataclass(frozen=True)
class Expected:
    text: str
    kind: str
    value: float | None
    low: float | None
    high: float | None
    measure: str | None
    meaning: str
    place: str | None = None
    country: str | None = None
    currency: str | None = None


@st.composite
def counts(draw) -> Expected:
    qualifier = draw(st.sampled_from(sorted(QUALIFIERS)))
    value = draw(st.integers(1, 2_000_000))
    measure = draw(st.sampled_from(MEASURES))
    place = draw(st.none() | st.sampled_from(sorted(PLACES)))
    text = f"{qualifier}{value:,} {measure}" + (f" in {place}" if place else "")
    return Expected(text, "count", value, None, None, measure, QUALIFIERS[qualifier], place,
                    PLACES.get(place) if place else None)


@st.composite
def ranges(draw) -> Expected:
    low = draw(st.integers(1, 10_000))
    high = low + draw(st.integers(1, 10_000))
    measure = draw(st.sampled_from(MEASURES))
    return Expected(f"between {low:,} and {high:,} {measure}", "count", None, low, high, measure, "exact")


@st.composite
def money(draw) -> Expected:
    sign = draw(st.sampled_from(sorted(CURRENCIES)))
    value = draw(st.integers(1, 10_000_000))
    qualifier = draw(st.sampled_from(["", "about ", "more than "]))
    return Expected(f"{qualifier}{sign}{value:,} cash", "money", value, None, None, "cash", QUALIFIERS[qualifier],
                    currency=CURRENCIES[sign])


claims = st.lists(st.one_of(counts(), counts(), ranges(), money()), min_size=1, max_size=3)
datasets = st.lists(st.lists(claims, min_size=1, max_size=3), min_size=1, max_size=3)  # files of claims
events = st.sampled_from([None, "operation-one", "operation-two"])


def _write(root: Path, dataset: list[list[list[Expected]]], event: str | None) -> dict[str, list[Expected]]:
    """Claims files and their sources under `root`; the expected figures per claim id."""
    (root / "claims").mkdir()
    (root / "seeds").mkdir()
    expected: dict[str, list[Expected]] = {}
    for f, claims_of_file in enumerate(dataset):
        (root / "seeds" / f"{f}.txt").write_text("Officials gave the figures.\n", encoding="utf-8")
        lines = ["source:", f"  path: seeds/{f}.txt", f"  title: Report {f}"]
        lines += [f"event: {event}"] if event else []
        lines.append("claims:")
        for c, figures in enumerate(claims_of_file):
            claim_id = f"file{f}.claim{c}"
            expected[claim_id] = figures
            lines += [f"  - id: {claim_id}", f"    claim: {json.dumps(', '.join(x.text for x in figures))}",
                      "    quote: Officials gave the figures."]
        (root / "claims" / f"{f}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return expected


def _number(cell: str) -> float | None:
    return float(cell) if cell else None


def _check(row: dict, csv_row: dict[str, str], want: Expected) -> None:
    assert row["text"] == csv_row["text"] == want.text
    assert (row["kind"], row["measure"], row["qualifier_meaning"]) == (want.kind, want.measure, want.meaning)
    assert (row["value"], row["low"], row["high"]) == (want.value, want.low, want.high)
    assert tuple(map(_number, (csv_row["value"], csv_row["low"], csv_row["high"]))) == (want.value, want.low, want.high)
    assert (row["place"], row["country"], row["currency"]) == (want.place, want.country, want.currency)
    assert (csv_row["place"] or None, csv_row["currency"] or None) == (want.place, want.currency)
    # the claim text, read again, gives the row's values
    figure = read_claim(row["claim"])[row["figure"] - 1]
    ranged = figure.high is not None
    assert (row["value"], row["low"], row["high"]) == (None if ranged else figure.value,
                                                       figure.value if ranged else None, figure.high)
    assert (row["measure"], row["place"]) == (figure.measure, figure.place)


@settings(max_examples=40)
@given(dataset=datasets, event=events)
def test_rows_hold_and_reread_the_claim_text(dataset: list[list[list[Expected]]], event: str | None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        expected = _write(root, dataset, event)
        result = run(Options(paths=(str(root / "claims"),), root=root, use_cache=False))
        built = files.build(result.dataset, result.findings)
    lines = [json.loads(line) for line in built.texts[files.FIGURES_JSONL].splitlines()]
    table = list(csv.DictReader(io.StringIO(built.texts[files.FIGURES_CSV])))
    wanted = [(claim_id, i + 1) for claim_id, figures in expected.items() for i in range(len(figures))]
    assert sorted((r["claim_id"], r["figure"]) for r in lines) == sorted(wanted)
    assert [(r["claim_id"], str(r["figure"])) for r in lines] == [(r["claim_id"], r["figure"]) for r in table]
    for row, csv_row in zip(lines, table):
        _check(row, csv_row, expected[row["claim_id"]][row["figure"] - 1])
        assert row["event"] == event
        assert (row["event_key"] is not None) == (event is not None)
