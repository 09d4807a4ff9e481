"""C001 parts-exceed-whole: the figures for places add up to more than the total.

For one event and measure (and, for a figure that qualifies another, "20 arrests in 12
countries", the measure it qualifies), the figures for single places must not add up to
more than the total. Parts that add up to less
than the total are normal (not every arrest is broken down by country) and never alarm.
Qualifiers count: "more than 20" is at least just over 20, "about 40" may be 44.

Everything the data says about one place is read together: "over 100 arrests in the United
States" and "121 arrests in the United States" say 121 (the values both allow), so the
United States adds 121 to the sum, not 100. A figure without a place that its source gives
as part of another figure ("of whom 64 were on felony charges", "a further eight") is no
total, nor is one smaller than a single part (it counts something narrower: every figure is
checked against its quote, so a part above a total is no slip); of the other figures without
a place, the parts are compared with the largest, since one may be a subset the source does
not mark ("121 arrests", then "two of those held").
Percentages are never summed.

Parts are summed per country. A country's figures for the country itself give its value;
a country with none is worth at least the sum of its cities' and provinces' figures (each
place once, its figures read together). Only places one claim names side by side are summed:
claimed apart, a town and a province may be one inside the other ("19 arrests in Barcelona,
8 in Girona" and "1 arrest in Lloret de Mar", a town of Girona), so the group that adds up to
most counts. A figure claimed for a country whose quote gives it for places in it ("15 arrests
in India" for raids in Noida, Gurugram and Ahmedabad) is such a part too, not the country's
figure. City figures never add to a country that has its
own figure, since that would count them twice; but cities that add up to more than their
country's figure are themselves reported here.

Figures for one place that allow no common value cannot be reconciled: "120 arrests in the
United States" and "more than 130 arrests in the United States". When both come from one
claims file, C001 reports it, once per place and file ("figures for United States cannot be
reconciled", naming two of them that share no value). Figures quoted from different passages
may be a part and its whole ("34 arrests in Swindon" over the week, "4 arrests in Swindon" in
one raid), so from different passages only figures of which the smaller is at least half the
larger are reported (one count told twice: "38 arrests in Spain", later "35 in Spain").
Figures from different files are two sources disagreeing, which C005 reports.

Totals that cannot be reconciled are C005's alone (two files): within one file a figure
without a place is often a subset ("121 arrests", then "two of those held" as "2 arrests").
When a place's figures cannot be reconciled, the sum takes the lowest of them, so it alarms
only if the parts exceed the whole whichever figure is right.

Bad:

    - claim: 38 arrests
    - claim: 30 arrests in Spain, 9 in Colombia      # 39 > 38

    - claim: 179 arrests
    - claim: more than 100 arrests in the United States, 60 in Spain
    - claim: 121 arrests in the United States        # 121 + 60 = 181 > 179

    - claim: 4 arrests in Spain
    - claim: 3 arrests in Seville, 2 in Madrid       # 5 > 4 in Spain

    - claim: 120 arrests in the United States, more than 130 in the United States   # which?

Good:

    - claim: 38 arrests
    - claim: 17 arrests in Spain, 6 in Colombia, 4 in Italy, 2 in Germany   # 29 of 38

    - claim: 179 arrests
    - claim: more than 100 arrests in the United States, 58 in Spain
    - claim: 121 arrests in the United States        # 121 + 58 = 179
"""

from collections import defaultdict

from validator.evidence import Combined, Fact, by_event_measure, combine, later
from validator.figures.qualifiers import BOUNDS
from validator.finding import Severity
from validator.intervals import format_number
from validator.rules.base import at_claim

CODE = "C001"
NAME = "parts-exceed-whole"
SEVERITY = Severity.ERROR
SCOPE = "dataset"
SUMMARY = "parts add up to more than the whole"


def check(dataset):
    for (_, measure), group in sorted(by_event_measure(dataset).items()):
        if measure.endswith("(%)"):
            continue  # shares of different wholes do not add up
        by_parent = defaultdict(list)
        for fact in group:
            by_parent[fact.parent].append(fact)
        for facts in by_parent.values():
            yield from _check_group(measure, facts)


