"""Source articles: found only inside the repository root, read once, never written."""

from __future__ import annotations

import hashlib
import os
import stat
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

from validator.text import shorten

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
    return Path(_Confined(root).target(name))


class RealPaths:
    """os.path.realpath of names under one base folder, each folder resolved once: a run asks
    about thousands of files in a few folders, and only a file that is itself a symbolic link
    costs a full resolution. Raises what os.lstat raises for a name that cannot be resolved."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.folders: dict[str, str] = {}

    def __call__(self, name: str) -> str:
        folder, leaf = os.path.split(name)
        if leaf in ("", ".", ".."):
            return os.path.realpath(os.path.join(self.base, name))
        real = self.folders.get(folder)
        if real is None:
            real = self.folders[folder] = os.path.realpath(os.path.join(self.base, folder))
        target = os.path.join(real, leaf)
        try:
            if stat.S_ISLNK(os.lstat(target).st_mode):
                return os.path.realpath(target)
        except FileNotFoundError:
            pass
        return target


class _Confined:
    """Resolves source names under one root, refusing those that could leave it (one run's worth)."""

    def __init__(self, root: Path) -> None:
        self.root = os.path.realpath(root)
        self.inside = self.root if self.root.endswith(os.sep) else self.root + os.sep
        self.resolve = RealPaths(self.root)

    def target(self, name: str) -> str:
        if not name.strip():
            raise SourceError("source path is empty")
        if "\0" in name:
            raise SourceError(f"source path '{shorten(name, 80)}' contains a NUL character")
        if PurePosixPath(name).is_absolute() or PureWindowsPath(name).is_absolute() or PureWindowsPath(name).drive:
            raise SourceError(f"source path '{shorten(name, 80)}' is absolute; give it relative to the repository root")
        if os.path.normpath(name.replace("\\", "/")).split(os.sep)[0] == "..":
            raise SourceError(f"source path '{shorten(name, 80)}' leaves the repository root")
        try:
            target = self.resolve(name)
        except (OSError, ValueError) as exc:  # a name too long, or not encodable for this file system
            raise SourceError(f"source path '{shorten(name, 80)}' cannot be resolved: "
                              f"{getattr(exc, 'strerror', None) or exc}") from None
        if target != self.root and not target.startswith(self.inside):
            raise SourceError(f"source path '{shorten(name, 80)}' resolves outside the repository root")
        return target


class NotRegularFile(Exception):
    """What was opened is a FIFO, a device or a folder: nothing to read."""


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)


@contextmanager
def open_regular(path: str | Path, follow_links: bool = True) -> Iterator[tuple[int, os.stat_result]]:
    """An open handle on a regular file, and what fstat says of it. Opened non-blocking, so that
    opening a FIFO returns at once, and checked on what was opened, so that nothing swapped in
    after the name was resolved is read instead; NotRegularFile for anything but a file."""
    handle = os.open(path, _OPEN_FLAGS if follow_links else _OPEN_FLAGS | getattr(os, "O_NOFOLLOW", 0))
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(path)
        yield handle, info
    finally:
        os.close(handle)


def read_confined(root: Path, name: str, confined: _Confined | None = None) -> SourceText:
    """Read a source; a FIFO, a device or a folder is refused without being read (nor waited on)."""
    target = (confined or _Confined(root)).target(name)
    shown = shorten(name, 80)
    try:
        with open_regular(target, follow_links=False) as (handle, info):  # a link swapped in fails (ELOOP)
            if info.st_size > MAX_SOURCE_BYTES:
                raise SourceError(f"source '{shown}' is {info.st_size:,} bytes; the limit is {MAX_SOURCE_BYTES:,}")
            raw = read_at_most(handle, MAX_SOURCE_BYTES + 1)
    except FileNotFoundError:
        raise SourceError(f"source '{shown}' does not exist") from None
    except NotRegularFile:
        raise SourceError(f"source '{shown}' is not a regular file") from None
    except OSError as exc:  # permissions; a symbolic link loop, or a link swapped in after resolving
        raise SourceError(f"source '{shown}' cannot be read: {exc.strerror}") from None
    if len(raw) > MAX_SOURCE_BYTES:  # it grew after fstat
        raise SourceError(f"source '{shown}' is more than {MAX_SOURCE_BYTES:,} bytes, the limit")
    return make_source(name, raw)


def read_at_most(handle: int, limit: int) -> bytes:
    """Up to `limit` bytes from an open file, in chunks: never more, however large the file."""
    chunks, size = [], 0
    while size < limit:
        chunk = os.read(handle, min(limit - size, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


@dataclass
class Sources:
    """Every source the dataset cites, read at most once per run."""

    root: Path
    _cache: dict[str, SourceText | SourceError] = field(default_factory=dict)
    _confined: _Confined | None = field(default=None, repr=False)

    def get(self, name: str) -> SourceText:
        found = self._cache.get(name)
        if found is None:
            if self._confined is None:
                self._confined = _Confined(self.root)
            try:
                found = read_confined(self.root, name, self._confined)
            except SourceError as exc:
                found = exc
            self._cache[name] = found
        if isinstance(found, SourceError):
            raise found
        return found
