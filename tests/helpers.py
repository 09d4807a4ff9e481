"""What several test modules share: the project's paths and its seed articles."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def seed_text(prefix: str) -> str:
    """The text of the seed whose file name starts with `prefix` (e.g. "004")."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")
