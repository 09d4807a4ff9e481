"""A baseline: the findings a dataset already had when the gate was adopted, so only new ones fail.

An entry is keyed by what the finding is about, never where it stands: rule code, file
(relative to the repository root), claim id and a hash of the claim or quote text. Moving
claims within a file or editing other claims leaves every key intact. Keys are counted, so
two identical findings need two entries.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from validator.config import repo_relative
from validator.errors import UsageError
from validator.finding import Finding

FORMAT = "figurecheck-baseline"
VERSION = 1


@dataclass(frozen=True, order=True, slots=True)
class Key:
    code: str
    file: str
    claim_id: str
    subject: str  # a short hash of the finding's subject text

    def describe(self) -> str:
        claim = f" [{self.claim_id}]" if self.claim_id else ""
        return f"{self.code} in {self.file}{claim}"


def subject_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def key_of(finding: Finding, root: Path) -> Key:
    file = repo_relative(finding.file, root) or Path(os.path.abspath(finding.file)).as_posix()
    return Key(finding.code, file, finding.claim_id or "", subject_hash(finding.subject))


def recorded(findings: Iterable[Finding]) -> list[Finding]:
    """What a baseline holds: every finding not already accepted in the claims file itself."""
    return [f for f in findings if not f.accepted]


def render(findings: Iterable[Finding], root: Path) -> str:
    counts = Counter(key_of(f, root) for f in recorded(findings))
    entries = [{"code": k.code, "file": k.file, "claim_id": k.claim_id or None, "subject": k.subject, "count": n}
               for k, n in sorted(counts.items())]
    document = {"format": FORMAT, "version": VERSION, "entries": entries}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def write(path: str, findings: Iterable[Finding], root: Path) -> int:
    text = render(findings, root)
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"--write-baseline {path}: {exc.strerror}") from None
    return sum(e["count"] for e in json.loads(text)["entries"])


def read(path: str) -> Counter[Key]:
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"--baseline {path}: {exc.strerror}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"--baseline {path}: not valid JSON ({exc})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise UsageError(f"--baseline {path}: not a figurecheck baseline (write one with --write-baseline)")
    if document.get("version") != VERSION:
        raise UsageError(f"--baseline {path}: baseline version {document.get('version')!r}; "
                         f"this validate reads version {VERSION}")
    counts: Counter[Key] = Counter()
    for i, entry in enumerate(document.get("entries", [])):
        try:
            key = Key(str(entry["code"]), str(entry["file"]), str(entry["claim_id"] or ""), str(entry["subject"]))
            count = int(entry.get("count", 1))
        except (KeyError, TypeError, ValueError):
            raise UsageError(f"--baseline {path}: entry {i} is malformed") from None
        counts[key] += max(count, 0)
    return counts


def compare(findings: list[Finding], baseline: Counter[Key], root: Path,
            files: set[str] | None = None) -> tuple[list[Finding], list[Key]]:
    """The findings not in the baseline, and the baseline entries no finding used (stale).

    `files` (relative to the root) limits the stale entries to the files the run reports on.
    """
    budget = Counter(baseline)
    new = []
    for finding in findings:
        key = key_of(finding, root)
        if not finding.accepted and budget[key] > 0:
            budget[key] -= 1
        else:
            new.append(finding)
    stale = sorted(k for k, n in budget.items() for _ in range(n) if files is None or k.file in files)
    return new, stale
