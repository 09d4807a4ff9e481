"""Findings: small immutable records, rendered late by a reporter."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum
from typing import NamedTuple


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Span(NamedTuple):
    """A 1-based line and column range in a file (end inclusive of the last character).

    A tuple rather than a dataclass: a loaded file holds one per key and value, and the
    results cache stores them by the hundred thousand."""

    line: int = 1
    column: int = 1
    end_line: int = 1
    end_column: int = 1


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    severity: Severity
    message: str
    file: str  # path as given / discovered, relative to the current directory when possible
    span: Span = field(default_factory=Span)
    claim_id: str | None = None
    accepted: bool = False
    accept_reason: str | None = None
    # Text the finding is about (claim text, quote), used for stable fingerprints; never printed.
    subject: str = ""

    def sort_key(self) -> tuple:
        return (self.file, self.span.line, self.span.column, self.code, self.claim_id or "", self.message)

    def accept(self, reason: str) -> Finding:
        return replace(self, accepted=True, accept_reason=reason)

    @property
    def fails(self) -> bool:
        return self.severity is Severity.ERROR and not self.accepted
