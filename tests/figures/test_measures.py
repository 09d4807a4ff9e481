"""The measures vocabulary: loading, claim words, suggestions and source cues."""

from __future__ import annotations

import dataclasses
from importlib.resources import files
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.figures import measures
from validator.figures.measures import (
    Measure,
    cue_measure,
    cue_pattern,
    find_cues,
    measure_for_cue,
    measure_for_word,
    nearest_measure,
    vocabulary,
)

PACKAGE_YAML = Path(str(files("validator") / "data" / "measures.yaml"))


_CACHED = (measures.vocabulary, measures._word_index, measures._cue_table, measures._noun_index)


def _clear_caches() -> None:
    for fn in _CACHED:
        fn.cache_clear()


@pytest.fixture
def fresh_caches():
    _clear_caches()
    yield
    _clear_caches()


def _raw_yaml() -> dict:
    return yaml.safe_load(PACKAGE_YAML.read_text(encoding="utf-8"))["measures"]


# -- loading -------------------------------------------------------------------------


def test_vocabulary_has_every_measure_in_file_order():
    assert list(vocabulary()) == list(_raw_yaml())


def test_vocabulary_is_cached():
    assert vocabulary() is vocabulary()


def test_measures_are_frozen_with_tuples():
    arrests = vocabulary()["arrests"]
    assert isinstance(arrests, Measure)
    assert arrests.name == "arrests" and arrests.kind == "count"
    assert isinstance(arrests.words, tuple) and isinstance(arrests.cues, tuple)
    assert "people arrested" in arrests.words
    assert "taken into custody" in arrests.cues
    with pytest.raises(dataclasses.FrozenInstanceError):
        arrests.name = "x"  # type: ignore[misc]


def test_kinds():
    kinds = {m.name: m.kind for m in vocabulary().values()}
    assert set(kinds.values()) <= {"count", "duration"}
    assert kinds["years"] == kinds["months"] == kinds["weeks"] == kinds["days"] == "duration"
    assert kinds["countries"] == "count"


def test_read_from_the_package_not_the_current_directory(tmp_path, monkeypatch, fresh_caches):
    decoy = tmp_path / "validator" / "data"
    decoy.mkdir(parents=True)
    (decoy / "measures.yaml").write_text(
        "measures:\n  decoys:\n    kind: count\n    words: [decoys]\n    cues: [decoys]\n"
    )
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "measures.yaml").write_text((decoy / "measures.yaml").read_text())
    monkeypatch.chdir(tmp_path)
    vocab = vocabulary()
    assert "decoys" not in vocab
    assert list(vocab) == list(_raw_yaml())
    assert measure_for_word("arrested") == "arrests"
    assert measure_for_word("decoys") is None


@pytest.mark.parametrize(
    "text, error",
    [
        ("nothing: here\n", "top-level 'measures'"),
        ("measures:\n  Bad Name:\n    kind: count\n", "bad measure name"),
        ("measures:\n  things:\n    kind: weight\n", "kind"),
        ("measures:\n  things:\n    kind: count\n    words: things\n", "list of non-empty"),
        ("measures:\n  things:\n    kind: count\n    words: ['']\n", "list of non-empty"),
    ],
)
def test_parse_rejects_bad_files(text, error):
    with pytest.raises(ValueError, match=error):
        measures._parse(text)


@pytest.mark.parametrize("key, index", [("words", "_word_index"), ("nouns", "_noun_index"),
                                        ("cues", "_cue_table")])
def test_phrases_must_be_unique_across_measures(monkeypatch, fresh_caches, key, index):
    twice = (
        "measures:\n"
        f"  a:\n    kind: count\n    {key}: [things]\n"
        f"  b:\n    kind: count\n    {key}: [things]\n"
    )
    monkeypatch.setattr(measures, "vocabulary", lambda: measures._parse(twice))
    with pytest.raises(ValueError, match="belongs to both"):
        getattr(measures, index)()


# -- claim words -----------------------------------------------------------------------


def test_every_listed_word_names_its_measure():
    for measure in vocabulary().values():
        for word in measure.words:
            assert measure_for_word(word) == measure.name, word


def test_measure_names_are_accepted_with_underscore_or_space():
    for name in vocabulary():
        assert measure_for_word(name) == name
        assert measure_for_word(name.replace("_", " ")) == name
    assert measure_for_word("member_countries") == "member_countries"
    assert measure_for_word("hard drives") == "hard_drives"


@pytest.mark.parametrize(
    "phrase, measure",
    [
        ("Arrests", "arrests"),
        ("ARRESTED", "arrests"),
        ("  people   arrested ", "arrests"),
        ("Police Officers", "officers"),
        ("seized items", "seized_items"),
        ("items seized", "seized_items"),
        ("CDs and DVDs", "discs"),
        ("member states", "member_countries"),
        ("year jail sentence", "years"),
        ("countries", "countries"),
        ("country", "countries"),
        ("nations", "countries"),
        # singular of a listed plural
        ("victim", "victims"),
        ("search", "searches"),
        ("image", "images"),
        ("year", "years"),
    ],
)
def test_measure_for_word(phrase, measure):
    assert measure_for_word(phrase) == measure


