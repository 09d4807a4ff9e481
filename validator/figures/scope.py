"""Where a number of a sentence happened, by scope.

* Its own place: named after it in its clause with a locative preposition ("80 in Latvia",
  "were arrested in Seville"), all of them when several are named together ("in Spain and
  Portugal", a joint place; "one each in Moldova and Germany" is not joint); a place inside
  its phrase when it counts places ("five Polish provinces"); failing that
* the scope of its clause: a fronted place ("In Italy, ...", "while in Romania ..."), the
  place of the agency acting ("Police in Spain arrested", "Spanish police", "Spain's Guardia
  Civil"), a place that is the clause's subject ("Ontario accounted for"), or the place a
  "where" clause refers to; the latest such scope before the number wins, and a paragraph
  carries it on to sentences that name no place.
* Never the seat of an organisation ("headquarters in Lyon", "Hague-based") nor a
  nationality ("14 Vietnamese nationals").
A city or province stands for itself and for its country ("three in Seville": Seville, Spain).
"""

from __future__ import annotations

import re

from validator.figures.numbers import Number
from validator.figures.places import Place
from validator.figures.counting import Counting, Phrase

_CLAUSE_END = re.compile(r"[,;:()\[\]\u2013\u2014]|\s-\s|\b(?:while|whereas|where|who|which|whom)\b", re.I)
_IN_NUMBER = re.compile(r"\s+(?:in|across|throughout)\s+(?:((?:at least|more than|some|about|nearly|almost|over)\s+))?", re.I)
_POSSESSIVE = re.compile(r"['’]s\s+")
# A number that is part of a compound modifier: "three-bedroom", "12-storey".
_COMPOUND_AFTER = re.compile(r"[-\u2010\u2011][^\W\d_]")
# "followed by Quebec with 301", "Brazil (41)": the place the number is given for.
# The whole of the country the text is about.
_NATIONWIDE = re.compile(r"\b(?:nationwide|countrywide|islandwide|nationally|across\s+the\s+country|"
                         r"throughout\s+the\s+country|around\s+the\s+country)\b", re.I)
_WITH_NUMBER = re.compile(r"\s+with\s+(?:(?:some|about|nearly|almost|more than|over|at least)\s+)?|\s*\(\s*", re.I)
# Clause subject: "Ontario accounted for 512".
# "Nigeria alone accounted for", "Lincoln, the county's largest city, accounted for"
_SUBJECT_VERB = re.compile(r"(?:\s+alone|\s*,\s*(?:the|a|an|its)\s[^,;:()\d]{1,50},)?\s+"
                           r"(?:(?-i:[a-z])[^\W\d_]*(?:ed|s)|saw|had|made|took|led|held|topped|paid|lost|spent|sent|"
                           r"got|won|sold|bought)\b")
_CLAUSE_START = re.compile(r"(?:\A|[;:]\s*|,\s*(?:and\s+|while\s+|but\s+)?|\b(?:while|whereas|that)\s+)(?:the\s+)?\Z",
                           re.I)  # "State officials estimate that Michigan paid out"
# Heads that are places themselves: a nationality or country before them says where.
_PLACE_HEADS = frozenset("provinces province states state regions region cities city towns town "
                         "counties county districts district municipalities municipality ports islands "
                         "countries".split())
# "the southern Spanish city of", "the port of": what may stand between "in" and a place.
_PLACE_NOUN = (r"(?:the\s+|an?\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central|"
               r"north-?east|north-?west|south-?east|south-?west|downtown|greater|rural|suburban|outer|inner|"
               r"neighbouring|neighboring|nearby)\s+)?"
               r"(?:(?:[\w'’\-]+\s+){0,3}(?:city|cities|town|towns|village|villages|province|provinces|state|"
               r"states|region|regions|county|counties|capital|district|districts|department|departments|area|"
               r"port|island|islands|municipality|municipalities)\s+of\s+)?\Z")
_AGENCY = (r"(?:police|authorities|officers|investigators|agents|prosecutors|officials|forces|"
           r"guard|gendarmerie|detectives|operation|investigation|crackdown|raids?|searches|"
           r"customs|agency|unit|squad|department|government|ministry|court|courts|judges?|"
           r"law enforcement|army|military|navy|coastguard|directorate|command|division|commission|"
           r"rangers|troops|soldiers|wardens|marines|inspectors)")
_AGENCY_BEFORE = re.compile(rf"\b{_AGENCY}\s+(?:in|of|at|across|throughout)\s+{_PLACE_NOUN}"
                            rf"|\b{_AGENCY}\s+at\s+(?:the\s+)?(?:[\w'’\-]+\s+){{1,5}}?(?:in|near)\s+(?:the\s+)?\Z",
                            re.I)  # "officers at the Lunga Lunga border post in Kwale County intercepted"
