"""Coverage: which figures of each cited source no claim captures (`validate --coverage`, U001).

A dataset that passes can still have missed half of what an article says, and nothing else
points at it. Per source cited by the checked files, every figure the reader finds is either
captured (a claim's figure was matched to it, or to the same number of the same thing said
again elsewhere in the source), excluded (it stands in a passage listed under `ignore:` in a
claims file's `source:` block; years, ages and dates are never figures to begin with), or
reported as U001 at its line and column in the source. The share captured is the source's
coverage; `--min-coverage PERCENT` fails the run when a source falls below it.

Coverage reads the claims files in full (quotes and `ignore:` lists), from disk when the run
took them from the results cache, whose entries keep neither: so the cache never holds a
U001 finding, and turning coverage on or off cannot be answered by a stale entry.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from validator.finding import Finding, Severity, Span
from validator.text import shorten

if TYPE_CHECKING:  # the reader is imported only by runs that measure coverage: reports read `of` cheaply
    from validator.dataset import ClaimsFile, Dataset
    from validator.figures.attribution import Evidence
    from validator.sources import SourceText, Sources

CODE = "U001"
SHARED_KEY = "coverage"  # where a run keeps its coverage, in Dataset.shared
MINIMUM_KEY = "coverage-minimum"  # ... and the --min-coverage it was measured against


@dataclass(frozen=True)
class SourceCoverage:
    """One source's coverage: figures considered (not ignored), how many are captured."""

    source: str  # as the claims files name it, relative to the repository root
    figures: int
    captured: int
    ignored: int
    minimum: float | None = None  # --min-coverage, when given

    @property
    def percent(self) -> float:
        return 100.0 if self.figures == 0 else 100.0 * self.captured / self.figures

    @property
    def below(self) -> bool:
        return self.minimum is not None and self.percent < self.minimum

    def describe(self) -> str:
        text = f"{self.source}: {self.captured} of {self.figures} figures captured ({self.percent:.0f}%)"
        if self.ignored:
            text += f", {self.ignored} ignored"
        if self.below:
            text += f", below --min-coverage {self.minimum:g}%"
        return text

    def as_dict(self) -> dict:
        return {"source": self.source, "figures": self.figures, "captured": self.captured,
                "ignored": self.ignored, "percent": round(self.percent, 1), "below_minimum": self.below}


def of(dataset: Dataset) -> list[SourceCoverage] | None:
    """The coverage a run measured, or None when it was not asked for."""
    return dataset.shared.get(SHARED_KEY)


def measure(dataset: Dataset, minimum: float | None = None) -> list[Finding]:
    """U001 findings for every source the dataset's files cite; the per-source coverage is kept
    in `dataset.shared` for the reporters (the engine leaves --min-coverage there too)."""
    minimum = dataset.shared.get(MINIMUM_KEY) if minimum is None else minimum
    full = _in_full(dataset)
    by_source: dict[str, list[ClaimsFile]] = defaultdict(list)
    for claims_file in full.files:
        if claims_file.header is not None and claims_file.source is not None:
            by_source[claims_file.header.source.path].append(claims_file)
    findings: list[Finding] = []
    stats: list[SourceCoverage] = []
    for name in sorted(by_source):
        found, stat = _one_source(full, by_source[name], minimum)
        findings += found
        stats.append(stat)
    dataset.shared[SHARED_KEY] = stats
    return findings


def below(stats: list[SourceCoverage] | None) -> list[SourceCoverage]:
    return [s for s in stats or [] if s.below]


def _in_full(dataset: Dataset) -> Dataset:
    """The dataset with every file as written: files the results cache gave back thin
    (no quotes, no `ignore:`) are read again."""
    from validator.dataset import Dataset
    from validator.model import ClaimsHeader
    from validator.sources import Sources

    sources = Sources(dataset.root)
    files = [f if isinstance(f.header, ClaimsHeader) and f.source is not None else _reread(f, sources)
             for f in dataset.files]
    return Dataset(dataset.root, files, dataset.about_tolerance)


