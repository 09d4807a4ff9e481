"""`--fix`: mechanical repairs only, byte-exact everywhere else, atomic, idempotent; `--diff` writes nothing."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest

from tests.helpers import PROJECT
from validator.cli import main
from validator.fix import SetValue, rewrite, round_trip
from validator.loader import load_bytes

ROOT = Path(__file__).resolve().parent.parent
SEED = "seeds/004_454c6d8bf6139045.txt"
CLAIMS_FILES = sorted(p.name for p in (PROJECT / "claims").glob("*.yaml"))


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def _fix(capsys, *args: str) -> tuple[int, str, str]:
    status = main(["--fix", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("name", CLAIMS_FILES)
def test_every_claims_file_survives_the_round_trip_byte_for_byte(name: str) -> None:
    text = (PROJECT / "claims" / name).read_text(encoding="utf-8")
    assert round_trip(text, []) == text
    data = load_bytes(name, text.encode("utf-8")).data
    same = [SetValue(("claims", i, "quote"), c["quote"]) for i, c in enumerate(data["claims"])
            if isinstance(c["quote"], str)]
    assert rewrite(text, data, same) == text  # values re-set through ruamel come out as they were


def test_fix_on_the_project_data_changes_no_byte(project: Path, capsys) -> None:
    before = _snapshot(project / "claims")
    assert main(["--diff", "--update-pins"]) == 0
    assert capsys.readouterr().out == ""
    status, _, err = _fix(capsys, "--update-pins")
    assert err == "validate: nothing to fix\n"
    assert _snapshot(project / "claims") == before


def _perturbable(text: str) -> list[str]:
    """Single-line quote values of a claims file."""
    return re.findall(r"(?m)^ +(?:quote: |- )('.+')$", text)


@pytest.mark.parametrize("name", CLAIMS_FILES)
def test_a_respaced_quote_is_restored_to_the_exact_source_text(project: Path, capsys, name: str) -> None:
    path = project / "claims" / name
    original = path.read_bytes()
    text = original.decode("utf-8")
    quote = next(q for q in _perturbable(text) if " " in q)
    path.write_text(text.replace(quote, quote.replace(" ", "  ", 1), 1), encoding="utf-8")
    assert main(["--select", "Q003", str(path.relative_to(project))]) == 0
    assert "Q003" in capsys.readouterr().out
    status, out, err = _fix(capsys)
    assert "fixed 1 problem in 1 file" in err
    assert "Q003" not in out
    assert path.read_bytes() == original
    assert _fix(capsys)[2] == "validate: nothing to fix\n"


def _write(project: Path, text: str) -> Path:
    path = project / "claims" / "extra.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_typography_in_a_double_quoted_list_item_keeps_its_style(project: Path, capsys) -> None:
    path = _write(project, f"source:\n  path: {SEED}\nclaims:\n  - id: x.one  # first\n    claim: 18 countries\n"
                           f"    quote:\n      - \"Europe’s policing agency\"   # typed by hand\n"
                           f"      - 'The suspects were active in 18 countries'\n")
    _fix(capsys, "claims/extra.yaml")
    assert path.read_text(encoding="utf-8") == (
        f"source:\n  path: {SEED}\nclaims:\n  - id: x.one  # first\n    claim: 18 countries\n"
        f"    quote:\n      - \"Europe's policing agency\"   # typed by hand\n"
        f"      - 'The suspects were active in 18 countries'\n")


def test_a_gapped_quote_keeps_its_ellipsis(project: Path, capsys) -> None:
    path = _write(project, f"source:\n  path: {SEED}\nclaims:\n  - id: x.one\n    claim: 17 arrests in Spain\n"
                           f"    quote: The arrests  included 17 in Spain … four in ITALY\n")
    _fix(capsys)
    assert "    quote: The arrests included 17 in Spain … four in Italy\n" in path.read_text(encoding="utf-8")
    assert main(["--select", "Q", "claims/extra.yaml"]) == 0


ACCEPTS = f"""\
source:
  path: {SEED}
claims:
  - id: x.one
    claim: 18 countries
    quote: The suspects were active in 18 countries
    accept:
      # why these were accepted
      - rule: Q002   # gone with its entry
        reason: an accept that no longer matches anything
      # between the two
      - rule: Q004
        reason: another accept that matches nothing at all
    # about the note
    note: a note
  - id: x.two
    claim: 25 groups
    quote: 'A  total of 25 groups'
    accept:
      - rule: Q003
        reason: the double space is in our notes
      - rule: Q002
        reason: an accept that no longer matches anything
  # about x.three
  - id: x.three
    claim: 25 groups
    quote: A total of 25 groups
