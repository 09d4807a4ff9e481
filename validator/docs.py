"""Keep the README's generated tables (rules from the registry, qualifiers from their
vocabulary) in step with the code: `python -m validator.docs`."""

from __future__ import annotations

import sys
from pathlib import Path

from validator.figures.qualifiers import qualifiers_markdown
from validator.rules import registry

START, END = "<!-- rules:start -->", "<!-- rules:end -->"
QUALIFIERS_START, QUALIFIERS_END = "<!-- qualifiers:start -->", "<!-- qualifiers:end -->"


def rules_markdown() -> str:
    rows = ["| code | name | severity | what it finds |", "| --- | --- | --- | --- |"]
    for rule in registry().values():
        rows.append(f"| <a id=\"{rule.code.lower()}\"></a>{rule.code} | {rule.name} | {rule.severity.value} | {rule.summary} |")
    return "\n".join(rows)


def _replace(readme: str, start: str, end: str, table: str) -> str:
    head, _, rest = readme.partition(start)
    _, _, tail = rest.partition(end)
    return f"{head}{start}\n{table}\n{end}{tail}"


def with_table(readme: str) -> str:
    readme = _replace(readme, START, END, rules_markdown())
    vague = ("| dozens, hundreds, thousands, tens of thousands, several hundred, a few thousand "
             "| vague | [2 \u00d7 unit, \u221e): at least two of the unit |")
    return _replace(readme, QUALIFIERS_START, QUALIFIERS_END, f"{qualifiers_markdown()}\n{vague}")


def main(path: Path = Path("README.md")) -> int:
    path.write_text(with_table(path.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
