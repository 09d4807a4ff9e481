"""A run narrowed to changed files loads only what their findings depend on, and says exactly
what the full run says about them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.helpers import PROJECT
from validator.cli import main
from validator.engine import Options, run
from validator.related import INDEX_NAME
from validator.results_cache import CACHE_DIR

CLAIMS = sorted(p.name for p in (PROJECT / "claims").glob("*.yaml"))
SEEDS = sorted(p.name for p in (PROJECT / "seeds").glob("*.txt"))


def _findings(capsys, *args: str) -> list[dict]:
    main(["--format", "json", "--no-accept", *args])
    return json.loads(capsys.readouterr().out)["findings"]


def _citing(project: Path, seed: str) -> set[str]:
    return {f"claims/{p.name}" for p in (project / "claims").glob("*.yaml") if seed in p.read_text(encoding="utf-8")}


@pytest.mark.parametrize("warm", [False, True], ids=["index-absent", "index-warm"])
@pytest.mark.parametrize("changed", [f"claims/{n}" for n in CLAIMS] + [f"seeds/{n}" for n in SEEDS])
def test_focused_run_says_what_the_full_run_says_about_the_files_in_scope(project: Path, capsys, changed: str,
                                                                         warm: bool) -> None:
    full = _findings(capsys, "--no-cache")
    if warm:
        _findings(capsys)
    scope = {changed} if changed.startswith("claims/") else _citing(project, Path(changed).name)
    assert scope
    assert _findings(capsys, "--changed-only", changed) == [f for f in full if f["file"] in scope]


def _write(repo: Path, name: str, event: str, claim_id: str, claim: str, quote: str) -> None:
    (repo / "claims" / name).write_text(
        f"source:\n  path: seeds/004_454c6d8bf6139045.txt\nevent: {event}\nclaims:\n"
        f"  - id: {claim_id}\n    claim: {claim}\n    quote: {quote}\n", encoding="utf-8")


@pytest.fixture
def three(project: Path) -> Path:
    """Files a and b report one event; c another, and shares no id with them."""
    for path in (project / "claims").glob("*.yaml"):
        path.unlink()
    _write(project, "a.yaml", "operation-tantalio", "a.arrests", "38 arrests", "Police have arrested 38 suspects")
    _write(project, "b.yaml", "operation-tantalio", "b.arrests", "39 arrests", "Police have arrested 38 suspects")
    _write(project, "c.yaml", "operation-other", "c.arrests", "38 arrests", "Police have arrested 38 suspects")
    main(["--format", "json"])  # fills the cache and the index
    return project


def _loaded(focus: str) -> list[str]:
    result = run(Options(paths=("claims/",), root=Path("."), focus=(focus,)))
    return [f.path for f in result.dataset.files]


def test_a_focused_run_loads_the_files_sharing_an_event_and_no_others(three: Path) -> None:
    assert _loaded("claims/b.yaml") == ["claims/a.yaml", "claims/b.yaml"]
    assert _loaded("claims/c.yaml") == ["claims/c.yaml"]
    assert _loaded("seeds/004_454c6d8bf6139045.txt") == ["claims/a.yaml", "claims/b.yaml", "claims/c.yaml"]


@pytest.mark.parametrize("cache", ["warm", "cold"])
@pytest.mark.parametrize("changed, other", [("claims/b.yaml", "a.arrests"), ("claims/a.yaml", "b.arrests")])
def test_a_contradiction_with_an_unchanged_file_is_found_whichever_file_changed(three: Path, capsys, changed: str,
                                                                               other: str, cache: str) -> None:
    """C005 lands on both claims, so the pre-commit run on either file fails and names the other,
    whether the other file's results and links come from the cache or are computed afresh."""
    if cache == "cold":
        shutil.rmtree(three / CACHE_DIR)
    capsys.readouterr()
    found = [f for f in _findings(capsys, "--changed-only", changed) if f["code"] == "C005"]
    assert [f["file"] for f in found] == [changed]
    assert other in found[0]["message"]
    assert main(["--changed-only", changed]) == 1


def test_a_duplicate_id_in_an_unchanged_file_is_still_found(three: Path, capsys) -> None:
    _write(three, "c.yaml", "operation-other", "a.arrests", "38 arrests", "Police have arrested 38 suspects")
    capsys.readouterr()
    assert _loaded("claims/c.yaml") == ["claims/a.yaml", "claims/c.yaml"]
    found = _findings(capsys, "--changed-only", "claims/c.yaml")
    assert [(f["code"], f["file"]) for f in found] == [("S003", "claims/c.yaml")]


def test_an_event_added_by_the_change_brings_in_its_files(three: Path, capsys) -> None:
    _write(three, "c.yaml", "operation-tantalio", "c.arrests", "37 arrests", "Police have arrested 38 suspects")
    capsys.readouterr()
    found = _findings(capsys, "--changed-only", "claims/c.yaml")
    assert {f["code"] for f in found if f["file"] == "claims/c.yaml"} >= {"C005"}


def test_a_corrupt_index_is_rebuilt(three: Path, capsys) -> None:
    capsys.readouterr()
    before = _findings(capsys, "--changed-only", "claims/b.yaml")
    (three / CACHE_DIR / INDEX_NAME).write_bytes(b"\x00 not an index")
    assert _findings(capsys, "--changed-only", "claims/b.yaml") == before
    assert _loaded("claims/b.yaml") == ["claims/a.yaml", "claims/b.yaml"]


def test_changed_paths_are_compared_where_they_really_are(tmp_path: Path, monkeypatch) -> None:
    from validator.related import Changed

    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "b.yaml").write_text("x", encoding="utf-8")
    (tmp_path / "alias.yaml").symlink_to(tmp_path / "claims" / "b.yaml")  # another name, same file
    (tmp_path / "folder").symlink_to(tmp_path / "claims", target_is_directory=True)
    assert "claims/b.yaml" in Changed(["alias.yaml"])
    assert "alias.yaml" in Changed(["claims/b.yaml"])
    assert "folder/b.yaml" in Changed(["./claims/../claims/b.yaml"])
    assert "claims/a.yaml" not in Changed(["claims/b.yaml"])
    assert "other/b.yaml" not in Changed(["claims/b.yaml"])
    assert "cla\0ims/b.yaml" not in Changed(["claims/b.yaml"])  # a source path no file system can hold
