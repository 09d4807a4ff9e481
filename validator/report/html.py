"""`--format html`: one self-contained page showing the sources, their quoted passages and every finding.

A reviewer would rather look than read `file:line:col` lines, so the page shows each article with
the passages the claims quote marked, the number each figure rests on marked as supporting it or
not, and the figures nobody captured yet (coverage findings, U001). Everything the page shows is
decided here, in a typed view model; the Jinja2 template only lays it out, with autoescape on, so
no piece of user text reaches the page unescaped. The output depends on the run's result alone
(no clock unless asked, no unordered iteration), so two runs on the same input are byte-identical.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import os
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from validator import __version__
from validator.dataset import ClaimRecord, ClaimsFile, Dataset
from validator.engine import Result
from validator.finding import Finding, Span
from validator.quotes import MatchKind, passage
from validator.report import Summary
from validator.report.text import summary_line
from validator.sources import SourceText

TEMPLATE = "report.html.j2"
COVERAGE = "U001"  # a figure of a source that no claim captures; located in the source itself

# Worst first: a span or claim takes the colour (and icon) of the first status it has.
STATUSES = ("error", "warning", "info", "accepted", "ok")
STATUS_LABELS = {"error": "error", "warning": "warning", "info": "info", "accepted": "accepted", "ok": "no finding"}
FAMILIES = {"A": "accepts", "C": "consistency", "Q": "quotes and sources", "S": "structure",
            "U": "coverage", "V": "values"}
NO_EVENT = "-"  # the event filter's value for findings outside any event

# At equal extents a quote holds a figure's number, which holds an uncaptured figure.
QUOTE, FIGURE, UNCAPTURED = "quote", "figure", "uncaptured"
_NESTING = {QUOTE: 0, FIGURE: 1, UNCAPTURED: 2}


# --------------------------------------------------------------------------- marks in a source


@dataclass(frozen=True, slots=True)
class Mark:
    """Something marked in a source's text: a quote span, a figure's number or an uncaptured figure."""

    start: int
    end: int
    kind: str  # QUOTE, FIGURE or UNCAPTURED
    anchor: str  # element id of its first piece: what links point at
    status: str  # one of STATUSES (quotes, uncaptured figures) or "ok"/"bad" (figures)
    tip: str  # what hovering or focusing it shows
    claims: tuple[str, ...] = ()  # ids of the claims it belongs to (data-claim)
    ref: str = ""  # href of the small link placed after its last piece (to its claim or finding)
    ref_label: str = ""
    ref_title: str = ""


@dataclass(slots=True)
class Node:
    """A piece of a line as the template writes it: plain text, a piece of a mark, or a mark's link."""

    kind: str  # "text", "mark" or "ref"
    start: int
    end: int
    text: str = ""
    mark: Mark | None = None
    first: bool = False  # the piece where its mark begins: it carries the id (and is the <mark>)
    last: bool = False  # the piece where its mark ends: its link follows it
    children: list[Node] = field(default_factory=list)


def layout(text: str, start: int, end: int, marks: Iterable[Mark]) -> list[Node]:
    """The text from `start` to `end` as a tree of properly nested pieces.

    HTML elements cannot overlap, but quotes can (two claims quoting overlapping passages), so a
    mark that runs past the end of the one holding it is split there; the rest goes on as a
    continuation piece. Ties are broken by position, length, kind and input order, so the tree
    is always the same for the same marks.
    """
    heap: list[tuple[int, int, int, int, Mark]] = []
    for order, mark in enumerate(marks):
        a, b = max(mark.start, start), min(mark.end, end)
        if a < b:
            heap.append((a, -b, _NESTING[mark.kind], order, mark))
    heapq.heapify(heap)
    root = Node("text", start, end)
    stack: list[Node] = [root]
    while heap:
        a, negative_b, nesting, order, mark = heapq.heappop(heap)
        b = -negative_b
        while stack[-1].end <= a:
            stack.pop()
        parent = stack[-1]
        if b > parent.end:  # runs past its holder: split, the rest is placed later
            heapq.heappush(heap, (parent.end, negative_b, nesting, order, mark))
            b = parent.end
        node = Node("mark", a, b, mark=mark, first=a == mark.start, last=b == mark.end)
        parent.children.append(node)
        stack.append(node)
    return _with_text(text, root)


