"""Narrowed reports: `--changed-since REF` (git) and `--changed-only FILES` (pre-commit).

The whole dataset is always checked; only the report is narrowed to the changed claims files
and the claims files whose sources changed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import PROJECT
from validator.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = "seeds/004_454c6d8bf6139045.txt"
OTHER_SEED = "seeds/003_79fe17aca8a938ce.txt"


def _claims(source: str, claim_id: str, quote: str) -> str:
    return f"source:\n  path: {source}\nclaims:\n  - id: {claim_id}\n    claim: some text\n    quote: {quote}\n"


BAD_A = _claims(SEED, "a.bad", "Police have arrested 39 suspects")
GOOD_B = _claims(SEED, "b.good", "The suspects were active in 18 countries")
BAD_C = _claims(OTHER_SEED, "c.bad", "this sentence is not in the article")


def _reported(capsys, *args: str) -> tuple[int, set[tuple[str, str]]]:
    status = main(["--format", "json", "--select", "Q,S003", *args])
    findings = json.loads(capsys.readouterr().out)["findings"]
    return status, {(f["file"], f["code"]) for f in findings}


@pytest.fixture()
def dataset(tmp_path: Path, monkeypatch) -> Path:
    shutil.copytree(PROJECT / "seeds", tmp_path / "seeds")
    (tmp_path / "claims").mkdir()
    for name, text in (("a.yaml", BAD_A), ("b.yaml", GOOD_B), ("c.yaml", BAD_C)):
        (tmp_path / "claims" / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


class TestChangedOnly:
    def test_reports_only_on_the_files_given(self, dataset: Path, capsys) -> None:
        assert _reported(capsys, "--changed-only", "claims/a.yaml") == (1, {("claims/a.yaml", "Q002")})
        assert _reported(capsys, "--changed-only", "claims/b.yaml") == (0, set())
        assert _reported(capsys, "--changed-only") == (0, set())

    def test_a_source_selects_the_claims_files_citing_it(self, dataset: Path, capsys) -> None:
        assert _reported(capsys, "--changed-only", OTHER_SEED) == (1, {("claims/c.yaml", "Q002")})
        assert _reported(capsys, "--changed-only", "./" + SEED) == (1, {("claims/a.yaml", "Q002")})

    def test_cross_file_rules_still_see_the_whole_dataset(self, dataset: Path, capsys) -> None:
        (dataset / "claims" / "d.yaml").write_text(GOOD_B, encoding="utf-8")  # b.good again: S003
        status, reported = _reported(capsys, "--changed-only", "claims/d.yaml")
        assert status == 1 and reported == {("claims/d.yaml", "S003")}

    def test_a_named_claims_file_outside_the_paths_is_checked_too(self, dataset: Path, capsys) -> None:
        (dataset / "elsewhere").mkdir()
        (dataset / "elsewhere" / "e.yaml").write_text(BAD_A.replace("a.bad", "e.bad"), encoding="utf-8")
        assert _reported(capsys, "--changed-only", "elsewhere/e.yaml") == (1, {("elsewhere/e.yaml", "Q002")})

    def test_the_summary_counts_the_reported_files(self, dataset: Path, capsys) -> None:
        main(["--changed-only", "claims/b.yaml"])
        assert capsys.readouterr().out.splitlines()[-1].startswith("1 file, 1 claim:")


def _git(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.invalid",
           "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.invalid",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    done = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


@pytest.mark.skipif(shutil.which("git") is None, reason="--changed-since needs git")
class TestChangedSince:
    @pytest.fixture()
    def repo(self, dataset: Path) -> Path:
        _git(dataset, "init", "-q", "-b", "main")
        _git(dataset, "add", ".")
        _git(dataset, "commit", "-q", "-m", "base")
        _git(dataset, "checkout", "-q", "-b", "topic")
        return dataset

    def test_nothing_changed_reports_nothing(self, repo: Path, capsys) -> None:
        assert _reported(capsys, "--changed-since", "main") == (0, set())

    def test_a_committed_change_on_the_branch_is_reported(self, repo: Path, capsys) -> None:
        (repo / "claims" / "b.yaml").write_text(GOOD_B.replace("18 countries", "81 countries"), encoding="utf-8")
        _git(repo, "commit", "-q", "-am", "edit b")
        assert _reported(capsys, "--changed-since", "main") == (1, {("claims/b.yaml", "Q002")})

    def test_work_tree_and_untracked_changes_count(self, repo: Path, capsys) -> None:
        (repo / "claims" / "new.yaml").write_text(BAD_A.replace("a.bad", "n.bad"), encoding="utf-8")
        assert _reported(capsys, "--changed-since", "main") == (1, {("claims/new.yaml", "Q002")})

    def test_a_changed_source_reports_the_claims_citing_it(self, repo: Path, capsys) -> None:
        with open(repo / OTHER_SEED, "a", encoding="utf-8") as handle:
            handle.write("An appended paragraph.\n")
        _git(repo, "commit", "-q", "-am", "edit a seed")
        assert _reported(capsys, "--changed-since", "main") == (1, {("claims/c.yaml", "Q002")})

    def test_only_changes_since_the_merge_base_count(self, repo: Path, capsys) -> None:
        _git(repo, "checkout", "-q", "main")
        (repo / "claims" / "a.yaml").write_text(BAD_A + "  - id: a.more\n    claim: x\n    quote: not there\n",
                                                encoding="utf-8")
        _git(repo, "commit", "-q", "-am", "main moves on")
        _git(repo, "checkout", "-q", "topic")
        assert _reported(capsys, "--changed-since", "main") == (0, set())

    def test_runs_from_a_subfolder(self, repo: Path, capsys, monkeypatch) -> None:
        (repo / "claims" / "b.yaml").write_text(GOOD_B.replace("18 countries", "81 countries"), encoding="utf-8")
        monkeypatch.chdir(repo / "claims")
        status, reported = _reported(capsys, "--root", "..", "--changed-since", "main", ".")
        assert (status, reported) == (1, {("b.yaml", "Q002")})

    def test_an_unknown_ref_is_a_one_line_usage_error(self, repo: Path, capsys) -> None:
        assert main(["--changed-since", "no-such-branch"]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "no-such-branch" in err

    def test_outside_a_repository_is_a_usage_error(self, dataset: Path, capsys, monkeypatch) -> None:
        monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(dataset.parent))
        assert main(["--changed-since", "main"]) == 2
        assert "git repository" in capsys.readouterr().err

    def test_changed_only_and_changed_since_do_not_mix(self, repo: Path, capsys) -> None:
        assert main(["--changed-since", "main", "--changed-only"]) == 2
