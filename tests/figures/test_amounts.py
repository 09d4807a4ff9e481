"""Figures beyond counts: money, quantities, percentages and ranges, in claims and in sources.

Each case is a claim checked against a one-line source through the whole engine, so what is
tested is what `validate` reports.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from validator.dataset import Dataset, build_file
from validator.engine import Options, run
from validator.figures import amounts
from validator.figures.claimtext import read_claim
from validator.sources import Sources


def codes(claim: str, source: str, language: str = "en") -> list[str]:
    """The V codes the engine gives `claim` quoting all of `source`."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "report.txt").write_text(source, encoding="utf-8")
        document = {"source": {"path": "report.txt", "language": language},
                    "claims": [{"id": "a.claim", "claim": claim, "quote": source}]}
        built = build_file("a.yaml", yaml.safe_dump(document, allow_unicode=True).encode(), Sources(root))
        result = run(Options(select=("V", "S004", "S005"), root=root, use_cache=False), Dataset(root, [built]))
        return sorted({f.code for f in result.findings})


# -- the claim grammar ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value, high, kind, unit, measure",
    [
        ("about €500,000 cash", 500_000, None, "money", "EUR", "cash"),
        ("about $2.5 million", 2_500_000, None, "money", "USD", None),
        ("£3 million", 3_000_000, None, "money", "GBP", None),
        ("EUR 10m", 10_000_000, None, "money", "EUR", None),
        ("2.5 million dollars", 2_500_000, None, "money", "USD", None),
        ("500,000 euros", 500_000, None, "money", "EUR", None),
        ("€500,000 in cash", 500_000, None, "money", "EUR", "cash"),
        ("20% of complaints", 20, None, "percent", None, "complaints"),
        ("20 per cent", 20, None, "percent", None, None),
        ("2.5 tonnes of cocaine", 2.5, None, "quantity", "metric_ton", "cocaine"),
        ("more than 1,000 tonnes of precursor chemicals", 1000, None, "quantity", "metric_ton", "precursor_chemicals"),
        ("120,000 litres", 120_000, None, "quantity", "liter", None),
        ("between 50 and 60 arrests", 50, 60, "count", None, "arrests"),
        ("50 to 60 arrests", 50, 60, "count", None, "arrests"),
        ("50-60 arrests", 50, 60, "count", None, "arrests"),
        ("12 to 14 hours", 12, 14, "duration", None, "hours"),
        # a scale word at the end of a range scales both ends
        ("between 40 and 60 million pesos", 40_000_000, 60_000_000, "money", "MXN", None),
        ("€3-4 million", 3_000_000, 4_000_000, "money", "EUR", None),
        ("between 500 and 2 million euros", 500, 2_000_000, "money", "EUR", None),
        # a currency letter glued to the number, as the country's press writes it
        ("N48.7 million in cash", 48_700_000, None, "money", "NGN", "cash"),
        ("about P12 million", 12_000_000, None, "money", "PHP", None),
        ("R86,500", 86_500, None, "money", "ZAR", None),
    ],
)
def test_claim_text_reads_every_kind(text, value, high, kind, unit, measure):
    (figure,) = read_claim(text)
    assert (figure.value, figure.high, figure.kind, figure.unit, figure.measure) == (value, high, kind, unit, measure)


# -- forms from quantity-extraction suites, each written as a claim -------------------------------

FORMS = [
    # (the source writes, the claim writes, the value the claim doubles)
    ("The fraud cost one victim £2,000 in savings.", "£2,000", "£4,000"),
    ("The convoy drove 4,000 km across the desert.", "4,000 km", "8,000 km"),
    ("Officers found six gallons of acid in the barn.", "6 gallons", "12 gallons"),
    ("Investigators traced €10M moved through shell firms.", "€10,000,000", "€20,000,000"),
    ("The suspects were questioned for 3 hrs on Monday.", "3 hours", "6 hours"),
    ("The lab held 275 kg of methamphetamine.", "275 kg", "550 kg"),
    ("Police seized 2.5 tonnes of cocaine at the port.", "2,500 kg", "5,000 kg"),
    ("Some 80% of the complaints came from pensioners.", "about 80% of complaints", "about 160% of complaints"),
    ("The scheme took in US$1.2 billion from investors.", "$1.2 billion", "$2.4 billion"),
    ("A tanker dumped 120,000 litres of waste oil.", "120,000 litres", "240,000 litres"),
]