def _with_text(text: str, node: Node) -> list[Node]:
    """The children of `node` with the text between them, each mark's link after its last piece."""
    out: list[Node] = []
    pos = node.start
    for child in node.children:
        if child.start > pos:
            out.append(Node("text", pos, child.start, text=text[pos:child.start]))
        child.children = _with_text(text, child)
        out.append(child)
        if child.last and child.mark is not None and child.mark.ref:
            out.append(Node("ref", child.end, child.end, mark=child.mark))
        pos = child.end
    if pos < node.end:
        out.append(Node("text", pos, node.end, text=text[pos:node.end]))
    return out


# --------------------------------------------------------------------------- the view model


@dataclass(frozen=True, slots=True)
class FindingRow:
    anchor: str
    code: str
    family: str
    rule_name: str
    status: str  # the severity, or "accepted"
    severity: str
    message: str
    file: str
    line: int
    column: int
    claim_id: str
    claim_href: str
    span_href: str
    event: str
    accept_reason: str


@dataclass(frozen=True, slots=True)
class QuoteView:
    text: str
    kind: str  # exact, normalised or missing
    hrefs: tuple[str, ...]  # one per fragment found
    nearest: str = ""  # for a quote not found: where the closest passage is and what it says


@dataclass(frozen=True, slots=True)
class FigureView:
    said: str
    supported: bool
    code: str
    message: str
    href: str  # the number it rests on (or the closest candidate), if any


@dataclass(frozen=True, slots=True)
class AcceptView:
    rule: str
    reason: str
    rows: tuple[str, ...]  # anchors of the accepted findings it covers; none: a stale accept


@dataclass
class ClaimView:
    number: int
    anchor: str
    id: str
    text: str
    event: str
    when: str
    note: str
    status: str
    quotes: list[QuoteView] = field(default_factory=list)
    figures: list[FigureView] = field(default_factory=list)
    judged: bool = True
    accepts: list[AcceptView] = field(default_factory=list)
    findings: list[FindingRow] = field(default_factory=list)


@dataclass
class FileView:
    anchor: str
    path: str
    source_path: str
    source_href: str
    source_title: str
    claims: list[ClaimView] = field(default_factory=list)
    findings: list[FindingRow] = field(default_factory=list)  # about the file, not one claim


@dataclass(frozen=True, slots=True)
class LineView:
    number: int
    anchor: str
    nodes: list[Node]


@dataclass(frozen=True, slots=True)
class Uncaptured:
    anchor: str
    text: str
    line: int
    row: str


@dataclass
class SourceView:
    anchor: str
    path: str
    title: str
    publisher: str
    published: str
    url: str  # a web address as a link, only http(s); else empty and shown as `url_text`
    url_text: str
    files: list[tuple[str, str]] = field(default_factory=list)  # (anchor, path) of claims files citing it
    lines: list[LineView] = field(default_factory=list)
    quotes: int = 0
    uncaptured: list[Uncaptured] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class CodeCount:
    code: str
    name: str
    live: int
    accepted: int


@dataclass
class Report:
    summary: str
    version: str
    date: str
    rows: list[FindingRow]
    codes: list[CodeCount]
    families: list[tuple[str, str]]
    statuses: list[str]
    files: list[FileView]
    sources: list[SourceView]
    events: list[str]
    finding_files: list[str]


# --------------------------------------------------------------------------- building it


def status_of(finding: Finding) -> str:
    return "accepted" if finding.accepted else finding.severity.value


def worst(statuses: Iterable[str]) -> str:
    """The worst of some statuses ("ok" when there are none): what a claim or span is coloured by."""
    return min(statuses, key=STATUSES.index, default="ok")


def safe_url(url: str | None) -> str:
    """`url` if it is a web address a link may point at; empty for anything else (javascript:, data:)."""
    url = (url or "").strip()
    if any(c.isspace() or ord(c) < 32 for c in url):
        return ""
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return ""
    return url if scheme in ("http", "https") else ""


