"""The claim text reader: grammar, errors with columns, and round-trip properties."""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.figures import measures
from validator.figures.claimtext import ClaimTextError, Figure, UnknownMeasure, read_claim
from validator.figures.places import countries
from validator.figures.qualifiers import QUALIFIERS

SEED_LIST = (
    "Argentina", "Bolivia", "Brazil", "Bulgaria", "Costa Rica", "El Salvador", "Honduras",
    "Italy", "Paraguay", "Portugal", "Spain", "United States",
)


def _shape(figures: tuple[Figure, ...]) -> list[tuple]:
    return [(f.value, f.measure, f.qualifier, f.place, f.items, f.vague) for f in figures]


def _spans(text: str, figures: tuple[Figure, ...]) -> list[str]:
    return [text[f.start : f.end] for f in figures]


# -- the grammar -------------------------------------------------------------------------

EXAMPLES = [
    ("38 arrests, 18 countries",
     [(38, "arrests", None, None, (), False), (18, "countries", None, None, (), False)]),
    ("more than 800 officers", [(800, "officers", "more than", None, (), False)]),
    ("17 arrests in Spain, 6 in Colombia, 4 in Italy, 2 in Germany",
     [(17, "arrests", None, "Spain", (), False), (6, "arrests", None, "Colombia", (), False),
      (4, "arrests", None, "Italy", (), False), (2, "arrests", None, "Germany", (), False)]),
    ("20 arrests in 12 countries: " + ", ".join(SEED_LIST),
     [(20, "arrests", None, None, (), False), (12, "countries", None, None, SEED_LIST, False)]),
    ("about 38 countries", [(38, "countries", "about", None, (), False)]),
    ("more than 20,000 seized items", [(20000, "seized_items", "more than", None, (), False)]),
    ("1,186 discs", [(1186, "discs", None, None, (), False)]),
    ("1,186 CDs and DVDs", [(1186, "discs", None, None, (), False)]),
    ("1,200 arrests in Spain", [(1200, "arrests", None, "Spain", (), False)]),
    ("two years", [(2, "years", None, None, (), False)]),
    ("68 suspects in 28 countries",
     [(68, "suspects", None, None, (), False), (28, "countries", None, None, (), False)]),
    ("Millions of images", [(2_000_000, "images", None, None, (), True)]),
    ("hundreds of devices", [(200, "devices", None, None, (), True)]),
    ("dozens of arrests", [(24, "arrests", None, None, (), True)]),
    ("thousands of files", [(2000, "files", None, None, (), True)]),
    ("more than 2,00,000 videos", [(200_000, "videos", "more than", None, (), False)]),
    ("20 000 videos", [(20_000, "videos", None, None, (), False)]),
    ("121 people arrested", [(121, "arrests", None, None, (), False)]),
    ("347 hard drives, 36 laptops",
     [(347, "hard_drives", None, None, (), False), (36, "laptops", None, None, (), False)]),
    ("186 member countries", [(186, "member_countries", None, None, (), False)]),
    ("25-year jail sentence", [(25, "years", None, None, (), False)]),
    ("seven days", [(7, "days", None, None, (), False)]),
    ("approximately 38 countries", [(38, "countries", "about", None, (), False)]),
    ("19 arrests in Spain, 500 arrests in 12 countries",
     [(19, "arrests", None, "Spain", (), False), (500, "arrests", None, None, (), False),
      (12, "countries", None, None, (), False)]),
    ("38 suspects in 18 countries: Spain, Colombia, Italy and Germany",
     [(38, "suspects", None, None, (), False),
      (18, "countries", None, None, ("Spain", "Colombia", "Italy", "Germany"), False)]),
    ("12 countries: Spain, Sweden, the Netherlands, the US, and the Dominican Republic.",
     [(12, "countries", None, None,
       ("Spain", "Sweden", "Netherlands", "United States", "Dominican Republic"), False)]),
]


@pytest.mark.parametrize("text, expected", EXAMPLES)
def test_examples(text, expected):
    assert _shape(read_claim(text)) == expected


def test_spans_and_measure_text():
    text = "17 arrests in Spain, 6 in Colombia, 4 in Italy and 2 in Germany"
    figures = read_claim(text)
    assert _spans(text, figures) == [
        "17 arrests in Spain", "6 in Colombia", "4 in Italy", "2 in Germany",
    ]
    assert [f.measure_text for f in figures] == ["arrests", None, None, None]

    text = "20 arrests in 12 countries: Argentina, Bolivia, United States."
    figures = read_claim(text)
    assert _spans(text, figures) == [
        "20 arrests", "12 countries: Argentina, Bolivia, United States",
    ]
    assert [f.measure_text for f in figures] == ["arrests", "countries"]

    text = "  More than 800 Police Officers "
    (figure,) = read_claim(text)
    assert _spans(text, (figure,)) == ["More than 800 Police Officers"]
    assert figure.measure_text == "Police Officers" and figure.measure == "officers"


