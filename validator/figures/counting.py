"""What a number of a sentence counts, read from the structure of the sentence.

1. The head of the number's noun phrase: the last word of the run of words after it, before
   a preposition, verb, conjunction or punctuation ("more than 4,000 stolen mobile devices",
   "250,000 abuse clips", "a hundred German investigators"). A head that names no measure is
   kept as written, so a message can say what the number counts. Nouns joined to the head
   ("90 officers, staff and volunteers") make a group.
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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from validator.figures.measures import NAMED_DRUGS, Cue, common_measure, drug_named_before, longest_noun, noun_measure, vocabulary
from validator.figures.numbers import Number
from validator.figures.sentences import Sentence, cues_between

if TYPE_CHECKING:
    from validator.figures.attribution import Evidence

# Measures that name who was counted, not what happened to them: the governing event tells
# the rest ("38 suspects were arrested" counts suspects and arrests).
PERSONS = frozenset({"people", "suspects", "members"})
# Children identified in an abuse case are its victims, not suspects.
CHILDREN = frozenset("children child minors minor boys girls infants babies toddlers".split())
# Measures an event word can give to the phrase it governs.
EVENTS = frozenset({"arrests", "suspects", "victims", "searches", "seized_items", "convictions", "deaths", "positives"})
# Events that happen to persons: whoever they count are people too.
PERSON_EVENTS = frozenset({"arrests", "suspects", "victims", "deaths", "positives"})
# What "a"/"an" counts as one without an event: persons, and a raid or a search warrant
# ("a teacher", "an officer", "serving a search warrant"); not "the theft of a motor vehicle".
ONE_OF = frozenset({"people", "suspects", "members", "officers", "victims", "searches"})
# Events that count the things they act on too: places searched, items seized.
# "The alleged leader ... was arrested": a person a definite article counts as one arrest.
_ONE_LEADER = frozenset({"suspects", "people", "members"})
_ONE_OF_MANY = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}?(?:[^\W\d_]+est|first|second|third|fourth|fifth|last|other|"
                          r"remaining|latest|next|same|only|sole)\b", re.I)
# A definite noun phrase for one of many, and the comma of the apposition after it.
_APPOSED_TO_ONE_OF = re.compile(r"\b[Tt]he\s+(?:[^\W\d_]+\s+){0,2}?(?:[^\W\d_]+est|first|second|third|last|other|"
                                r"remaining|youngest|oldest)\b[^,;.\d]{0,30},\s*\Z")
_SINGULAR_PASSIVE = re.compile(r"\b(?:was|has\s+been|had\s+been)\b", re.I)
# Counts of places: a figure broken down by place breaks down what happened there, not them.
PLACE_COUNTS = frozenset({"countries", "member_countries", "provinces", "cities", "continents"})
# Measures that count persons, whom "of them" and "of whom" refer back to.
PERSONLIKE = frozenset({"people", "suspects", "members", "arrests", "victims", "officers"})
ACTS_ON_THINGS = frozenset({"searches", "seized_items", "convictions"})  # "convicted of six offences": six convictions
# Nouns that name the event itself ("21 arrests"), not the persons it happened to.
THINGS_COUNTED_AS_EVENTS = frozenset({"arrests"})
NOUN_RUN_WORDS = 5
# A clause of its own between two figures: the second does not go on from the first.
_NEW_CLAUSE = re.compile(r"\b(?:while|whereas|but|although|meanwhile)\b", re.I)
_HARD_BREAK = re.compile(r"[;:()\[\]\u2013\u2014]|\s-\s")
# A word, or an adjective glued to a number ("a 34-year-old man").
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+(?:[\-\u2010\u2011][^\W\d_]+)+")
_GAP_OK = re.compile(r"[ \t\u00a0]*")
# Words that end a noun phrase as adverbs but stand inside one as adjectives ("two online accounts").
_ADJECTIVE_STOPS = frozenset({"online", "offline"})
_NOUN_WITHIN_TWO = re.compile(r"[ \t\u00a0]+(?:(?-i:[a-z][a-z\-]*)[ \t\u00a0]+)?(?-i:[a-z][a-z\-]*s)\b")
# The commas of modifiers listed before one noun, up to the "and"/"or" before the last:
# ", state and local" in "150 federal, state and local officers".
_ADJECTIVE_LIST = re.compile(r",\s+(?:(?-i:[a-z][a-z\-]*),\s+){0,3}(?-i:[a-z][a-z\-]*),?\s+(?:and|or)"
                             r"(?=\s+(?-i:[a-z][a-z\-]*)\s+(?-i:[a-z]))")
# Words that end a noun phrase: prepositions, conjunctions, determiners, auxiliaries, pronouns.
_STOP = frozenset("""
in into on at by for from with within without across throughout through during since until near
nearby outside inside beyond behind beside upon onto
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
# Nouns that only measure out what follows "of": "143 head of cattle", "312 pieces of jewellery".
_CLASSIFIERS = frozenset({"head", "pieces", "piece", "units", "unit"})
# What may stand between a number and the one it continues or breaks down.
_LIST_GAP = re.compile(r"[^;:.!?\u2013\u2014]*", re.I)
# "421 are foreign nationals: 248 Chinese, 97 Vietnamese": a list after a colon breaks down the number.
# "taking the number of people arrested in such cases to 146", "the number of victims stood at 310".
_NUMBER_OF = re.compile(r"\b(?:number|total|tally|toll|count)\s+of\s+([^.;:()\d]{1,80}?)\s+(?:to|at|reached|"
                        r"stands\s+at|stood\s+at|rose\s+to|climbed\s+to|is|was|now|"
                        r"(?:increased|rose|fell|decreased|dropped|grew|climbed|declined|jumped)\s+"
                        r"(?:(?:by\s+)?\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+)?(?:from|to))\s+(?:(?:some|about|around|nearly|"
                        r"almost|more\s+than|over|at\s+least)\s+)?\Z", re.I)
# A plural noun and the level it stood at: "burglaries were nearly flat at 1,187", "thefts stood at".
_STOOD_AT = re.compile(r"\b([a-z]+s)\s+(were|was|stood|remained|held|ended\s+the\s+year|came\s+in|finished)\s+"
                       r"(?:(?-i:[a-z]+)\s+){0,3}?at\s+(?:(?:some|about|around|nearly|almost|just\s+over|over)\s+)?\Z", re.I)