"""


def test_stale_accepts_go_with_the_comments_inside_them_and_every_other_comment_stays(project: Path, capsys) -> None:
    path = _write(project, ACCEPTS)
    status, out, err = _fix(capsys, "claims/extra.yaml")
    assert "fixed 3 problems in 1 file" in err and "A001" not in out
    assert path.read_text(encoding="utf-8") == ACCEPTS.replace(
        "    accept:\n      # why these were accepted\n      - rule: Q002   # gone with its entry\n"
        "        reason: an accept that no longer matches anything\n      # between the two\n"
        "      - rule: Q004\n        reason: another accept that matches nothing at all\n", "").replace(
        "        reason: the double space is in our notes\n      - rule: Q002\n"
        "        reason: an accept that no longer matches anything\n",
        "        reason: the double space is in our notes\n")
    assert "'A  total of 25 groups'" in path.read_text(encoding="utf-8")  # an accepted Q003 is not fixed


def test_pins_change_only_with_update_pins(project: Path, capsys) -> None:
    path = project / "claims" / "004-tantalio.yaml"
    original = path.read_text(encoding="utf-8")
    real = re.search(r"sha256: (\w+)", original).group(1)
    path.write_text(original.replace(real, "f" * 64), encoding="utf-8")
    status, out, _ = _fix(capsys)
    assert status == 1 and "Q005" in out and "f" * 64 in path.read_text(encoding="utf-8")
    status, out, _ = _fix(capsys, "--update-pins")
    assert status == 0 and path.read_text(encoding="utf-8") == original

    path.write_text(original.replace(f"  sha256: {real}\n", ""), encoding="utf-8")
    _fix(capsys, "--update-pins")
    assert path.read_text(encoding="utf-8") == original  # inserted right after `path`


def test_update_pins_needs_fix(project: Path, capsys) -> None:
    assert main(["--update-pins"]) == 2
    assert "--update-pins" in capsys.readouterr().err


def test_diff_shows_the_change_and_writes_nothing(project: Path, capsys) -> None:
    path = _write(project, ACCEPTS)
    assert main(["--diff", "claims/extra.yaml"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("--- a/claims/extra.yaml\n+++ b/claims/extra.yaml\n@@ ")
    assert "-      - rule: Q004\n" in out
    assert not [line for line in out.splitlines()[2:] if line.startswith("+")]  # only removals
    assert path.read_text(encoding="utf-8") == ACCEPTS
    assert main(["--diff", "claims/extra.yaml"]) == 1
    assert capsys.readouterr().out == out


def test_fix_never_touches_sources_and_leaves_no_temporary_files(project: Path, capsys) -> None:
    path = _write(project, ACCEPTS)
    os.chmod(path, 0o640)
    seeds = _snapshot(project / "seeds")
    _fix(capsys, "--update-pins")
    assert _snapshot(project / "seeds") == seeds
    assert sorted(p.name for p in (project / "claims").iterdir()) == sorted([*CLAIMS_FILES, "extra.yaml"])
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_fix_honours_ignore(project: Path, capsys) -> None:
    path = _write(project, f"source:\n  path: {SEED}\nclaims:\n  - id: x.one\n    claim: 25 groups\n"
                           f"    quote: A  total of 25 groups\n")
    _fix(capsys, "--ignore", "Q003")
    assert "A  total" in path.read_text(encoding="utf-8")


def test_crlf_and_bom_are_kept(project: Path, capsys) -> None:
    text = f"source:\r\n  path: {SEED}\r\nclaims:\r\n  - id: x.one\r\n    claim: 25 groups\r\n" \
           "    quote: A  total of 25 groups\r\n"
    path = project / "claims" / "extra.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    _fix(capsys)
    assert path.read_bytes() == b"\xef\xbb\xbf" + text.replace("A  total", "A total").encode("utf-8")


def test_a_file_whose_formatting_would_change_is_left_alone_with_a_note(project: Path, capsys) -> None:
    text = (f"source:\n  path:    {SEED}\nclaims:\n"
            "  - id: x.one\n    claim: 25 groups\n    quote: A  total of 25 groups\n")
    path = _write(project, text)
    status, _, err = _fix(capsys)
    assert "claims/extra.yaml: not fixed: its formatting does not survive a YAML round trip" in err
    assert path.read_text(encoding="utf-8") == text
