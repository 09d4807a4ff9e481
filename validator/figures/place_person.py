"""Whether a place name in a text is part of a longer name: a person's ("Michael
Jackson", "Mr. Guerrero") or an organisation's ("Real Madrid"), told by the capitalised
words around it.
"""

from __future__ import annotations

import re

# Capitalised words that may stand right before a place name without making it part of
# a person's or an organisation's name: sentence openers, prepositions, compass words.
_LEADING_WORDS = frozenset({
    "a", "an", "the", "in", "at", "on", "of", "to", "from", "for", "by", "with", "near",
    "into", "across", "around", "outside", "inside", "throughout", "through", "via",
    "between", "during", "after", "before", "since", "until", "and", "but", "or", "as",
    "both", "while", "when", "where", "if", "although", "though", "because", "like",
    "unlike", "including", "last", "next", "this", "that", "these", "those", "all", "some",
    "yesterday", "today", "tomorrow", "tonight", "meanwhile", "however", "also", "then",
    "now", "here", "there", "elsewhere", "over", "under", "against", "among", "amongst",
    "beyond", "toward", "towards", "within", "without", "along", "about", "per", "via",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
    "northwestern", "southeastern", "southwestern", "greater", "downtown", "metropolitan",
    "rural", "urban", "coastal", "upper", "lower", "inner", "outer", "old", "new",
    # Spanish sources: "En Málaga, la policía ...", "Desde Sevilla"
    "en", "desde", "de", "del", "la", "el", "los", "las", "y", "e", "o", "hacia", "entre", "con",
    "por", "para", "sobre", "tras", "según", "durante", "hasta", "solo", "sólo", "también",
    "además", "mientras", "como", "cerca", "ayer", "hoy",
})

# Capitalised words that may follow a place name without making it part of a person's
# name or a title ("Madrid Police", "Texas Department of Public Safety").
_FOLLOWING_WORDS = frozenset({
    "police", "policia", "policía", "polizei", "guard", "guards", "sheriff", "sheriff's",
    "city", "town", "village", "province", "provincial", "region", "regional", "state",
    "county", "district", "municipality", "municipal", "metropolitan", "metro", "area",
    "council", "government", "governor", "mayor", "assembly", "parliament", "court",
    "courts", "tribunal", "prosecutor", "prosecutors", "prosecutor's", "attorney",
    "department", "ministry", "office", "authority", "authorities", "agency", "airport",
    "port", "harbour", "harbor", "station", "university", "hospital", "prison", "jail",
    "customs", "border", "bay", "river", "coast", "island", "islands", "valley", "cathedral",
    "high", "superior", "supreme", "criminal", "central", "public", "national", "federal",
    "fire", "crime", "crimes", "security", "immigration", "stadium", "airport's", "embassy",
    "consulate", "army", "navy", "military", "defense", "defence", "forces", "force",
    "canal", "war", "province's", "city's", "state's", "county's", "metropolitan",
})

_LETTERS = re.compile(r"[^\W\d_]+")
_PREV_WORD = re.compile(r"([^\W\d_][^\W_]*(?:['’][^\W_]+)?)(\.?)[ \t\u00a0]+$")
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_][^\W_]*)")
_TITLES = re.compile(
    r"(?:^|[^\w])(?:Mr|Mrs|Ms|Dr|Prof|Sr|Sra|Srta|Gen|Lt|Sgt|Col|Capt|Cpt|Insp|Det|Rep|Sen|"
    r"Gov|Rev|Fr|Hon|Judge|Mme|Mlle|Herr|Frau|Don|Doña)\.?[ \t\u00a0]+$"
)


def _title_case_line(text: str, pos: int, memo: dict[int, bool]) -> bool:
    """Whether the line around `pos` is a headline in title case, where every word is
    capitalised and capitals say nothing about names."""
    first = text.rfind("\n", 0, pos) + 1
    if first not in memo:
        last = text.find("\n", pos)
        words = [w for w in _LETTERS.findall(text, first, len(text) if last < 0 else last)
                 if len(w) > 4]  # "of", "in", "with", "from" may stay lower case
        memo[first] = len(words) >= 3 and all(w[0].isupper() for w in words)
    return memo[first]


def _person_like(text: str, start: int, end: int, is_place, memo: dict[int, bool]) -> bool:
    """Whether a place name written at text[start:end] is part of a longer name: a
    person's ("Michael Jackson", "Victoria Beckham", "Ronald K. Noble", "Mr. Guerrero")
    or an organisation's ("Real Madrid", "Washington Post")."""
    if _title_case_line(text, start, memo):
        return False
    if _TITLES.search(text, max(0, start - 12), start):
        return True
    before = _PREV_WORD.search(text, max(0, start - 40), start)
    if before is not None:
        word = before.group(1)
        if before.group(2):  # a full stop: the end of a sentence, or a middle initial
            if len(word) == 1 and word.isupper():
                return True
        elif (word[0].isupper() and word.lower() not in _LEADING_WORDS
              and not is_place(before.start(1), before.end(1))):
            return True
    after = _NEXT_WORD.match(text, end)
    if after is not None:
        word = after.group(1)
        lower = word.lower()
        if (word[0].isupper() and lower not in _FOLLOWING_WORDS
                and lower.rstrip("s") not in _FOLLOWING_WORDS
                and not is_place(after.start(1), after.end(1))):
            return True
    return False
