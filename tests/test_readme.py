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
