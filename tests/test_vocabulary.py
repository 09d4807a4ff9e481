"""The project's own vocabulary (measures.yaml at the root), --list-measures, S005's
suggestions, and the wider built-in vocabulary."""

from __future__ import annotations

import functools
import json
import multiprocessing
import re
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import jsonschema
import pytest
import yaml

from tests.helpers import small_repo

from validator import workers
from validator.cli import main
from validator.engine import Options, run
from validator.figures import measures
from validator.figures.attribution import evidence
from validator.figures.claimtext import read_claim
from validator.figures.measures import near_spelling, nearest_measure
from validator.results_cache import CACHE_DIR, entry_key
from validator.schema import render_measures

ROOT = Path(__file__).resolve().parent.parent
SOURCE = """\
Colombian police dismantle drug labs

Colombian police dismantled 24 drug labs in the south of the country and seized 18 teak saplings.
"""
CLAIMS = """\
source:
  path: seeds/labs.txt
claims:
  - id: labs.labs
    claim: 24 labs
    quote: dismantled 24 drug labs
  - id: labs.saplings
    claim: 18 saplings
    quote: seized 18 teak saplings
"""
LABS = """\
measures:
  labs:
    kind: count
    words: [labs, drug labs]
    nouns: [labs, lab]
"""
TUSKS = """\
# yaml-language-server: $schema=../schemas/measures.schema.json
measures:
  saplings:
    kind: count
    words: [saplings, teak saplings]
    nouns: [saplings, sapling]
  victims:
    words: [kids rescued]
"""


@pytest.fixture(autouse=True)
def builtin_vocabulary():
    """Every test starts and ends with the built-in vocabulary installed."""
    measures.install(None)
    yield
    measures.install(None)


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch) -> Path:
    small_repo(tmp_path, {"seeds/labs.txt": SOURCE, "claims/labs.yaml": CLAIMS})
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _line(listing: str, name: str) -> str:
    (line,) = [row for row in listing.splitlines() if row.split()[0] == name]
    return line


# -- the acceptance case ---------------------------------------------------------------------


def test_a_root_measures_yaml_adding_labs_lets_24_labs_pass(repo: Path, capsys) -> None:
    (repo / "measures.yaml").write_text(LABS + TUSKS.split("measures:\n", 1)[1], encoding="utf-8")
    status, out, err = _run(capsys)
    assert (status, err) == (0, ""), out
    assert "0 errors" in out
    status, listing, _ = _run(capsys, "--list-measures")
    assert status == 0
    assert re.fullmatch(r"labs +count +built-in \+ measures\.yaml +labs, laboratories, drug labs",
                        _line(listing, "labs"))
    assert re.fullmatch(r"saplings +count +measures\.yaml +saplings, teak saplings", _line(listing, "saplings"))


def test_a_new_measure_fails_without_the_file_and_passes_with_it(repo: Path, capsys) -> None:
    status, out, _ = _run(capsys, "--no-cache")
    assert status == 1
    assert ("S005 error: unknown measure 'saplings'; to count 'saplings', add it to measures.yaml at the "
            "repository root (see `validate --list-measures`)") in out
    (repo / "measures.yaml").write_text(TUSKS, encoding="utf-8")
    status, out, _ = _run(capsys, "--no-cache")
    assert status == 0, out


def test_the_configuration_may_name_another_file(repo: Path, capsys) -> None:
    (repo / "config").mkdir()
    (repo / "config" / "terms.yaml").write_text(TUSKS, encoding="utf-8")
    (repo / "pyproject.toml").write_text('[tool.validate]\nmeasures = "config/terms.yaml"\n', encoding="utf-8")
    assert _run(capsys)[0] == 0
    status, listing, _ = _run(capsys, "--list-measures")
    assert "config/terms.yaml" in _line(listing, "saplings")
    status, out, _ = _run(capsys, "--show-config")
    assert 'measures = "config/terms.yaml"' in out
    (repo / "pyproject.toml").write_text('[tool.validate]\nmeasures = "config/missing.yaml"\n', encoding="utf-8")
    status, out, err = _run(capsys)
    assert status == 2 and err == ("validate: config/missing.yaml: no such file (the vocabulary the "
                                   "configuration's 'measures' names)\n")


