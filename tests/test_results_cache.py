"""The per-file results cache: a warm run says exactly what a cold one says, and nothing goes stale."""

from __future__ import annotations

from pathlib import Path

from validator.cli import main
from validator.related import INDEX_NAME
from validator.results_cache import CACHE_DIR, DATASET_ENTRY


def _entries(project: Path) -> set[str]:
    return {p.name for p in (project / CACHE_DIR).rglob("*")
            if p.is_file() and p.name not in (".gitignore", INDEX_NAME, DATASET_ENTRY)}


def _run(capsys, *args: str) -> tuple[int, str]:
    status = main(list(args))
    return status, capsys.readouterr().out


def test_warm_run_is_byte_identical_to_a_cold_one(project: Path, capsys) -> None:
    cold = _run(capsys, "--format", "json", "--no-accept")
    assert len(_entries(project)) == 5
    assert _run(capsys, "--format", "json", "--no-accept") == cold
    assert _run(capsys, "--format", "json", "--no-accept", "--no-cache") == cold
    assert (project / CACHE_DIR / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"


def test_a_changed_source_invalidates_exactly_the_files_citing_it(project: Path, capsys) -> None:
    _run(capsys)
    before = _entries(project)
    seed = project / "seeds" / "004_454c6d8bf6139045.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("38 suspects", "39 suspects"), encoding="utf-8")
    status, out = _run(capsys)
    assert status == 1 and " Q005 " in out and " Q002 " in out
    after = _entries(project)
    assert len(after - before) == 1 and len(before - after) == 0


def test_a_changed_claims_file_is_checked_afresh(project: Path, capsys) -> None:
    _run(capsys)
    path = project / "claims" / "004-tantalio.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("claim: '38 arrests'", "claim: '36 arrests'"),
                    encoding="utf-8")
    status, out = _run(capsys)
    assert status == 1 and "V001 error: the claim says '36 arrests'" in out


def test_findings_across_files_follow_an_edit_to_any_file_and_back(project: Path, capsys) -> None:
    """The dataset rules' findings are read back only for the very files they were made from."""
    clean = _run(capsys, "--no-accept")
    assert (project / CACHE_DIR / DATASET_ENTRY).is_file()
    path = project / "claims" / "003-chemosh.yaml"
    original = path.read_text(encoding="utf-8")
    first_id = original.split("- id: ", 1)[1].split()[0]
    path.write_text(original + f"  - id: {first_id}\n    claim: 38 arrests\n    quote: 38 arrests\n", encoding="utf-8")
    status, out = _run(capsys, "--no-accept")
    assert status == 1 and " S003 " in out  # a duplicate id is found by comparing claims, not within one file
    path.write_text(original, encoding="utf-8")
    assert _run(capsys, "--no-accept") == clean
    assert _run(capsys, "--no-accept", "--select", "S003")[1].count(" S003 ") == 0


def test_a_changed_rule_selection_does_not_reuse_the_findings_across_files(project: Path, capsys) -> None:
    everything = _run(capsys, "--no-accept", "--format", "json")
    chosen = _run(capsys, "--no-accept", "--format", "json", "--select", "C003")
    assert chosen != everything and '"C003"' in chosen[1] and '"C002"' not in chosen[1]
    assert _run(capsys, "--no-accept", "--format", "json", "--no-cache", "--select", "C003") == chosen
    assert _run(capsys, "--no-accept", "--format", "json") == everything


def test_no_cache_writes_nothing(project: Path, capsys) -> None:
    _run(capsys, "--no-cache")
    assert not (project / CACHE_DIR).exists()


def test_a_corrupt_entry_is_recomputed(project: Path, capsys) -> None:
    cold = _run(capsys, "--no-accept")
    for entry in (project / CACHE_DIR).rglob("*"):
        if entry.is_file() and entry.name != ".gitignore":
            entry.write_bytes(b"not a cache entry")
    assert _run(capsys, "--no-accept") == cold


SUBSET_SOURCE = ("Weapons ring broken up\n\nIn Croatia, 11 of the suspects were detained in and around Split. "
                 "Eight were Croatian citizens and three held Bosnian passports, police said.\n")
SUBSET_CLAIMS = """source:
  path: seeds/croatia.txt
event: weapons-ring
claims:
  - id: w.croatia
    claim: 11 arrests in Croatia
    quote: In Croatia, 11 of the suspects were detained
  - id: w.bosnians
    claim: 3 arrests in Croatia
    quote:
      - In Croatia, 11 of the suspects were detained
      - three held Bosnian passports
"""


def test_what_the_source_reads_as_part_of_another_figure_survives_the_cache(tmp_path: Path, monkeypatch,
                                                                             capsys) -> None:
    """C001 holds a subset for one place as no rival figure; a cached file keeps no quotes, so the
    entry must keep that reading, or a warm run would report what a cold one does not."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "croatia.txt").write_text(SUBSET_SOURCE, encoding="utf-8")
    (tmp_path / "claims").mkdir()
    for i in range(3):  # three files citing one source: enough for the rules comparing files
        (tmp_path / "claims" / f"w{i}.yaml").write_text(SUBSET_CLAIMS.replace("w.", f"w{i}."), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    cold = _run(capsys, "claims/")
    warm = _run(capsys, "claims/")
    assert cold == warm and cold[0] == 0, cold[1]
