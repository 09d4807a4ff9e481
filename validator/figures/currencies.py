"""How reports write a currency: signs and codes before an amount, words and codes after it,
read as ISO 4217 codes (the list is pycountry's). Shared by the number reader, which must not
take money for a count, and by the readers of amounts in sources and claims."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

# Signs for a currency, where its ISO code is not written; longest first where they overlap.
SIGNS: dict[str, str] = {
    "US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD", "HK$": "HKD",
    "S$": "SGD", "R$": "BRL", "KSh": "KES", "Ksh": "KES", "Sh": "KES", "Rp": "IDR", "RM": "MYR",
    "Rs.": "INR", "Rs": "INR", "zł": "PLN", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
    "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY", "₦": "NGN", "₱": "PHP", "S/": "PEN", "\u211d": "ZAR",
    "\u211a": "GTQ",  # QUETZAL_SIGN
    "GH¢": "GHS", "GH₵": "GHS", "₵": "GHS", "₡": "CRC", "RD$": "DOP",
}
WORDS: dict[str, str] = {
    "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP",
    "pounds sterling": "GBP", "sterling": "GBP", "rupee": "INR", "rupees": "INR", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "swiss francs": "CHF", "francs": "CHF", "roubles": "RUB",
    "rubles": "RUB", "naira": "NGN", "rand": "ZAR", "reais": "BRL", "lira": "TRY", "zloty": "PLN",
    "zlotys": "PLN", "zł": "PLN", "shillings": "KES", "rupiah": "IDR", "pesos": "MXN", "ringgit": "MYR", "baht": "THB",
    "soles": "PEN", "quetzales": "GTQ", "quetzal": "GTQ", "lempiras": "HNL", "colones": "CRC", "cedis": "GHS",
    "guaraníes": "PYG", "guaranís": "PYG", "guaranies": "PYG", "guaranis": "PYG", "bolívares": "VES",
    "bolivares": "VES", "córdobas": "NIO", "cordobas": "NIO",
}

_SIGN = "|".join(re.escape(s) for s in sorted(SIGNS, key=len, reverse=True))
# A sign glued to the number or a code and a space: "€500", "Sh34 million", "EUR 10m", "PLN 4.1m".
BEFORE = re.compile(rf"(?:(?P<code>\b[A-Z]{{3}})[ \t\u00a0]?|(?P<sign>(?<![^\W\d_])(?:{_SIGN})\s?))\Z")
AFTER = re.compile(r"[ \t]*(?:(?P<code>[A-Z]{3})\b|(?P<whose>[A-Z](?:[a-z]+|[A-Z])(?:\s[A-Z][a-z]+)?)\s+"
                   r"(?P<named>[a-z]+)\b|(?P<word>pounds sterling|swiss francs|zł|[a-z]+)(?![^\W\d_]))")
_PLURALS = {"kronor": "krona", "kroner": "krone", "pesos": "peso", "rupees": "rupee", "reais": "real"}
# At the start of a claim's amount: the sign or code, then the number right after.
# In a claim, a currency letter glued to the number is that currency (CLAIM_LETTERS).
_CLAIM_SIGN = f"{_SIGN}|[RNP](?=\\d)"
AT = re.compile(rf"(?:(?P<code>[A-Z]{{3}})[ \t]?|(?P<sign>(?:{_CLAIM_SIGN})\s?))(?=\d)")


@cache
def codes() -> frozenset[str]:
    """Every ISO 4217 code pycountry knows."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def before(text: str, start: int) -> tuple[str, int] | None:
    """The currency written right before `start` ("€", "US$", "EUR "): (ISO code, where it begins)."""
    m = BEFORE.search(text, max(0, start - 6), start)
    if m is None:
        return None
    if m.group("code"):
        return (m.group("code"), m.start()) if m.group("code") in codes() else None
    return SIGNS[m.group("sign").strip()], m.start()


def after(text: str, end: int) -> tuple[str, int] | None:
    """The currency written right after `end` ("euros", "dollars", "EUR"): (ISO code, where it ends)."""
    m = AFTER.match(text, end)
    if m is None:
        return None
    if m.group("code"):
        return (m.group("code"), m.end()) if m.group("code") in codes() else None
    if m.group("whose"):  # "Ghanaian cedis", "Australian dollars", "Hong Kong dollars"
        code = _whose(m.group("whose"), m.group("named"))
        return (code, m.end()) if code else None
    code = WORDS.get(m.group("word").lower())
    return (code, m.end()) if code else None


# "$186,450 in Canadian currency", "$40,000 in US dollars": whose dollar a bare "$" is.
_IN_WHOSE = re.compile(r"[ \t]+in[ \t]+(?P<whose>U\.S\.|US|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)"
                       r"[ \t]+(?:currency|dollars|cash|banknotes|bills|notes)\b")


def dollar_named_after(text: str, end: int) -> str | None:
    """The dollar an amount ending at `end` is said to be in, or None."""
    m = _IN_WHOSE.match(text, end)
    if m is None:
        return None
    whose = m.group("whose")
    if whose in ("U.S.", "US", "American"):
        return "USD"
    return _whose(whose, "dollars")


@cache
def _by_unit() -> dict[str, tuple[tuple[str, str], ...]]:
    """Each currency's last word ("dollar", "cedi"), with the words before it and its code,
    from pycountry's names ("Australian Dollar", "Ghana Cedi")."""
    import pycountry

    out: dict[str, list[tuple[str, str]]] = {}
    for currency in pycountry.currencies:
        *whose, unit = currency.name.lower().split()
        out.setdefault(unit, []).append((" ".join(whose), currency.alpha_3))
    return {unit: tuple(found) for unit, found in out.items()}


