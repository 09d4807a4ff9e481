"""A run, in stages: discover → load → check each file → compare files → apply accepts →
sorted findings (see `run`). Checking a file is `checking.check_file`; `results_cache` stores its
result by key; `workers` runs it in other processes."""

from __future__ import annotations

import functools
import gc
import os
from dataclasses import dataclass, field
from pathlib import Path

from validator.dataset import (
    ClaimsFile,
    Dataset,
    build_file,
    discover,
    read_claims_file,
    shown_name,
)
from validator.errors import UsageError
from validator.figures import measures
from validator.finding import Finding, Severity, Span
from validator.intervals import DEFAULT_TOLERANCE
from validator.related import Changed, LinkIndex, in_scope, index_key, related
from validator.checked import Checked
from validator.checking import check_file
from validator.results_cache import ResultsCache, dataset_key, entry_key, source_tag
from validator.workers import check_all
from validator.rules import select
from validator.rules.base import Rule
from validator.sources import SourceError, Sources

STALE_ACCEPT = "A001"


@dataclass(frozen=True)
class Options:
    paths: tuple[str, ...] = ("claims/",)
    root: Path = Path(".")
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    use_accepts: bool = True
    about_tolerance: float = DEFAULT_TOLERANCE
    use_cache: bool = True
    focus: tuple[str, ...] | None = None  # changed paths: load only what their findings depend on
    measures: str | None = None  # the project's vocabulary file; None: <root>/measures.yaml if there is one
    coverage: bool = False  # also report the figures of cited sources no claim captures (U001)
    min_coverage: float | None = None  # percent: a source below it fails the run (with coverage)


@dataclass
class Result:
    dataset: Dataset
    findings: list[Finding] = field(default_factory=list)
    internal_errors: int = 0


def display_path(path: Path) -> str:
    """A claims file's path as findings show it: relative to the working folder, escaped when
    its name is not valid UTF-8 or holds a control character (S006)."""
    if not path.is_absolute() and ".." not in path.parts:
        return shown_name(path.as_posix())  # already relative to the working folder, as relpath would give it
    try:
        return shown_name(Path(os.path.relpath(path)).as_posix())
    except ValueError:  # another drive on Windows
        return shown_name(path.as_posix())


def _read(path: Path) -> bytes:
    return read_claims_file(path)  # a usage error for a missing file, a FIFO or a device; never waits


def vocabulary_file(options: Options) -> Path | None:
    """The project's vocabulary file: the one the configuration names, else measures.yaml at
    the repository root when there is one, else None (the built-in vocabulary only)."""
    if options.measures is not None:
        return Path(options.measures)
    found = Path(options.root) / measures.PROJECT_FILE
    return found if found.is_file() else None


def use_vocabulary(options: Options) -> measures.Project | None:
    """Install the run's vocabulary (built-in, extended by the project's file) before any claim
    or source is read. A broken file is a usage error naming its line."""
    path = vocabulary_file(options)
    if path is None:
        measures.install(None)
        return None
    if not path.is_file():
        raise UsageError(f"{display_path(path)}: no such file (the vocabulary the configuration's "
                         "'measures' names)")
    try:
        chosen = measures.load_project(path, display_path(path))
    except measures.VocabularyError as exc:
        raise UsageError(str(exc)) from None
    measures.install(chosen)
    return chosen


def load(options: Options) -> Dataset:
    """The dataset as loaded, without running any rule."""
    use_vocabulary(options)
    sources = Sources(options.root)
    files = [build_file(display_path(p), _read(p), sources) for p in discover(list(options.paths))]
    return Dataset(options.root, files, options.about_tolerance)


def _load_checked(options: Options) -> tuple[Dataset, list[Checked], _Loader]:
    """The files loaded and checked by the file-scope rules, from the cache where it can be:
    every file, or with `focus` those in scope and those sharing an id or event with them."""
    sources = Sources(options.root)
    loader = _Loader(options, sources, ResultsCache(options.root, options.use_cache))
    files = [(display_path(p), _read(p)) for p in discover(list(options.paths))]
    index = LinkIndex(loader.store.folder, loader.store.enabled)
    keys = [index_key(display, raw) for display, raw in files] if index.enabled else []
    if options.focus is not None and index.enabled:
        wanted = _focused(files, keys, index, loader, options)
    else:
        wanted = list(range(len(files)))
    found = loader.check(files, wanted)
    for i in wanted if index.enabled else ():
        index.learn(keys[i], found[i].claims_file)
    index.save(set(keys))
    checked_files = [found[i] for i in wanted]
    for checked in checked_files:
        _attach_source(checked.claims_file, sources)
    dataset = Dataset(options.root, [c.claims_file for c in checked_files], options.about_tolerance)
    loader.used = [loader.keys[i] for i in wanted]
    return dataset, checked_files, loader


def _focused(files: list[tuple[str, bytes]], keys: list[str], index: LinkIndex, loader: _Loader,
             options: Options) -> list[int]:
    """Positions of the files in scope of `options.focus` and of those related to them."""
    unknown = [i for i, key in enumerate(keys) if index.get(key) is None]
    for i, checked in loader.check(files, unknown).items():
        index.learn(keys[i], checked.claims_file)
    links = {i: index.entries[key] for i, key in enumerate(keys)}
    changed = Changed(options.focus or ())
    chosen = [i for i in links if in_scope(links[i], files[i][0], changed, options.root)]
    picked = set(chosen)
    others = {i: found for i, found in links.items() if i not in picked}
    return sorted(chosen + related([links[i] for i in chosen], others))


