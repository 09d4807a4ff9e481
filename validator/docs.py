"""Keep the README's generated tables (rules from the registry, qualifiers from their
vocabulary) in step with the code: `python -m validator.docs`."""

from __future__ import annotations

import sys
from pathlib import Path

from validator.figures.qualifiers import QUALIFIERS
from validator.intervals import DESCRIPTIONS
from validator.rules import registry

START, END = "<!-- rules:start -->", "<!-- rules:end -->"
QUALIFIERS_START, QUALIFIERS_END = "<!-- qualifiers:start -->", "<!-- qualifiers:end -->"
# Written after the number rather than before it.
POSTPOSED = {"or more": "at least"}


def rules_markdown() -> str:
    rows = ["| code | name | severity | what it finds |", "| --- | --- | --- | --- |"]
    for rule in registry().values():
        rows.append(f"| <a id=\"{rule.code.lower()}\"></a>{rule.code} | {rule.name} | {rule.severity.value} | {rule.summary} |")
    return "\n".join(rows)


def qualifiers_markdown() -> str:
    rows = ["| qualifier | written as | values allowed |", "| --- | --- | --- |"]
    for canonical, allows in DESCRIPTIONS.items():
        phrases = [f"`{p}`" for p, c in QUALIFIERS.items() if c == canonical]
        phrases += [f"`n {p}`" for p, c in POSTPOSED.items() if c == canonical]
        name = canonical or "exact"
        if canonical is None:
            phrases.insert(0, "no qualifier")
        rows.append(f"| {name} | {', '.join(phrases)} | {allows} |")
    rows.append("| vague | `dozens`, `hundreds`, `thousands`, `tens of thousands`, `several hundred`, … "
                "| [2 × unit, ∞): at least two of the unit |")
    return "\n".join(rows)


def _replace(readme: str, start: str, end: str, table: str) -> str:
    head, _, rest = readme.partition(start)
    _, _, tail = rest.partition(end)
    return f"{head}{start}\n{table}\n{end}{tail}"


def with_table(readme: str) -> str:
    readme = _replace(readme, START, END, rules_markdown())
    return _replace(readme, QUALIFIERS_START, QUALIFIERS_END, qualifiers_markdown())


def main(path: Path = Path("README.md")) -> int:
    path.write_text(with_table(path.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
