"""`--format sarif`: valid against the official SARIF 2.1.0 schema, with stable fingerprints."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from jsonschema import Draft4Validator

from validator.cli import main
from validator.rules import registry

VENDOR = Path(__file__).resolve().parent.parent / "vendor" / "sarif-schema-2.1.0.json"
README = Path(__file__).resolve().parent.parent.parent / "README.md"


@lru_cache(maxsize=1)
def validator() -> Draft4Validator:
    schema = json.loads(VENDOR.read_text(encoding="utf-8"))
    Draft4Validator.check_schema(schema)
    return Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)


def sarif(capsys, *args: str) -> tuple[int, dict, str]:
    status = main(["--format", "sarif", *args])
    text = capsys.readouterr().out
    return status, json.loads(text), text


def test_the_official_schema_rejects_a_broken_log() -> None:
    assert not validator().is_valid({"version": "2.1.0", "runs": [{"results": []}]})  # no tool


def test_output_validates_against_the_official_schema(project: Path, capsys) -> None:
    status, log, _ = sarif(capsys, "claims/")
    assert status == 1
    errors = sorted(validator().iter_errors(log), key=str)
    assert not errors, errors[0].message
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1


def test_rules_describe_every_code_with_help_at_its_readme_anchor(project: Path, capsys) -> None:
    _, log, _ = sarif(capsys)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted(registry())
    readme = README.read_text(encoding="utf-8")
    for rule, code in zip(rules, sorted(registry())):
        known = registry()[code]
        assert rule["name"] == known.name and rule["shortDescription"]["text"] == known.summary
        assert rule["fullDescription"]["text"] == known.doc
        assert rule["defaultConfiguration"]["level"] == {"error": "error", "warning": "warning", "info": "note"}[
            known.severity.value]
        anchor = rule["helpUri"].rsplit("#", 1)[1]
        assert f'id="{anchor}"' in readme, f"README has no anchor for {rule['helpUri']}"


def test_results_have_relative_locations_levels_and_suppressions(project: Path, capsys) -> None:
    _, log, _ = sarif(capsys)
    run = log["runs"][0]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == project.resolve().as_uri() + "/"
    by_claim = {r.get("properties", {}).get("claimId"): r for r in run["results"]}
    typo = by_claim["extra.typo"]
    assert typo["ruleId"] == "Q002" and typo["level"] == "error" and typo["suppressions"] == []
    assert run["tool"]["driver"]["rules"][typo["ruleIndex"]]["id"] == "Q002"
    location = typo["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "claims/extra.yaml", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {"startLine": 6, "startColumn": 12, "endLine": 6, "endColumn": 44}
    assert by_claim["extra.curly"]["level"] == "warning"
    accepted = by_claim["extra.accepted"]
    assert accepted["suppressions"] == [{"kind": "inSource", "status": "accepted",
                                         "justification": "kept as typed in the original notes"}]
    pinned = [r for r in run["results"] if r["ruleId"] == "Q005"]
    assert pinned and "properties" not in pinned[0]  # a finding about the file, not a claim


def _fingerprints(log: dict) -> dict[str, tuple[str, int]]:
    return {r["partialFingerprints"]["figurecheck/v1"]: (r["ruleId"], r["locations"][0]["physicalLocation"]["region"]
                                                         ["startLine"]) for r in log["runs"][0]["results"]}


def test_fingerprints_survive_moving_claims_and_output_is_byte_identical(project: Path, capsys) -> None:
    _, before, text = sarif(capsys)
    assert sarif(capsys)[2] == text
    path = project / "claims" / "extra.yaml"
    head, claims = path.read_text(encoding="utf-8").split("claims:\n")
    items = ["  - id:" + item for item in claims.split("  - id:") if item]
    path.write_text(head + "claims:\n" + "".join(reversed(items)), encoding="utf-8")
    _, after, _ = sarif(capsys)
    old, new = _fingerprints(before), _fingerprints(after)
    assert set(old) == set(new)
    assert any(old[k][1] != new[k][1] for k in old), "the claims did not move"


def test_distinct_findings_have_distinct_fingerprints(project: Path, capsys) -> None:
    (project / "claims" / "twice.yaml").write_text(
        "source:\n  path: seeds/004_454c6d8bf6139045.txt\nclaims:\n  - id: twice.one\n    claim: 38 arrests\n"
        "    quote: [Police have arrested 39 suspects, Police have arrested 39 suspects]\n", encoding="utf-8")
    _, log, _ = sarif(capsys)
    prints = [r["partialFingerprints"]["figurecheck/v1"] for r in log["runs"][0]["results"]]
    assert len(prints) == len(set(prints))
