"""One claims file as checked: what `checking` computes, `results_cache` keeps and `workers`
send back (a module of its own so the cache need not load the rules to rebuild one)."""

from __future__ import annotations

from dataclasses import dataclass

from validator.dataset import ClaimsFile
from validator.finding import Finding


@dataclass
class Checked:
    """One claims file as loaded, with the findings of every file-scope rule on it."""

    claims_file: ClaimsFile
    findings: list[Finding]
    failed: tuple[str, ...]  # codes of the rules that raised on this file
