"""Configuration: `[tool.validate]` in pyproject.toml, or the top level of a validate.toml.

Paths in a configuration file are relative to the file's directory; command-line flags
override the file. Unknown keys are usage errors, so a typo never silently does nothing.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, replace
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from validator.errors import UsageError
from validator.finding import Finding
from validator.intervals import DEFAULT_TOLERANCE

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised only on Python 3.10
    import tomli as tomllib

PYPROJECT, OWN_FILE = "pyproject.toml", "validate.toml"
FAIL_ON = ("error", "warning")
DEFAULT_PATHS = ("claims/",)


@dataclass(frozen=True)
class Config:
    """The effective settings of one run; paths and root are relative to the current directory."""

    paths: tuple[str, ...] = DEFAULT_PATHS
    root: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "error"
    about_tolerance: float = DEFAULT_TOLERANCE
    format: str = "text"
    per_path_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (glob, codes), globs relative to `base`
    base: str = "."  # the directory per-path-ignore globs are relative to
    measures: str | None = None  # the project's vocabulary file (default: measures.yaml at the root)
    file: str | None = None  # the configuration file read, if any


# key in the file -> field of Config
_KEYS = {
    "paths": "paths", "root": "root", "select": "select", "ignore": "ignore", "fail-on": "fail_on",
    "about-tolerance": "about_tolerance", "format": "format", "output-format": "format",
    "per-path-ignores": "per_path_ignores", "measures": "measures",
}


def find_config(start: Path) -> Path | None:
    """The nearest validate.toml, or pyproject.toml with a [tool.validate] table, up to the repository root."""
    for folder in (start, *start.parents):
        own = folder / OWN_FILE
        if own.is_file():
            return own
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and "validate" in _read_toml(pyproject).get("tool", {}):
            return pyproject
        if (folder / ".git").exists():
            return None
    return None


def load(path: Path, cwd: Path, formats: Iterable[str], codes: Iterable[str]) -> Config:
    """The settings a configuration file holds, checked; any problem is a UsageError naming the file."""
    table = _read_toml(path)
    if path.name == PYPROJECT:
        table = table.get("tool", {}).get("validate", {})
        where = f"{path.name} [tool.validate]"
    else:
        where = path.name
    if not isinstance(table, dict):
        raise UsageError(f"{where}: expected a table")
    base = path.parent
    values: dict[str, Any] = {}
    for key, value in table.items():
        name = _KEYS.get(key)
        if name is None:
            raise UsageError(f"{where}: unknown key '{key}' (known: {', '.join(sorted(_KEYS))})")
        if name in values:
            raise UsageError(f"{where}: 'format' and 'output-format' are the same setting; give only one")
        values[name] = _parse(name, key, value, where, base, cwd)
    config = Config(base=_from(base, ".", cwd), file=_from(base, path.name, cwd), **values)
    check(config, formats, codes, where)
    return config


def check(config: Config, formats: Iterable[str], codes: Iterable[str], where: str) -> None:
    """Values that need the tool's registries: formats and rule codes."""
    where = f"{where}: " if where else ""
    known_formats = sorted(formats)
    if config.format not in known_formats:
        raise UsageError(f"{where}format '{config.format}' is not one of {', '.join(known_formats)}")
    known = list(codes)
    wanted = [*config.select, *config.ignore, *(c for _, group in config.per_path_ignores for c in group)]
    for code in wanted:
        if not any(c.startswith(code) for c in known):
            raise UsageError(f"{where}no rule code matches '{code}'; see --list-rules")
    if not 0 <= config.about_tolerance <= 1:
        raise UsageError(f"{where}about-tolerance must be between 0 and 1, got {config.about_tolerance}")
    if config.fail_on not in FAIL_ON:
        raise UsageError(f"{where}fail-on must be 'error' or 'warning', got '{config.fail_on}'")


def override(config: Config, **flags: Any) -> Config:
    """The config with every flag that was given (not None, not empty) taking precedence."""
    given = {name: value for name, value in flags.items() if value not in (None, (), [])}
    return replace(config, **given)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise UsageError(f"{path}: cannot be read: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: invalid TOML: {exc}") from None


