"""`--fix`: make the mechanical repairs, and only those, in claims files (never in sources).

- a Q003 quote becomes the exact text of the source it matched;
- a stale accept (A001) is removed;
- with `--update-pins`, the source's `sha256` pin is filled in or updated.

Everything else in the file stays byte for byte: removed accepts are cut out line by line,
values are changed through a ruamel.yaml round trip that keeps comments, key order and
quoting, and a file whose formatting would not survive that round trip is left alone. Every
rewrite is checked by reading it back: it must hold exactly the intended data.
"""

from __future__ import annotations

import copy
import difflib
import io
import os
import re
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import ScalarString

from validator.dataset import shown_name_is_escaped
from validator.dataset import ClaimRecord, ClaimsFile
from validator.engine import STALE_ACCEPT, Result
from validator.errors import UsageError
from validator.finding import Finding
from validator.loader import load_bytes
from validator.quotes import _ELLIPSIS, MatchKind, QuoteMatch  # the very ellipsis that splits gapped quotes
from validator.sources import SourceText

NORMALISED_QUOTE = "Q003"
_BOM = "\ufeff"
# (mapping, sequence, offset) indentations to try, the claims files' own style first.
_INDENTS = ((2, 4, 2), (2, 2, 0), (4, 4, 2), (4, 6, 4), (2, 4, 0), (4, 4, 0))
_SPLIT_ELLIPSIS = re.compile(f"({_ELLIPSIS.pattern})")

YamlPath = tuple[Any, ...]


@dataclass(frozen=True)
class SetValue:
    path: YamlPath
    value: str


@dataclass(frozen=True)
class InsertKey:
    mapping: YamlPath
    key: str
    value: str
    after: str


@dataclass(frozen=True)
class Remove:
    path: YamlPath


Edit = SetValue | InsertKey | Remove


@dataclass
class FileFix:
    path: str
    before: bytes
    after: bytes
    count: int


@dataclass
class Plan:
    fixes: list[FileFix] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # edits that could not be made safely

    @property
    def count(self) -> int:
        return sum(f.count for f in self.fixes)


def plan(result: Result, findings: Iterable[Finding], update_pins: bool) -> Plan:
    """The rewrites that would fix `findings` (the run's reported ones) in the files of `result`."""
    live = [f for f in findings if not f.accepted]
    out = Plan()
    for claims_file in result.dataset.files:
        edits, problems = _edits(claims_file, [f for f in live if f.file == claims_file.path], update_pins)
        if edits:
            _plan_file(claims_file, edits, problems, out)
    return out


def _edits(claims_file: ClaimsFile, findings: list[Finding], update_pins: bool) -> tuple[list[Edit], int]:
    """The edits for one file, and how many problems they fix (one removal may drop several accepts)."""
    edits: list[Edit] = _pin(claims_file) if update_pins else []
    problems = len(edits)
    for record in claims_file.claims:
        mine = [f for f in findings if f.claim_id == record.id]
        quotes = _quote_edits(record, {f.subject for f in mine if f.code == NORMALISED_QUOTE})
        stale = [i for i in range(len(record.claim.accept))
                 if record.span("accept", i) in {f.span for f in mine if f.code == STALE_ACCEPT}]
        edits.extend(quotes + _accept_edits(record, stale))
        problems += len(quotes) + len(stale)
    return edits, problems


def _pin(claims_file: ClaimsFile) -> list[Edit]:
    header, source = claims_file.header, claims_file.source
    if header is None or source is None or header.source.sha256 == source.sha256:
        return []
    if header.source.sha256 is None:
        return [InsertKey(("source",), "sha256", source.sha256, after="path")]
    return [SetValue(("source", "sha256"), source.sha256)]


def _quote_edits(record: ClaimRecord, subjects: set[str]) -> list[Edit]:
    source = record.file.source
    edits: list[Edit] = []
    for i, (quote, match) in enumerate(zip(record.claim.quotes, record.quote_matches)):
        if source is None or match is None or match.kind is not MatchKind.NORMALISED or quote not in subjects:
            continue
        edits.append(SetValue(record.path + record.quote_path(i), exact_quote(quote, match, source)))
    return edits


def exact_quote(quote: str, match: QuoteMatch, source: SourceText) -> str:
    """The source's own text for a quote that matched only after normalising."""
    if len(match.spans) == 1:
        return source.text[match.start:match.end]
    pieces = _SPLIT_ELLIPSIS.split(quote)
    spans = iter(match.spans)
    for i in range(0, len(pieces), 2):  # even pieces are text, odd ones the ellipses between them
        if pieces[i].strip():
            start, end = next(spans)
            pieces[i] = source.text[start:end]
    return "".join(pieces).strip()


def _accept_edits(record: ClaimRecord, stale: list[int]) -> list[Edit]:
    if stale and len(stale) == len(record.claim.accept):
        return [Remove(record.path + ("accept",))]
    return [Remove(record.path + ("accept", i)) for i in stale]


