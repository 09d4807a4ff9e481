"""`validate --draft SOURCE`: a claims file drafted from a source passes as it stands, holds the
figures a careful person captures, and writes what the reader is unsure of as comments."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from benchmarks.draft_recall import recall
from tests.helpers import PROJECT, ROOT
from validator.cli import main
from validator.draft import draft, guess_title, slug
from validator.engine import Options, run
from validator.figures.claimtext import read_claim
from validator.finding import Severity

SEEDS = sorted((PROJECT / "seeds").glob("*.txt"))  # the frozen copy of the project's seeds
CORPUS = sorted((ROOT / "tests" / "corpus" / "sources").glob("*.txt"))


def _repository(tmp_path: Path) -> Path:
    """A repository root holding the project's claims, seeds and corpus sources."""
    for name in ("claims", "seeds"):
        shutil.copytree(PROJECT / name, tmp_path / name)
    shutil.copytree(ROOT / "tests" / "corpus" / "sources", tmp_path / "tests" / "corpus" / "sources")
    (tmp_path / ".git").mkdir()
    return tmp_path


def _claims(text: str) -> list[dict]:
    return yaml.safe_load(text)["claims"] or []


def _article(tmp_path: Path, text: str) -> Path:
    (tmp_path / ".git").mkdir(exist_ok=True)
    (tmp_path / "seeds").mkdir(exist_ok=True)
    path = tmp_path / "seeds" / "article.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_seed_and_corpus_draft_saved_under_claims_validates_with_no_errors(tmp_path: Path, monkeypatch) -> None:
    root = _repository(tmp_path)
    monkeypatch.chdir(root)
    for source in SEEDS + CORPUS:
        relative = source.relative_to(PROJECT if source.is_relative_to(PROJECT) else ROOT)
        (root / "claims" / f"draft-{source.stem}.yaml").write_text(draft(relative, Path(".")), encoding="utf-8")
    result = run(Options(paths=("claims/",), root=Path("."), use_cache=False))
    errors = [f"{f.file}:{f.span.line}: {f.code} {f.message}" for f in result.findings
              if f.severity is Severity.ERROR and not f.accepted]
    assert errors == []
    assert len(result.dataset.files) == len(list((PROJECT / "claims").glob("*.yaml"))) + len(SEEDS) + len(CORPUS)
    assert result.dataset.claim_count > 1000  # the drafts hold claims, not only comments


def test_drafts_hold_at_least_90_percent_of_the_figures_captured_in_claims(tmp_path: Path) -> None:
    results = recall(_repository(tmp_path))
    found, total = sum(r.found for r in results), sum(r.total for r in results)
    assert total >= 50 and found / total >= 0.90, [m for r in results for m in r.missing]


def test_drafting_is_deterministic_across_processes(project: Path) -> None:
    """Set order, hashing and caches must not leak into the draft: two interpreters with
    different hash seeds write the same bytes."""
    outputs = []
    for seed in ("1", "2"):
        done = subprocess.run([sys.executable, "-m", "validator", "--draft", "seeds/004_454c6d8bf6139045.txt"],
                              cwd=project, capture_output=True, text=True,
                              env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)})
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0] == draft(Path("seeds/004_454c6d8bf6139045.txt"), project)


def test_a_draft_has_the_header_and_one_claim_per_figure_with_its_clause(project: Path) -> None:
    text = draft(Path("seeds/004_454c6d8bf6139045.txt"), Path("."), prefix="tantalio")
    assert text.startswith("# yaml-language-server: $schema=../schemas/claims.schema.json\n")
    data = yaml.safe_load(text)
    assert data["source"]["path"] == "seeds/004_454c6d8bf6139045.txt"
    assert data["source"]["sha256"] == "d396776682be7c7dd1cab839092eab59b25dc52729c5231978ac6ac98732e720"
    assert data["source"]["title"] == "Police smash international online pedophile ring"  # not the menu above it
    assert data["source"]["language"] == "en"
    assert data["event"] == "police-smash-international-online-pedophile-ring"
    by_claim = {c["claim"]: c for c in data["claims"]}
    assert by_claim["6 arrests in Colombia"] == {"id": "tantalio.arrests-colombia", "claim": "6 arrests in Colombia",
                                                  "quote": "six in Colombia"}
    assert by_claim["25 groups"]["quote"] == "A total of 25 groups"
    assert "hundreds of devices" in by_claim and "38 arrests" in by_claim
    for claim in data["claims"]:  # every claim is in the claim grammar and one figure
        assert len(read_claim(claim["claim"])) == 1


