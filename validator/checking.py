"""Checking one claims file: the file-scope rules on it alone, a pure function of the file, its
source, the tolerance and the vocabulary. The engine calls it for each file the results cache
does not hold; `workers` calls it in other processes."""

from __future__ import annotations

from pathlib import Path

from validator.checked import Checked
from validator.dataset import ClaimsFile, Dataset, build_file
from validator.evidence import how_quoted
from validator.finding import Finding, Severity, Span
from validator.rules import registry
from validator.sources import Sources


def check_file(claims_file: ClaimsFile, root: Path, tolerance: float) -> Checked:
    single = Dataset(root, [claims_file], tolerance)
    findings: list[Finding] = []
    failed: list[str] = []
    for rule in registry().values():
        if rule.scope != "file":
            continue
        try:
            findings.extend(rule.check(single))
        except Exception as exc:  # one broken rule must not silence the others
            failed.append(rule.code)
            findings.append(Finding(rule.code, Severity.ERROR,
                                    f"internal error in rule {rule.code}: {type(exc).__name__}: {exc}",
                                    claims_file.path, Span()))
    for record in claims_file.claims:
        how_quoted(single, record)  # kept with the file: a cached file has no quotes to judge again
    return Checked(claims_file, findings, tuple(failed))


def build_and_check(display: str, raw: bytes, sources: Sources, tolerance: float) -> Checked:
    """Load a claims file from its bytes, then check it."""
    return check_file(build_file(display, raw, sources), sources.root, tolerance)