def _plan_file(claims_file: ClaimsFile, edits: list[Edit], problems: int, out: Plan) -> None:
    path = claims_file.path
    if shown_name_is_escaped(path):
        out.notes.append(f"{path}: its name is not valid UTF-8 or holds a control character (S006); not fixed")
        return
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"{path}: cannot be read: {exc.strerror}") from None
    if _lf(raw.decode("utf-8", "replace").removeprefix(_BOM)) != _lf(claims_file.doc.text):
        out.notes.append(f"{path}: changed while being checked; not fixed")
        return
    try:
        after = rewrite(claims_file.doc.text, claims_file.doc.data, edits)
    except _Refused as exc:
        out.notes.append(f"{path}: not fixed: {exc}")
        return
    text = after.replace("\n", "\r\n") if "\r\n" in claims_file.doc.text else after
    new = (_BOM if raw.startswith(_BOM.encode()) else "") + text
    if new.encode("utf-8") != raw:
        out.fixes.append(FileFix(path, raw, new.encode("utf-8"), problems))


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n")


class _Refused(Exception):
    """An edit that cannot be made without disturbing the rest of the file."""


def rewrite(text: str, data: Any, edits: list[Edit]) -> str:
    """`text` with `edits` applied, checked to hold exactly the intended data."""
    text = _lf(text)
    expected = copy.deepcopy(data)
    removals = sorted((e for e in edits if isinstance(e, Remove)), key=lambda e: e.path, reverse=True)
    changes = [e for e in edits if not isinstance(e, Remove)]
    for edit in [*removals, *changes]:
        _apply_plain(expected, edit)
    text = _cut(text, [e.path for e in removals])
    if changes:
        text = round_trip(text, changes)
    if load_bytes("fixed", text.encode("utf-8")).data != expected:
        raise _Refused("the rewritten file would not hold the intended data")
    return text


def _apply_plain(data: Any, edit: Edit) -> None:
    if isinstance(edit, Remove):
        del _at(data, edit.path[:-1])[edit.path[-1]]
    elif isinstance(edit, SetValue):
        _at(data, edit.path[:-1])[edit.path[-1]] = edit.value
    else:
        _at(data, edit.mapping)[edit.key] = edit.value


def _at(data: Any, path: YamlPath) -> Any:
    for part in path:
        data = data[part]
    return data


def _cut(text: str, paths: list[YamlPath]) -> str:
    """Remove the lines holding each path's key or sequence entry and everything nested in it."""
    if not paths:
        return text
    doc = load_bytes("fix", text.encode("utf-8"))
    lines = text.splitlines(keepends=True)
    for path in paths:  # deepest and last first, so earlier line numbers stay valid
        first, last = _line_range(doc, lines, path)
        del lines[first - 1:last]
    return "".join(lines)


def _line_range(doc: Any, lines: list[str], path: YamlPath) -> tuple[int, int]:
    within = [p for p in doc.spans if p[:len(path)] == path]
    # Only scalars end where their text ends; a block collection ends at the next token,
    # past any comment lines that follow it, and those comments must stay.
    leaves = [doc.spans[p] for p in within if not any(q[:len(p)] == p and q != p for q in within)]
    keys = [span for p, span in doc.key_spans.items() if p[:len(path)] == path and p != path]
    if isinstance(path[-1], int):
        start, lead = doc.spans[path], r"\s*-\s*"
    else:
        start, lead = doc.key_spans[path], r"\s*"
    if not re.fullmatch(lead, lines[start.line - 1][:start.column - 1]):
        raise _Refused(f"line {start.line} is not in block style; remove the accept by hand")
    return start.line, max([start.line, *(s.end_line for s in leaves + keys)])


def round_trip(text: str, changes: list[Edit]) -> str:
    """`text` with value changes made through ruamel.yaml, refused unless untouched parts come out as they went in."""
    for indent in _INDENTS:
        yaml = _yaml(indent)
        try:
            data = yaml.load(text)
        except YAMLError as exc:
            raise _Refused(f"ruamel.yaml cannot read it ({type(exc).__name__})") from None
        if _dump(yaml, data) == text:
            break
    else:
        raise _Refused("its formatting does not survive a YAML round trip")
    for edit in changes:
        if isinstance(edit, SetValue):
            parent = _at(data, edit.path[:-1])
            parent[edit.path[-1]] = _same_style(parent[edit.path[-1]], edit.value)
        elif isinstance(edit, InsertKey):
            mapping = _at(data, edit.mapping)
            mapping.insert(list(mapping).index(edit.after) + 1, edit.key, edit.value)
    return _dump(yaml, data)


def _yaml(indent: tuple[int, int, int]) -> YAML:
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 1 << 16  # never re-wrap long lines
    yaml.indent(mapping=indent[0], sequence=indent[1], offset=indent[2])
    return yaml


def _dump(yaml: YAML, data: Any) -> str:
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _same_style(old: Any, new: str) -> Any:
    return type(old)(new) if isinstance(old, ScalarString) else new


def diff(fixes: Iterable[FileFix]) -> str:
    out: list[str] = []
    for fix in fixes:
        before = fix.before.decode("utf-8").splitlines(keepends=True)
        after = fix.after.decode("utf-8").splitlines(keepends=True)
        for line in difflib.unified_diff(before, after, f"a/{fix.path}", f"b/{fix.path}"):
            out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def write(fixes: Iterable[FileFix]) -> None:
    for fix in fixes:
        write_atomic(Path(os.path.realpath(fix.path)), fix.after)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` whole or not at all: a temporary file beside it, then a rename."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise UsageError(f"{path}: cannot be written: {exc.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as exc:
        _remove_quietly(temporary)
        raise UsageError(f"{path}: cannot be written: {exc.strerror}") from None
    except BaseException:
        _remove_quietly(temporary)
        raise


def _remove_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
