"""Which claims files a run reports on: the files given, or those changed since a git ref.

A claims file is in scope when it changed itself or when the source it cites changed, so
editing a seed re-checks the claims that quote it. The rules that compare claims see every
claim that shares an id or an event with the files in scope (see validator.related); the
report is then narrowed to the files in scope.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from validator import related
from validator.dataset import ClaimsFile, discover
from validator.engine import Result
from validator.errors import UsageError

CLAIMS_SUFFIXES = (".yaml", ".yml")
GIT_TIMEOUT = 60


def _real(path: str | Path) -> str:
    return os.path.realpath(path)


def extra_claims_files(check_paths: Iterable[str], named: Iterable[str]) -> list[str]:
    """Named YAML files that the checked paths do not already cover, to be checked as well."""
    check_paths = list(check_paths)
    roots = [_real(p) for p in check_paths]
    covered: set[str] | None = None  # every checked file, only when a cheap test cannot tell
    extra = []
    for name in named:
        if Path(name).suffix not in CLAIMS_SUFFIXES or not Path(name).is_file():
            continue
        real = _real(name)
        if any(_under(real, root) for root in roots):
            continue
        if covered is None:  # it may still be checked through a symbolic link
            covered = {_real(p) for p in discover(check_paths)}
        if real not in covered:
            covered.add(real)
            extra.append(name)
    return extra


def _under(real: str, root: str) -> bool:
    """Whether discover() finds `real` by walking `root` (no hidden folder on the way)."""
    if real == root:
        return True
    if not real.startswith(root.rstrip(os.sep) + os.sep):
        return False
    return not any(part.startswith(".") for part in Path(real[len(root):]).parts)


def in_scope(claims_file: ClaimsFile, changed: related.Changed, root: Path) -> bool:
    return related.in_scope(related.links_of(claims_file), claims_file.path, changed, root)


def restrict(result: Result, changed: Iterable[str | Path]) -> Result:
    """The result narrowed to the claims files in scope of the changed paths."""
    real = related.Changed(changed)
    root = result.dataset.root
    files = [f for f in result.dataset.files if in_scope(f, real, root)]
    names = {f.path for f in files}
    findings = [f for f in result.findings if f.file in names]
    return Result(replace(result.dataset, files=files), findings, result.internal_errors)


def changed_since(ref: str, cwd: Path) -> list[Path]:
    """Files changed between the merge base of `ref` and HEAD and the working tree, plus untracked files."""
    if shutil.which("git") is None:
        raise UsageError("--changed-since needs git, which is not installed")
    top = Path(_git(["rev-parse", "--show-toplevel"], cwd, "--changed-since needs a git repository").strip())
    base = _git(["merge-base", ref, "HEAD"], top,
                f"--changed-since {ref}: no common history with HEAD (unknown ref, or a shallow clone?)").strip()
    diff = _git(["diff", "--name-only", "--no-renames", "--no-relative", "-z", base, "--"], top, "git diff failed")
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], top, "git ls-files failed")
    names = {name for name in (diff + untracked).split("\0") if name}
    return sorted(top / name for name in names)


def _git(args: list[str], cwd: Path, failure: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True,
                              encoding="utf-8", errors="surrogateescape", timeout=GIT_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise UsageError(f"{failure}: {exc}") from None
    if done.returncode != 0:
        detail = done.stderr.strip().splitlines()
        raise UsageError(f"{failure}" + (f" ({detail[-1]})" if detail else ""))
    return done.stdout