@pytest.mark.parametrize("source, claim, doubled", FORMS, ids=[f[1] for f in FORMS])
def test_a_form_supports_its_claim_and_the_value_doubled_is_rejected(source, claim, doubled):
    assert codes(claim, source) == []
    assert "V001" in codes(doubled, source)


@pytest.mark.parametrize(
    "claim, source, code",
    [
        ("€500,000", "Officers seized $500,000 in cash.", "V001"),  # another currency
        ("2.5 litres", "Officers seized 2.5 tonnes of cocaine.", "V001"),  # another dimension
        ("80 complaints", "About 80% of the complaints were from pensioners.", "V001"),  # a percentage is no count
        ("500,000 arrests", "Officers seized €500,000 in cash.", "V001"),  # money is no count
        ("2.5 tonnes of heroin", "Officers seized 2.5 tonnes of cocaine.", "V002"),  # another measure
        ("€500,000", "Officers seized about €500,000 in cash.", "V003"),  # the qualifier dropped
        ("55 arrests", "Between 50 and 60 people were arrested.", "V003"),  # more precise than the range
        ("52 to 60 arrests", "Between 50 and 60 people were arrested.", "V001"),  # one end copied, one mistyped
        ("52 to 58 arrests", "Between 50 and 60 people were arrested.", "V003"),  # a range narrowed
    ],
)
def test_slips_in_amounts(claim, source, code):
    assert code in codes(claim, source)


@pytest.mark.parametrize(
    "claim, source",
    [
        ("about €500,000 cash", "Officers seized about €500,000 in cash."),
        ("between 50 and 60 arrests", "Between 50 and 60 people were arrested."),
        ("50 to 60 arrests", "Police arrested 50-60 people."),
        ("45 to 65 arrests", "Between 50 and 60 people were arrested."),  # vaguer than the source
        ("12 to 14 hours", "The workers were made to work 12 to 14 hours a day."),
        ("2.5 tonnes of cocaine in Spain", "In Spain, officers seized 2.5 tonnes of cocaine."),
    ],
)
def test_amounts_supported(claim, source):
    assert codes(claim, source) == []


# -- properties -------------------------------------------------------------------------------

_CURRENCIES = {"EUR": ("€{v}", "{v} euros", "EUR {v}"), "USD": ("${v}", "{v} dollars", "US${v}"),
               "GBP": ("£{v}", "{v} pounds", "GBP {v}")}
_CLAIM_SIGN = {"EUR": "€", "USD": "$", "GBP": "£"}


@settings(max_examples=40, deadline=None)
@given(value=st.integers(1, 9_999_999), currency=st.sampled_from(sorted(_CURRENCIES)),
       form=st.integers(0, 2), other=st.sampled_from(sorted(_CURRENCIES)))
def test_money_in_any_form_supports_its_claim_and_no_other(value, currency, form, other):
    written = _CURRENCIES[currency][form].format(v=f"{value:,}")
    source = f"Officers seized {written} in cash during the raids."
    claim = f"{_CLAIM_SIGN[currency]}{value:,}"
    assert codes(claim, source) == []
    assert codes(f"{_CLAIM_SIGN[currency]}{value * 2:,}", source) == ["V001"]
    if other != currency:
        assert codes(f"{_CLAIM_SIGN[other]}{value:,}", source) == ["V001"]


_UNITS = [("kg", "kilogram"), ("tonnes", "metric_ton"), ("grams", "gram"), ("litres", "liter"),
          ("km", "kilometer"), ("metres", "meter")]


