"""`validate --draft SOURCE`: a claims file drafted from what the reader finds in a source.

Typing every figure of an article and copying every quote by hand is slow and slips; the
reader already knows where each figure is, what it counts and where. A draft writes one
claim per figure in the claim grammar, with the shortest clause of the source that supports
it as its quote, then checks itself with the same rules `validate` runs: a claim that would
not pass, or whose figure the reader is unsure of, is written as a YAML comment with the
reason instead. So a draft saved under `claims/` passes as it stands, and review is deleting
and annotating rather than typing. The same source always gives the same draft.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from validator.dataset import Dataset, build_file
from validator.engine import Options, run
from validator.errors import UsageError
from validator.figures.attribution import Evidence, evidence
from validator.figures import amounts
from validator.figures.claimtext import ClaimTextError, Figure, read_claim
from validator.figures.measures import measure_for_word, noun_measure, vocabulary
from validator.figures.numbers import read_numbers
from validator.figures.places import find_places, find_regions
from validator.figures.sentences import split_sentences
from validator.finding import Severity
from validator.intervals import DEFAULT_TOLERANCE, format_number
from validator.sources import SourceText, make_source
from validator.text import shorten

SCHEMA_FILE = "schemas/claims.schema.json"
# Measures that count places: a country is no place for "75 countries", only a region is.
_PLACE_MEASURES = frozenset({"countries", "member_countries", "continents"})
# Where a clause ends inside a sentence: punctuation that sets off a phrase, a dash between spaces.
_CLAUSE_BREAK = re.compile(r"\s*(?:[;:()\[\]\u2013\u2014]|,(?=\s)|\s-\s)\s*")
_TRIM = " \t,;:.\u2026"
_ELLIPSIS_END = re.compile(r"(?:\u2026|\.\.\.)\s*\Z")
_LIST_MARKER = re.compile(r"^\s*(?:\d+[.)]|[-*\u2022])\s")
_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH = frozenset("the and of to in was were is are has have with by for from said police".split())
_SPANISH = frozenset("el la los las del y en que por con para fueron fue han una policía dijo".split())


@dataclass(frozen=True)
class Drafted:
    """One figure of the source as drafted: a claim, or a comment saying why it is not one."""

    evidence: Evidence
    line: int
    column: int
    written: str  # the figure as the source writes it, with its qualifier
    quote: str
    claim: str | None = None  # the claim text; None when the figure cannot be written as one
    claim_id: str | None = None
    problem: str | None = None  # why it is a comment rather than a claim
    placeless: str | None = None  # the claim without its place: what is tried when the place fails

    @property
    def is_claim(self) -> bool:
        return self.claim is not None and self.problem is None


def read_figures(text: str, language: str = "en") -> tuple[Evidence, ...]:
    """The reader's figures of a source, in its language: the one call into it that drafts and
    coverage make."""
    return evidence(text, language or "en")


def draft(source: Path, root: Path, event: str | None = None, prefix: str | None = None,
          output: Path | None = None, measures: str | None = None,
          tolerance: float = DEFAULT_TOLERANCE) -> str:
    """The claims file drafted for `source` (a path under `root`), ready to save at `output`."""
    name = _source_name(source, root)
    try:
        raw = (root / name).read_bytes()
    except OSError as exc:
        raise UsageError(f"--draft {source}: {exc.strerror}") from None
    text_source = make_source(name, raw)
    language = guess_language(text_source.text)
    title = guess_title(text_source.text)
    event = event or slug(title or Path(name).stem, 80)  # long enough to tell similar headlines apart
    prefix = prefix or slug(Path(name).stem, 40)
    if not event or not re.fullmatch(r"[a-z0-9][a-z0-9._-]*", event):
        raise UsageError(f"--event {event!r}: lower case letters, digits, '.', '_' and '-' only")
    if not prefix or not re.fullmatch(r"[a-z0-9][a-z0-9._-]*", prefix):
        raise UsageError(f"--prefix {prefix!r}: lower case letters, digits, '.', '_' and '-' only")
    figures = figures_of(text_source, prefix, language or "en")
    header = _header(text_source, title, language, event, _schema_link(root, output))
    checked = self_check(header, figures, name, root, measures, tolerance)
    return render(header, checked)


def figures_of(source: SourceText, prefix: str, language: str = "en") -> list[Drafted]:
    """Every figure the reader finds, drafted once: a repeated figure (the same claim text)
    is drafted at its first place only."""
    out: list[Drafted] = []
    seen: set[str] = set()
    ids: set[str] = set()
    for found in read_figures(source.text, language):
        drafted = _drafted(source, found)
        if drafted.claim is not None:
            if drafted.claim in seen:
                continue
            seen.add(drafted.claim)
            drafted = replace(drafted, claim_id=_unique_id(prefix, found, drafted.claim, ids))
        out.append(drafted)
    return out


def _drafted(source: SourceText, found: Evidence) -> Drafted:
    line, column = source.position(found.start)
    written = " ".join(source.text[found.start:found.end].split())
    place = _place(found)
    quote = clause(source.text, found, place)
    measure = choose_measure(found)
    base = Drafted(found, line, column, written, quote)
    if measure is None and found.number.kind in ("count", "duration"):
        if found.noun:
            return replace(base, problem=f"it counts '{found.noun}', which no measure names (a project "
                                         "adds it in measures.yaml)")
        return replace(base, problem="the reader cannot tell what it counts: no noun, event or earlier figure says")
    if found.number.text.lower() in ("a", "an") and measure != "arrests" and found.number.kind != "duration":
        return replace(base, problem=f"'{found.number.text}' is read as 1 of {measure.replace('_', ' ')}; a lone "
                                     "'a' is drafted only for an arrest or a length of time")
    text = claim_text(source.text, found, measure, place)
    if text is None:
        return replace(base, problem=f"its {found.number.kind} cannot be written in the claim grammar")
    wrong = rereads_wrong(text, found, measure, place)
    placeless = claim_text(source.text, found, measure, None) if place else None
    if placeless is not None and rereads_wrong(placeless, found, measure, None) is not None:
        placeless = None
    return replace(base, claim=text, problem=wrong, placeless=placeless)


def choose_measure(found: Evidence) -> str | None:
    """The measure a claim names for the figure: an arrest above all (an arrested suspect is an
    arrest), then the noun's own measure unless it is just 'people', then the event's, then
    any other; 'people' last of all."""
    measures = found.measures
    if not measures:
        return None
    if "arrests" in measures:
        return "arrests"
    own = noun_measure(found.noun) if found.noun else None
    if own in measures and own != "people":
        return own
    if found.event is not None and found.event.measure in measures:
        return found.event.measure
    others = sorted(m for m in measures if m != "people")
    return others[0] if others else "people"


def _place(found: Evidence) -> str | None:
    """The place a claim names: the figure's own, or what holds a joint place; none for a
    duration, and only a region for a count of places."""
    if found.number.kind == "duration":
        return None
    place = (found.whole[0] if found.whole else None) if found.joint else (found.places[0] if found.places else None)
    if place is not None and choose_measure(found) in _PLACE_MEASURES and not find_regions(place):
        return None
    return place


def claim_text(text: str, found: Evidence, measure: str | None, place: str | None) -> str | None:
    """The figure in the claim grammar: `[qualifier] amount [unit] [of] [measure] [in PLACE]`."""
    number = found.number
    amount = _amount(text, found, measure)
    if amount is None:
        return None
    qualifier = f"{number.qualifier} " if number.qualifier and not number.vague else ""
    where = f" in {place}" if place else ""
    return f"{qualifier}{amount}{where}"


def _written(value: float) -> str:
    """A number as a claim writes it: "1.8 million" rather than "1,800,000" (a reviewer compares
    it with the article's words at a glance), else with thousands grouped."""
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        if value >= scale and round(value / scale, 2) * scale == value:
            return f"{value / scale:g} {word}"
    return format_number(value)


def _amount(text: str, found: Evidence, measure: str | None) -> str | None:
    number = found.number
    value = _written(number.value)
    if number.high is not None and number.high != number.value:
        value = f"{value} to {_written(number.high)}"
    word = _measure_word(measure, number.value) if measure else None
    if number.kind == "money":
        return None if not number.unit else f"{number.unit} {value}" + (f" {word}" if word else "")
    if number.kind == "quantity":
        if not number.unit:
            return None
        return f"{value} {amounts.unit_label(number.unit)}" + (f" of {word}" if word else "")
    if number.kind == "percent":
        return f"{value}%" + (f" of {word}" if word else "")
    if word is None:
        return None
    if number.vague:
        vague = " ".join(text[number.start:number.end].split()).lower()
        return f"{vague} of {word}" if not vague.endswith(" of") else f"{vague} {word}"
    return f"{value} {word}"


def _measure_word(measure: str, value: float) -> str | None:
    """How a claim names the measure: its name as words, or its first claim word; singular for one."""
    spec = vocabulary().get(measure)
    choices = [measure.replace("_", " "), *(spec.words if spec else ())]
    if value == 1:
        choices = [c[:-1] for c in choices if c.endswith("s")] + choices
    return next((c for c in choices if measure_for_word(c) == measure), None)


def rereads_wrong(text: str, found: Evidence, measure: str | None, place: str | None) -> str | None:
    """Why the claim text would not read back as the figure, or None when it does."""
    try:
        figures = read_claim(text)
    except ClaimTextError as exc:
        return f"the claim text '{text}' cannot be read: {exc}"
    number = found.number
    want = (number.kind if number.kind != "duration" else "duration", number.value, measure, place)
    if len(figures) != 1 or _shape(figures[0]) != want:
        return f"the claim text '{text}' does not read back as the source's figure"
    return None


def _shape(figure: Figure) -> tuple:
    return (figure.kind, figure.value, figure.measure, figure.place)


def clause(text: str, found: Evidence, place: str | None = None) -> str:
    """The shortest clause of the figure's sentence holding it (and the place it names, when
    the sentence names it); the whole sentence, or else its whole paragraph, when that clause
    stands in the source twice (a quote found twice is ambiguous, Q004)."""
    start, end = _sentence(text, found.start)
    bounds = _clause_bounds(text, start, end)
    low, high = found.start, found.end
    mention = _mention(text, start, end, place, found.start)
    if mention is not None:
        low, high = min(low, mention[0]), max(high, mention[1])
    begin = max(b for b, _ in bounds if b <= low)
    finish = min(e for _, e in bounds if e >= high)
    line_start, line_end = _line(text, found.start)
    candidates = (_trimmed(text[begin:finish]), _trimmed(text[start:end]), text[line_start:line_end].strip())
    return next((quote for quote in candidates if text.count(quote) == 1), candidates[0])


def _line(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _sentence(text: str, offset: int) -> tuple[int, int]:
    """The sentence holding `offset`, cut to its line (a quote never spans a paragraph)."""
    line_start, line_end = _line(text, offset)
    for start, end in split_sentences(text[line_start:line_end]):
        if line_start + start <= offset < line_start + end:
            return line_start + start, line_start + end
    return line_start, line_end


def _clause_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    bounds, at = [], start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if match.start() > at:
            bounds.append((at, match.start()))
        at = match.end()
    bounds.append((at, end))
    return [(start, end)] + bounds


def _mention(text: str, start: int, end: int, place: str | None, near: int) -> tuple[int, int] | None:
    """Where the sentence names `place` (itself or a place in it), nearest to the figure."""
    if place is None:
        return None
    sentence = text[start:end]
    spots = [(p.start + start, p.end + start) for p in find_places(sentence) + find_regions(sentence)
             if place in (p.name, p.country)]
    return min(spots, key=lambda s: abs(s[0] - near)) if spots else None


def _trimmed(quote: str) -> str:
    quote = _ELLIPSIS_END.sub("", quote)
    return quote.strip(_TRIM) if quote.strip(_TRIM) else quote.strip()


def _unique_id(prefix: str, found: Evidence, claim: str, taken: set[str]) -> str:
    """`prefix.measure[-place]`, numbered when taken."""
    measure = choose_measure(found) or found.number.kind
    place = _place(found)
    base = f"{prefix}.{slug(measure)}" + (f"-{slug(place)}" if place else "")
    chosen, n = base, 2
    while chosen in taken:
        chosen, n = f"{base}-{n}", n + 1
    taken.add(chosen)
    return chosen


def slug(text: str, limit: int = 60) -> str:
    """Lower-case words joined by '-', cut at a word boundary within `limit` characters."""
    words = re.sub(r"[^a-z0-9]+", " ", text.lower()).split()
    out = ""
    for word in words:
        joined = f"{out}-{word}" if out else word
        if len(joined) > limit:
            break
        out = joined
    return out or (words[0][:limit] if words else "")


def guess_title(text: str) -> str | None:
    """The headline: the first short line that is neither a list item (a menu), a line with a
    date or time (a dateline), nor a paragraph (ending with a full stop)."""
    for line in text.splitlines()[:12]:
        line = line.strip()
        if len(_WORD.findall(line)) < 3 or len(line) > 150 or _LIST_MARKER.match(line):
            continue
        if line.endswith((".", "…")) or any(n.kind in ("date", "time") for n in read_numbers(line)):
            continue
        return line
    return None


def guess_language(text: str) -> str | None:
    """'en' or 'es' when the commonest small words clearly say so, else None."""
    words = [w.lower() for w in _WORD.findall(text[:20_000])]
    english = sum(w in _ENGLISH for w in words)
    spanish = sum(w in _SPANISH for w in words)
    if english >= 5 and english >= 2 * spanish:
        return "en"
    if spanish >= 5 and spanish >= 2 * english:
        return "es"
    return None


def _source_name(source: Path, root: Path) -> str:
    """The source's path relative to the repository root, as a claims file names it."""
    try:
        relative = Path(os.path.relpath(source.resolve(), root.resolve()))
    except ValueError:  # another drive
        relative = Path("..")
    if relative.parts and relative.parts[0] == "..":
        raise UsageError(f"--draft {source}: not inside the repository root {root}")
    if not (root / relative).is_file():
        raise UsageError(f"--draft {source}: no such file")
    return relative.as_posix()


def _schema_link(root: Path, output: Path | None) -> str:
    """The schema's path from the folder the draft is saved in (claims/ when not told)."""
    folder = output.resolve().parent if output is not None else root.resolve() / "claims"
    return Path(os.path.relpath(root.resolve() / SCHEMA_FILE, folder)).as_posix()


@dataclass(frozen=True)
class Header:
    path: str
    sha256: str
    title: str | None
    language: str | None
    event: str
    schema: str


def _header(source: SourceText, title: str | None, language: str | None, event: str, schema: str) -> Header:
    return Header(source.path, source.sha256, title, language, event, schema)


def self_check(header: Header, figures: list[Drafted], name: str, root: Path, measures: str | None,
               tolerance: float) -> list[Drafted]:
    """The figures with every claim the rules find an error in made vaguer (without its place,
    which is what most often clashes with another figure: two totals for one country) or else
    turned into a comment naming the error; repeated until the draft is clean, since a claim
    may fail only beside another."""
    options = Options(root=root, use_cache=False, about_tolerance=tolerance, measures=measures)
    for _ in range(2 * len(figures) + 1):
        text = render(header, figures)
        claims_file = build_file(name, text.encode("utf-8"), _sources(root))
        result = run(options, Dataset(root, [claims_file], tolerance))
        failing: dict[str, str] = {}
        for finding in result.findings:
            if finding.severity is Severity.ERROR and finding.claim_id and finding.claim_id not in failing:
                failing[finding.claim_id] = f"{finding.code} {finding.message}"
        if not failing:
            return figures
        figures = [_demoted(f, failing[f.claim_id]) if f.claim_id in failing else f for f in figures]
    return figures


def _demoted(figure: Drafted, problem: str) -> Drafted:
    """The claim without its place when it has one to lose, else a comment saying why."""
    if figure.placeless is not None and figure.claim != figure.placeless:
        return replace(figure, claim=figure.placeless, placeless=None)
    return replace(figure, problem=problem)


def _sources(root: Path):
    from validator.sources import Sources

    return Sources(root)


def _q(value: str) -> str:
    """A YAML single-quoted scalar."""
    return "'" + value.replace("'", "''") + "'"


def render(header: Header, figures: list[Drafted]) -> str:
    lines = [f"# yaml-language-server: $schema={header.schema}",
             f"# Drafted by `validate --draft {header.path}`: check each claim against the article,",
             "# add notes, and delete what is not about the event. Figures the reader was unsure of,",
             "# or that would not pass, are comments with the reason.",
             "source:",
             f"  path: {_q(header.path)}",
             f"  sha256: {header.sha256}"]
    if header.title:
        lines.append(f"  title: {_q(header.title)}")
    if header.language:
        lines.append(f"  language: {header.language}")
    lines += [f"event: {header.event}", "claims:" if any(f.is_claim for f in figures) else "claims: []"]
    for figure in figures:
        lines += _claim_lines(figure)
    return "\n".join(lines) + "\n"


def _claim_lines(figure: Drafted) -> list[str]:
    body = [f"  - id: {figure.claim_id}", f"    claim: {_q(figure.claim)}"] if figure.claim else []
    body.append(f"    quote: {_q(figure.quote)}")
    if figure.is_claim:
        return body
    reason = shorten(" ".join((figure.problem or "").split()), 160)
    head = f"  # line {figure.line}:{figure.column} '{figure.written}': not drafted: {reason}"
    return [head] + ["  # " + line[2:] for line in body]