_AGENCY_AFTER = re.compile(
    rf"(?:['’]s)?\s+(?:(?-i:[A-Z])[\w\-]*\s+|(?:national|federal|state|local|regional|border|civil|"
    rf"military|judicial|criminal|financial|tax|cyber(?:crime)?|anti-[\w-]+)\s+|(?:and|&)\s+){{0,4}}"
    rf"(?:{_AGENCY}|sheriff(?:['’]s)?|office|bureau|service|constabulary)\b",
    re.I)  # "Mexican federal and state police", "the Harris County Sheriff's Office"
_OPENER = re.compile(
    r"(?:\A|[,;:(\u2013\u2014]|\b(?:while|whereas|and|but|meanwhile|elsewhere|where|with|also))\s*"
    rf"(?:also\s+)?(?:in|across|throughout|within)\s+{_PLACE_NOUN}",
    re.I,
)
# "deployed three officers to Las Palmas": where those deployed served (not "sent back to Libya").
_SENT_TO = re.compile(r"\b(?:deployed|deploying|dispatched|seconded)\b[^.;:]{0,40}\bto\s+(?:the\s+)?\Z"
                      r"|\b(?:reached|entered)\s+(?:the\s+)?\Z", re.I)  # "around 210 reached Italy": where they got to
_LOCATIVE = re.compile(rf"\b(?:in|across|throughout|within|inside|around|at|near|outside)\s+{_PLACE_NOUN}", re.I)
_SEAT = re.compile(
    r"\b(?:headquarters|headquartered|based|offices?|seat|embassy|consulate|bureau|"
    r"secretariat)\s+(?:in|at)\s+(?:the\s+)?\Z",
    re.I,
)
_BASED_AFTER = re.compile(r"[-\u2010\u2011]based\b|['’]s\s+(?:headquarters|offices?|embassy)\b", re.I)
_JOINER = re.compile(r"\A(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?\Z", re.I)
_ASIDE = re.compile(
    r",\s*(?:including|among them|among whom|mostly|most of them|many of them|such as)\b[^,;:()\d]{1,60},"
    r"|[\u2013\u2014][^\u2013\u2014;:()]{1,160}?[\u2013\u2014]|\s-\s[^;:()]{1,160}?\s-\s",  # "– 15 men and 8 women –"
    re.I,
)
# "arresting 14 persons from Pune", "nine were nabbed from Gurugram": where they were held.
_FROM = re.compile(rf"\bfrom\s+{_PLACE_NOUN}", re.I)
# "21 are from Uttar Pradesh": where persons come from, not where they were held.
_ORIGIN_LIST = re.compile(r"\b(?:are|were|come|came|hail|hailed)\s+from\b[^.;:]*\bfrom\s+(?:the\s+)?\Z", re.I)
_ORIGIN_FROM = re.compile(rf"\b(?:(?:are|were|is|was|come|came|hails?|hailed|originally|mostly|all)\s+from|"
                          rf"originat(?:ing|ed|es)\s+(?:in|from)|bound\s+for|destined\s+for|headed\s+for)\s+{_PLACE_NOUN}",
                          re.I)
_PLACES_AFTER = re.compile(r"\s+(?:ports?|airports?|provinces|cities|towns|regions|waters|borders?|coasts?)\b", re.I)
_OR_IN = re.compile(r"\s+(?:or|and)\s+(?:also\s+)?(?:in|at)\s+(?:[^\W\d_]+\s+){0,3}?(?:in|at|of)\s+(?:the\s+)?", re.I)
_OF_WHOM = re.compile(r"\s+of\s+(?:whom|which)\b", re.I)
_AT_NUMBER = re.compile(r"\b(?:at|on|in)\s+(?:the\s+)?\Z", re.I)
# A word after a name saying it names a county or province: "in Mariakani in Kilifi County".
UNIT_AFTER = re.compile(r"[ \t\u00a0]+(?:County|Province|State|Region|Department|District|Governorate|Prefecture)\b")
# A place and its number with the verb left out: ", and Logan 2,877".
_GAPPED_VERB = re.compile(r"[ \t]+")
_GAPPED_BEFORE = re.compile(r"(?:,|;|\band)\s+(?:the\s+)?\Z", re.I)
_IN_REGION = re.compile(r"\s*,?\s*in\s+(?:the\s+)?")  # "near Toowoomba, in Queensland", "in Mariakani in Kilifi County"
_RIGHT_AFTER = re.compile(r"(?:\s+of\s+(?:them|those))?(?:\s+(?:in|at|across|throughout)\s+(?:the\s+)?"
                          r"|\s*,\s*(?:all|most|mostly|both)\s+(?:of\s+them\s+)?(?:in|at)\s+(?:the\s+)?)", re.I)
