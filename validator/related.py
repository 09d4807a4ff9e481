"""Which claims files a run narrowed to some changed files still has to load.

Rules of dataset scope compare claims only when they share an id (S003) or an event (the
C rules; claims without an event are compared within their own file). So the findings on
the files in scope depend on those files and on the files that share an id or an event
with them, and on nothing else. Every file's ids, events and cited source are kept in one
index under `.validate_cache/`, keyed by the file's path and bytes, so that a pre-commit
run on one changed file reads that index instead of loading every file of the dataset.
"""

from __future__ import annotations

import marshal
import os
import tempfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from validator.dataset import ClaimsFile
from validator.results_cache import code_fingerprint, content_key, mark_ignored
from validator.sources import RealPaths

INDEX_NAME = "links"
FORMAT = 2


class Links(NamedTuple):
    source: str | None  # the source path the file cites, as written
    # Its claims' ids and events, each as a 31-bit checksum: small to store and fast to read. Two
    # names that share a checksum only make a run load one file it did not need.
    shared: frozenset[int]


def links_of(claims_file: ClaimsFile) -> Links:
    shared = set()
    for record in claims_file.claims:
        shared.add(_checksum("id", record.id))
        if record.event is not None:
            shared.add(_checksum("event", record.event))
    header = claims_file.header
    return Links(None if header is None else header.source.path, frozenset(shared))


def _checksum(kind: str, name: str) -> int:
    return zlib.crc32(f"{kind}\0{name}".encode("utf-8", "surrogatepass")) & 0x7FFFFFFF


def index_key(display: str, raw: bytes) -> str:
    # No source in the key: ids and events come from the claims file alone.
    return content_key((code_fingerprint(), display), raw)


class LinkIndex:
    """The index on disk: read once, written back (atomically) only when it gained entries."""

    def __init__(self, folder: Path, enabled: bool) -> None:
        self.path = folder / INDEX_NAME
        self.enabled = enabled
        self.entries: dict[str, Links] = {}
        self.changed = False
        if enabled:
            self._read()

    def _read(self) -> None:
        try:
            stored = marshal.loads(self.path.read_bytes())
            if stored[0] == FORMAT:
                self.entries = {key: Links(source, shared) for key, (source, shared) in stored[1].items()}
        except (OSError, EOFError, TypeError, ValueError, IndexError, KeyError):
            self.entries = {}  # missing or unreadable: rebuilt as files are loaded

    def get(self, key: str) -> Links | None:
        return self.entries.get(key)

    def learn(self, key: str, claims_file: ClaimsFile) -> None:
        """Record the links of a file not yet in the index (an entry depends only on its key)."""
        if key not in self.entries:
            self.entries[key] = links_of(claims_file)
            self.changed = True

    def save(self, current: set[str]) -> None:
        """Write the index back; entries of files no longer in the runs are dropped once they
        outnumber the current ones (a run over part of the dataset keeps the rest)."""
        if not (self.enabled and self.changed):
            return
        if len(self.entries) > 2 * len(current) + 1000:
            self.entries = {key: links for key, links in self.entries.items() if key in current}
        kept = {key: tuple(links) for key, links in self.entries.items()}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            mark_ignored(self.path.parent)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".tmp-")
            with os.fdopen(handle, "wb") as out:
                out.write(marshal.dumps((FORMAT, kept)))
            os.replace(temporary, self.path)
        except OSError:
            self.enabled = False  # read-only checkout: the next run rebuilds it


class Changed:
    """The changed paths, compared by where they really are (symbolic links resolved)."""

    def __init__(self, paths: Iterable[str | Path]) -> None:
        self.real = {os.path.realpath(p) for p in paths}
        self.names = {os.path.basename(p) for p in self.real}
        self.resolve = RealPaths(".")

    def __contains__(self, path: str) -> bool:
        if os.path.basename(path) not in self.names and not os.path.islink(path):
            return False  # the file's real name is its own name, and no changed file has it
        try:
            return self.resolve(path) in self.real
        except (OSError, ValueError):  # a name no file system can hold is no changed file
            return False


def in_scope(links: Links, display: str, changed: Changed, root: Path) -> bool:
    """A file is in scope when it changed itself or the source it cites changed."""
    if display in changed:
        return True
    return links.source is not None and os.path.join(root, links.source) in changed


def related(chosen: list[Links], others: dict[int, Links]) -> list[int]:
    """The files (by position) that share an id or an event with any of the chosen files."""
    wanted: set[tuple[str, str]] = set()
    for links in chosen:
        wanted |= links.shared
    return [i for i, links in others.items() if not wanted.isdisjoint(links.shared)]
