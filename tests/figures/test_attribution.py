"""What each number of a source counts and where, read from the structure of its sentence."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from validator.figures.attribution import evidence


def _read(text: str) -> dict[str, tuple[frozenset[str], tuple[str, ...], bool]]:
    return {e.number.text or text[e.number.start:e.number.end]: (e.measures, e.places, e.joint)
            for e in evidence(text)}


def _one(text: str, number: str):
    found = [e for e in evidence(text) if text[e.number.start:e.number.end] == number]
    assert len(found) == 1, [(text[e.number.start:e.number.end], e.measures) for e in evidence(text)]
    return found[0]


# (sentence, number as written, measures it counts, places)
CASES = [
    # the head of the noun phrase, with adjectives and compounds between
    ("Customs officers recovered more than 4,000 stolen mobile devices at the port.", "4,000", {"devices"}, ()),
    ("Analysts went through 250,000 abuse clips while 300 officers searched homes.", "250,000", {"videos"}, ()),
    ("A hundred German investigators joined the inquiry.", "A hundred", {"officers"}, ()),
    ("The court heard that 12 suspected gang members had fled.", "12", {"members"}, ()),
    ("Forensic teams examined 68 other potential suspects across 28 countries worldwide.", "28", {"countries"}, ()),
    # an event verb attaches to its own object only
    ("Detectives identified 39 suspects and arrested 21 individuals.", "39", {"suspects", "people"}, ()),
    ("Detectives identified 39 suspects and arrested 21 individuals.", "21", {"arrests", "people"}, ()),
    ("The unit arrested 14 people and searched 30 homes.", "30", {"searches"}, ()),
    # its own predicate
    ("Some 38 suspects were later arrested in Portugal.", "38", {"suspects", "arrests", "people"}, ("Portugal",)),
    ("Six children were safeguarded in Hungary, where a suspect was arrested.", "Six", {"people", "victims"}, ("Hungary",)),
    ("Six children were safeguarded in Hungary, where a suspect was arrested.", "a", {"suspects", "arrests", "people"}, ("Hungary",)),
    ("After the hearing, 21 people were charged with fraud.", "21", {"people"}, ()),
    # breakdowns and continuations take the measure of the number they break down
    ("Officers detained 108 people (80 in Latvia and 28 in Lithuania).", "80", {"arrests", "people"}, ("Latvia",)),
    ("Officers detained 108 people (80 in Latvia and 28 in Lithuania).", "28", {"arrests", "people"}, ("Lithuania",)),
    ("The arrests included 17 in Portugal, six in Chile and two in Peru.", "six", {"arrests", "people"}, ("Chile",)),
    ("Prosecutors said two of those held were minors.", "two", {"arrests", "people"}, ()),
    # fronted places govern their clause; "while in" opens a new scope
    ("In Italy, agents raided homes and identified 75 potential victims, while in Romania eight people were arrested.",
     "75", {"victims", "people"}, ("Italy",)),
    ("In Italy, agents raided homes and identified 75 potential victims, while in Romania eight people were arrested.",
     "eight", {"arrests", "people"}, ("Romania",)),
    ("Police in Greece arrested 11 men on Monday.", "11", {"arrests", "people"}, ("Greece",)),
    ("Dutch police detained 9 teenagers.", "9", {"arrests", "people"}, ("Netherlands",)),
    # the seat of an organisation and a nationality are no place of a figure
    ("The agency's headquarters in Lyon helped to identify 1,374 victims.", "1,374", {"victims", "people"}, ()),
    ("Border guards stopped 14 Vietnamese nationals.", "14", {"people"}, ()),
    # places named together are a joint place
    ("Raids in China and India led to 30 arrests.", "30", {"arrests"}, ("China", "India")),
    # an article is one when an event or the vocabulary says what it counts
    ("A teacher was arrested in Panama.", "A", {"arrests", "people"}, ("Panama",)),
    # a participle before a listed plural is an adjective; before a singular noun, a verb
    ("Detectives searched four addresses and recovered nine assembled pistols.", "nine", {"firearms"}, ()),
    ("Of the 1,130 drug seizures recorded, 412 involved methamphetamine.", "412", {"seized_items"}, ()),
    ("The raid ended with the arrest of a pharmacist in Chile.", "a", {"arrests", "people"}, ("Chile",)),
    # a relative clause between a noun and its predicate; places in brackets; phrasal verbs
    ("A 41-year-old man who police say led the group was arrested in Auckland.", "A", {"arrests", "people"},
     ("Auckland",)),
    ("Arrests were highest in Brazil (41), followed by Nigeria (33).", "33", {"arrests", "people"}, ("Nigeria",)),
    ("Seven were picked up in raids near the port.", "Seven", {"arrests", "people"}, ()),
    # vague quantities count what follows "of"
    ("Officers seized hundreds of devices.", "hundreds", {"devices", "seized_items"}, ()),
    # a word in -ly inside a compound is no adverb; "fall victim" makes persons victims
    ("Police said 2,470 family violence offences were reported.", "2,470", {"offences"}, ()),
    ("At least 1,070 people have fallen victim to a fake trading app.", "1,070", {"people", "victims"}, ()),
    # a clause whose subject is other ground closes the fronted place
    ("In the Perth area, police recorded 213,450 offences, while regional districts accounted for the "
     "remaining 105,154.", "105,154", {"offences"}, ()),
    ("In the Perth area, police recorded 213,450 offences, while regional districts accounted for the "
     "remaining 105,154.", "213,450", {"offences"}, ("Perth", "Australia")),
    # numbers listed "respectively" take the places listed, in order, and the noun after the last
    ("South Korea, Singapore and the Philippines reported the most arrests, with 412, 266 and 198 respectively.",
     "266", {"arrests", "people"}, ("Singapore",)),
    ("Boston and Skegness recorded 5,210 and 4,870 crimes respectively.", "5,210", {"offences"},
     ("Boston", "United Kingdom")),
    # a place right after the subject; an aside of ages before the predicate
    ("Two men in Kenya were arrested.", "Two", {"arrests", "people"}, ("Kenya",)),
    ("Three of the men, aged 31, 38 and 45, were arrested in Sydney on Saturday.", "Three", {"arrests", "people"},
     ("Sydney", "Australia")),
    ("Two suspected organisers of a romance scam ring, both nationals aged 41 and 36, were arrested in Vietnam.",
     "Two", {"arrests", "people", "suspects"}, ("Vietnam",)),
    # a town and the state it lies in; a breakdown by place of what happened, not of the places
    ("The other two were arrested at a property near Toowoomba, in Queensland, on Monday.", "two",
     {"arrests", "people"}, ("Toowoomba", "Australia", "Queensland")),
    ("Officers searched nine properties in the two states, six in New South Wales and three in Queensland, "
     "seizing $1.2 million.", "six", {"searches"}, ("New South Wales", "Australia")),
    # a place followed by an agency's name is that agency's, not one more place of the list
    ("More than 9,000 fake items were seized in north Houston, the Harris County Sheriff's Office said.",
     "9,000", {"seized_items"}, ("Houston", "United States", "Texas")),
    # subjects coordinated before one predicate; an age range before the predicate
    ("A total of 527 children and 389 vulnerable adults were safeguarded during the week.", "527",
     {"people", "victims"}, ()),
    ("In Auckland, five men aged between 24 and 58 were arrested.", "five", {"arrests", "people"},
     ("Auckland", "New Zealand")),
    # a town and the county it lies in; an agency at a post in a county
    ("Two were picked up in Voi, two in Mariakani in Kilifi County and one in Mombasa.", "two",
     {"arrests", "people"}, ("Mariakani", "Kenya", "Kilifi")),
    # the whole of the country the text is about: "islandwide", "nationwide"
    ("Police in Kingston and Montego Bay made the arrests; 781 illegal firearms were seized islandwide.", "781",
     {"firearms", "seized_items"}, ("Jamaica",)),
    # and nothing where no country stands out
    ("Officers said 90 firearms were seized nationwide.", "90", {"firearms", "seized_items"}, ()),
    ("Officers at the Lunga Lunga border post in Kwale County intercepted a van carrying 7.5kg of pangolin scales.",
     "7.5", {"pangolin_scales"}, ("Kwale", "Kenya")),
    # a share of a counted whole; the subject's place of a loss or a change
    ("According to police, 41 per cent of the 2,170 victims who lodged reports were aged 50 and above.", "41",
     {"victims"}, ()),
    ("Police said scam victims in Singapore had lost S$456.7 million in the first half of the year.",
     "456.7 million", set(), ("Singapore",)),
    ("Reported family violence offences in Queensland rose by 7.2 per cent last year.", "7.2", set(),
     ("Queensland", "Australia")),
    ("State officials estimate that Michigan paid out about $3.9 billion in fraudulent benefits.", "3.9 billion",
     set(), ("Michigan", "United States")),
    # a place after an amount is no noun of it; a province named with "neighbouring"; officers deployed
    ("Pills sell for around 100 baht in the north but for up to 300 baht in Bangkok.", "300", set(),
     ("Bangkok", "Thailand")),
    ("Police seized 187 million pills in Chiang Rai, while in neighbouring Chiang Mai province seizures reached "
     "64 million pills.", "64 million", {"pills"}, ("Chiang Mai", "Thailand")),
    ("Europol deployed three officers to Las Palmas on the action day.", "three", {"officers"},
     ("Las Palmas de Gran Canaria", "Canary Islands", "Spain")),
    # an adjective that is an adverb elsewhere; a share "of them"; a loss "a combined"
    ("The goods were resold through two online marketplace accounts.", "two", {"accounts"}, ()),
    ("Police froze 8,940 accounts and identified more than 21,000 victims, almost 60 per cent of them in Asia.",
     "60", {"victims"}, ("Asia",)),
    ("The two women in Canada lost a combined C$61,000.", "61,000", set(), ("Canada",)),
    ("Officers recorded 1,034 romance fraud cases in Scotland.", "1,034", {"offences", "cases"},
     ("Scotland", "United Kingdom")),
    # an amount compared with, or moved to
    ("Officers seized 2.1 tonnes of methamphetamine, up from 1.3 tonnes in 2023.", "1.3", {"methamphetamine"}, ()),
    ("The agency said cocaine seizures fell 12% to 63.4 tonnes.", "63.4", {"cocaine"}, ()),
    ("Agents seized R$4.2 million and US$310,000 in cash.", "4.2 million", {"cash"}, ()),
    ("Cash in several currencies worth 1.4 million euros in all was also taken.", "1.4 million", {"cash"}, ()),
    # an event word as the noun, and its own predicate too; a partitive of an event word
    ("The 17 accused were picked up earlier this month.", "17", {"arrests", "people", "suspects"}, ()),
    ("Twenty-one of the 36 arrested are Chinese nationals.", "Twenty-one", {"arrests", "people"}, ()),
    # a list of persons goes on; "N of them were youths" after a count of charges
    ("Of those rescued, 187 were Chinese, 96 Vietnamese and 58 Indonesian.", "96", {"people", "victims"}, ()),
    ("Those arrested face a combined 1,470 charges, and 37 of them were youths under 18.", "37",
     {"arrests", "people"}, ()),
    ("Police seized 12 firearms, four of them rifles.", "four", {"firearms", "seized_items"}, ()),
    ("In a separate operation, rangers in Kwale arrested two men.", "two", {"arrests", "people"}, ("Kwale", "Kenya")),
    # "respectively" after the numbers; a copula; places in an aside and a relative clause
    ("Of the 48 servers taken down, 22, 15 and 11 were hosted in the Netherlands, Germany and Finland respectively.",
     "15", {"servers"}, ("Germany",)),
    ("Of those, 68,200 were images and 4,750 were videos.", "4,750", {"videos"}, ()),
    ("Investigators have identified 58 children, and 23 of them, all in Austria, have been safeguarded.", "23",
     {"people", "victims"}, ("Austria",)),
    ("Investigators have identified 16 victims, 12 of whom live in Ontario.", "12", {"people", "victims"},
     ("Ontario", "Canada")),
    ("Items retrieved included four locally manufactured pistols.", "four", {"firearms"}, ()),
    ("Arrests were highest in Brazil and Peru, with six each.", "six", {"arrests", "people"}, ("Brazil", "Peru")),
    # the rest, with a predicate of their own; places joined by "or in"
    ("Eleven were arrested on Tuesday; the remaining 16 have been summoned to appear.", "16", {"people"}, ()),
    ("Of the recovered vehicles, 1,308 were found at the Port of Montreal or in rail yards in Montreal and Halifax.",
     "1,308", {"vehicles"}, ("Montréal", "Canada", "Halifax")),
]


def test_the_number_counted_before_and_where_they_got_to():
    found = _read("Investigators traced 340 migrants who paid the ring. Of the 340, around 210 reached Italy, "
                  "while 38 were stopped in Libya.")
    assert found["210"][:2] == ({"people"}, ("Italy",))
    assert found["38"][1] == ("Libya",)


def test_a_share_of_the_figure_before_and_an_age_limit():
    found = _read("Analysts found 2,100 images. Roughly 40% of those were graded Category A. "
                  "Of the arrested, 37 were youths under 18.")
    assert found["40"][0] == {"images"}
    assert "18" not in found  # "youths under 18": an age


def test_an_article_whose_noun_another_predicate_governs_is_no_count():
    found = _read("Two organisers of a ring, both nationals, were arrested. A man in a red car was arrested.")
    assert [n for n in found if n.lower() == "a"] == ["A"]


def test_a_sentence_opening_with_other_things_is_no_breakdown_of_the_last():
    found = _read("Police recorded 2,470 offences. At least 1,070 people lost money to the scheme.")
    assert found["1,070"][0] == {"people"} and not found["1,070"][2]


def test_a_dollar_said_to_be_in_a_currency_is_that_currency():
    read = {e.number.text: e.number.unit for e in evidence(
        "Seizure\n\nOfficers found $186,450 in Canadian currency and $12,000 in US currency.\n", "en")}
    assert read == {"186,450": "CAD", "12,000": "USD"}


@pytest.mark.parametrize("text, number, measures, places", CASES, ids=[f"{c[1]}:{c[0][:40]}" for c in CASES])
def test_what_and_where_a_number_counts(text, number, measures, places):
    found = _one(text, number)
    assert found.measures == frozenset(measures), found.reason
    assert tuple(p for p in found.places if p in places or not places) == tuple(places) or set(places) <= set(found.places)
    if not places:
        assert found.places == ()


def test_a_number_whose_noun_is_unknown_names_it():
    found = _one("The gang ran 40 call centres.", "40")
    assert found.measures == frozenset() and found.noun == "centres"
    assert "unknown noun" in found.reason


def test_a_number_nothing_names_says_so():
    found = _one("It was 17, said the report.", "17")
    assert found.measures == frozenset()


def test_an_article_without_a_counted_noun_is_no_number():
    assert [e for e in evidence("A spokesman said a network was behind it.") if e.number.value == 1] == []


def test_a_city_stands_for_itself_and_its_country():
    found = _one("Three people were arrested in Seville.", "Three")
    assert "Spain" in found.places


def test_a_scope_carries_over_within_a_paragraph_only():
    text = "In Poland, officers raided a warehouse. They arrested 12 people.\nA further 5 people were arrested."
    assert _one(text, "12").places == ("Poland",)
    assert _one(text, "5").places == ()


# -- generated sentences -----------------------------------------------------------------

_PERSONS = ["people", "individuals", "suspects", "men", "women", "nationals"]
_EVENT_VERBS = {"arrested": "arrests", "detained": "arrests", "identified": "suspects", "rescued": "victims"}
_THINGS = {"phones": "phones", "laptops": "laptops", "abuse clips": "videos", "photographs": "images",
           "hard drives": "hard_drives", "victims": "victims"}
_COUNTRIES = ["Spain", "Italy", "Germany", "Brazil", "Kenya", "Canada", "Poland", "Japan"]
_PERSON_MEASURE = {"suspects": "suspects"}


@settings(max_examples=150, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=999_999),
    verb=st.sampled_from(sorted(_EVENT_VERBS)),
    noun=st.sampled_from(_PERSONS),
    place=st.sampled_from(_COUNTRIES),
    fronted=st.booleans(),
    passive=st.booleans(),
)
def test_generated_event_sentences(n, verb, noun, place, fronted, passive):
    figure = f"{n:,}"
    if passive:
        body = f"{figure} {noun} were {verb}"
    else:
        body = f"officers {verb} {figure} {noun}"
    text = f"In {place}, {body}." if fronted else f"{body[0].upper()}{body[1:]} in {place}."
    found = _one(text, figure)
    expected = {_EVENT_VERBS[verb], _PERSON_MEASURE.get(noun, "people"), "people"}
    assert found.measures == frozenset(expected), (text, found.reason)
    assert found.places == (place,), text


@settings(max_examples=150, deadline=None)
@given(
    a=st.integers(min_value=2, max_value=9_999),
    b=st.integers(min_value=2, max_value=9_999),
    first=st.sampled_from(sorted(_EVENT_VERBS)),
    second=st.sampled_from(sorted(_EVENT_VERBS)),
    thing=st.sampled_from(sorted(_THINGS)),
)
def test_coordinated_clauses_keep_their_own_measures(a, b, first, second, thing):
    assume(len({a, b, a + b}) == 3)
    text = f"Police {first} {a:,} people and {second} {b:,} suspects, and seized {a + b:,} {thing}."
    assert _one(text, f"{a:,}").measures == frozenset({_EVENT_VERBS[first], "people"})
    assert _one(text, f"{b:,}").measures == frozenset({_EVENT_VERBS[second], "suspects", "people"})
    thing_measures = {_THINGS[thing], "seized_items"} | ({"people"} if _THINGS[thing] == "victims" else set())
    assert _one(text, f"{a + b:,}").measures == frozenset(thing_measures)


def test_an_article_before_a_unit_of_time_is_one_unless_it_makes_a_rate():
    assert [(e.number.kind, e.number.unit) for e in evidence("The gang took the money in a single week.")] \
        == [("duration", "weeks")]
    assert [e for e in evidence("They worked 14 hours a day for a pittance.") if e.number.text == "a"] == []


def test_a_us_city_lies_in_its_state_and_cities_named_together_in_one_state_are_held_by_it():
    found = _one("Police in Toledo detained 12 people.", "12")
    assert found.places == ("Toledo", "Ohio", "United States")
    joint = _one("Two people were arrested in Houston and Dallas.", "Two")
    assert joint.joint and joint.whole == ("Texas", "United States")