def test_event_and_prefix_options_name_the_event_and_the_ids(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "draft.yaml"
    assert main(["--draft", "seeds/004_454c6d8bf6139045.txt", "--event", "operation-tantalio", "--prefix", "tan",
                 "--output", str(out)]) == 0
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["event"] == "operation-tantalio"
    assert all(c["id"].startswith("tan.") for c in data["claims"])
    assert len({c["id"] for c in data["claims"]}) == len(data["claims"])


def test_output_is_never_overwritten_and_a_source_outside_the_root_is_refused(project: Path, tmp_path: Path,
                                                                               capsys) -> None:
    out = tmp_path / "draft.yaml"
    out.write_text("reviewed by hand\n", encoding="utf-8")
    assert main(["--draft", "seeds/004_454c6d8bf6139045.txt", "--output", str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "reviewed by hand\n"
    assert "already exists" in capsys.readouterr().err
    outside = tmp_path.parent / f"{tmp_path.name}-elsewhere.txt"
    outside.write_text("Police arrested 12 people.\n", encoding="utf-8")
    assert main(["--draft", str(outside)]) == 2
    assert "not inside the repository root" in capsys.readouterr().err
    assert main(["--draft", "seeds/nope.txt"]) == 2


def test_years_ages_ordinals_dates_and_phone_numbers_are_not_drafted_as_counts(tmp_path: Path, monkeypatch) -> None:
    source = _article(tmp_path, (
        "Police in Spain arrest 12 in fraud inquiry\n\n"
        "MADRID, 3 May 2024 - Police in Spain have arrested 12 people, the second such operation since 2019, "
        "prosecutors said. The oldest suspect, a man aged 67, was held in Seville. Anyone with information "
        "should call 0800 496 0231.\n"))
    monkeypatch.chdir(tmp_path)
    text = draft(source.relative_to(tmp_path), Path("."))
    values = {f.value for c in _claims(text) for f in read_claim(c["claim"])}
    assert values == {12.0}
    for number in ("2024", "2019", "67", "0800", "second", "3 May"):
        assert not any(number in c["claim"] for c in _claims(text))


def test_figures_the_reader_is_unsure_of_are_comments_with_the_reason(tmp_path: Path, monkeypatch) -> None:
    source = _article(tmp_path, (
        "Customs officers arrest 4 in harbour raid\n\n"
        "Customs officers arrested 4 people on Monday. Nearby, 3 cranes stood idle.\n\n"
        "Some 15 were later found.\n"))
    monkeypatch.chdir(tmp_path)
    text = draft(source.relative_to(tmp_path), Path("."))
    assert [c["claim"] for c in _claims(text)] == ["4 arrests"]
    comments = [line for line in text.splitlines() if "not drafted" in line]
    assert len(comments) == 2
    assert comments[0].startswith("  # line 3:55 '3': not drafted: it counts")
    assert "which no measure names" in comments[0]
    assert comments[1] == ("  # line 5:1 'Some 15': not drafted: the reader cannot tell what it counts: "
                           "no noun, event or earlier figure says")
    assert "  #   quote: 'Some 15 were later found'" in text
    assert yaml.safe_load(text)["claims"][0]["id"] == "article.arrests"


def test_a_claim_that_would_fail_beside_another_loses_its_place_or_becomes_a_comment(
        tmp_path: Path, monkeypatch) -> None:
    """An article that tells one count twice, differently (40 arrests in Spain, later 38): two
    such totals for one country in one event are C001, so the second loses its place."""
    source = _article(tmp_path, (
        "Spanish police arrest 40 in fraud sweep\n\n"
        "Police in Spain arrested 40 people in raids on Tuesday, the Interior Ministry said.\n\n"
        "In all, 38 people were arrested in Spain, a spokesman later said.\n"))
    monkeypatch.chdir(tmp_path)
    claims = [c["claim"] for c in _claims(draft(source.relative_to(tmp_path), Path(".")))]
    assert "40 arrests in Spain" in claims and "38 arrests" in claims
    assert "38 arrests in Spain" not in claims


def test_a_part_and_its_whole_told_in_different_passages_both_keep_their_place(project: Path) -> None:
    """Seed 000 gives 121 arrests in Spain and, in another sentence, 1,200 over five years:
    a figure ten times another may be its whole, so both stay as drafted."""
    claims = [c["claim"] for c in _claims(draft(Path("seeds/000_b47ecad0a44ff926.txt"), Path(".")))]
    assert "121 arrests in Spain" in claims and "1,200 arrests in Spain" in claims


def test_a_draft_with_no_figures_is_still_a_valid_claims_file(tmp_path: Path, monkeypatch) -> None:
    source = _article(tmp_path, "Police thank the public\n\nPolice thanked the public for its help.\n")
    monkeypatch.chdir(tmp_path)
    text = draft(source.relative_to(tmp_path), Path("."), output=tmp_path / "claims" / "x.yaml")
    assert yaml.safe_load(text)["claims"] == []
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "x.yaml").write_text(text, encoding="utf-8")
    result = run(Options(paths=("claims/",), root=Path("."), use_cache=False))
    assert [f.code for f in result.findings] == []


@pytest.mark.parametrize(("text", "title"), [
    ("1. Skip to content\n  2. Skip to main menu\nCrime\n\nPolice smash ring\n\nApril 18, 2017\n", "Police smash ring"),
    ("Published 17:09 IST, December 11th 2019\nSpain police smash global ring\n", "Spain police smash global ring"),
    ("In a significant operation, Interpol has arrested 20 individuals across the world today.\n", None),
])
def test_the_title_is_the_first_headline_like_line(text: str, title: str | None) -> None:
    assert guess_title(text) == title


def test_slugs_are_valid_ids_cut_at_a_word() -> None:
    assert slug("Police smash international online pedophile ring", 30) == "police-smash-international"
    assert slug("004_454c6d8bf6139045") == "004-454c6d8bf6139045"
