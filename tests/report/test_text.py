"""Text output is quiet about accepted findings: counted in the summary, printed on request,
always in the machine formats with their reasons; `--statistics` counts findings per code.

The repository is built here from the test's own small source, so nothing depends on the
project's dataset.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import small_repo

from validator.cli import main

SOURCE = "Police have arrested 38 suspects.\nA total of 25 groups are being investigated.\n"

ACCEPTED = """\
source:
  path: sources/report.txt
claims:
  - id: known.groups
    claim: 25 groups
    quote: 'A  total of 25 groups'
    accept:
      - rule: Q003
        reason: kept as typed in the original notes
"""

LIVE = """\
source:
  path: sources/report.txt
claims:
  - id: slip.arrests
    claim: 38 arrests
    quote: Police have arrested 39 suspects
"""


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch) -> Path:
    """A repository whose claims give one accepted warning (Q003) and nothing else."""
    small_repo(tmp_path, {"sources/report.txt": SOURCE, "claims/known.yaml": ACCEPTED})
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _out(capsys, *args: str) -> tuple[int, list[str]]:
    status = main(["--no-cache", *args])
    return status, capsys.readouterr().out.splitlines()


def test_a_clean_run_prints_only_the_summary_counting_the_accepted(repo: Path, capsys) -> None:
    assert _out(capsys, "claims/") == (0, ["1 file, 1 claim: 0 errors, 0 warnings, 1 accepted"])


def test_show_accepted_prints_them_with_their_reason(repo: Path, capsys) -> None:
    status, lines = _out(capsys, "--show-accepted", "claims/")
    assert status == 0 and len(lines) == 2
    assert lines[0].startswith("claims/known.yaml:6:")
    assert " Q003 accepted: " in lines[0] and lines[0].endswith("(accepted: kept as typed in the original notes)")


def test_a_live_finding_is_printed_and_the_accepted_one_is_not(repo: Path, capsys) -> None:
    (repo / "claims" / "slip.yaml").write_text(LIVE, encoding="utf-8")
    status, lines = _out(capsys, "claims/")
    assert status == 1
    assert [line.split()[1] for line in lines[:-1]] == ["Q002"]
    assert lines[-1] == "2 files, 2 claims: 1 error, 0 warnings, 1 accepted"


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_machine_formats_always_carry_accepted_findings_with_their_reason(repo: Path, capsys, fmt: str) -> None:
    status, lines = _out(capsys, "--format", fmt, "claims/")
    assert status == 0
    text = "\n".join(lines)
    document = json.loads(text)
    assert "kept as typed in the original notes" in text
    if fmt == "json":
        (finding,) = document["findings"]
        assert finding["accepted"] and finding["accept_reason"] == "kept as typed in the original notes"
    else:
        (result,) = document["runs"][0]["results"]
        assert result["suppressions"][0]["justification"] == "kept as typed in the original notes"


def test_statistics_counts_findings_per_code_most_frequent_first(repo: Path, capsys) -> None:
    (repo / "claims" / "slip.yaml").write_text(LIVE + "  - id: slip.more\n    claim: 38 arrests\n"
                                               "    quote: Police have arrested 37 suspects\n", encoding="utf-8")
    status, lines = _out(capsys, "--statistics", "claims/")
    assert status == 1
    assert [line.split() for line in lines[:-1]] == [
        ["count", "accepted", "code", "severity", "name"],
        ["2", "0", "Q002", "error", "quote-not-found"],
        ["0", "1", "Q003", "warning", "quote-normalised"],
    ]
    assert lines[-1] == "2 files, 3 claims: 2 errors, 0 warnings, 1 accepted"


def test_statistics_of_a_run_without_findings_is_the_summary_alone(repo: Path, capsys) -> None:
    (repo / "claims" / "known.yaml").unlink()
    (repo / "claims" / "good.yaml").write_text(LIVE.replace("39", "38"), encoding="utf-8")
    assert _out(capsys, "--statistics", "claims/") == (0, ["1 file, 1 claim: 0 errors, 0 warnings"])
