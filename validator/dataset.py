"""The dataset under check: claims files loaded, validated against the model, sources read.

Everything the rules share is computed here once and lazily (quote matches, figures),
so that rules stay small and no rule repeats another's work.
"""

from __future__ import annotations

import re

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from validator.errors import UsageError
from validator.figures.figure import ClaimTextError, Figure
from validator.finding import Span
from validator.intervals import DEFAULT_TOLERANCE
from validator.loader import MAX_FILE_BYTES, Document, load_bytes
from validator.model import Claim, ClaimsHeader
from validator.quotes import QuoteMatch, match_quote
from validator.sources import NotRegularFile, SourceError, Sources, SourceText, open_regular, read_at_most

# More claims than this in one file are refused (S002) rather than checked one by one.
MAX_CLAIMS_PER_FILE = 5_000


@dataclass(frozen=True, slots=True)
class Issue:
    """A problem found while loading, before any rule ran; a rule turns it into a finding."""

    code: str
    span: Span
    message: str
    claim_id: str | None = None


@dataclass(eq=False)
class ClaimsFile:
    path: str  # as displayed: relative to the current directory when inside it
    doc: Document
    header: ClaimsHeader | None = None
    claims: list[ClaimRecord] = field(default_factory=list)
    source: SourceText | None = None
    source_error: str | None = None
    issues: list[Issue] = field(default_factory=list)

    @property
    def source_span(self) -> Span:
        return self.doc.span(("source", "path"))

    @property
    def language(self) -> str:
        """The language its source is written in, as the file declares it ("en" by default)."""
        source = getattr(self.header, "source", None)  # a cached file's header keeps no language
        return getattr(source, "language", None) or "en"


@dataclass(eq=False)
class ClaimRecord:
    file: ClaimsFile
    index: int
    claim: Claim

    @property
    def id(self) -> str:
        return self.claim.id

    @property
    def path(self) -> tuple[Any, ...]:
        return ("claims", self.index)

    @property
    def event(self) -> str | None:
        header = self.file.header
        return self.claim.event or (header.event if header else None)

    def span(self, *key: Any) -> Span:
        return self.file.doc.span(self.path + key)

    def quote_path(self, i: int) -> tuple[Any, ...]:
        item = self.path + ("quote", i)
        return ("quote", i) if item in self.file.doc.spans else ("quote",)

    @cached_property
    def figures(self) -> tuple[Figure, ...] | ClaimTextError:
        """The claim text read into figures, or why it cannot be read (S004/S005)."""
        from validator.figures.claimtext import read_claim  # the reader is loaded only to read

        try:
            figures = read_claim(self.claim.claim)
        except ClaimTextError as exc:
            return exc
        source = self.file.source
        if source is None or not any(f.place and f.place != f.place_country for f in figures):
            return figures
        from validator.figures.places import in_countries_named

        return in_countries_named(figures, source.text, self.file.language)

    @cached_property
    def quote_matches(self) -> tuple[QuoteMatch | None, ...]:
        """One match per quote; None when the source could not be read."""
        source = self.file.source
        if source is None:
            return tuple(None for _ in self.claim.quotes)
        return tuple(match_quote(source, quote) for quote in self.claim.quotes)


@dataclass
class Dataset:
    root: Path
    files: list[ClaimsFile]
    about_tolerance: float = DEFAULT_TOLERANCE
    # Derived views several rules share (see validator.evidence), computed once per run.
    shared: dict[str, Any] = field(default_factory=dict)

    def claims(self) -> Iterator[ClaimRecord]:
        for claims_file in self.files:
            yield from claims_file.claims

    @property
    def claim_count(self) -> int:
        return sum(len(f.claims) for f in self.files)


def build_file(path: str, raw: bytes, sources: Sources) -> ClaimsFile:
    doc = load_bytes(path, raw)
    result = ClaimsFile(path, doc)
    result.issues.extend(Issue("S001", p.span, p.message) for p in doc.problems)
    if doc.data is None and not doc.problems:
        result.issues.append(Issue("S002", Span(), "file is empty: expected a mapping with 'source' and 'claims'"))
    if doc.data is None:
        return result
    _validate(result, doc.data)
    if result.header is not None:
        _read_source(result, sources)
    return result


def _validate(result: ClaimsFile, data: Any) -> None:
    if not isinstance(data, dict):
        result.issues.append(Issue("S002", result.doc.span(()), f"expected a mapping at the top level, got {_kind(data)}"))
        return
    header = {k: v for k, v in data.items() if k != "claims"}
    try:
        result.header = ClaimsHeader.model_validate(header)
    except ValidationError as exc:
        result.issues.extend(_schema_issues(result.doc, exc, ()))
    claims = data.get("claims")
    if not isinstance(claims, list):
        expected = "a list of claims" if "claims" in data else "a 'claims' key holding a list of claims"
        where = result.doc.span(("claims",)) if "claims" in data else result.doc.span(())
        result.issues.append(Issue("S002", where, f"$.claims: expected {expected}, got {_kind(claims)}"))
        return
    if len(claims) > MAX_CLAIMS_PER_FILE:
        result.issues.append(Issue("S002", result.doc.span(("claims",)),
                                   f"$.claims: {len(claims):,} claims; the limit is {MAX_CLAIMS_PER_FILE:,} "
                                   "a file (split it): none of them was checked"))
        return
    for index, item in enumerate(claims):
        try:
            claim = Claim.model_validate(item)
        except ValidationError as exc:
            claim_id = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) else None
            result.issues.extend(_schema_issues(result.doc, exc, ("claims", index), claim_id))
            continue
        result.claims.append(ClaimRecord(result, index, claim))


