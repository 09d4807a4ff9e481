"""Output is byte-identical across runs, across PYTHONHASHSEED values, whatever the order in
which the files were created on disk, and whether results come from the cache or not; on the
project's claims/ and on a generated corpus large enough to be checked in two processes."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.generate import generate
from tests.helpers import PROJECT

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("text", "json", "sarif", "junit", "github")


def run(repo: Path, *args: str, seed: str = "0") -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    done = subprocess.run([sys.executable, "-m", "validator", "--root", str(repo), *args], cwd=repo, env=env,
                          capture_output=True, timeout=300, check=False)
    assert done.returncode in (0, 1), done.stderr.decode(errors="replace")
    assert done.stderr == b""
    return done.stdout.decode("utf-8")


def copy_in_order(files: list[Path], source: Path, target: Path) -> None:
    """Copy `files` (relative to `source`) into `target`, creating them in exactly this order."""
    for relative in files:
        (target / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source / relative, target / relative)


def orders(source: Path, tmp_path: Path) -> list[Path]:
    """The same repository three times: files created sorted, reversed and shuffled."""
    files = sorted(p.relative_to(source) for p in source.rglob("*") if p.is_file())
    shuffled = files[:]
    random.Random(4).shuffle(shuffled)
    repos = []
    for name, order in (("sorted", files), ("reversed", files[::-1]), ("shuffled", shuffled)):
        repo = tmp_path / name
        repo.mkdir(parents=True)
        copy_in_order(order, source, repo)
        repos.append(repo)
    return repos


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A generated corpus (220 sources, wrong claims planted) with cross-file twists: a second
    report of some operations with other figures (C005), and a reused claim id (S003)."""
    out = tmp_path_factory.mktemp("corpus")
    generate(out, sources=220, per_source=6, seed=11, wrong=0.05)
    first = sorted((out / "claims").rglob("*.yaml"))
    for i, path in enumerate(first[:12]):
        text = path.read_text(encoding="utf-8").replace(".arrests", ".arrests-second-report", 1)
        text = text.replace("claim: '", "claim: '1", 1)  # the second report gives another total
        if i % 4 == 0:
            text = text.replace("-second-report", "", 1)  # and sometimes reuses the first report's id
        (path.parent / f"zz-second-{path.name}").write_text(text, encoding="utf-8")
    return out


def test_project_claims_identical_across_hash_seeds_and_runs(tmp_path: Path) -> None:
    repo = tmp_path / "project"
    for name in ("claims", "seeds"):
        shutil.copytree(PROJECT / name, repo / name)
    for fmt in FORMATS:
        outputs = {run(repo, "--format", fmt, "--no-accept", "claims/", seed=seed) for seed in ("0", "random")}
        assert len(outputs) == 1, fmt


def test_project_claims_identical_whatever_the_order_on_disk(tmp_path: Path) -> None:
    source = tmp_path / "project"
    for name in ("claims", "seeds"):
        shutil.copytree(PROJECT / name, source / name)
    outputs = {run(repo, "--format", fmt, "--no-accept", "claims/")
               for repo in orders(source, tmp_path / "orders") for fmt in ("json",)}
    assert len(outputs) == 1


def test_generated_corpus_identical_across_seeds_orders_processes_and_cache(corpus: Path, tmp_path: Path) -> None:
    sorted_repo, reversed_repo, shuffled_repo = orders(corpus, tmp_path)
    reference = run(sorted_repo, "--no-cache", "--format", "json", "claims/", seed="0")
    assert '"code": "C005"' in reference and '"code": "S003"' in reference and '"code": "V001"' in reference
    runs = {
        "cold cache, two processes, other hash seed": run(reversed_repo, "--format", "json", "claims/", seed="77"),
        "warm cache": run(reversed_repo, "--format", "json", "claims/", seed="78"),
        "shuffled files, random hash seed": run(shuffled_repo, "--format", "json", "claims/", seed="random"),
    }
    for name, output in runs.items():
        assert output == reference, name
    assert (reversed_repo / ".validate_cache").is_dir()  # the warm run really came from the cache


def test_cache_is_never_stale(tmp_path: Path) -> None:
    """After each edit, a run from a warm cache prints what a run without the cache prints: a
    changed source or claims file invalidates what depends on it, and nothing is left behind."""
    from tests.adversarial.conftest import validate

    repo = tmp_path / "project"
    for name in ("claims", "seeds"):
        shutil.copytree(PROJECT / name, repo / name)
    for path in (repo / "seeds").iterdir():
        path.chmod(0o644)
    tantalio = repo / "claims" / "004-tantalio.yaml"
    (seed,) = (repo / "seeds").glob("004_*.txt")
    edits = [
        ("nothing", lambda: None),
        ("a digit in a source", lambda: seed.write_text(seed.read_text().replace("38 suspects", "39 suspects"))),
        ("the digit back", lambda: seed.write_text(seed.read_text().replace("39 suspects", "38 suspects"))),
        ("a claim", lambda: tantalio.write_text(tantalio.read_text().replace("'38 arrests'", "'37 arrests'"))),
        ("a second report of the event", lambda: (repo / "claims" / "005-copy.yaml").write_text(
            tantalio.read_text().replace("tantalio.", "tantalio-copy.").replace("'37 arrests'", "'36 arrests'"))),
        ("the source removed", seed.unlink),
        ("a claims file removed", (repo / "claims" / "005-copy.yaml").unlink),
    ]
    for what, edit in edits:
        edit()
        for options in ((), ("--no-accept",), ("--about-tolerance", "0.5"), ("--select", "Q,V")):
            warm = validate(repo, *options, "claims/", cache=True)
            assert warm.out == validate(repo, *options, "claims/").out, (what, options)
            assert warm.status == validate(repo, *options, "claims/").status
