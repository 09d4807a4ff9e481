"""Every integer form English news writes, read to its exact value and its exact span.

The forms (not the sentences, which are made up) follow public number-recognition specs
such as Microsoft Recognizers-Text's English number model: words with and without "and",
hyphens and runs of spaces, digits mixed with scale words, fractions of a scale word,
dozens, Indian scales, qualifiers written before and after the number.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.figures.numbers import Number, read_numbers
from validator.figures.qualifiers import (
    CANONICAL,
    INTERVALS,
    POSTPOSED,
    QUALIFIER_TABLE,
    QUALIFIERS,
    phrase_after,
    qualifiers_markdown,
)

try:
    from num2words import num2words
except ImportError:  # pragma: no cover - a dev dependency; the other properties still run
    num2words = None


def read_at(text: str, surface: str) -> Number:
    """The one Number whose span is exactly the first occurrence of `surface` in `text`."""
    start = text.index(surface)
    found = [n for n in read_numbers(text) if (n.start, n.end) == (start, start + len(surface))]
    assert found, f"{surface!r} not read: {[(n.text, n.value) for n in read_numbers(text)]}"
    (number,) = found
    assert number.text == surface
    return number


def assert_exact(text: str, surface: str, value: float, kind: str = "count") -> Number:
    """`surface` reads as exactly `value` (so not value + 1), of `kind`."""
    number = read_at(text, surface)
    assert (number.value, number.kind) == (value, kind)
    values = {n.value for n in read_numbers(text)}
    assert value + 1 not in values and value - 1 not in values
    return number


# --- real forms in news sentences ---------------------------------------------------------

# (sentence, the number's surface, value)
COUNT_FORMS = [
    # digits, any grouping
    ("Officers seized 1,186 counterfeit DVDs at the port.", "1,186", 1186),
    ("Customs agents counted 20 000 pills in the lorry.", "20 000", 20000),
    ("Investigators recovered 20\u202f000 images from the laptop.", "20\u202f000", 20000),
    ("More than 2,00,000 videos were flagged in the state.", "2,00,000", 200000),
    ("The Guardia Civil said 20.000 files had been shared.", "20.000", 20000),
    ("Analysts logged 1.234.567 messages in total.", "1.234.567", 1234567),
    # words
    ("Forty-six people were detained in the raids.", "Forty-six", 46),
    ("Police said a hundred officers took part.", "a hundred", 100),
    ("One hundred suspects were questioned on Monday.", "One hundred", 100),
    ("Twelve hundred homes were searched in the operation.", "Twelve hundred", 1200),
    ("The network had two hundred and two thousand members.",
     "two hundred and two thousand", 202000),
    ("Officers filed three thousand four hundred and five reports.",
     "three thousand four hundred and five", 3405),
    ("The forum listed one million two hundred thousand accounts.",
     "one million two hundred thousand", 1200000),
    ("Police arrested fifty  two men in the sweep.", "fifty  two", 52),
    ("Three hundred  and  thirty one devices were seized.", "Three hundred  and  thirty one", 331),
    ("Agents traced two thousand and two hundred payments.", "two thousand and two hundred", 2200),
    ("It was a thousand and one nights of surveillance, officers joked.",
     "a thousand and one", 1001),
    ("The ring sold nineteen hundred and ninety phones.", "nineteen hundred and ninety", 1990),
    ("Twenty-five hundred officers were deployed.", "Twenty-five hundred", 2500),
    ("The agency checked one million and five records.", "one million and five", 1000005),
    ("A million people watched the stream.", "A million", 1000000),
    ("Only one of the suspects was charged.", "one", 1),
    ("Officers seized\nseventy-one thousand tablets.", "seventy-one thousand", 71000),
    # digits mixed with words
    ("Police said 3 hundred and 21 accounts were closed.", "3 hundred and 21", 321),
    ("Detectives found a hundred and 20 phones.", "a hundred and 20", 120),
    ("Analysts found 2.3 million messages on the server.", "2.3 million", 2300000),
    ("The site had 1.5m registered users.", "1.5m", 1500000),
    ("The botnet spanned 2bn devices.", "2bn", 2000000000),
    ("Banks froze 12 hundred accounts.", "12 hundred", 1200),
    ("The breach exposed 1,500 million records.", "1,500 million", 1500000000),
    ("Around 2 and a half million accounts were affected.", "2 and a half million", 2500000),
    ("The group had 3 hundred and twenty-one members.", "3 hundred and twenty-one", 321),
    ("Officers seized 2-million dollars' worth of goods for 40 million people.",
     "40 million", 40000000),
    # fractions of a scale word
    ("Police said half a million images were found on the server.", "half a million", 500000),
    ("A quarter of a million people signed the petition.", "A quarter of a million", 250000),
    ("The leak named three quarters of a million customers.",
     "three quarters of a million", 750000),
    ("Three-quarters of a million files were encrypted.", "Three-quarters of a million", 750000),
    ("The scam reached one and a half million pensioners.", "one and a half million", 1500000),
    ("The scam reached one-and-a-half million pensioners.", "one-and-a-half million", 1500000),
    ("The gang laundered the savings of 3 million and a half savers.",
     "3 million and a half", 3500000),
    ("Some said a million and a half people had been targeted.",
     "a million and a half", 1500000),
    ("Investigators found a half-million images.", "a half-million", 500000),
    ("Officers arrested half a dozen men.", "half a dozen", 6),
    ("The platform had two and a half thousand sellers.", "two and a half thousand", 2500),
    # dozens
    ("Police arrested a dozen people in Leeds.", "a dozen", 12),
    ("Two dozen officers raided the flat.", "Two dozen", 24),
    ("A couple of dozen phones were seized.", "A couple of dozen", 24),
    # Indian scales
    ("Police recovered 2 lakh fake notes.", "2 lakh", 200000),
    ("The cyber cell blocked 1.5 crore accounts.", "1.5 crore", 15000000),
    ("Three lakh people were screened.", "Three lakh", 300000),
    ("Over 5 lakhs devices were scanned, police said.", "5 lakhs", 500000),
    ("The state counted one crore twenty lakh voters.", "one crore twenty lakh", 12000000),
    ("Ten lakh rupees' worth of mobile phones and 15 lakh SIM cards.", "15 lakh", 1500000),
    # a couple of
    ("A couple of suspects fled before officers arrived.", "A couple", 2),
    ("Police said a couple of thousand fans gathered outside.", "a couple of thousand", 2000),
]


@pytest.mark.parametrize(("text", "surface", "value"), COUNT_FORMS)
def test_count_forms(text, surface, value):
    number = assert_exact(text, surface, value)
    assert not number.vague


def test_half_a_million_is_no_longer_a_million():
    text = "Police said half a million images were found on the server."
    (number,) = read_numbers(text)
    assert (number.text, number.value) == ("half a million", 500000)


@pytest.mark.parametrize(
    ("text", "surface", "value", "kind", "unit"),
    [
        ("He was jailed for two and a half years.", "two and a half", 2.5, "duration", "years"),
        ("The trial lasted 3 and a half weeks.", "3 and a half", 3.5, "duration", "weeks"),
        ("Three thousand four hundred and five pounds was taken.",
         "Three thousand four hundred and five", 3405, "money", None),
        ("It cost half a million dollars.", "half a million", 500000, "money", None),
        ("Rs 2 lakh was recovered.", "2 lakh", 200000, "money", None),
        ("A third of a million people were affected.", "A third of a million", 1e6 / 3, "count",
         None),
    ],
)
def test_forms_of_other_kinds(text, surface, value, kind, unit):
    number = read_at(text, surface)
    assert (number.kind, number.unit) == (kind, unit)
    assert number.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("A teacher was arrested on Friday.", []),
        ("An officer was hurt.", []),
        ("The couple were arrested in Hull.", []),
        ("A 1.5m fence surrounded the farm.", []),
        ("She won the 100m hurdles.", []),
        ("Half of the suspects were released.", []),
        ("A quarter of the suspects were women.", []),
        ("Three quarters of the victims were elderly.", []),
        ("No one was hurt.", []),
        ("Hundred-year-old records", []),
        ("The site had six million 2017 visitors.", [("six million", 6e6), ("2017", 2017)]),
        ("Police questioned twenty twenty-year-olds.", [("twenty", 20), ("twenty", 20)]),
        ("Between 5 and 6 million people", [("5", 5), ("6 million", 6e6)]),
        ("five or six people", [("five", 5), ("six", 6)]),
        ("two thousand and 2017", [("two thousand", 2000), ("2017", 2017)]),
        # telephone numbers are no quantities at all
        ("Victims can call a helpline on +31 70 555 0142.", []),
        ("Call the national hotline at 1-888-555-0134.", []),
        ("Ring the drugs hotline on 0800 496 0231.", []),
        ("Officers seized 3 000 000 tablets.", [("3 000 000", 3e6)]),
        # ... but a count after a verb of calling stays a count
        ("The court will call 5 witnesses.", [("5", 5)]),
        ("In North Macedonia, 12, were held.", [("12", 12)]),
    ],
)
def test_what_is_not_one_number(text, numbers):
    assert [(n.text, n.value) for n in read_numbers(text)] == numbers


# --- qualifiers -----------------------------------------------------------------------------

BEFORE = {
    "about": ("roughly", "some", "an estimated", "approximately", "around", "about", "circa"),
    "almost": ("close to", "nearly", "almost"),
    "less than": ("just under", "fewer than", "less than"),
    "at most": ("as many as", "up to", "no more than"),
    "at least": ("at least", "no fewer than", "a minimum of"),
    "more than": ("more than", "over", "well over", "just over", "upwards of", "in excess of"),
}


@pytest.mark.parametrize(
    ("phrase", "canonical"), [(p, c) for c, phrases in BEFORE.items() for p in phrases]
)
@pytest.mark.parametrize(
    ("surface", "value"), [("38", 38), ("2,500", 2500), ("half a million", 500000),
                           ("forty-six", 46), ("a dozen", 12)]
)
def test_qualifier_before_a_number(phrase, canonical, surface, value):
    text = f"Police arrested {phrase} {surface} people in the raids."
    number = assert_exact(text, surface, value)
    assert number.qualifier == canonical
    assert number.qualifier_start == text.index(phrase)
    assert QUALIFIERS[phrase] == canonical


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("Police arrested 20 or more people.", "20", "at least"),
        ("Police arrested 20 people or more.", "20", "at least"),
        ("The gang used 30 or more young couriers.", "30", "at least"),
        ("Officers seized forty-six phones or more, police said.", "forty-six", "at least"),
        ("Police said 50-plus officers took part.", "50", "at least"),
        ("Police said 50+ officers took part.", "50", "at least"),
        ("Police said some 50-plus officers took part.", "50", "about"),  # before wins
        ("Police made 120 or so arrests.", "120", "about"),
        ("Groups of 10 or fewer people met.", "10", "at most"),
        ("He was jailed for 5 years or more.", "5", "at least"),
    ],
)
def test_qualifier_after_a_number(text, surface, qualifier):
    number = read_at(text, surface)
    assert number.qualifier == qualifier
    if number.qualifier_start is None:
        assert number.qualifier_end is not None and number.qualifier_end > number.end


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 20 or 30 people.",
        "Police arrested 20 people, or more than that.",
        "Police found 20 suspects or more victims.",
        "Police arrested 20 or more than 30 people.",
    ],
)
def test_no_qualifier_after_a_number(text):
    assert read_numbers(text)[0].qualifier is None


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Police handed over 5 suspects.", None),
        ("The cells were spread over 3 countries.", None),
        ("Raids took place over three days.", None),
        ("Over two years the callers phoned pensioners.", None),
        ("He was jailed for over three years.", "more than"),
        ("They were sentenced to over five years.", "more than"),
        ("Police arrested over 5 suspects.", "more than"),
        ("Some 75 countries took part.", "about"),
    ],
)
def test_over_and_some_that_are_no_qualifiers(text, qualifier):
    (number,) = read_numbers(text)
    assert number.qualifier == qualifier


def test_qualifier_table():
    canonicals = {row.canonical for row in QUALIFIER_TABLE}
    assert canonicals == set(CANONICAL) | {None}
    assert {row.interval for row in QUALIFIER_TABLE} == set(INTERVALS.values())
    phrases = {row.phrase for row in QUALIFIER_TABLE}
    assert {f"{p} n" for p in QUALIFIERS} <= phrases
    assert "n or more" in phrases and "n+" in phrases
    for row in QUALIFIER_TABLE:
        assert row.interval == INTERVALS[row.canonical]
    assert INTERVALS["more than"] == "(n, \u221e)" and INTERVALS["about"] == "[n \u2212 t\u00b7n, n + t\u00b7n]"
    table = qualifiers_markdown()
    assert table.count("\n") == len(CANONICAL) + 2
    assert all(f"| {c} |" in table for c in CANONICAL)
    assert set(POSTPOSED.values()) <= set(CANONICAL)
    assert phrase_after(" or more people", 0) == ("at least", len(" or more"))


# --- non-counts stay non-counts -----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("In 2014 police opened the inquiry.", "2014", "year"),
        ("The raids took place on April 18, 2017.", "April 18, 2017", "date"),
        ("It was the 11th raid this year.", "11th", "ordinal"),
        ("It was the second raid this year.", "second", "ordinal"),
        ("It was the twenty-first arrest.", "twenty-first", "ordinal"),
        ("It was the one hundred and first arrest.", "one hundred and first", "ordinal"),
        ("Arrests rose by 80% last year.", "80", "percent"),
        ("Arrests rose by 80 per cent last year.", "80", "percent"),
        ("Arrests rose by eighty percent last year.", "eighty", "percent"),
        ("Arrests rose by eighty per cent last year.", "eighty", "percent"),
        ("Arrests rose by an 80-per-cent margin.", "80", "percent"),
        ("Arrests rose by forty-five per\u00a0cent.", "forty-five", "percent"),
        ("The fraud cost \u00a32.5m in total.", "2.5m", "money"),
        ("The fraud cost half a million pounds.", "half a million", "money"),
        ("A 15-year-old boy was arrested.", "15", "age"),
        ("He was jailed for three years.", "three", "duration"),
        ("1. Skip to content\n2. Skip to menu", "1", "list_marker"),
        ("Officers met at 5 pm on Friday.", "5 pm", "time"),
        # ages that are no counts
        ("The victims, aged between 16 and 43, were freed.", "43", "age"),
        ("Both men, aged 19 and 22, were stopped.", "22", "age"),
        ("Applicants aged 18 to 25 were targeted.", "25", "age"),
        ("Of the mules, most were under 21.", "21", "age"),
        ("The youngest person arrested is 19.", "19", "age"),
        ("Darren Holt, 52, rented an office above a shop.", "52", "age"),
        # numbers to ring, sections of a code, incident numbers
        ("Witnesses should call 101 quoting incident 482.", "101", "ordinal"),
        ("Witnesses should call 101 quoting incident 482.", "482", "ordinal"),
        ("Residents should call 110 if in doubt.", "110", "ordinal"),
        ("Report it on the cyber crime helpline, 1930.", "1930", "ordinal"),
        ("A case was registered under sections 419 and 420 of the code.", "420", "ordinal"),
    ],
)
def test_non_counts(text, surface, kind):
    number = read_at(text, surface)
    assert number.kind == kind
    assert all(n.kind != "count" for n in read_numbers(text))


# --- properties ---------------------------------------------------------------------------------

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"))


def _below_hundred(n: int, joint: str) -> str:
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + (joint + _ONES[ones] if ones else "")


def _below_thousand(n: int, use_and: bool, joint: str, article: bool) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append("a hundred" if article and hundreds == 1 else f"{_ONES[hundreds]} hundred")
    if rest:
        parts += ["and"] if hundreds and use_and else []
        parts.append(_below_hundred(rest, joint))
    return " ".join(parts)


def words(n: int, use_and: bool = True, joint: str = "-", article: bool = False) -> str:
    """n in English words: British "and" or not, "forty-six" or "forty six", "a hundred"."""
    if n == 0:
        return "zero"
    parts = []
    for scale, name in _SCALES:
        chunk, n = divmod(n, scale)
        if chunk:
            lead = "a" if article and chunk == 1 and not parts else None
            body = lead or _below_thousand(chunk, use_and, joint, article and not parts)
            parts.append(f"{body} {name}")
    if n:
        parts += ["and"] if parts and n < 100 and use_and else []
        parts.append(_below_thousand(n, use_and, joint, article and not parts))
    return " ".join(parts)


def mixed(n: int) -> str:
    """n with digit groups and scale words: "3 million 421 thousand and 5", "3 hundred and 21"."""
    if n == 0:
        return "0"
    parts = []
    for scale, name in _SCALES:
        chunk, n = divmod(n, scale)
        if chunk:
            parts.append(f"{chunk} {name}")
    if n:
        hundreds, rest = divmod(n, 100)
        if hundreds and rest:
            parts.append(f"{hundreds} hundred and {rest}")
        elif hundreds:
            parts.append(f"{hundreds} hundred")
        else:
            parts.append(f"and {rest}" if parts else str(rest))
    return " ".join(parts)


def test_renderers():
    assert words(1186) == "one thousand one hundred and eighty-six"
    assert words(202000) == "two hundred and two thousand"
    assert words(100_100, article=True) == "a hundred thousand one hundred"
    assert words(1_000_046, use_and=False, joint=" ") == "one million forty six"
    assert mixed(3_421_005) == "3 million 421 thousand and 5"
    assert mixed(321) == "3 hundred and 21"


RENDERERS = {
    "british": words,
    "american": lambda n: words(n, use_and=False),
    "spaced": lambda n: words(n, joint=" "),
    "article": lambda n: words(n, article=True),
    "mixed": mixed,
}
if num2words is not None:
    RENDERERS["num2words"] = lambda n: num2words(n).replace(",", "")
    RENDERERS["num2words en_IN"] = lambda n: num2words(n, lang="en_IN").replace(",", "")

TEMPLATES = (
    "{} people were arrested in the raids.",
    "Police said {} suspects were held on Friday.",
    "Investigators found {} images on a server in Spain.",
    "The agency said that {} accounts had been closed\n",
    "According to the report, {} children were rescued.",
)


def _place(template: str, rendering: str) -> tuple[str, int]:
    start = template.index("{}")
    if start == 0:
        rendering = rendering[0].upper() + rendering[1:]
    return template.format(rendering), start


@settings(max_examples=300)
@given(
    n=st.one_of(st.integers(0, 999), st.integers(0, 10**6), st.integers(0, 10**9 - 1)),
    renderer=st.sampled_from(sorted(RENDERERS)),
    template=st.sampled_from(TEMPLATES),
)
def test_any_integer_in_words_is_read_exactly(n, renderer, template):
    rendering = RENDERERS[renderer](n)
    if rendering.isdigit():
        rendering = words(n)  # "mixed" writes numbers below a hundred as plain digits
    text, start = _place(template, rendering)
    numbers = read_numbers(text)
    assert [(x.start, x.end, x.value, x.kind) for x in numbers] == [
        (start, start + len(rendering), n, "count")
    ], (text, [(x.text, x.value) for x in numbers])
    assert numbers[0].qualifier is None and not numbers[0].vague


_SCALE_VALUES = {"thousand": 10**3, "lakh": 10**5, "million": 10**6, "crore": 10**7,
                 "billion": 10**9}


@settings(max_examples=200)
@given(
    mantissa=st.decimals(min_value=1, max_value=999, places=3, allow_nan=False,
                         allow_infinity=False),
    scale=st.sampled_from(sorted(_SCALE_VALUES)),
    template=st.sampled_from(TEMPLATES),
)
def test_digits_and_a_scale_word_are_read_exactly(mantissa, scale, template):
    digits = format(mantissa.normalize(), "f")
    n = Decimal(digits) * _SCALE_VALUES[scale]
    rendering = f"{digits} {scale}"
    text, start = _place(template, rendering)
    number = read_at(text, rendering)
    assert number.start == start and number.kind == "count"
    assert number.value == float(n)  # exact: 2.345 million is 2345000, not 2345000.0000000005


_FRACTIONS = {
    "half a {}": Decimal("0.5"), "a quarter of a {}": Decimal("0.25"),
    "three quarters of a {}": Decimal("0.75"), "three-quarters of a {}": Decimal("0.75"),
    "a half-{}": Decimal("0.5"), "a {} and a half": Decimal("1.5"),
}


@settings(max_examples=150)
@given(
    form=st.sampled_from(sorted(_FRACTIONS) + ["{k} and a half {}", "{k} {} and a half"]),
    k=st.integers(1, 99),
    in_words=st.booleans(),
    scale=st.sampled_from(sorted(_SCALE_VALUES)),
    template=st.sampled_from(TEMPLATES),
)
def test_fractions_of_a_scale_word_are_read_exactly(form, k, in_words, scale, template):
    count = words(k) if in_words else str(k)
    rendering = form.format(scale, k=count)
    share = _FRACTIONS.get(form, k + Decimal("0.5"))
    text, start = _place(template, rendering)
    number = read_at(text, rendering[0].upper() + rendering[1:] if start == 0 else rendering)
    assert number.kind == "count" and number.value == float(share * _SCALE_VALUES[scale])


@settings(max_examples=100)
@given(
    n=st.integers(0, 10**6),
    phrase=st.sampled_from(sorted(POSTPOSED)),
    noun_first=st.booleans(),
)
def test_any_qualifier_after_a_number_is_attached(n, phrase, noun_first):
    after = f"-{phrase}" if phrase == "plus" else phrase if phrase == "+" else f" {phrase}"
    glued = phrase in ("plus", "+")  # "20-plus people", never "20 people-plus"
    body = f"{n:,} people{after}" if noun_first and not glued else f"{n:,}{after} people"
    text = f"Police said {body}, officials added."
    number = read_at(text, f"{n:,}")
    assert number.value == n and number.qualifier == POSTPOSED[phrase]


def _ordinal_digits(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _ordinal_words(n: int) -> str:
    if num2words is not None:
        return num2words(n, to="ordinal").replace(",", "")
    return _ORDINALS_SMALL[n % len(_ORDINALS_SMALL)]


_ORDINALS_SMALL = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "twentieth twenty-first thirtieth forty-second hundredth"
).split()

NON_COUNT_RENDERERS = {
    "ordinal digits": lambda n: (_ordinal_digits(n), "ordinal"),
    "ordinal words": lambda n: (_ordinal_words(n), "ordinal"),
    "percent sign": lambda n: (f"{n:,}%", "percent"),
    "per cent": lambda n: (f"{n:,} per cent", "percent"),
    "percent": lambda n: (f"{n} percent", "percent"),
    "words per cent": lambda n: (f"{words(n)} per cent", "percent"),
    "words percent": lambda n: (f"{words(n, use_and=False)} percent", "percent"),
}

NON_COUNT_TEMPLATES = (
    "It was the {} time police had raided the flat.",
    "Arrests rose by {} last year, the report said.",
    "{} of the suspects were released.",
    "Officers said {} was the figure to watch.",
)


@settings(max_examples=300)
@given(
    n=st.one_of(st.integers(1, 200), st.integers(1, 10**6)),
    renderer=st.sampled_from(sorted(NON_COUNT_RENDERERS)),
    template=st.sampled_from(NON_COUNT_TEMPLATES),
)
def test_ordinals_and_percentages_never_count(n, renderer, template):
    rendering, kind = NON_COUNT_RENDERERS[renderer](n)
    text, start = _place(template, rendering)
    numbers = read_numbers(text)
    assert all(x.kind != "count" for x in numbers), [(x.text, x.kind) for x in numbers]
    first = next(x for x in numbers if x.start == start)
    assert first.kind == kind and first.value == n
    surface = re.sub(r"(?:%| per cent| percent)$", "", text[start:start + len(rendering)])
    assert first.text == surface or kind == "ordinal"
