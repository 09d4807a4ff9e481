"""The machine format: one JSON document with a summary and every finding, sorted."""

from __future__ import annotations

import json
from dataclasses import asdict

from validator import __version__
from validator.engine import Result
from validator.finding import Finding
from validator.report import Summary


def finding_dict(finding: Finding) -> dict:
    span = finding.span
    data = {
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.message,
        "file": finding.file,
        "line": span.line,
        "column": span.column,
        "end_line": span.end_line,
        "end_column": span.end_column,
        "claim_id": finding.claim_id,
        "accepted": finding.accepted,
    }
    if finding.accepted:
        data["accept_reason"] = finding.accept_reason
    return data


def render(result: Result, colour: bool = False) -> str:
    document = {
        "version": __version__,
        "summary": asdict(Summary.of(result)),
        "findings": [finding_dict(f) for f in result.findings],
    }
    from validator.coverage import of  # present only when the run measured coverage

    if (stats := of(result.dataset)) is not None:
        document["coverage"] = [stat.as_dict() for stat in stats]
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