def _parse(name: str, key: str, value: Any, where: str, base: Path, cwd: Path) -> Any:
    if name == "paths":
        return tuple(_from(base, p, cwd) for p in _strings(value, key, where))
    if name in ("root", "measures"):
        return _from(base, _string(value, key, where), cwd)
    if name in ("select", "ignore"):
        return tuple(code.upper() for code in _strings(value, key, where))
    if name == "about_tolerance":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise UsageError(f"{where}: {key} must be a number, got {_kind(value)}")
        return float(value)
    if name == "per_path_ignores":
        if not isinstance(value, dict):
            raise UsageError(f"{where}: {key} must be a table of glob = [codes], got {_kind(value)}")
        return tuple(sorted((glob, tuple(c.upper() for c in _strings(codes, f"{key}.{glob}", where)))
                            for glob, codes in value.items()))
    return _string(value, key, where)  # fail_on, format


def _string(value: Any, key: str, where: str) -> str:
    if not isinstance(value, str):
        raise UsageError(f"{where}: {key} must be a string, got {_kind(value)}")
    return value


def _strings(value: Any, key: str, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise UsageError(f"{where}: {key} must be a list of strings, got {_kind(value)}")
    return value


def _kind(value: Any) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string",
            list: "a list", dict: "a table"}.get(type(value), type(value).__name__)


def _from(base: Path, name: str, cwd: Path) -> str:
    """`name`, relative to `base`, as the user would type it from `cwd`."""
    if os.path.isabs(name) or os.path.abspath(base) == os.path.abspath(cwd):
        return name
    try:
        text = Path(os.path.relpath(base / name, cwd)).as_posix()
    except ValueError:  # another drive on Windows
        return (base / name).as_posix()
    return text + "/" if name.endswith("/") else text


def repo_relative(file: str, root: Path) -> str | None:
    """A finding's file as a POSIX path relative to the repository root, or None when outside it."""
    absolute, top = os.path.abspath(file), os.path.abspath(root)
    try:
        rel = os.path.relpath(absolute, top)
    except ValueError:
        return None
    if rel == ".." or rel.startswith(".." + os.sep) or os.path.isabs(rel):
        return None
    return Path(rel).as_posix()


def _glob_matches(pattern: str, path: str) -> bool:
    # A trailing slash names a folder: everything under it. `*` also crosses folders (fnmatch).
    if pattern.endswith("/"):
        pattern += "*"
    return fnmatchcase(path, pattern.removeprefix("./"))


def apply_per_path_ignores(findings: list[Finding], config: Config) -> list[Finding]:
    if not config.per_path_ignores:
        return findings
    base = Path(config.base)
    kept = []
    for finding in findings:
        rel = repo_relative(finding.file, base) or Path(os.path.abspath(finding.file)).as_posix()
        if not any(_glob_matches(glob, rel) and any(finding.code.startswith(c) for c in codes)
                   for glob, codes in config.per_path_ignores):
            kept.append(finding)
    return kept


def render(config: Config) -> str:
    """The effective configuration as TOML a user can paste into pyproject.toml."""
    lines = [f"# configuration file: {config.file or '(none)'}", "[tool.validate]"]
    lines.append(f"paths = {_toml(list(config.paths))}")
    lines.append(f"root = {_toml(config.root or '.')}")
    lines.append(f"select = {_toml(list(config.select))}")
    lines.append(f"ignore = {_toml(list(config.ignore))}")
    lines.append(f"fail-on = {_toml(config.fail_on)}")
    lines.append(f"about-tolerance = {config.about_tolerance!r}")
    lines.append(f"format = {_toml(config.format)}")
    if config.measures is not None:
        lines.append(f"measures = {_toml(config.measures)}")
    else:
        lines.append("# measures: none (no measures.yaml at the root): the built-in vocabulary only")
    lines.append("")
    where = f"  # globs relative to {config.base}" if config.base != "." else ""
    lines.append("[tool.validate.per-path-ignores]" + where)
    lines.extend(f"{_toml(glob)} = {_toml(list(codes))}" for glob, codes in config.per_path_ignores)
    return "\n".join(lines) + "\n"


def _toml(value: Any) -> str:
    # JSON strings are TOML basic strings, except that TOML also wants DEL escaped.
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