# -- --list-measures --------------------------------------------------------------------------


def test_list_measures_is_the_merged_vocabulary_one_line_per_measure(repo: Path, capsys) -> None:
    status, builtin_only, _ = _run(capsys, "--list-measures")
    assert status == 0
    assert len(builtin_only.splitlines()) == len(measures.builtin())
    assert all(" built-in " in line for line in builtin_only.splitlines())
    assert re.fullmatch(r"arrests +count +built-in +arrests, arrest, arrested, people arrested, detained, "
                        r"detentions", _line(builtin_only, "arrests"))
    assert re.fullmatch(r"years +duration +built-in +years, year sentence, year jail sentence",
                        _line(builtin_only, "years"))
    (repo / "measures.yaml").write_text(TUSKS, encoding="utf-8")
    status, listing, _ = _run(capsys, "--list-measures")
    lines = listing.splitlines()
    assert len(lines) == len(measures.builtin()) + 1
    assert lines[:-1] != builtin_only.splitlines()  # victims is now marked
    assert lines[-1].split()[:3] == ["saplings", "count", "measures.yaml"]
    assert _line(listing, "victims").split()[2:5] == ["built-in", "+", "measures.yaml"]
    assert _line(listing, "victims").endswith("; measures.yaml adds: kids rescued")
    assert _run(capsys, "--list-measures")[1] == listing  # deterministic


# -- a broken vocabulary: one line naming the line, exit 2 ------------------------------------

BROKEN = [
    ("measures:\n  saplings: [\n", 3, "YAML syntax error"),
    ("measures:\n  saplings:\n    kind: count\n  saplings:\n    kind: count\n", 4, "duplicate key 'saplings' (first at line 2)"),
    ("measure:\n  saplings:\n    kind: count\n", 1, "expected a top-level 'measures' mapping"),
    ("measures:\n  saplings:\n    kind: count\n    colour: grey\n", 4,
     "measure 'saplings' has an unknown key 'colour' (known: kind, words, nouns, cues, es)"),
    ("measures:\n  Tusks:\n    kind: count\n", 2, "bad measure name 'Tusks'"),
    ("measures:\n  saplings:\n    kind: weight\n", 3, "measure 'saplings' has kind 'weight', not one of count, duration"),
    ("measures:\n  saplings:\n    kind: count\n    words: saplings\n", 4, "saplings.words must be a list of non-empty strings"),
    ("measures:\n  saplings:\n    kind: count\n    nouns: [saplings, '']\n", 4, "saplings.nouns must be a list of non-empty strings"),
    ("measures:\n  saplings:\n    words: [saplings]\n", 2, "measure 'saplings' is new: give its kind (count, duration)"),
    ("measures:\n  victims:\n    kind:\n", 3, "measure 'victims' has kind None, not one of count, duration"),
    ("measures:\n  victims:\n    words:\n", 3, "victims.words must be a list of non-empty strings"),
    ("measures:\n  victims:\n    kind: duration\n", 3, "measure 'victims' is built in with kind 'count', not 'duration'"),
    ("measures:\n  saplings:\n    kind: count\n    words:\n      - saplings\n      - raids\n", 6,
     "word 'raids' belongs to both 'searches' and 'saplings'; a word names one measure"),
    ("measures:\n  saplings:\n    kind: count\n    nouns: [saplings, clips]\n", 4, "noun 'clips' belongs to both 'videos' and 'saplings'"),
    ("measures:\n  saplings:\n    kind: count\n    cues: [poached, seized]\n", 4, "cue 'seized' belongs to both 'seized_items' and 'saplings'"),
    ("measures:\n  raids:\n    kind: count\n", 2, "word 'raids' belongs to both 'searches' and 'raids'"),
    ("measures:\n  saplings:\n    kind: count\n    words: [victim]\n", 4, "word 'victim' already names 'victims'"),
]


