"""The tests of the tool do not depend on the project's dataset.

A user who adds claims of their own, even failing ones, still gets a green `pytest`: the
dataset is gated by `validate claims/` (see .ci/run), not by the test suite. Tests read the
frozen copy under tests/project/ (or copy it into a temporary repository); none reads the
live `claims/` or `seeds/`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

# A path built from the repository root (or this folder's parent) into claims/ or seeds/.
LIVE = re.compile(r"""(?:ROOT|\.parent|parents\[\d\])\s*/\s*["'](?:claims|seeds)["']""")
# Copying them into a temporary repository is allowed (what such a test asserts must then not
# depend on what the copy holds).
COPIES = re.compile(r"\bshutil\.copy(?:tree|2|file)?\(")
# The modules that used to read the live dataset: they must stay green whatever claims/ holds.
DATASET_TESTS = ("tests/test_cli.py", "tests/test_project_data.py", "tests/test_schema.py",
                 "tests/test_fix.py", "tests/test_quotes.py", "tests/report/test_text.py")
IN_COPY = "FIGURECHECK_DATASET_COPY"
UNCOPIED = shutil.ignore_patterns(".git", ".hypothesis", ".pytest_cache", ".validate_cache", ".benchmarks",
                                  "*.egg-info", "__pycache__", "*.pyc")

BAD = """\
source:
  path: seeds/004_454c6d8bf6139045.txt
claims:
  - id: mine.arrests
    claim: 83 arrests
    quote: Police have arrested 83 suspects
"""


def test_no_test_module_reads_the_live_claims_or_seeds() -> None:
    offenders = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if LIVE.search(line) and not COPIES.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, "read tests/project/ (tests.helpers.PROJECT) instead:\n" + "\n".join(offenders)


@pytest.mark.skipif(bool(os.environ.get(IN_COPY)), reason="already running inside the copy")
def test_a_copy_with_one_extra_bad_claims_file_keeps_pytest_green_and_fails_the_gate(tmp_path: Path) -> None:
    copy = tmp_path / "figurecheck"
    shutil.copytree(ROOT, copy, ignore=UNCOPIED, symlinks=True)
    (copy / "claims" / "zz-mine.yaml").write_text(BAD, encoding="utf-8")
    env = {**os.environ, IN_COPY: "1", "PYTHONPATH": str(copy), "NO_COLOR": "1"}

    gate = subprocess.run([sys.executable, "-m", "validator", "--no-cache", "claims/"], cwd=copy, env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert gate.returncode == 1, gate.stdout + gate.stderr
    assert re.search(r"^claims/zz-mine\.yaml:\d+:\d+: Q002 error", gate.stdout, re.M), gate.stdout

    tests = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *DATASET_TESTS],
                           cwd=copy, env=env, capture_output=True, text=True, timeout=900, check=False)
    assert tests.returncode == 0, tests.stdout[-4000:] + tests.stderr[-2000:]
    assert str(copy) in subprocess.run(
        [sys.executable, "-c", "import validator; print(validator.__file__)"], cwd=copy, env=env,
        capture_output=True, text=True, timeout=60, check=False).stdout  # the copy's code was tested
