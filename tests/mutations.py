"""Mutations of the project's real claims, each with the rule that must catch it.

`python -m tests.mutations` prints how many were generated and caught, per kind; the test
suite asserts that every one is caught with the right code.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from validator.dataset import Dataset, build_file
from validator.engine import Options, run
from validator.figures.measures import vocabulary
from validator.sources import Sources
from validator.verdicts import broader_measures, verdicts

from tests.helpers import PROJECT

DATA = PROJECT  # the frozen dataset under tests/project/: a repository root with claims/ and seeds/
OTHER_PLACES = ("France", "Peru", "Japan", "Kenya")
_NUMBER = re.compile(r"\d[\d,]*")


@dataclass(frozen=True)
class Mutation:
    kind: str  # digit, measure, qualifier, place
    expected: str  # the rule code that must catch it
    claim_id: str
    original: str
    mutated: str
    quote: tuple[str, ...]
    source: str
    language: str = "en"
    root: Path = DATA


def _real_dataset(root: Path, files: list[Path]) -> Dataset:
    sources = Sources(root)
    return Dataset(root, [build_file(p.relative_to(root).as_posix(), p.read_bytes(), sources) for p in files])


def mutations(root: Path = DATA, files: list[Path] | None = None) -> list[Mutation]:
    """One-slip mutations of every claim the tool accepts among `files` (default: the frozen
    dataset's claims), with the code that must catch each."""
    dataset = _real_dataset(root, files if files is not None else sorted((root / "claims").glob("*.yaml")))
    found = []
    for record in dataset.claims():
        judged = verdicts(dataset, record)
        if not judged or any(v.code for v in judged):
            continue  # only claims the tool accepts as they stand
        text = record.claim.claim
        source = record.file.header.source.path
        language = record.file.header.source.language or "en"
        for verdict in judged:
            figure, evidence = verdict.figure, verdict.evidence
            piece = text[figure.start:figure.end]

            def make(kind: str, code: str, new_piece: str) -> None:
                if new_piece != piece:
                    mutated = text[:figure.start] + new_piece + text[figure.end:]
                    found.append(Mutation(kind, code, record.id, text, mutated, record.claim.quotes, source,
                                          language, root))

            numbers = list(_NUMBER.finditer(piece))
            # a range's upper end moves up, out of the source's range (a lower end moved up stays inside it)
            number = (numbers[-1] if figure.high is not None else numbers[0]) if numbers else None
            if number and not figure.vague:
                digits = number.group().replace(",", "")
                changed = digits[:-1] + str((int(digits[-1]) + 1) % 10)
                quoted = {e.number.value for e in _quote_evidence(record)}
                if float(changed) not in quoted:
                    make("digit", "V001", piece[:number.start()] + changed + piece[number.end():])
            if figure.measure_text and evidence is not None and vocabulary()[figure.measure].kind == "count":
                # (counts only: a duration's unit of time swapped is V002 too, tested with the verdicts)
                kind = vocabulary()[figure.measure].kind
                same_value = [e for e in _quote_evidence(record) if e.number.value == evidence.number.value]
                # (a broader measure is no slip: "devices" for phones is vaguer, not wrong)
                others = sorted({m for e in _quote_evidence(record) for m in e.measures
                                 if vocabulary()[m].kind == kind and not any(m in x.measures for x in same_value)
                                 and m not in broader_measures(frozenset({figure.measure}))})
                if others:
                    word = others[0].replace("_", " ")
                    make("measure", "V002", piece.replace(figure.measure_text, word, 1))
            exact_too = any(e.number.value == figure.value and e.number.qualifier is None and not e.number.vague
                            and figure.measure in e.measures for e in _quote_evidence(record))
            if figure.qualifier and evidence is not None and evidence.number.qualifier and not exact_too \
                    and evidence.number.value == figure.value:  # (a rounder bound than the source's is another number)
                make("qualifier", "V003", re.sub(r"^\s*(more than|about|approximately|over|around|some|nearly|almost)\s+", "", piece))
            elif figure.qualifier is None and figure.high is None and evidence is not None and not figure.vague \
                    and not re.match(r"\s*(?:a total of|exactly)\b", piece, re.I):
                # (not before a range: "more than between 500 and 3,000" is no slip a typist makes)
                make("qualifier", "V003", "more than " + piece.lstrip())
            if figure.place and not figure.place_is_region and evidence is not None:
                # (a place the quote gives the same figure for is no slip: "una en Badalona y uno en Francia")
                taken = {p for e in _quote_evidence(record) if e.number.value == figure.value for p in e.places}
                other = next(p for p in OTHER_PLACES if p not in evidence.places and p not in taken)
                make("place", "V004", piece.replace(f"in {figure.place}", f"in {other}", 1))
    return found


def _quote_evidence(record):
    from validator.figures.attribution import within

    spans = tuple(span for m in record.quote_matches for span in m.spans)
    return within(record.file.source.text, spans, record.file.header.source.language or "en")


def codes_for(mutation: Mutation) -> list[str]:
    """The V codes the tool reports for the mutated claim, alone in a claims file."""
    document = {"source": {"path": mutation.source, "language": mutation.language},
                "claims": [{"id": "m.claim", "claim": mutation.mutated, "quote": list(mutation.quote)}]}
    built = build_file("mutant.yaml", yaml.safe_dump(document, allow_unicode=True).encode(), Sources(mutation.root))
    result = run(Options(select=("V",), root=mutation.root), Dataset(mutation.root, [built]))
    return [f.code for f in result.findings]


def main() -> int:
    generated, caught = Counter(), Counter()
    for mutation in mutations():
        generated[mutation.kind] += 1
        if mutation.expected in codes_for(mutation):
            caught[mutation.kind] += 1
        else:
            print(f"missed {mutation.kind}: {mutation.original!r} -> {mutation.mutated!r}")
    for kind in sorted(generated):
        print(f"{kind:10} {caught[kind]:4} of {generated[kind]:4} caught")
    print(f"{'total':10} {sum(caught.values()):4} of {sum(generated.values()):4} caught")
    return 0 if caught == generated else 1


if __name__ == "__main__":
    sys.exit(main())
