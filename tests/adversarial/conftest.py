"""Shared by the adversarial tests: a scratch repository, the whole pipeline run in-process
under a watchdog, and the checks every run must pass whatever it was fed."""

from __future__ import annotations

import contextlib
import io
import json
import signal
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers import working_in
from validator.cli import main

SOURCE_TEXT = (
    "Police have arrested 38 suspects in 18 countries.\n"
    "The arrests included 17 in Spain, six in Colombia, four in Italy and two in Germany.\n"
)
WATCHDOG_SECONDS = 30  # far above any run here; only a hang reaches it
MESSAGE_LIMIT = 70_000  # the loader's longest value (64 Ki characters) plus a message around it

# How many generated inputs went through the loader or the pipeline in this session, per test.
GENERATED: dict[str, int] = {}


def count(name: str) -> None:
    GENERATED[name] = GENERATED.get(name, 0) + 1


def pytest_terminal_summary(terminalreporter) -> None:
    if GENERATED:
        total = sum(GENERATED.values())
        detail = ", ".join(f"{name} {n}" for name, n in sorted(GENERATED.items()))
        terminalreporter.write_line(f"adversarial: {total} generated inputs ran ({detail})")


class Hang(Exception):
    """The watchdog fired: what was running would have hung CI."""


@contextlib.contextmanager
def watchdog(seconds: float = WATCHDOG_SECONDS) -> Iterator[None]:
    def fire(signum, frame):
        raise Hang(f"no result after {seconds} s")

    previous = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Outcome:
    status: int
    out: str
    err: str

    @property
    def findings(self) -> list[dict]:
        return json.loads(self.out)["findings"] if self.out else []

    @property
    def codes(self) -> set[str]:
        return {f["code"] for f in self.findings}


def make_repo(root: Path, source_text: str = SOURCE_TEXT) -> Path:
    """A repository root with one readable source, `seeds/source.txt`, and an empty `claims/`."""
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    (root / "claims").mkdir(exist_ok=True)
    (root / "seeds" / "source.txt").write_text(source_text, encoding="utf-8")
    return root


def validate(repo: Path, *args: str, cache: bool = False) -> Outcome:
    """`validate --root REPO --format json ARGS` in-process, from inside REPO, under the watchdog."""
    out, err = io.StringIO(), io.StringIO()
    argv = ["--root", str(repo), "--format", "json", *([] if cache else ["--no-cache"]), *args]
    with working_in(repo), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), watchdog():
        status = main(argv)
    return Outcome(status, out.getvalue(), err.getvalue())


def assert_clean(outcome: Outcome) -> None:
    """What any input must give: findings (exit 0 or 1) or one usage-error line (exit 2); no
    traceback, no internal error, and no message long enough to flood a CI log."""
    assert "Traceback" not in outcome.out + outcome.err
    assert outcome.status in (0, 1, 2), outcome
    if outcome.status == 2:
        assert outcome.out == ""
        assert outcome.err.count("\n") == 1 and outcome.err.startswith("validate: "), outcome.err
        assert "internal error" not in outcome.err, outcome.err
        return
    assert outcome.err == "", outcome.err
    findings = outcome.findings
    assert all("internal error" not in f["message"] for f in findings), findings
    assert all(len(f["message"]) <= MESSAGE_LIMIT for f in findings)
    assert all(f["line"] >= 1 and f["column"] >= 1 for f in findings)


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path / "repo")


@pytest.fixture(scope="module")
def shared_repo(tmp_path_factory) -> Path:
    """One repository for a whole module of generated inputs (hypothesis reruns a test body many
    times, where a function-scoped fixture would be shared anyway)."""
    return make_repo(tmp_path_factory.mktemp("fuzz"))
