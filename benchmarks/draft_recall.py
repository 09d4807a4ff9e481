"""How many of the figures people captured in `claims/` a draft of the same source holds.

`python benchmarks/draft_recall.py [ROOT [FOLDER]]` drafts the source of every claims file
under ROOT/FOLDER (default: the repository's claims/) with `validate --draft`'s code and prints, per file and
in all, how many of its claims' figures some drafted claim (not a comment) gives: the same
kind, value (and upper end), unit, measure, qualifier and vagueness, and the same place when
the captured figure names one (a draft may name a place the person left out). A list without
a count ("countries: China, India") is a figure too, and a draft never writes one.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from validator.draft import figures_of, self_check, _header  # noqa: E402
from validator.figures.claimtext import ClaimTextError, Figure, read_claim  # noqa: E402
from validator.sources import make_source  # noqa: E402


@dataclass(frozen=True)
class Recall:
    file: str
    found: int
    total: int
    missing: tuple[str, ...]  # the captured claims' figures no drafted claim gives


def _key(figure: Figure) -> tuple:
    return (figure.kind, figure.value, figure.high, figure.unit, figure.measure, figure.qualifier, figure.vague)


def _drafted_figures(root: Path, source: str) -> list[Figure]:
    text = make_source(source, (root / source).read_bytes())
    drafted = figures_of(text, "recall")
    checked = self_check(_header(text, None, None, "recall", "-"), drafted, source, root, None, 0.10)
    return [f for d in checked if d.is_claim for f in read_claim(d.claim or "")]


def recall_of(root: Path, claims_file: Path) -> Recall:
    data = yaml.safe_load(claims_file.read_text(encoding="utf-8"))
    drafted = _drafted_figures(root, data["source"]["path"])
    found, total, missing = 0, 0, []
    for claim in data.get("claims") or []:
        try:
            figures = read_claim(str(claim["claim"]))
        except ClaimTextError:  # a claim this vocabulary cannot read is no figure to look for
            continue
        for figure in figures:
            total += 1
            if any(_key(d) == _key(figure) and (figure.place is None or d.place == figure.place) for d in drafted):
                found += 1
            else:
                missing.append(f"{claim['id']}: {claim['claim'][figure.start:figure.end].strip()}")
    return Recall(claims_file.name, found, total, tuple(missing))


def recall(root: Path = ROOT, folder: str = "claims") -> list[Recall]:
    return [recall_of(root, path) for path in sorted((root / folder).glob("*.yaml"))]


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else ROOT
    results = recall(root, argv[1] if len(argv) > 1 else "claims")
    for r in results:
        print(f"{r.file}: {r.found} of {r.total} figures drafted")
        for item in r.missing:
            print(f"  missing {item}")
    found, total = sum(r.found for r in results), sum(r.total for r in results)
    print(f"in all: {found} of {total} figures drafted ({100 * found / max(total, 1):.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
