"""Keep the README's rule table generated from the registry (`python -m validator.docs`)."""

from __future__ import annotations

import sys
from pathlib import Path

from validator.rules import registry

START, END = "<!-- rules:start -->", "<!-- rules:end -->"


def rules_markdown() -> str:
    rows = ["| code | name | severity | what it finds |", "| --- | --- | --- | --- |"]
    for rule in registry().values():
        rows.append(f"| <a id=\"{rule.code.lower()}\"></a>{rule.code} | {rule.name} | {rule.severity.value} | {rule.summary} |")
    return "\n".join(rows)


def with_table(readme: str) -> str:
    head, _, rest = readme.partition(START)
    _, _, tail = rest.partition(END)
    return f"{head}{START}\n{rules_markdown()}\n{END}{tail}"


def main(path: Path = Path("README.md")) -> int:
    path.write_text(with_table(path.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
