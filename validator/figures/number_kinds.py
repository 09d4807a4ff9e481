"""What kind a number is, from the words around it: an ordinal (a label such as "Article 5",
or a number to ring), a percentage, an age, a duration, money, a measured quantity, a year,
or else a count. Only the text is read; the number itself is already found."""

from __future__ import annotations

import re

from validator.figures import currencies
from validator.figures.number_context import PREV_WORD_RE, counts_follow
from validator.figures.qualifiers import QUALIFIERS

_I = re.IGNORECASE

_UNIT = r"(?P<unit>day|week|month|year|hour|hr|minute|min|decade)s?\b"
_GLUE = r"(?:\s+|\s*-\s*)"

PERCENT_AFTER_RE = re.compile(
    r"(?:\s*|[ \t]*-[ \t]*)(?:%|per[ \t\u00a0-]?cent\b|percent\b|percentage[ \t]+points?\b|pct\b)",
    _I,
)

# --- ages ------------------------------------------------------------------------------

_AGE_AFTER_RE = re.compile(rf"{_GLUE}{_UNIT}{_GLUE}old\b", _I)
_OF_AGE_RE = re.compile(rf"\s+{_UNIT}\s+of\s+age\b", _I)
_AGE_BEFORE_RE = re.compile(
    r"(?:\b(?:aged?|ages)(?:\s+(?:of|between|from|up\s+to|under|over))?"
    # the second of "aged between 16 and 43", "aged 19 and 22", "aged 18 to 25"
    r"(?:\s*\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:,|and|or|to|-|\u2013))?"
    r"|\bas\s+(?:young|old)\s+as)\s*\Z",
    _I,
)
# "of whom two dozen were under 21", "the youngest person arrested is 19"
_AGE_LIMIT_BEFORE_RE = re.compile(
    r"(?:\b(?:was|were|is|are|be|been|being)\s+(?:aged\s+)?(?:under|over|below|above)"
    r"|\b(?:youths?|children|minors|boys|girls|teenagers|juveniles|people|persons)\s+(?:aged\s+)?(?:under|over|below)"
    r"|\b(?:youngest|oldest)\b[^.;:!?\n]{0,50}?\b(?:is|was|are|were)(?:\s+(?:aged|just|only))?)"
    r"\s+\Z",
    _I,
)
# "Darren Holt, 52, rented an office": an age between commas after a full name.
_NAME_BEFORE_RE = re.compile(r"(?<![\w'-])([A-Z][a-z]+)[ \t]+[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?,[ \t]*\Z")
_COMMA_AFTER_RE = re.compile(r"[ \t]*,(?![ \t]*\d)")
# First words of two-word places, so that "North Macedonia, 12," is no one's age.
_PLACE_FIRST_WORDS = frozenset(
    "North South East West New United Costa Sri Saudi Czech El Hong Sierra San Santo Puerto "
    "Ivory Papua Solomon Marshall Cape Burkina Bosnia Dominican Central Equatorial Trinidad "
    "Antigua Saint Great Northern Southern Western Eastern Upper Lower Greater".split()
)

# --- labels and numbers to ring --------------------------------------------------------

# Words that make the number after them a label, not a quantity ("Article 5", "No. 10").
_ABBREVIATED_LABELS = frozenset({"no", "nos", "nr"})
_LABEL_WORDS = frozenset(
    "number article section chapter paragraph page clause phase stage level grade "
    "category flight room route platform gate terminal episode season volume vol part step "
    "round resolution sections articles clauses paragraphs chapters pages incident reference "
    "ref extension ext junction junctions exit exits motorway highway interstate lane pier berth "
    "dock bay ward block unit zone sector channel".split()
)
_LABEL_BEFORE_RE = re.compile(r"(?:#|\b([A-Za-z]+)\.?[ \t]*)\Z")
# The later items of "sections 419 and 420", "Articles 3, 5 and 8".
_LABEL_LIST_BEFORE_RE = re.compile(
    r"\b(?:sections?|articles?|clauses?|paragraphs?|chapters?|rules?|regulations?|ss?\.|arts?\.)"
    r"\s*\d+[A-Za-z]?(?:\s*(?:,|and|or|&|to)\s*\d+[A-Za-z]?)*\s*(?:,|and|or|&|to)\s*\Z",
    _I,
)
# "call 101 quoting incident 482", "call 110 if in doubt", "the helpline, 1930"
_CALL_BEFORE_RE = re.compile(
    r"\b(?:call|calling|dial|dialling|dialing|ring|ringing|text|texting|phone|helpline|hotline|telephone)"
    r"(?:\s+(?:us|me|them|police|officers|the\s+\w+))?(?:\s+(?:on|at|number|no\.?))?"
    r"[ \t]*[,:]?[ \t]*\Z",
    _I,
)

