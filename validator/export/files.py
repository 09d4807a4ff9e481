"""The four exported files: built in memory, then each written atomically.

Everything is built before anything is written, so a failure leaves the folder as it was;
each file goes to a temporary name and is renamed over the old one, so a reader never sees
half a file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from validator.dataset import Dataset
from validator.errors import UsageError
from validator.export import datapackage
from validator.export.csv_safe import to_csv
from validator.export.events import EVENT_COLUMNS, event_rows
from validator.export.jsonl import to_jsonl
from validator.export.rows import FIGURE_COLUMNS, figure_rows
from validator.finding import Finding
from validator.report.figures_view import judged

FIGURES_CSV, FIGURES_JSONL, EVENTS_CSV, DATAPACKAGE = "figures.csv", "figures.jsonl", "events.csv", "datapackage.json"


@dataclass(frozen=True)
class Export:
    texts: dict[str, str]  # file name -> its content, in the order written
    figures: int
    events: int
    unjudged: tuple[str, ...] = field(default=())  # ids of claims that have no figure rows


def build(dataset: Dataset, findings: Iterable[Finding]) -> Export:
    """The four files' contents for `dataset` and the findings of its run."""
    figures = figure_rows(dataset, findings)
    events = event_rows(dataset)
    package = datapackage.descriptor(FIGURE_COLUMNS, EVENT_COLUMNS)
    texts = {
        FIGURES_CSV: to_csv(FIGURE_COLUMNS, figures),
        FIGURES_JSONL: to_jsonl(FIGURE_COLUMNS, figures),
        EVENTS_CSV: to_csv(EVENT_COLUMNS, events),
        DATAPACKAGE: datapackage.to_json(package),
    }
    unjudged = tuple(sorted(record.id for record, verdicts in judged(dataset) if not verdicts))
    return Export(texts, len(figures), len(events), unjudged)


def write(export: Export, folder: Path) -> None:
    """Write the files into `folder` (created if missing); a usage error when it cannot be."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in export.texts.items():
            _write_atomically(folder / name, text.encode("utf-8"))
    except OSError as exc:
        raise UsageError(f"--export {folder}: {exc.strerror or exc}") from None


def _write_atomically(path: Path, data: bytes) -> None:
    # A temporary name of our own (not mkstemp's), so the file gets the usual permissions.
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
