"""The registry of rules: one module per rule code, found by name, ordered by code."""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import lru_cache

from validator.rules.base import Rule

_MODULE = re.compile(r"^[a-z]\d{3}_")


@lru_cache(maxsize=1)
def registry() -> dict[str, Rule]:
    rules = []
    for info in pkgutil.iter_modules(__path__):
        if _MODULE.match(info.name):
            rules.append(Rule.from_module(importlib.import_module(f"{__name__}.{info.name}")))
    return {rule.code: rule for rule in sorted(rules, key=lambda r: r.code)}


def select(selected: list[str] | None, ignored: list[str] | None) -> list[Rule]:
    """Rules whose code starts with a selected prefix (all by default) and no ignored prefix."""
    chosen = []
    for rule in registry().values():
        if selected and not any(rule.code.startswith(p) for p in selected):
            continue
        if ignored and any(rule.code.startswith(p) for p in ignored):
            continue
        chosen.append(rule)
    return chosen