_COMMA_AT = re.compile(r"\b([a-z]+s),\s+at\s+(?:(?:some|about|around|nearly|almost|over)\s+)?\Z", re.I)
_COLON_LIST = re.compile(r"[^;:.!?\u2013\u2014\d]*:\s*", re.I)
# Heads that are no noun of their own: "twelve more", "six of them".
# "troops, some 1,400 in all": a number set apart after the noun it counts.
_IN_ALL = re.compile(r"\s+(?:in all|in total|altogether|all told)\b", re.I)
_NOUN_BEFORE_COMMA = re.compile(r"([^\W\d_]+)\s*,\s*(?:(?:some|about|around|nearly|almost|over|more than|at least)\s+)?\Z", re.I)
_REPEATED = re.compile(r"\s*\(\d[\d,.]*\)")
# Before "a"/"an" in a rate: "14 hours a day", "€3 an hour", "twice a week".
_RATE_BEFORE = re.compile(r"(?:\d[\d,.]*\s*(?:[^\W\d_]+\s+){0,2}|\b(?:once|twice|times|per)\s+)\Z"
                          r"(?<!\bin\s)(?<!\bfor\s)(?<!\bover\s)(?<!\bduring\s)(?<!\bwithin\s)", re.I)
# Words that make "tablets" pills rather than computers.
_MEDICINE = re.compile(r"\b(?:pills?|capsules?|drugs?|medicines?|medicinal|pharma\w*|counterfeit|fake|fentanyl|"
                       r"ecstasy|mdma|tramadol|opioids?|painkillers?|doses?|meth\w*|yaba|amphetamines?|captagon)\b", re.I)
# Participles that stand before a noun as adjectives ("two suspected developers").
_ADJECTIVAL = frozenset("suspected alleged accused wanted convicted armed organised organized registered "
                        "unregistered undocumented trafficked exploited unidentified identified detained "
                        "arrested seized stolen forged counterfeit licensed unlicensed encrypted "
                        "affected injured trained uniformed unaccompanied named unnamed reported "
                        "recorded confirmed estimated".split())
# What may open a sentence before a number that breaks down the one before it.
# An adverb inside a noun phrase, before a participle and a noun: "four locally manufactured pistols".
_ADVERB_OF_ADJECTIVE = re.compile(r"\s+[a-z]+(?:ed|en)\s+[a-z]+")
# Words ending in -ly that are no adverb: "2,470 family violence offences", "30 elderly victims".
_NOT_ADVERBS = frozenset("family elderly deadly daily weekly monthly yearly quarterly costly friendly early "
                         "burly unruly lonely holy assembly supply rally".split())
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|on|with|from|into|inside|near|by|of|for|to)\s+\Z", re.I)
_OF_THEM_WERE = re.compile(r"\s+of\s+(?:them|those)\s+(?:were|are|was)\s+(?:\w+\s+)??([^\W\d_]+)", re.I)
# A number's own predicate, a verb no cue names: "the remaining 16 have been summoned".
_OWN_PREDICATE = re.compile(r"\s+(?:have\s+been|has\s+been|had\s+been|were|was|are|will\s+be)\s+([a-z]+ed)\b")
# "206 have been recognised as trafficking victims": a predicate naming what the number's persons are.
_HELD_AS = re.compile(r"\s+(?:(?:have|has|had)\s+(?:(?:since|now|also|all|already)\s+)?been|were|are|was)\s+"
                      r"(?:(?:formally|officially|now|since|also|all)\s+)?(?-i:[a-z]+(?:ed|en))\s+as\s+(?:(?:potential|possible|likely|suspected|"
                      r"presumed|confirmed|[a-z]+(?:ing|ed))\s+)*([a-z]+s)\b", re.I)
# "68,200 were images": a copula and the plural noun saying what the number counts.
_COPULA = re.compile(r"\s+(?:were|are)\s+(?:all\s+)?([a-z]+s)\b")
# Before the figure something rose or fell to: "cocaine seizures fell 12% to 63.4 tonnes".
MOVED_TO = re.compile(r"\b(fell|rose|dropped|declined|decreased|increased|climbed|jumped|grew|surged|slipped|reached)\b"
                      r"[^.;:\d]{0,12}(?:\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+)?to\s+\Z", re.I)
