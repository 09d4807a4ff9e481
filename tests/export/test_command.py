"""The export options on the command line: combinations, messages, and what plain runs load."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from validator.cli import main


@pytest.mark.parametrize("argv", [
    ["--export-anyway", "claims/"],
    ["--export", "out", "--summary", "claims/"],
    ["--export", "out", "--changed-since", "HEAD"],
    ["--export", "out", "--write-baseline", "b.json"],
    ["--summary", "--diff"],
    ["--export", "out", "--show-figures"],
])
def test_combinations_that_would_export_part_or_nothing_are_usage_errors(project: Path, capsys, argv) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("validate: ") and err.count("\n") == 1
    assert not (project / "out").exists()


def test_export_says_what_it_wrote_on_standard_error(project: Path, capsys) -> None:
    assert main(["claims/", "--export", "nested/out"]) == 0
    captured = capsys.readouterr()
    assert captured.err == "validate: exported 52 figures and 50 event rows to nested/out\n"  # as --summary counts
    assert "export" not in captured.out  # the report on standard output is unchanged
    assert (project / "nested" / "out" / "datapackage.json").is_file()


def test_an_export_folder_that_cannot_be_made_is_a_usage_error(project: Path, capsys) -> None:
    (project / "taken").write_text("a file, not a folder\n", encoding="utf-8")
    assert main(["claims/", "--export", "taken/out"]) == 2
    assert capsys.readouterr().err.startswith("validate: --export taken/out: ")


def test_a_claim_that_cannot_be_judged_is_named_and_gets_no_row(project: Path, capsys) -> None:
    path = project / "claims" / "004-tantalio.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("'A total of 25 groups", "'A total of 26 groups"),
                    encoding="utf-8")
    assert main(["claims/", "--export", "out", "--export-anyway"]) == 1
    err = capsys.readouterr().err
    assert "exported 51 figures" in err
    assert "no rows for 1 claim whose claim text or quote could not be read: tantalio.groups" in err
    assert "tantalio.groups" not in (project / "out" / "figures.csv").read_text(encoding="utf-8")


def test_summary_prints_each_event_and_exits_0(project: Path, capsys) -> None:
    assert main(["--summary", "claims/"]) == 0
    out = capsys.readouterr().out
    block = out.split("operation-tantalio (1 source)\n", 1)[1].splitlines()
    assert block[0].split()[:2] == ["arrests", "38"]
    assert block[0].endswith("38 arrests [seeds/004_454c6d8bf6139045.txt]")
    events = [line for line in out.splitlines()[:-1] if not line.startswith(" ")]
    rows = [line for line in out.splitlines() if line.startswith("  ") and not line.lstrip().startswith("note:")]
    assert out.splitlines()[-1] == f"{len(events)} events, {len(rows)} rows, 5 sources"
    assert len(events) == 10 and len(rows) == 50


def test_plain_runs_do_not_import_the_export_package(project: Path) -> None:
    code = ("import sys; from validator.cli import main; status = main(['claims/']); "
            "print(status, 'validator.export' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=project, capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "0 False"
