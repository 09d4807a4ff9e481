"""Hand-made nasty files (tests/cases/adversarial/) and nasty things on disk, through the whole
pipeline: each gives findings with the expected codes, or a one-line usage error; never a
traceback, never a hang."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from tests.adversarial.conftest import assert_clean, validate

CASES = Path(__file__).resolve().parent.parent / "cases" / "adversarial"

# Each case file: the exit status and the codes it must give (other codes may come too).
EXPECTED: dict[str, tuple[int, set[str]]] = {
    "alias-bomb.yaml": (1, {"S001"}),
    "anchors-used-well.yaml": (0, set()),
    "binary-garbage.yaml": (1, {"S001"}),
    "binary-with-yaml-prefix.yaml": (1, {"S001"}),
    "bom.yaml": (0, set()),
    "claims-list-of-scalars.yaml": (1, {"S002"}),
    "claims-not-a-list.yaml": (1, {"S002"}),
    "control-characters.yaml": (1, {"S001"}),
    "cr-only.yaml": (0, set()),
    "crlf.yaml": (0, set()),
    "deep-block.yaml": (1, {"S001"}),
    "deep-dashes.yaml": (1, {"S001"}),
    "deep-flow-unclosed.yaml": (1, {"S001"}),
    "deep-flow.yaml": (1, {"S001"}),
    "deep-mapping.yaml": (1, {"S001"}),
    "duplicate-anchor.yaml": (1, {"S001"}),
    "duplicate-claim-keys.yaml": (1, {"S001"}),
    "duplicate-keys.yaml": (1, {"S001"}),
    "empty.yaml": (1, {"S002"}),
    "escaped-control-characters.yaml": (1, {"S004", "Q002"}),
    "huge-number.yaml": (1, {"S004"}),
    "invalid-utf8.yaml": (1, {"S001"}),
    "keys-of-every-type.yaml": (1, {"S001", "S002"}),
    "keys-named-like-pydantic-branches.yaml": (1, {"S002"}),
    "lone-surrogate.yaml": (1, {"S001"}),
    "merge-key.yaml": (1, {"S002"}),
    "multi-document.yaml": (1, {"S001"}),
    "nul-byte.yaml": (1, {"S001"}),
    "numbers-as-ids.yaml": (1, {"S002"}),
    "only-comments.yaml": (1, {"S002"}),
    "only-document-marker.yaml": (1, {"S002"}),
    "python-object-mapping.yaml": (1, {"S001"}),
    "python-object-value.yaml": (1, {"S001"}),
    "python-object.yaml": (1, {"S001"}),
    "recursive-alias.yaml": (1, {"S001"}),
    "set-and-binary-tags.yaml": (1, {"S001"}),
    "source-path-is-a-folder.yaml": (1, {"Q001"}),
    "source-path-weird.yaml": (0, set()),
    "source-path-with-nul.yaml": (1, {"Q001"}),
    "tab-in-values.yaml": (0, {"Q003"}),
    "tabs.yaml": (1, {"S001"}),
    "top-level-list.yaml": (1, {"S002"}),
    "top-level-scalar.yaml": (1, {"S002"}),
    "unclosed-quote.yaml": (1, {"S001"}),
    "undefined-alias.yaml": (1, {"S001"}),
    "unicode-confusables.yaml": (1, {"Q002"}),
    "utf16.yaml": (1, {"S001"}),
    "very-long-key.yaml": (1, {"S001"}),
    "windows-1252.yaml": (1, {"S001"}),
    "wrong-types-everywhere.yaml": (1, {"S002"}),
}


def test_every_case_file_has_an_expectation() -> None:
    assert sorted(p.name for p in CASES.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_case_file_gives_its_findings(name: str, repo: Path) -> None:
    shutil.copy(CASES / name, repo / "claims" / name)
    outcome = validate(repo, f"claims/{name}")
    assert_clean(outcome)
    status, codes = EXPECTED[name]
    assert outcome.status == status, outcome.out
    assert codes <= outcome.codes, outcome.out


def test_all_case_files_together(repo: Path) -> None:
    """Cross-file rules see every broken file at once."""
    for path in CASES.iterdir():
        shutil.copy(path, repo / "claims" / path.name)
    outcome = validate(repo, "claims/")
    assert_clean(outcome)
    assert outcome.status == 1
    assert len({f["file"] for f in outcome.findings}) >= len([s for s, _ in EXPECTED.values() if s == 1])


def test_yaml_tags_never_run_code(repo: Path, tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    (repo / "claims" / "x.yaml").write_text(f'!!python/object/apply:os.system ["touch {marker}"]\n')
    (repo / "claims" / "y.yaml").write_text(f"source: !!python/object/apply:pathlib.Path.touch ['{marker}']\n")
    assert_clean(validate(repo, "claims/"))
    assert not marker.exists()


def test_folder_named_like_a_claims_file_is_searched_not_read(repo: Path) -> None:
    folder = repo / "claims" / "x.yaml"
    folder.mkdir()
    shutil.copy(CASES / "empty.yaml", folder / "inner.yaml")
    outcome = validate(repo, "claims/")
    assert_clean(outcome)
    assert {f["file"] for f in outcome.findings} == {"claims/x.yaml/inner.yaml"}
    named = validate(repo, "claims/x.yaml")  # named on the command line: a folder, so searched too
    assert_clean(named)
    assert named.codes == {"S002"}


def test_empty_claims_folder(repo: Path) -> None:
    outcome = validate(repo, "claims/")
    assert_clean(outcome)
    assert outcome.status == 0 and outcome.findings == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_claims_file_named_on_the_command_line_is_a_usage_error(repo: Path) -> None:
    os.mkfifo(repo / "claims" / "pipe.yaml")
    outcome = validate(repo, "claims/pipe.yaml")
    assert_clean(outcome)
    assert outcome.status == 2 and "not a regular file" in outcome.err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_in_a_claims_folder_is_skipped(repo: Path) -> None:
    os.mkfifo(repo / "claims" / "pipe.yaml")
    outcome = validate(repo, "claims/")
    assert_clean(outcome)
    assert outcome.status == 0


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_device_as_claims_file_is_a_usage_error_not_an_endless_read(repo: Path) -> None:
    (repo / "claims" / "zero.yaml").symlink_to("/dev/zero")
    outcome = validate(repo, "claims/zero.yaml")
    assert_clean(outcome)
    assert outcome.status == 2 and "not a regular file" in outcome.err
    assert validate(repo, "claims/").status == 0  # in a folder: not a file, so not a claims file


def test_symlink_loop_in_claims_folder(repo: Path) -> None:
    (repo / "claims" / "loop").symlink_to("..")
    (repo / "claims" / "self.yaml").symlink_to("self.yaml")
    outcome = validate(repo, "claims/")
    assert_clean(outcome)


def _unreadable(path: Path, monkeypatch) -> None:
    """Make `path` unreadable: by permissions, or, for root (whom permissions do not stop), by
    making the open fail as permissions would."""
    path.chmod(0)
    if os.geteuid() != 0:
        return
    real_open = os.open
    target = os.path.realpath(path)

    def refusing_open(name, flags, *args, **kwargs):
        if os.path.realpath(name) == target:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(name))
        return real_open(name, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)


def test_unreadable_claims_file_is_a_usage_error(repo: Path, monkeypatch) -> None:
    path = repo / "claims" / "locked.yaml"
    shutil.copy(CASES / "bom.yaml", path)
    _unreadable(path, monkeypatch)
    outcome = validate(repo, "claims/")
    assert_clean(outcome)
    assert outcome.status == 2 and "locked.yaml: cannot be read: Permission denied" in outcome.err


def test_unreadable_source_is_q001(repo: Path, monkeypatch) -> None:
    shutil.copy(CASES / "bom.yaml", repo / "claims" / "x.yaml")
    _unreadable(repo / "seeds" / "source.txt", monkeypatch)
    outcome = validate(repo, "claims/")
    assert_clean(outcome)
    (finding,) = [f for f in outcome.findings if f["code"] == "Q001"]
    assert "cannot be read: Permission denied" in finding["message"]


@pytest.mark.skipif(os.geteuid() != 0, reason="checks that the permission test above is not vacuous as root")
def test_root_reads_through_chmod_000(tmp_path: Path) -> None:
    path = tmp_path / "x"
    path.write_text("x")
    path.chmod(0)
    assert path.read_text() == "x"  # why the tests above simulate the refusal for root


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_source_inside_the_root_is_q001_without_waiting(repo: Path) -> None:
    os.mkfifo(repo / "seeds" / "pipe.txt")
    (repo / "claims" / "x.yaml").write_text("source: {path: seeds/pipe.txt}\nclaims:\n"
                                           "  - {id: a.b, claim: 38 arrests, quote: x}\n")
    outcome = validate(repo, "claims/")
    assert_clean(outcome)
    (finding,) = [f for f in outcome.findings if f["code"] == "Q001"]
    assert "not a regular file" in finding["message"]


def test_symlink_to_a_fifo_inside_the_root_is_q001(repo: Path) -> None:
    os.mkfifo(repo / "seeds" / "pipe.txt")
    (repo / "seeds" / "link.txt").symlink_to("pipe.txt")
    (repo / "claims" / "x.yaml").write_text("source: {path: seeds/link.txt}\nclaims: []\n")
    outcome = validate(repo, "claims/")
    assert_clean(outcome)
    assert any("not a regular file" in f["message"] for f in outcome.findings if f["code"] == "Q001")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_device_source_through_a_symlink_is_refused_as_outside_the_root(repo: Path) -> None:
    (repo / "seeds" / "zero.txt").symlink_to("/dev/zero")
    (repo / "claims" / "x.yaml").write_text("source: {path: seeds/zero.txt}\nclaims: []\n")
    outcome = validate(repo, "claims/")
    assert_clean(outcome)
    (finding,) = [f for f in outcome.findings if f["code"] == "Q001"]
    assert "outside the repository root" in finding["message"]


def test_symlink_loop_as_source_is_q001(repo: Path) -> None:
    (repo / "seeds" / "a.txt").symlink_to("b.txt")
    (repo / "seeds" / "b.txt").symlink_to("a.txt")
    (repo / "claims" / "x.yaml").write_text("source: {path: seeds/a.txt}\nclaims: []\n")
    outcome = validate(repo, "claims/")
    assert_clean(outcome)
    assert "Q001" in outcome.codes
