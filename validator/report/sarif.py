"""SARIF 2.1.0, the format code-scanning services (GitHub, Azure DevOps, IDEs) read.

Locations are relative to the repository root through the `%SRCROOT%` base id, so a log
made in CI points at the right files anywhere. Fingerprints hash what a finding is about
(the baseline's key), not its line, so a finding keeps its identity when claims move.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from pathlib import Path
from urllib.parse import quote

from validator import __version__
from validator.baseline import key_of
from validator.config import repo_relative
from validator.engine import Result
from validator.finding import Finding, Severity
from validator.rules import registry
from validator.rules.base import Rule

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
TOOL = "figurecheck"
# The project has no public home yet; the README's rule table has an anchor per code.
HOME = "https://figurecheck.invalid/"
HELP = HOME + "README.md#"
SRCROOT = "%SRCROOT%"
FINGERPRINT = "figurecheck/v1"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def rule_descriptor(rule: Rule) -> dict:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.doc or rule.summary},
        "helpUri": HELP + rule.code.lower(),
        "help": {"text": rule.doc or rule.summary},
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
    }


def artifact_location(file: str, root: Path) -> dict:
    relative = repo_relative(file, root)
    if relative is None:
        return {"uri": Path(os.path.abspath(file)).as_uri()}
    return {"uri": quote(relative), "uriBaseId": SRCROOT}


def root_uri(root: Path) -> str:
    uri = Path(os.path.abspath(root)).as_uri()
    return uri if uri.endswith("/") else uri + "/"


def fingerprint(finding: Finding, root: Path, occurrence: int) -> str:
    key = key_of(finding, root)
    digest = hashlib.sha256("\0".join((key.code, key.file, key.claim_id, key.subject)).encode("utf-8"))
    return f"{digest.hexdigest()[:32]}:{occurrence}"


def result_object(finding: Finding, root: Path, index: dict[str, int], occurrence: int) -> dict:
    span = finding.span
    region = {"startLine": span.line, "startColumn": span.column,
              # SARIF's end column is the one after the region; ours is its last character.
              "endLine": span.end_line, "endColumn": span.end_column + 1}
    result: dict = {"ruleId": finding.code}
    if finding.code in index:
        result["ruleIndex"] = index[finding.code]
    result["level"] = _LEVELS[finding.severity]
    result["message"] = {"text": finding.message}
    result["locations"] = [{"physicalLocation": {"artifactLocation": artifact_location(finding.file, root),
                                                 "region": region}}]
    result["partialFingerprints"] = {FINGERPRINT: fingerprint(finding, root, occurrence)}
    result["suppressions"] = ([{"kind": "inSource", "status": "accepted", "justification": finding.accept_reason or ""}]
                              if finding.accepted else [])
    if finding.claim_id:
        result["properties"] = {"claimId": finding.claim_id}
    return result


def render(result: Result, colour: bool = False) -> str:
    root = result.dataset.root
    rules = list(registry().values())
    index = {rule.code: i for i, rule in enumerate(rules)}
    seen: Counter = Counter()
    results = []
    for finding in result.findings:
        key = key_of(finding, root)
        results.append(result_object(finding, root, index, seen[key]))
        seen[key] += 1
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": TOOL, "version": __version__, "semanticVersion": __version__,
                                "informationUri": HOME, "rules": [rule_descriptor(r) for r in rules]}},
            "invocations": [{"executionSuccessful": result.internal_errors == 0}],
            "originalUriBaseIds": {SRCROOT: {"uri": root_uri(root)}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    from validator.coverage import of  # a run property, only when the run measured coverage

    if (stats := of(result.dataset)) is not None:
        log["runs"][0]["properties"] = {"coverage": [stat.as_dict() for stat in stats]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
