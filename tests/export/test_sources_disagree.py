"""A second source gives Operation Tantalio 39 arrests where the first gives 38: the event table
shows both figures with their sources and no reconciled interval, and says why."""

from __future__ import annotations

from pathlib import Path

import pytest
from frictionless import Package

from tests.export.conftest import lay_over, read_csv
from validator.cli import main

FIRST, SECOND = "seeds/004_454c6d8bf6139045.txt", "seeds/005_tantalio_update.txt"


@pytest.fixture()
def two_sources(project: Path) -> Path:
    lay_over("second-source", project)
    return project


def test_errors_stop_the_export(two_sources: Path, capsys) -> None:
    assert main(["claims/", "--export", "out"]) == 1
    captured = capsys.readouterr()
    assert " C005 " in captured.out
    assert "export not written: the run has errors" in captured.err
    assert not (two_sources / "out").exists()


def test_export_anyway_shows_both_figures_and_no_interval(two_sources: Path, capsys) -> None:
    assert main(["claims/", "--export", "out", "--export-anyway"]) == 1  # the exit status stays the check's
    capsys.readouterr()
    rows = {r["key"]: r for r in read_csv(two_sources / "out" / "events.csv")}
    arrests = rows["operation-tantalio: arrests"]
    assert arrests["figures"] == f"38 arrests [{FIRST}]; 39 arrests [{SECOND}]"
    assert [arrests[k] for k in ("interval", "interval_low", "interval_high")] == ["", "", ""]
    assert (arrests["reconciled"], arrests["figure_count"], arrests["sources"]) == ("false", "2", "2")
    assert arrests["source_paths"] == f"{FIRST}; {SECOND}"
    assert arrests["claims"] == "tantalio.arrests; tantalio-update.arrests"
    assert arrests["note"].startswith("the sources disagree: '38 arrests' (tantalio.arrests) allows 38, "
                                      "'39 arrests' (tantalio-update.arrests) allows 39")
    assert arrests["note"].endswith("(C005)")
    # the parts by country still have their own, reconciled rows
    assert rows["operation-tantalio: arrests in Spain"]["interval"] == "17"
    report = Package(str(two_sources / "out" / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_the_figure_rows_carry_the_finding(two_sources: Path, capsys) -> None:
    main(["claims/", "--export", "out", "--export-anyway"])
    capsys.readouterr()
    rows = {r["claim_id"]: r for r in read_csv(two_sources / "out" / "figures.csv")}
    assert rows["tantalio-update.arrests"]["findings"] == "C005 (error)"
    assert rows["tantalio-update.arrests"]["event_key"] == rows["tantalio.arrests"]["event_key"]


def test_a_run_without_errors_exports_the_disagreement_too(two_sources: Path, capsys) -> None:
    assert main(["claims/", "--ignore", "C005", "--export", "out"]) == 0
    capsys.readouterr()
    arrests = {r["key"]: r for r in read_csv(two_sources / "out" / "events.csv")}["operation-tantalio: arrests"]
    assert arrests["reconciled"] == "false" and arrests["interval"] == ""


def test_summary_shows_no_common_value_and_both_sources(two_sources: Path, capsys) -> None:
    assert main(["--summary", "claims/"]) == 0
    out = capsys.readouterr().out
    block = out.split("operation-tantalio (2 sources)\n", 1)[1]
    first = block.splitlines()[0]
    assert first.split()[:4] == ["arrests", "no", "common", "value"]
    assert f"38 arrests [{FIRST}]; 39 arrests [{SECOND}]" in first
    assert block.splitlines()[1].strip().startswith("note: the sources disagree:")
