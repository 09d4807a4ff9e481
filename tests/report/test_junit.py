"""`--format junit`: a test suite per claims file, a test case per claim, failures for errors."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from validator.cli import main
from validator.report.junit import clean


def junit(capsys, *args: str) -> tuple[int, ET.Element, str]:
    status = main(["--format", "junit", *args])
    text = capsys.readouterr().out
    return status, ET.fromstring(text.encode("utf-8")), text


def _cases(suite: ET.Element) -> dict[str, ET.Element]:
    return {case.get("name"): case for case in suite.iter("testcase")}


def test_one_suite_per_claims_file_and_one_case_per_claim(project: Path, capsys) -> None:
    status, root, text = junit(capsys)
    assert status == 1 and text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    files = sorted(p.relative_to(project).as_posix() for p in (project / "claims").glob("*.yaml"))
    assert sorted(suites) == files
    extra = suites["claims/extra.yaml"]
    assert list(_cases(extra)) == ["claims/extra.yaml", "extra.typo", "extra.curly", "extra.accepted"]
    assert extra.get("tests") == "4" and extra.get("failures") == "1"
    assert int(root.get("tests")) == sum(int(s.get("tests")) for s in suites.values())
    assert int(root.get("failures")) == sum(int(s.get("failures")) for s in suites.values())


def test_errors_fail_and_warnings_and_accepted_findings_do_not(project: Path, capsys) -> None:
    _, root, _ = junit(capsys)
    cases = _cases(next(s for s in root.iter("testsuite") if s.get("name") == "claims/extra.yaml"))
    (failure,) = cases["extra.typo"].findall("failure")
    assert failure.get("type") == "Q002" and failure.get("message").startswith("Q002: quote not found")
    assert failure.text.startswith("claims/extra.yaml:6:12: Q002 error:")
    assert cases["extra.typo"].get("line") == "4"
    assert not cases["extra.curly"].findall("failure")
    assert "Q003 warning" in cases["extra.curly"].find("system-out").text
    assert not cases["extra.accepted"].findall("failure")
    assert "Q003 accepted" in cases["extra.accepted"].find("system-out").text


def test_file_level_findings_belong_to_the_case_named_after_the_file(project: Path, capsys) -> None:
    _, root, _ = junit(capsys)
    cases = _cases(next(s for s in root.iter("testsuite") if s.get("name") == "claims/pinned.yaml"))
    assert cases["claims/pinned.yaml"].find("failure").get("type") == "Q005"
    assert not cases["pinned.groups"].findall("failure")


def test_claims_that_fail_the_schema_still_get_a_case(project: Path, capsys) -> None:
    (project / "claims" / "broken.yaml").write_text(
        "source:\n  path: seeds/004_454c6d8bf6139045.txt\nclaims:\n  - id: broken.one\n    claim: 1 arrest\n"
        "    quote: Police\n    colour: red\n", encoding="utf-8")
    _, root, _ = junit(capsys)
    cases = _cases(next(s for s in root.iter("testsuite") if s.get("name") == "claims/broken.yaml"))
    assert cases["broken.one"].find("failure").get("type") == "S002"


def test_text_xml_cannot_carry_is_replaced_and_output_is_byte_identical(project: Path, capsys) -> None:
    assert clean("a\x00b\x1bc\td\n") == "a\ufffdb\ufffdc\td\n"
    assert junit(capsys)[2] == junit(capsys)[2]
