"""Reporters: each renders a run's findings in one output format."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from validator.engine import Result
from validator.finding import Severity


@dataclass(frozen=True)
class Summary:
    files: int
    claims: int
    errors: int
    warnings: int
    accepted: int

    @classmethod
    def of(cls, result: Result) -> Summary:
        live = [f for f in result.findings if not f.accepted]
        return cls(
            files=len(result.dataset.files),
            claims=result.dataset.claim_count,
            errors=sum(f.severity is Severity.ERROR for f in live),
            warnings=sum(f.severity is Severity.WARNING for f in live),
            accepted=sum(f.accepted for f in result.findings),
        )


Reporter = Callable[[Result, bool], str]


def reporters() -> dict[str, Reporter]:
    from validator.report import github, html, json_format, junit, sarif, text

    return {"text": text.render, "json": json_format.render,
            "github": github.render, "sarif": sarif.render, "junit": junit.render, "html": html.render}
