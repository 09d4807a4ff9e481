"""Write a synthetic, realistic dataset for benchmarking `validate`.

Each operation gets one source article (news-like paragraphs with figures: arrests,
countries, officers, searches, seizures, durations) under `seeds/` and one claims file
citing it under `claims/<shard>/`, written in the project's format with the claim-text
grammar of the real dataset ("38 arrests, 18 countries", "17 arrests in Spain, 6 in
Italy", "more than 800 officers"). A few percent of the claims are deliberately wrong,
each in one way a hand-entered dataset goes wrong (a digit slipped in the quote or in
the claim, the measure swapped, a qualifier dropped, the wrong place); `manifest.json`
lists them with the rule that must catch each.

Shards nest so that one corpus serves every size: `claims/s1k` holds the first 1,000
claims, `claims/s10k` the next 9,000 and `claims/s100k` the rest, so that
`validate claims/s1k`, `validate claims/s1k claims/s10k` and `validate claims/` check 1k,
10k and 100k claims of the same corpus.

    python benchmarks/generate.py OUT [--sources 5000] [--claims-per-source 20] [--seed 7]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

COUNTRIES = (
    "Spain", "Italy", "Germany", "France", "Portugal", "Colombia", "Argentina", "Brazil",
    "Chile", "Peru", "Mexico", "Poland", "Austria", "Belgium", "Sweden", "Norway",
    "Denmark", "Ireland", "Greece", "Romania", "Bulgaria", "Hungary", "Ecuador", "Uruguay",
    "Paraguay", "Bolivia", "Canada", "Australia", "Japan", "Kenya", "Morocco", "Turkey",
)
AGENCIES = ("Europol", "Interpol", "the national police", "the interior ministry", "prosecutors")
NAMES = (
    "Amber", "Basalt", "Cedar", "Delta", "Ember", "Falcon", "Granite", "Harbour", "Iris",
    "Juniper", "Kestrel", "Lantern", "Meridian", "Nimbus", "Onyx", "Pelican", "Quartz",
    "Raven", "Sierra", "Tundra", "Umber", "Vertex", "Willow", "Zephyr",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve")
FILLER = (
    ("The investigation began after a tip from a foreign police force and was coordinated "
     "from the capital, where specialised units examined the material."),
    ("Officials declined to give further details while the inquiry continues, citing the "
     "need to protect the identities of those involved."),
    ("The network used encrypted messaging services and changed its meeting places often, "
     "which made the work of the investigators slower."),
    ("Police said they would continue to cooperate with their partners abroad and urged "
     "parents to report anything suspicious."),
    ("Several of the suspects had previous convictions, according to a statement released "
     "by the authorities in the morning."),
    ("The material was analysed with the help of software that recognises known images, a "
     "spokesman explained at a press conference."),
)

BAD_KINDS = ("quote-digit", "claim-digit", "measure", "qualifier", "place")
EXPECTED_CODE = {"quote-digit": "Q002", "claim-digit": "V001", "measure": "V002",
                 "qualifier": "V003", "place": "V004"}


@dataclass
class Claim:
    slug: str
    claim: str
    quotes: tuple[str, ...]
    when: str | None = None
    # How to break it: (old, new) in the claim text, for each kind that applies.
    measure_swap: tuple[str, str] | None = None
    qualifier_drop: tuple[str, str] | None = None
    place_swap: tuple[str, str] | None = None


def _num(value: int, rng: random.Random) -> str:
    """A number as an article prints it: small ones often in words, big ones with commas."""
    if value < len(SMALL) and rng.random() < 0.5:
        return SMALL[value]
    return f"{value:,}"


def _claim_num(value: int) -> str:
    return f"{value:,}"


def article(i: int, rng: random.Random) -> tuple[str, str, list[Claim]]:
    """The text of one source article, its title, and the claims it supports."""
    name = f"{rng.choice(NAMES)} {i}"
    places = rng.sample(COUNTRIES, 6)
    other = [c for c in COUNTRIES if c not in places]
    arrests = rng.randint(40, 900)
    parts = sorted(rng.sample(range(2, max(4, arrests // 4)), 3), reverse=True)
    countries = rng.randint(5, 40)
    officers = rng.randrange(200, 3000, 10)
    searches = rng.randint(20, 400)
    provinces = rng.randint(3, 17)
    drives, laptops, videos = rng.randint(50, 2000), rng.randint(10, 300), rng.randint(1000, 90000)
    months, victims, groups = rng.randint(2, 24), rng.randint(5, 300), rng.randint(3, 60)
    members, suspects, complaints = rng.randint(100, 5000), rng.randint(10, 400), rng.randint(500, 20000)
    agency, weekday = rng.choice(AGENCIES), rng.choice(WEEKDAYS)
    year = rng.randint(2005, 2022)
    title = f"Police break up online abuse network in Operation {name}"
    p, c = places, []

    s1 = f"Police have arrested {_num(arrests, rng)} people in {countries} countries"
    s2 = (f"The arrests included {_num(parts[0], rng)} in {p[0]}, {_num(parts[1], rng)} in {p[1]} "
          f"and {_num(parts[2], rng)} in {p[2]}.")
    s3 = f"More than {officers:,} police officers took part in the operation"
    s4 = f"Officers carried out {searches} searches in {provinces} provinces"
    s5 = (f"Investigators seized {drives:,} hard drives, {_num(laptops, rng)} laptops and "
          f"{videos:,} videos")
    s6 = f"The investigation lasted {_num(months, rng)} months and identified {victims} victims"
    s7 = f"a total of {groups} groups with about {members:,} members"
    s8 = f"A further {suspects} suspects were questioned in {p[3]}"
    s9 = f"the agency had received {complaints:,} complaints in {year}"
    body = [
        f"{title}\n",
        f"{s1} after breaking up an online child abuse network, {agency} said on {weekday}. {s2}",
        rng.choice(FILLER),
        f"{s3}, which was coordinated from {p[0]}. {s4}, according to a statement.",
        f"{s5}, the statement said. {rng.choice(FILLER)}",
        f"{s6}, some of them very young.",
        f"Investigators found {s7}, which are still under investigation.",
        f"{s8}, and police in {p[4]} and {p[5]} are examining the seized material.",
        f"{rng.choice(FILLER)} A child protection charity said {s9}.",
        rng.choice(FILLER),
    ]
    text = "\n\n".join(body) + "\n"

    c.append(Claim("arrests", f"{_claim_num(arrests)} arrests, {countries} countries", (s1,),
                   measure_swap=("arrests", "officers")))
    c.append(Claim("arrests-by-country",
                   f"{_claim_num(parts[0])} arrests in {p[0]}, {_claim_num(parts[1])} in {p[1]}, "
                   f"{_claim_num(parts[2])} in {p[2]}", (s2,), place_swap=(p[1], other[0])))
    c.append(Claim("officers", f"more than {officers:,} officers", (s3,),
                   qualifier_drop=("more than ", "")))
    c.append(Claim("searches", f"{searches} searches", (s4,), measure_swap=("searches", "arrests")))
    c.append(Claim("provinces", f"{provinces} provinces", (s4,)))
    c.append(Claim("hard-drives", f"{drives:,} hard drives", (s5,), measure_swap=("hard drives", "laptops")))
    c.append(Claim("laptops", f"{laptops} laptops", (s5,), measure_swap=("laptops", "hard drives")))
    c.append(Claim("videos", f"{videos:,} videos", (s5,)))
    c.append(Claim("duration", f"{months} months", (s6,)))
    c.append(Claim("victims", f"{victims} victims", (s6,)))
    c.append(Claim("groups", f"{groups} groups", (s7,)))
    c.append(Claim("members", f"about {members:,} members", (s7,), qualifier_drop=("about ", "")))
    c.append(Claim("suspects", f"{suspects} suspects in {p[3]}", (s8,), place_swap=(p[3], other[1])))
    c.append(Claim("complaints", f"{complaints:,} complaints", (s9,), when=str(year)))
    c.append(Claim("first-country", f"{_claim_num(parts[0])} arrests in {p[0]}", (s2,),
                   place_swap=(p[0], other[2])))
    c.append(Claim("two-quotes", f"{_claim_num(arrests)} arrests, {drives:,} hard drives", (s1, s5)))
    c.append(Claim("searches-provinces", f"{searches} searches in {provinces} provinces", (s4,)))
    c.append(Claim("officers-total", f"more than {officers:,} officers", (s3,),
                   qualifier_drop=("more than ", "")))
    c.append(Claim("victims-months", f"{victims} victims, {months} months", (s6,)))
    c.append(Claim("people", f"{_claim_num(arrests)} arrests", (s1,), measure_swap=("arrests", "victims")))
    return text, title, c


def _slip_digit(text: str, rng: random.Random) -> str | None:
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    if not digits:
        return None
    at = rng.choice(digits)
    return text[:at] + str((int(text[at]) + rng.randint(1, 8)) % 10) + text[at + 1:]


def spoil(claim: Claim, kind: str, rng: random.Random) -> bool:
    """Break `claim` in the way `kind` names; False when that kind does not apply to it."""
    if kind == "quote-digit":
        slipped = _slip_digit(claim.quotes[0], rng)
        if slipped is None:
            return False
        claim.quotes = (slipped, *claim.quotes[1:])
    elif kind == "claim-digit":
        first = claim.claim.split(" ", 1)
        if not first[0].replace(",", "").isdigit():
            return False
        value = int(first[0].replace(",", ""))
        quoted = {int(n.replace(",", "")) for q in claim.quotes for n in re.findall(r"\d[\d,]*", q)}
        slipped = [value + d for d in (1, 2, 3, 10, 100) if value + d not in quoted]  # else it is V002, not V001
        claim.claim = " ".join([f"{rng.choice(slipped):,}", *first[1:]])
    else:
        swap = {"measure": claim.measure_swap, "qualifier": claim.qualifier_drop, "place": claim.place_swap}[kind]
        if swap is None:
            return False
        claim.claim = claim.claim.replace(swap[0], swap[1], 1)
    return True


def _q(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def claims_yaml(i: int, title: str, seed_path: str, sha256: str, claims: list[Claim]) -> str:
    lines = [
        "# yaml-language-server: $schema=../../schemas/claims.schema.json",
        "source:",
        f"  path: {seed_path}",
        f"  sha256: {sha256}",
        f"  title: {_q(title)}",
        "  publisher: Synthetic News",
        "  language: en",
        f"event: operation-{i:05d}",
        "claims:",
    ]
    for claim in claims:
        lines.append(f"  - id: op{i:05d}.{claim.slug}")
        lines.append(f"    claim: {_q(claim.claim)}")
        if len(claim.quotes) == 1:
            lines.append(f"    quote: {_q(claim.quotes[0])}")
        else:
            lines.append("    quote:")
            lines.extend(f"      - {_q(q)}" for q in claim.quotes)
        if claim.when:
            lines.append(f"    when: '{claim.when}'")
    return "\n".join(lines) + "\n"


def shard(claims_before: int) -> str:
    if claims_before < 1_000:
        return "s1k"
    if claims_before < 10_000:
        return "s10k"
    return "s100k"


def generate(out: Path, sources: int, per_source: int, seed: int, wrong: float) -> dict:
    rng = random.Random(seed)
    (out / "seeds").mkdir(parents=True, exist_ok=True)
    planted: list[dict] = []
    total = 0
    yaml_bytes = 0
    for i in range(sources):
        text, title, options = article(i, rng)
        claims = [options[k % len(options)] for k in range(per_source)]
        if per_source > len(options):  # more claims than figures: repeat them under new ids
            claims = [Claim(f"{c.slug}-{k // len(options)}" if k >= len(options) else c.slug, c.claim, c.quotes,
                            c.when, c.measure_swap, c.qualifier_drop, c.place_swap)
                      for k, c in enumerate(claims)]
        for claim in claims:
            if rng.random() < wrong:
                kinds = list(BAD_KINDS)
                rng.shuffle(kinds)
                for kind in kinds:
                    if spoil(claim, kind, rng):
                        planted.append({"id": f"op{i:05d}.{claim.slug}", "kind": kind,
                                        "expected": EXPECTED_CODE[kind]})
                        break
        raw = text.encode("utf-8")
        seed_path = f"seeds/op-{i:05d}.txt"
        (out / seed_path).write_bytes(raw)
        folder = out / "claims" / shard(total)
        folder.mkdir(parents=True, exist_ok=True)
        body = claims_yaml(i, title, seed_path, hashlib.sha256(raw).hexdigest(), claims).encode("utf-8")
        (folder / f"op-{i:05d}.yaml").write_bytes(body)
        yaml_bytes += len(body)
        total += len(claims)
    manifest = {"sources": sources, "claims": total, "claims_per_source": per_source, "seed": seed,
                "yaml_bytes": yaml_bytes, "planted": planted}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write (seeds/, claims/, manifest.json)")
    parser.add_argument("--sources", type=int, default=5000)
    parser.add_argument("--claims-per-source", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--wrong", type=float, default=0.03, help="fraction of claims deliberately wrong")
    args = parser.parse_args(argv)
    if args.out.exists() and any(args.out.iterdir()):
        print(f"generate: {args.out} is not empty", file=sys.stderr)
        return 2
    manifest = generate(args.out, args.sources, args.claims_per_source, args.seed, args.wrong)
    print(f"generate: {manifest['sources']:,} sources, {manifest['claims']:,} claims "
          f"({manifest['yaml_bytes'] / 1e6:.1f} MB of YAML), {len(manifest['planted'])} deliberately wrong "
          f"in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
