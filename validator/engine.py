"""Run the selected rules over a dataset: load, check, apply accepts, sort."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from validator.dataset import ClaimsFile, Dataset, build_file, discover
from validator.errors import UsageError
from validator.finding import Finding, Severity, Span
from validator.intervals import DEFAULT_TOLERANCE
from validator.rules import select
from validator.rules.base import Rule
from validator.sources import Sources

STALE_ACCEPT = "A001"


@dataclass(frozen=True)
class Options:
    paths: tuple[str, ...] = ("claims/",)
    root: Path = Path(".")
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    use_accepts: bool = True
    about_tolerance: float = DEFAULT_TOLERANCE


@dataclass
class Result:
    dataset: Dataset
    findings: list[Finding] = field(default_factory=list)
    internal_errors: int = 0


def display_path(path: Path) -> str:
    try:
        return Path(os.path.relpath(path)).as_posix()
    except ValueError:  # another drive on Windows
        return path.as_posix()


def load(options: Options) -> Dataset:
    sources = Sources(options.root)
    files: list[ClaimsFile] = []
    for path in discover(list(options.paths)):
        if not path.exists():
            raise UsageError(f"{path}: no such file or directory")
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise UsageError(f"{path}: cannot be read: {exc.strerror}") from None
        files.append(build_file(display_path(path), raw, sources))
    return Dataset(options.root, files, options.about_tolerance)


def run(options: Options, dataset: Dataset | None = None) -> Result:
    dataset = dataset if dataset is not None else load(options)
    result = Result(dataset)
    rules = select(list(options.select), list(options.ignore))
    for rule in rules:
        if rule.code != STALE_ACCEPT:
            _run_rule(rule, dataset, result)
    if options.use_accepts:
        result.findings = _apply_accepts(dataset, result.findings)
        for rule in rules:
            if rule.code == STALE_ACCEPT:
                ran = {r.code for r in rules}
                result.findings.extend(rule.check(dataset, result.findings, ran))
    result.findings = sorted(set(result.findings), key=Finding.sort_key)
    return result


def _run_rule(rule: Rule, dataset: Dataset, result: Result) -> None:
    try:
        result.findings.extend(rule.check(dataset))
    except Exception as exc:  # one broken rule must not silence the others
        result.internal_errors += 1
        where = dataset.files[0].path if dataset.files else "."
        result.findings.append(Finding(rule.code, Severity.ERROR,
                                       f"internal error in rule {rule.code}: {type(exc).__name__}: {exc}",
                                       where, Span()))


def _apply_accepts(dataset: Dataset, findings: list[Finding]) -> list[Finding]:
    reasons: dict[tuple[str, str, str], str] = {}
    for record in dataset.claims():
        for accept in record.claim.accept:
            reasons.setdefault((record.file.path, record.id, accept.rule), accept.reason)
    out = []
    for finding in findings:
        reason = reasons.get((finding.file, finding.claim_id or "", finding.code))
        out.append(finding.accept(reason) if reason is not None else finding)
    return out