@pytest.mark.parametrize("text, line, message", BROKEN, ids=[b[2][:30] for b in BROKEN])
@pytest.mark.parametrize("args", [(), ("--list-measures",)], ids=["check", "list"])
def test_a_broken_vocabulary_is_a_usage_error_naming_the_line(repo: Path, capsys, text, line, message, args) -> None:
    (repo / "measures.yaml").write_text(text, encoding="utf-8")
    status, out, err = _run(capsys, *args)
    assert status == 2 and out == ""
    assert err.startswith(f"validate: measures.yaml:{line}: {message}"), err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_broken_vocabulary_stops_the_engine_too(repo: Path) -> None:
    from validator.errors import UsageError

    (repo / "measures.yaml").write_text("measures:\n  saplings:\n    words: [saplings]\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"^measures\.yaml:2: "):
        run(Options(paths=("claims/",), root=Path("."), use_cache=False))


def test_an_empty_vocabulary_file_adds_nothing(repo: Path, capsys) -> None:
    (repo / "measures.yaml").write_text("# nothing yet\n", encoding="utf-8")
    status, listing, _ = _run(capsys, "--list-measures")
    assert status == 0 and len(listing.splitlines()) == len(measures.builtin())


# -- the results cache and the worker processes -----------------------------------------------


def _entries(repo: Path) -> set[str]:
    return {p.name for p in (repo / CACHE_DIR).rglob("*") if p.is_file() and len(p.name) == 64}


def test_a_changed_vocabulary_rechecks_everything(repo: Path, capsys) -> None:
    (repo / "measures.yaml").write_text(TUSKS, encoding="utf-8")
    assert _run(capsys)[0] == 0
    first = _entries(repo)
    assert _run(capsys)[0] == 0 and _entries(repo) == first  # warm: nothing new
    (repo / "measures.yaml").write_text(TUSKS.replace("saplings", "seedlings"), encoding="utf-8")
    status, out, _ = _run(capsys)
    assert status == 1 and "unknown measure 'saplings'" in out, out
    assert _entries(repo) - first
    (repo / "measures.yaml").unlink()
    assert _run(capsys)[0] == 1


def test_the_vocabulary_is_part_of_the_cache_key(tmp_path: Path) -> None:
    builtin_key = entry_key("a.yaml", b"x", "-", 0.1)
    (tmp_path / "m.yaml").write_text(TUSKS, encoding="utf-8")
    measures.install(measures.load_project(tmp_path / "m.yaml", "measures.yaml"))
    project_key = entry_key("a.yaml", b"x", "-", 0.1)
    measures.install(measures.parse_project(TUSKS.replace("teak saplings", "saplings of teak")))
    assert len({builtin_key, project_key, entry_key("a.yaml", b"x", "-", 0.1)}) == 3
    measures.install(None)
    assert entry_key("a.yaml", b"x", "-", 0.1) == builtin_key


def test_worker_processes_read_with_the_runs_vocabulary(repo: Path, capsys, monkeypatch) -> None:
    # Workers started afresh ("spawn") share nothing with this process but what they are given.
    for i in range(3):
        (repo / "claims" / f"copy{i}.yaml").write_text(CLAIMS.replace("id: labs.", f"id: labs{i}."), encoding="utf-8")
    (repo / "measures.yaml").write_text(TUSKS, encoding="utf-8")
    spawned = functools.partial(ProcessPoolExecutor, mp_context=multiprocessing.get_context("spawn"))
    monkeypatch.setattr(workers, "ProcessPoolExecutor", spawned)
    monkeypatch.setattr(workers, "PARALLEL_FROM", 2)
    status, out, _ = _run(capsys, "--format", "json")
    assert status == 0, out
    assert json.loads(out)["summary"]["claims"] == 8


def test_installing_a_vocabulary_clears_what_was_read_under_another() -> None:
    text = "Rangers found 18 teak saplings."
    before = [e for e in evidence(text) if e.number.value == 18]
    assert "saplings" not in before[0].measures and before[0].noun == "saplings"
    assert measures.install(measures.parse_project(TUSKS)) is True
    assert measures.install(measures.parse_project(TUSKS)) is False  # the same file: nothing to clear
    after = [e for e in evidence(text) if e.number.value == 18]
    assert "saplings" in after[0].measures
    assert read_claim("18 saplings")[0].measure == "saplings"
    assert read_claim("3 kids rescued")[0].measure == "victims"
    measures.install(None)
    assert "saplings" not in [e for e in evidence(text) if e.number.value == 18][0].measures


# -- the schema -------------------------------------------------------------------------------

SCHEMA = jsonschema.Draft202012Validator(json.loads(render_measures()))


def test_the_schema_is_draft_2020_12_and_the_builtin_file_conforms() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA.schema)
    builtin = yaml.safe_load((ROOT / "validator" / "data" / "measures.yaml").read_text(encoding="utf-8"))
    SCHEMA.validate(builtin)
    assert set(SCHEMA.schema["$defs"]["Measure"]["properties"]["kind"]["enum"]) == set(measures.KINDS)


