"""Fixture-driven rule tests: tests/cases/<CODE>/{pass,fail}/<case> (a file or a folder of files).

A fail case lists what it must produce in comments, `# expect: CODE LINE[:COL]`, in the
file where the finding belongs; it must produce exactly those findings of CODE. A finding in
a file that cannot carry comments (a source, for U001) is expected in a claims file as
`# expect: CODE FILE-NAME:LINE[:COL]`. A pass case must produce no finding of its CODE.
Every rule must have both; U001's cases run with coverage on.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from validator.engine import Options, run
from validator.rules import registry

ROOT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).resolve().parent / "cases"
EXPECT = re.compile(r"#\s*expect:\s*([A-Z]\d{3})\s+(?:([\w.-]+\.[a-z]+):)?(\d+)(?::(\d+))?")


def _cases(kind: str) -> list[Path]:
    return sorted(p for p in CASES.glob(f"[A-Z][0-9][0-9][0-9]/{kind}/*") if not p.name.startswith("."))


def _expected(case: Path, code: str) -> set[tuple]:
    files = sorted(case.rglob("*.y*ml")) if case.is_dir() else [case]
    out = set()
    for path in files:
        for match in EXPECT.finditer(path.read_text(encoding="utf-8", errors="replace")):
            if match.group(1) == code:
                column = int(match.group(4)) if match.group(4) else None
                out.add((match.group(2) or path.name, int(match.group(3)), column))
    return out


def _found(case: Path, code: str, monkeypatch) -> list:
    monkeypatch.chdir(ROOT)
    result = run(Options(paths=(str(case.relative_to(ROOT)),), root=ROOT, coverage=code == "U001"))
    return [f for f in result.findings if f.code == code and not f.accepted]


@pytest.mark.parametrize("case", _cases("fail"), ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_fail_case_gives_exactly_the_expected_findings(case: Path, monkeypatch) -> None:
    code = case.parent.parent.name
    expected = _expected(case, code)
    assert expected, f"{case} declares no '# expect: {code} LINE' comment"
    found = _found(case, code, monkeypatch)
    got = {(Path(f.file).name, f.span.line, f.span.column) for f in found}
    wanted_lines = {(name, line) for name, line, col in expected}
    assert {(name, line) for name, line, _ in got} == wanted_lines, [f.message for f in found]
    for name, line, column in expected:
        if column is not None:
            assert (name, line, column) in got


@pytest.mark.parametrize("case", _cases("pass"), ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_pass_case_gives_no_finding(case: Path, monkeypatch) -> None:
    found = _found(case, case.parent.parent.name, monkeypatch)
    assert found == [], [f.message for f in found]


@pytest.mark.parametrize("code", sorted(registry()))
def test_every_rule_has_a_failing_and_a_passing_case(code: str) -> None:
    assert list((CASES / code / "fail").glob("*")), f"no failing fixture for {code}"
    assert list((CASES / code / "pass").glob("*")), f"no passing fixture for {code}"