def test_figure_is_immutable():
    (figure,) = read_claim("38 arrests")
    assert not hasattr(figure, "__dict__")
    with pytest.raises(AttributeError):
        figure.value = 3  # type: ignore[misc]
    assert isinstance(figure.value, float)
    assert figure == Figure(38.0, "arrests", start=0, end=10, measure_text="arrests")


@pytest.mark.parametrize(
    "phrase, canonical",
    [
        ("about", "about"), ("approximately", "about"), ("around", "about"), ("some", "about"),
        ("roughly", "about"), ("nearly", "almost"), ("almost", "almost"),
        ("more than", "more than"), ("over", "more than"), ("at least", "at least"),
        ("up to", "at most"), ("at most", "at most"), ("as many as", "at most"),
        ("fewer than", "less than"), ("less than", "less than"),
        ("just over", "more than"), ("no fewer than", "at least"), ("exactly", None),
        ("a total of", None),
    ],
)
def test_qualifiers(phrase, canonical):
    (figure,) = read_claim(f"{phrase} 38 countries")
    assert figure.qualifier == canonical
    (figure,) = read_claim(f"{phrase.upper()} 38 countries")
    assert figure.qualifier == canonical


@pytest.mark.parametrize(
    "number, value",
    [
        ("one", 1), ("Eleven", 11), ("twenty-one", 21), ("twenty one", 21), ("ninety", 90),
        ("one hundred", 100), ("a hundred", 100), ("one hundred and twenty", 120),
        ("five hundred", 500), ("two thousand five hundred", 2500), ("a dozen", 12),
        ("two dozen", 24), ("zero", 0), ("a million", 1_000_000),
        ("38", 38), ("1,186", 1186), ("20,000", 20_000), ("1,234,567", 1_234_567),
        ("2,00,000", 200_000), ("12,34,567", 1_234_567), ("20 000", 20_000),
        ("20\u00a0000", 20_000), ("1.5", 1.5), ("1.5 million", 1_500_000),
        ("5 thousand", 5000), ("2 dozen", 24), ("0", 0),
    ],
)
def test_numbers(number, value):
    (figure,) = read_claim(f"{number} arrests")
    assert figure.value == value and not figure.vague


@pytest.mark.parametrize(
    "vague, value",
    [
        ("dozens", 24), ("Dozens of", 24), ("hundreds", 200), ("hundreds of", 200),
        ("thousands of", 2000), ("Millions of", 2_000_000), ("tens of thousands of", 20_000),
        ("hundreds of thousands of", 200_000), ("tens of millions of", 20_000_000),
        ("several hundred", 200), ("a few thousand", 2000),
    ],
)
def test_vague_numbers(vague, value):
    (figure,) = read_claim(f"{vague} images")
    assert (figure.value, figure.vague, figure.measure) == (value, True, "images")
    (figure,) = read_claim(f"more than {vague} images")
    assert figure.qualifier == "more than" and figure.vague


@pytest.mark.parametrize(
    "text, place, is_region",
    [
        ("12 arrests in Latin America", "Latin America", True),
        ("12 arrests in the Americas", "Americas", True),
        ("12 arrests in Europe", "Europe", True),
        ("12 arrests in the Netherlands", "Netherlands", False),
        ("12 arrests in the US", "United States", False),
        ("12 arrests in the U.S.", "United States", False),
        ("12 arrests in South Korea", "South Korea", False),
        ("12 arrests in Korea", "South Korea", False),
        ("12 arrests in Bosnia and Herzegovina", "Bosnia and Herzegovina", False),
        ("12 arrests in Spain.", "Spain", False),
        ("12 arrests in\nCosta  Rica", "Costa Rica", False),
    ],
)
def test_places(text, place, is_region):
    (figure,) = read_claim(text)
    assert (figure.place, figure.place_is_region) == (place, is_region)


def test_separators():
    expected = [(38, "arrests", None, None, (), False), (18, "countries", None, None, (), False)]
    for text in ("38 arrests, 18 countries", "38 arrests; 18 countries", "38 arrests,18 countries",
                 "38 arrests, and 18 countries", "38 arrests and 18 countries",
                 "38 arrests,\n18 countries"):
        assert _shape(read_claim(text)) == expected, text


def test_grouping_commas_are_not_separators():
    assert _shape(read_claim("1,186 discs, 20,000 items, 2,00,000 videos")) == [
        (1186, "discs", None, None, (), False),
        (20_000, "seized_items", None, None, (), False),
        (200_000, "videos", None, None, (), False),
    ]


