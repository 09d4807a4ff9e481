"""Source articles: found only inside the repository root, read once, never written."""

from __future__ import annotations

import hashlib
import os
import stat
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

MAX_SOURCE_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class SourceText:
    path: str  # as the claims file names it
    text: str
    sha256: str
    line_starts: tuple[int, ...]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of a character offset."""
        line = bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def line_range(self, offset: int) -> tuple[int, int]:
        """Start and end offsets of the line holding `offset` (end excludes the newline)."""
        line = bisect_right(self.line_starts, offset)
        start = self.line_starts[line - 1]
        end = self.text.find("\n", start)
        return start, len(self.text) if end < 0 else end


class SourceError(Exception):
    """Why a source cannot be used; becomes a Q001 finding."""


def make_source(path: str, raw: bytes) -> SourceText:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(f"source '{path}' is not valid UTF-8 (byte {exc.start})") from None
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos >= 0:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return SourceText(path, text, hashlib.sha256(raw).hexdigest(), tuple(starts))


def confine(root: Path, name: str) -> Path:
    """The file `name` names under `root`, refusing anything that could leave the root."""
    if not name.strip():
        raise SourceError("source path is empty")
    if PurePosixPath(name).is_absolute() or PureWindowsPath(name).is_absolute() or PureWindowsPath(name).drive:
        raise SourceError(f"source path '{name}' is absolute; give it relative to the repository root")
    if os.path.normpath(name.replace("\\", "/")).split(os.sep)[0] == "..":
        raise SourceError(f"source path '{name}' leaves the repository root")
    real_root = root.resolve()
    target = (real_root / name).resolve()
    if target != real_root and real_root not in target.parents:
        raise SourceError(f"source path '{name}' resolves outside the repository root")
    return target


def read_confined(root: Path, name: str) -> SourceText:
    target = confine(root, name)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        raise SourceError(f"source '{name}' does not exist") from None
    except OSError as exc:
        raise SourceError(f"source '{name}' cannot be read: {exc.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        raise SourceError(f"source '{name}' is not a regular file")
    if info.st_size > MAX_SOURCE_BYTES:
        raise SourceError(f"source '{name}' is {info.st_size:,} bytes; the limit is {MAX_SOURCE_BYTES:,}")
    try:
        with open(target, "rb") as handle:
            raw = handle.read(MAX_SOURCE_BYTES + 1)
    except OSError as exc:
        raise SourceError(f"source '{name}' cannot be read: {exc.strerror}") from None
    return make_source(name, raw)


@dataclass
class Sources:
    """Every source the dataset cites, read at most once per run."""

    root: Path
    _cache: dict[str, SourceText | SourceError] = field(default_factory=dict)

    def get(self, name: str) -> SourceText:
        found = self._cache.get(name)
        if found is None:
            try:
                found = read_confined(self.root, name)
            except SourceError as exc:
                found = exc
            self._cache[name] = found
        if isinstance(found, SourceError):
            raise found
        return found
