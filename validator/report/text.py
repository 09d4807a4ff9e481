"""The human format: `path:line:col: CODE severity: message [claim-id]`, then a summary.

Accepted findings are counted in the summary but not printed unless asked for
(`--show-accepted`): a dataset with a few dozen accepts would otherwise bury the one new
problem under lines about known, reviewed discrepancies. JSON and SARIF always carry them,
with their reasons; `--statistics` counts findings per code instead of listing them.
"""

from __future__ import annotations

from collections import Counter

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


def render(result: Result, colour: bool = False, show_accepted: bool = False) -> str:
    lines = [line(f, colour) for f in result.findings if show_accepted or not f.accepted]
    lines += coverage_lines(result)
    lines.append(summary_line(Summary.of(result)))
    return "\n".join(lines) + "\n"


def coverage_lines(result: Result) -> list[str]:
    """One line per cited source when coverage was measured (`--coverage`), else none."""
    from validator.coverage import of

    return [f"coverage: {stat.describe()}" for stat in of(result.dataset) or []]


def statistics(result: Result) -> str:
    """A table of findings per code, most frequent first, then the summary line: how many are
    live (they count towards the exit status), how many accepted, the severity and the rule's
    name. A rule no finding came from gets no row."""
    from validator.rules import registry

    rules = registry()
    live = Counter(f.code for f in result.findings if not f.accepted)
    accepted = Counter(f.code for f in result.findings if f.accepted)
    codes = sorted(set(live) | set(accepted), key=lambda code: (-live[code], -accepted[code], code))
    rows = [("count", "accepted", "code", "severity", "name")]
    for code in codes:
        rule = rules.get(code)
        rows.append((str(live[code]), str(accepted[code]), code,
                     rule.severity.value if rule else "", rule.name if rule else ""))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    if codes:
        for row in rows:
            cells = [row[0].rjust(widths[0]), row[1].rjust(widths[1]), *(c.ljust(w) for c, w in zip(row[2:], widths[2:]))]
            lines.append("  ".join(cells).rstrip())
    lines.append(summary_line(Summary.of(result)))
    return "\n".join(lines) + "\n"