def test_measure_carries_over_until_changed():
    figures = read_claim("17 arrests in Spain, 6 in Colombia, 3 countries, 2")
    assert [f.measure for f in figures] == ["arrests", "arrests", "countries", "countries"]


def test_items():
    (figure,) = read_claim("3 countries: Spain, Qwertyvania, Trinidad and Tobago & Italy")
    assert figure.items == ("Spain", "Qwertyvania", "Trinidad and Tobago", "Italy")
    (figure,) = read_claim("2 countries: Spanish; the UK")
    assert figure.items == ("Spain", "United Kingdom")
    (figure,) = read_claim("2 regions: Europe, the Americas")
    assert figure.items == ("Europe", "Americas")
    (figure,) = read_claim("3 devices: laptops, phones, hard drives")
    assert figure.items == ("laptops", "phones", "hard drives")


def test_singular_measure():
    assert read_claim("1 arrest")[0].measure == "arrests"
    assert read_claim("one victim")[0].measure == "victims"
    assert read_claim("1 member_countries")[0].measure == "member_countries"


# -- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, column, message",
    [
        ("", 0, "empty claim"),
        ("   ", 0, "empty claim"),
        ("arrests", 0, "expected a number, found 'arrests'"),
        ("about", 0, "expected a number, found 'about'"),
        ("more than ", 10, "expected a number"),
        ("more than Spain", 10, "expected a number, found 'Spain'"),
        ("38", 2, "expected a measure after the number"),
        ("6 in Colombia", 2, "expected a measure after the number"),
        ("38 arrests, ", 12, "expected a figure after ','"),
        ("38 arrests, Spain", 12, "expected a number, found 'Spain'"),
        ("17 arrests in Qwertyvania", 14, "unknown place 'Qwertyvania'"),
        ("17 arrests in Spain, 3 in Narnia", 26, "unknown place 'Narnia'"),
        ("5,6 arrests", 0, "malformed number '5,6'"),
        ("1,2345 arrests", 0, "malformed number '1,2345'"),
        ("12abc arrests", 0, "malformed number '12abc'"),
        ("38 arrests across Europe", 11, "unexpected 'across Europe'"),
        ("500 arrests in 12 countries across Europe and Latin America", 28,
         "unexpected 'across Europe and Latin America'"),
        ("38 arrests in Spain in 2 weeks", 20, "unexpected 'in 2 weeks'"),
        ("38 arrests (Spain)", 11, "unexpected '(Spain)'"),
        ("38 arrests. 18 countries", 10, "unexpected '. 18 countries'"),
        ("38 arrests in", 13, "expected a place after 'in'"),
        ("38 arrests in , 5", 14, "expected a place after 'in'"),
        ("12 countries: Spain, , Italy", 21, "empty item"),
        ("12 countries: Spain,", 20, "empty item"),
        ("12 countries:", 13, "expected items after ':'"),
        ("12 countries:  ", 15, "expected items after ':'"),
        ("9" * 400 + " arrests", 0, "number too large"),
    ],
)
def test_errors(text, column, message):
    with pytest.raises(ClaimTextError) as caught:
        read_claim(text)
    assert type(caught.value) is ClaimTextError
    assert caught.value.column == column
    assert caught.value.message == message
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    "text, column, word, suggestion",
    [
        ("38 arests", 3, "arests", "arrests"),
        ("38 arrests, 18 contries", 15, "contries", "countries"),
        ("800 police offcers", 4, "police offcers", "police officers"),
        ("17 arests in Spain", 3, "arests", "arrests"),
        ("5 xyzzy", 2, "xyzzy", None),
        ("5 Spain", 2, "Spain", None),
    ],
)
def test_unknown_measure(text, column, word, suggestion):
    with pytest.raises(UnknownMeasure) as caught:
        read_claim(text)
    error = caught.value
    assert (error.column, error.word, error.suggestion) == (column, word, suggestion)
    if suggestion:
        assert error.message == f"unknown measure '{word}'; did you mean '{suggestion}'?"
    else:
        assert error.message == f"unknown measure '{word}'"
    assert isinstance(error, ClaimTextError)


def test_not_a_string():
    with pytest.raises(ClaimTextError):
        read_claim(None)  # type: ignore[arg-type]


def test_reads_package_data_from_any_cwd(tmp_path, monkeypatch):
    for fn in (measures.vocabulary, measures._word_index, measures._cue_table):
        fn.cache_clear()
    monkeypatch.chdir(tmp_path)
    assert _shape(read_claim("38 arrests, 18 countries"))[0][1] == "arrests"


# -- properties ------------------------------------------------------------------------------

QUALIFIER_PHRASES = QUALIFIERS  # every phrase the shared vocabulary knows
MEASURE_WORDS = sorted(measures._word_index())
COUNTRIES = countries()
SMALL_NUMBER_WORDS = {
    1: "one", 2: "two", 3: "three", 7: "seven", 12: "twelve", 15: "fifteen", 20: "twenty",
    21: "twenty-one", 40: "forty", 99: "ninety-nine",
}


