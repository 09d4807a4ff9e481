"""validator.dates: the dates a quote gives, read as ranges of days (C004 compares them with `when`)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from validator import dates
from validator.dates import DateRange, quote_dates
from validator.engine import Options, run

ROOT = Path(__file__).resolve().parent.parent
MONTHS = dates.MONTH_NAMES
PUB = "2024-07-04"  # a Thursday


def _read(text: str, published: str | None = PUB) -> list[tuple[str, str]]:
    found = quote_dates(text, dates.parse(published) if published else None)
    return [(d.phrase, " or ".join(str(r) for r in d.readings)) for d in found]


# -- forms, each read as written and as meant ------------------------------------------------

@pytest.mark.parametrize(("text", "published", "phrase", "meaning"), [
    # day and month, with and without a year
    ("Police said on 16 January that", PUB, "on 16 January", "2024-01-16"),
    ("reported on January 16, after", PUB, "on January 16", "2024-01-16"),
    ("heard on Jan. 16, 2024, and", PUB, "on Jan. 16, 2024", "2024-01-16"),
    ("signed on the 16th of January 2024", PUB, "on the 16th of January 2024", "2024-01-16"),
    ("signed January 16th 2024 by", PUB, "January 16th 2024", "2024-01-16"),
    ("on 16 January, 2020", PUB, "on 16 January, 2020", "2020-01-16"),
    ("dated Sept. 5", PUB, "Sept. 5", "2023-09-05"),
    ("SEPT 5 2019", PUB, "SEPT 5 2019", "2019-09-05"),
    ("On June 3 police raided a flat", PUB, "On June 3", "2024-06-03"),
    ("on Tuesday 30 August, making", "2022-09-05", "on Tuesday 30 August", "2022-08-30"),
    ("on Tuesday, June 4, 2024", PUB, "on Tuesday, June 4, 2024", "2024-06-04"),
    ("on 3 June last year", PUB, "on 3 June last year", "2023-06-03"),
    # numeric: four-digit years only; day first, and month first when that is a date too
    ("entry dated 16/01/2024:", PUB, "16/01/2024", "2024-01-16"),
    ("entry dated 01/16/2024:", PUB, "01/16/2024", "2024-01-16"),
    ("entry dated 16.01.2024:", PUB, "16.01.2024", "2024-01-16"),
    ("entry dated 03/06/2024:", PUB, "03/06/2024", "2024-06-03 or 2024-03-06"),
    ("entry dated 2024-01-16:", PUB, "2024-01-16", "2024-01-16"),
    # month and year; a year where it is the time of something
    ("In March 2023 the unit", PUB, "In March 2023", "2023-03"),
    ("in March of 2023", PUB, "in March of 2023", "2023-03"),
    ("310 files in 2023.", PUB, "in 2023", "2023"),
    ("during 2022 alone", PUB, "during 2022", "2022"),
    ("in the whole of 2023", PUB, "in the whole of 2023", "2023"),
    ("Since 2019 the unit", PUB, "Since 2019", "2019-01-01 to 2024-07-04"),
    ("Since January, police", PUB, "Since January", "2024-01-01 to 2024-07-04"),
    ("since 3 June", PUB, "since 3 June", "2024-06-03 to 2024-07-04"),
    ("between 2019 and 2021", PUB, "between 2019 and 2021", "2019-01-01 to 2021-12-31"),
    ("from 2016 to 2020", PUB, "from 2016 to 2020", "2016-01-01 to 2020-12-31"),
    ("in 2014-15", PUB, "in 2014-15", "2014-01-01 to 2015-12-31"),
    # ranges
    ("From June 3 to June 9, officers", PUB, "From June 3 to June 9", "2024-06-03 to 2024-06-09"),
    ("Between 3 and 9 June, 57", PUB, "Between 3 and 9 June", "2024-06-03 to 2024-06-09"),
    ("ran 3-9 June 2024 and", PUB, "3-9 June 2024", "2024-06-03 to 2024-06-09"),
    ("ran 3–9 June 2024 and", PUB, "3–9 June 2024", "2024-06-03 to 2024-06-09"),
    ("on 3, 4 and 5 June", PUB, "3, 4 and 5 June", "2024-06-03 to 2024-06-05"),
    ("ran June 3-9, 2024, and", PUB, "June 3-9, 2024", "2024-06-03 to 2024-06-09"),
    ("between June 3 and 9", PUB, "between June 3 and 9", "2024-06-03 to 2024-06-09"),
    ("From March to May, the", PUB, "From March to May", "2024-03-01 to 2024-05-31"),
    ("between March and May 2023", PUB, "between March and May 2023", "2023-03-01 to 2023-05-31"),
    ("March-May 2024", PUB, "March-May 2024", "2024-03-01 to 2024-05-31"),
    ("from March to May last year", PUB, "from March to May last year", "2023-03-01 to 2023-05-31"),
    ("from March 2021 through June 2023", PUB, "from March 2021 through June 2023", "2021-03-01 to 2023-06-30"),
    ("from 3 June to 9 July 2024", PUB, "from 3 June to 9 July 2024", "2024-06-03 to 2024-07-09"),
    ("From 29 December to 3 January, 16", PUB, "From 29 December to 3 January", "2023-12-29 to 2024-01-03"),
    ("from 29 December to 3 January 2024", PUB, "from 29 December to 3 January 2024", "2023-12-29 to 2024-01-03"),
    ("from 1 January to 31 December 2023", PUB, "from 1 January to 31 December 2023", "2023"),
    ("from Monday 13 to Sunday 19 May", PUB, "from Monday 13 to Sunday 19 May", "2024-05-13 to 2024-05-19"),
    # weekdays: the last one on or before publication ("last": strictly before)
    ("On Tuesday, detectives", PUB, "On Tuesday", "2024-07-02"),
    ("on Thursday, detectives", PUB, "on Thursday", "2024-07-04"),
    ("last Thursday", PUB, "last Thursday", "2024-06-27"),
    ("between Monday and Wednesday", PUB, "between Monday and Wednesday", "2024-07-01 to 2024-07-03"),
    ("Tuesday's raids led to", PUB, "Tuesday", "2024-07-02"),
    ("arrested Tuesday morning in", PUB, "Tuesday", "2024-07-02"),
    # the year from `published`: the year before when the date would come after it
    ("On 12 December, 70 officers", PUB, "On 12 December", "2023-12-12"),
    ("On 12 December, 70 officers", "2025-01-10", "On 12 December", "2024-12-12"),
    ("on 16 January that", "2025-01-10", "on 16 January", "2024-01-16"),
    ("on 10 January that", "2025-01-10", "on 10 January", "2025-01-10"),
    ("on 16 January that", "2025", "on 16 January", "2025-01-16"),
    ("From 29 December to 3 January", "2025-01-10", "From 29 December to 3 January", "2024-12-29 to 2025-01-03"),
])
def test_reads_each_form(text: str, published: str, phrase: str, meaning: str) -> None:
    assert _read(text, published) == [(phrase, meaning)]


@pytest.mark.parametrize(("text", "published"), [
    ("In December 27 people were arrested", PUB),       # 27 people, as the number reader has it
    ("On June 3 officers", PUB),                          # ... unless "on" makes it a date: read
    ("between 3 and 9 people were held", PUB),
    ("officers reviewed footage in 2000 cases", PUB),
    ("2023 arrests were made", PUB),
    ("police may search 5 homes", PUB),
    ("they will march 3 miles", PUB),
    ("the March on Washington", PUB),
    ("on Good Friday", PUB),
    ("Black Friday's sales", PUB),
    ("open Monday to Friday", PUB),
    ("on a Tuesday night", PUB),
    ("next Tuesday", PUB),
    ("On Tuesday, detectives", "2024-07"),               # which Tuesday of July?
    ("On Tuesday, detectives", None),
    ("on 16 January that", None),                         # no year, no `published`
    ("dated 16/01, and", PUB),
    ("dated 16/01/24, and", PUB),
    ("on 30 February", PUB),
    ("a ratio of 3/4/2024ths", PUB),
    ("COVID-19 cases", PUB),
    ("Police said 19 suspects were identified", PUB),
])
def test_reads_no_date(text: str, published: str | None) -> None:
    found = _read(text, published)
    if text.startswith("On June 3"):
        assert found == [("On June 3", "2024-06-03")]
    else:
        assert found == []


def test_relative_and_explicit_dates_are_read_together_in_order() -> None:
    text = "Since 2019, and on 3 June, and in July last year, and over the past five years"
    assert [p for p, _ in _read(text)] == ["Since 2019", "on 3 June", "in July last year",
                                           "over the past five years"]


def test_relative_dates_keep_their_meaning() -> None:
    published = dates.parse("2008-10-02")
    assert [(r.phrase, str(r.range)) for r in dates.relative_dates("began in July last year", published)] == [
        ("in July last year", "2007-07")]


# -- agreement: `when` overlaps the span of the quote's dates ---------------------------------

@pytest.mark.parametrize(("quote", "when", "agrees"), [
    ("From June 3 to June 9, officers", "2024-06", True),
    ("From June 3 to June 9, officers", "2024-06-09", True),
    ("From June 3 to June 9, officers", "2024-06-10", False),
    ("From June 3 to June 9, officers", "2024", True),
    ("From June 3 to June 9, officers", "2023", False),
    ("entry dated 03/06/2024:", "2024-03-06", True),
    ("entry dated 03/06/2024:", "2024-06", True),
    ("entry dated 03/06/2024:", "2024-04", False),
    ("on 3 June, and by 9 June", "2024-06-05", True),     # between the two dates
    ("on 3 June, and by 9 June", "2024-06-10", False),
    ("in 2022, up from 20 in 2020", "2021", True),
    ("Police said 19 suspects were identified", "1999", True),  # no date says nothing
])
def test_agreement(quote: str, when: str, agrees: bool) -> None:
    found = quote_dates(quote, dates.parse(PUB))
    assert dates.agrees(dates.parse(when), found) is agrees


def test_the_message_gives_when_and_the_date_as_written_and_as_read(monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    result = run(Options(paths=("tests/cases/C004/fail/explicit-dates.yaml",), root=ROOT))
    messages = {f.claim_id: f.message for f in result.findings if f.code == "C004"}
    assert messages["x.month-day-range"] == (
        "the claim is dated 2024-06-10, but the quote's 'From June 3 to June 9' reads as "
        "2024-06-03 to 2024-06-09 (the year from the source's publication date, 2024-07-04)")
    assert messages["x.numeric-neither-reading"] == (
        "the claim is dated 2024-04, but the quote's '03/06/2024' reads as 2024-06-03 or 2024-03-06")
    assert messages["x.quotes-together"].startswith(
        "the claim is dated 2024-06-10, but the quote's dates span 2024-06-03 to 2024-06-09: 'on 3 June' reads as")
    assert {f.severity.value for f in result.findings if f.code == "C004"} == {"warning"}


# -- property: any date, written in any supported form, reads back as itself -----------------

_SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def _ordinal(n: int) -> str:
    return f"{n}{_SUFFIX.get(n, 'th')}"


def _abbr(m: int) -> str:
    name = MONTHS[m - 1]
    return name if name == "May" else ("Sept." if m == 9 else f"{name[:3]}.")


def _day_forms(d: date, with_year: bool) -> list[str]:
    month_name, y = MONTHS[d.month - 1], f" {d.year}" if with_year else ""
    forms = [
        f"on {d.day} {month_name}{y}",
        f"{_ordinal(d.day)} {month_name}{y}",
        f"the {_ordinal(d.day)} of {month_name}{y}",
        f"{month_name} {d.day}{',' + y if with_year else ''}",
        f"{_abbr(d.month)} {d.day}{',' + y if with_year else ''}",
        f"on {month_name} {_ordinal(d.day)}{y}",
        f"{dates.WEEKDAY_NAMES[d.weekday()]}, {month_name} {d.day}{',' + y if with_year else ''}",
        f"{month_name.upper()} {d.day}{y}",
    ]
    if with_year:
        forms += [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}.{d.month}.{d.year}", d.isoformat()]
    return forms


def _range_forms(a: date, b: date, with_year: bool) -> list[str]:
    """Forms of the range a..b, a < b, within one month."""
    name, y = MONTHS[a.month - 1], f" {a.year}" if with_year else ""
    return [
        f"from {name} {a.day} to {name} {b.day}{',' + y if with_year else ''}",
        f"between {a.day} and {b.day} {name}{y}",
        f"{a.day}-{b.day} {name}{y}",
        f"{name} {a.day}–{b.day}{',' + y if with_year else ''}",
        f"from {a.day} {name} to {b.day} {name}{y}",
    ]


def _sentence(phrase: str) -> str:
    return f"Police said the raids took place {phrase}, and 38 people were arrested."


def _assert_read(phrase: str, published: date, expected: DateRange) -> None:
    found = quote_dates(_sentence(phrase), dates.day(published))
    assert len(found) == 1, (phrase, found)
    assert phrase.endswith(found[0].phrase) or found[0].phrase.endswith(phrase), (phrase, found)
    assert expected in found[0].readings, (phrase, published, found[0].readings)


_DATES = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))


@settings(max_examples=300, deadline=None)
@given(d=_DATES, later=st.integers(0, 3000), form=st.integers(0, 100))
def test_property_a_day_with_its_year_reads_back(d: date, later: int, form: int) -> None:
    forms = _day_forms(d, with_year=True)
    _assert_read(forms[form % len(forms)], d + timedelta(days=later), dates.day(d))


@settings(max_examples=300, deadline=None)
@given(d=_DATES, later=st.integers(0, 364), form=st.integers(0, 100))
def test_property_a_day_without_its_year_reads_back_within_a_year(d: date, later: int, form: int) -> None:
    forms = _day_forms(d, with_year=False)
    _assert_read(forms[form % len(forms)], d + timedelta(days=later), dates.day(d))


@settings(max_examples=300, deadline=None)
@given(d=_DATES, length=st.integers(1, 27), later=st.integers(0, 330), form=st.integers(0, 100),
       with_year=st.booleans())
def test_property_a_range_reads_back(d: date, length: int, later: int, form: int, with_year: bool) -> None:
    first = d.replace(day=min(d.day, 28 - length) or 1)
    last = first + timedelta(days=length)
    forms = _range_forms(first, last, with_year)
    _assert_read(forms[form % len(forms)], last + timedelta(days=later), DateRange(first, last))


@settings(max_examples=200, deadline=None)
@given(d=_DATES, later=st.integers(0, 3000), with_year=st.booleans(), to_month=st.integers(0, 11))
def test_property_months_and_years_read_back(d: date, later: int, with_year: bool, to_month: int) -> None:
    published = d + timedelta(days=later)
    name = MONTHS[d.month - 1]
    _assert_read(f"in {name} {d.year}", published, dates.month(d.year, d.month))
    _assert_read(f"in {d.year}", published, dates.year(d.year))
    end = max(d.month, to_month + 1)
    if end > d.month:
        expected = DateRange(dates.month(d.year, d.month).first, dates.month(d.year, end).last)
        if with_year:
            _assert_read(f"from {name} to {MONTHS[end - 1]} {d.year}", published, expected)
        elif later <= 300 and published >= expected.last:
            _assert_read(f"between {name} and {MONTHS[end - 1]}", published, expected)


@settings(max_examples=200, deadline=None)
@given(d=_DATES, later=st.integers(0, 6))
def test_property_a_weekday_reads_back_within_the_week(d: date, later: int) -> None:
    _assert_read(f"on {dates.WEEKDAY_NAMES[d.weekday()]}", d + timedelta(days=later), dates.day(d))


def test_earlier_this_month_is_the_month_of_publication_up_to_it():
    from validator.dates import parse, quote_dates

    (found,) = quote_dates("The 17 accused were picked up earlier this month", parse("2024-10-26"))
    assert str(found.range) == "2024-10-01 to 2024-10-26"


def test_last_week_is_the_calendar_week_before_and_this_week_runs_to_publication():
    from validator.dates import parse, quote_dates

    (last,) = quote_dates("Police arrested 5 people last week", parse("2026-02-19"))
    assert str(last.range) == "2026-02-08 to 2026-02-16"
    (this,) = quote_dates("The action days earlier this week involved 14 searches", parse("2026-02-19"))
    assert str(this.range) == "2026-02-16 to 2026-02-19"


@pytest.mark.parametrize(("text", "expected"), [
    ("Victims lost S$400 million in the first half of the year", "2025-01-01 to 2025-06-30"),
    ("Seizures rose in the third quarter of this year", "2025-07-01 to 2025-09-30"),
    ("Arrests fell in the second half of the year", "2025-07-01 to 2025-12-31"),
    ("Complaints doubled in the final quarter of the year", "2025-10-01 to 2025-12-31"),
])
def test_a_part_of_the_year_is_of_the_year_of_publication(text, expected):
    from validator.dates import parse, quote_dates

    (found,) = quote_dates(text, parse("2025-08-20"))
    assert str(found.range) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("He was sentenced Tuesday in Oakland County Circuit Court", "2025-05-08", "2025-05-06"),
    ("Offences rose by 7.2 per cent in the 2024-25 financial year", "2025-09-03", "2024-01-01 to 2025-12-31"),
    ("Since the start of the year, customs have intercepted 31.4 tonnes", "2025-07-16", "2025"),
])
def test_wire_weekdays_financial_years_and_the_year_so_far(text, published, expected):
    (found,) = quote_dates(text, dates.parse(published))
    assert str(found.range) == expected


def test_rupees_in_a_report_about_pakistan_are_pakistani():
    from validator.figures.attribution import evidence

    text = "Police in Lahore and Karachi, Pakistan, seized Rs12.4 million in cash. Each migrant paid 2 million rupees."
    assert {e.number.unit for e in evidence(text) if e.number.kind == "money"} == {"PKR"}