def _offset(source: SourceText, line: int, column: int) -> int | None:
    """The character offset of a 1-based line and column of the source, None when outside it."""
    if not 1 <= line <= len(source.line_starts) or column < 1:
        return None
    offset = source.line_starts[line - 1] + column - 1
    return offset if offset <= len(source.text) else None


class _Builder:
    """Builds the report's view model from a run's result, numbering anchors in one fixed order."""

    def __init__(self, result: Result) -> None:
        from validator.rules import registry

        self.result = result
        self.dataset: Dataset = result.dataset
        self.rules = registry()
        self.claim_numbers: dict[tuple[str, str], int] = {}
        self.records: list[tuple[int, ClaimRecord]] = []
        self.sources: dict[str, SourceView] = {}  # by the source's path, as claims files name it
        self.source_texts: dict[str, SourceText] = {}
        self.marks: dict[str, list[Mark]] = {}
        self.quote_anchors: dict[int, list[tuple[str, tuple[str, ...]]]] = {}  # claim number -> (quote, hrefs)
        self.figure_marks: dict[str, dict[tuple[int, int], Mark]] = {}  # source path -> (start, end) -> mark
        self.figures_marked = 0
        self.numbers: dict[int, int] = {}  # id() of a claim record -> its number (duplicate ids get their own)
        self.file_events: dict[str, str | None] = {}

    def build(self, date: str) -> Report:
        self._number_claims()
        self._collect_sources()
        rows = self._rows()
        by_claim: dict[int, list[FindingRow]] = {}
        by_file: dict[str, list[FindingRow]] = {}
        for row, finding in zip(rows, self.result.findings):
            number = self.claim_numbers.get((finding.file, finding.claim_id or ""))
            if number is not None:
                by_claim.setdefault(number, []).append(row)
            else:
                by_file.setdefault(finding.file, []).append(row)
        self._quote_marks(by_claim)
        self._uncaptured(rows)
        files = [self._file_view(i, f, by_claim, by_file) for i, f in enumerate(self.dataset.files)]
        for view in self.sources.values():
            self._lay_out(view)
        return Report(
            summary=summary_line(Summary.of(self.result)),
            version=__version__,
            date=date,
            rows=rows,
            codes=self._codes(),
            families=[(letter, FAMILIES.get(letter, letter)) for letter in sorted({r.family for r in rows})],
            statuses=[s for s in STATUSES if s != "ok" and any(r.status == s for r in rows)],
            files=files,
            sources=list(self.sources.values()),
            events=sorted({r.event for r in rows}),
            finding_files=sorted({r.file for r in rows}),
        )

    # -- numbering

    def _number_claims(self) -> None:
        number = 0
        for claims_file in self.dataset.files:
            self.file_events.setdefault(claims_file.path, claims_file.header.event if claims_file.header else None)
            for record in claims_file.claims:
                number += 1
                self.claim_numbers.setdefault((claims_file.path, record.id), number)
                self.records.append((number, record))
                self.numbers[id(record)] = number

    def _collect_sources(self) -> None:
        for i, claims_file in enumerate(self.dataset.files):
            source, header = claims_file.source, claims_file.header
            if source is None or header is None:
                continue
            view = self.sources.get(source.path)
            if view is None:
                meta = header.source
                view = SourceView(anchor=f"s-{len(self.sources) + 1}", path=source.path, title=meta.title or "",
                                  publisher=meta.publisher or "", published=meta.published or "",
                                  url=safe_url(meta.url), url_text=meta.url or "")
                self.sources[source.path] = view
                self.source_texts[source.path] = source
                self.marks[source.path] = []
            view.files.append((f"file-{i + 1}", claims_file.path))

    # -- findings

    def _rows(self) -> list[FindingRow]:
        rows = []
        for i, finding in enumerate(self.result.findings, 1):
            number = self.claim_numbers.get((finding.file, finding.claim_id or ""))
            rule = self.rules.get(finding.code)
            rows.append(FindingRow(
                anchor=f"f-{i}", code=finding.code, family=finding.code[:1], rule_name=rule.name if rule else "",
                status=status_of(finding), severity=finding.severity.value, message=finding.message,
                file=finding.file, line=finding.span.line, column=finding.span.column,
                claim_id=finding.claim_id or "", claim_href=f"#c-{number}" if number else "",
                span_href=self._span_href(finding, number), event=self._event(finding) or NO_EVENT,
                accept_reason=finding.accept_reason or ""))
        return rows

    def _event(self, finding: Finding) -> str | None:
        number = self.claim_numbers.get((finding.file, finding.claim_id or ""))
        if number is not None:
            return self.records[number - 1][1].event
        return self.file_events.get(finding.file)

    def _span_href(self, finding: Finding, number: int | None) -> str:
        """Where in a source a finding points: the quote it is about, else its claim's first quote found."""
        if finding.code == COVERAGE:
            return ""  # filled in by _uncaptured, which knows the span's anchor
        if number is None:
            return ""
        record = self.records[number - 1][1]
        hrefs = self._quote_hrefs(number, record)
        about = [h for quote, h in hrefs if h and quote == finding.subject]
        found = about or [h for _, h in hrefs if h]
        return found[0][0] if found else ""

    def _quote_hrefs(self, number: int, record: ClaimRecord) -> list[tuple[str, tuple[str, ...]]]:
        """Per quote of the claim, the anchors of its fragments in the source (none when not found)."""
        if number not in self.quote_anchors:
            out = []
            for q, (quote, match) in enumerate(zip(record.claim.quotes, record.quote_matches)):
                found = match is not None and match.kind is not MatchKind.MISSING
                out.append((quote, tuple(f"#q-{number}-{q + 1}-{k + 1}" for k in range(len(match.spans)))
                            if found else ()))
            self.quote_anchors[number] = out
        return self.quote_anchors[number]

    def _codes(self) -> list[CodeCount]:
        live = Counter(f.code for f in self.result.findings if not f.accepted)
        accepted = Counter(f.code for f in self.result.findings if f.accepted)
        codes = sorted(set(live) | set(accepted))
        return [CodeCount(c, self.rules[c].name if c in self.rules else "", live[c], accepted[c]) for c in codes]

    # -- marks

    def _quote_marks(self, by_claim: dict[int, list[FindingRow]]) -> None:
        for number, record in self.records:
            source = record.file.source
            if source is None or source.path not in self.marks:
                continue
            status = worst(r.status for r in by_claim.get(number, ()))
            tip = f"Quoted by {record.id}: {record.claim.claim} ({STATUS_LABELS[status]})"
            for q, match in enumerate(record.quote_matches):
                if match is None or match.kind is MatchKind.MISSING:
                    continue
                for k, (a, b) in enumerate(match.spans):
                    last = k == len(match.spans) - 1
                    self.marks[source.path].append(Mark(
                        a, b, QUOTE, f"q-{number}-{q + 1}-{k + 1}", status, tip, (record.id,),
                        ref=f"#c-{number}" if last else "", ref_label=f"[{number}]",
                        ref_title=f"claim {record.id}"))
                self.sources[source.path].quotes += len(match.spans)

    def _figure_href(self, record: ClaimRecord, start: int, end: int, supported: bool, said: str) -> str:
        """The anchor of the mark on a figure's number, made once per span of a source."""
        source = record.file.source
        assert source is not None
        marks = self.figure_marks.setdefault(source.path, {})
        verdict = f"{'Supports' if supported else 'Does not support'} '{said}' ({record.id})"
        mark = marks.get((start, end))
        if mark is None:
            self.figures_marked += 1
            mark = Mark(start, end, FIGURE, f"n-{self.figures_marked}", "ok" if supported else "bad", verdict,
                        (record.id,))
        else:  # another figure rests on the same number: its mark says so too, and is bad if either is
            mark = replace(mark, status=mark.status if supported else "bad", tip=f"{mark.tip}; {verdict}",
                           claims=tuple(dict.fromkeys(mark.claims + (record.id,))))
        marks[(start, end)] = mark
        return "#" + mark.anchor

    def _uncaptured(self, rows: list[FindingRow]) -> None:
        """Place each coverage finding (U001, located in a source) on its span, and link its row to it."""
        by_path = self._source_paths()
        for i, (row, finding) in enumerate(zip(rows, self.result.findings)):
            if finding.code != COVERAGE:
                continue
            path = by_path.get(_normal(finding.file)) or by_path.get(_resolved(finding.file))
            if path is None:
                continue
            source = self.source_texts[path]
            span = _source_range(source, finding.span)
            if span is None:
                continue
            anchor = f"u-{i + 1}"
            self.marks[path].append(Mark(span[0], span[1], UNCAPTURED, anchor, status_of(finding),
                                         f"Not captured by any claim: {finding.message}",
                                         ref="#" + row.anchor, ref_label=f"[{row.code}]",
                                         ref_title=f"finding {row.code} in the findings table"))
            line, _ = source.position(span[0])
            self.sources[path].uncaptured.append(Uncaptured(anchor, passage(source, span[0], span[1], 60),
                                                            line, row.anchor))
            rows[i] = _replace_span(row, "#" + anchor)

    def _source_paths(self) -> dict[str, str]:
        """How a finding may name a source (as cited, relative to here, resolved) -> the path as cited."""
        names: dict[str, str] = {}
        root = self.dataset.root
        for path in self.sources:
            for name in (_normal(path), _normal(os.path.join(root, path)), _resolved(os.path.join(root, path))):
                names.setdefault(name, path)
        return names

    # -- views

    def _file_view(self, i: int, claims_file: ClaimsFile, by_claim: dict[int, list[FindingRow]],
                   by_file: dict[str, list[FindingRow]]) -> FileView:
        source = claims_file.source
        header = claims_file.header
        view = FileView(anchor=f"file-{i + 1}", path=claims_file.path,
                        source_path=header.source.path if header else "",
                        source_href="#" + self.sources[source.path].anchor if source is not None else "",
                        source_title=(header.source.title or "") if header else "",
                        findings=by_file.pop(claims_file.path, []))
        for record in claims_file.claims:
            number = self.numbers[id(record)]
            view.claims.append(self._claim_view(number, record, by_claim.get(number, [])))
        return view

    def _claim_view(self, number: int, record: ClaimRecord, rows: list[FindingRow]) -> ClaimView:
        claim = record.claim
        view = ClaimView(number=number, anchor=f"c-{number}", id=record.id, text=claim.claim,
                         event=record.event or "", when=claim.when or "", note=claim.note or "",
                         status=worst(r.status for r in rows), findings=rows)
        source = record.file.source
        hrefs = self._quote_hrefs(number, record)
        for (quote, found), match in zip(hrefs, record.quote_matches):
            kind = "missing" if match is None else match.kind.value
            nearest = ""
            if match is not None and match.kind is MatchKind.MISSING and match.spans and source is not None:
                line, _ = source.position(match.start)
                nearest = (f"closest passage, line {line} ({match.similarity:g}% alike): "
                           f"{passage(source, match.start, match.end)}")
            view.quotes.append(QuoteView(quote, kind, found, nearest))
        view.figures, view.judged = self._figures(record)
        for accept in claim.accept:
            covered = tuple(r.anchor for r in rows if r.code == accept.rule and r.status == "accepted")
            view.accepts.append(AcceptView(accept.rule, accept.reason, covered))
        return view

    def _figures(self, record: ClaimRecord) -> tuple[list[FigureView], bool]:
        """Each figure of the claim with its verdict, from the same judge the V rules use, and why in
        the words of `--show-figures` (the source text it rests on, what it counts, where)."""
        from validator.report.figures_view import why
        from validator.verdicts import verdicts

        if record.file.source is None or record.file.source.path not in self.marks:
            return [], False
        judged = verdicts(self.dataset, record)
        out = []
        for verdict in judged:
            figure = verdict.figure
            said = record.claim.claim[figure.start:figure.end].strip()
            supported = verdict.code is None
            href = ""
            if verdict.evidence is not None:
                href = self._figure_href(record, verdict.evidence.start, verdict.evidence.end, supported, said)
            out.append(FigureView(said, supported, verdict.code or "", why(record, verdict), href))
        return out, bool(judged)

    def _lay_out(self, view: SourceView) -> None:
        """The source's lines, each laid out with the marks on it (blank lines are left out)."""
        source = self.source_texts[view.path]
        figures = list(self.figure_marks.get(view.path, {}).values())
        marks = sorted(self.marks[view.path] + figures, key=lambda m: (m.start, -m.end, _NESTING[m.kind], m.anchor))
        starts = [m.start for m in marks]
        text = source.text
        first = 0
        for number, line_start in enumerate(source.line_starts, 1):
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end < 0 else line_end
            while first < len(marks) and marks[first].end <= line_start:
                first += 1  # marks are sorted by start; skip those wholly before this line
            on_line = [m for m in marks[first:_upper(starts, line_end)] if m.end > line_start]
            if not text[line_start:line_end].strip() and not on_line:
                continue
            view.lines.append(LineView(number, f"{view.anchor}-l{number}",
                                       layout(text, line_start, line_end, on_line)))


