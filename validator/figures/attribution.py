"""Attach each number of a source to what it counts and where: the evidence a claim is judged by.

What a number counts comes from the structure of its sentence, never from a cue word found
anywhere in it:

1. The head of the number's noun phrase: the last word of the run of words after it, before
   a preposition, verb, conjunction or punctuation ("more than 4,000 stolen mobile devices",
   "250,000 abuse clips", "a hundred German investigators"). A head that names no measure is
   kept as written, so a message can say what the number counts.
2. For persons ("21 individuals", "38 suspects", "a teacher"), the event that governs the
   phrase: its own predicate ("38 suspects were arrested", "six children safeguarded") or the
   verb or event noun right before it ("arresting 21 individuals", "the arrest of a teacher").
   An event word elsewhere in the sentence does not count: in "identified 39 suspects and
   arrested 21 individuals" the 39 are suspects and the 21 are arrests.
3. A number with no noun of its own ("80 in Latvia", "17 in Spain, six in Colombia", "of whom
   12") breaks down or continues the number before it in its sentence and takes its measure;
   the first of a sentence takes the measure the sentence names before it ("The arrests
   included 17 in Spain"). Where nothing says, it counts nothing, and the message says so.
4. "A"/"an" before a singular noun is one, when the noun is in the vocabulary or an event
   governs it ("a teacher was arrested", "an officer").

Where it happened, by scope:

* its own place: named after it in its clause with a locative preposition ("80 in Latvia",
  "were arrested in Seville"), all of them when several are named together ("in Spain and
  Portugal", a joint place); failing that
* the scope of its clause: a fronted place ("In Italy, ...", "while in Romania ..."), the place
  of the agency acting ("Police in Spain arrested", "Spanish police", "Spain's Guardia Civil"),
  or the place a "where" clause refers to; the latest such scope before the number wins.
* never the seat of an organisation ("headquarters in Lyon", "Hague-based") nor a nationality
  ("14 Vietnamese nationals").
A city or province stands for itself and for its country ("three in Seville": Seville, Spain).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from validator.figures.measures import Cue, find_cues, longest_noun, noun_measure, vocabulary
from validator.figures.numbers import CLAIM_KINDS, Number, read_numbers
from validator.figures.places import Place, canonical_country, canonical_region, find_places, find_regions

# Measures that name who was counted, not what happened to them: the governing event tells
# the rest ("38 suspects were arrested" counts suspects and arrests).
PERSONS = frozenset({"people", "suspects", "members"})
# Children identified in an abuse case are its victims, not suspects.
CHILDREN = frozenset("children child minors minor boys girls infants babies toddlers".split())
# Measures an event word can give to the phrase it governs.
EVENTS = frozenset({"arrests", "suspects", "victims", "searches", "seized_items"})
# Events that happen to persons: whoever they count are people too.
PERSON_EVENTS = frozenset({"arrests", "suspects", "victims"})
# Nouns that name the event itself ("21 arrests"), not the persons it happened to.
THINGS_COUNTED_AS_EVENTS = frozenset({"arrests"})
NOUN_RUN_WORDS = 5

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'’”)]*\s+(?=[\"'‘“(]?[A-Z0-9])|\n+")
# Abbreviations a full stop does not end a sentence after ("U.S.", "Mr.", "No.").
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]\.){1,3}[A-Z]?|\b(?:Mr|Mrs|Ms|Dr|St|No|Nos|Gen|Col|Lt|Sgt|Insp|Supt|Det|"
    r"Const|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|approx|vs|etc|Inc|Ltd|Co)\.)$"
)
_HARD_BREAK = re.compile(r"[;:()\[\]\u2013\u2014]|\s-\s")
_CLAUSE_END = re.compile(r"[,;:()\[\]\u2013\u2014]|\s-\s|\b(?:while|whereas|where|who|which|whom)\b", re.I)
# A word, or an adjective glued to a number ("a 34-year-old man").
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+(?:[\-\u2010\u2011][^\W\d_]+)+")
_GAP_OK = re.compile(r"[ \t\u00a0]*")

# Words that end a noun phrase: prepositions, conjunctions, determiners, auxiliaries, pronouns.
_STOP = frozenset("""
in into on at by for from with within without across throughout through during since until
till after before between among amongst around about against along under over of to toward
towards via per than as and or but nor while whereas where when who whom whose which that
this these those there here the a an its their his her our your my some any each every all
both either neither no not were was are is be been being have has had having will would
shall should can could may might must do does did got get gets also then later now
allegedly reportedly including such so yet last next this today yesterday tonight
took take takes made make makes went go goes came come comes saw see sees said say says told
tell led lead leads found find finds gave give gives left keep keeps kept ran run met meet fled
sent send began begin became become brought bring faced face faces remain remains include
includes work works live lives help helps need needs appear appears use used operate total
worldwide nationwide abroad overseas altogether apiece together alone online offline daily
annually ago earlier out off up down away back always never often still even just only
wherein whereby thereby however though although because if unless whether what how why it they them he she we you us i
""".split())
# "hundreds of devices", "two of those held", "1,200 the number of people arrested": the
# noun phrase that follows says what the number counts.
_OF_PHRASE = re.compile(
    r"\s+(?:(?:the\s+)?(?:total\s+)?number\s+of|of\s+(?:(?:the|those|these|them|whom|which|its|their)\b)?)\s*",
    re.I,
)
_VAGUE_OF = re.compile(r"\s+of\s+", re.I)
# What may stand between a number and the one it continues or breaks down.
_LIST_GAP = re.compile(r"[^;:.!?\u2013\u2014]*", re.I)
# Heads that are no noun of their own: "twelve more", "six of them".
_NO_HEAD = frozenset("more of them apiece each altogether total overall".split())
# Between an event word and the phrase it governs ("arrested a total of 38", "the arrest of").
_GOVERN_GAP = re.compile(
    r"(?:\s+|\s*\b(?:of|the|a|an|total|further|another|additional|also|all|some|both|its|"
    r"their|his|her|in\s+total|then|later|subsequently|successfully|reportedly|allegedly|"
    r"(?:and|or)\s+[^\W\d_]+(?:ed|en))\b)*\s*"
    r"(?:(?:its|his|her|their|the)\s+(?:[^\W\d_]+\s+){0,3}[^\W\d_]+\s*,\s*)?",  # "its alleged operator, a man"
    re.I,
)
# Between a noun phrase and its own predicate ("38 suspects were later arrested").
_PREDICATE_GAP = re.compile(
    r"(?:\s*,?\s*(?:in|across|from)\s+(?:the\s+)?(?-i:[A-Z])[\w'’.\-]*(?:\s+(?-i:[A-Z])[\w'’.\-]*)*)?"
    r"(?:\s+(?:with|from|of|for|on|at)\s+[^,;:()\d]{1,60}(?=,))?"  # "with interests in fishing,"
    r"(?:\s*,[^,;:()\d]{1,90},|\s*,\s*aged\s[^,;:()]{1,40},)?\s*,?"  # ", described as the cook,", ", aged 34,"
    r"(?:\s+(?:and|or)\s+[\w,.\-]+(?:\s+[\w\-]+){0,3}?(?=\s+(?:were|was|are|is|have|has|had)\b))?"  # "and two women"
    r"(?:\s+(?:have|has|had|were|was|are|is|been|being|be|got|will|would|later|also|"
    r"subsequently|then|all|both|reportedly|allegedly|successfully|now|since|previously|"
    r"already|eventually|each|who|that|which)\b)*\s*",
    re.I,
)
_OR_MORE = re.compile(r"\s+or\s+(?:more|so)\b", re.I)
_PRONOUN_OF = re.compile(r"\s+of\s+(?:them|whom|which)\b", re.I)
# "Among those arrested were two teenagers": the persons a fronted partitive names.
_AMONG_THOSE = re.compile(r"\b(?:among|of)\s+(?:those|the|them)\b(?:\s+[^\W\d_]+){0,3}\s*\Z", re.I)
_AMONG_GAP = re.compile(r"(?:\s+(?:in|across)\s+(?-i:[A-Z])[\w'’.\-]*(?:\s+(?-i:[A-Z])[\w'’.\-]*)*)?\s*,?"
                        r"(?:\s+(?-i:[a-z])[^\W\d_]*){0,3}\s*", re.I)  # "Among the arrested figure also three"
# Between two noun phrases of one list: "30 men, 12 women and 5 children".
_LISTED = re.compile(
    r"(?:\s+(?:in|across|at)\s+(?-i:[A-Z])[\w'’.\-]*(?:\s+(?-i:[A-Z])[\w'’.\-]*)*)?"
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as|along with|together with|plus)\s+)",
    re.I,
)
_SEARCHING = re.compile(r"\b(?:raids?|raided|searche[sd]|search|searching|raiding)\b", re.I)
_GLUED_NOUN = re.compile(r"[-\u2010\u2011]([^\W\d_]+)\b(?![-\u2010\u2011])")
_OF_NUMBER = re.compile(r"\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'’\-]*(?:\s+(?-i:[A-Z])[\w.'’\-]*)*['’]s\s+)?", re.I)
_IN_NUMBER = re.compile(r"\s+(?:in|across|throughout)\s+(?:((?:at least|more than|some|about|nearly|almost|over)\s+))?", re.I)
_POSSESSIVE = re.compile(r"['’]s\s+")
# After a head noun: more nouns joined to it ("officers, staff and volunteers").
_GROUP_OF_NOUNS = re.compile(r"(?:\s*,\s*(?-i:[a-z])[^\W\d_]+){0,4},?\s+(?:and|or)\s+(?-i:[a-z])[^\W\d_]+\b")
_NUMBER_AFTER = re.compile(r"\s+(?:of\s+)?\d")
_MASS_NOUNS = frozenset("staff personnel police crew volunteers".split())
_WITH_NUMBER = re.compile(r"\s+with\s+(?:(?:some|about|nearly|almost|more than|over|at least)\s+)?", re.I)
# "54 of the 152 arrests": the number after "N of the" is the whole a part is taken from.
_PART_OF = re.compile(r"\b(?:\d[\d,.]*|[a-z]+)\s+of\s+(?:the|all|its|their)\s+\Z", re.I)
# Clause subject: "Ontario accounted for 512".
_SUBJECT_VERB = re.compile(r"\s+(?-i:[a-z])[^\W\d_]*(?:ed|s)\b")
_CLAUSE_START = re.compile(r"(?:\A|[;:]\s*|,\s*(?:and\s+|while\s+|but\s+)?|\b(?:while|whereas)\s+)(?:the\s+)?\Z", re.I)
_AS_NOUN = re.compile(r"\s+as\s+(?:(?:possible|potential|likely|suspected|alleged)\s+)?([^\W\d_]+)", re.I)
_EACH = re.compile(r"\beach\b", re.I)
# Heads that are places themselves: a nationality or country before them says where.
_PLACE_HEADS = frozenset("provinces province states state regions region cities city towns town "
                         "counties county districts district municipalities municipality ports islands "
                         "countries".split())
# What a number of addresses counts when its sentence is about raids or searches.
ADDRESSES = frozenset("addresses address properties property premises homes home houses house "
                      "locations sites buildings apartments flats warehouses".split())
_AND_GAP = re.compile(r"\s*,?\s*(?:and|or)\s+", re.I)
_COORDINATED = re.compile(r"(?:,\s*)?\b(?:along with|as well as|together with|and|plus)\s+\Z", re.I)
_BREAKDOWN = re.compile(r"(?:\(|\b(?:of whom|of which|including|among them|among whom)\b)", re.I)

# "the southern Spanish city of", "the port of": what may stand between "in" and a place.
_PLACE_NOUN = (r"(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central|"
               r"north-?east|north-?west|south-?east|south-?west|downtown|greater|rural|suburban|outer|inner)\s+)?"
               r"(?:(?:[\w'’\-]+\s+){0,3}(?:city|cities|town|towns|village|villages|province|provinces|state|"
               r"states|region|regions|county|counties|capital|district|districts|department|departments|area|"
               r"port|island|islands|municipality|municipalities)\s+of\s+)?\Z")
_AGENCY = (r"(?:police|authorities|officers|investigators|agents|prosecutors|officials|forces|"
           r"guard|gendarmerie|detectives|operation|investigation|crackdown|raids?|searches|"
           r"customs|agency|unit|squad|department|government|ministry|court|courts|judges?|"
           r"law enforcement|army|military|navy|coastguard)")
_AGENCY_BEFORE = re.compile(rf"\b{_AGENCY}\s+(?:in|of)\s+{_PLACE_NOUN}", re.I)
_AGENCY_AFTER = re.compile(
    rf"(?:['’]s)?\s+(?:(?-i:[A-Z])[\w\-]*\s+|(?:national|federal|state|local|regional|border|civil|"
    rf"military|judicial|criminal|financial|tax|cyber(?:crime)?|anti-[\w-]+)\s+){{0,3}}{_AGENCY}\b", re.I)
_OPENER = re.compile(
    r"(?:\A|[,;:(\u2013\u2014]|\b(?:while|whereas|and|but|meanwhile|elsewhere|where|with|also))\s*"
    rf"(?:also\s+)?(?:in|across|throughout|within)\s+{_PLACE_NOUN}",
    re.I,
)
_LOCATIVE = re.compile(rf"\b(?:in|across|throughout|within|inside|around|at)\s+{_PLACE_NOUN}", re.I)
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
_WHERE_AFTER = re.compile(r"\s*,\s*where\b", re.I)


@dataclass(frozen=True, slots=True)
class Evidence:
    number: Number
    measures: frozenset[str]
    places: tuple[str, ...]  # where: each place's own name, then its country
    noun: str | None = None  # the head noun as written ("clips"), known or not
    reason: str = ""  # how the reader decided what it counts, for messages and --show-figures
    joint: bool = False  # several places named together ("in Spain and Portugal")
    event: Cue | None = None  # the event word governing it ("arrested"), if any
    whole: str | None = None  # for a joint place, the country holding all of it, if one does

    @property
    def start(self) -> int:
        return self.number.qualifier_start if self.number.qualifier_start is not None else self.number.start

    @property
    def end(self) -> int:
        return self.number.end


@lru_cache(maxsize=1024)
def evidence(text: str) -> tuple[Evidence, ...]:
    """Every number of `text` that can support a claim, with its measures and places."""
    numbers = [n for n in read_numbers(text) if n.kind in CLAIM_KINDS and not _not_a_count(text, n)]
    cues = find_cues(text)
    places = sorted(find_places(text) + find_regions(text), key=lambda p: p.start)
    out: list[Evidence] = []
    carried: list[Place] = []  # the scope the paragraph's earlier sentences left open
    last = 0
    for start, end in _sentences(text):
        if "\n" in text[last:start]:
            carried = []
        last = end
        inside = [n for n in numbers if start <= n.start < end]
        sentence = _Sentence(text, start, end, cues, places, carried, inside)
        carried = sentence.scope_at(end) or carried
        inside = sorted(inside + sentence.articles(inside), key=lambda n: n.start)
        previous: list[Evidence] = []
        for i, number in enumerate(inside):
            found = sentence.read(number, previous)
            previous.append(found)
            out.append(found)
    return tuple(out)


# "the man, 45, was arrested": a person's age between commas after the noun naming them.
_AGE_BEFORE = re.compile(r"\b([^\W\d_]+),[ \t]*\Z")
_AGE_AFTER = re.compile(r"[ \t]*,")


_OLDEST = re.compile(r"\b(?:youngest|oldest)\b(?:\s+(?:of\s+(?:them|whom|those)|was|is|being|aged))*\s*,?\s*\Z", re.I)
# "KHTV 13 first reported": a number after a name in capitals is a label ("Channel 4").
_CAPITALS_BEFORE = re.compile(r"\b([A-Z]{2,})\s+\Z")


def _not_a_count(text: str, number: Number) -> bool:
    """Numbers the number reader leaves as counts that a sentence shows to be something else."""
    if not number.text.isdigit():
        return False
    before = text[max(0, number.start - 40):number.start]
    capitals = _CAPITALS_BEFORE.search(before)
    if capitals and canonical_country(capitals.group(1)) is None and canonical_region(capitals.group(1)) is None:
        return True
    return bool(number.value <= 120 and _OLDEST.search(before)) or _apposed_age(text, number)


def _apposed_age(text: str, number: Number) -> bool:
    if not (number.text.isdigit() and len(number.text) <= 3 and number.value <= 120):
        return False
    before = _AGE_BEFORE.search(text, max(0, number.start - 30), number.start)
    if before is None or not _AGE_AFTER.match(text, number.end):
        return False
    word = before.group(1)
    return noun_measure(word) in ("people", "suspects", "members", "officers") and not _looks_plural(word.lower())


def within(text: str, spans: tuple[tuple[int, int], ...]) -> list[Evidence]:
    """The evidence whose number lies inside one of `spans` (a quote's place in the source)."""
    return [e for e in evidence(text) if any(a <= e.number.start and e.number.end <= b for a, b in spans)]


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds, pos = [], 0
    for match in _SENTENCE_END.finditer(text):
        if "\n" not in match.group() and _ABBREVIATION.search(text, max(0, match.start() - 12), match.start()):
            continue
        bounds.append((pos, match.start()))
        pos = match.end()
    bounds.append((pos, len(text)))
    return [b for b in bounds if b[0] < b[1]]


def _between(cues: list[Cue], start: int, end: int) -> list[Cue]:
    lo = bisect_left(cues, start, key=lambda c: c.start)
    out = []
    for cue in cues[lo:]:
        if cue.start >= end:
            break
        out.append(cue)
    return out


@dataclass(frozen=True, slots=True)
class _Phrase:
    end: int  # where the noun phrase ends
    head: str | None  # its head as written, None when the number has no noun
    measure: str | None  # the measure the head names
    event: Cue | None = None  # an event word standing for the noun ("two of those held")
    group: bool = False  # the head is the first of several nouns ("officers, staff and volunteers")


class _Sentence:
    def __init__(self, text: str, start: int, end: int, cues: list[Cue], places: list[Place],
                 carried: list[Place], numbers: list[Number] = ()) -> None:
        self.text, self.start, self.end, self.carried = text, start, end, carried
        self.predicate_end = 0  # where the predicate of the phrase last read ends
        self.phrase_ends: dict[int, int] = {}  # where each number's noun phrase ends
        self.number_list = list(numbers)
        self.numbers = [n.start for n in numbers]  # where the sentence's numbers start
        self._number_ends = {n.start: n.end for n in numbers}  # ... and where each ends, by start
        self.cues = _between(cues, start, end)
        self.places = [p for p in places if start <= p.start and p.end <= end]

    # -- what it counts ---------------------------------------------------------------

    def read(self, number: Number, previous: list[Evidence]) -> Evidence:
        if number.kind == "duration":
            unit = (number.unit or "").rstrip("s") + "s"
            measures = frozenset({unit}) if unit in vocabulary() else frozenset()
            return Evidence(number, measures, _names(self.where(number, number.end)), unit, "duration")
        phrase = self.phrase(number)
        self.phrase_ends[number.start] = phrase.end
        events = self.events(number, phrase, previous)
        measures, reason = self.measures(number, phrase, events, previous)
        group = self.inner_places(number, phrase) or self.where(number, max(phrase.end, self.predicate_end))
        joint = len(group) > 1 and not _EACH.search(self.text, number.end, group[0].start)
        whole = group[0].country if joint and len({p.country for p in group}) == 1 else None
        return Evidence(number, measures, _names(group), phrase.head, reason, joint,
                        events[0] if events else None, whole)

    def phrase(self, number: Number) -> _Phrase:
        pos = number.end
        if (or_more := _OR_MORE.match(self.text, pos, self.end)) is not None:
            pos = or_more.end()
        glued = _GLUED_NOUN.match(self.text, pos, self.end)
        if glued is not None:  # "the 34-count indictment", "a 12-member gang"
            noun = glued.group(1)
            measure = noun_measure(noun) or noun_measure(noun + "s")
            return _Phrase(glued.end(), noun, measure) if measure else _Phrase(pos, None, None)
        partitive = _OF_NUMBER.match(self.text, pos, self.end)
        if partitive is not None and partitive.end() in self._number_ends:  # "14 of Germany's 16 states"
            found = self._run(self._number_ends[partitive.end()])
            if found.head is not None:
                return found
        found = self._run(pos, verbs_first=number.text.lower() not in ("a", "an"))
        if found.head is not None and found.measure is None and " " not in found.head:
            cue = next(iter(_between(self.cues, found.end - len(found.head), found.end)), None)
            if cue is not None and cue.measure in EVENTS and cue.end == found.end:
                return _Phrase(found.end, None, None, cue)  # "the eight arrested in Romania"
        if found.head is not None:
            return found
        tail = (_VAGUE_OF if number.vague else _OF_PHRASE).match(self.text, pos, self.end)
        if tail is None:
            return found
        cue = next(iter(_between(self.cues, tail.end(), tail.end() + 1)), None)
        if cue is not None and cue.measure in EVENTS:
            return _Phrase(cue.end, None, None, cue)  # "two of those held"
        if _PRONOUN_OF.match(self.text, pos, self.end):
            return found  # "nearly 200 of them lost": a breakdown, no noun of its own
        after = self._run(tail.end())
        return after if after.head is not None else found

    def _run(self, pos: int, verbs_first: bool = True) -> _Phrase:
        """The noun phrase starting at `pos`: its words up to a preposition, verb, conjunction
        or punctuation, and its head."""
        text, start = self.text, pos
        words: list[re.Match[str]] = []
        known = False  # a listed noun has been read: a following word that is no noun ends it
        pending: re.Match[str] | None = None  # "and"/"or" between adjectives: kept if a word follows
        while len(words) < NOUN_RUN_WORDS:
            gap = _GAP_OK.match(text, pos, self.end)
            word = _WORD.match(text, gap.end(), self.end)
            if word is None or (gap.end() == pos and (words or pending or text[pos:pos + 1] == "-")):
                break
            if word.start() in self._number_ends:
                break  # another number: "34 bank accounts and six properties"
            lower = word.group().lower()
            if lower in ("and", "or") and words and not known and pending is None:
                pending, pos = word, word.end()
                continue
            if (lower in _STOP and not word.group().isupper()) or (lower.endswith("ly") and len(lower) > 4):
                break  # "US" in "20 US states" is no pronoun
            if words and lower[-2:] in ("ed", "en") and noun_measure(lower) is None:
                break
            if words and lower.endswith("ing") and noun_measure(lower) is None and not self._noun_next(word.end()):
                break  # "97 suspected fishing offences" reads on
            is_noun = noun_measure(lower) is not None
            if known and not is_noun and not lower.endswith("s"):
                break
            known = known or is_noun
            pending = None
            words.append(word)
            pos = word.end()
        if not words:
            return _Phrase(start, None, None)
        end = words[-1].end()
        first = words[0].group().lower()
        if (verbs_first and first.endswith("ed")
                and all(noun_measure(w.group().lower()) is None for w in words)):
            return _Phrase(start, None, None)  # "19 received prison sentences": a verb, not a noun
        group = self._joined_nouns(end)
        for size in range(min(longest_noun(), len(words)), 0, -1):
            head = " ".join(w.group() for w in words[-size:])
            measure = noun_measure(_singular_possessive(head))
            if measure is not None:
                if group is not None:
                    return self._group_phrase(end, head, measure, group)
                return _Phrase(end, head, measure)
        head = words[-1].group()
        if head.lower() in _NO_HEAD:
            return _Phrase(end, None, None)
        if any(p.demonym and p.start == words[-1].start() and p.end == end for p in self.places):
            return _Phrase(end, head, "people")  # "three Colombians", "one Albanian"
        return _Phrase(end, head, None)

    def _joined_nouns(self, end: int) -> re.Match[str] | None:
        """Nouns joined to the head with commas and a last "and"/"or", none of them a verb,
        a function word or the start of another counted phrase."""
        m = _GROUP_OF_NOUNS.match(self.text, end, self.end)
        if m is None or _NUMBER_AFTER.match(self.text, m.end(), self.end):
            return None
        for word in _WORD.finditer(m.group()):
            w = word.group().lower()
            if w in ("and", "or"):
                continue
            if w in _STOP or not (w in _MASS_NOUNS or noun_measure(w) or _looks_plural(w)):
                return None
        return m

    def _group_phrase(self, end: int, head: str, measure: str, group: re.Match[str]) -> _Phrase:
        """A head joined to other nouns counts them all: of one measure, that measure;
        persons of several kinds ("90 officers, staff and volunteers"), people; else
        nothing the reader can name."""
        joined = [w.group() for w in _WORD.finditer(group.group()) if w.group().lower() not in ("and", "or")]
        measures = {measure} | {noun_measure(w) for w in joined}
        if len(measures) == 1:
            return _Phrase(end, head, measure)
        text = f"{head}, {', '.join(joined)}"
        if measure in PERSONS | {"officers", "victims"}:
            return _Phrase(group.end(), text, "people", group=True)
        return _Phrase(group.end(), text, None, group=True)

    def _noun_next(self, pos: int) -> bool:
        nxt = _WORD.match(self.text, _GAP_OK.match(self.text, pos, self.end).end(), self.end)
        return nxt is not None and (noun_measure(nxt.group()) is not None or _looks_plural(nxt.group().lower()))

    def events(self, number: Number, phrase: _Phrase, previous: list[Evidence]) -> tuple[Cue, ...]:
        """The event words governing the number's phrase: the verb or event noun right before
        it and its own predicate; failing both, that of the phrase it is coordinated with."""
        if phrase.event is not None:
            return (phrase.event,)
        text = self.text
        begin = number.qualifier_start if number.qualifier_start is not None else number.start
        found: list[Cue] = []
        before = [c for c in self.cues if c.end <= begin and c.measure in EVENTS]
        if before and (_GOVERN_GAP.fullmatch(text, before[-1].end, begin)
                       or (_AMONG_THOSE.search(text, self.start, before[-1].start)
                           and _AMONG_GAP.fullmatch(text, before[-1].end, begin))):
            found.append(before[-1])
        self.predicate_end = 0
        after = [] if self.whole_of_part(number) else _between(self.cues, phrase.end, min(self.end, phrase.end + 120))
        if after and after[0].measure in EVENTS and _PREDICATE_GAP.fullmatch(text, phrase.end, after[0].start):
            found.append(after[0])
            self.predicate_end = after[0].end
            for cue in after[1:]:  # "identified and safeguarded"
                if cue.measure not in EVENTS or not _AND_GAP.fullmatch(text, found[-1].end, cue.start):
                    break
                found.append(cue)
        found = [self._as_noun(c) for c in found]
        if phrase.head is not None and phrase.head.split()[-1].lower() in CHILDREN:
            found = [Cue(c.start, c.end, c.text, "victims") if c.measure == "suspects" else c for c in found]
        if not found and previous and previous[-1].event is not None:
            gap_start = self.phrase_ends.get(previous[-1].number.start, previous[-1].number.end)
            if gap_start <= begin and (_COORDINATED.search(text, gap_start, begin)
                                       and not _HARD_BREAK.search(text, gap_start, begin)
                                       or _LISTED.fullmatch(text, gap_start, begin)):
                found.append(previous[-1].event)  # "detained 30 men, 12 women and 5 children"
        return tuple(found)

    def _as_noun(self, cue: Cue) -> Cue:
        """"identified as possible victims": the noun after "as" says what the event made them."""
        m = _AS_NOUN.match(self.text, cue.end, self.end)
        measure = noun_measure(m.group(1)) if m else None
        return Cue(cue.start, cue.end, cue.text, measure) if measure in EVENTS else cue

    def measures(self, number: Number, phrase: _Phrase, events: tuple[Cue, ...],
                 previous: list[Evidence]) -> tuple[frozenset[str], str]:
        measures, reason = self._measures(number, phrase, events, previous)
        if measures & PERSON_EVENTS and phrase.measure not in THINGS_COUNTED_AS_EVENTS:
            measures |= {"people"}  # arrested, suspected or rescued: persons all
        return frozenset(measures), reason

    def _measures(self, number: Number, phrase: _Phrase, events: tuple[Cue, ...],
                  previous: list[Evidence]) -> tuple[set[str], str]:
        said = " and ".join(f"'{c.text}'" for c in events)
        if phrase.measure is not None and phrase.measure not in PERSONS:
            return {phrase.measure}, f"noun '{phrase.head}'"
        if (phrase.head is not None and phrase.head.split()[-1].lower() in ADDRESSES and not events
                and _SEARCHING.search(self.text, self.start, self.end)):
            return {"searches"}, f"'{phrase.head}' of the raids or searches"
        begin = number.qualifier_start if number.qualifier_start is not None else number.start
        parent = self._parent(previous, begin)
        if phrase.head is not None:
            own = {phrase.measure} if phrase.measure else set()
            if events:
                event_measures = {c.measure for c in events}
                if phrase.measure is None and not event_measures & PERSON_EVENTS:
                    return event_measures, f"event {said} on '{phrase.head}'"
                return own | event_measures, f"event {said} on '{phrase.head}'"
            if parent is not None and parent[1] == "breakdown":
                return own | set(parent[0].measures), f"'{phrase.head}', breakdown of '{parent[2]}'"
            if phrase.measure is not None:
                return own, f"noun '{phrase.head}'"
            return set(), f"unknown noun '{phrase.head}'"
        if events:
            return {c.measure for c in events}, f"event {said}"
        if parent is not None:
            return set(parent[0].measures), f"{parent[1]} of '{parent[2]}'"
        named = self._named(self.start, begin)
        if named:
            return {named[-1][1]}, f"sentence names '{named[-1][0]}'"
        return set(), "nothing it counts is named"

    def _parent(self, previous: list[Evidence], begin: int) -> tuple[Evidence, str, str] | None:
        """The number this one breaks down or continues, how, and as written."""
        counted = [e for e in previous if e.measures and e.number.end <= begin and e.number.kind == "count"]
        if not counted or not _LIST_GAP.fullmatch(self.text, counted[-1].number.end, begin):
            return None
        parent = counted[-1]
        how = "breakdown" if _BREAKDOWN.search(self.text, parent.number.end, begin) else "continues"
        return parent, how, self.text[parent.number.start:parent.number.end]

    def _named(self, start: int, end: int) -> list[tuple[str, str]]:
        """Measure words in [start, end): event cues and listed nouns, in order."""
        out = [(c.start, c.text, c.measure) for c in self.cues if start <= c.start and c.end <= end]
        for word in _WORD.finditer(self.text, start, end):
            measure = noun_measure(word.group())
            if measure is not None and measure not in ("people", "officers"):
                out.append((word.start(), word.group(), measure))
        return [(t, m) for _, t, m in sorted(out)]

    # -- "a"/"an" as one ----------------------------------------------------------------

    def articles(self, numbers: list[Number]) -> list[Number]:
        out = []
        for match in re.finditer(r"\b[Aa]n?\b", self.text[self.start:self.end]):
            at = self.start + match.start()
            if any(n.start <= at < n.end or (n.qualifier_start or n.start) <= at < n.end for n in numbers):
                continue
            one = Number(at, at + len(match.group()), 1.0, "count", text=match.group())
            phrase = self.phrase(one)
            if phrase.head is None or " " in phrase.head.strip() and phrase.measure is None:
                continue
            head = phrase.head.split()[-1].lower()
            if _looks_plural(head) or head in _PARTITIVE or self.text[phrase.end:phrase.end + 3].lower() == " of" and phrase.measure is None:
                continue
            if phrase.measure is not None and phrase.measure not in PERSONS:
                out.append(one)
            elif self.events(one, phrase, []) or phrase.measure is not None:
                out.append(one)
        return out

    # -- where ---------------------------------------------------------------------------

    def whole_of_part(self, number: Number) -> bool:
        begin = number.qualifier_start if number.qualifier_start is not None else number.start
        return _PART_OF.search(self.text, max(self.start, begin - 30), begin) is not None

    def inner_places(self, number: Number, phrase: _Phrase) -> list[Place]:
        """A place inside the number's own phrase when the phrase counts places ("five Polish
        provinces", "20 US states", "14 of Germany's 16 federal states")."""
        if phrase.head is None or phrase.head.split()[-1].lower() not in _PLACE_HEADS:
            return []
        inside = [p for p in self.places if number.end <= p.start and p.end <= phrase.end][:1]
        owner = [p for p in self.places if _POSSESSIVE.fullmatch(self.text, p.end, number.start)]
        return inside or owner[-1:]

    def where(self, number: Number, phrase_end: int) -> list[Place]:
        """The places of a number: its own, else its clause's scope."""
        begin = number.qualifier_start if number.qualifier_start is not None else number.start
        holder = [p for p in self.places if _WITH_NUMBER.fullmatch(self.text, p.end, begin)]
        if holder:
            return holder[-1:]  # "followed by Quebec with 301"
        if self.whole_of_part(number):
            own = []  # "54 of the 152 arrests were made in Germany": the place is the 54's
        else:
            own = self.own_places(phrase_end) or self.places_of_next(phrase_end)
        if own:
            return own
        scope = self.scope_at(number.qualifier_start if number.qualifier_start is not None else number.start)
        if not scope and not self.places:
            scope = self.carried
        return scope

    def places_of_next(self, begin: int) -> list[Place]:
        """"23 arrests in 19 Spanish provinces": the places that the number right after, in a
        locative phrase, counts in."""
        ahead = _IN_NUMBER.match(self.text, begin, self.end)
        following = [n for n in self.number_list if n.start >= begin][:1]
        if ahead is None or not following or following[0].start not in (ahead.end(), ahead.end(1) if ahead.group(1) else -1):
            return []
        number = following[0]
        return self.inner_places(number, self.phrase(number))

    def own_places(self, begin: int) -> list[Place]:
        """The places named after the number in its clause, skipping an aside ("– 15 men and
        8 women –", ", including labour inspectors,") and the numbers inside it."""
        skipped: list[tuple[int, int]] = []
        pos, limit = begin, self.end
        while True:
            stop = _CLAUSE_END.search(self.text, pos, self.end)
            limit = stop.start() if stop else self.end
            aside = _ASIDE.match(self.text, stop.start(), self.end) if stop else None
            if aside is None or any(pos <= n < stop.start() for n in self.numbers):
                break
            skipped.append((stop.start(), aside.end()))
            pos = aside.end()
        later = [n for n in self.numbers if begin <= n < limit and not any(a <= n < b for a, b in skipped)]
        if later:
            limit = min(limit, later[0])
        for place in self.places:
            if place.start < begin or place.end > limit or any(a <= place.start < b for a, b in skipped):
                continue
            if _is_demonym(place):
                if _AGENCY_AFTER.match(self.text, place.end, self.end):
                    return [place]  # "by Spanish police", "took part in the Italian raids"
                continue
            left = self.text[max(begin, place.start - 60):place.start]
            if _SEAT.search(left) or _BASED_AFTER.match(self.text, place.end, self.end):
                continue
            if _LOCATIVE.search(left):
                return self._group(place, self.end)
        return []

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
            if _is_demonym(place) and not agency:
                continue
            sentence_left = self.text[self.start:place.start]
            fronted = ("," not in sentence_left and not any(ch.isdigit() for ch in sentence_left)
                       and "," in self.text[place.end:begin] and _LOCATIVE.search(left))
            subject = (not _is_demonym(place) and _CLAUSE_START.search(sentence_left[-40:]) is not None
                       and _SUBJECT_VERB.match(self.text, place.end, self.end) is not None)
            if (agency or fronted or subject or _AGENCY_BEFORE.search(left) or _OPENER.search(sentence_left[-80:])
                    or _WHERE_AFTER.match(rest)):
                found = self._group(place, begin)
        return found

    def _group(self, first: Place, limit: int) -> list[Place]:
        group = [first]
        for place in self.places:
            if place.start <= group[-1].start or place.end > limit:
                continue
            if self._joined(group[-1], place) and not _is_demonym(place):
                group.append(place)
            elif place.start > group[-1].end:
                break
        return group

    def _joined(self, a: Place, b: Place) -> bool:
        return b.start > a.end and bool(_JOINER.match(self.text[a.end:b.start]))


_PARTITIVE = frozenset("group total number network series couple handful range pair set batch "
                       "lot few further".split())


def _looks_plural(word: str) -> bool:
    if noun_measure(word) is not None:
        return word.endswith("s") and noun_measure(word[:-1]) is not None or word in ("people", "police", "children", "men", "women")
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _singular_possessive(head: str) -> str:
    return head[:-1] if head.endswith(("'", "’")) else head.replace("’s", "").replace("'s", "")


def _is_demonym(place: Place) -> bool:
    return bool(getattr(place, "demonym", place.text.lower() != place.country.lower()))


def _names(places: list[Place]) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for place in places:
        name = getattr(place, "name", None) or place.country
        out[name] = None
        out[place.country] = None
    return tuple(out)