_WHERE_AFTER = re.compile(r"\s*,\s*where\b", re.I)
# "In the Perth area, police recorded 213,450 offences, while regional districts accounted for
# the remaining 105,154": a clause whose subject is other ground closes the scope before it.
_OTHER_GROUND = re.compile(
    r"\b(?:while|whereas|but)\s+(?:elsewhere|(?:the\s+)?(?:rest|remainder)\s+of\b|(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:districts|regions|areas|provinces|states|counties|towns|cities|parts|territories|municipalities)\b"
    r"(?!\s+(?:of|in)\b))", re.I)


def is_demonym(place: Place) -> bool:
    return place.demonym


def place_names(places: list[Place]) -> tuple[str, ...]:
    """Each place's own name, then the state it lies in, if known, then its country."""
    out: dict[str, None] = {}
    for place in places:
        out[place.name or place.country] = None
        if place.region:
            out[place.region] = None
        out[place.country] = None
    return tuple(out)


def holding(places: list[Place]) -> tuple[str, ...]:
    """The state and the country that hold all of several places named together, if any."""
    regions = {p.region for p in places}
    countries = {p.country for p in places}
    held = [*(r for r in regions if r and len(regions) == 1), *(c for c in countries if len(countries) == 1)]
    return tuple(held)


class Scoping(Counting):
    """Reads where each number of a sentence happened (mixed into the sentence reader)."""

    def inner_places(self, number: Number, phrase: Phrase) -> list[Place]:
        """A place inside the number's own phrase when the phrase counts places ("five Polish
        provinces", "20 US states", "14 of Germany's 16 federal states")."""
        if phrase.head is None or phrase.head.split()[-1].lower() not in _PLACE_HEADS:
            return []
        inside = [p for p in self.places if number.end <= p.start and p.end <= phrase.end][:1]
        owner = [p for p in self.places if _POSSESSIVE.fullmatch(self.text, p.end, number.start)]
        return inside or owner[-1:]

    def where(self, number: Number, phrase_end: int, held: bool = False) -> list[Place]:
        """The places of a number: its own, else its clause's scope."""
        begin = number.qualifier_start if number.qualifier_start is not None else number.start
        holder = [p for p in self.places if _WITH_NUMBER.fullmatch(self.text, p.end, begin)
                  or (_GAPPED_VERB.fullmatch(self.text, p.end, begin)
                      and _GAPPED_BEFORE.search(self.text, max(self.start, p.start - 8), p.start))]
        if holder:
            return holder[-1:]  # "followed by Quebec with 301", "The Gold Coast recorded 3,902, and Logan 2,877"
        if self.whole_of_part(number):
            own = []  # "54 of the 152 arrests were made in Germany": the place is the 54's
        else:
            own = self.own_places(phrase_end, held) or self.places_of_next(phrase_end)
        if own:
            return own
        scope = self.scope_at(number.qualifier_start if number.qualifier_start is not None else number.start)
        if not scope and all(is_demonym(p) for p in self.places):
            scope = self.carried  # "Eight were Croatian citizens": a nationality names no place
        if not scope and self.home is not None and (whole := _NATIONWIDE.search(self.text, self.start, self.end)):
            # "781 illegal firearms were seized islandwide", in a report about Jamaica
            scope = [Place(whole.start(), whole.end(), whole.group(), self.home, self.home, "country")]
        return scope

    def subject_places(self, end: int, predicate: int) -> list[Place]:
        """"Two men in Kenya were arrested": a place right after the subject's noun, before its
        predicate, is where it happened to them."""
        for place in self.places:
            if end <= place.start and place.end <= predicate and _RIGHT_AFTER.fullmatch(self.text, end, place.start):
                return self._group(place, predicate)
        return []

    def places_of_next(self, begin: int) -> list[Place]:
        """"23 arrests in 19 Spanish provinces": the places that the number right after, in a
        locative phrase, counts in."""
        ahead = _IN_NUMBER.match(self.text, begin, self.end)
        following = [n for n in self.number_list if n.start >= begin][:1]
        if ahead is None or not following or following[0].start not in (ahead.end(), ahead.end(1) if ahead.group(1) else -1):
            return []
        number = following[0]
        return self.inner_places(number, self.phrase(number))

    def own_places(self, begin: int, held: bool = False) -> list[Place]:
        """The places named after the number in its clause, skipping an aside ("– 15 men and
        8 women –", ", including labour inspectors,") and the numbers inside it."""
        skipped: list[tuple[int, int]] = []
        if (of_whom := _OF_WHOM.match(self.text, begin, self.end)) is not None:
            begin = of_whom.end()  # "16 victims, 12 of whom live in Ontario": the clause is the 12's own
        pos, limit = begin, self.end
        while True:
            stop = _CLAUSE_END.search(self.text, pos, self.end)
            limit = stop.start() if stop else self.end
            aside = _ASIDE.match(self.text, limit, self.end) if stop else None
            if aside is None or any(pos <= n < limit for n in self.numbers):
                break
            skipped.append((limit, aside.end()))
            pos = aside.end()
        later = [n.start for n in self.number_list if begin <= n.start < limit
                 and not any(a <= n.start < b for a, b in skipped)
                 and not _AT_NUMBER.search(self.text, max(begin, n.start - 12), n.start)  # "apprehended at two estates in Abeokuta"
                 and not _COMPOUND_AFTER.match(self.text, n.end)]  # "in a three-bedroom terrace in Spalding"
        if later:
            limit = min(limit, later[0])
        for place in self.places:
            if place.start < begin or place.end > limit or any(a <= place.start < b for a, b in skipped):
                continue
            if is_demonym(place):
                if _AGENCY_AFTER.match(self.text, place.end, self.end) or _PLACES_AFTER.match(self.text, place.end, self.end):
                    return [place]  # "by Spanish police", "in the Italian raids", "at Spanish ports"
                continue
            left = self.text[max(begin, place.start - 60):place.start]
            if _SEAT.search(left) or _BASED_AFTER.match(self.text, place.end, self.end):
                continue
            if _ORIGIN_FROM.search(left):
                continue  # "declared as originating in Nigeria", "bound for West Africa": not where it was
            if _LOCATIVE.search(left) or _SENT_TO.search(self.text, max(self.start, place.start - 60), place.start) \
                    or (held and _FROM.search(left) and not self._origin(place.start, left)):
                return self._or_also(self._group(place, self.end), limit)
        return []

    def _or_also(self, group: list[Place], limit: int) -> list[Place]:
        """"at the Port of Montreal or in rail yards in Montreal and Halifax": the places of a
        locative joined to the first by "or"/"and" belong to the figure too."""
        for place in self.places:
            if place.start <= group[-1].end or place.end > limit:
                continue
            if not _OR_IN.fullmatch(self.text, group[-1].end, place.start):
                break
            more = [p for p in self._group(place, limit) if all(p.name != q.name for q in group)]
            return group + more
        return group

    def _origin(self, at: int, left: str) -> bool:
        """Whether "from PLACE" says where persons come from: "21 are from Uttar Pradesh, 11 from
        West Bengal" (the list goes on from the first "are from")."""
        return bool(_ORIGIN_FROM.search(left) or _ORIGIN_LIST.search(self.text, self.start, at))

    def scope_at(self, begin: int) -> list[Place]:
        """The places governing the sentence at `begin`: the latest scope opened before it."""
        found: list[Place] = []
        for place in self.places:
            if place.end > begin:
                break
            left = self.text[max(self.start, place.start - 60):place.start]
            rest = self.text[place.end:min(self.end, place.end + 60)]
            if _SEAT.search(left) or _BASED_AFTER.match(rest):
                continue
            agency = bool(_AGENCY_AFTER.match(rest))
            if is_demonym(place) and not agency:
                continue
            sentence_left = self.text[self.start:place.start]
            fronted = ("," not in sentence_left and not any(ch.isdigit() for ch in sentence_left)
                       and "," in self.text[place.end:begin] and _LOCATIVE.search(left))
            subject = (not is_demonym(place) and _CLAUSE_START.search(sentence_left[-40:]) is not None
                       and _SUBJECT_VERB.match(self.text, place.end, self.end) is not None)
            if (agency or fronted or subject or _AGENCY_BEFORE.search(left) or _OPENER.search(sentence_left[-80:])
                    or _WHERE_AFTER.match(rest)):
                if is_demonym(place) and found and all(p.country == place.country for p in found):
                    continue  # "In Strasbourg, ..., French officers found 31": Strasbourg, in France
                found = self._group(place, begin)
        if found and _OTHER_GROUND.search(self.text, found[-1].end, begin):
            return []
        return found

    def _group(self, first: Place, limit: int) -> list[Place]:
        group = [first]
        for place in self.places:
            if place.start <= group[-1].start or place.end > limit:
                continue
            if self._joined(group[-1], place) and not is_demonym(place) \
                    and not _AGENCY_AFTER.match(self.text, place.end, self.end):  # "..., the Harris County Sheriff's Office"
                group.append(place)
            elif len(group) == 1 and first.level == "city" and place.country == first.country \
                    and (place.level in ("subdivision", "country") or UNIT_AFTER.match(self.text, place.end)) \
                    and _IN_REGION.fullmatch(self.text, first.end, place.start):
                group.append(place)  # "near Toowoomba, in Queensland": the town, and where it lies
                break
            elif place.start > group[-1].end:
                break
        return group

    def _joined(self, a: Place, b: Place) -> bool:
        return b.start > a.end and bool(_JOINER.match(self.text[a.end:b.start]))
