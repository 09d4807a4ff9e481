"""`--format github`: workflow commands GitHub turns into annotations, escaped as GitHub requires."""

from __future__ import annotations

from pathlib import Path

from validator.cli import main
from validator.dataset import Dataset
from validator.engine import Result
from validator.finding import Finding, Severity, Span
from validator.report.github import command, escape_data, escape_property, render


def test_escaping_of_message_and_properties() -> None:
    text = "100% sure: a, b\r\nnext"
    assert escape_data(text) == "100%25 sure: a, b%0D%0Anext"
    assert escape_property(text) == "100%25 sure%3A a%2C b%0D%0Anext"


def test_a_finding_with_percent_colon_comma_and_newline_becomes_one_well_formed_command(tmp_path: Path) -> None:
    finding = Finding("Q002", Severity.ERROR, "50% off: a, b\nsecond line", str(tmp_path / "claims" / "a,b:c.yaml"),
                      Span(3, 5, 3, 9), "x.one")
    line = command(finding, tmp_path)
    assert line == ("::error file=claims/a%2Cb%3Ac.yaml,line=3,col=5,endLine=3,endColumn=9,title=Q002"
                    "::50%25 off: a, b%0Asecond line [x.one]")
    assert "\n" not in line


def test_multi_line_ranges_carry_no_end_column(tmp_path: Path) -> None:
    finding = Finding("S001", Severity.WARNING, "m", str(tmp_path / "f.yaml"), Span(2, 3, 5, 1))
    assert command(finding, tmp_path) == "::warning file=f.yaml,line=2,col=3,endLine=5,title=S001::m"


def test_severities_map_to_commands_and_accepted_findings_get_no_annotation(tmp_path: Path) -> None:
    findings = [Finding("Q002", Severity.ERROR, "e", "a.yaml"), Finding("Q003", Severity.WARNING, "w", "a.yaml"),
                Finding("Q004", Severity.INFO, "i", "a.yaml"),
                Finding("Q003", Severity.WARNING, "ok", "a.yaml").accept("a known discrepancy")]
    out = render(Result(Dataset(tmp_path, []), findings)).splitlines()
    assert [line.split(" ", 1)[0] for line in out[:-1]] == ["::error", "::warning", "::notice"]
    assert not out[-1].startswith("::")  # the summary is a plain log line


def test_real_run_annotates_each_finding_at_its_line(project: Path, capsys) -> None:
    assert main(["--format", "github"]) == 1
    out = capsys.readouterr().out.splitlines()
    commands = [line for line in out if line.startswith("::")]
    assert "::error file=claims/extra.yaml,line=6,col=12,endLine=6,endColumn=43,title=Q002::" \
           "quote not found in seeds/004_454c6d8bf6139045.txt; closest passage (97%25 similar)" in "\n".join(commands)
    assert any(c.startswith("::warning file=claims/extra.yaml,line=9,") and "title=Q003" in c for c in commands)
    assert any(c.startswith("::error file=claims/pinned.yaml,line=3,") and "title=Q005" in c for c in commands)
    assert not any("extra.accepted" in c for c in commands)


def test_paths_are_relative_to_the_repository_root_not_the_current_directory(project: Path, capsys,
                                                                             monkeypatch) -> None:
    monkeypatch.chdir(project / "claims")
    assert main(["--format", "github", "--root", "..", "extra.yaml"]) == 1
    commands = [line for line in capsys.readouterr().out.splitlines() if line.startswith("::")]
    assert commands and all(c.split(" ", 1)[1].startswith("file=claims/extra.yaml,") for c in commands)
