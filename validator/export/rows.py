"""The figure table: one row per figure that `validate --show-figures` lists.

Rows come from `figures_view.judged`, the enumeration that view prints, so the export and the
view can never disagree on which figures there are. A claim that cannot be judged (its text
or a quote cannot be read) lists no figure there and gets no row here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from validator.config import repo_relative
from validator.dataset import ClaimRecord, Dataset
from validator.evidence import Fact, facts
from validator.export import figure_parts
from validator.export.columns import Column, Row
from validator.export.events import fact_key
from validator.export.intervals import interval_cells, interval_columns
from validator.figures import amounts
from validator.finding import Finding
from validator.model import DATE_PATTERN
from validator.report.figures_view import judged
from validator.verdicts import Verdict, claimed_range


def _finding_text(item: object) -> str:
    """A finding in a CSV cell: `V001 (error)`, or `C002 (accepted: the reason)`."""
    if not isinstance(item, dict):
        raise TypeError(f"a finding is a dict, not {type(item).__name__}")
    if item["accepted"]:
        return f"{item['code']} (accepted: {item['reason']})"
    return f"{item['code']} ({item['severity']})"


FIGURE_COLUMNS: tuple[Column, ...] = (
    Column("claim_id", "string", "The claim's id, unique across the dataset.", required=True),
    Column("figure", "integer", "The figure's position in its claim, from 1.", required=True),
    Column("claims_file", "string", "The claims file, relative to the repository root.", required=True),
    Column("line", "integer", "The line of the claim text in the claims file.", required=True),
    Column("claim", "string", "The whole claim text, as entered.", required=True),
    Column("text", "string", "This figure as the claim writes it.", required=True),
    Column("event", "string", "The event the claim belongs to (its own, else its file's)."),
    Column("event_key", "string", "The row of events.csv this figure is read in; empty without an event."),
    Column("measure", "string", "What is counted or measured; may be empty for money and quantities."),
    Column("kind", "string", "count, duration, money, quantity or percent; a range is any of these with "
           "low and high instead of value.", required=True,
           enum=tuple(amounts.KINDS)),
    Column("listed", "boolean", "A list without a count ('countries: China, India'): value is the number "
           "of items.", required=True),
    Column("value", "number", "The number the figure states; empty for a range. For a vague figure "
           "('hundreds of') the least it means (200)."),
    Column("low", "number", "The lower end of a range ('50 to 60'); empty otherwise."),
    Column("high", "number", "The upper end of a range; empty otherwise."),
    Column("unit", "string", "The unit of a quantity, as pint names it (metric_ton, kilogram, liter)."),
    Column("currency", "string", "The ISO 4217 code of an amount of money."),
    Column("qualifier", "string", "The qualifier as the claim writes it ('over', 'or more'); empty for none."),
    Column("qualifier_meaning", "string", "What the qualifier means (the README's table): exact, about, almost, "
           "more than, at least, at most, less than, or vague.", required=True,
           enum=("exact", "about", "almost", "more than", "at least", "at most", "less than", "vague")),
    *interval_columns("the figure allows (its qualifier applied, 'about' at the run's tolerance)"),
    Column("place", "string", "The place the figure is for, as the gazetteer names it."),
    Column("place_type", "string", "country, region, or locality (a city, province or state).",
           enum=("country", "region", "locality")),
    Column("country", "string", "The country the place lies in (the place itself for a country); empty "
           "for a region."),
    Column("items", "string", "The items the claim lists after ':', '; ' between them.", joiner="; "),
    Column("when", "string", "The date the figure refers to: YYYY, YYYY-MM or YYYY-MM-DD.",
           pattern=DATE_PATTERN.strip("^$")),
    Column("source_path", "string", "The source article, relative to the repository root."),
    Column("source_title", "string", "The article's title."),
    Column("source_publisher", "string", "Who published the article."),
    Column("source_published", "string", "When the article was published: YYYY, YYYY-MM or YYYY-MM-DD.",
           pattern=DATE_PATTERN.strip("^$")),
    Column("source_language", "string", "The article's language (default en)."),
    Column("source_url", "string", "Where the article was published, when the claims file says."),
    Column("quote", "string", "The verbatim span(s) of the source the claim quotes, one per line.", joiner="\n"),
    Column("note", "string", "The claim's note."),
    Column("verdict", "string", "This figure against its quote: ok, or the code of the rule it breaks "
           "(V001-V004).", required=True),
    Column("findings", "string", "Every finding on the claim: its code with its severity, or with "
           "'accepted:' and the reason; '; ' between them.", joiner="; ", item_text=_finding_text),
)


def figure_rows(dataset: Dataset, findings: Iterable[Finding]) -> list[Row]:
    """One row per listed figure, sorted by claims file, line and position in the claim."""
    on_claim = _findings_by_claim(findings)
    by_figure = {(id(fact.record), fact.index): fact for fact in facts(dataset)}
    rows = []
    for record, verdicts in judged(dataset):
        for index, verdict in enumerate(verdicts):
            fact = by_figure.get((id(record), index))
            rows.append(_row(dataset, record, index, verdict, fact, on_claim[(record.file.path, record.id)]))
    return sorted(rows, key=lambda r: (r["claims_file"], r["line"], r["figure"]))


def _findings_by_claim(findings: Iterable[Finding]) -> dict[tuple[str, str], list[dict[str, object]]]:
    grouped: dict[tuple[str, str], list[dict[str, object]]] = defaultdict(list)
    for finding in findings:
        if finding.claim_id is not None:
            grouped[(finding.file, finding.claim_id)].append({
                "code": finding.code, "severity": finding.severity.value, "accepted": finding.accepted,
                "reason": finding.accept_reason, "message": finding.message,
            })
    return grouped


def _row(dataset: Dataset, record: ClaimRecord, index: int, verdict: Verdict, fact: Fact | None,
         findings: list[dict[str, object]]) -> Row:
    figure, claim = verdict.figure, record.claim
    text = figure_parts.said(claim.claim, figure)
    header = record.file.header
    source = header.source if header is not None else None
    ranged = figure.high is not None
    return {
        "claim_id": record.id,
        "figure": index + 1,
        "claims_file": repo_relative(record.file.path, dataset.root) or record.file.path,
        "line": record.span("claim").line,
        "claim": claim.claim,
        "text": text,
        "event": record.event,
        "event_key": fact_key(fact) if fact is not None else None,
        "measure": figure.measure,
        "kind": figure.kind,
        "listed": figure.listed,
        "value": None if ranged else figure.value,
        "low": figure.value if ranged else None,
        "high": figure.high,
        "unit": figure.unit if figure.kind == "quantity" else None,
        "currency": figure.unit if figure.kind == "money" else None,
        "qualifier": figure_parts.written_qualifier(text, figure) or None,
        "qualifier_meaning": figure_parts.meaning(figure),
        **interval_cells(claimed_range(figure, dataset.about_tolerance)),
        "place": figure.place,
        "place_type": figure_parts.place_type(figure),
        "country": figure_parts.country(figure),
        "items": list(figure.items),
        "when": claim.when,
        "source_path": source.path if source else None,
        "source_title": source.title if source else None,
        "source_publisher": source.publisher if source else None,
        "source_published": source.published if source else None,
        "source_language": source.language if source else None,
        "source_url": source.url if source else None,
        "quote": list(claim.quotes),
        "note": claim.note,
        "verdict": verdict.code or "ok",
        "findings": findings,
    }