@pytest.mark.parametrize("text, line, message", [b for b in BROKEN if b[1] and "belongs" not in b[2]
                                                 and "already" not in b[2] and "YAML" not in b[2]
                                                 and "duplicate" not in b[2] and "new:" not in b[2]
                                                 and "built in" not in b[2]])
def test_what_the_schema_rejects_the_reader_rejects(text, line, message) -> None:
    assert not SCHEMA.is_valid(yaml.safe_load(text))
    with pytest.raises(measures.VocabularyError):
        measures.parse_project(text)


@pytest.mark.parametrize("text", [TUSKS, LABS, "measures:\n", "measures: {}\n",
                                  "measures:\n  victims:\n", "measures:\n  a_1:\n    kind: duration\n    nouns: [x]\n"])
def test_what_the_schema_accepts_the_reader_accepts(text) -> None:
    SCHEMA.validate(yaml.safe_load(text))
    measures.parse_project(text)


def test_the_readme_example_is_a_valid_vocabulary() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Your own vocabulary", 1)[1]
    example = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    SCHEMA.validate(yaml.safe_load(example))
    assert set(measures.parse_project(example).declared) == {"saplings", "victims"}


# -- S005: near spellings only, and how to add a word ------------------------------------------


@pytest.mark.parametrize("typo, word", [("arests", "arrests"), ("contries", "countries"), ("Arrestss", "arrests"),
                                        ("polise", "police"), ("seized itmes", "seized items"),
                                        ("investigatons", "investigations"), ("firarms", "firearms")])
def test_a_near_spelling_is_suggested(typo: str, word: str) -> None:
    assert nearest_measure(typo) == word


@pytest.mark.parametrize("word, wrong", [("investigations", "investigated"), ("litres", "items"),
                                         ("conversations", "nations")])
def test_a_word_that_only_looks_alike_is_never_suggested(word: str, wrong: str) -> None:
    assert near_spelling(word, [wrong]) is None
    assert nearest_measure(word) in (None, word)  # "investigations" is a measure of its own now
    assert near_spelling(word, [wrong, word]) == word


