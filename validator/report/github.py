"""GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per finding.

GitHub reads these lines from a job's log and shows each as an annotation on the file and
line it names; paths must be relative to the repository root.
"""

from __future__ import annotations

from pathlib import Path

from validator.config import repo_relative
from validator.engine import Result
from validator.finding import Finding, Severity
from validator.report import Summary
from validator.report.text import summary_line

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(finding: Finding, root: Path) -> str:
    span = finding.span
    properties = [
        ("file", repo_relative(finding.file, root) or finding.file),
        ("line", str(span.line)),
        ("col", str(span.column)),
        ("endLine", str(span.end_line)),
    ]
    if span.end_line == span.line:  # GitHub takes an end column only on a one-line range
        properties.append(("endColumn", str(span.end_column)))
    properties.append(("title", finding.code))
    props = ",".join(f"{name}={escape_property(value)}" for name, value in properties)
    message = finding.message + (f" [{finding.claim_id}]" if finding.claim_id else "")
    return f"::{_COMMANDS[finding.severity]} {props}::{escape_data(message)}"


def render(result: Result, colour: bool = False) -> str:
    """Accepted findings are known discrepancies, not problems: they get no annotation."""
    root = result.dataset.root
    lines = [command(f, root) for f in result.findings if not f.accepted]
    lines.append(summary_line(Summary.of(result)))
    return "\n".join(lines) + "\n"