@settings(max_examples=40, deadline=None)
@given(value=st.integers(1, 99_999), written=st.sampled_from(_UNITS), claimed=st.sampled_from(_UNITS))
def test_a_quantity_supports_its_claim_in_any_unit_of_its_dimension(value, written, claimed):
    source = f"Customs officers found {value:,} {written[0]} of contraband."
    converted = amounts.convert(value, written[1], claimed[1])
    if converted is None:  # another dimension: never supported
        assert codes(f"{value:,} {claimed[0]}", source) == ["V001"]
        return
    assume(converted == int(converted) and converted < 1e12)
    assert codes(f"{int(converted):,} {claimed[0]}", source) == []
    assert codes(f"{int(converted) * 2:,} {claimed[0]}", source) == ["V001"]


@settings(max_examples=40, deadline=None)
@given(low=st.integers(2, 5_000), width=st.integers(1, 500),
       form=st.sampled_from(["between {a} and {b} people were arrested", "{a} to {b} people were arrested",
                             "police arrested {a}-{b} people"]))
def test_a_range_in_the_source_supports_the_range_and_not_a_narrower_figure(low, width, form):
    high = low + width
    source = form.format(a=f"{low:,}", b=f"{high:,}").capitalize() + "."
    assert codes(f"{low:,} to {high:,} arrests", source) == []
    assert codes(f"{low:,} arrests", source) == ["V003"]
    assert "V001" in codes(f"{low + high + 1:,} arrests", source)


@pytest.mark.parametrize(
    "claim, source, expected",
    [
        ("about 1,930 km", "He had driven 1,200 miles before the arrest.", []),  # 1,931.2 km, within "about"
        ("1,930 km", "He had driven 1,200 miles before the arrest.", ["V001"]),  # not exactly
        ("about 24 km", "The suspects fled after a 15-mile pursuit.", []),  # a unit glued with a hyphen
        ("15 miles", "The suspects fled after a 15-mile pursuit.", []),
    ],
)
def test_a_converted_quantity_is_the_claims_number_when_the_claim_allows_it(claim, source, expected):
    assert codes(claim, source) == expected


@pytest.mark.parametrize(
    "claim, source, expected",
    [
        ("1.5 years", "He was jailed for 18 months.", []),
        ("42 days", "The operation lasted six weeks.", []),
        ("about 36 months", "The inquiry ran for nearly three years.", []),
        ("2 years", "He was jailed for 18 months.", ["V001"]),
        ("18 years", "He was jailed for 18 months.", ["V002"]),  # the number right, its unit of time not
        ("5 weeks", "The inquiry lasted five months.", ["V002"]),
        ("between 2 and 3 years", "He faces two to three months in jail.", ["V002"]),  # a range too
    ],
)
def test_durations_convert_between_units_of_time(claim, source, expected):
    assert codes(claim, source) == expected


