"""The `validate` command behind `cli.main`: parse arguments, run the engine, render, choose the exit status."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from validator import __version__, changes
from validator.config import (
    Config,
    apply_per_path_ignores,
    check,
    find_config,
    load,
    override,
    repo_relative,
)
from validator.config import render as render_config
from validator.engine import Options, Result, run, use_vocabulary, vocabulary_file
from validator.engine import load as load_dataset
from validator.errors import UsageError
from validator.finding import Severity
from validator.report import FORMATS, reporter
from validator.report import text as text_report
from validator.rules import registry

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _codes(value: str) -> list[str]:
    return [part.strip().upper() for part in value.split(",") if part.strip()]


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="validate", description="Check hand-entered claims against their source articles.")
    parser.add_argument("paths", nargs="*", help="claims files or directories (default: claims/)")
    parser.add_argument("--format", "--output-format", dest="format", choices=sorted(FORMATS),
                        help="output format (default: text)")
    parser.add_argument("--output", metavar="FILE", help="write the report to FILE instead of standard output")
    parser.add_argument("--report-date", nargs="?", const="today", metavar="DATE",
                        help="with --format html: show DATE (default: today) in the report's header; without "
                             "it the page has no date, so two runs on the same input are byte-identical")
    parser.add_argument("--select", type=_codes, action="extend", default=[], metavar="CODES",
                        help="only these rule codes or prefixes (comma-separated, e.g. Q,V001)")
    parser.add_argument("--ignore", type=_codes, action="extend", default=[], metavar="CODES",
                        help="skip these rule codes or prefixes")
    parser.add_argument("--root", metavar="DIR", help="repository root that sources are relative to")
    parser.add_argument("--no-accept", action="store_true", help="report accepted findings as if not accepted")
    parser.add_argument("--no-cache", action="store_true",
                        help="neither read nor write per-file results under .validate_cache/")
    parser.add_argument("--explain", metavar="CODE", help="print a rule's documentation with examples")
    parser.add_argument("--list-rules", action="store_true", help="list every rule code")
    parser.add_argument("--list-measures", action="store_true",
                        help="list the vocabulary of measures (built-in and the project's measures.yaml): "
                             "name, kind, where it comes from, claim words")
    parser.add_argument("--show-figures", action="store_true",
                        help="list each claim's figures with the source text that supports each, and exit")
    parser.add_argument("--show-accepted", action="store_true",
                        help="print accepted findings too, with their reasons (text output; counted either way)")
    parser.add_argument("--statistics", action="store_true",
                        help="print a table of findings per code instead of the findings")
    parser.add_argument("--version", action="version", version=f"validate {__version__}")
    _gate_options(parser)
    _export_options(parser)
    _draft_options(parser)
    return parser


def _percent(value: str) -> float:
    try:
        number = float(value.rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a percentage: '{value}'") from None
    if not 0 <= number <= 100:
        raise argparse.ArgumentTypeError(f"not between 0 and 100: '{value}'")
    return number


def _draft_options(parser: argparse.ArgumentParser) -> None:
    """From an article to claims: draft a claims file from a source; report what no claim captures."""
    parser.add_argument("--draft", metavar="SOURCE",
                        help="print a claims file drafted from SOURCE (--output FILE to write it) and exit")
    parser.add_argument("--event", metavar="EVENT", help="with --draft: the event (default: a slug of the title)")
    parser.add_argument("--prefix", metavar="PREFIX",
                        help="with --draft: the claim ids' prefix (default: a slug of the source's file name)")
    parser.add_argument("--coverage", action="store_true",
                        help="also report each cited source's figures no claim captures (U001) and its coverage")
    parser.add_argument("--min-coverage", type=_percent, metavar="PERCENT",
                        help="with --coverage (implied): fail when a source's coverage is below PERCENT")


def _drafted(args: argparse.Namespace, config: Config) -> int:
    """Write the draft of args.draft; an existing --output file is never overwritten."""
    from validator.draft import draft

    output = Path(args.output) if args.output else None
    if output is not None and output.exists():
        raise UsageError(f"--output {args.output}: already exists; a draft never overwrites a file")
    root = Path(config.root or ".")
    use_vocabulary(Options(root=root, measures=config.measures))
    _write(draft(Path(args.draft), root, args.event, args.prefix, output, config.measures,
                 config.about_tolerance), args.output)
    return EXIT_OK


def _with_coverage(options: Options, args: argparse.Namespace) -> Options:
    if not (args.coverage or args.min_coverage is not None):
        return options
    from dataclasses import replace

    return replace(options, coverage=True, min_coverage=args.min_coverage)


def _coverage_status(result: Result, status: int) -> int:
    """The exit status, made a failure when a source's coverage is below --min-coverage."""
    from validator import coverage

    low = coverage.below(coverage.of(result.dataset))
    for stat in low:
        print(f"validate: coverage of {stat.source} is {stat.percent:.0f}%, below --min-coverage "
              f"{stat.minimum:g}%", file=sys.stderr)
    return EXIT_FINDINGS if low and status == EXIT_OK else status


