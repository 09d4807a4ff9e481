"""The source number reader: real articles first, then properties over any text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from validator.figures.numbers import CLAIM_KINDS, KINDS, Number, read_numbers
from validator.figures.qualifiers import (
    CANONICAL,
    PHRASE_PATTERN,
    PHRASES,
    QUALIFIERS,
    match_qualifier_at,
    match_qualifier_before,
)

from tests.helpers import seed_text as seed


def at(text: str, surface: str, occurrence: int = 0) -> Number:
    """The Number read exactly at the n-th whole-word occurrence of `surface`."""
    whole = rf"(?<!\w)(?<!\d[,.]){re.escape(surface)}(?!\w|[,.:]\d)"
    start = [m.start() for m in re.finditer(whole, text)][occurrence]
    numbers = {n.start: n for n in read_numbers(text)}
    assert start in numbers, f"nothing read at {surface!r}"
    number = numbers[start]
    assert number.text == surface == text[number.start:number.end]
    return number


def counts(text: str) -> list[tuple[str, float]]:
    return [(n.text, n.value) for n in read_numbers(text) if n.kind == "count"]


# --- the seed articles -------------------------------------------------------------------

# (surface, occurrence, kind, value, qualifier)
SEED_EXAMPLES = {
    "000": [
        ("2 October 2008", 0, "date", 2008, None),
        ("121", 0, "count", 121, None),
        ("seven", 0, "duration", 7, None),
        ("Millions", 0, "count", 2e6, None),
        ("800", 0, "count", 800, "more than"),
        ("75", 0, "count", 75, None),
        ("two", 0, "count", 2, None),
        ("96", 0, "count", 96, None),
        ("186", 0, "count", 186, None),
        ("347", 0, "count", 347, None),
        ("1,186", 0, "count", 1186, None),
        ("36", 0, "count", 36, None),
        ("1,200", 0, "count", 1200, None),
        ("five", 0, "duration", 5, None),
    ],
    "001": [
        ("500", 0, "count", 500, None),
        ("Five hundred", 0, "count", 500, None),
        ("19", 0, "count", 19, None),
        ("12", 0, "count", 12, None),
        ("20,000", 0, "count", 20000, "more than"),
        ("15", 0, "duration", 15, None),
        ("900", 0, "count", 900, "more than"),
        ("six", 0, "count", 6, None),
        ("second", 0, "ordinal", 2, None),
        ("three", 0, "duration", 3, None),
        ("27", 0, "count", 27, None),
        ("thousands", 0, "count", 2000, None),
        ("five", 0, "age", 5, None),
        ("One", 0, "count", 1, None),
        ("2003", 0, "year", 2003, None),
        ("10,000", 0, "count", 10000, None),
        ("20", 0, "percent", 20, None),
    ],
    "002": [
        ("20", 0, "count", 20, None),
        ("12", 0, "count", 12, None),
        ("68", 0, "count", 68, None),
        ("28", 0, "count", 28, None),
        ("seven", 0, "count", 7, None),
        ("five", 0, "count", 5, None),
        ("twelve", 0, "count", 12, None),
    ],
    "003": [
        ("17:09", 0, "time", 17 + 9 / 60, None),
        ("December 11th 2019", 0, "date", 2019, None),
        ("17", 0, "count", 17, "about"),
        ("two", 0, "duration", 2, None),
        ("three", 0, "count", 3, None),
        ("33", 0, "count", 33, None),
        ("11", 0, "count", 11, None),
        ("nine", 0, "count", 9, None),
        ("14", 0, "count", 14, None),
        ("11-12", 0, "age", 11, None),
        ("38", 0, "count", 38, "about"),
        ("2,00,000", 0, "count", 200000, "more than"),
        ("25", 0, "duration", 25, None),
        ("137", 0, "count", 137, None),
        ("17:38", 0, "time", 17 + 38 / 60, None),
    ],
    "004": [
        ("1", 0, "list_marker", 1, None),
        ("2", 0, "list_marker", 2, None),
        ("3", 0, "list_marker", 3, None),
        ("April 18, 2017", 0, "date", 2017, None),
        ("38", 0, "count", 38, None),
        ("17", 0, "count", 17, None),
        ("six", 0, "count", 6, None),
        ("four", 0, "count", 4, None),
        ("two", 0, "count", 2, None),
        ("hundreds", 0, "count", 200, None),
        ("18", 1, "count", 18, None),  # the first is the day in "April 18, 2017"
        ("25", 0, "count", 25, None),
        ("2016", 0, "year", 2016, None),
        ("2014", 0, "year", 2014, None),
    ],
}


@pytest.mark.parametrize(
    ("prefix", "surface", "occurrence", "kind", "value", "qualifier"),
    [(p, *example) for p, examples in SEED_EXAMPLES.items() for example in examples],
)
def test_seed_examples(prefix, surface, occurrence, kind, value, qualifier):
    number = at(seed(prefix), surface, occurrence)
    assert number.kind == kind
    assert number.value == pytest.approx(value)
    assert number.qualifier == qualifier


# Every count in each article, in order: no year, day, time or marker leaks in.
SEED_COUNTS = {
    "000": [("121", 121), ("Millions", 2e6), ("800", 800), ("75", 75), ("two", 2), ("96", 96),
            ("186", 186), ("347", 347), ("1,186", 1186), ("36", 36), ("1,200", 1200)],
    "001": [("500", 500), ("Five hundred", 500), ("19", 19), ("12", 12), ("Five hundred", 500),
            ("19", 19), ("12", 12), ("20,000", 20000), ("900", 900), ("six", 6), ("27", 27),
            ("thousands", 2000), ("One", 1), ("10,000", 10000)],
    "002": [("20", 20), ("12", 12), ("68", 68), ("28", 28), ("seven", 7), ("five", 5),
            ("twelve", 12)],
    "003": [("17", 17), ("three", 3), ("33", 33), ("11", 11), ("17", 17), ("nine", 9), ("14", 14),
            ("38", 38), ("2,00,000", 200000), ("137", 137)],
    "004": [("38", 38), ("17", 17), ("six", 6), ("four", 4), ("two", 2), ("hundreds", 200),
            ("18", 18), ("25", 25)],
}


@pytest.mark.parametrize("prefix", sorted(SEED_COUNTS))
def test_seed_counts_are_exactly_these(prefix):
    assert counts(seed(prefix)) == SEED_COUNTS[prefix]


def test_seed_details():
    text = seed("000")
    more = at(text, "800")
    assert text[more.qualifier_start:more.end] == "more than 800"
    assert at(text, "Millions").vague
    assert at(text, "seven").unit == "days" and at(text, "five").unit == "years"

    text = seed("001")
    assert at(text, "15").unit == "days" and at(text, "three").unit == "months"
    assert not at(text, "Five hundred").vague and not at(text, "thousands").qualifier

    text = seed("003")
    age = at(text, "11-12")
    assert (age.value, age.high, age.unit) == (11, 12, "years")
    assert at(text, "25").unit == "years" and at(text, "two").unit == "years"
    assert text[at(text, "38").qualifier_start:at(text, "38").start] == "approximately "
    assert text[at(text, "2,00,000").qualifier_start:at(text, "2,00,000").start] == "More than "

    text = seed("004")
    total = at(text, "25")
    assert total.qualifier is None and text[total.qualifier_start:total.end] == "A total of 25"
    assert at(text, "hundreds").vague


def test_seed_non_counts_never_count():
    for prefix in SEED_COUNTS:
        for number in read_numbers(seed(prefix)):
            assert number.kind in KINDS
            if number.kind in {"date", "time", "list_marker", "ordinal", "year"}:
                assert number.qualifier is None


# --- reading rules -------------------------------------------------------------------------


def one(text: str) -> Number:
    (number,) = read_numbers(text)
    return number


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("seized 1,186 CDs", "1,186", 1186),
        ("seized 20\u2009000 items", "20\u2009000", 20000),
        ("seized 20\u00a0000 items", "20\u00a0000", 20000),
        ("seized 20 000 items", "20 000", 20000),
        ("seized 20.000 items", "20.000", 20000),
        ("seized 1.234.567 items", "1.234.567", 1234567),
        ("more than 2,00,000 videos", "2,00,000", 200000),
        ("some 12,34,567 videos", "12,34,567", 1234567),
        ("about 2.5 items", "2.5", 2.5),
        ("1,234.5 items", "1,234.5", 1234.5),
        ("2.5 million people", "2.5 million", 2_500_000),
        ("1.2 million people", "1.2 million", 1_200_000),
        ("Five hundred people", "Five hundred", 500),
        ("a hundred people", "a hundred", 100),
        ("twenty-five people", "twenty-five", 25),
        ("one hundred and twenty three people", "one hundred and twenty three", 123),
        ("a dozen people", "a dozen", 12),
        ("two dozen people", "two dozen", 24),
        ("half a dozen people", "half a dozen", 6),
        ("2014 people were seen", "2014", 2014),
        ("arrested 1850 suspects", "1850", 1850),
        ("more than 2000 were held", "2000", 2000),
        ("2 lakh people", "2 lakh", 200_000),
        ("two lakh people", "two lakh", 200_000),
        ("one of his proposals", "one", 1),
        ("children, some little more than babies, and 3 toddlers", "3", 3),
    ],
)
def test_counts(text, surface, value):
    number = one(text)
    assert (number.text, number.kind, number.value) == (surface, "count", value)
    assert not number.vague


def test_dot_group_is_a_decimal_where_the_text_groups_with_commas():
    numbers = read_numbers("20.000 items and 1,186 CDs")
    assert [n.value for n in numbers] == [20.0, 1186]
    assert one("0.500 litres").value == 0.5
    assert one("2.500 million euros").value == 2_500_000


@pytest.mark.parametrize(
    ("text", "values"),
    [("1, 2, 3", [1, 2, 3]), ("1,2,3", [1, 2, 3]), ("12, 345", [12, 345]), ("1,2345", [1, 2345])],
)
def test_lists_are_not_grouped(text, values):
    assert [n.value for n in read_numbers(text)] == values


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Millions of images", "Millions", 2e6),
        ("hundreds of devices", "hundreds", 200),
        ("dozens of people", "dozens", 24),
        ("thousands of files", "thousands", 2000),
        ("tens of thousands of files", "tens of thousands", 20000),
        ("hundreds of thousands of files", "hundreds of thousands", 200000),
        ("several hundred people", "several hundred", 200),
        ("a few thousand people", "a few thousand", 2000),
    ],
)
def test_vague_words_are_lower_bounds(text, surface, value):
    number = one(text)
    assert (number.text, number.kind, number.value, number.vague) == (surface, "count", value, True)


@pytest.mark.parametrize(
    "text",
    ["several people", "a few months", "someone often tension", "no one was hurt",
     "they helped one another", "two-thirds of the suspects", "a teacher was arrested",
     "COVID-19 cases", "the G-20 summit", "3D printers", "H1N1", "open 24/7",
     "see https://example.com/2017/04/18/story-123", ""],
)
def test_no_numbers(text):
    assert read_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "surface", "kind", "value", "unit"),
    [
        ("in 2003 they", "2003", "year", 2003, None),
        ("since 2008.", "2008", "year", 2008, None),
        ("founded in 2014", "2014", "year", 2014, None),
        ("in mid-2016 the", "2016", "year", 2016, None),
        ("In 2014 people were arrested", "2014", "year", 2014, None),
        ("the 1990s", "1990s", "year", 1990, None),
        ("the 2014-15 season", "2014-15", "year", 2014, None),
        ("2 October 2008", "2 October 2008", "date", 2008, None),
        ("April 18, 2017", "April 18, 2017", "date", 2017, None),
        ("December 11th 2019", "December 11th 2019", "date", 2019, None),
        ("on 11 December", "11 December", "date", 11, None),
        ("on 18/04/2017", "18/04/2017", "date", 2017, None),
        ("on 2017-04-18", "2017-04-18", "date", 2017, None),
        ("Published 17:09 IST", "17:09", "time", 17 + 9 / 60, None),
        ("at 5 pm", "5 pm", "time", 17, None),
        ("the second major ring", "second", "ordinal", 2, None),
        ("the 11th raid", "11th", "ordinal", 11, None),
        ("the 1st raid", "1st", "ordinal", 1, None),
        ("in only 15 days", "15", "duration", 15, "days"),
        ("the past seven days", "seven", "duration", 7, "days"),
        ("over five years", "five", "duration", 5, "years"),
        ("a 25-year jail sentence", "25", "duration", 25, "years"),
        ("in three months", "three", "duration", 3, "months"),
        ("a 12-month ban", "12", "duration", 12, "months"),
        ("for two weeks", "two", "duration", 2, "weeks"),
        ("11-12 years old", "11-12", "age", 11, "years"),
        ("a 15-year-old boy", "15", "age", 15, "years"),
        ("some as young as five", "five", "age", 5, "years"),
        ("children aged 16", "16", "age", 16, "years"),
        ("20 per cent", "20", "percent", 20, None),
        ("20 percent", "20", "percent", 20, None),
        ("20%", "20", "percent", 20, None),
        ("twenty per cent", "twenty", "percent", 20, None),
        ("$5 million", "5 million", "money", 5e6, None),
        ("40 euros", "40", "money", 40, None),
        ("\u00a32.5m in cash", "2.5m", "money", 2.5e6, None),
        ("Rs 1.5 crore", "1.5 crore", "money", 1.5e7, None),
        ("under Article 5 of", "5", "ordinal", 5, None),
        ("No. 10 Downing Street", "10", "ordinal", 10, None),
        ("ranked #1 by", "1", "ordinal", 1, None),
        ("the 2014/15 season", "2014/15", "year", 2014, None),
        ("around 2010, police", "2010", "year", 2010, None),
    ],
)
def test_non_counts(text, surface, kind, value, unit):
    number = one(text)
    assert (number.text, number.kind, number.unit) == (surface, kind, unit)
    assert number.value == pytest.approx(value)
    assert number.kind not in CLAIM_KINDS or number.kind == "duration"


def test_list_markers():
    numbers = read_numbers("1. Skip to content\n  2. Skip to main menu\n3) More\nIn 4. no")
    assert [(n.text, n.kind) for n in numbers] == [
        ("1", "list_marker"), ("2", "list_marker"), ("3", "list_marker"), ("4", "count"),
    ]


def test_a_date_month_without_year_does_not_swallow_a_count():
    assert [(n.text, n.kind) for n in read_numbers("In December 27 people were arrested")] == [
        ("27", "count")
    ]


@pytest.mark.parametrize(
    ("text", "qualifier", "phrase"),
    [
        ("about 17 people", "about", "about"),
        ("approximately 38 countries", "about", "approximately"),
        ("some 75 countries", "about", "some"),
        ("an estimated 40 people", "about", "an estimated"),
        ("nearly 40 people", "almost", "nearly"),
        ("More than 800 officers", "more than", "More than"),
        ("just over 12 countries", "more than", "just over"),
        ("in excess of 100 people", "more than", "in excess of"),
        ("at least 5 people", "at least", "at least"),
        ("up to 10 people", "at most", "up to"),
        ("as many as 10 people", "at most", "as many as"),
        ("fewer than 10 people", "less than", "fewer than"),
        ("more  than\n800 officers", "more than", "more  than"),
        ("A total of 25 groups", None, "A total of"),
        ("more than a dozen people", "more than", "more than"),
        ("nearly 2000 people", "almost", "nearly"),
    ],
)
def test_qualifiers_before_numbers(text, qualifier, phrase):
    number = one(text)
    assert number.kind == "count"
    assert number.qualifier == qualifier
    assert number.qualifier_start == text.index(phrase)


def test_over_as_a_phrasal_verb_is_no_qualifier():
    assert one("police handed over 5 suspects").qualifier_start is None
    assert one("police arrested over 5 suspects").qualifier == "more than"


# --- the qualifier vocabulary ----------------------------------------------------------------


def test_qualifier_vocabulary():
    assert set(QUALIFIERS.values()) - {None} == set(CANONICAL)
    assert QUALIFIERS["a total of"] is None
    assert list(PHRASES) == sorted(PHRASES, key=len, reverse=True)
    assert re.fullmatch(PHRASE_PATTERN, "in  excess\tof", re.IGNORECASE)


def test_match_qualifier_before():
    text = "seized just over 20 items"
    assert match_qualifier_before(text, text.index("20")) == ("more than", text.index("just"))
    assert match_qualifier_before("moreover 20", 9) == (None, None)
    assert match_qualifier_before("A total of 25", 11) == (None, 0)
    assert match_qualifier_before("20", 0) == (None, None)


def test_match_qualifier_at():
    assert match_qualifier_at("no more than 5", 0) == ("at most", 12)
    assert match_qualifier_at("overall 5", 0) is None


# --- properties ---------------------------------------------------------------------------------

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _below_hundred(n: int, hyphen: bool) -> str:
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + (("-" if hyphen else " ") + _ONES[ones] if ones else "")


def _below_thousand(n: int, use_and: bool, hyphen: bool) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [f"{_ONES[hundreds]} hundred"] if hundreds else []
    if rest:
        parts += ["and"] if hundreds and use_and else []
        parts.append(_below_hundred(rest, hyphen))
    return " ".join(parts)


def in_words(n: int, use_and: bool = True, hyphen: bool = True) -> str:
    if n == 0:
        return "zero"
    parts = []
    for scale, name in ((10**6, "million"), (10**3, "thousand")):
        chunk, n = divmod(n, scale)
        if chunk:
            parts.append(f"{_below_thousand(chunk, use_and, hyphen)} {name}")
    if n:
        parts += ["and"] if parts and n < 100 and use_and else []
        parts.append(_below_thousand(n, use_and, hyphen))
    return " ".join(parts)


def grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def indian(n: int) -> str:
    digits = str(n)
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    pairs = []
    while len(head) > 2:
        head, pair = head[:-2], head[-2:]
        pairs.insert(0, pair)
    return ",".join([head, *pairs, tail])


def test_helpers():
    assert in_words(1186) == "one thousand one hundred and eighty-six"
    assert in_words(1_000_005, use_and=False) == "one million five"
    assert indian(200000) == "2,00,000" and indian(12345678) == "1,23,45,678"


RENDERERS = {
    "digits": str,
    "commas": lambda n: grouped(n, ","),
    "spaces": lambda n: grouped(n, " "),
    "thin spaces": lambda n: grouped(n, "\u2009"),
    "indian": indian,
    "words": in_words,
    "plain words": lambda n: in_words(n, use_and=False, hyphen=False),
}

TEMPLATES = (
    "Police said that {} people were seen in the town.",
    "{} suspects were arrested on Friday.",
    "Officers seized {} items, the agency said.",
    "The raids led to {} arrests across the region.",
    "According to reports, {} children were found.\n",
    "Investigators found {} files on a server in Spain",
    "He said: {} victims.",
)


@given(
    # Small numbers twice as likely: they include every year-like 1900-2099.
    n=st.one_of(st.integers(0, 3000), st.integers(0, 3000), st.integers(0, 10**9 - 1)),
    renderer=st.sampled_from(sorted(RENDERERS)),
    template=st.sampled_from(TEMPLATES),
)
def test_any_count_is_read_back(n, renderer, template):
    rendering = RENDERERS[renderer](n)
    text = template.format(rendering)
    start = template.index("{}")
    matches = [x for x in read_numbers(text) if x.start == start]
    assert matches, read_numbers(text)
    (number,) = matches
    assert (number.value, number.kind, number.end) == (n, "count", start + len(rendering))
    assert number.qualifier is None and not number.vague


@given(
    n=st.integers(min_value=0, max_value=10**6),
    phrase=st.sampled_from(PHRASES),
)
def test_any_qualifier_is_attached(n, phrase):
    text = f"Police seized {phrase} {n:,} items."
    number = one(text)
    assert number.kind == "count" and number.value == n
    assert number.qualifier == QUALIFIERS[phrase]
    assert number.qualifier_start == len("Police seized ")


def _check_spans(text: str) -> None:
    numbers = read_numbers(text)
    assert numbers == sorted(numbers, key=lambda x: (x.start, x.end))
    for number in numbers:
        assert 0 <= number.start < number.end <= len(text)
        assert number.text == text[number.start:number.end]
        assert number.kind in KINDS
        if number.qualifier_start is not None:
            assert 0 <= number.qualifier_start < number.start
    for before, after in zip(numbers, numbers[1:]):
        assert before.end <= after.start


@given(st.text())
def test_never_raises_on_any_text(text):
    _check_spans(text)


FRAGMENTS = (
    "1", "20", "2014", "1,186", "2,00,000", "20 000", "20.000", "2.5", "11-12", "-", ",", ".",
    "%", "$", ":", "/", "17:09", "one", "a", "hundred", "dozen", "dozens", "thousands", "and",
    "seven", "twenty-five", "second", "11th", "years", "old", "days", "people", "April", "May",
    "of", "more than", "about", "a total of", "as young as", "per cent", "million", "mid-",
    "\n", "\n1. ", " ", "  ", "\u2009", "no one", "third", "pm", "COVID-", "in", "since",
)


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join))
def test_never_raises_on_number_soup(text):
    _check_spans(text)


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30).map(" ".join))
def test_never_raises_on_spaced_number_soup(text):
    _check_spans(text)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("1,234.5 tonnes of cocaine", "1,234.5", "tonnes"),
        ("not less than 2,100 kilograms", "2,100", "kilograms"),
        ("275 kg of heroin", "275", "kg"),
        ("120,000 litres of waste", "120,000", "litres"),
        ("a 40 km chase", "40", "km"),
        ("a 10km run", "10", "km"),
        ("340kg of ivory", "340", "kg"),
        ("118 kilogrammes of scales", "118", "kilogrammes"),
    ],
)
def test_amounts_with_a_unit_are_quantities_not_counts(text, surface, unit):
    number = one(text)
    assert (number.text, number.kind, number.unit) == (surface, "quantity", unit)