def _check_group(measure: str, facts: list[Fact]):
    totals = [f for f in facts if f.is_total]
    by_place: dict[str, list[Fact]] = defaultdict(list)
    countries: dict[str, set[str]] = defaultdict(set)
    for fact in facts:
        if fact.is_part and fact.country is not None:
            # a figure the claim gives its country for, which its quote gives for places in it, is
            # one more part of that country, not the country's figure
            place = f"{fact.figure.place} (part)" if fact.within else fact.figure.place
            by_place[place].append(fact)
            countries[fact.country].add(place)
    # A figure its source reads as part of another for the same place ("11 detained in Croatia.
    # Eight were Croatian citizens and three held Bosnian passports") is a subset, not a rival.
    places = {place: combine([f for f in group if not f.partial] or group) for place, group in by_place.items()}
    # Figures without a place may be subsets too ("two of those held"): the parts are held
    # to the largest; what the source reads as part of another figure is never a total.
    # A figure smaller than one of the parts is a subset too ("of those, 31 were charged"):
    # each figure is checked against its quote, so a part larger than a total says the
    # total counts something narrower, not that a figure was mistyped.
    largest_part = max((part.low[0] for part in places.values()), default=0.0)
    wholes = [f for f in totals if f.range.high >= largest_part]
    whole = combine([max(wholes, key=_high)]) if wholes else None

    for place in sorted(places):
        yield from _unreconciled(place, places[place])

    terms: list[tuple[str, Combined]] = []
    for country in sorted(countries):
        own = places.get(country)
        inner = _apart([p for p in countries[country] if p != country], places)
        cities = [(_label(p, country), places[p]) for p in inner]
        if own is None:
            terms.extend(cities)  # no figure for the country: its cities are a lower bound
            continue
        if cities:
            yield from _exceeds(measure, cities, own, f"{measure} in {country}", f"the figure for {country}")
        terms.append((country, own))
    if whole is not None and terms:
        yield from _exceeds(measure, terms, whole, measure, "the total")


def _apart(names: list[str], places: dict[str, Combined]) -> list[str]:
    """The places within one country known not to overlap: those one claim names side by side.
    Claimed apart, a town and a province ("1 arrest in Lloret de Mar", "8 in Girona") may be one
    inside the other, so of such places the sum counts the group that adds up to most."""
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for name in names:
        for fact in places[name].facts:
            groups[(str(fact.record.file.path), fact.record.id)].add(name)
    if not groups:
        return []
    best = max(groups.values(), key=lambda g: (sum(places[n].low[0] for n in g), sorted(g)))
    return sorted(best)


def _high(fact: Fact) -> tuple[float, bool]:
    return fact.range.high, not fact.range.high_open


def _label(place: str, country: str) -> str:
    if place.endswith(" (part)"):
        return f"places in {country}"
    return place if place == country else f"{place}, {country}"


def _unreconciled(label: str, combined: Combined):
    """A finding for each claims file whose figures for one place share no value (figures of
    different files are C005's). Figures quoted from different passages may be a part and its
    whole ("34 arrests in Swindon" over the week, "4 arrests in Swindon" in one raid), so such
    a pair is reported only when one is at least half the other: the same count, told twice."""
    if combined.reconciled:
        return
    by_file = defaultdict(list)
    for fact in combined.facts:
        by_file[str(fact.record.file.path)].append(fact)
    for path in sorted(by_file):
        pair = combine(by_file[path]).witness()
        if pair is None:
            continue
        earlier, at = pair
        if earlier.record.claim.quotes != at.record.claim.quotes and not _told_twice(earlier, at):
            continue
        yield at_claim(CODE, SEVERITY, at.record, at.record.span("claim"),
                       f"figures for {label} cannot be reconciled: {earlier.describe()} gives "
                       f"{earlier.range}, but {at.describe()} gives {at.range}")


def _told_twice(a: Fact, b: Fact) -> bool:
    """Whether two figures are close enough to be one count given twice, not a part and its whole;
    a bound ("up to 12 at a time") is never a count told again."""
    if a.figure.qualifier in BOUNDS or b.figure.qualifier in BOUNDS:
        return False
    low, high = sorted((abs(a.figure.value), abs(b.figure.value)))
    return high > 0 and low * 2 >= high


def _exceeds(measure: str, terms: list[tuple[str, Combined]], whole: Combined, summed: str, named: str):
    """A finding if the low ends of `terms` add up to more than `whole` allows."""
    added = sum(part.low[0] for _, part in terms)
    high, high_open = whole.high
    strict = high_open or any(part.low[1] for _, part in terms)
    if added < high or (added == high and not strict):
        return
    involved = [*whole.facts, *(f for _, part in terms for f in part.facts)]
    at = involved[0]
    for fact in involved[1:]:
        at = later(at, fact)[1]
    terms_text = " + ".join(
        f"{format_number(part.low[0])} ({label}{'' if part.reconciled else ', whose figures disagree'})"
        for label, part in terms)
    whole_text = f"{named} is {whole.span()}"
    if not whole.reconciled:
        whole_text += " (its figures disagree)"
    others = ", ".join(f.describe() for f in involved if f.record is not at.record)
    message = (f"parts add up to more than the whole: {terms_text} = {format_number(added)} {summed}, "
               f"but {whole_text}")
    if others:
        message += f"; see {others}"
    yield at_claim(CODE, SEVERITY, at.record, at.record.span("claim"), message)