def _reread(claims_file: ClaimsFile, sources: Sources) -> ClaimsFile:
    from validator.dataset import build_file

    try:
        raw = Path(claims_file.path).read_bytes()
    except OSError:
        return claims_file  # gone since the run read it: nothing to measure
    return build_file(claims_file.path, raw, sources)


def _one_source(dataset: Dataset, files: list[ClaimsFile],
                minimum: float | None) -> tuple[list[Finding], SourceCoverage]:
    from validator.draft import read_figures

    source = files[0].source
    assert source is not None and files[0].header is not None
    figures = read_figures(source.text, files[0].language)
    ignored, findings = _ignored_spans(files, source)
    captured = _captured(dataset, files)
    repeated = {_same_figure(e) for e in figures if e.number.start in captured and e.number.value != 1}
    counted = kept = 0
    shown = _display(dataset.root, source.path)
    for e in figures:
        if any(a <= e.number.start and e.number.end <= b for a, b in ignored):
            continue
        counted += 1
        if e.number.start in captured or _same_figure(e) in repeated:
            kept += 1
            continue
        findings.append(_uncaptured(shown, source, e))
    stat = SourceCoverage(source.path, counted, kept, len(figures) - counted, minimum)
    return findings, stat


def _captured(dataset: Dataset, files: list[ClaimsFile]) -> set[int]:
    """Where the figures some claim was matched to start (a wrong claim still names its figure;
    other rules say what is wrong with it)."""
    from validator.verdicts import verdicts

    out: set[int] = set()
    for claims_file in files:
        for record in claims_file.claims:
            out.update(v.evidence.number.start for v in verdicts(dataset, record) if v.evidence is not None)
    return out


def _same_figure(e: Evidence) -> tuple:
    """What makes two figures of one source the same figure said twice (a lead repeated, "the
    17 people arrested" after "about 17 people were arrested"): the number and what it counts.
    A one ("a teacher was arrested", "a health worker was arrested") is never a repeat: two of
    them are usually two people."""
    n = e.number
    return (n.kind, n.value, n.high, n.unit, n.vague, e.measures)


def _ignored_spans(files: list[ClaimsFile], source: SourceText) -> tuple[list[tuple[int, int]], list[Finding]]:
    """The passages the files' `ignore:` lists name, and a finding for each one not in the source."""
    from validator.quotes import MatchKind, match_quote

    spans: list[tuple[int, int]] = []
    findings: list[Finding] = []
    for claims_file in files:
        assert claims_file.header is not None
        for i, passage in enumerate(claims_file.header.source.ignore):
            match = match_quote(source, passage)
            if match.kind is MatchKind.MISSING:
                findings.append(Finding(CODE, Severity.INFO,
                                        f"ignored passage '{shorten(passage, 60)}' is not in the source "
                                        f"{source.path}; it excludes nothing",
                                        claims_file.path, claims_file.doc.span(("source", "ignore", i)),
                                        subject=passage))
                continue
            spans += [(a, b) for start in match.occurrences for a, b in _shifted(match.spans, start)]
    return spans, findings


def _shifted(spans: tuple[tuple[int, int], ...], start: int) -> tuple[tuple[int, int], ...]:
    """The spans of one match moved to another occurrence of the same passage."""
    delta = start - spans[0][0]
    return tuple((a + delta, b + delta) for a, b in spans) if len(spans) == 1 else spans


def _uncaptured(shown: str, source: SourceText, e: Evidence) -> Finding:
    line, column = source.position(e.start)
    end_line, end_column = source.position(max(e.start, e.end - 1))
    written = " ".join(source.text[e.start:e.end].split())
    counts = ", ".join(sorted(e.measures)) if e.measures else "nothing the reader can tell"
    where = f" in {' and '.join(e.places)}" if e.places else ""
    message = (f"no claim captures the figure '{shorten(written, 60)}' ({e.number.kind}; counts {counts}{where}); "
               "add a claim for it, or list its passage under source: ignore:")
    return Finding(CODE, Severity.INFO, message, shown, Span(line, column, end_line, end_column),
                   subject=f"{written}\0{counts}")


def _display(root: Path, name: str) -> str:
    from validator.engine import display_path  # the engine imports this module lazily

    return display_path(Path(root) / name)
