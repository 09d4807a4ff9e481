"""Figures read together with their neighbours, after each sentence is read:

* listed "respectively" ("Chippenham and Trowbridge accounted for nine and seven arrests
  respectively", "22, 15 and 11 were hosted in the Netherlands, Germany and Finland
  respectively"): numbers side by side take, in order, the places side by side;
* "each" ("France and Portugal, with six each", "con seis cada uno"): every place listed holds
  the number;
* joined with nothing between ("5,210 and 4,870 crimes"): the first counts what the last names."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from validator.figures.places import Place
from validator.figures.scope import place_names

if TYPE_CHECKING:
    from validator.figures.attribution import Evidence

_RESPECTIVELY = re.compile(r"\b(?:respectively|respectivamente)\b", re.I)
_BETWEEN_NUMBERS = re.compile(r"\s*(?:,\s*(?:and\s+|y\s+|e\s+)?|\s+(?:and|y|e)\s+)")
_BETWEEN_PLACES = re.compile(r"\s*(?:,\s*(?:and\s+|y\s+|e\s+)?|\s+(?:and|y|e)\s+)(?:(?:the|el|la|los|las)\s+)?", re.I)
_BETWEEN_AMOUNTS = re.compile(r"\s*(?:,\s*(?:and\s+|y\s+|e\s+)?|\s+(?:and|y|e)\s+)(?:[A-Z]{0,3}[$€£¥₹]|[A-Z]{3}\s?)?")
_UNIT_AFTER = re.compile(r"\s?(?:%|(?:per\s?cent|percent|por\s+ciento)\b|(?:kg|kilos?|kilograms?|tonnes?|tons?|grams?|g|"
                         r"euros?|dollars?|pounds?|pesos|soles|reais)\b)", re.I)
# After the last number: its noun, at most, then a comma ("nine and seven arrests respectively").
_TO_THE_WORD = re.compile(r"[^\d.;:()]{0,90}?,?\s*")


def respectively(text: str, start: int, end: int, found: list[Evidence], places: list[Place]) -> list[Evidence]:
    """The sentence's figures, with those listed "respectively" given their places in order."""
    word = _RESPECTIVELY.search(text, start, end)
    if word is None:
        return found
    run = _listed(text, [e for e in found if e.number.end <= word.start()], word.start())
    if len(run) < 2:
        return found
    group = (_places_listed(text, [p for p in places if start <= p.start and p.end <= run[0].start], len(run))
             or _places_listed(text, [p for p in places if run[-1].number.end <= p.start and p.end <= word.start()],
                               len(run)))  # "22, 15 and 11 were hosted in the Netherlands, Germany and Finland"
    shared = next((e for e in reversed(run) if e.measures), None)
    changed = {}
    for i, e in enumerate(run):
        measures = e.measures or (shared.measures if shared is not None else e.measures)
        where = place_names([group[i]]) if group else e.places
        reason = f"{e.reason}, listed 'respectively'" if group else e.reason
        changed[id(e)] = replace(e, measures=measures, places=where, reason=reason,
                                 joint=False if group else e.joint, whole=() if group else e.whole)
    return [changed.get(id(e), e) for e in found]


def each(text: str, found: list[Evidence], places: list[Place]) -> list[Evidence]:
    """"seguidos de Francia y Portugal, con seis cada uno", "France and Portugal, with six each":
    each of the places listed before the number holds it, not all of them together."""
    out = list(found)
    for i, e in enumerate(out):
        if not _EACH_AFTER.match(text, e.number.end):
            continue
        before = [p for p in places if p.end <= e.start and _WITH_BEFORE.fullmatch(text, p.end, e.start)]
        if not before:
            if e.joint:  # "police in Ireland and Singapore arrested one suspect each"
                out[i] = replace(e, joint=False, whole=(), reason=f"{e.reason}, one each")
            continue
        group = [before[-1]]
        for p in reversed([p for p in places if p.end <= group[0].start]):
            if not _BETWEEN_PLACES.fullmatch(text, p.end, group[0].start):
                break
            group.insert(0, p)
        if len(group) > 1:
            out[i] = replace(e, places=place_names(group), joint=False, whole=(),
                             reason=f"{e.reason}, each of {len(group)} places")
    return out


_EACH_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:cada\s+un[oa]|each|apiece)\b", re.I)
_WITH_BEFORE = re.compile(r"\s*,?\s*(?:con|with)\s+", re.I)


def share_nouns(text: str, found: list[Evidence]) -> list[Evidence]:
    """"5,210 and 4,870 crimes", "412 y 266 detenciones", "R$4.2 million and US$310,000 in
    cash": numbers of a kind joined with nothing between count what the last of them names."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.number.kind != b.number.kind or a.number.kind not in ("count", "money", "quantity") \
                or (a.measures and a.number.kind != "count") or not b.measures:
            continue
        bare = a.noun is None if a.number.kind == "count" else not a.measures
        between = _BETWEEN_NUMBERS if a.number.kind == "count" else _BETWEEN_AMOUNTS
        if bare and b.noun is not None and between.fullmatch(text, _unit_end(text, a), b.start):
            # "rescatadas cinco y dos personas": both persons, both rescued
            event = (a.measures if a.event is not None and a.number.kind == "count"
                     and b.measures <= {"people", "members", "suspects"} else frozenset())  # persons take the event; "registraron 412 y 266 detenciones" does not
            out[i] = replace(a, measures=b.measures | event, noun=b.noun,
                             reason=f"'{b.noun}', as the number after it")
            if event:
                out[i + 1] = replace(b, measures=b.measures | event, event=a.event)
    return out


def _unit_end(text: str, e: Evidence) -> int:
    """Where the amount's written unit ends ("4.2 million" then nothing, "5 kg", "€3m")."""
    unit = _UNIT_AFTER.match(text, e.number.end)
    return unit.end() if unit and e.number.kind != "count" and text[e.number.end:unit.end()].strip() else e.number.end


def _listed(text: str, before: list[Evidence], word: int) -> list[Evidence]:
    """The numbers listed side by side whose last one ends right before `word`."""
    if not before or not _TO_THE_WORD.fullmatch(text, before[-1].number.end, word):
        return []
    run = [before[-1]]
    for e in reversed(before[:-1]):
        if e.number.kind != run[0].number.kind or not _BETWEEN_NUMBERS.fullmatch(text, _unit_end(text, e), run[0].start):
            break
        run.insert(0, e)
    return run


def _places_listed(text: str, places: list[Place], size: int) -> list[Place]:
    """The last run of `size` places named side by side ("South Korea, Singapore and the
    Philippines"), or none."""
    runs: list[list[Place]] = []
    for place in places:
        if runs and _BETWEEN_PLACES.fullmatch(text, runs[-1][-1].end, place.start):
            runs[-1].append(place)
        else:
            runs.append([place])
    fitting = [r for r in runs if len(r) == size]
    return fitting[-1] if fitting else []
