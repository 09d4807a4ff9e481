"""`validate --coverage`: the figures of each cited source no claim captures (U001), and each
source's coverage in every output format."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from validator.cli import main

TANTALIO = "seeds/004_454c6d8bf6139045.txt"


def _json(capsys, *args: str) -> tuple[int, dict]:
    status = main(["--format", "json", *args])
    return status, json.loads(capsys.readouterr().out)


def _remove_claim(path: Path, claim_id: str) -> None:
    """Cut one claim (its `- id:` line up to the next claim) out of a claims file."""
    text = path.read_text(encoding="utf-8")
    start = text.index(f"  - id: {claim_id}\n")
    after = text.find("\n  - id: ", start + 1)
    path.write_text(text[:start] + (text[after + 1:] if after >= 0 else ""), encoding="utf-8")


def _position(project: Path, source: str, context: str, figure: str) -> tuple[int, int]:
    """Line and column (1-based) of `figure` inside the passage `context` of a source."""
    text = (project / source).read_text(encoding="utf-8")
    offset = text.index(context) + context.index(figure)
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _u001(document: dict) -> list[tuple[str, int, int]]:
    return [(f["file"], f["line"], f["column"]) for f in document["findings"] if f["code"] == "U001"]


def test_the_project_data_is_fully_captured_but_for_what_its_articles_add(project: Path, capsys) -> None:
    status, document = _json(capsys, "--coverage")
    assert status == 0
    percents = {c["source"]: c["percent"] for c in document["coverage"]}
    assert percents[TANTALIO] == 100.0
    assert all(f["severity"] == "info" for f in document["findings"] if f["code"] == "U001")


@pytest.mark.parametrize(("claims_file", "claim_id", "source", "context", "figure"), [
    ("004-tantalio.yaml", "tantalio.countries", TANTALIO, "active in 18 countries", "18"),
    ("004-tantalio.yaml", "tantalio.groups", TANTALIO, "A total of 25 groups", "A total of 25"),
    ("001-guardia-civil.yaml", "guardia-civil.hits", "seeds/001_bd6f31f2d23fb066.txt",
     "uncovered more than 900 hits", "more than 900"),
    ("000-carousel.yaml", "carousel.laptops", "seeds/000_b47ecad0a44ff926.txt", "and 36 laptops", "36"),
])
def test_removing_a_claim_reports_its_figure_at_its_place_in_the_source(project: Path, capsys, claims_file: str,
                                                                       claim_id: str, source: str, context: str,
                                                                       figure: str) -> None:
    _, before = _json(capsys, "--coverage")
    _remove_claim(project / "claims" / claims_file, claim_id)
    status, after = _json(capsys, "--coverage")
    assert status == 0  # a note, never a failure by itself
    line, column = _position(project, source, context, figure)
    assert set(_u001(after)) - set(_u001(before)) == {(source, line, column)}
    (new,) = [f for f in after["findings"] if (f["file"], f["line"], f["column"]) == (source, line, column)]
    assert figure.split()[-1] in new["message"] and "no claim captures" in new["message"]
    old = {c["source"]: c for c in before["coverage"]}[source]
    now = {c["source"]: c for c in after["coverage"]}[source]
    assert (now["figures"], now["captured"]) == (old["figures"], old["captured"] - 1)


def _repository(tmp_path: Path, monkeypatch, source: str, claims: str) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "seeds").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "seeds" / "article.txt").write_text(source, encoding="utf-8")
    (tmp_path / "claims" / "article.yaml").write_text(claims, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


ARTICLE = ("MADRID, 3 May 2024 - Police in Spain arrested 12 people aged between 19 and 45 on "
           "Tuesday, the second operation since 2019. Darren Holt, 52, rented the office in Seville.\n\n"
           "The group had defrauded 300 pensioners.\n")
CLAIMS = ("source:\n  path: seeds/article.txt\n{ignore}event: fraud\nclaims:\n"
          "  - id: fraud.arrests\n    claim: 12 arrests in Spain\n    quote: Police in Spain arrested 12 people\n")


def test_years_ages_dates_and_ordinals_are_never_uncaptured_figures(tmp_path: Path, monkeypatch, capsys) -> None:
    _repository(tmp_path, monkeypatch, ARTICLE, CLAIMS.format(ignore=""))
    _, document = _json(capsys, "--coverage")
    messages = [f["message"] for f in document["findings"] if f["code"] == "U001"]
    assert len(messages) == 1 and "'300'" in messages[0], messages
    assert document["coverage"] == [{"source": "seeds/article.txt", "figures": 2, "captured": 1, "ignored": 0,
                                     "percent": 50.0, "below_minimum": False}]


def test_a_passage_listed_under_ignore_excludes_its_figures(tmp_path: Path, monkeypatch, capsys) -> None:
    ignore = "  ignore:\n    - The group had defrauded 300 pensioners\n"
    _repository(tmp_path, monkeypatch, ARTICLE, CLAIMS.format(ignore=ignore))
    _, document = _json(capsys, "--coverage")
    assert _u001(document) == []
    assert document["coverage"][0] | {} == {"source": "seeds/article.txt", "figures": 1, "captured": 1,
                                            "ignored": 1, "percent": 100.0, "below_minimum": False}


def test_an_ignored_passage_missing_from_the_source_is_reported_where_it_is_listed(tmp_path: Path, monkeypatch,
                                                                                   capsys) -> None:
    ignore = "  ignore:\n    - The group had defrauded 300 pensioners\n    - nothing like this is in it\n"
    _repository(tmp_path, monkeypatch, ARTICLE, CLAIMS.format(ignore=ignore))
    _, document = _json(capsys, "--coverage")
    assert _u001(document) == [("claims/article.yaml", 5, 7)]


def test_min_coverage_fails_the_run_only_below_it(project: Path, capsys) -> None:
    assert main(["--coverage"]) == 0
    capsys.readouterr()
    assert main(["--min-coverage", "90"]) == 1  # implies --coverage; seed 001 has figures no claim takes
    captured = capsys.readouterr()
    assert re.search(r"coverage of seeds/001_bd6f31f2d23fb066\.txt is \d+%, below --min-coverage 90%", captured.err)
    assert "below --min-coverage 90%" in captured.out
    assert main(["--min-coverage", "50"]) == 0
    assert main(["--min-coverage", "150"]) == 2


def test_text_output_gives_each_source_coverage_before_the_summary(project: Path, capsys) -> None:
    main(["--coverage"])
    lines = capsys.readouterr().out.splitlines()
    coverage = [line for line in lines if line.startswith("coverage: ")]
    assert len(coverage) == 5
    assert f"coverage: {TANTALIO}: 8 of 8 figures captured (100%)" in coverage
    assert lines[-1].startswith("5 files, 42 claims:") and lines[-2] == coverage[-1]
    assert any(" U001 info: " in line for line in lines)


def test_without_coverage_nothing_changes(project: Path, capsys) -> None:
    _, document = _json(capsys)
    assert "coverage" not in document and _u001(document) == []
    main([])
    assert "coverage:" not in capsys.readouterr().out


def test_ignoring_u001_turns_coverage_off(project: Path, capsys) -> None:
    _, document = _json(capsys, "--coverage", "--ignore", "U001")
    assert _u001(document) == [] and "coverage" not in document


def test_sarif_and_junit_carry_the_coverage(project: Path, capsys) -> None:
    main(["--coverage", "--format", "sarif"])
    run = json.loads(capsys.readouterr().out)["runs"][0]
    assert {c["source"]: c["percent"] for c in run["properties"]["coverage"]}[TANTALIO] == 100.0
    assert any(r["ruleId"] == "U001" and r["level"] == "note" for r in run["results"])
    main(["--min-coverage", "85", "--format", "junit"])
    tree = ET.fromstring(capsys.readouterr().out.split("\n", 1)[1])
    (suite,) = [s for s in tree.iter("testsuite") if s.get("name") == "coverage"]
    assert suite.get("tests") == "5" and suite.get("failures") == "1"
    failed = [case.get("name") for case in suite.iter("testcase") if case.find("failure") is not None]
    assert failed == ["seeds/001_bd6f31f2d23fb066.txt"]
    values = {case.get("name"): case.find("properties/property").get("value") for case in suite.iter("testcase")}
    assert values[TANTALIO] == "100.0"


def test_the_results_cache_never_answers_for_coverage(project: Path, capsys) -> None:
    """Coverage is not cached: a warm cache filled without it gives what a cold run gives with
    it, and a run without it after one with it prints no U001."""
    _, cold = _json(capsys, "--coverage", "--no-cache")
    _json(capsys)  # fills .validate_cache/ without coverage
    assert (project / ".validate_cache").is_dir()
    _, warm = _json(capsys, "--coverage")
    assert warm == cold and _u001(warm)
    _, plain = _json(capsys)
    assert _u001(plain) == [] and "coverage" not in plain
    _remove_claim(project / "claims" / "004-tantalio.yaml", "tantalio.countries")
    _, changed = _json(capsys, "--coverage")
    assert len(_u001(changed)) == len(_u001(cold)) + 1
