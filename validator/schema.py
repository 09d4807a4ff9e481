"""Generate the published JSON Schemas: claims files from the pydantic model, the project's
vocabulary file (measures.yaml) from `validator.figures.measures`.

Run `python -m validator.schema` after changing `validator/model.py` or the measure kinds; a
test fails when a file under `schemas/` or its packaged twin is stale.
"""

from __future__ import annotations

import json
import sys
from importlib.resources import files
from pathlib import Path

from validator.model import ClaimsFile
from validator.rules import registry

SCHEMA_ID = "https://figurecheck.invalid/schemas/claims.schema.json"
PUBLISHED = Path("schemas") / "claims.schema.json"
MEASURES_PUBLISHED = Path("schemas") / "measures.schema.json"


def build_schema() -> dict:
    schema = ClaimsFile.model_json_schema()
    schema["$defs"]["Accept"]["properties"]["rule"]["enum"] = sorted(registry())
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "figurecheck claims file",
        **schema,
    }


def render() -> str:
    return json.dumps(build_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def render_measures() -> str:
    """The schema of a project's measures.yaml."""
    from validator.figures.measures import schema

    return json.dumps(schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def packaged_text(name: str) -> str:
    """A schema file shipped inside the package: found through the package, never the current directory."""
    return (files("validator") / "data" / name).read_text(encoding="utf-8")


def main(root: Path = Path(".")) -> int:
    for published, text in ((PUBLISHED, render()), (MEASURES_PUBLISHED, render_measures())):
        for target in (root / published, root / "validator" / "data" / published.name):
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
