"""Attach each number of a source to what it counts and where: the evidence a claim is judged by.

A source is read once, sentence by sentence (`sentences`); in each sentence, what every number
counts comes from `counting` and where it happened from `scope`. Both read the structure of
the sentence, never a cue word found anywhere in it; `validate --show-figures` shows the
result with the reason for each number.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from validator.figures.measures import Cue, drug_named_before, find_cues, noun_measure, vocabulary
from validator.figures.numbers import CLAIM_KINDS, Number, read_numbers
from validator.figures.places import Place, canonical_country, canonical_region, find_places, find_regions, home_country
from validator.figures import amounts, currencies
from validator.figures.counting import ACTS_ON_THINGS, MOVED_TO, PERSONLIKE, Phrase, looks_plural
from validator.figures.scope import UNIT_AFTER, Scoping, holding, place_names
from validator.figures.event_places import place_the_count_before
from validator.figures.respectively import each, respectively, share_nouns
from validator.figures.sentences import split_sentences

# "a further eight", "another 14": figures added to others, not the whole.
_FURTHER = re.compile(r"\b(?:a\s+further|another|an\s+additional|additional|other|further)\s+\Z", re.I)
_EACH = re.compile(r"\beach\b", re.I)
_OF_THEM = re.compile(r"\s?(?:%|per\s?cent|percent)\s+of\s+(?:them|those|these)\b", re.I)


@dataclass(frozen=True, slots=True)
class Evidence:
    number: Number
    measures: frozenset[str]
    places: tuple[str, ...]  # where: each place's own name, then its country
    noun: str | None = None  # the head noun as written ("clips"), known or not
    reason: str = ""  # how the reader decided what it counts, for messages and --show-figures
    joint: bool = False  # several places named together ("in Spain and Portugal")
    event: Cue | None = None  # the event word governing it ("arrested"), if any
    whole: tuple[str, ...] = ()  # for a joint place, the state and country holding all of it
    partial: bool = False  # read as part of another figure ("of whom 12", "a further eight")

    @property
    def start(self) -> int:
        return self.number.qualifier_start if self.number.qualifier_start is not None else self.number.start

    @property
    def end(self) -> int:
        return self.number.end


def evidence(text: str, language: str = "en") -> tuple[Evidence, ...]:
    """Every number of `text` that can support a claim, with its measures and places; a source
    in Spanish (`language` "es") is read by the Spanish reader, any other as English."""
    if language == "es":
        from validator.figures.spanish.reading import evidence as spanish

        return spanish(text)
    return _english(text)


@lru_cache(maxsize=1024)
def _english(text: str) -> tuple[Evidence, ...]:
    read = amounts.join_durations(text, amounts.join_ranges(text, read_numbers(text)))
    places = sorted(find_places(text) + find_regions(text), key=lambda p: p.start)
    dollar, peso = _local(places, _DOLLARS, "USD"), _local(places, _PESOS)
    rupee = _local(places, currencies.RUPEE_COUNTRIES, "INR")
    signed = currencies.with_letter_signs(text)
    numbers = [_with_unit(signed, n, dollar, peso, rupee) for i, n in enumerate(read)
               if n.kind in AMOUNT_KINDS and not _not_a_count(text, n) and not _repeats(text, read[i - 1] if i else None, n)]
    cues = find_cues(text)
    home = home_country(places)
    out: list[Evidence] = []
    carried: list[Place] = []  # the scope the paragraph's earlier sentences left open
    last_counted: Evidence | None = None  # the last counted figure of the sentence before
    last_person: Evidence | None = None  # the last figure of persons before, in the paragraph
    previous_start: int | None = None  # where the sentence before starts, within the paragraph
    last = 0
    paragraph = 0  # where the paragraph's figures start in `out`
    for start, end in split_sentences(text):
        if "\n" in text[last:start]:
            carried, last_counted, previous_start = [], None, None  # "of them" may still reach back: last_person
            paragraph = len(out)
        last = end
        # "Six were detained. The arrests were made in Leeds and York."
        place_the_count_before(signed, start, end, places, out, paragraph, "en")
        inside = [n for n in numbers if start <= n.start < end]
        sentence = _Reading(signed, start, end, cues, places, carried, inside)
        sentence.last_counted = last_counted
        sentence.last_person = last_person
        sentence.previous_start = previous_start
        sentence.earlier = out
        sentence.home = home
        carried = sentence.scope_at(end) or carried
        inside = sorted(inside + sentence.articles(inside), key=lambda n: n.start)
        previous: list[Evidence] = []
        for i, number in enumerate(inside):
            found = sentence.read(number, previous)
            previous.append(found)
            if found.measures and found.number.kind == "count":
                last_counted = found
                if found.measures & PERSONLIKE:
                    last_person = found
        out.extend(each(signed, respectively(signed, start, end, share_nouns(signed, previous), places), places))
        previous_start = start
    return tuple(out)
# The kinds of number a claim can be supported by; ordinals, years, dates, ages, list markers
# never support anything.
AMOUNT_KINDS = frozenset({*CLAIM_KINDS, "money", "quantity", "percent"})
# After an amount, what stands before the noun it is an amount of: "2.5 tonnes of cocaine",
# "80% of the files", "€500,000 in cash", "$2m worth of".
_AMOUNT_TAIL = re.compile(
    r"(?:\s?%|\s+(?:per\s?cent|percent)\b|\s*(?:metric\s+)?[^\W\d_]+)?(?:\s+worth)?"
    r"\s+(?:of|in)\s+(?:(?:the|its|their|all|those|these)\s+)?", re.I)


def _with_unit(text: str, number: Number, dollar: str | None = None, peso: str | None = None,
               rupee: str | None = None) -> Number:
    """Money with its ISO currency and a quantity with its pint unit, in `unit`; a bare "$"
    is `dollar` when the text is about a country that writes its dollar so, and bare "pesos"
    are `peso` when it is about one country of pesos, and "Rs" or rupees `rupee`."""
    if number.kind == "money":
        code = amounts.currency_before(text, number.start)
        sign = amounts.sign_before(text, number.start)
        if code == "USD" and sign is not None and text[sign:number.start].strip() == "$":
            code = currencies.dollar_named_after(text, number.end) or dollar or code
        if code == "INR" and rupee is not None and sign is not None and text[sign:number.start].strip().startswith("Rs"):
            code = rupee  # "Rs12.4 million" in a report about Pakistan
        if code is None and (after := amounts.currency_after(text, number.end)) is not None:
            code = after[0]
            if code == "MXN" and peso is not None and text[number.end:after[1]].strip().lower() in ("pesos", "peso"):
                code = peso  # "15,000 pesos in cash assistance" in a report about the Philippines
            if code == "INR" and rupee is not None:
                code = rupee  # "2 million rupees" in a report about Pakistan
            if code == "GBP" and text[number.end:after[1]].strip().lower() == "pounds" and _POUNDS_OF_WEIGHT.search(text):
                # "475,000 pounds of cocaine ..., down from about 540,000 pounds": a weight
                return replace(number, kind="quantity", unit=amounts.unit_named("pound"))
        return replace(number, unit=code)
    if number.kind == "quantity":
        return replace(number, unit=amounts.unit_named(number.unit or ""))
    return number


# Between a subject's place and the amount its verb gives: " had lost S$", " paid about ".
_SUBJECT_PLACE_GAP = re.compile(r"\s+(?:(?:had|have|has|were|was)\s+)?(?-i:[a-z]+ed|lost|paid|spent|rose|fell|grew|"
                                r"jumped|dropped|climbed|totalled|reached|[a-z]+s)\s+(?:(?:out|up|down|by)\s+)?"
                                r"(?:(?:a\s+combined|a\s+total\s+of|an\s+estimated)\s+)?"
                                r"(?:(?:about|some|nearly|almost|more\s+than|over|at\s+least)\s+)?"
                                r"[^\w\s]{0,3}[A-Z]{0,3}[^\w\s]{0,2}\s?")
_LOCATIVE_BEFORE = re.compile(r"\bin\s+(?:the\s+)?\Z", re.I)
_AT_PLACE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?(?:port\s+of\s+)?\Z", re.I)
# A text that weighs in pounds: "212 pounds of fentanyl", "5,400 lb".
_POUNDS_OF_WEIGHT = re.compile(r"\d\s*(?:pounds\s+of\s+(?!(?:money|cash|funds|sterling|taxpayers)\b)|lbs?\b)", re.I)
# Before an amount compared with the one before it.
_COMPARED_WITH = re.compile(r"\b(?:up|down|rising|falling|rose|fell|increased|decreased)\s+from\s+(?:(?:a|an|the)\s+)?"
                            r"(?:\w+\s+)?\Z|\b(?:compared\s+with|compared\s+to|against|versus|from)\s+(?:(?:a|an|the)\s+)?\Z",
                            re.I)
# "assets worth", "Cash in several currencies worth": the noun before, else past a phrase of its own
_WORTH = (r"\s+(?:worth|amounting\s+to|totall?ing|valued\s+at|to\s+the\s+tune\s+of|weighing|weighed\s+at)\s+"
          r"(?:(?:about|around|approximately|some|nearly|almost|more\s+than|over|at\s+least|up\s+to)\s+)?\Z")
_VALUE_OF = re.compile(rf"\b([^\W\d_]+){_WORTH}", re.I)
_VALUE_OF_PAST = re.compile(rf"\b([^\W\d_]+)\s+(?:in|of|from)(?:\s+[^\W\d_]+){{1,3}}?{_WORTH}", re.I)
def _local(places: list[Place], table: dict[str, str], default: str | None = None) -> str | None:
    """The currency of `table` that a text about one of its countries writes bare: the one whose
    country is named, by itself or its places, three times as often as any other; None when that
    is `default`, what the number reader gives anyway."""
    local = currencies.local_currency([p.country for p in places], table)
    return None if local == default else local


# A bare "$", with the United States among the candidates ("Durham Regional Police" read as Durham,
# North Carolina, in a report about Ontario); bare "pesos", the Philippines' too; "Rs" and rupees.
_DOLLARS = {**currencies.DOLLAR_COUNTRIES, "United States": "USD"}
_PESOS = {**currencies.PESO_COUNTRIES, "Philippines": "PHP"}


# "the man, 45, was arrested": a person's age between commas after the noun naming them.
_AGE_BEFORE = re.compile(r"\b([^\W\d_]+),[ \t]*\Z")
_AGE_AFTER = re.compile(r"[ \t]*,")
_OLDEST = re.compile(r"\b(?:youngest|oldest)\b(?:\s+(?:of\s+(?:them|whom|those)|was|is|being|aged))*\s*,?\s*\Z", re.I)
_AGE_WORD = re.compile(r"\b(?:age|aged|ages)\s+(?:was|is|of|were)?\s*\Z", re.I)
_NAME_AGE = re.compile(r"\b(?-i:[A-Z][a-z]+)\s+(?-i:[A-Z][a-z]+)\s*\(\Z")
# "KHTV 13 first reported": a number after a name in capitals is a label ("Channel 4").
_CAPITALS_BEFORE = re.compile(r"\b([A-Z]{2,})\s+\Z")


def _not_a_count(text: str, number: Number) -> bool:
    """Numbers the number reader leaves as counts that a sentence shows to be something else."""
    if not number.text.isdigit() or number.kind != "count":
        return False
    before = text[max(0, number.start - 40):number.start]
    capitals = _CAPITALS_BEFORE.search(before)
    if capitals and canonical_country(capitals.group(1)) is None and canonical_region(capitals.group(1)) is None:
        return True
    named = _NAME_AGE.search(before)
    if named is not None and find_places(named.group().rstrip(" (")):
        named = None  # "the United States (11)", "New Zealand (4)": a place and its count, not a person's age
    if number.value <= 120 and (_OLDEST.search(before) or _AGE_WORD.search(before) or named):
        return True  # "the youngest of them 17", "their average age was 78", "Keith Dowling (36)"
    return _apposed_age(text, number)


def _repeats(text: str, before: Number | None, number: Number) -> bool:
    """"eleven (11)": digits in brackets repeating the number before them."""
    return (before is not None and before.value == number.value
            and re.fullmatch(r"\s*\(", text[before.end:number.start]) is not None)


def _apposed_age(text: str, number: Number) -> bool:
    if not (number.text.isdigit() and len(number.text) <= 3 and number.value <= 120):
        return False
    before = _AGE_BEFORE.search(text, max(0, number.start - 30), number.start)
    if before is None or not _AGE_AFTER.match(text, number.end):
        return False
    word = before.group(1)
    return noun_measure(word) in ("people", "suspects", "members", "officers") and not looks_plural(word.lower())


def within(text: str, spans: tuple[tuple[int, int], ...], language: str = "en") -> list[Evidence]:
    """The evidence whose number lies inside one of `spans` (a quote's place in the source)."""
    found, starts = evidence(text, language), _starts(text, language)
    picked: dict[int, Evidence] = {}
    for a, b in spans:
        for i in range(bisect_left(starts, a), bisect_right(starts, b)):
            if found[i].number.end <= b:
                picked[i] = found[i]
    return [picked[i] for i in sorted(picked)]


@lru_cache(maxsize=1024)
def _starts(text: str, language: str = "en") -> list[int]:
    return [e.number.start for e in evidence(text, language)]


def city_and_its_region(text: str, group: list[Place]) -> bool:
    """"in Abeokuta, Ogun State", "in Porto (Portugal)": a city and what it lies in, one place."""
    return (len(group) == 2 and group[0].level == "city" and group[0].country == group[1].country
            and (group[1].level in ("subdivision", "country") or UNIT_AFTER.match(text, group[1].end) is not None)
            and re.fullmatch(r"\s*[,(]\s*(?:in\s+(?:the\s+)?)?|\s+in\s+(?:the\s+)?", text[group[0].end:group[1].start])
            is not None)  # "in Mariakani in Kilifi County"


class _Reading(Scoping):
    """One sentence, read."""

    def read(self, number: Number, previous: list[Evidence]) -> Evidence:
        if number.kind in ("money", "quantity", "percent"):
            return self.read_amount(number, previous)
        if number.kind == "duration":
            unit = (number.unit or "").rstrip("s") + "s"
            measures = frozenset({unit}) if unit in vocabulary() else frozenset()
            return Evidence(number, measures, place_names(self.where(number, number.end)), unit, "duration")
        phrase = self.phrase(number)
        self.phrase_ends[number.start] = phrase.end
        events = self.events(number, phrase, previous)
        measures, reason = self.measures(number, phrase, events, previous)
        group = (self.inner_places(number, phrase)
                 or (self.predicate_end > phrase.end and not self.own_places(self.predicate_end)
                     and self.subject_places(phrase.end, events[-1].start if events else self.predicate_end))
                 or self.where(number, max(phrase.end, self.predicate_end), held="arrests" in measures))
        joint, whole = self._jointly(number, group)
        begin = number.qualifier_start if number.qualifier_start is not None else number.start
        partial = "breakdown" in reason or bool(_FURTHER.search(self.text, max(self.start, begin - 25), begin))
        return Evidence(number, measures, place_names(group), phrase.head, reason, joint,
                        events[0] if events else None, whole, partial)

    def _jointly(self, number: Number, group: list[Place]) -> tuple[bool, tuple[str, ...]]:
        """Whether several places hold the number together ("in China and India", not "one
        each in Moldova and Germany"), and the state and country holding all of them."""
        joint = len(group) > 1 and not _EACH.search(self.text, number.end, group[0].start) \
            and not city_and_its_region(self.text, group)
        return joint, holding(group) if joint else ()

    def _valued(self, number: Number):
        """The noun an amount is the value of, written before it ("assets worth €1.4 million")."""
        begin = number.qualifier_start if number.qualifier_start is not None else number.start
        sign = amounts.sign_before(self.text, number.start)
        end = min(begin, sign) if sign is not None else begin
        for pattern in (_VALUE_OF, _VALUE_OF_PAST):
            m = pattern.search(self.text, max(self.start, begin - 60), end)
            if m is not None and (measure := noun_measure(m.group(1))) is not None:
                return Phrase(number.end, m.group(1), measure)
        return None

    def read_amount(self, number: Number, previous: list[Evidence] | None = None) -> Evidence:
        """Money, a quantity or a percentage: what it is an amount of, if a noun says so
        ("2.5 tonnes of cocaine", "€500,000 in cash", "80% of the files"), and where."""
        written = currencies.after(self.text, number.end) if number.kind == "money" else None
        tail = _AMOUNT_TAIL.match(self.text, written[1] if written else number.end, self.end)
        phrase = self._run(tail.end(), verbs_first=False) if tail else None  # "of dried cannabis"
        if phrase is not None and phrase.head is not None and any(p.start <= phrase.end - len(phrase.head) < p.end
                                                                  for p in self.places):
            phrase = None  # "for up to 300 baht in Bangkok": a place, not what it is an amount of
        if phrase is None or phrase.measure is None:
            named = self._valued(number)  # "assets worth €1.4 million", "cash amounting to SEK 740,000"
            phrase = named if named is not None else phrase
        if (phrase is None or phrase.measure is None) and number.kind == "percent" and tail is not None \
                and (base_number := next((n for n in self.number_list if n.start == tail.end()), None)) is not None:
            of_whole = self.phrase(base_number)  # "41 per cent of the 2,170 victims": a share of the victims
            phrase = of_whole if of_whole.measure is not None else phrase
        before = previous[-1] if previous else self.last_counted  # "... 2,100 images. Roughly 40% of those"
        if (phrase is None or phrase.measure is None) and number.kind == "percent" and before is not None \
                and _OF_THEM.match(self.text, number.end) and before.measures:
            # "90,000 vehicles were stolen, roughly 40 per cent of them in Ontario"
            base, of_them = before, _OF_THEM.match(self.text, number.end)
            assert of_them is not None  # tested above
            specific = sorted(base.measures - {"people"}) or sorted(base.measures)  # the victims, not persons
            phrase = Phrase(of_them.end(), base.noun, specific[0])
        measures = frozenset({phrase.measure}) if phrase is not None and phrase.measure else frozenset()
        head = phrase.head if phrase is not None else None
        reason = f"{number.kind} of '{head}'" if head else number.kind
        begin = number.qualifier_start if number.qualifier_start is not None else number.start
        if not measures and previous and _COMPARED_WITH.search(self.text, max(self.start, begin - 30), begin):
            # "seized 2.1 tonnes of methamphetamine, up from 1.3 tonnes in 2023"
            compared = next((e for e in reversed(previous) if e.number.kind == number.kind and e.measures), None)
            if compared is not None:
                measures, head, reason = (compared.measures, compared.noun,
                                          f"{number.kind}, compared with '{compared.number.text}'")
        if not measures and number.kind == "quantity" and (apposed := self._noun_before(begin)) is not None:
            # "The drugs, roughly 16,800 kilograms, were seized": an amount in apposition to its noun
            measures, head, reason = frozenset({apposed[1]}), apposed[0], f"quantity of '{apposed[0]}', apposed"
        if measures == {"drugs"} and (named := drug_named_before(self.text, begin)) is not None:
            # "Officers seized cocaine ... The drugs, roughly 16,800 kilograms, were seized"
            measures, reason = frozenset({named[1]}), f"{reason}, the '{named[0]}' named before"
        moved = MOVED_TO.search(self.text, max(self.start, begin - 60), begin)
        if not measures and number.kind != "percent" and moved is not None:
            # "cocaine seizures fell 12% to 63.4 tonnes": the amount of what moved
            named = [m for m in self._named(self.start, moved.start()) if vocabulary()[m[1]].kind == "count"]
            named = [m for m in named if m[1] not in ACTS_ON_THINGS] or named  # the cocaine, not its seizures
            if named:
                measures, head, reason = frozenset({named[-1][1]}), named[-1][0], f"{number.kind} of '{named[-1][0]}', which {moved.group(1)}"
        end = phrase.end if phrase is not None and phrase.head else number.end
        group = self.where(number, end)
        if not group and moved is not None:
            # "while seizures at Rotterdam fell by 38 per cent to 29.5 tonnes": the subject's place
            group = [p for p in self.places if max(self.start, moved.start() - 60) <= p.start and p.end <= moved.start()
                     and _AT_PLACE.search(self.text, max(self.start, p.start - 12), p.start)][-1:]
        if not group and number.kind in ("money", "percent"):
            # "scam victims in Singapore had lost S$456.7 million", "offences in Queensland rose by 7.2 per
            # cent": the place of the subject
            group = [p for p in self.places if self.start <= p.start and p.end <= begin
                     and _SUBJECT_PLACE_GAP.fullmatch(self.text, p.end, begin)
                     and _LOCATIVE_BEFORE.search(self.text, max(self.start, p.start - 6), p.start)][-1:]
        joint, whole = self._jointly(number, group)
        return Evidence(number, measures, place_names(group), head, reason, joint, None, whole)
