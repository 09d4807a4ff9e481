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


# Each output format and the module that renders it, imported only when a run asks for it (the
# HTML report's templates and the JUnit report's XML cost a pre-commit run time it need not spend).
_MODULES = {"text": "text", "json": "json_format", "github": "github", "sarif": "sarif", "junit": "junit",
            "html": "html"}
FORMATS = tuple(_MODULES)


def reporter(name: str) -> Reporter:
    """The renderer of one output format."""
    from importlib import import_module

    return import_module(f"validator.report.{_MODULES[name]}").render


def reporters() -> dict[str, Reporter]:
    """Every output format's renderer."""
    return {name: reporter(name) for name in _MODULES}
