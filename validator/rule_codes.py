"""The rule codes there are, read from the rules' module names ("v001_number_not_in_quote.py"
is V001) without importing them: the claims model checks an `accept:` code against this list,
and the rules import the model, so the model must not import the rules."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

_MODULE = re.compile(r"^([a-z]\d{3})_\w+\.py$")


@cache
def rule_codes() -> frozenset[str]:
    folder = Path(__file__).resolve().parent / "rules"
    return frozenset(m.group(1).upper() for p in folder.iterdir() if (m := _MODULE.match(p.name)))
