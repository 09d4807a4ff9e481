"""Helpers for the export tests: fixture folders to lay over a copy of the project, and the
exported files read back."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def lay_over(fixture: str, root: Path) -> None:
    """Copy the claims and seeds of `fixtures/<fixture>` into the repository at `root`."""
    for folder in ("claims", "seeds"):
        source = FIXTURES / fixture / folder
        if source.is_dir():
            shutil.copytree(source, root / folder, dirs_exist_ok=True)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def csv_header(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return next(csv.reader(handle))