def _schema_issues(doc: Document, exc: ValidationError, prefix: tuple, claim_id: str | None = None) -> Iterator[Issue]:
    seen: set[tuple] = set()
    for error in exc.errors(include_url=False):
        loc = prefix + _data_loc(doc.data, prefix, error["loc"])
        if error["type"] == "union_tag_invalid" or loc in seen:
            continue
        seen.add(loc)
        if len(loc) == len(prefix) and error["type"] in ("extra_forbidden", "missing"):
            span, message = doc.span(loc), _expected(error)  # pragma: no cover - pydantic always names the key
        elif error["type"] == "extra_forbidden":
            span, message = doc.key_span(loc), f"unknown key '{loc[-1]}'"
        elif error["type"] == "missing":
            span, message = doc.span(loc[:-1]), f"missing required key '{loc[-1]}'"
        else:
            span, message = doc.span(loc), _expected(error)
        yield Issue("S002", span, f"{json_path(loc)}: {message}", claim_id)


def _data_loc(data: Any, prefix: tuple, loc: tuple) -> tuple:
    """pydantic's error location without the names it gives union branches: a part is kept when
    it is a key (or index) of the data there, or when it is not a branch name (a missing key)."""
    node = data
    for part in prefix:
        node = _child(node, part)
    kept = []
    for part in loc:
        child = _child(node, part)
        if child is not _ABSENT:
            node = child
        elif _is_union_tag(part):
            continue
        else:
            node = None
        kept.append(part)
    return tuple(kept)


_ABSENT = object()


def _child(node: Any, part: Any) -> Any:
    if isinstance(node, dict) and isinstance(part, str) and part in node:
        return node[part]
    if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
        return node[part]
    return _ABSENT


def _is_union_tag(part: Any) -> bool:
    # pydantic names the branch of a union it tried ('str', 'list[str]', 'int', ...); not a real key.
    return isinstance(part, str) and ("[" in part or part in {"str", "int", "float", "bool", "function-after"})


def _expected(error: dict) -> str:
    message = error["msg"]
    message = message.removeprefix("Value error, ")
    got = error.get("input")
    if not error["type"].endswith("_type"):
        return message
    hint = "; put it in quotes to make it text" if error["type"] == "string_type" and isinstance(got, (int, float)) else ""
    return f"{message} (got {_kind(got)}){hint}"


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"number {value}"
    if isinstance(value, str):
        return f"text '{value[:40]}'"
    return {dict: "a mapping", list: "a list"}.get(type(value), type(value).__name__)


def json_path(loc: tuple) -> str:
    out = "$"
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _read_source(result: ClaimsFile, sources: Sources) -> None:
    assert result.header is not None
    try:
        result.source = sources.get(result.header.source.path)
    except SourceError as exc:
        result.source_error = str(exc)
        result.issues.append(Issue("Q001", result.source_span, str(exc)))


def read_claims_file(path: Path) -> bytes:
    """The bytes of a claims file, at most one more than the loader's size limit; a usage error
    (never a wait) for a missing file, a FIFO, a device or anything else that is not a file."""
    try:
        with open_regular(path) as (handle, _):
            return read_at_most(handle, MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file or directory") from None
    except NotRegularFile:
        raise UsageError(f"{path}: not a regular file") from None
    except (OSError, ValueError) as exc:
        raise UsageError(f"{path}: cannot be read: {getattr(exc, 'strerror', None) or exc}") from None


_CONTROL = {ord(c): f"\\x{ord(c):02x}" for c in map(chr, [*range(32), 127])} | {
    ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}
_ESCAPED = re.compile(r"\\(?:x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8}|[nrt])")


def shown_name(name: str) -> str:
    """A file name as it can be printed, put in JSON or XML and kept on one line: bytes that are
    not UTF-8 and control characters written as escapes ("bad-\\xff-name.yaml")."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        name = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name.translate(_CONTROL)


def shown_name_is_escaped(name: str) -> bool:
    """Whether a file name as shown carries escapes (its real name cannot be shown as it is)."""
    return _ESCAPED.search(name) is not None


def discover(paths: list[str]) -> list[Path]:
    """Claims files named by `paths`: directories recurse over *.yaml/*.yml (never into hidden
    folders such as .git or .validate_cache), files are taken as given."""
    found: set[Path] = set()
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found.update(_yaml_files(path))
        else:
            found.add(path)
    return sorted(found, key=lambda p: p.as_posix())


def _yaml_files(folder: Path) -> Iterator[Path]:
    pending = [str(folder)]
    while pending:
        try:
            entries = list(os.scandir(pending.pop()))
        except OSError:
            continue  # unreadable or vanished folder: nothing to check in it
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                pending.append(entry.path)
            elif entry.name.endswith((".yaml", ".yml")) and _is_file(entry):
                yield Path(entry.path)


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()
    except OSError:  # a symbolic link to itself: not a file
        return False
