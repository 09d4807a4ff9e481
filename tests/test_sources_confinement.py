"""Sources stay inside the repository: an absolute path, a `..` that leaves the root, or a
symlink that resolves outside it is Q001 and never opened; a symlink that stays inside is
fine. And no finding prints more than a short passage of a source, however long its lines."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.adversarial.conftest import assert_clean, make_repo, validate
from validator.quotes import PASSAGE_LIMIT

SECRET = "TOP-SECRET-CONTENT 38 arrests in 18 countries"
QUOTE = "Police have arrested 38 suspects"


@pytest.fixture()
def layout(tmp_path: Path) -> tuple[Path, Path]:
    """A repository, and beside it (outside the root) a folder holding a secret file."""
    repo = make_repo(tmp_path / "repo")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET + "\n", encoding="utf-8")
    return repo, outside


@pytest.fixture()
def opened(monkeypatch) -> list[str]:
    """Every path the run opens through os.open, resolved."""
    seen: list[str] = []
    real_open = os.open

    def spy(path, flags, *args, **kwargs):
        seen.append(os.path.realpath(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    return seen


def cite(repo: Path, source_path: str, quote: str = QUOTE) -> None:
    escaped = source_path.replace("\\", "\\\\").replace('"', '\\"')
    (repo / "claims" / "x.yaml").write_text(
        f'source:\n  path: "{escaped}"\nclaims:\n  - id: x.arrests\n    claim: 38 arrests\n    quote: "{quote}"\n',
        encoding="utf-8")


def q001(outcome) -> str:
    (finding,) = [f for f in outcome.findings if f["code"] == "Q001"]
    return finding["message"]


def assert_never_opened(outside: Path, opened: list[str], outcome, through_link: bool = False) -> None:
    assert not [p for p in opened if p.startswith(str(outside.resolve()))]
    assert "TOP-SECRET" not in outcome.out + outcome.err
    if through_link:
        assert str(outside) not in outcome.out  # the message does not even say where the link points


@pytest.mark.parametrize("name", ["/etc/passwd", "{outside}/secret.txt", "C:\\secret.txt", "C:secret.txt",
                                  "\\\\server\\share\\secret.txt"])
def test_absolute_path_is_refused(layout, opened, name: str) -> None:
    repo, outside = layout
    cite(repo, name.format(outside=outside))
    outcome = validate(repo, "claims/")
    assert_clean(outcome)
    assert "is absolute" in q001(outcome)
    assert_never_opened(outside, opened, outcome)


@pytest.mark.parametrize("name", ["../outside/secret.txt", "seeds/../../outside/secret.txt", "./../outside/secret.txt",
                                  "seeds/..\\..\\outside\\secret.txt", "..", "seeds/../.."])
def test_dot_dot_leaving_the_root_is_refused(layout, opened, name: str) -> None:
    repo, outside = layout
    cite(repo, name)
    outcome = validate(repo, "claims/")
    assert_clean(outcome)
    assert "leaves the repository root" in q001(outcome)
    assert_never_opened(outside, opened, outcome)


def test_dot_dot_that_stays_inside_is_fine(layout) -> None:
    repo, _ = layout
    cite(repo, "seeds/../seeds/./source.txt")
    outcome = validate(repo, "claims/")
    assert_clean(outcome)
    assert outcome.status == 0 and outcome.findings == []


@pytest.mark.parametrize(
    ("link", "target", "is_folder", "cited"),
    [
        ("link.txt", None, False, "seeds/link.txt"),  # an absolute link to a file outside
        ("up.txt", Path("..") / ".." / "outside" / "secret.txt", False, "seeds/up.txt"),  # relative, climbing out
        ("elsewhere", None, True, "seeds/elsewhere/secret.txt"),  # a folder link pointing outside
    ],
    ids=["absolute-file-link", "relative-link-climbing-out", "folder-link"],
)
def test_symlink_leaving_the_root_is_refused(layout, opened, link, target, is_folder, cited) -> None:
    repo, outside = layout
    if target is None:
        target = outside if is_folder else outside / "secret.txt"
    (repo / "seeds" / link).symlink_to(target, target_is_directory=is_folder)
    cite(repo, cited, quote="TOP-SECRET-CONTENT")
    outcome = validate(repo, "claims/")
    assert_clean(outcome)
    assert "resolves outside the repository root" in q001(outcome)
    assert_never_opened(outside, opened, outcome, through_link=True)


def test_symlink_that_stays_inside_is_fine(layout) -> None:
    repo, _ = layout
    (repo / "articles").mkdir()
    (repo / "articles" / "same.txt").symlink_to(Path("..") / "seeds" / "source.txt")
    (repo / "linked-seeds").symlink_to(repo / "seeds", target_is_directory=True)
    for name in ("articles/same.txt", "linked-seeds/source.txt"):
        cite(repo, name)
        outcome = validate(repo, "claims/")
        assert_clean(outcome)
        assert outcome.status == 0 and outcome.findings == [], name


def test_root_reached_through_a_symlink(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    (tmp_path / "alias").symlink_to(repo, target_is_directory=True)
    cite(repo, "seeds/source.txt")
    outcome = validate(tmp_path / "alias", "claims/")
    assert_clean(outcome)
    assert outcome.status == 0


@pytest.mark.parametrize("name", ["", " ", ".", "seeds", "seeds/"])
def test_empty_or_folder_names_are_q001(layout, name: str) -> None:
    repo, _ = layout
    cite(repo, name)
    outcome = validate(repo, "claims/")
    assert_clean(outcome)
    assert "Q001" in outcome.codes or "S002" in outcome.codes  # an empty path is a schema error first


def _one_line_source(size: int) -> str:
    words = [f"w{i:07d}" for i in range(size // 9)]
    return " ".join(words[: len(words) // 2]) + " Police have arrested 38 suspects " + " ".join(words[len(words) // 2:])


@pytest.mark.parametrize(("size", "select"), [(8 * 1024 * 1024 - 64, "Q,S"), (20_000, None)])
def test_no_finding_prints_more_than_a_short_passage_of_a_long_one_line_source(tmp_path: Path, size, select) -> None:
    """A source that is one enormous line: a misquote shows only a short passage of it. (At 8 MB
    only the quote and schema rules are selected: the figure rules' attribution is quadratic
    in the length of a sentence; see the adversarial README.)"""
    text = _one_line_source(size)
    repo = make_repo(tmp_path / "repo", text)
    (repo / "claims" / "x.yaml").write_text(
        "source: {path: seeds/source.txt}\nclaims:\n"
        "  - {id: x.a, claim: 39 arrests, quote: Police have arrested 39 suspects}\n"
        "  - {id: x.b, claim: 38 arrests, quote: 'w0000001 w0000002 … w0000003'}\n"
        "  - {id: x.c, claim: 38 arrests, quote: 'POLICE HAVE ARRESTED 38 SUSPECTS'}\n"
        f"  - {{id: x.d, claim: 38 arrests, quote: '{text[:2000]}'}}\n", encoding="utf-8")
    outcome = validate(repo, "claims/", *(["--select", select] if select else []))
    assert_clean(outcome)
    assert {"Q002", "Q003"} <= outcome.codes
    for finding in outcome.findings:
        shown = [w for w in finding["message"].split() if w.startswith("w0")]
        assert len(" ".join(shown)) <= PASSAGE_LIMIT, finding["message"]
        assert len(finding["message"]) <= PASSAGE_LIMIT + 300, finding["message"]