def _export_options(parser: argparse.ArgumentParser) -> None:
    """Options that hand the checked dataset on: tables for other tools, a per-event summary."""
    parser.add_argument("--export", metavar="DIR",
                        help="after checking, write figures.csv, figures.jsonl, events.csv and datapackage.json "
                             "to DIR (only when the run has no errors)")
    parser.add_argument("--export-anyway", action="store_true",
                        help="with --export: write even when the run has errors")
    parser.add_argument("--summary", action="store_true",
                        help="print each event's figures per measure and place, with their sources, and exit")


def _export_command(args: argparse.Namespace):
    """validator.export.command when an export option is given (checked), else None: imported
    here, not at the top, so that plain runs never load it."""
    if not (args.export or args.export_anyway or args.summary):
        return None
    from validator.export import command

    command.check_combinations(args)
    return command


def _tolerance(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: '{value}'") from None


def _gate_options(parser: argparse.ArgumentParser) -> None:
    """Options for running as a gate: configuration, narrowed reports, baselines and fixes."""
    parser.add_argument("--config", metavar="FILE",
                        help="read settings from FILE (default: the nearest validate.toml, or pyproject.toml "
                             "with [tool.validate])")
    parser.add_argument("--show-config", action="store_true", help="print the effective configuration and exit")
    parser.add_argument("--fail-on", choices=["error", "warning"], help="lowest severity that fails (default: error)")
    parser.add_argument("--about-tolerance", type=_tolerance, metavar="FRACTION",
                        help="how far 'about N' may stray from N (default: 0.10)")
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument("--changed-only", action="store_true",
                       help="check the configured paths, but report only on the PATHS given (claims files, "
                            "or sources: then the claims citing them); for pre-commit")
    scope.add_argument("--changed-since", metavar="REF",
                       help="check everything, but report only on files changed since git REF (and claims "
                            "whose sources changed)")
    known = parser.add_mutually_exclusive_group()
    known.add_argument("--baseline", metavar="FILE", help="report only findings not recorded in FILE")
    known.add_argument("--write-baseline", metavar="FILE", help="record the current findings in FILE and exit")
    parser.add_argument("--fix", action="store_true", help="fix Q003 quotes and remove stale accepts (A001)")
    parser.add_argument("--update-pins", action="store_true", help="with --fix: fill in or update sha256 pins")
    parser.add_argument("--diff", action="store_true", help="print the fixes as a unified diff; write nothing")


def find_root(start: Path) -> Path:
    for folder in (start, *start.parents):
        if (folder / "pyproject.toml").is_file() or (folder / ".git").exists():
            return folder
    return start


def explain(code: str) -> str:
    rule = registry().get(code.upper())
    if rule is None:
        raise UsageError(f"unknown rule code '{code}'; see --list-rules")
    return f"{rule.doc}\n\nDefault severity: {rule.severity.value}.\n"


def list_rules() -> str:
    return "".join(f"{r.code}  {r.severity.value:<7}  {r.name:<24} {r.summary}\n" for r in registry().values())


def list_measures() -> str:
    """The vocabulary of this run, one line per measure: name, kind, origin, claim words."""
    from validator.figures.measures import listing

    return listing()


def effective_config(args: argparse.Namespace) -> Config:
    """The configuration file's settings, overridden by the flags given."""
    cwd = Path.cwd()
    path = Path(args.config) if args.config else find_config(cwd)
    if path is not None and not path.is_file():
        raise UsageError(f"--config {args.config}: no such file")
    formats, codes = FORMATS, registry()
    config = load(path, cwd, formats, codes) if path is not None else Config()
    config = override(config, paths=None if args.changed_only else tuple(args.paths), root=args.root,
                      select=tuple(args.select), ignore=tuple(args.ignore), fail_on=args.fail_on,
                      about_tolerance=args.about_tolerance, format=args.format)
    check(config, formats, codes, "")
    if config.root is None:
        config = override(config, root=Path(os.path.relpath(find_root(cwd), cwd)).as_posix())
    if config.measures is None:
        found = vocabulary_file(Options(root=Path(config.root or ".")))
        config = override(config, measures=None if found is None else found.as_posix())
    return config


def _options(config: Config, args: argparse.Namespace) -> Options:
    root = Path(config.root or ".")
    if not root.is_dir():
        raise UsageError(f"--root {config.root}: not a directory")
    paths, focus = config.paths, None
    if args.changed_only:
        paths += tuple(changes.extra_claims_files(paths, args.paths))
        focus = tuple(args.paths)
    elif args.changed_since:
        focus = tuple(str(p) for p in changes.changed_since(args.changed_since, Path.cwd()))
    return Options(paths=paths, root=root, select=config.select, ignore=config.ignore,
                   use_accepts=not args.no_accept, about_tolerance=config.about_tolerance,
                   use_cache=not (args.no_cache or args.fix or args.diff),  # --fix edits the full files
                   focus=focus, measures=config.measures)


def _check_combinations(args: argparse.Namespace) -> None:
    if args.update_pins and not (args.fix or args.diff):
        raise UsageError("--update-pins works only with --fix or --diff")
    if args.write_baseline and (args.changed_only or args.changed_since):
        raise UsageError("--write-baseline records the whole dataset; drop --changed-only/--changed-since")
    if args.write_baseline and (args.fix or args.diff):
        raise UsageError("--write-baseline and --fix/--diff do not mix; fix first, then write the baseline")


def _checked(config: Config, options: Options, args: argparse.Namespace) -> Result:
    """Run the rules (on what the changed files depend on, with a focus), then narrow the report."""
    result = run(options)
    result.findings = apply_per_path_ignores(result.findings, config)
    return result if options.focus is None else changes.restrict(result, options.focus)


def _fix(result: Result, args: argparse.Namespace) -> int | None:
    """Apply or show the fixes; an exit status when the run ends here (--diff)."""
    from validator import fix  # ruamel.yaml is loaded only by runs that rewrite files

    plan = fix.plan(result, result.findings, args.update_pins)
    for note in plan.notes:
        print(f"validate: {note}", file=sys.stderr)
    if args.diff:
        _write(fix.diff(plan.fixes), args.output)
        return EXIT_FINDINGS if plan.fixes else EXIT_OK
    fix.write(plan.fixes)
    files = len(plan.fixes)
    print(f"validate: fixed {plan.count} problem{'' if plan.count == 1 else 's'} "
          f"in {files} file{'' if files == 1 else 's'}" if files else "validate: nothing to fix", file=sys.stderr)
    return None


def _against_baseline(result: Result, path: str) -> Result:
    root = result.dataset.root
    files = {repo_relative(f.path, root) or f.path for f in result.dataset.files}
    from validator import baseline

    new, stale = baseline.compare(result.findings, baseline.read(path), root, files)
    for key in stale:
        print(f"validate: info: baseline entry matches no finding (fixed?): {key.describe()}; "
              f"--write-baseline {path} drops it", file=sys.stderr)
    return Result(result.dataset, new, result.internal_errors)


def _exit_status(result: Result, fail_on: str = "error") -> int:
    if result.internal_errors:
        return EXIT_USAGE
    failing = {Severity.ERROR, Severity.WARNING} if fail_on == "warning" else {Severity.ERROR}
    return EXIT_FINDINGS if any(f.severity in failing and not f.accepted for f in result.findings) else EXIT_OK


def _write(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"--output {output}: {exc.strerror}") from None


def _colour(args: argparse.Namespace) -> bool:
    return args.output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _report(result: Result, name: str, args: argparse.Namespace) -> str:
    """The rendered report: the statistics table, the quiet or full text, or another format."""
    if args.statistics:
        return text_report.statistics(result)
    if args.report_date is not None and name != "html":
        raise UsageError("--report-date works only with --format html")
    if name == "text":
        return text_report.render(result, _colour(args), show_accepted=args.show_accepted)
    if args.report_date is not None:
        return reporter(name)(result, _colour(args), date=_report_date(args.report_date))
    return reporter(name)(result, _colour(args))


def _report_date(value: str) -> str:
    """What --report-date shows: the date given, or today's (local) for the bare flag."""
    if value == "today":
        import datetime

        return datetime.date.today().isoformat()
    if not value.strip():
        raise UsageError("--report-date: give a date, or no value for today's")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.explain:
            _write(explain(args.explain), args.output)
            return EXIT_OK
        if args.list_rules:
            _write(list_rules(), args.output)
            return EXIT_OK
        config = effective_config(args)
        if args.show_config:
            _write(render_config(config), args.output)
            return EXIT_OK
        if args.list_measures:
            use_vocabulary(Options(root=Path(config.root or "."), measures=config.measures))
            _write(list_measures(), args.output)
            return EXIT_OK
        if args.draft:
            return _drafted(args, config)
        _check_combinations(args)
        exporting = _export_command(args)
        options = _with_coverage(_options(config, args), args)
        if args.summary:
            _write(exporting.render_summary(load_dataset(options)), args.output)
            return EXIT_OK
        if args.show_figures:
            from validator.report import figures_view

            _write(figures_view.render(load_dataset(options)), args.output)
            return EXIT_OK
        result = _checked(config, options, args)
        if args.write_baseline:
            from validator import baseline

            count = baseline.write(args.write_baseline, result.findings, result.dataset.root)
            print(f"validate: wrote {count} baseline entr{'y' if count == 1 else 'ies'} to {args.write_baseline}",
                  file=sys.stderr)
            return EXIT_OK
        if args.fix or args.diff:
            ended = _fix(result, args)
            if ended is not None:
                return ended
            result = _checked(config, options, args)
        if args.baseline:
            result = _against_baseline(result, args.baseline)
        _write(_report(result, config.format, args), args.output)
        if args.export:
            exporting.export(result, options, args.export, args.export_anyway)
        status = _exit_status(result, config.fail_on)
        return _coverage_status(result, status) if options.coverage else status
    except UsageError as exc:
        print(f"validate: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as exc:  # --help and --version end through argparse
        return int(exc.code or 0)
    except KeyboardInterrupt:
        print("validate: interrupted", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # the last guard: a gate must print one line, never a traceback
        print(f"validate: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_USAGE
