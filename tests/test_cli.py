"""The `validate` command end to end: exit statuses, formats, determinism, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


from validator.cli import main
from validator.rules import registry

ROOT = Path(__file__).resolve().parent.parent


def test_project_data_passes(project: Path, capsys) -> None:
    assert main(["claims/"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1].startswith("5 files, ")


def test_one_changed_digit_fails_with_q002_at_the_quote(project: Path, capsys) -> None:
    path = project / "claims" / "004-tantalio.yaml"
    text = path.read_text(encoding="utf-8")
    line = next(i for i, l in enumerate(text.splitlines(), 1) if "arrested 38 suspects" in l)
    path.write_text(text.replace("arrested 38 suspects", "arrested 36 suspects", 1), encoding="utf-8")
    assert main(["claims/"]) == 1
    out = capsys.readouterr().out
    hit = [l for l in out.splitlines() if " Q002 " in l]
    assert len(hit) == 1
    assert hit[0].startswith(f"claims/004-tantalio.yaml:{line}:")
    assert "arrested 38 suspects" in hit[0] and "line 10" in hit[0]


def test_missing_path_is_a_one_line_usage_error(project: Path, capsys) -> None:
    assert main(["does-not-exist/"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does-not-exist" in err


def test_bad_option_is_a_one_line_usage_error(project: Path, capsys) -> None:
    assert main(["--format", "xml"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["--select", "Z9"]) == 2


def test_json_has_the_documented_shape_and_is_byte_identical(project: Path, capsys) -> None:
    (project / "claims" / "extra.yaml").write_text(
        "source: {path: seeds/004_454c6d8bf6139045.txt}\nclaims:\n"
        "  - {id: x.one, claim: 38 arrests, quote: Police have arrested 39 suspects}\n"
        "  - {id: x.two, claim: 38 arrests, quote: \"Police  have arrested 38 suspects\"}\n", encoding="utf-8")
    assert main(["--format", "json"]) == 1
    first = capsys.readouterr().out
    main(["--format", "json"])
    assert capsys.readouterr().out == first
    document = json.loads(first)
    assert set(document) == {"version", "summary", "findings"}
    assert set(document["summary"]) == {"files", "claims", "errors", "warnings", "accepted"}
    keys = {"code", "severity", "message", "file", "line", "column", "end_line", "end_column", "claim_id", "accepted"}
    assert document["findings"] and all(keys <= set(f) for f in document["findings"])
    order = [(f["file"], f["line"], f["column"], f["code"]) for f in document["findings"]]
    assert order == sorted(order)
    codes = {f["code"] for f in document["findings"] if f["file"] == "claims/extra.yaml"}
    assert {"Q002", "Q003"} <= codes


def test_select_and_ignore_filter_by_prefix(project: Path, capsys) -> None:
    (project / "claims" / "extra.yaml").write_text(
        "source: {path: seeds/004_454c6d8bf6139045.txt}\nclaims:\n"
        "  - {id: x.one, claim: 38 arrests, quote: Police have arrested 39 suspects}\n", encoding="utf-8")
    assert main(["--ignore", "Q002"]) in (0, 1)
    assert " Q002 " not in capsys.readouterr().out
    main(["--select", "Q"])
    assert all(" Q0" in l for l in capsys.readouterr().out.splitlines()[:-1])


def test_explain_prints_bad_and_good_examples_for_every_rule(capsys) -> None:
    for code in registry():
        assert main(["--explain", code.lower()]) == 0
        text = capsys.readouterr().out
        assert text.startswith(code) and "Bad" in text and "Good" in text


def test_list_rules_and_version(capsys) -> None:
    assert main(["--list-rules"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == len(registry())
    assert main(["--version"]) == 0
    assert "validate" in capsys.readouterr().out


def test_module_entry_point_runs_without_traceback(project: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "validator", "nope.yaml"], capture_output=True, text=True)
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_show_figures_lists_every_figure_with_its_support(project: Path, capsys) -> None:
    assert main(["--show-figures", "claims/004-tantalio.yaml"]) == 0
    out = capsys.readouterr().out
    assert "tantalio.arrests-by-country" in out
    row = next(l for l in out.splitlines() if l.strip().startswith("6 in Colombia"))
    assert " ok " in row and "seeds/004_454c6d8bf6139045.txt:10:" in row and "in Colombia" in row
    assert "V00" not in out
