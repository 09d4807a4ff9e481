"""Generate the published JSON Schema from the pydantic model.

Run `python -m validator.schema` after changing `validator/model.py`; a test fails when
`schemas/claims.schema.json` or its packaged twin is stale.
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


def packaged_text(name: str) -> str:
    """A schema file shipped inside the package: found through the package, never the current directory."""
    return (files("validator") / "data" / name).read_text(encoding="utf-8")


def main(root: Path = Path(".")) -> int:
    text = render()
    for target in (root / PUBLISHED, root / "validator" / "data" / "claims.schema.json"):
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
