"""The debug view behind `--show-figures`: each claim's figures and the source text supporting each."""

from __future__ import annotations

from collections.abc import Iterator

from validator.dataset import ClaimRecord, Dataset
from validator.quotes import passage
from validator.verdicts import Verdict, verdicts


def judged(dataset: Dataset) -> Iterator[tuple[ClaimRecord, tuple[Verdict, ...]]]:
    """Each claim, in dataset order, with one verdict per figure this view lists (none when
    the claim cannot be judged). `validate --export` writes one row per figure listed here."""
    for claims_file in dataset.files:
        for record in claims_file.claims:
            yield record, verdicts(dataset, record)


def render(dataset: Dataset) -> str:
    lines: list[str] = []
    for record, figures in judged(dataset):
        lines.append(f"{record.file.path}:{record.span('claim').line}: {record.id}: {record.claim.claim}")
        if not figures:
            lines.append("  (not judged: the claim text or a quote could not be read)")
        for verdict in figures:
            figure = verdict.figure
            said = record.claim.claim[figure.start:figure.end].strip()
            said = said if len(said) <= 32 else said[:31] + "…"
            status = verdict.code or "ok"
            lines.append(f"  {said:<32} {status:<4} {why(record, verdict)}")
    return "\n".join(lines) + "\n"


def why(record, verdict) -> str:
    e, source = verdict.evidence, record.file.source
    if e is None or source is None:
        return verdict.message
    line, column = source.position(e.start)
    context_end = min(source.line_range(e.start)[1], e.end + 30)
    shown = passage(source, e.start, context_end, limit=48)
    counts = ", ".join(sorted(e.measures)) or "-"
    places = f"; in {' and '.join(e.places) + ' together' if e.joint else ', '.join(e.places)}" if e.places else ""
    why = f" [{e.reason}]" if e.reason else ""
    head = f"{source.path}:{line}:{column} \"{shown}\" counts {counts}{places}{why}"
    return head if verdict.code is None else f"{head} — {verdict.message}"