def _whose(whose: str, named: str) -> str | None:
    """The code of "<country or nationality> <currency word>": "Ghanaian cedis" -> GHS, where
    pycountry names it "Ghana Cedi"; None when no currency of that country has that name."""
    unit = _PLURALS.get(named.lower()) or (named.lower()[:-1] if named.lower().endswith("s") else named.lower())
    whose = whose.lower()
    for prefix, code in _by_unit().get(unit, ()):
        if prefix and (whose == prefix or whose.startswith(prefix) or prefix.startswith(whose)):
            return code
    return None


def at(text: str, pos: int) -> tuple[str, int] | None:
    """A currency starting at `pos` right before a number: (ISO code, where the number starts)."""
    m = AT.match(text, pos)
    if m is None:
        return None
    if m.group("code"):
        return (m.group("code"), m.end()) if m.group("code") in codes() else None
    sign = m.group("sign").strip()
    return CLAIM_LETTERS.get(sign) or SIGNS[sign], m.end()


# No character is the rand's sign: the reader writes this one for the "R" of "R184,000".
RAND_SIGN = "\u211d"
QUETZAL_SIGN = "\u211a"  # nor the quetzal's: "Q185 mil" in a Guatemalan report

# Letters a country's press writes for its currency's sign, glued to the amount ("N1.9 billion"
# in Lagos, "P5 million" in Manila), read as the sign only in a text about that country: one
# that names it or its currency, or whose places lie mostly in it ("Hazyview, Mpumalanga").
_LETTER_SIGNS = (
    (re.compile(r"\b(?:Nigeria|Nigerian|naira|Lagos|Abuja|EFCC)\b"), "N", "\u20a6", "Nigeria"),
    (re.compile(r"\b(?:Philippines|Philippine|Filipino|pesos?|Manila)\b"), "P", "\u20b1", "Philippines"),
    (re.compile(r"\b(?:South Africa|South African|rand|Johannesburg|Pretoria|Gauteng|Durban|Cape Town)\b"), "R",
     RAND_SIGN, "South Africa"),
    (re.compile(r"\b(?:Guatemala|Guatemalan|guatemaltec[oa]s?|quetzal(?:es)?)\b"), "Q", QUETZAL_SIGN, "Guatemala"),
)
# In a claim, which has no text around it, the letter alone: "R184,000", "N48.7 million".
CLAIM_LETTERS = {"R": "ZAR", "N": "NGN", "P": "PHP"}


# What follows a currency letter: an amount, not a road's or a form's number ("N2", "P45").
_AMOUNT_AHEAD = (r"(?=\d+(?:[.,]\d+)*\s*-?(?:million|billion|trillion|m|bn|k|mil|millones|millón)\b"
                 r"|\d{1,3}(?:[,.]\d{3})+(?!\d)"
                 r"|\d{4,}(?:\.\d+)?(?![\d,]))")


_GLUED = {letter: re.compile(rf"(?<![\w.]){letter}{_AMOUNT_AHEAD}") for _, letter, _, _ in _LETTER_SIGNS}


def with_letter_signs(text: str) -> str:
    """`text` with a currency letter glued to an amount written as its sign ("N1.9 billion" as
    "₦1.9 billion" in a Nigerian report); same length, so every offset stays true."""
    for cue, letter, sign, country in _LETTER_SIGNS:
        glued = _GLUED[letter]
        if letter in text and glued.search(text) and (cue.search(text) or _mostly_in(text, country)):
            text = glued.sub(sign, text)
    return text


def _mostly_in(text: str, country: str) -> bool:
    from validator.figures.places import find_places  # the gazetteer, only for a text that needs it

    named = [p.country for p in find_places(text)]
    return local_currency(named, {c: c for c in named}) == country


# The dollar a bare "$" is in a report about one of these countries (and not the US); the peso a
# bare "$" or "pesos" is in one about these. Read by the source readers and by the judge of claims.
DOLLAR_COUNTRIES = {"Singapore": "SGD", "Australia": "AUD", "Canada": "CAD", "New Zealand": "NZD",
                    "Hong Kong": "HKD", "Taiwan": "TWD", "Jamaica": "JMD", "Namibia": "NAD"}
PESO_COUNTRIES = {"Argentina": "ARS", "Mexico": "MXN", "Colombia": "COP", "Chile": "CLP", "Uruguay": "UYU",
                  "Dominican Republic": "DOP", "Cuba": "CUP"}
RUPEE_COUNTRIES = {"India": "INR", "Pakistan": "PKR", "Sri Lanka": "LKR", "Nepal": "NPR", "Mauritius": "MUR"}
LOCAL_DOLLARS = frozenset(DOLLAR_COUNTRIES.values())
RUPEES = frozenset(RUPEE_COUNTRIES.values())
PESOS = frozenset(PESO_COUNTRIES.values()) | {"PHP"}  # the Philippine peso: "P" or "₱", never a bare "$"


def local_currency(countries: Iterable[str], table: dict[str, str]) -> str | None:
    """The currency of `table` the places a text names point to (one country per place
    named): the only one, or the one named at least three times as often as any other (an
    Australian report that mentions Hong Kong once); None when there is none or no clear one."""
    counts = Counter(table[c] for c in countries if c in table)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] < 3 * ranked[1][1]):
        return None
    return ranked[0][0]
