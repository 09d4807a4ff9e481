"""JUnit XML, for CI systems that show test reports: a suite per claims file, a case per claim.

A claim's errors are its failures; its warnings, notes and accepted findings are printed in
`system-out` and do not fail it. Findings about the file rather than a claim (YAML syntax,
an unreadable source, a changed pin) belong to a case named after the file.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict

from validator.engine import Result
from validator.finding import Finding
from validator.report.text import line

# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _case(suite: ET.Element, file: str, name: str, line_no: int, findings: list[Finding]) -> bool:
    """Add one test case; whether it failed."""
    case = ET.SubElement(suite, "testcase", {"classname": clean(file), "name": clean(name),
                                             "file": clean(file), "line": str(line_no)})
    failing = [f for f in findings if f.fails]
    for finding in failing:
        failure = ET.SubElement(case, "failure", {"type": finding.code,
                                                  "message": clean(f"{finding.code}: {finding.message}")})
        failure.text = clean(line(finding))
    others = [f for f in findings if not f.fails]
    if others:
        ET.SubElement(case, "system-out").text = clean("\n".join(line(f) for f in others) + "\n")
    return bool(failing)


def _cases(result: Result, by_claim: dict[tuple[str, str], list[Finding]]) -> dict[str, dict[str, int]]:
    """Per claims file, its claims in file order with their lines; "" is the file itself."""
    cases: dict[str, dict[str, int]] = {}
    for claims_file in result.dataset.files:
        cases[claims_file.path] = {"": 1}
        for record in claims_file.claims:
            cases[claims_file.path].setdefault(record.id, claims_file.doc.span(record.path).line)
    for (file, claim_id), findings in by_claim.items():  # claims that failed the schema have no record
        cases.setdefault(file, {"": 1}).setdefault(claim_id, findings[0].span.line)
    return cases


def _coverage_suite(root: ET.Element, result: Result) -> tuple[int, int]:
    """With --coverage, a suite "coverage" with a case per source, its percentage as a property
    and in system-out, failed when below --min-coverage; its tests and failures."""
    from validator.coverage import of

    stats = of(result.dataset)
    if stats is None:
        return 0, 0
    suite = ET.SubElement(root, "testsuite", {"name": "coverage"})
    for stat in stats:
        case = ET.SubElement(suite, "testcase", {"classname": "coverage", "name": clean(stat.source),
                                                 "file": clean(stat.source)})
        properties = ET.SubElement(case, "properties")
        ET.SubElement(properties, "property", {"name": "coverage", "value": f"{stat.percent:.1f}"})
        if stat.below:
            ET.SubElement(case, "failure", {"type": "coverage", "message": clean(stat.describe())})
        ET.SubElement(case, "system-out").text = clean(stat.describe() + "\n")
    failures = sum(stat.below for stat in stats)
    suite.attrib.update({"tests": str(len(stats)), "failures": str(failures), "errors": "0", "skipped": "0"})
    return len(stats), failures


def render(result: Result, colour: bool = False) -> str:
    by_claim: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for finding in result.findings:
        by_claim[(finding.file, finding.claim_id or "")].append(finding)
    root = ET.Element("testsuites", {"name": "validate"})
    total_tests = total_failures = 0
    for file, claims in sorted(_cases(result, by_claim).items()):
        suite = ET.SubElement(root, "testsuite", {"name": clean(file)})
        failures = sum(_case(suite, file, claim_id or file, line_no, by_claim.get((file, claim_id), []))
                       for claim_id, line_no in claims.items())
        suite.attrib.update({"tests": str(len(claims)), "failures": str(failures), "errors": "0", "skipped": "0"})
        total_tests, total_failures = total_tests + len(claims), total_failures + failures
    tests, failures = _coverage_suite(root, result)
    total_tests, total_failures = total_tests + tests, total_failures + failures
    root.attrib.update({"tests": str(total_tests), "failures": str(total_failures), "errors": "0"})
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