def _upper(starts: Sequence[int], end: int) -> int:
    """How many marks start before `end` (the marks are sorted by start)."""
    return bisect_left(starts, end)


def _normal(path: str) -> str:
    return os.path.normpath(path).replace(os.sep, "/")


def _resolved(path: str) -> str:
    try:
        return Path(path).resolve().as_posix()
    except (OSError, RuntimeError, ValueError):
        return _normal(path)


def _source_range(source: SourceText, span: Span) -> tuple[int, int] | None:
    """Offsets of a finding's span in the source (its end column is the last character's)."""
    start = _offset(source, span.line, span.column)
    end = _offset(source, span.end_line, span.end_column)
    if start is None or end is None:
        return None
    end = min(max(end + 1, start + 1), len(source.text))
    return (start, end) if start < end else None


def _replace_span(row: FindingRow, href: str) -> FindingRow:
    return replace(row, span_href=href)


# --------------------------------------------------------------------------- rendering


def _asset(name: str) -> str:
    from importlib.resources import files

    return files("validator.report").joinpath("templates", name).read_text(encoding="utf-8")


def csp_hash(text: str) -> str:
    """The Content-Security-Policy source for an inline block: only our own style and script run."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def build(result: Result, date: str = "") -> Report:
    """The report's view model: what the page shows, in the order it shows it."""
    return _Builder(Result(complete(result.dataset), result.findings, result.internal_errors)).build(date)


