"""The `validate` command: parse arguments, run the engine, render, choose the exit status."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from validator import __version__
from validator.engine import Options, Result, run
from validator.errors import UsageError
from validator.report import reporters
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
    parser.add_argument("--format", choices=sorted(reporters()), default="text", help="output format")
    parser.add_argument("--output", metavar="FILE", help="write the report to FILE instead of standard output")
    parser.add_argument("--select", type=_codes, action="extend", default=[], metavar="CODES",
                        help="only these rule codes or prefixes (comma-separated, e.g. Q,V001)")
    parser.add_argument("--ignore", type=_codes, action="extend", default=[], metavar="CODES",
                        help="skip these rule codes or prefixes")
    parser.add_argument("--root", metavar="DIR", help="repository root that sources are relative to")
    parser.add_argument("--no-accept", action="store_true", help="report accepted findings as if not accepted")
    parser.add_argument("--explain", metavar="CODE", help="print a rule's documentation with examples")
    parser.add_argument("--list-rules", action="store_true", help="list every rule code")
    parser.add_argument("--version", action="version", version=f"validate {__version__}")
    return parser


def find_root(start: Path) -> Path:
    for folder in (start, *start.parents):
        if (folder / "pyproject.toml").is_file() or (folder / ".git").exists():
            return folder
    return start


def explain(code: str) -> str:
    rule = registry().get(code.upper())
    if rule is None:
        raise UsageError(f"unknown rule code '{code}'; see --list-rules")
    return f"{rule.code} ({rule.name}, {rule.severity.value}): {rule.summary}\n\n{rule.doc}\n"


def list_rules() -> str:
    return "".join(f"{r.code}  {r.severity.value:<7}  {r.name:<24} {r.summary}\n" for r in registry().values())


def _options(args: argparse.Namespace) -> Options:
    root = Path(args.root) if args.root else find_root(Path.cwd())
    if not root.is_dir():
        raise UsageError(f"--root {args.root}: not a directory")
    known = registry()
    for code in (*args.select, *args.ignore):
        if not any(c.startswith(code) for c in known):
            raise UsageError(f"no rule code matches '{code}'; see --list-rules")
    return Options(
        paths=tuple(args.paths or ["claims/"]),
        root=root,
        select=tuple(args.select),
        ignore=tuple(args.ignore),
        use_accepts=not args.no_accept,
    )


def _exit_status(result: Result) -> int:
    if result.internal_errors:
        return EXIT_USAGE
    return EXIT_FINDINGS if any(f.fails for f in result.findings) else EXIT_OK


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


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.explain:
            _write(explain(args.explain), args.output)
            return EXIT_OK
        if args.list_rules:
            _write(list_rules(), args.output)
            return EXIT_OK
        result = run(_options(args))
        _write(reporters()[args.format](result, _colour(args)), args.output)
        return _exit_status(result)
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
