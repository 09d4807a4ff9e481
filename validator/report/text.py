"""The human format: `path:line:col: CODE severity: message [claim-id]`, then a summary."""

from __future__ import annotations

from validator.engine import Result
from validator.finding import Finding, Severity
from validator.report import Summary

_COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_DIM, _BOLD, _RESET = "\033[2m", "\033[1m", "\033[0m"


def line(finding: Finding, colour: bool = False) -> str:
    span = finding.span
    where = f"{finding.file}:{span.line}:{span.column}:"
    label = "accepted" if finding.accepted else finding.severity.value
    tail = f" [{finding.claim_id}]" if finding.claim_id else ""
    if finding.accepted:
        tail += f" (accepted: {finding.accept_reason})"
    if colour:
        shade = _DIM if finding.accepted else _COLOURS[finding.severity]
        return f"{_BOLD}{where}{_RESET} {shade}{finding.code} {label}:{_RESET} {finding.message}{tail}"
    return f"{where} {finding.code} {label}: {finding.message}{tail}"


def summary_line(summary: Summary) -> str:
    def count(n: int, word: str) -> str:
        return f"{n} {word}{'' if n == 1 else 's'}"

    text = (f"{count(summary.files, 'file')}, {count(summary.claims, 'claim')}: "
            f"{count(summary.errors, 'error')}, {count(summary.warnings, 'warning')}")
    return text + (f", {summary.accepted} accepted" if summary.accepted else "")


def render(result: Result, colour: bool = False) -> str:
    lines = [line(f, colour) for f in result.findings]
    lines.append(summary_line(Summary.of(result)))
    return "\n".join(lines) + "\n"
