"""Per-file results, kept on disk under `.validate_cache/` by content hash: this module only
stores and returns them (`ResultsCache`, the key, and the entry's format); `checking` computes
them and `workers` runs that in parallel.

Most rules look at one claims file and its source only ("file" scope). Their findings, and
the file as loaded (claims, positions, figures), depend on nothing but the claims file's
bytes, its path, its source's bytes, the tolerance, the project's vocabulary (measures.yaml)
and the code of this tool, so that is the key: a changed claims file or source invalidates
exactly its own entry, and an edit to the tool or to the vocabulary invalidates everything.
Rules that compare files ("dataset" scope) depend on every file of the run: their findings are
kept once, for the last run only, under a key made of all its files' keys (`dataset_key`), so a
run over an unchanged dataset reads them back and any change anywhere computes them afresh. The
folder is safe to delete; a cache that cannot be written is skipped.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import NamedTuple

from validator.checked import Checked
from validator.dataset import ClaimRecord, ClaimsFile
from validator.figures import measures
from validator.figures.figure import ClaimTextError, Figure
from validator.finding import Finding, Severity, Span
from validator.loader import Document
from validator.sources import SourceError, Sources

CACHE_DIR = ".validate_cache"
FORMAT = 6
DATASET_ENTRY = "dataset-findings"  # the dataset rules' findings of the last run


class Accepted(NamedTuple):
    rule: str
    reason: str


class CachedSource(NamedTuple):
    path: str


class CachedHeader(NamedTuple):
    source: CachedSource
    event: str | None


class CachedClaim(NamedTuple):
    """The part of a `Claim` that dataset-scope rules and reports read, its quotes included (C001
    holds together only figures quoted from the same words)."""

    id: str
    claim: str
    event: str | None
    accept: tuple[Accepted, ...]
    quote: tuple[str, ...] = ()
    when: str | None = None
    figures: None = None
    note: str | None = None

    @property
    def quotes(self) -> tuple[str, ...]:
        return self.quote


@cache
def code_fingerprint() -> str:
    """A hash of this tool's code and data: a new version never reads an old entry."""
    digest = hashlib.sha256()
    package = files("validator")
    for path in sorted(Path(str(package)).rglob("*")):
        if path.suffix in {".py", ".yaml", ".json"} and "__pycache__" not in path.parts:
            digest.update(path.as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def entry_key(display: str, raw: bytes, source_tag: str, tolerance: float) -> str:
    # The project's vocabulary is part of the key: a changed measures.yaml re-checks every file.
    return content_key((code_fingerprint(), measures.fingerprint(), display, repr(tolerance), source_tag), raw)


def dataset_key(file_keys: list[str], parts: tuple[str, ...]) -> str:
    """The key of the dataset rules' findings: the run's files (each by its entry key, in order),
    the chosen rules and the run's options in `parts`."""
    return content_key((code_fingerprint(), measures.fingerprint(), *parts), "\n".join(file_keys).encode())


def content_key(parts: tuple[str, ...], raw: bytes) -> str:
    """A hash of some names and a file's bytes: equal only when all of them are."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode())
        digest.update(b"\0")
    digest.update(raw)
    return digest.hexdigest()


def source_tag(raw: bytes, sources: Sources) -> str:
    """What the file's findings depend on outside it: its source's content, or why there is none."""
    name = _source_name(raw)
    if name is None:
        return "-"
    try:
        return f"{name}\0{sources.get(name).sha256}"
    except SourceError as exc:
        return f"{name}\0{exc}"


def _source_name(raw: bytes) -> str | None:
    # Cheap: the `path:` line under `source:`. Any doubt only costs a cache miss, never a stale hit,
    # because the full source text is hashed whenever the name is found.
    text = raw.decode("utf-8", "replace")
    at = text.find("\nsource:")
    if at < 0 and not text.startswith("source:"):
        return None
    for line in text[max(at, 0):].splitlines()[1:6]:
        stripped = line.strip()
        if stripped.startswith("path:"):
            return stripped[5:].split("#", 1)[0].strip().strip("'\"")
    return None


class ResultsCache:
    def __init__(self, root: Path, enabled: bool = True) -> None:
        self.folder = root / CACHE_DIR
        self.enabled = enabled

    def get(self, key: str) -> Checked | None:
        if not self.enabled:
            return None
        try:
            with open(self.folder / key[:2] / key, "rb") as handle:
                return thaw(handle.read())
        except (OSError, EOFError, TypeError, ValueError, IndexError):
            return None  # missing, or unreadable: computed afresh

    def put(self, key: str, blob: bytes) -> None:
        self._write(self.folder / key[:2], key, blob)

    def dataset_findings(self, key: str) -> tuple[list[Finding], int] | None:
        """The dataset rules' findings and internal errors stored under `key`, if the last run's
        were stored under it."""
        if not self.enabled:
            return None
        try:
            stored = marshal.loads((self.folder / DATASET_ENTRY).read_bytes())
            if stored[0] != FORMAT or stored[1] != key:
                return None
            return [_thaw_finding(item) for item in stored[2]], stored[3]
        except (OSError, EOFError, TypeError, ValueError, IndexError):
            return None

    def put_dataset_findings(self, key: str, findings: list[Finding], errors: int) -> None:
        blob = marshal.dumps((FORMAT, key, tuple(_freeze_finding(f) for f in findings), errors))
        self._write(self.folder, DATASET_ENTRY, blob)

    def _write(self, folder: Path, name: str, blob: bytes) -> None:
        if not self.enabled:
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
            mark_ignored(self.folder)
            handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-")
            with os.fdopen(handle, "wb") as out:
                out.write(blob)
            os.replace(temporary, folder / name)
        except OSError:
            self.enabled = False  # read-only checkout: run without a cache


def mark_ignored(folder: Path) -> None:
    marker = folder / ".gitignore"
    if not marker.exists():
        marker.write_text("# Made by validate; safe to delete.\n*\n", encoding="utf-8")


def freeze(checked: Checked) -> bytes:
    """The entry as stored: the findings, and of the file only what dataset-scope rules and
    reports read (ids, claim texts, events, accepts, figures and their positions), as plain
    tuples for `marshal`, which reads them back far faster than pickle reads objects."""
    claims_file = checked.claims_file
    header = claims_file.header
    head = None if header is None else (header.source.path, header.event)
    claims = tuple(_freeze_claim(record) for record in claims_file.claims)
    spans = {path: tuple(claims_file.doc.span(path)) for record in claims_file.claims for path in _kept_paths(record)}
    findings = tuple(_freeze_finding(f) for f in checked.findings)
    return marshal.dumps((FORMAT, claims_file.path, head, claims_file.source_error, claims, spans, findings,
                          checked.failed))


def _kept_paths(record: ClaimRecord) -> list[tuple]:
    paths = [record.path, record.path + ("id",), record.path + ("claim",)]
    return paths + [record.path + ("accept", i) for i in range(len(record.claim.accept))]


def _freeze_claim(record: ClaimRecord) -> tuple:
    claim = record.claim
    figures = record.figures
    frozen = (tuple(_freeze_figure(f) for f in figures) if isinstance(figures, tuple)
              else (figures.message, figures.column))
    accepts = tuple((a.rule, a.reason) for a in claim.accept)
    partials = record.__dict__.get("partials")
    return (record.index, claim.id, claim.claim, claim.event, accepts, isinstance(figures, tuple), frozen, partials,
            tuple(claim.quotes))


def _freeze_figure(figure: Figure) -> tuple:
    return tuple(figure._replace(items=tuple(figure.items)))


def _freeze_finding(f: Finding) -> tuple:
    return (f.code, f.severity.value, f.message, f.file, tuple(f.span), f.claim_id, f.subject)


def thaw(blob: bytes) -> Checked:
    stored = marshal.loads(blob)
    if stored[0] != FORMAT:
        raise ValueError("another cache format")
    _, path, head, source_error, claims, spans, findings, failed = stored
    claims_file = ClaimsFile(path, Document(path, spans=spans), source_error=source_error)
    if head is not None:
        claims_file.header = CachedHeader(CachedSource(head[0]), head[1])  # type: ignore[assignment]
    for index, claim_id, text, event, accepts, readable, figures, partials, quotes in claims:
        claim = CachedClaim(claim_id, text, event, tuple(Accepted(r, why) for r, why in accepts), quotes)
        record = ClaimRecord(claims_file, index, claim)  # type: ignore[arg-type]
        record.__dict__["figures"] = (tuple(map(Figure._make, figures)) if readable
                                      else ClaimTextError(figures[0], figures[1]))
        if partials is not None:
            record.__dict__["partials"] = partials
        claims_file.claims.append(record)
    return Checked(claims_file, [_thaw_finding(item) for item in findings], tuple(failed))


def _thaw_finding(stored: tuple) -> Finding:
    code, severity, message, file, span, claim_id, subject = stored
    return Finding(code, Severity(severity), message, file, Span(*span), claim_id, subject=subject)
