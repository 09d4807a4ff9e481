"""Quote matching: exact, normalised (Q003), missing (Q002) with the nearest passage."""

from __future__ import annotations

import re

from hypothesis import assume, given
from hypothesis import strategies as st

from tests.helpers import SEEDS as SEED_FOLDER
from validator.quotes import MatchKind, fold, match_quote
from validator.sources import make_source

SEEDS = sorted(SEED_FOLDER.glob("*.txt"))
SOURCES = [make_source(p.name, p.read_bytes()) for p in SEEDS]
PERTURB = {"'": "\u2019", "\u2019": "'", '"': "\u201d", "-": "\u2013", "\u2013": "-", " ": "  "}


@st.composite
def passages(draw, with_digit: bool = False):
    """A run of whole words from one line of a seed, with its true offset."""
    source = draw(st.sampled_from(SOURCES))
    words = [m for m in re.finditer(r"\S+", source.text)]
    starts = [i for i, w in enumerate(words) if not with_digit or any(c.isdigit() for c in w.group())]
    first = draw(st.sampled_from(starts))
    line_end = source.line_range(words[first].start())[1]
    last = first
    limit = draw(st.integers(2, 12))
    while last + 1 < len(words) and last - first + 1 < limit and words[last + 1].end() <= line_end:
        last += 1
    start, end = words[first].start(), words[last].end()
    return source, start, source.text[start:end]


@given(passages())
def test_a_passage_on_word_boundaries_is_found_at_its_true_offset(drawn) -> None:
    source, start, quote = drawn
    match = match_quote(source, quote)
    assert match.kind is MatchKind.EXACT
    assert start in match.occurrences
    assert source.text[match.start:match.end] == quote


@given(passages(), st.data())
def test_typography_perturbed_passage_is_normalised_never_missing(drawn, data) -> None:
    source, start, quote = drawn
    spots = [i for i, ch in enumerate(quote) if ch in PERTURB]
    assume(spots)
    chosen = data.draw(st.sets(st.sampled_from(spots), min_size=1))
    changed = "".join(PERTURB[ch] if i in chosen else ch for i, ch in enumerate(quote))
    match = match_quote(source, changed)
    assert match.kind in (MatchKind.NORMALISED, MatchKind.EXACT)
    assert match.kind is not MatchKind.MISSING
    if match.kind is MatchKind.NORMALISED:
        assert start in match.occurrences


@given(passages(with_digit=True), st.data())
def test_one_digit_changed_is_missing(drawn, data) -> None:
    source, _, quote = drawn
    digits = [i for i, ch in enumerate(quote) if ch.isdigit()]
    assume(digits)
    i = data.draw(st.sampled_from(digits))
    new = data.draw(st.sampled_from([d for d in "0123456789" if d != quote[i]]))
    changed = quote[:i] + new + quote[i + 1:]
    assume(changed not in source.text)
    match = match_quote(source, changed)
    assert match.kind is MatchKind.MISSING
    assert match.spans and match.similarity > 50


def test_missing_quote_points_at_the_passage_it_was_mistyped_from() -> None:
    source = SOURCES[4]
    match = match_quote(source, "Police have arrested 39 suspects in several countries")
    assert match.kind is MatchKind.MISSING
    assert "arrested 38 suspects" in source.text[match.start:match.end]
    assert source.position(match.start)[0] == 10


def test_ellipsis_fragments_must_stay_in_one_paragraph() -> None:
    source = SOURCES[4]
    inside = match_quote(source, "Police have arrested 38 suspects … Latin America")
    across = match_quote(source, "Police have arrested 38 suspects … Local and international authorities")
    assert inside.kind is MatchKind.EXACT and len(inside.spans) == 2
    assert across.kind is MatchKind.MISSING


def test_literal_ellipsis_in_the_source_is_matched_as_text() -> None:
    source = SOURCES[1]
    match = match_quote(source, "in 12 countries across Europe…")
    assert match.kind is MatchKind.EXACT and len(match.spans) == 1


def test_repeated_lead_sentence_has_every_occurrence() -> None:
    match = match_quote(SOURCES[1], "Five hundred people were arrested yesterday")
    lines = [SOURCES[1].position(o)[0] for o in match.occurrences]
    assert lines == [3, 5]


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_fast_fold_agrees_with_the_character_by_character_fold(text) -> None:
    # An ellipsis sends `fold` down its character-by-character path; without one most texts take
    # the fast path. Both must give the same folded text and the same source offsets.
    assume("\u2026" not in text and "\u03a3" not in text)
    fast, slow = fold(text), fold(text + "\u2026")
    assert slow.text == fast.text + "..."
    assert list(slow.origin) == list(fast.origin) + [len(text)] * 3


SPANISH = make_source("es.txt", "El portavoz dijo: «Hemos detenido a 17 personas en Cádiz». "
                                "¿Cuántas víctimas hay? ¡Once!\n".encode("utf-8"))


def test_spanish_typography_is_matched_as_written() -> None:
    for quote in ("«Hemos detenido a 17 personas en Cádiz»", "¿Cuántas víctimas hay?", "¡Once!"):
        assert match_quote(SPANISH, quote).kind is MatchKind.EXACT


def test_guillemets_retyped_as_other_quotation_marks_are_normalised() -> None:
    for quote in ('"Hemos detenido a 17 personas en Cádiz"', "\u201cHemos detenido a 17 personas en Cádiz\u201d"):
        assert match_quote(SPANISH, quote).kind is MatchKind.NORMALISED


def test_a_dropped_accent_is_another_word_not_typography() -> None:
    assert match_quote(SPANISH, "Hemos detenido a 17 personas en Cadiz").kind is MatchKind.MISSING