class _Loader:
    """Files checked by the file-scope rules: from the cache, else computed (and cached)."""

    def __init__(self, options: Options, sources: Sources, store: ResultsCache) -> None:
        self.options, self.sources, self.store = options, sources, store
        self.done: dict[int, Checked] = {}
        self.keys: dict[int, str] = {}  # each file's entry key, by its position
        self.used: list[str] = []  # the entry keys of the files the run checks, in order

    def check(self, files: list[tuple[str, bytes]], wanted: list[int]) -> dict[int, Checked]:
        options, found, keys = self.options, {}, {}
        for i in wanted:
            if i in self.done:
                found[i] = self.done[i]
                continue
            display, raw = files[i]
            keys[i] = self.keys[i] = entry_key(display, raw, source_tag(raw, self.sources), options.about_tolerance)
            hit = self.store.get(keys[i])
            if hit is not None:
                found[i] = hit
        missing = [i for i in wanted if i not in found]
        fresh = check_all([files[i] for i in missing], options.root, options.about_tolerance, self.sources,
                          parallel=options.use_cache)
        for i, (checked, blob) in zip(missing, fresh):
            self.store.put(keys[i], blob)
            found[i] = checked
        self.done.update(found)
        return found


def _attach_source(claims_file: ClaimsFile, sources: Sources) -> None:
    if claims_file.source is None and claims_file.header is not None and claims_file.source_error is None:
        try:
            claims_file.source = sources.get(claims_file.header.source.path)
        except SourceError:
            pass  # it changed under us; the cache key already made this a fresh entry


def _gc_paused(function):
    """Run `function` with the cyclic garbage collector off: a run builds hundreds of thousands of
    long-lived objects and frees little, so collections only rescan them (a third of a warm
    100k-claim run). Reference counting still frees everything that is not in a cycle."""

    @functools.wraps(function)
    def paused(*args, **kwargs):
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return paused


@_gc_paused
def run(options: Options, dataset: Dataset | None = None) -> Result:
    """One run, stage by stage: discover and load the claims files, check each file (the
    file-scope rules, answered by the results cache where it can), compare the files (the
    dataset rules, answered by the cache when no file changed since the last run), apply the
    accepts, and sort what the report shows."""
    use_vocabulary(options)
    rules = select(list(options.select), list(options.ignore))
    loader = None
    if dataset is None:
        dataset, checked, loader = _load_checked(options)
    else:
        checked = [check_file(f, dataset.root, dataset.about_tolerance) for f in dataset.files]
    result = Result(dataset)
    _file_findings(result, checked, {rule.code for rule in rules})
    if loader is None or not loader.store.enabled or options.coverage:  # coverage also leaves stats for the report
        _compare_files(result, rules, options)
    else:
        _compare_files_remembered(result, rules, options, loader)
    if options.use_accepts:
        _accept(result, rules)
    result.findings = sorted(set(result.findings), key=Finding.sort_key)
    return result


def _file_findings(result: Result, checked: list[Checked], chosen: set[str]) -> None:
    """The selected file-scope rules' findings on each file, and the rules that failed on one."""
    for item in checked:
        result.findings.extend(f for f in item.findings if f.code in chosen)
        result.internal_errors += sum(1 for code in item.failed if code in chosen)


def _compare_files(result: Result, rules: list[Rule], options: Options) -> None:
    """The rules that compare claims across files, and coverage when asked for."""
    for rule in rules:
        if rule.scope == "dataset" and rule.code != STALE_ACCEPT:
            _run_rule(rule, result.dataset, result)
        if rule.scope == "coverage" and options.coverage:  # U001: see validator.coverage
            result.dataset.shared["coverage-minimum"] = options.min_coverage  # read by validator.coverage
            _run_rule(rule, result.dataset, result)


def _compare_files_remembered(result: Result, rules: list[Rule], options: Options, loader: _Loader) -> None:
    """`_compare_files`, its findings read back from the cache when the last run checked the
    same files with the same rules."""
    key = dataset_key(loader.used, (str(options.root), *sorted(rule.code for rule in rules)))
    remembered = loader.store.dataset_findings(key)
    if remembered is not None:
        result.findings.extend(remembered[0])
        result.internal_errors += remembered[1]
        return
    before, errors = len(result.findings), result.internal_errors
    _compare_files(result, rules, options)
    loader.store.put_dataset_findings(key, result.findings[before:], result.internal_errors - errors)


def _accept(result: Result, rules: list[Rule]) -> None:
    """Mark the findings the claims accept, then report the accepts that match none (A001)."""
    chosen = {rule.code for rule in rules}
    result.findings = _apply_accepts(result.dataset, result.findings)
    for rule in rules:
        if rule.code == STALE_ACCEPT:
            result.findings.extend(rule.check(result.dataset, result.findings, chosen))


def _run_rule(rule: Rule, dataset: Dataset, result: Result) -> None:
    try:
        result.findings.extend(rule.check(dataset))
    except Exception as exc:  # one broken rule must not silence the others
        result.internal_errors += 1
        where = dataset.files[0].path if dataset.files else "."
        result.findings.append(Finding(rule.code, Severity.ERROR,
                                       f"internal error in rule {rule.code}: {type(exc).__name__}: {exc}",
                                       where, Span()))


def _apply_accepts(dataset: Dataset, findings: list[Finding]) -> list[Finding]:
    reasons: dict[tuple[str, str, str], str] = {}
    for record in dataset.claims():
        for accept in record.claim.accept:
            reasons.setdefault((record.file.path, record.id, accept.rule), accept.reason)
    out = []
    for finding in findings:
        reason = reasons.get((finding.file, finding.claim_id or "", finding.code))
        out.append(finding.accept(reason) if reason is not None else finding)
    return out
