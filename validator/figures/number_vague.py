"""Amounts in words that are read before any other number: vague plurals ("dozens", "tens of
thousands", "lakhs"), "several hundred" / "a few thousand", dozens ("two dozen", "half a
dozen"), and fractions in words ("two-thirds"), which are not read at all."""

from __future__ import annotations

import re

from validator.figures.number_words import NUMBER_WORDS, SCALE_ALT, SCALES, SMALL

_I = re.IGNORECASE
_IA = re.IGNORECASE | re.ASCII

# The leading lookaheads only let the engine skip quickly to plausible starts.
VAGUE_RE = re.compile(
    r"(?=[tdhmbclTDHMBCL])\b(?:(?P<outer>tens|dozens|hundreds|thousands|millions)\s+of\s+)?"
    r"(?P<unit>dozens|hundreds|thousands|lakhs|millions|crores|billions)\b",
    _IA,
)
FEW_RE = re.compile(
    r"(?=[safmSAFM])\b(?:several|a\s+few|few|many)\s+"
    r"(?P<scale>hundred|thousand|lakh|million|crore|billion)"
    r"(?:\s+(?P<scale2>thousand|lakh|million|crore|billion))?\b",
    _IA,
)
DOZEN_RE = re.compile(
    r"(?=[aohtfsenAOHTFSEN\d])\b(?:(?P<one>an?|one)|(?P<half>half[\s-]+a)"
    r"|(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}))"
    r"[\s-]+dozen\b",
    _IA,
)
FRACTION_RE = re.compile(
    r"(?=[otfsenOTFSEN])\b(?:one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+"
    r"(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?"
    r"|tenths?)\b"
    # "three quarters of a million" is a number: the word reader takes it.
    rf"(?![\s-]+(?:of[\s-]+an?[\s-]+)?(?:{SCALE_ALT})\b)",
    _IA,
)
_OF_AFTER_RE = re.compile(r"\s+of\b", _I)
# Right before a plural scale word that is a multiplier's, not vague ("2 lakhs").
_MULTIPLIER_BEFORE_RE = re.compile(
    rf"(?:\d|\b(?:{'|'.join(NUMBER_WORDS)}|hundred))[ \t\u00a0-]+\Z", _IA
)

SCALES_ALL = {"hundred": 100.0, **SCALES}
# Cheap substring tests: a text without any of these words needs none of the regexes above.
VAGUE_STEMS = ("dozen", "hundred", "thousand", "lakh", "million", "crore", "billion")
FRACTION_WORDS = (
    "half", "halves", "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth",
)


def multiplied(text: str, m: re.Match[str]) -> bool:
    """'2 lakhs', 'three crores'; not 'In 2014 lakhs of people'."""
    return (
        not m.group("outer")
        and _MULTIPLIER_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()) is not None
        and _OF_AFTER_RE.match(text, m.end()) is None
    )


def dozens(m: re.Match[str]) -> float:
    """How many dozens a DOZEN_RE match stands for."""
    if m.group("one"):
        return 1.0
    if m.group("half"):
        return 0.5
    n = m.group("n").lower()
    return float(SMALL[n]) if n in SMALL else float(n)
