"""The project's dataset (the frozen copy under tests/project/): clean as captured, and every
slip the issues name is caught."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
import yaml

from tests.helpers import PROJECT
from validator.cli import main

CLAIMS = sorted((PROJECT / "claims").glob("*.yaml"))


def _quote_lines_with_digits() -> list[tuple[str, int]]:
    out = []
    for path in CLAIMS:
        lines = path.read_text(encoding="utf-8").splitlines()
        quoting = False
        for number, line in enumerate(lines, 1):
            stripped = line.strip()
            if stripped.startswith("quote:"):
                quoting = stripped == "quote:"
                if not quoting and re.search(r"\d", stripped):
                    out.append((path.name, number))
            elif quoting and stripped.startswith("- "):
                if re.search(r"\d", stripped):
                    out.append((path.name, number))
            else:
                quoting = False
    return out


def test_every_seed_matches_its_pin() -> None:
    for path in CLAIMS:
        source = yaml.safe_load(path.read_text(encoding="utf-8"))["source"]
        digest = hashlib.sha256((PROJECT / source["path"]).read_bytes()).hexdigest()
        assert digest == source["sha256"], path.name


def test_every_accept_has_a_reason_and_no_accept_shows_them(project: Path, capsys) -> None:
    assert main([]) == 0
    capsys.readouterr()
    assert main(["--no-accept", "--format", "json"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    found = {(f["claim_id"], f["code"]) for f in findings}
    assert {("guardia-civil.countries", "C002"), ("interpol-americas.arrest-panama", "C003")} <= found


@pytest.mark.parametrize("name, line", _quote_lines_with_digits())
def test_one_digit_changed_in_any_quote_gives_q002_at_its_line(project: Path, capsys, name: str, line: int) -> None:
    path = project / "claims" / name
    lines = path.read_text(encoding="utf-8").split("\n")
    digit = re.search(r"\d", lines[line - 1])
    new = "7" if digit.group() != "7" else "3"
    lines[line - 1] = lines[line - 1][:digit.start()] + new + lines[line - 1][digit.end():]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert main([]) == 1
    out = capsys.readouterr().out
    assert re.search(rf"^claims/{re.escape(name)}:{line}:\d+: Q002 error: .*closest passage", out, re.M), out


def test_a_second_report_of_tantalio_with_39_arrests_gives_c005(project: Path, capsys) -> None:
    (project / "claims" / "004-tantalio-second.yaml").write_text(
        "source:\n  path: seeds/004_454c6d8bf6139045.txt\nevent: operation-tantalio\nclaims:\n"
        "  - id: tantalio-second.arrests\n    claim: 39 arrests\n    quote: Police have arrested 38 suspects\n",
        encoding="utf-8")
    assert main(["--select", "C005"]) == 1
    out = capsys.readouterr().out
    assert "claims/004-tantalio-second.yaml:6" in out and "claims/004-tantalio.yaml:12" in out
    assert out.count(" C005 error: ") == 2  # one at each claim, each naming the other
    assert re.search(r"^claims/004-tantalio.yaml:12:\d+: C005 error: .*004-tantalio-second", out, re.M), out


def test_removing_the_panama_accept_gives_c003(project: Path, capsys) -> None:
    path = project / "claims" / "002-interpol-americas.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("    accept:\n      - rule: C003")
    end = text.index("\n", text.index("reason:", start)) + 1
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    assert main([]) == 1
    assert re.search(r"^claims/002-interpol-americas.yaml:\d+:\d+: C003 error: Panama", capsys.readouterr().out, re.M)
