"""What several test modules share: the project's paths and its seed articles.

The seeds and claims the tests use are the frozen copy under tests/project/, never the live
`claims/` and `seeds/`: the dataset may grow or change without changing what the tests of
the tool say (its own gate is `validate claims/`)."""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = ROOT / "tests" / "project"  # a repository root holding claims/ and seeds/
SEEDS = PROJECT / "seeds"


def seed_text(prefix: str) -> str:
    """The text of the seed whose file name starts with `prefix` (e.g. "004")."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def small_repo(root: Path, files: dict[str, str]) -> Path:
    """A git-marked repository at `root` holding `files` (path relative to it -> text)."""
    (root / ".git").mkdir(exist_ok=True)
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


@contextmanager
def working_in(folder: Path) -> Iterator[None]:
    """Run the block in `folder`, then return to where it was (contextlib.chdir from 3.11 on)."""
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)