def test_the_s005_message_says_how_to_add_the_word(repo: Path, capsys) -> None:
    (repo / "claims" / "labs.yaml").write_text(CLAIMS.replace("18 saplings", "18 conversations").replace(
        "24 labs", "24 arests"), encoding="utf-8")
    (repo / "measures.yaml").write_text(LABS, encoding="utf-8")
    status, out, _ = _run(capsys, "--no-cache")
    assert status == 1
    assert ("S005 error: unknown measure 'arests'; did you mean 'arrests'? Or, to count 'arests', add it to "
            "measures.yaml (see `validate --list-measures`)") in out
    assert ("S005 error: unknown measure 'conversations'; to count 'conversations', add it to measures.yaml "
            "(see `validate --list-measures`)") in out


# -- the wider built-in vocabulary ------------------------------------------------------------


@pytest.mark.parametrize("sentence, number, counted", [
    ("Police dismantled 24 drug labs.", "24", {"labs"}),
    ("Officers seized 38 assault rifles and 90,000 cartridges.", "38", {"firearms"}),
    ("Officers seized 38 assault rifles and 90,000 cartridges.", "90,000", {"ammunition"}),
    ("Four knives were found.", "Four", {"weapons"}),
    ("Investigators froze 54 bank accounts.", "54", {"bank_accounts"}),
    ("The platform had 47 accounts.", "47", {"accounts"}),
    ("Agents took down 52 servers and 2,100 domains.", "52", {"servers"}),
    ("Agents took down 52 servers and 2,100 domains.", "2,100", {"domains"}),
    ("The site listed 14 websites with 3,000 users.", "3,000", {"users"}),
    ("Police impounded 48 vehicles and 150 high-value cars.", "48", {"vehicles"}),
    ("Police impounded 48 vehicles and 150 high-value cars.", "150", {"vehicles"}),
    ("The unit handled 140 cases.", "140", {"cases"}),
    ("Prosecutors opened 12 investigations.", "12", {"investigations"}),
    ("The court recorded 9 convictions.", "9", {"convictions"}),
    ("The gang made 3,000 calls a day.", "3,000", {"calls"}),
    ("Customs seized 300 cocaine bricks.", "300", {"cocaine"}),
    ("Police found 7,000 cannabis plants.", "7,000", {"cannabis"}),
    ("Police found 600,000 counterfeit pills.", "600,000", {"pills"}),
    ("The trial lasted 80 hours.", "80", {"hours"}),
    # persons keep their events
    ("Six children were rescued.", "Six", {"victims", "people"}),
    ("Twelve fugitives were arrested.", "Twelve", {"arrests", "suspects", "people"}),
])
def test_the_wider_vocabulary_names_what_a_number_counts(sentence: str, number: str, counted: set) -> None:
    # An event may add its own measure ("seized 38 assault rifles" also counts seized items).
    found = [e for e in evidence(sentence) if sentence[e.number.start:e.number.end] == number]
    assert found and counted <= found[0].measures, [(e.number, e.measures, e.reason) for e in found]


@pytest.mark.parametrize("word, measure", [
    ("cocaine", "cocaine"), ("heroin", "heroin"), ("cannabis", "cannabis"), ("marijuana", "cannabis"),
    ("methamphetamine", "methamphetamine"), ("fentanyl", "fentanyl"), ("precursor chemicals", "precursor_chemicals"),
    ("labs", "labs"), ("cash", "cash"), ("assets", "assets"), ("firearms", "firearms"), ("guns", "firearms"),
    ("weapons", "weapons"), ("vehicles", "vehicles"), ("bank accounts", "bank_accounts"), ("accounts", "accounts"),
    ("websites", "websites"), ("domains", "domains"), ("servers", "servers"), ("users", "users"),
    ("calls", "calls"), ("cases", "cases"), ("investigations", "investigations"), ("charges", "offences"),
    ("convictions", "convictions"), ("fugitives", "suspects"), ("children", "people"), ("hours", "hours"),
])
def test_the_wider_vocabulary_has_claim_words_for_the_field(word: str, measure: str) -> None:
    assert measures.measure_for_word(word) == measure
    assert read_claim(f"12 {word}")[0].measure == measure
