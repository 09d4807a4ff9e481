"""S001 keeps the parser's message and position and adds a plain hint for the slips people
make typing prose into YAML. The fixtures under tests/cases/S001/fail/ say which hint they
must give in a `# hint: TEXT` comment (test_cases checks their positions)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from validator.loader import load_bytes
from validator.yaml_hints import hint

CASES = Path(__file__).resolve().parent / "cases" / "S001" / "fail"
HINT = re.compile(r"^#\s*hint:\s*(.+)$", re.M)


def _hinted() -> list[Path]:
    return sorted(p for p in CASES.glob("*.yaml") if HINT.search(p.read_text(encoding="utf-8")))


def _message(path: Path) -> str:
    (problem,) = load_bytes(path.name, path.read_bytes()).problems
    return problem.message


def test_there_is_a_fixture_for_each_slip() -> None:
    names = {p.stem for p in _hinted()}
    assert {"apostrophe-in-single-quotes", "colon-in-unquoted-value", "tab-indentation",
            "list-item-without-dash"} <= names


@pytest.mark.parametrize("path", _hinted(), ids=lambda p: p.stem)
def test_the_finding_keeps_the_parser_message_and_adds_the_hint(path: Path) -> None:
    expected = HINT.search(path.read_text(encoding="utf-8")).group(1).strip()
    message = _message(path)
    assert message.startswith("YAML syntax error: ")
    assert f"; hint: {expected}" in message


def test_an_error_that_is_none_of_the_slips_gets_no_hint() -> None:
    assert "hint:" not in _message(CASES / "unclosed-flow.yaml")


def test_the_quoted_value_the_colon_hint_suggests_parses_to_the_typed_text() -> None:
    typed = "claim: 5 countries: Spain, Italy's capital"
    found = hint(typed + "\n", [1], "mapping values are not allowed in this context")
    suggestion = found.split("quote the whole value: ", 1)[1]
    assert yaml.safe_load(suggestion) == {"claim": "5 countries: Spain, Italy's capital"}


@pytest.mark.parametrize("line", [
    "    quote: 'the suspects'   # a comment",
    "    quote: 'it''s fine'",
    "    claim: 38 arrests",
    "  - id: x.arrests",
])
def test_well_formed_lines_give_no_hint(line: str) -> None:
    assert hint(line + "\n", [1], "did not find expected key") is None
    assert hint(line + "\n", [1], "mapping values are not allowed here") is None