def _render_number(value: int, style: str) -> str:
    if style == "comma":
        return f"{value:,}"
    if style == "space":
        return f"{value:,}".replace(",", " ")
    if style == "indian" and value >= 1000:
        head, tail = str(value)[:-3], str(value)[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        return ",".join([head, *groups, tail])
    if style == "words" and value in SMALL_NUMBER_WORDS:
        return SMALL_NUMBER_WORDS[value]
    return str(value)


@st.composite
def claims(draw):
    """A claim text rendered from random figures, with what each figure should read as."""
    count = draw(st.integers(1, 4))
    pieces: list[str] = []
    expected: list[tuple] = []
    previous_measure = None
    for i in range(count):
        value = draw(st.one_of(st.integers(0, 10**9), st.sampled_from(sorted(SMALL_NUMBER_WORDS))))
        style = draw(st.sampled_from(["plain", "comma", "space", "indian", "words"]))
        phrase = draw(st.none() | st.sampled_from(sorted(QUALIFIER_PHRASES)))
        place = draw(st.none() | st.sampled_from(COUNTRIES))
        omit_measure = previous_measure is not None and draw(st.booleans())
        word = None if omit_measure else draw(st.sampled_from(MEASURE_WORDS))
        measure = previous_measure if omit_measure else measures._word_index()[word]
        piece = _render_number(value, style)
        if phrase:
            spelt = draw(st.sampled_from([phrase, phrase.capitalize(), phrase.upper()]))
            piece = f"{spelt} {piece}"
        if word:
            piece += f" {draw(st.sampled_from([word, word.upper(), word.title()]))}"
        if place:
            piece += f" in {place}"
        pieces.append(piece)
        qualifier = QUALIFIER_PHRASES[phrase] if phrase else None
        expected.append((float(value), measure, qualifier, place, ()))
        previous_measure = measure
    items: tuple[str, ...] = ()
    if draw(st.booleans()):
        items = tuple(draw(st.lists(st.sampled_from(COUNTRIES), min_size=1, max_size=5)))
        last = expected[-1]
        expected[-1] = (*last[:4], items)

    text = ""
    spans = []
    for i, piece in enumerate(pieces):
        if i:
            # "in" joins a figure to the next only when the figure names no place
            joiners = [", ", "; ", ", and ", " and ", ",\n"]
            if expected[i - 1][3] is None and not expected[i - 1][4]:
                joiners.append(" in ")
            text += draw(st.sampled_from(joiners))
        spans.append((len(text), len(text) + len(piece)))
        text += piece
    if items:
        listed = ", ".join(items)
        spans[-1] = (spans[-1][0], len(text) + 2 + len(listed))
        text += ": " + listed
    if draw(st.booleans()):
        text += draw(st.sampled_from([".", " ", "\n"]))
    return text, expected, spans


@settings(max_examples=300, deadline=None)
@given(claims())
def test_rendered_claims_read_back(claim):
    text, expected, spans = claim
    figures = read_claim(text)
    assert [(f.value, f.measure, f.qualifier, f.place, f.items) for f in figures] == expected
    assert [(f.start, f.end) for f in figures] == spans
    assert all(not f.vague and not f.place_is_region for f in figures)


_TOKENS = st.sampled_from(
    ["38", "1,186", "2,00,000", "20 000", "5,6", "1.5", "about", "more than", "over", "at",
     "least", "arrests", "arests", "countries", "in", "Spain", "the", "US", "Qwertyvania", "and",
     ",", ";", ":", ".", "-", "Millions", "of", "dozens", "two", "twenty-one", "a", "hundred",
     "dozen", "thousand", "Latin America", " ", "\n", "(", "ſome", "İ", "K", "_", "9" * 40]
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=60), st.lists(_TOKENS, max_size=14).map(" ".join),
                 st.lists(_TOKENS, max_size=14).map("".join)))
def test_arbitrary_text_reads_or_raises_claim_text_error(text):
    try:
        figures = read_claim(text)
    except ClaimTextError as error:
        assert 0 <= error.column <= len(text)
        assert error.message
        if isinstance(error, UnknownMeasure):
            assert error.word
        return
    assert figures
    for figure in figures:
        assert isinstance(figure, Figure)
        assert 0 <= figure.start < figure.end <= len(text)
        assert figure.measure in measures.vocabulary()
        assert figure.value >= 0


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(MEASURE_WORDS), st.integers(0, 10**6))
def test_every_measure_word_reads(word, value):
    (figure,) = read_claim(f"{value:,} {word}")
    assert figure.measure == measures._word_index()[word]
    assert figure.value == value