def complete(dataset: Dataset) -> Dataset:
    """The dataset with every claims file as loaded in full.

    A warm run takes files from the results cache, which keeps only what the rules comparing
    files read (no quotes, notes or source titles); the page shows all of it, so such files
    are read again. A file that cannot be read now keeps its cached form.
    """
    from validator.dataset import build_file, read_claims_file
    from validator.errors import UsageError
    from validator.model import Claim, ClaimsHeader
    from validator.sources import Sources

    def loaded(claims_file: ClaimsFile) -> bool:
        return ((claims_file.header is None or isinstance(claims_file.header, ClaimsHeader))
                and all(isinstance(record.claim, Claim) for record in claims_file.claims))

    if all(loaded(f) for f in dataset.files):
        return dataset
    sources = Sources(dataset.root)
    files = []
    for claims_file in dataset.files:
        if not loaded(claims_file):
            try:
                claims_file = build_file(claims_file.path, read_claims_file(Path(claims_file.path)), sources)
            except UsageError:
                pass
        files.append(claims_file)
    return Dataset(dataset.root, files, dataset.about_tolerance)


def render(result: Result, colour: bool = False, date: str = "") -> str:
    """The page for a run. `colour` is ignored (the page has its own); `date` is shown when given."""
    import jinja2  # only runs that write HTML pay for the template engine

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("validator.report", "templates"),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True)
    style, script = _asset("report.css"), _asset("report.js")
    for name, text in (("report.css", style), ("report.js", script)):
        if "</" in text:  # an end tag inside them would end the inline block early
            raise RuntimeError(f"{name} must not contain '</'")
    return environment.get_template(TEMPLATE).render(
        report=build(result, date), style=_markup(style), script=_markup(script),
        style_hash=csp_hash(style), script_hash=csp_hash(script), labels=STATUS_LABELS)


def _markup(text: str):
    """Our own stylesheet and script, inlined as they are (they hold no user text)."""
    from markupsafe import Markup

    return Markup(text)