# What the word or sign right before a number must be for the rules above to be tried.
_LIST_JOINS = frozenset({"and", "or", "to", ",", "&"})
_CALL_CUES = frozenset(
    "call calling dial dialling dialing ring ringing text texting phone helpline hotline telephone on at "
    "number no , :".split()
)
_AGE_LIMIT_CUES = frozenset("under over below above is was are were aged just only".split())

# --- durations, money, quantities, years -----------------------------------------------

_DURATION_AFTER_RE = re.compile(
    rf"{_GLUE}(?:(?:more|additional|further|long|full|whole|consecutive|straight|calendar|"
    rf"working)\s+)?{_UNIT}",
    _I,
)
_OF_UNIT_RE = re.compile(rf"\s+of\s+{_UNIT}", _I)
# Words before "over N days" that make it "more than N days", not "during N days".
_OVER_DURATION_CUES = frozenset(
    "for of after to in by than spent spend spending served serve serving lasted lasting "
    "lasts took take takes taking taken jailed sentenced imprisoned".split()
)

# A measured amount: "2.5 tonnes of cocaine", "275 kg", "120,000 litres" (issue: kinds of
# figure will read these as quantities with their units; here they only must not be counts).
_QUANTITY_AFTER_RE = re.compile(
    r"(?:[ \t]*|-)(?P<unit>(?:metric\s+)?(?:tonnes?|tons?|kilo(?:gram)?s?|kilogrammes?|kgs?|grams?|(?-i:g)|(?-i:t)|mg|lbs?|ounces?|oz"
    r"|litres?|liters?|ml|gallons?|barrels?|nautical\s+miles?|kilomet(?:re|er)s?|km|met(?:re|er)s?|miles?|hectares?|acres?"
    r"|gigabytes?|terabytes?|petabytes?|GB|TB|PB))\b(?![ \t]*(?:/[ \t]*h\b|per[ \t]+hour|an[ \t]+hour|ph\b))",  # not a speed
    _I,
)
# "nearly 9 pounds of fentanyl powder": pounds of a thing are a weight ("pounds worth of" is money).
_POUNDS_OF_RE = re.compile(r"[ \t]+(?P<unit>pounds?)(?=[ \t]+of[ \t]+(?![^\W\d_]+(?:['’]s?)?[ \t]+(?:money|funds|cash|savings)\b"
                           r"|(?:money|funds|cash|savings|taxpayers|public)\b))", _I)
# Words right before a four-digit number that make it a year ("in 2003", "since 2008").
_YEAR_CUES = frozenset(
    "in since until till during the year between circa mid early late spring summer autumn "
    "fall winter throughout".split()
)


def kind_of(text: str, start: int, end: int, value: float, *, ordinal: bool, year_like: bool,
            phrase: str | None, money: bool, vague: bool) -> tuple[str, str | None]:
    """The kind of the number at [start, end) and its unit (durations, ages, quantities).

    `phrase` is the qualifier written before it, `money` whether a currency sign precedes it,
    `year_like` whether it is four plain digits, `vague` whether it is "dozens", "hundreds"..."""
    t = text
    cue = _cue_before(t, start)
    if ordinal or _labelled(t, start, cue) or _dialled(t, start, end, cue):
        return "ordinal", None
    if PERCENT_AFTER_RE.match(t, end):
        return "percent", None
    if age := _AGE_AFTER_RE.match(t, end) or _OF_AGE_RE.match(t, end):
        return "age", _unit(age)
    if _AGE_BEFORE_RE.search(t, max(0, start - 40), start) or _an_age(t, start, end, value,
                                                                       cue):
        return "age", "years"
    if duration := _DURATION_AFTER_RE.match(t, end):
        return "duration", _unit(duration)
    if not money and (weight := _POUNDS_OF_RE.match(t, end)):
        return "quantity", weight.group("unit").lower()  # "9 pounds of fentanyl": a weight, not money
    if money or currencies.after(t, end) is not None:
        return "money", None
    if quantity := _QUANTITY_AFTER_RE.match(t, end):
        return "quantity", quantity.group("unit").lower()
    if year_like and _reads_as_year(t, start, end, value, phrase):
        return "year", None
    if vague and (of_unit := _OF_UNIT_RE.match(t, end)):
        return "duration", _unit(of_unit)  # "hundreds of years"
    return "count", None