_CHILDREN_BEFORE = re.compile(r"\b(?:of|among)\s+(?:the|those|these)\s+(?:children|minors|child\s+victims)\b", re.I)
_OF_THE_NOUN = re.compile(r"\s*(?:of|among)\s+the\s+([a-z]+)\s*,", re.I)
_PLURAL_VERB = re.compile(r"\b(?:were|are|have)\b", re.I)
_OPENS_WITH = re.compile(r"\s*(?:(?:of|among)\s+(?:those|them|these|the\s+\w+)\s*,?\s*(?:(?:were|was|are|is)\s+)?"
                         r"|the\s+(?:remaining|other)\s+|a\s+further\s+|another\s+"
                         r"|(?:and|but|so)\s+)?", re.I)
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
    r"(?:\s*\([^()]{1,30}\))?"  # "a man (40s) was arrested"
    r"(?:\s+of\s+(?:them|whom|those))?"  # "Twenty-one of them were detained"
    r"(?:\s+(?:linked|connected|tied|involved|associated|affiliated|wanted)\s+(?:to|with|in|by|for)\s+"
    r"[^,;:()\d]{1,60}?(?=\s+(?:was|were|is|are|has|have|had)\s))?"
    # "nine suspects linked to a stock theft syndicate had been arrested"
    r"(?:\s+(?:who|that)\s+[^,;:()\d]{1,60}?(?=\s+(?:was|were|is|are|has|have|had)\s))?"  # "a man who led the group was"
    r"(?:\s+whose\s+[^,;:()\d]{1,60}?,)?"  # "a Mexican citizen whose name was not released,"
    r"(?:\s*,?\s*(?:in|across|from)\s+(?:the\s+)?(?-i:[A-Z])[\w'’.\-]*(?:\s+(?-i:[A-Z])[\w'’.\-]*)*)?"
    r"(?:\s+(?:with|from|of|for|on|at)\s+[^,;:()\d]{1,60}?(?=,|\s+(?:were|was|are|is|have|has|had)\b))?"
    # "with interests in fishing,", "of the kit were"
    r"(?:\s*,(?:[^,;:()\d]|\d{1,2}s?\b|\([^()]{1,20}\)){1,90},|\s*,\s*aged\s[^,;:()]{1,40},"
    r"|\s*,\s*aged\s+(?:between\s+)?\d{1,3}(?:\s*(?:,|and|to|-)\s*\d{1,3})*\s*,"
    r"|\s+aged\s+(?:between\s+)?\d{1,3}(?:\s*(?:,|and|to|-)\s*\d{1,3})*)?\s*,?"  # "five men aged between 24 and 58 were"  # ", aged 31, 38 and 45,"  # ", described as the cook,", ", a man and a woman ages 19 to 46,"
    r"(?:\s+(?:and|or)\s+(?!\d)[\w,.\-]+(?:\s+[\w\-]+){0,3}?(?=\s+(?:were|was|are|is|have|has|had)\b))?"  # "and two women"
    r"(?:\s+(?:have|has|had|were|was|are|is|been|being|be|got|will|would|later|also|"
    r"subsequently|then|all|both|reportedly|allegedly|successfully|now|since|previously|"
    r"already|eventually|each|who|that|which)\b)*\s*",
    re.I,
)
# "arrested 769 people, identified a further 312 suspects": a verb with a counted object of its own.
_NEW_OBJECT = re.compile(r"\s+(?:(?:a\s+further|another|an?|some|more\s+than|over|about|nearly|at\s+least)\s+)?"
                         r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                         r"twenty|thirty|forty|fifty|hundred|dozen)\b)", re.I)
# An event verb with an object of its own right after it: its subject did it ("a jury convicted him").
_ACTIVE_OBJECT = re.compile(r"\s+(?:(?:him|her|them|his|their|its)\b|(?:the|a|an)\s+(?!(?:day|week|month|year|night|morning|"
                            r"afternoon|evening|weekend|previous|following|same|next|last|first|second)\b))", re.I)
# "convicted him last month of six offences": the event's persons, then what it was for.
_PRONOUN_GAP = re.compile(r"\s+(?:him|her|them)(?:\s+[^\W\d_]+){0,3}?\s+(?:of|with)\s+(?:a\s+total\s+of\s+)?")
_AND_NEXT = re.compile(r"\s*,?\s+(?:and|as\s+well\s+as)\s+", re.I)
_THE_NUMBER_BEFORE = re.compile(r"\b(?:of|among)\s+(?:the|those|these)\s+\Z", re.I)
_COMMA_AFTER = re.compile(r"\s*,")
_AUXILIARY = re.compile(r"\b(?:were|was|are|is|been|be|being|got)\b", re.I)
_OR_MORE = re.compile(r"\s+or\s+(?:more|so)\b", re.I)
# "38 of the victims ...; the other 26": the rest of the group a partitive counted before.
_BRACKET_OPEN = re.compile(r"\s*\(\s*")  # "Madrid (74)"
_THE_OTHER = re.compile(r"\b(?:the\s+(?:other|remaining)|the\s+rest\s+of\s+the)\s+\Z", re.I)
_OF_THE_GROUP = re.compile(r"\s+of\s+(?:the|those|these)\s", re.I)
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
_SEARCHING = re.compile(r"\b(?:raids?|raided|searche[sd]|search|searching|raiding|"
                        r"(?:executed|executing|served|serving|carried\s+out)\s+(?:\w+\s+)?warrants?)\b", re.I)
_GLUED_NOUN = re.compile(r"[-\u2010\u2011]([^\W\d_]+)\b(?![-\u2010\u2011])")
_OF_NUMBER = re.compile(r"\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'’\-]*(?:\s+(?-i:[A-Z])[\w.'’\-]*)*['’]s\s+)?", re.I)
# After a head noun: more nouns joined to it ("officers, staff and volunteers").
_GROUP_OF_NOUNS = re.compile(r"(?:\s*,\s*(?-i:[a-z])[^\W\d_]+){0,4},?\s+(?:and|or)\s+(?-i:[a-z])[^\W\d_]+\b")
_NUMBER_AFTER = re.compile(r"\s+(?:of\s+)?\d")
_AHEAD = re.compile(r"[^\W\d_]+")
_UNCOUNTED = frozenset("cash money jewellery jewelry equipment ammunition gold drugs".split())
_MASS_NOUNS = frozenset("staff personnel police crew volunteers".split())
_AS_NOUN = re.compile(r"\s+as\s+(?:(?:possible|potential|likely|suspected|alleged)\s+)?([^\W\d_]+)", re.I)
# What a number of addresses counts when its sentence is about raids or searches.
ADDRESSES = frozenset("addresses address properties property premises homes home houses house "
                      "locations sites buildings apartments flats warehouses".split())
_AND_GAP = re.compile(r"\s*,?\s*(?:and|or)\s+", re.I)
_COORDINATED = re.compile(r"(?:,\s*)?\b(?:along with|as well as|together with|and|plus)\s+\Z", re.I)
_BREAKDOWN = re.compile(r"(?:\(|\b(?:of whom|of which|including|among them|among whom)\b)", re.I)


@dataclass(frozen=True, slots=True)
class Phrase:
    end: int  # where the noun phrase ends
    head: str | None  # its head as written, None when the number has no noun
    measure: str | None  # the measure the head names
    event: Cue | None = None  # an event word standing for the noun ("two of those held")
    group: bool = False  # the head is the first of several nouns ("officers, staff and volunteers")
_PARTITIVE = frozenset("group total number network series couple handful range pair set batch "
                       "lot few further".split())


# Measures a compound's last noun adds: things counted by the item ("fentanyl pills").
_ITEM_TAILS = frozenset({"pills", "devices", "vehicles", "firearms", "weapons", "files", "images", "videos", "cases"})


