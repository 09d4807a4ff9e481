"""The published JSON Schema is generated from the model, and the two agree."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest
import yaml
from pydantic import ValidationError

from tests.helpers import PROJECT
from validator.model import ClaimsFile
from validator.schema import MEASURES_PUBLISHED, PUBLISHED, packaged_text, render, render_measures

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = jsonschema.Draft202012Validator(yaml.safe_load(render()))

CLAIM = {"id": "a.b", "claim": "38 arrests", "quote": "Police have arrested 38 suspects"}
SOURCE = {"path": "seeds/x.txt"}
VALID = [
    {"source": SOURCE, "claims": []},
    {"source": {**SOURCE, "sha256": "a" * 64, "published": "2017-04", "language": "es"}, "event": "e-1",
     "claims": [CLAIM, {**CLAIM, "id": "a.c", "quote": ["one", "two"], "when": "2017",
                        "accept": [{"rule": "Q004", "reason": "fifteen characters"}],
                        "figures": [{"value": 38, "measure": "arrests", "qualifier": "about", "items": ["Spain"]}]}]},
]
INVALID = [
    {"claims": []},
    {"source": SOURCE},
    {"source": SOURCE, "claims": [{**CLAIM, "id": "A B"}]},
    {"source": SOURCE, "claims": [{**CLAIM, "qoute": "x"}]},
    {"source": SOURCE, "claims": [{**CLAIM, "quote": []}]},
    {"source": SOURCE, "claims": [{**CLAIM, "quote": ""}]},
    {"source": SOURCE, "claims": [{**CLAIM, "when": "April 2017"}]},
    {"source": SOURCE, "claims": [{**CLAIM, "accept": [{"rule": "Q004", "reason": "short"}]}]},
    {"source": SOURCE, "claims": [{**CLAIM, "accept": [{"rule": "Z999", "reason": "fifteen characters"}]}]},
    {"source": SOURCE, "claims": [{**CLAIM, "figures": [{"value": -1, "measure": "arrests"}]}]},
    {"source": SOURCE, "claims": [{**CLAIM, "figures": [{"value": 1, "measure": "arrests", "qualifier": "maybe"}]}]},
    {"source": {**SOURCE, "sha256": "xyz"}, "claims": []},
    {"source": SOURCE, "claims": [{**CLAIM, "id": 12}]},
]


def test_committed_schema_is_the_generated_one() -> None:
    assert (ROOT / PUBLISHED).read_text(encoding="utf-8") == render(), "run: python -m validator.schema"


def test_packaged_data_is_identical_to_the_published_copy() -> None:
    assert packaged_text("claims.schema.json") == (ROOT / "schemas" / "claims.schema.json").read_text(encoding="utf-8")
    assert packaged_text("measures.schema.json") == (ROOT / "schemas" / "measures.schema.json").read_text(
        encoding="utf-8")


def test_committed_measures_schema_is_the_generated_one() -> None:
    assert (ROOT / MEASURES_PUBLISHED).read_text(encoding="utf-8") == render_measures(), "run: python -m validator.schema"


def test_no_file_in_the_repository_pretends_to_configure_the_builtin_vocabulary() -> None:
    # The built-in vocabulary has one copy, inside the package; the project's own is measures.yaml at the root.
    assert not (ROOT / "schemas" / "measures.yaml").exists()
    assert not (ROOT / "measures.yaml").exists()


@pytest.mark.parametrize("document", VALID)
def test_valid_documents_pass_both(document: dict) -> None:
    ClaimsFile.model_validate(document)
    SCHEMA.validate(document)


@pytest.mark.parametrize("document", INVALID)
def test_invalid_documents_fail_both(document: dict) -> None:
    with pytest.raises(ValidationError):
        ClaimsFile.model_validate(document)
    assert not SCHEMA.is_valid(document)


def test_every_project_claims_file_passes_the_published_schema() -> None:
    for path in sorted((PROJECT / "claims").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        SCHEMA.validate(data)


def test_the_model_knows_every_rule_code_without_importing_the_rules() -> None:
    import subprocess
    import sys

    from validator.rule_codes import rule_codes
    from validator.rules import registry

    assert rule_codes() == set(registry())
    script = "import sys, validator.model; print(any(m.startswith('validator.rules') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", script], capture_output=True, text=True).stdout.strip() == "False"
