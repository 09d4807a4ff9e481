"""The README cannot drift from the code: its rule table and first-screen commands are checked."""

from pathlib import Path

from validator.docs import with_table

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_rule_table_is_generated_from_the_registry() -> None:
    assert with_table(README) == README, "run: python -m validator.docs"


def test_ci_runs_the_readme_test_command() -> None:
    first_block = README.split("```sh\n", 1)[1].split("```", 1)[0].splitlines()
    install, test = first_block[0], first_block[1]
    assert install == 'pip install -e ".[dev]" && validate claims/'
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test in ci and "validate claims/" in ci


def test_limits_table_states_the_limits_the_code_enforces() -> None:
    from validator import dataset, loader, sources, text

    table = README.split("## Limits", 1)[1].split("\n## ", 1)[0]
    rows = {line.split(" | ")[0].lstrip("| "): line.split(" | ")[1] for line in table.splitlines()
            if line.startswith("| ") and not line.startswith("| ---") and not line.startswith("| limit ")}
    mib = 1024 * 1024
    assert rows["size of a claims file"] == f"{loader.MAX_FILE_BYTES // mib} MiB"
    assert rows["nesting depth of a claims file"] == f"{loader.MAX_DEPTH} levels"
    assert rows[next(k for k in rows if k.startswith("values in a claims file"))] == f"{loader.MAX_NODES:,}"
    assert rows["length of one key or value"] == f"{loader.MAX_SCALAR_CHARS:,} characters"
    assert rows["claims in one file"].startswith(f"{dataset.MAX_CLAIMS_PER_FILE:,} ")
    assert rows["size of a source"] == f"{sources.MAX_SOURCE_BYTES // mib} MiB"
    assert rows["source text printed in any finding"] == f"{text.PASSAGE_LIMIT} characters"