def money_before(text: str, start: int) -> re.Match[str] | None:
    """The currency sign or code right before `start` ("$", "EUR ", "Rs."), if any."""
    return currencies.BEFORE.search(text, max(0, start - 6), start) if currencies.before(text, start) else None


def over_means_more(text: str, start: int) -> bool:
    """'jailed for over three years' is more than three; 'over three days' is during."""
    m = PREV_WORD_RE.search(text, max(0, start - 16), start)
    return m is not None and m.group(1).lower() in _OVER_DURATION_CUES


def _cue_before(text: str, start: int) -> str:
    """The word (lower case) or the sign right before `start`, spaces skipped."""
    t = text
    i = start
    while i > 0 and t[i - 1] in " \t\u00a0":
        i -= 1
    if i == 0:
        return ""
    if not t[i - 1].isalpha():
        return t[i - 1]
    m = PREV_WORD_RE.search(t, max(0, i - 16), i)
    return m.group(1).lower() if m else ""


def _an_age(text: str, start: int, end: int, value: float, cue: str) -> bool:
    """'were under 21.', 'the youngest arrested is 19', 'Darren Holt, 52, rented'."""
    if cue not in _AGE_LIMIT_CUES and cue != ",":
        return False
    if not (0 < value <= 120 and value.is_integer()) or counts_follow(text, end):
        return False
    t = text
    if cue != ",":
        return _AGE_LIMIT_BEFORE_RE.search(t, max(0, start - 80), start) is not None
    name = _NAME_BEFORE_RE.search(t, max(0, start - 40), start)
    return (name is not None and name.group(1) not in _PLACE_FIRST_WORDS
            and _COMMA_AFTER_RE.match(t, end) is not None)


def _dialled(text: str, start: int, end: int, cue: str) -> bool:
    """'call 110 if in doubt', 'the helpline, 1930': a number to ring, not a count."""
    return (cue in _CALL_CUES
            and _CALL_BEFORE_RE.search(text, max(0, start - 24), start) is not None
            and not counts_follow(text, end))


def _labelled(text: str, start: int, cue: str = "") -> bool:
    if cue in _LIST_JOINS and _LABEL_LIST_BEFORE_RE.search(text, max(0, start - 60), start):
        return True
    m = _LABEL_BEFORE_RE.search(text, max(0, start - 16), start)
    if m is None or m.group(1) is None:
        return m is not None
    word = m.group(1)
    if word.lower() in _ABBREVIATED_LABELS:
        return word[0].isupper() or "." in m.group()  # "No. 10", not "no 5 people"
    return word.lower() in _LABEL_WORDS and "." not in m.group()  # "a shared room. Twenty-one of them"


def _reads_as_year(text: str, start: int, end: int, value: float, phrase: str | None) -> bool:
    if phrase is not None and QUALIFIERS[phrase] != "about":
        return False  # "more than 2000", "a total of 1999"
    prev = PREV_WORD_RE.search(text, max(0, start - 24), start)
    cued = prev is not None and prev.group(1).lower() in _YEAR_CUES
    if cued and 1900 <= value <= 2099:
        return True
    if counts_follow(text, end):
        return False
    return 1900 <= value <= 2099 or (cued and value >= 1000)


_SHORT_UNITS = {"hr": "hour", "min": "minute"}


def _unit(m: re.Match[str]) -> str:
    unit = m.group("unit").lower()
    return _SHORT_UNITS.get(unit, unit) + "s"
