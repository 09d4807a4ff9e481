"""Each limit, when hit, is a finding; just under it is not. And the worst files, all at once,
in a child process held to a memory ceiling and a (generous) deadline: bounded, not hung."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.adversarial.conftest import assert_clean, validate
from validator import dataset, loader, quotes, sources

ROOT = Path(__file__).resolve().parents[2]
HEAD = "source: {path: seeds/source.txt}\nclaims:\n"
CLAIM = "  - {{id: c.n{i}, claim: 38 arrests, quote: Police have arrested 38 suspects}}\n"


def claims(n: int) -> str:
    return HEAD + "".join(CLAIM.format(i=i) for i in range(n))


def messages(outcome, code: str) -> list[str]:
    return [f["message"] for f in outcome.findings if f["code"] == code]


def test_file_size_limit(repo: Path, monkeypatch) -> None:
    monkeypatch.setattr(loader, "MAX_FILE_BYTES", 200)
    monkeypatch.setattr(dataset, "MAX_FILE_BYTES", 200)
    (repo / "claims" / "big.yaml").write_text(claims(3), encoding="utf-8")  # > 200 bytes
    (repo / "claims" / "small.yaml").write_text(HEAD + "  []\n", encoding="utf-8")
    outcome = validate(repo, "claims/")
    assert_clean(outcome)
    assert [f["file"] for f in outcome.findings if f["code"] == "S001"] == ["claims/big.yaml"]
    assert "more than 200 bytes" in messages(outcome, "S001")[0]


def test_nesting_limit(repo: Path) -> None:
    at_limit = "note: " + "[" * loader.MAX_DEPTH + "]" * loader.MAX_DEPTH + "\n"
    over = "note: " + "[" * (loader.MAX_DEPTH + 1) + "]" * (loader.MAX_DEPTH + 1) + "\n"
    (repo / "claims" / "at.yaml").write_text(HEAD + "  []\n" + at_limit, encoding="utf-8")
    (repo / "claims" / "over.yaml").write_text(HEAD + "  []\n" + over, encoding="utf-8")
    outcome = validate(repo, "claims/")
    assert_clean(outcome)
    deep = [f for f in outcome.findings if "nested deeper" in f["message"]]
    assert [f["file"] for f in deep] == ["claims/over.yaml"]


def test_value_count_limit_counts_aliases_as_what_they_expand_to(repo: Path, monkeypatch) -> None:
    monkeypatch.setattr(loader, "MAX_NODES", 40)
    (repo / "claims" / "plain.yaml").write_text("x: [" + ", ".join(["1"] * 45) + "]\n", encoding="utf-8")
    (repo / "claims" / "aliased.yaml").write_text("a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9]\nb: [*a, *a, *a, *a]\n",
                                                  encoding="utf-8")
    (repo / "claims" / "fine.yaml").write_text("a: &a [1, 2, 3]\nb: [*a, *a]\n", encoding="utf-8")
    outcome = validate(repo, "claims/")
    assert_clean(outcome)
    s001 = {f["file"]: f["message"] for f in outcome.findings if f["code"] == "S001"}
    assert set(s001) == {"claims/plain.yaml", "claims/aliased.yaml"}
    assert "alias" in s001["claims/aliased.yaml"] and "more than 40 values" in s001["claims/plain.yaml"]


def test_value_length_limit(repo: Path, monkeypatch) -> None:
    monkeypatch.setattr(loader, "MAX_SCALAR_CHARS", 50)
    (repo / "claims" / "long.yaml").write_text(HEAD + f"  - {{id: c.x, claim: 38 arrests, quote: {'y' * 51}}}\n",
                                               encoding="utf-8")
    (repo / "claims" / "ok.yaml").write_text(HEAD + f"  - {{id: c.y, claim: 38 arrests, quote: {'y' * 50}}}\n",
                                             encoding="utf-8")
    outcome = validate(repo, "claims/")
    assert_clean(outcome)
    s001 = {f["file"]: f["message"] for f in outcome.findings if f["code"] == "S001"}
    assert set(s001) == {"claims/long.yaml"} and "51 characters; the limit is 50" in s001["claims/long.yaml"]


def test_claims_per_file_limit(repo: Path, monkeypatch) -> None:
    monkeypatch.setattr(dataset, "MAX_CLAIMS_PER_FILE", 3)
    (repo / "claims" / "many.yaml").write_text(claims(4), encoding="utf-8")
    (repo / "claims" / "few.yaml").write_text(claims(3).replace("c.n", "d.n"), encoding="utf-8")
    outcome = validate(repo, "claims/")
    assert_clean(outcome)
    (message,) = messages(outcome, "S002")
    assert "4 claims; the limit is 3" in message
    assert json.loads(outcome.out)["summary"]["claims"] == 3  # the refused file's claims are not checked


def test_closest_passage_search_is_bounded_on_a_long_source(repo: Path, monkeypatch) -> None:
    monkeypatch.setattr(quotes, "NEAREST_SCAN_CHARS", 1_000)
    text = "filler words without the numbers. " * 200 + "Police have arrested 38 suspects in 18 countries.\n"
    (repo / "seeds" / "source.txt").write_text(text, encoding="utf-8")
    (repo / "claims" / "x.yaml").write_text(HEAD + "  - {id: c.x, claim: 38 arrests, quote: "
                                            "Police have arrested 39 suspects}\n", encoding="utf-8")
    outcome = validate(repo, "claims/", "--select", "Q")
    assert_clean(outcome)
    (message,) = messages(outcome, "Q002")
    assert "Police have arrested 38 suspects" in message  # found around the quote's words, not in the first 1,000


def test_source_size_limit(repo: Path, monkeypatch) -> None:
    monkeypatch.setattr(sources, "MAX_SOURCE_BYTES", 10)
    (repo / "claims" / "x.yaml").write_text(HEAD + "  []\n", encoding="utf-8")
    outcome = validate(repo, "claims/")
    assert_clean(outcome)
    assert any("the limit is 10" in m for m in messages(outcome, "Q001"))


def _limit_memory() -> None:
    ceiling = 2 * 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is enforced as tested on Linux")
def test_the_worst_files_at_full_size_in_bounded_memory_and_time(tmp_path: Path) -> None:
    """At the real limits (no patching): a file one byte over the size limit, a 10 MB value,
    an alias bomb, 5,000,000 levels of `[`, a flat list just over the value limit and one claim
    over the per-file limit. The child process may use at most 2 GiB of address space."""
    repo = tmp_path / "repo"
    (repo / "claims").mkdir(parents=True)
    (repo / "seeds").mkdir()
    (repo / "seeds" / "source.txt").write_text("Police have arrested 38 suspects.\n", encoding="utf-8")
    big = repo / "claims"
    (big / "over-size.yaml").write_bytes(b"# " + b"x" * loader.MAX_FILE_BYTES + b"\n")
    (big / "ten-mb-value.yaml").write_text(HEAD + "  - {id: c.x, claim: 38 arrests, quote: '"
                                           + "y" * (10 * 1024 * 1024) + "'}\n", encoding="utf-8")
    (big / "bomb.yaml").write_text("\n".join(["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"] + [
        f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 12)]) + "\n", encoding="utf-8")
    (big / "deep.yaml").write_text("[" * 5_000_000, encoding="utf-8")
    (big / "flat.yaml").write_text("[" + "1, " * (loader.MAX_NODES + 1) + "]\n", encoding="utf-8")
    (big / "many-claims.yaml").write_text(claims(dataset.MAX_CLAIMS_PER_FILE + 1), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "validator", "--root", str(repo), "--format", "json", "--no-cache",
                           "claims/"], cwd=repo, capture_output=True, text=True, timeout=120,
                          preexec_fn=_limit_memory, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
    assert done.returncode == 1, done.stderr
    assert done.stderr == ""
    found = {(f["file"], f["code"]) for f in json.loads(done.stdout)["findings"]}
    assert found == {("claims/over-size.yaml", "S001"), ("claims/ten-mb-value.yaml", "S001"),
                     ("claims/bomb.yaml", "S001"), ("claims/deep.yaml", "S001"), ("claims/flat.yaml", "S001"),
                     ("claims/many-claims.yaml", "S002")}
