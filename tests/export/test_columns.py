"""How cells are written: numbers, booleans, lists, unbounded ends; and the written qualifier."""

from __future__ import annotations

import math

import pytest

from validator.export import figure_parts
from validator.export.columns import Column, check_row, csv_cell, format_number, json_value
from validator.export.jsonl import to_jsonl
from validator.figures.claimtext import read_claim


@pytest.mark.parametrize(("value", "text"), [
    (38.0, "38"), (2.5, "2.5"), (15.3, "15.3"), (1e9, "1000000000"), (0.0, "0"), (math.inf, "INF"),
    (2.0**60, repr(2.0**60)),
])
def test_format_number(value: float, text: str) -> None:
    assert format_number(value) == text


def test_csv_cells() -> None:
    listed = Column("items", "string", "", joiner="; ")
    assert csv_cell(listed, ["Spain", "Italy"]) == "Spain; Italy"
    assert csv_cell(listed, []) == ""
    assert csv_cell(listed, None) == ""
    assert csv_cell(Column("b", "boolean", ""), True) == "true"
    assert csv_cell(Column("b", "boolean", ""), False) == "false"


def test_json_values() -> None:
    assert json_value(38.0) == 38 and isinstance(json_value(38.0), int)
    assert json_value(2.5) == 2.5
    assert json_value(math.inf) is None
    assert json_value(True) is True
    assert to_jsonl((Column("s", "string", ""),), [{"s": "Zürich ∞"}]) == '{"s": "Zürich ∞"}\n'


def test_a_row_with_other_keys_than_the_columns_is_refused() -> None:
    columns = (Column("a", "string", ""), Column("b", "string", ""))
    check_row(columns, {"a": "x", "b": "y"})
    with pytest.raises(ValueError):
        check_row(columns, {"b": "y", "a": "x"})
    with pytest.raises(ValueError):
        check_row(columns, {"a": "x"})


@pytest.mark.parametrize(("claim", "written", "meaning"), [
    ("more than 20,000 seized items", "more than", "more than"),
    ("over 900 hits", "over", "more than"),
    ("Approximately 38 countries", "Approximately", "about"),
    ("20 or more arrests", "or more", "at least"),
    ("20+ arrests", "+", "at least"),
    ("exactly 25 groups", "exactly", "exact"),
    ("25 groups", "", "exact"),
    ("hundreds of devices", "", "vague"),
    ("between 50 and 60 arrests", "", "exact"),
])
def test_written_qualifier_and_meaning(claim: str, written: str, meaning: str) -> None:
    (figure,) = read_claim(claim)
    assert figure_parts.written_qualifier(figure_parts.said(claim, figure), figure) == written
    assert figure_parts.meaning(figure) == meaning


@pytest.mark.parametrize(("claim", "place_type", "country"), [
    ("3 arrests in Seville", "locality", "Spain"),
    ("3 arrests in Spain", "country", "Spain"),
    ("12 arrests in Latin America", "region", None),
    ("3 arrests", None, None),
])
def test_place_type_and_country(claim: str, place_type: str | None, country: str | None) -> None:
    (figure,) = read_claim(claim)
    assert (figure_parts.place_type(figure), figure_parts.country(figure)) == (place_type, country)
