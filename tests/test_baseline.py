"""Baselines: record today's findings, fail only on new ones; keys survive moving claims."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.helpers import PROJECT
from validator.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = "seeds/004_454c6d8bf6139045.txt"
HEAD = f"source:\n  path: {SEED}\nclaims:\n"
# Three findings: two Q002 errors and a Q003 warning, on three claims.
CLAIMS = [
    "  - id: old.one\n    claim: 38 arrests\n    quote: Police have arrested 39 suspects\n",
    "  - id: old.two\n    claim: 18 countries\n    quote: The suspects were active in 19 countries\n",
    "  - id: old.three\n    claim: 25 groups\n    quote: 'A  total of 25 groups'\n",
]
NEW = "  - id: new.one\n    claim: 25 groups\n    quote: A total of 52 groups\n"


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch) -> Path:
    shutil.copytree(PROJECT / "seeds", tmp_path / "seeds")
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "old.yaml").write_text(HEAD + "".join(CLAIMS), encoding="utf-8")
    (tmp_path / ".git").mkdir()
    # Quote rules only, so that the counts here do not move when figure rules learn more.
    (tmp_path / "validate.toml").write_text('select = ["Q"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _json(capsys, *args: str) -> tuple[int, list[dict], str]:
    status = main(["--format", "json", *args])
    captured = capsys.readouterr()
    return status, json.loads(captured.out)["findings"], captured.err


def _write(capsys) -> dict:
    assert main(["--write-baseline", "baseline.json"]) == 0
    capsys.readouterr()
    return json.loads(Path("baseline.json").read_text(encoding="utf-8"))


def test_baseline_holds_the_three_findings_without_line_numbers(repo: Path, capsys) -> None:
    status, findings, _ = _json(capsys)
    assert status == 1 and len(findings) == 3
    document = _write(capsys)
    assert sum(e["count"] for e in document["entries"]) == 3
    assert {(e["code"], e["claim_id"]) for e in document["entries"]} == {
        ("Q002", "old.one"), ("Q002", "old.two"), ("Q003", "old.three")}
    assert all(set(e) == {"code", "file", "claim_id", "subject", "count"} for e in document["entries"])
    assert all(e["file"] == "claims/old.yaml" for e in document["entries"])
    first = Path("baseline.json").read_bytes()
    _write(capsys)
    assert Path("baseline.json").read_bytes() == first


def test_with_the_baseline_only_a_new_bad_claim_is_reported(repo: Path, capsys) -> None:
    _write(capsys)
    assert main(["--baseline", "baseline.json"]) == 0
    capsys.readouterr()
    with open("claims/old.yaml", "a", encoding="utf-8") as handle:
        handle.write(NEW)
    status, findings, _ = _json(capsys, "--baseline", "baseline.json")
    assert status == 1
    assert [(f["code"], f["claim_id"]) for f in findings] == [("Q002", "new.one")]


def test_moving_claims_around_reports_nothing_new(repo: Path, capsys) -> None:
    _write(capsys)
    moved = HEAD + "  - id: filler\n    claim: 38 arrests\n    quote: Police have arrested 38 suspects\n" \
        + "".join(reversed(CLAIMS))
    Path("claims/old.yaml").write_text(moved, encoding="utf-8")
    status, findings, err = _json(capsys, "--baseline", "baseline.json")
    assert (status, findings, err) == (0, [], "")
    Path("claims/old.yaml").write_text(HEAD + CLAIMS[0], encoding="utf-8")  # ...and moving it to another file
    Path("claims/other.yaml").write_text(HEAD + CLAIMS[1] + CLAIMS[2], encoding="utf-8")
    status, findings, _ = _json(capsys, "--baseline", "baseline.json")
    assert status == 1 and {f["claim_id"] for f in findings} == {"old.two", "old.three"}


def test_entries_are_counted(repo: Path, capsys) -> None:
    twice = ("  - id: dup.one\n    claim: 38 arrests\n"
             "    quote: [Police have arrested 39 suspects, Police have arrested 39 suspects]\n")
    Path("claims/old.yaml").write_text(HEAD + twice, encoding="utf-8")
    document = _write(capsys)
    assert [e["count"] for e in document["entries"]] == [2]
    thrice = twice.replace("]", ", Police have arrested 39 suspects]")
    Path("claims/old.yaml").write_text(HEAD + thrice, encoding="utf-8")
    status, findings, _ = _json(capsys, "--baseline", "baseline.json")
    assert status == 1 and len(findings) == 1


def test_a_fixed_finding_leaves_a_stale_entry_reported_as_info_and_rewriting_shrinks_it(repo: Path, capsys) -> None:
    _write(capsys)
    fixed = CLAIMS[1].replace("19 countries", "18 countries")
    Path("claims/old.yaml").write_text(HEAD + CLAIMS[0] + fixed + CLAIMS[2], encoding="utf-8")
    status, findings, err = _json(capsys, "--baseline", "baseline.json")
    assert status == 0 and findings == []
    assert err.splitlines() == ["validate: info: baseline entry matches no finding (fixed?): Q002 in "
                                "claims/old.yaml [old.two]; --write-baseline baseline.json drops it"]
    document = _write(capsys)
    assert sum(e["count"] for e in document["entries"]) == 2


def test_an_edited_claim_text_is_a_new_finding(repo: Path, capsys) -> None:
    _write(capsys)
    edited = CLAIMS[0].replace("39 suspects", "37 suspects")
    Path("claims/old.yaml").write_text(HEAD + edited + CLAIMS[1] + CLAIMS[2], encoding="utf-8")
    status, findings, err = _json(capsys, "--baseline", "baseline.json")
    assert status == 1 and [f["claim_id"] for f in findings] == ["old.one"]
    assert "old.one" in err  # the old entry is stale


@pytest.mark.parametrize("content", ["not json", '{"format": "other"}', '{"format": "figurecheck-baseline", '
                                     '"version": 1, "entries": [{"code": "Q002"}]}', None])
def test_a_bad_baseline_is_a_one_line_usage_error(repo: Path, capsys, content: str | None) -> None:
    if content is not None:
        Path("baseline.json").write_text(content, encoding="utf-8")
    assert main(["--baseline", "baseline.json"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_write_baseline_does_not_mix_with_narrowed_reports(repo: Path, capsys) -> None:
    assert main(["--write-baseline", "b.json", "--changed-only", "claims/old.yaml"]) == 2
    assert main(["--write-baseline", "b.json", "--baseline", "b.json"]) == 2
    assert not Path("b.json").exists()
