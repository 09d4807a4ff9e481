"""What every rule module provides, and the helpers rules share to make findings."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from validator.finding import Finding, Severity, Span

if TYPE_CHECKING:
    from validator.dataset import ClaimRecord, ClaimsFile, Dataset


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str
    doc: str
    check: Callable[[Dataset], Iterable[Finding]]
    scope: str = "file"  # "file": looks at one claims file and its source; "dataset": compares files

    @classmethod
    def from_module(cls, module: ModuleType) -> Rule:
        return cls(
            code=module.CODE,
            name=module.NAME,
            severity=module.SEVERITY,
            summary=module.SUMMARY,
            doc=inspect.cleandoc(module.__doc__ or ""),
            check=module.check,
            scope=getattr(module, "SCOPE", "file"),
        )


def at_file(code: str, severity: Severity, claims_file: ClaimsFile, span: Span, message: str,
            claim_id: str | None = None, subject: str = "") -> Finding:
    return Finding(code, severity, message, claims_file.path, span, claim_id, subject=subject)


def at_claim(code: str, severity: Severity, record: ClaimRecord, span: Span, message: str,
             subject: str = "") -> Finding:
    return Finding(code, severity, message, record.file.path, span, record.id,
                   subject=subject or record.claim.claim)


def issues(dataset: Dataset, code: str, severity: Severity) -> Iterable[Finding]:
    """Findings for the problems the loading stage recorded under `code`."""
    for claims_file in dataset.files:
        for issue in claims_file.issues:
            if issue.code == code:
                yield at_file(code, severity, claims_file, issue.span, issue.message, issue.claim_id,
                              subject=issue.message)


def inside(record: ClaimRecord, key: str, offset: int) -> Span:
    """The position of character `offset` of the claim's `key` value, for a one-line scalar."""
    start = record.span(key)
    lines = record.file.doc.text.splitlines()
    opener = lines[start.line - 1][start.column - 1:start.column] if start.line <= len(lines) else ""
    column = start.column + offset + (1 if opener in ("'", '"') else 0)
    return Span(start.line, column, start.line, column)


def verdict_findings(dataset: Dataset, code: str, severity: Severity) -> Iterable[Finding]:
    """Findings for the figures whose verdict (validator.verdicts) is `code`."""
    from validator.verdicts import verdicts

    for record in dataset.claims():
        for verdict in verdicts(dataset, record):
            if verdict.code == code:
                yield at_claim(code, severity, record, inside(record, "claim", verdict.figure.start), verdict.message)


def quote_matches(dataset: Dataset):
    """(record, index, quote, match) for every quote whose source could be read."""
    for record in dataset.claims():
        for i, match in enumerate(record.quote_matches):
            if match is not None:
                yield record, i, record.claim.quotes[i], match