@pytest.mark.parametrize("phrase", ["", "   ", "arests", "Spain", "the arrests", "s"])
def test_measure_for_word_unknown(phrase):
    assert measure_for_word(phrase) is None


def test_words_are_longest_first_and_cover_names():
    words = measures.words()
    assert list(words) == sorted(words, key=lambda w: (-len(w), w))
    assert "member countries" in words and "arrests" in words


@pytest.mark.parametrize(
    "typo, suggestion",
    [
        ("arests", "arrests"),
        ("Arrestss", "arrests"),
        ("contries", "countries"),
        ("suspcts", "suspects"),
        ("polise", "police"),
        ("victms", "victims"),
        ("seized itmes", "seized items"),
    ],
)
def test_nearest_measure(typo, suggestion):
    assert nearest_measure(typo) == suggestion
    assert measure_for_word(suggestion) is not None


@pytest.mark.parametrize("word", ["", "xyzzy", "Spain", "qqqqqqqqqqqqqqq"])
def test_nearest_measure_none_when_nothing_close(word):
    assert nearest_measure(word) is None


# -- source cues -----------------------------------------------------------------------


def _cues(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.measure) for c in find_cues(text)]


def test_cue_pattern_is_compiled_once():
    assert cue_pattern() is cue_pattern()


def test_cues_are_event_words_and_tell_their_measure():
    text = (
        "Police said two of those held allegedly used their own children, and that a "
        "further 96 people were being investigated; 347 hard drives, 1,186 CDs and DVDs "
        "and 36 laptops were seized."
    )
    assert _cues(text) == [
        ("held", "arrests"),
        ("being investigated", "suspects"),
        ("seized", "seized_items"),
    ]


@pytest.mark.parametrize(
    "noun, measure",
    [
        ("clips", "videos"), ("clip", "videos"), ("films", "videos"),
        ("investigators", "officers"), ("detective", "officers"), ("agents", "officers"),
        ("police", "officers"), ("individuals", "people"), ("women", "people"),
        ("nationals", "people"), ("phones", "phones"), ("mobile phones", "phones"),
        ("computers", "computers"), ("devices", "devices"), ("hard drives", "hard_drives"), ("hard drive", "hard_drives"),
        ("CDs", "discs"), ("Laptop", "laptops"), ("victim", "victims"), ("raids", "searches"),
        ("detainees", "arrests"), ("photographs", "images"), ("suspect", "suspects"),
    ],
)
def test_nouns_name_the_measure_they_count(noun, measure):
    assert measures.noun_measure(noun) == measure


@pytest.mark.parametrize("word", ["arrested", "seized", "dolphins", "part", "Spain", ""])
def test_words_that_are_no_listed_noun(word):
    assert measures.noun_measure(word) is None


def test_cues_longest_first():
    assert _cues("taken into custody") == [("taken into custody", "arrests")]
    assert _cues("taken\n into  custody") == [("taken\n into  custody", "arrests")]
    assert _cues("under investigation") == [("under investigation", "suspects")]


def test_cues_whole_words_only():
    assert _cues("misarrested heldout seizedx") == []
    assert _cues("ARRESTED.") == [("ARRESTED", "arrests")]
    assert _cues("(arrests)") == [("arrests", "arrests")]


def test_cue_measure_on_pattern_match():
    m = cue_pattern().search("38 suspects were arrested")
    assert m is not None and cue_measure(m) == "arrests"


def test_measure_for_cue():
    assert measure_for_cue("Detained") == "arrests"
    assert measure_for_cue("safeguarded") == "victims"
    assert measure_for_cue("apples") is None
    assert measure_for_cue("") is None


def test_every_cue_is_found_with_its_measure():
    for measure in vocabulary().values():
        for cue in measure.cues:
            assert _cues(f"x {cue} y") == [(cue, measure.name)], cue


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_find_cues_never_raises_and_spans_are_valid(text):
    found = find_cues(text)
    last = 0
    for cue in found:
        assert last <= cue.start < cue.end <= len(text)
        assert text[cue.start : cue.end] == cue.text
        assert cue.measure in vocabulary()
        last = cue.end


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(measures._word_index())), st.data())
def test_any_casing_and_spacing_of_a_word_resolves(word, data):
    cased = "".join(
        ch.upper() if data.draw(st.booleans()) else ch for ch in word
    ).replace(" ", data.draw(st.sampled_from([" ", "  ", "\t", " \n "])))
    assert measure_for_word(cased) == measures._word_index()[word]