def _tail_measure(head: str | None) -> set[str]:
    """A compound's last noun, when the vocabulary lists it for another measure of the same kind:
    "400,000 fentanyl pills" are fentanyl and pills, "ecstasy tablets" ecstasy and pills."""
    words = (head or "").split()
    if len(words) < 2:
        return set()
    tail = noun_measure(words[-1])
    whole = noun_measure(head or "")
    if words[-1].lower() in ("tablets", "tablet") and whole in NAMED_DRUGS and "pills" in vocabulary():
        tail = "pills"  # "yaba tablets" are pills of a drug, not computers
    if tail is None or tail == whole or tail not in _ITEM_TAILS or whole is None:
        return set()  # "Member States" are no provinces
    return {tail} if vocabulary()[tail].kind == vocabulary()[whole].kind else set()


def looks_plural(word: str) -> bool:
    if noun_measure(word) is not None:
        return word.endswith("s") and noun_measure(word[:-1]) is not None or word in ("people", "police", "children", "men", "women")
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _singular_possessive(head: str) -> str:
    return head[:-1] if head.endswith(("'", "’")) else head.replace("’s", "").replace("'s", "")


class Counting(Sentence):
    """Reads what each number of a sentence counts (mixed into the sentence reader)."""

    def phrase(self, number: Number) -> Phrase:
        pos = number.end
        if (repeated := _REPEATED.match(self.text, pos, self.end)) is not None:
            pos = repeated.end()  # "eleven (11) mobile phones"
        if (or_more := _OR_MORE.match(self.text, pos, self.end)) is not None:
            pos = or_more.end()
        glued = _GLUED_NOUN.match(self.text, pos, self.end)
        if glued is not None:  # "the 34-count indictment", "a 12-member gang"
            noun = glued.group(1)
            measure = noun_measure(noun) or noun_measure(noun + "s")
            return Phrase(glued.end(), noun, measure)  # "three-bedroom": bedrooms, which no measure names
        partitive = _OF_NUMBER.match(self.text, pos, self.end)
        if partitive is not None and partitive.end() in self._number_ends:  # "14 of Germany's 16 states"
            found = self._run(self._number_ends[partitive.end()])
            cue = next(iter(cues_between(self.cues, found.end - len(found.head or ""), found.end)), None)
            if found.head is not None and found.measure is None and cue is not None and cue.measure in EVENTS:
                return Phrase(found.end, None, None, cue)  # "Twenty-one of the 36 arrested"
            if found.head is not None:
                return found
        found = self._run(pos, verbs_first=number.text.lower() not in ("a", "an"))
        if found.head is not None and found.measure is None and " " not in found.head:
            cue = next(iter(cues_between(self.cues, found.end - len(found.head), found.end)), None)
            if cue is not None and cue.measure in EVENTS and cue.end == found.end:
                return Phrase(found.end, None, None, cue)  # "the eight arrested in Romania"
        if found.head is not None and found.measure is None and found.head.lower() in _CLASSIFIERS \
                and (of := _VAGUE_OF.match(self.text, found.end, self.end)) is not None:
            counted = self._run(of.end())
            if counted.measure is not None:  # "143 head of cattle", "312 pieces of jewellery": the cattle, the jewellery
                return counted
        if found.head is not None:
            return found
        tail = (_VAGUE_OF if number.vague else _OF_PHRASE).match(self.text, pos, self.end)
        if tail is None:
            return found
        cue = next(iter(cues_between(self.cues, tail.end(), tail.end() + 1)), None)
        if cue is not None and cue.measure in EVENTS:
            return Phrase(cue.end, None, None, cue)  # "two of those held"
        if _PRONOUN_OF.match(self.text, pos, self.end):
            return found  # "nearly 200 of them lost": a breakdown, no noun of its own
        after = self._run(tail.end())
        return after if after.head is not None else found

    def _run(self, pos: int, verbs_first: bool = True) -> Phrase:
        """The noun phrase starting at `pos`: its words up to a preposition, verb, conjunction
        or punctuation, and its head."""
        text, start = self.text, pos
        words: list[re.Match[str]] = []
        known = False  # a listed noun has been read: a following word that is no noun ends it
        pending: re.Match[str] | None = None  # "and"/"or" between adjectives: kept if a word follows
        while len(words) < NOUN_RUN_WORDS:
            gap = _GAP_OK.match(text, pos, self.end)
            assert gap is not None  # the gap may be empty
            if words and not known and pending is None and (listed := _ADJECTIVE_LIST.match(text, pos, self.end)):
                pos = listed.end()  # "150 federal, state and local officers": modifiers listed with commas
                continue
            word = _WORD.match(text, gap.end(), self.end)
            if word is None or (gap.end() == pos and (words or pending or text[pos:pos + 1] == "-")):
                break
            if word.start() in self._number_ends:
                break  # another number: "34 bank accounts and six properties"
            lower = word.group().lower()
            if lower in ("and", "or") and words and not known and pending is None:
                pending, pos = word, word.end()
                continue
            if (lower in _STOP and not word.group().isupper()
                    and not (lower in _ADJECTIVE_STOPS and _NOUN_WITHIN_TWO.match(self.text, word.end(), self.end))) or (
                    lower.endswith("ly") and len(lower) > 4 and lower not in _NOT_ADVERBS
                    and not _ADVERB_OF_ADJECTIVE.match(text, word.end(), self.end)):
                break  # "US" in "20 US states" is no pronoun
            if words and lower[-2:] in ("ed", "en") and noun_measure(lower) is None \
                    and not words[-1].group().lower().endswith("ly"):  # not "locally manufactured"
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
            return Phrase(start, None, None)
        end = words[-1].end()
        first = words[0].group().lower()
        if verbs_first and first.endswith("ed") and first not in _ADJECTIVAL \
                and not any(noun_measure(w.group().lower()) and looks_plural(w.group().lower()) for w in words[1:]):
            # "19 received prison sentences", "412 involved methamphetamine": a verb, not a noun;
            # "nine assembled pistols" (a listed plural after it): an adjective
            return Phrase(start, None, None)
        group = self._joined_nouns(end)
        for size in range(min(longest_noun(), len(words)), 0, -1):
            head = " ".join(w.group() for w in words[-size:])
            measure = noun_measure(_singular_possessive(head))
            if measure == "devices" and head.lower() in ("tablets", "tablet") and _MEDICINE.search(self.text, self.start, self.end):
                measure = "pills" if "pills" in vocabulary() else measure  # tablets of a drug, not computers
            if measure is None and size == 1 and head.lower() in ("plants", "plant") \
                    and (drug := drug_named_before(self.text, words[-1].start())) is not None and drug[1] == "cannabis":
                measure = "cannabis"  # "where 1,870 plants were being grown", in a report of cannabis farms
            if measure is not None:
                if group is not None:
                    return self._group_phrase(end, head, measure, group)
                return Phrase(end, head, measure)
        head = words[-1].group()
        if head.lower() in _NO_HEAD:
            return Phrase(end, None, None)
        if any(p.demonym and p.start == words[-1].start() and p.end == end for p in self.places):
            return Phrase(end, head, "people")  # "three Colombians", "one Albanian"
        return Phrase(end, head, None)

    def _joined_nouns(self, end: int) -> re.Match[str] | None:
        """Nouns joined to the head with commas and a last "and"/"or", none of them a verb,
        a function word or the start of another counted phrase."""
        m = _GROUP_OF_NOUNS.match(self.text, end, self.end)
        if m is None or _NUMBER_AFTER.match(self.text, m.end(), self.end) or any(
                n.start < m.end() and n.end > end for n in self.number_list):
            return None  # "2,300 victims, and hundreds more": another number, not a noun joined
        for word in _WORD.finditer(m.group()):
            w = word.group().lower()
            if w in ("and", "or"):
                continue
            if w in _STOP or w in _UNCOUNTED or not (w in _MASS_NOUNS or noun_measure(w) or looks_plural(w)):
                return None  # "23 laptops and cash": the cash is not among the 23
        return m

    def _group_phrase(self, end: int, head: str, measure: str, group: re.Match[str]) -> Phrase:
        """A head joined to other nouns counts them all: of one measure, that measure;
        persons of several kinds ("90 officers, staff and volunteers"), people; else
        nothing the reader can name."""
        joined = [w.group() for w in _WORD.finditer(group.group()) if w.group().lower() not in ("and", "or")]
        measures = {measure} | {noun_measure(w) for w in joined}
        if len(measures) == 1 or (measures == {measure, None} and measure not in PERSONS | {"officers", "victims"}):
            return Phrase(end, head, measure)  # "240 computers and scripts": the computers
        text = f"{head}, {', '.join(joined)}"
        if None not in measures and (common := common_measure(measures)) is not None:  # type: ignore[arg-type]
            return Phrase(group.end(), text, common, group=True)  # "780 computers and laptops": computers
        if measure in PERSONS | {"officers", "victims"}:
            return Phrase(group.end(), text, "people", group=True)
        return Phrase(group.end(), text, None, group=True)

    def _noun_next(self, pos: int) -> bool:
        gap = _GAP_OK.match(self.text, pos, self.end)
        assert gap is not None  # the gap may be empty
        nxt = _WORD.match(self.text, gap.end(), self.end)
        return nxt is not None and (noun_measure(nxt.group()) is not None or looks_plural(nxt.group().lower()))

    def events(self, number: Number, phrase: Phrase, previous: list[Evidence]) -> tuple[Cue, ...]:
        """The event words governing the number's phrase: the verb or event noun right before
        it and its own predicate; failing both, that of the phrase it is coordinated with."""
        text = self.text
        begin = number.qualifier_start if number.qualifier_start is not None else number.start
        found: list[Cue] = []
        if phrase.event is not None:  # "the 17 accused were picked up": accused, and arrested
            found.append(phrase.event)
        before = [c for c in self.cues if c.end <= begin and c.measure in EVENTS]
        if phrase.event is None and before and (_GOVERN_GAP.fullmatch(text, before[-1].end, begin)
                                                or _PRONOUN_GAP.fullmatch(text, before[-1].end, begin)
                       or (_AMONG_THOSE.search(text, self.start, before[-1].start)
                           and _AMONG_GAP.fullmatch(text, before[-1].end, begin))):
            found.append(before[-1])
        self.predicate_end = 0
        after = [] if self.whole_of_part(number) else cues_between(self.cues, phrase.end, min(self.end, phrase.end + 120))
        # past a cue word inside the gap ("organisers of a romance scam ring ... were arrested")
        first = next((i for i, c in enumerate(after) if c.measure in EVENTS
                      and _PREDICATE_GAP.fullmatch(text, phrase.end, c.start)), 0)
        after = after[first:]
        if (after and after[0].measure in EVENTS and _PREDICATE_GAP.fullmatch(text, phrase.end, after[0].start)
                and not _NEW_OBJECT.match(text, after[0].end, self.end)
                and not (_ACTIVE_OBJECT.match(text, after[0].end, self.end)  # "a jury convicted him": the agent
                         and not _AUXILIARY.search(text, phrase.end, after[0].start))
                and not (after[0].text.lower().endswith("ing")
                         and "," in text[phrase.end:after[0].start])):  # "three in Queensland, seizing $1.2m"
            found.append(after[0])
            self.predicate_end = after[0].end
            for cue in after[1:]:  # "identified and safeguarded"
                if cue.measure not in EVENTS or not _AND_GAP.fullmatch(text, found[-1].end, cue.start):
                    break
                found.append(cue)
        found = [self._as_noun(c) for c in found]
        if (phrase.head is not None and phrase.head.split()[-1].lower() in CHILDREN) or (
                phrase.head is None and _CHILDREN_BEFORE.search(self.text, self.start, begin)):  # "Of the children identified, 19"
            found = [Cue(c.start, c.end, c.text, "victims") if c.measure == "suspects" else c for c in found]
        if not found and previous and previous[-1].event is not None \
                and not _PRONOUN_OF.match(text, self._number_end(begin)):  # "seized 12 firearms, four of them rifles"
            gap_start = self.phrase_ends.get(previous[-1].number.start, previous[-1].number.end)
            if gap_start <= begin and (_COORDINATED.search(text, gap_start, begin)
                                       and not _HARD_BREAK.search(text, gap_start, begin)
                                       or _LISTED.fullmatch(text, gap_start, begin)):
                found.append(previous[-1].event)  # "detained 30 men, 12 women and 5 children"
        if not found and (shared := self._shared_predicate(phrase)) is not None:
            found.append(shared)  # "527 children and 389 vulnerable adults were safeguarded"
        return tuple(found)

    def _shared_predicate(self, phrase: Phrase) -> Cue | None:
        """The predicate of the subject coordinated after this one: "527 children and 389 adults
        were safeguarded"."""
        joined = _AND_NEXT.match(self.text, phrase.end, self.end)
        if joined is None or phrase.head is None:
            return None
        following = next((n for n in self.number_list if joined.end() in (n.start, n.qualifier_start)), None)
        if following is None:
            return None
        its_phrase = self.phrase(following)
        cue = next((c for c in self.cues if c.start >= its_phrase.end), None)
        if its_phrase.head is None or cue is None or cue.measure not in EVENTS:
            return None
        gap = self.text[its_phrase.end:cue.start]
        return cue if _PREDICATE_GAP.fullmatch(gap) and _AUXILIARY.search(gap) else None

    def _as_noun(self, cue: Cue) -> Cue:
        """"identified as possible victims": the noun after "as" says what the event made them."""
        m = _AS_NOUN.match(self.text, cue.end, self.end)
        measure = noun_measure(m.group(1)) if m else None
        return Cue(cue.start, cue.end, cue.text, measure) if measure in EVENTS else cue

    def measures(self, number: Number, phrase: Phrase, events: tuple[Cue, ...],
                 previous: list[Evidence]) -> tuple[frozenset[str], str]:
        measures, reason = self._measures(number, phrase, events, previous)
        if measures & PERSON_EVENTS and phrase.measure not in THINGS_COUNTED_AS_EVENTS:
            measures |= {"people"}  # arrested, suspected or rescued: persons all
        return frozenset(measures), reason

    def _measures(self, number: Number, phrase: Phrase, events: tuple[Cue, ...],
                  previous: list[Evidence]) -> tuple[set[str], str]:
        said = " and ".join(f"'{c.text}'" for c in events)
        if phrase.measure is not None and phrase.measure not in PERSONS:
            own = {phrase.measure} | _tail_measure(phrase.head)
            acts = {c.measure for c in events} & ACTS_ON_THINGS
            if acts:  # "searched four call centres": four call centres and four searches
                return own | acts, f"event {said} on '{phrase.head}'"
            return own, f"noun '{phrase.head}'"
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
            if parent is not None and parent[1] == "breakdown" and (not own or parent[0].measures & PERSONLIKE):
                # persons break down persons: "40 people were held. Twelve women ..."; not offences
                return own | set(parent[0].measures), f"'{phrase.head}', breakdown of '{parent[2]}'"
            if parent is not None and own == {"people"} and (parent[0].partial or parent[1] == "continues") \
                    and parent[0].measures & PERSONLIKE \
                    and not _NEW_CLAUSE.search(self.text, parent[0].number.end, begin):  # "..., while in Bulgaria ..."
                # "Of those rescued, 187 were Chinese, 96 Vietnamese": the list of persons goes on
                return own | set(parent[0].measures), f"'{phrase.head}', as '{parent[2]}' before it"
            if phrase.measure is not None:
                return own, f"noun '{phrase.head}'"
            return set(), f"unknown noun '{phrase.head}'"
        held_as = _HELD_AS.match(self.text, number.end, self.end)
        if held_as is not None and (as_measure := noun_measure(held_as.group(1))) is not None:
            # "All 206 have been recognised as trafficking victims": what the predicate makes them
            return {as_measure} | ({"people"} if as_measure in PERSONS or as_measure in PERSON_EVENTS else set()), \
                f"'{held_as.group().strip()}'"
        if (told := self._told_before(number, begin)) is not None:
            # "Of the 340, around 210 reached Italy": the 340 counted before
            return set(told.measures), f"'the {number.text}' counted before"
        copula = _COPULA.match(self.text, number.end, self.end)
        if copula is not None and (copula_measure := noun_measure(copula.group(1))) is not None \
                and copula_measure not in PERSONS:
            return {copula_measure}, f"'{copula.group(1)}' it is"  # "Of those, 68,200 were images and 4,750 were videos"
        stood = _STOOD_AT.search(self.text, max(self.start, begin - 60), begin)
        if stood is not None and (stood_measure := noun_measure(stood.group(1))) is not None and not events:
            return {stood_measure}, f"'{stood.group(1)}' {stood.group(2)} at it"  # "burglaries were nearly flat at 1,187"
        restated = _COMMA_AT.search(self.text, max(self.start, begin - 40), begin)
        if restated is not None and (restated_measure := noun_measure(restated.group(1))) is not None and not events:
            return {restated_measure}, f"'{restated.group(1)}, at' it"  # "had the most affected consumers, at 12,300"
        if events and parent is not None and not parent[0].measures & PERSONLIKE and parent[0].number.start >= self.start \
                and {c.measure for c in events} <= PERSON_EVENTS and _BREAKDOWN.search(self.text, parent[0].number.end, begin):
            # "46 bank accounts, of which 29 were held at Nigerian banks": accounts, not arrests
            return set(parent[0].measures), f"breakdown of '{parent[2]}'"
        if events and {c.measure for c in events} == {"deaths"} and parent is not None \
                and parent[0].measures & PERSONLIKE:
            # "1,850 victims ..., including 212 who had died": victims still, who died
            return set(parent[0].measures) | {"deaths"}, f"{parent[1]} of '{parent[2]}', who died"
        if events:
            if (same := self._same_verb_before(events[-1], previous)) is not None:
                # "identified a further 23 victims, while Canadian police identified 11": the noun left out
                return set(same.measures), f"event {said}, on '{same.noun}' as before"
            return {c.measure for c in events}, f"event {said}"
        if parent is not None and not parent[0].measures & PERSONLIKE and (
                persons := self._persons_of_them(number, parent[0])) is not None:
            return persons  # "Those arrested face 1,470 charges, and 37 of them were youths"
        figure_of = _NUMBER_OF.search(self.text, max(self.start, begin - 120), begin)
        if figure_of is not None and (named := self._named(figure_of.start(1), figure_of.end(1))):
            # "taking the number of people arrested to 146", "the number of suspects apprehended",
            # "the number of participating countries increased from 103"
            found = {named[0][1]} | ({"arrests"} if any(m == "arrests" for _, m in named) else set())
            return found, f"'the number of {figure_of.group(1)}'"
        if parent is not None:
            return set(parent[0].measures), f"{parent[1]} of '{parent[2]}'"
        if (apposed := _IN_ALL.match(self.text, number.end, self.end)) is not None:
            noun = self._noun_before(begin)  # "Soldiers and National Guard troops, some 1,400 in all"
            if noun is not None:
                return {noun[1]}, f"'{noun[0]}', {apposed.group().strip()}"
        named = self._named(self.start, begin)
        if not named and self.previous_start is not None and (
                _OPENS_WITH.fullmatch(self.text, self.start, begin)
                or any(_BRACKET_OPEN.fullmatch(self.text, p.end, begin) for p in self.places if p.end <= begin)):
            # "the victims ... Twenty-one of them"; "Victims were identified in 17 provinces. The largest
            # number lived in Madrid (74)"
            named = [m for m in self._named(self.previous_start, self.start) if m[1] not in PLACE_COUNTS]
        moved = MOVED_TO.search(self.text, max(self.start, begin - 60), begin)
        if moved is not None:  # "Reported telecom fraud cases in the city rose 22 per cent to 1,318"
            things = [m for m in self._named(self.start, moved.start()) if m[1] not in PLACE_COUNTS]
            if things:
                return {things[-1][1]}, f"'{things[-1][0]}', which {moved.group(1)}"
        predicate = _OWN_PREDICATE.match(self.text, number.end, self.end)
        if named and predicate is not None and named[-1][1] in PERSON_EVENTS and noun_measure(predicate.group(1)) is None:
            # "Eleven were arrested; the remaining 16 have been summoned": persons, not arrests
            return {"people"}, f"persons the sentence names, '{predicate.group(1)}' of their own"
        if _PRONOUN_OF.match(self.text, self._number_end(begin)):
            # "recruited the men ... housed 12 of them": the persons named after anything else counted
            reach = self.previous_start if self.previous_start is not None else self.start
            after_named = self.text.rfind(named[-1][0], reach, begin) + 1 if named else None
            if (persons_noun := self._persons_named(begin, after_named)) is not None:
                return {"people"}, f"of them: the '{persons_noun}' named before"
        opener = _OF_THE_NOUN.match(self.text, self.start, begin)
        if opener is not None and _OPENS_WITH.fullmatch(self.text, self.start, begin) \
                and (of_measure := noun_measure(opener.group(1))) is not None:
            # "Of the defendants, 29 were charged in Texas": part of the persons the opening names
            return {of_measure} | ({"people"} if of_measure in PERSONS else set()), f"of the '{opener.group(1)}'"
        if (other := _THE_OTHER.search(self.text, max(self.start, begin - 20), begin)) is not None:
            groups = [e for e in previous if e.measures and _OF_THE_GROUP.match(self.text, e.number.end, begin)]
            if groups:  # "found 38 of the victims in two shipping containers; the other 26 ...": the rest of them
                return set(groups[-1].measures), f"'{other.group().strip()}' of '{groups[-1].number.text} of the'"
        if named:
            return {named[-1][1]}, f"sentence names '{named[-1][0]}'"
        return set(), "nothing it counts is named"

    def _parent(self, previous: list[Evidence], begin: int) -> tuple[Evidence, str, str] | None:
        """The number this one breaks down or continues, how, and as written: one before it
        in its sentence, or, for a sentence that opens with it ("Eight were Croatian
        citizens", "Of those, 64 were..."), the last one of the sentence before."""
        counted = [e for e in previous if e.measures and e.number.end <= begin and e.number.kind == "count"
                   and e.number.text.lower() not in ("a", "an")]
        if any(not e.measures <= PLACE_COUNTS for e in counted):
            # "search warrants at nine properties in the two states, six in New South Wales":
            # the six break down the nine, not the two states
            counted = [e for e in counted if not e.measures <= PLACE_COUNTS]
        opener = _OF_THE_NOUN.match(self.text, self.start, begin)
        if opener is not None and (named := noun_measure(opener.group(1))) is not None \
                and self.last_counted is not None and named not in self.last_counted.measures:
            return None  # "Of the servers, 187 were located in Germany": the servers, not the arrests before
        if not counted and self.last_counted is not None and _OPENS_WITH.fullmatch(self.text, self.start, begin):
            parent = self.last_counted
            if _PRONOUN_OF.match(self.text, self._number_end(begin)) and not parent.measures & PERSONLIKE \
                    and self.last_person is not None:
                parent = self.last_person  # "4,612 investors in 19 countries. Around 3,100 of them": the investors
            return parent, "breakdown", self.text[parent.number.start:parent.number.end]
        if not counted:
            return None
        colon = _COLON_LIST.fullmatch(self.text, counted[-1].number.end, begin)
        if not colon and not _LIST_GAP.fullmatch(self.text, counted[-1].number.end, begin):
            return None
        parent = counted[-1]
        if _PRONOUN_OF.match(self.text, self._number_end(begin)) and not parent.measures & PERSONLIKE \
                and self._persons_named(begin, parent.number.end) is not None:
            return None  # "of seven offences ... recruited the men, then housed 9 of them": the men
        broken = colon or _BREAKDOWN.search(self.text, parent.number.end, begin) \
            or _PRONOUN_OF.match(self.text, self._number_end(begin))  # "212 arrests, 47 of them for..."
        how = "breakdown" if broken or (parent.partial and "breakdown" in parent.reason) else "continues"
        return parent, how, self.text[parent.number.start:parent.number.end]

    def _same_verb_before(self, event: Cue, previous: list[Evidence]) -> Evidence | None:
        """An earlier figure of the sentence with a noun of its own, governed by the same verb as
        this bare number: the number leaves that noun out."""
        for e in reversed(previous):
            if e.event is not None and e.event.text.lower() == event.text.lower() and e.event.start != event.start \
                    and e.noun is not None and e.measures and e.number.kind == "count":
                return e
        return None

    def _persons_of_them(self, number: Number, parent: Evidence) -> tuple[set[str], str] | None:
        """"N of them were youths" after a count of things, in a sentence that names persons
        before it ("Those arrested"): the persons, not the things."""
        said = _OF_THEM_WERE.match(self.text, number.end, self.end)
        if said is None or noun_measure(said.group(1)) not in PERSONS:
            return None
        named = [c for c in self.cues if self.start <= c.start and c.end <= parent.number.start
                 and c.measure in PERSON_EVENTS]
        if not named:
            return None
        return {"people", named[-1].measure}, f"'{said.group(1)}' of those '{named[-1].text}'"

    def _told_before(self, number: Number, begin: int) -> Evidence | None:
        """The figure of the same value counted earlier in the text, which "Of the 340," refers to."""
        if not _THE_NUMBER_BEFORE.search(self.text, max(self.start, begin - 16), begin) \
                or not _COMMA_AFTER.match(self.text, number.end, self.end):
            return None
        return next((e for e in reversed(self.earlier) if e.number.value == number.value and e.measures
                     and e.number.kind == "count"), None)

    def _persons_named(self, begin: int, start: int | None = None) -> str | None:
        """The last plural noun for persons before `begin`, after `start` (by default in this
        sentence or the one before)."""
        if start is None:
            start = self.previous_start if self.previous_start is not None else self.start
        for word in reversed(list(_WORD.finditer(self.text, start, begin))):
            lower = word.group().lower()
            if looks_plural(lower) and (measure := noun_measure(lower)) is not None:
                return word.group() if measure in PERSONS else None  # the nearest counted noun decides
        return None

    def _number_end(self, begin: int) -> int:
        """Where the number starting at `begin` (or whose qualifier does) ends."""
        return next((n.end for n in self.number_list if n.start >= begin), begin)

    def _noun_before(self, begin: int) -> tuple[str, str] | None:
        """The listed noun ending right before the comma before `begin`, with its measure."""
        m = _NOUN_BEFORE_COMMA.search(self.text, max(self.start, begin - 60), begin)
        if m is None:
            return None
        measure = noun_measure(m.group(1))
        return (m.group(1), measure) if measure else None

    def _named(self, start: int, end: int) -> list[tuple[str, str]]:
        """Measure words in [start, end): event cues and listed nouns, in order."""
        out = [(c.start, c.text, c.measure) for c in self.cues if start <= c.start and c.end <= end]
        taken = [(c.start, c.end) for c in self.cues]
        for word in _WORD.finditer(self.text, start, end):
            measure = noun_measure(word.group())
            inside_cue = any(a <= word.start() < b for a, b in taken)  # "under investigation"
            if (measure is not None and measure not in ("people", "officers") and not inside_cue
                    and vocabulary()[measure].kind == "count"):
                out.append((word.start(), word.group(), measure))
        return [(t, m) for _, t, m in sorted(out)]

    def _noun_ahead(self, pos: int) -> bool:
        """Whether one of the next few words is a noun the vocabulary lists, or could head a
        group of them: a cheap look before the phrase reader's full one."""
        for word in _AHEAD.finditer(self.text, pos, min(self.end, pos + 60)):
            found = word.group().lower()
            if noun_measure(found) is not None or noun_measure(found.rstrip("s")) is not None \
                    or found in _PARTITIVE or found in _MASS_NOUNS:
                return True
        return False

    def articles(self, numbers: list[Number]) -> list[Number]:
        out = []
        for match in re.finditer(r"\b(?:[Aa]n?|[Tt]he)\b", self.text[self.start:self.end]):
            at = self.start + match.start()
            definite = match.group().lower() == "the"
            if any(n.start <= at < n.end or (n.qualifier_start or n.start) <= at < n.end for n in numbers):
                continue
            if not self._noun_ahead(at + len(match.group())) and not any(
                    at - 40 <= c.start <= at + 80 for c in self.cues):
                continue  # no listed noun ahead and no event near: "a record", "a statement" count nothing
            one = Number(at, at + len(match.group()), 1.0, "count", text=match.group())
            phrase = self.phrase(one)
            if phrase.head is None or " " in phrase.head.strip() and phrase.measure is None:
                continue
            head = phrase.head.split()[-1].lower()
            if looks_plural(head) or head in _PARTITIVE or self.text[phrase.end:phrase.end + 3].lower() == " of" and phrase.measure is None:
                continue
            if phrase.measure is not None and vocabulary()[phrase.measure].kind == "duration":
                if _RATE_BEFORE.search(self.text, max(self.start, at - 30), at):
                    continue  # "12 hours a day", "€3 an hour": a rate, not one day
                one = Number(one.start, one.end, 1.0, "duration", unit=phrase.measure, text=one.text)
                out.append(one)  # "in a single week", "during a week"
                continue
            if definite and _ONE_OF_MANY.match(self.text, one.end):
                continue  # "the oldest suspect", "the first man": one of persons counted already
            if definite:
                # "The alleged leader, a 47-year-old, was arrested": one person, and only with a
                # singular passive; "the suspects", "the arrest" are no count
                if phrase.measure in _ONE_LEADER and any(c.measure == "arrests" for c in self.events(one, phrase, [])) \
                        and _SINGULAR_PASSIVE.search(self.text, phrase.end, max(phrase.end, self.predicate_end)):
                    out.append(one)
                continue
            events = self.events(one, phrase, [])
            if events and phrase.measure not in ONE_OF and all(c.start >= phrase.end for c in events) and (
                    _PLURAL_VERB.search(self.text, phrase.end, events[0].start)
                    or _PREPOSITION_BEFORE.search(self.text, max(self.start, at - 12), at)):
                # "two organisers of a ring, both nationals, were arrested", "a man in a red car
                # was arrested": the predicate is another noun's
                continue
            if not definite and _APPOSED_TO_ONE_OF.search(self.text, max(self.start, at - 60), at):
                continue  # "The oldest suspect, a man aged 67, was held": one of persons counted already
            if phrase.measure in ONE_OF or events:
                out.append(one)  # "an officer", "a teacher was arrested"; not "theft of a motor vehicle"
        return out
