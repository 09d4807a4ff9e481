"""A rule that raises is reported as a finding with its code and "internal error"; the other
rules still run, and the exit status is 2. (A broken rule is registered for the test only,
to exercise the engine's guard, once for each scope a rule can have.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.adversarial.conftest import validate
from validator.finding import Severity
from validator.rules import registry
from validator.rules.base import Rule

CLAIMS = ("source: {path: seeds/source.txt}\nclaims:\n"
          "  - {id: x.arrests, claim: 38 arrests, quote: Police have arrested 39 suspects}\n")


def _explode(dataset):
    yield from ()
    raise RuntimeError("boom: a bug in the rule")


@pytest.mark.parametrize("scope", ["file", "dataset"])
def test_a_broken_rule_is_a_finding_and_the_others_still_run(scope: str, repo: Path, monkeypatch) -> None:
    broken = Rule("Z999", "broken", Severity.ERROR, "always raises", "", _explode, scope)
    monkeypatch.setitem(registry(), "Z999", broken)
    (repo / "claims" / "x.yaml").write_text(CLAIMS, encoding="utf-8")
    outcome = validate(repo, "claims/")
    assert outcome.status == 2
    assert "Traceback" not in outcome.out + outcome.err
    findings = outcome.findings
    (internal,) = [f for f in findings if f["code"] == "Z999"]
    assert "internal error" in internal["message"] and "Z999" in internal["message"]
    assert "RuntimeError: boom" in internal["message"]
    assert "Q002" in {f["code"] for f in findings}  # the digit slip is still found


def test_without_the_broken_rule_the_same_input_exits_1(repo: Path) -> None:
    (repo / "claims" / "x.yaml").write_text(CLAIMS, encoding="utf-8")
    outcome = validate(repo, "claims/")
    assert outcome.status == 1 and "Z999" not in outcome.codes
