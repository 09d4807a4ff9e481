"""Small readings of one claim figure that the exported rows show beside its values.

The claim reader keeps what a figure means (a canonical qualifier, a place and its country);
a person citing the dataset also wants what the claim says in its own words. These helpers
take that back from the figure's span of the claim text, without reading the claim again.
"""

from __future__ import annotations

import re

from validator.figures.claimtext import Figure
from validator.figures.qualifiers import PHRASE_PATTERN, POSTPOSED, QUALIFIERS

# A qualifier written before the number ("more than 800"), as the claim reader takes it.
_LEADING = re.compile(rf"(?:{PHRASE_PATTERN})(?=\s)", re.IGNORECASE)


def _postposed_pattern() -> re.Pattern[str]:
    parts = []
    for phrase in sorted(POSTPOSED, key=lambda p: (-len(p), p)):
        if phrase == "+":
            parts.append(r"\+")
        elif phrase == "plus":
            parts.append(r"-?plus\b")
        else:
            parts.append(r"(?<=\s)" + r"\s+".join(map(re.escape, phrase.split())) + r"\b")
    return re.compile("|".join(parts), re.IGNORECASE)


# A qualifier written after the number ("20 or more arrests", "20+ arrests").
_TRAILING = _postposed_pattern()


def said(claim_text: str, figure: Figure) -> str:
    """The figure as the claim writes it ("6 in Colombia" of "17 arrests in Spain, 6 in Colombia")."""
    return claim_text[figure.start:figure.end].strip()


def meaning(figure: Figure) -> str:
    """What the qualifier means: a canonical qualifier of the README's table, `exact` when
    there is none, `vague` for "hundreds of" and the like."""
    if figure.vague:
        return "vague"
    return figure.qualifier or "exact"


def written_qualifier(text: str, figure: Figure) -> str:
    """The qualifier phrase as the claim writes it ("over", "or more", "exactly"); empty when
    it has none. `text` is the figure's own text (`said`)."""
    leading = _LEADING.match(text)
    if leading is not None and QUALIFIERS.get(_words(leading.group())) == figure.qualifier:
        return leading.group()
    if figure.qualifier is None:
        return ""
    trailing = _TRAILING.search(text)
    if trailing is not None:
        return trailing.group().strip()
    return figure.qualifier  # read some other way: its meaning is the best written form left


def place_type(figure: Figure) -> str | None:
    """country, region, or locality (a city, province or state, which lies in `country`)."""
    if figure.place is None:
        return None
    if figure.place_is_region:
        return "region"
    return "country" if figure.place_country in (None, figure.place) else "locality"


def country(figure: Figure) -> str | None:
    """The country the figure's place lies in (the place itself for a country); none for a region."""
    if figure.place is None or figure.place_is_region:
        return None
    return figure.place_country or figure.place


def _words(phrase: str) -> str:
    return " ".join(phrase.lower().split())