@pytest.mark.parametrize(
    "claim, source, expected",
    [
        ("about 120 kg of cannabis", "Officers seized approximately 120kg of cannabis herb.", []),
        ("120 kg of cannabis", "Officers seized approximately 120kg of cannabis herb.", ["V003"]),
        ("2.3 kg of cannabis", "Detectives found 2.3kg of dried cannabis.", []),
        ("about €1.4 million", "Investigators froze assets worth approximately 1.4 million euros.", []),
        ("SEK 740,000 cash", "Police found cash amounting to SEK 740,000.", []),
        ("S$5.2 million", "Singapore police said victims lost $5.2 million.", []),
        ("GHS 48,000 cash", "Investigators recovered 48,000 Ghanaian cedis in cash.", []),
        ("AUD 50,000", "The couple sent 50,000 Australian dollars abroad.", []),
        ("$50,000", "The couple sent 50,000 Australian dollars abroad.", ["V001"]),
        ("$5.2 million", "Singapore police said victims lost $5.2 million.", []),  # the report's own "$"
        ("$5.2 million", "Singapore police said victims lost S$5.2 million.", ["V001"]),
        # "about" a figure the source gives exactly: the figure rounded, never another number
        ("about $2.3 million", "The judge ordered him to pay $2,317,460 in restitution.", []),
        ("about 247,000 offences", "Police recorded 247,389 offences.", []),
        ("about 40 arrests", "Police made 38 arrests.", []),
        ("about 39 arrests", "Police made 38 arrests.", ["V001"]),
        ("about $2.3 million", "The judge ordered him to pay $2,390,000 in restitution.", ["V001"]),
        ("C$186,450 cash", "Officers also found $186,450 in Canadian currency.", []),
        # a bound cut to a rounder number on the side that keeps it true is vaguer, never wrong
        ("at least 300 officers", "More than 350 officers took part.", []),
        ("more than 10,000 images", "Analysts examined 11,870 images.", []),
        ("at least 2 tonnes of cocaine", "Officers seized 2.4 tonnes of cocaine.", []),
        ("at least 30 officers", "More than 350 officers took part.", ["V001"]),
        ("up to 1,000,000 devices", "They shipped as many as 250,000 devices.", ["V001"]),
        ("thousands of files", "Analysts found 14,312 files.", []),
        ("thousands of files", "Analysts found 250,000 files.", ["V001"]),
        # a drug is a drug
        ("more than 19 tonnes of drugs", "Police seized more than 19 tonnes of cocaine.", []),
    ],
)
def test_amounts_as_reports_write_them(claim, source, expected):
    assert codes(claim, source) == expected



@given(st.integers(min_value=10, max_value=10**12), st.integers(min_value=0, max_value=9))
def test_about_a_number_is_its_rounding_and_no_neighbour(value, places):
    unit = 10 ** min(places, len(str(value)) - 1)
    rounded = round(value / unit) * unit
    assume(rounded > 0 and 2 * abs(value - rounded) != unit)
    assert amounts.rounds_to(value, rounded)
    for neighbour in (rounded - unit, rounded + unit):
        if neighbour > 0 and (neighbour // unit) % 10:  # written to the same last digit
            assert not amounts.rounds_to(value, neighbour)


@pytest.mark.parametrize(
    "claim, source, expected",
    [
        ("about 540,000 lb of cocaine", "Units seized 475,000 pounds of cocaine, down from about 540,000 pounds.", []),
        ("about 95 kg of cannabis", "Officers found 38 slabs of cannabis weighing about 95 kilograms.", []),
        ("GHS 186,500 cash", "Cash totalling GH¢186,500 was also seized.", []),
        ("MXN 108,570", "El juez le impuso una multa de 108 mil 570 pesos en Jalisco, México.", []),
        ("more than 1.5 million files", "Analysts found about 1.8 million files.", []),
        ("up to 15 hours", "Victims were held for up to 14 hours.", ["V001"]),
        ("less than 1%", "The share hosted in the UK was below 1 per cent.", []),
        ("PYG 2.3 million in cash", "El juez ordenó decomisar 2,3 millones de guaraníes en efectivo.", []),
        ("USD 2.3 million in cash", "El juez ordenó decomisar 2,3 millones de guaraníes en efectivo.", ["V001"]),
        # the rand's letter in a report whose places are South African, though it never names the country
        ("R640,000 in cash", "Detectives in Polokwane, Limpopo, and Mbombela, Mpumalanga, found R640,000 in cash.", []),
        ("USD 640,000 in cash", "Detectives in Polokwane, Limpopo, and Mbombela, Mpumalanga, found R640,000 in cash.",
         ["V001"]),
        # and not in a report about somewhere else: "R640" is then no money
        ("R640,000 in cash", "Detectives in Leeds and York found R640,000 in cash.", ["V001"]),
    ],
)
def test_amounts_as_the_blind_sets_wrote_them(claim, source, expected):
    assert codes(claim, source, "es" if "juez" in source else "en") == expected


def test_the_dominican_peso_sign() -> None:
    assert codes("RD$23.4 million in cash", "Se ocuparon RD$23.4 millones en efectivo en Santo Domingo.", "es") == []
