"""Claims files with odd names: one warning each (S006), every other file still checked, every
output format still well-formed, and the run's exit status what the findings warrant, never 2."""

from __future__ import annotations

import json
import os
import xml.dom.minidom
from pathlib import Path

import pytest

from tests.helpers import PROJECT
from validator.cli import main

GOOD = (PROJECT / "claims" / "004-tantalio.yaml").read_bytes()
SLIP = GOOD.replace(b"claim: '38 arrests'", b"claim: '36 arrests'")


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "seeds").mkdir()
    for seed in (PROJECT / "seeds").glob("*.txt"):
        (tmp_path / "seeds" / seed.name).write_bytes(seed.read_bytes())
    claims = os.fsencode(tmp_path / "claims")
    os.mkdir(claims)
    with open(os.path.join(claims, b"bad-\xff-name.yaml"), "wb") as out:
        out.write(GOOD.replace(b"tantalio.", b"odd1."))
    with open(os.path.join(claims, b"two\nlines.yaml"), "wb") as out:
        out.write(GOOD.replace(b"tantalio.", b"odd2."))
    (tmp_path / "claims" / "plain.yaml").write_bytes(SLIP.replace(b"tantalio.", b"plain."))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_odd_names_are_one_warning_each_and_the_rest_is_checked(repo: Path, capsys) -> None:
    status = main(["--no-cache", "claims/"])
    out = capsys.readouterr().out
    assert status == 1  # the slip in plain.yaml, never an internal error
    assert "claims/bad-\\xff-name.yaml:1:1: S006 warning" in out
    assert "claims/two\\nlines.yaml:1:1: S006 warning" in out
    assert "claims/plain.yaml" in out and "V001" in out
    assert all(line.count("S006") <= 1 for line in out.splitlines())


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "github", "html"])
def test_every_output_format_carries_the_escaped_names(repo: Path, capsys, fmt: str) -> None:
    status = main(["--no-cache", "--format", fmt, "claims/"])
    out = capsys.readouterr().out
    assert status == 1
    if fmt in ("json", "sarif"):
        json.loads(out)
    elif fmt == "junit":
        xml.dom.minidom.parseString(out)
    assert "bad-\\xff-name.yaml" in out or "bad-\\\\xff-name.yaml" in out


def test_a_clean_dataset_with_an_odd_name_passes(repo: Path, capsys) -> None:
    (repo / "claims" / "plain.yaml").write_bytes(GOOD.replace(b"tantalio.", b"plain."))
    assert main(["--no-cache", "claims/"]) == 0  # S006 is a warning


def test_fix_leaves_an_odd_name_alone(repo: Path, capsys) -> None:
    assert main(["--fix", "claims/"]) in (0, 1)
    assert sorted(os.listdir(os.fsencode(repo / "claims"))) == sorted([b"bad-\xff-name.yaml", b"two\nlines.yaml",
                                                                       b"plain.yaml"])
