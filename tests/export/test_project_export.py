"""`validate claims/ --export DIR` on a copy of the project's own data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from frictionless import Package

from tests.export.conftest import csv_header, read_csv, read_jsonl
from validator.cli import main
from validator.export.events import EVENT_COLUMNS
from validator.export.rows import FIGURE_COLUMNS

FILES = {"figures.csv", "figures.jsonl", "events.csv", "datapackage.json"}
TANTALIO = "seeds/004_454c6d8bf6139045.txt"


@pytest.fixture()
def out(project: Path, capsys) -> Path:
    assert main(["claims/", "--export", "out"]) == 0
    capsys.readouterr()
    return project / "out"


def _listed_figures(capsys) -> list[tuple[str, str]]:
    """(claim id, figure text) for each figure `--show-figures` lists, in its order."""
    assert main(["--show-figures", "claims/"]) == 0
    claim, listed = None, []
    for line in capsys.readouterr().out.splitlines():
        head = re.match(r"^\S+:\d+: (\S+): ", line)
        if head:
            claim = head.group(1)
        elif line.startswith("  ") and not line.startswith("  (not judged"):
            listed.append((claim, line[2:34].rstrip()))
    return listed


def _shortened(text: str) -> str:
    return text if len(text) <= 32 else text[:31] + "…"  # as --show-figures prints it


def test_writes_the_four_files(out: Path) -> None:
    assert {p.name for p in out.iterdir()} == FILES


def test_one_row_per_figure_show_figures_lists(out: Path, capsys) -> None:
    rows = read_csv(out / "figures.csv")
    listed = _listed_figures(capsys)
    assert len(listed) == 52  # the project's data as of this test; a new claim changes it
    assert [(r["claim_id"], _shortened(r["text"])) for r in rows] == listed


def test_figures_jsonl_holds_the_same_rows_with_the_same_keys(out: Path) -> None:
    rows, lines = read_csv(out / "figures.csv"), read_jsonl(out / "figures.jsonl")
    assert [list(line) for line in lines] == [csv_header(out / "figures.csv")] * len(rows)
    assert [(line["claim_id"], line["figure"]) for line in lines] == [(r["claim_id"], int(r["figure"])) for r in rows]


def test_column_order_is_the_documented_one(out: Path) -> None:
    assert csv_header(out / "figures.csv") == [c.name for c in FIGURE_COLUMNS]
    assert csv_header(out / "events.csv") == [c.name for c in EVENT_COLUMNS]
    assert csv_header(out / "figures.csv")[:6] == ["claim_id", "figure", "claims_file", "line", "claim", "text"]


def test_the_data_package_validates_with_frictionless(out: Path) -> None:
    report = Package(str(out / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_frictionless_catches_a_figure_whose_event_row_is_missing(out: Path) -> None:
    """The foreign key is really declared: a figure referring to no event row fails."""
    path = out / "figures.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",operation-tantalio: arrests,",
                                                             ",operation-tantalio: nothing,", 1), encoding="utf-8")
    report = Package(str(out / "datapackage.json")).validate()
    assert not report.valid
    assert {error[0] for error in report.flatten(["type"])} == {"foreign-key"}


def test_events_show_tantalio_arrests_as_38_with_their_source(out: Path) -> None:
    rows = {r["key"]: r for r in read_csv(out / "events.csv")}
    arrests = rows["operation-tantalio: arrests"]
    assert arrests["figures"] == f"38 arrests [{TANTALIO}]"
    assert (arrests["interval"], arrests["interval_low"], arrests["interval_high"]) == ("38", "38", "38")
    assert (arrests["reconciled"], arrests["sources"], arrests["claims"]) == ("true", "1", "tantalio.arrests")
    assert arrests["note"] == ""
    spain = rows["operation-tantalio: arrests in Spain"]
    assert (spain["place"], spain["country"], spain["interval"]) == ("Spain", "Spain", "17")


def test_a_figure_row_carries_its_qualifier_interval_source_and_accepted_finding(out: Path) -> None:
    rows = {(r["claim_id"], r["figure"]): r for r in read_csv(out / "figures.csv")}
    seized = rows[("guardia-civil.seized-items", "1")]
    assert (seized["qualifier"], seized["qualifier_meaning"], seized["interval"]) == ("more than", "more than",
                                                                                     "(20,000, ∞)")
    assert (seized["interval_low"], seized["interval_low_open"], seized["interval_high"]) == ("20000", "true", "INF")
    countries = rows[("guardia-civil.countries", "1")]
    assert countries["findings"].startswith("C002 (accepted: The article says the raids were in 12 countries")
    assert countries["items"].split("; ")[:2] == ["Spain", "France"]
    assert countries["source_title"] == "Police arrest 500 in international child porno ring"
    assert (countries["source_publisher"], countries["source_path"]) == ("", "seeds/001_bd6f31f2d23fb066.txt")


def test_export_is_byte_identical_across_runs_warm_or_cold(project: Path, out: Path, capsys) -> None:
    """The first run filled .validate_cache/; a warm run (thin cached copies of the claims
    files) and a run without the cache write the same bytes."""
    assert (project / ".validate_cache").is_dir()
    assert main(["claims/", "--export", "warm"]) == 0
    assert main(["claims/", "--export", "cold", "--no-cache"]) == 0
    for name in FILES:
        assert (project / "warm" / name).read_bytes() == (out / name).read_bytes(), name
        assert (project / "cold" / name).read_bytes() == (out / name).read_bytes(), name


def test_files_are_utf8_with_a_header_and_unix_line_ends(out: Path) -> None:
    for name in ("figures.csv", "events.csv"):
        raw = (out / name).read_bytes()
        raw.decode("utf-8")
        assert b"\r\n" not in raw and raw.endswith(b"\n")
    assert "∞" in (out / "figures.csv").read_text(encoding="utf-8")
