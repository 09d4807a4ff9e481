"""What `validate --export DIR` and `validate --summary` do, kept out of validator.cli so that
plain runs never import it (cli imports this module only when one of the options is given)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from validator.dataset import Dataset
from validator.engine import Options, Result, load
from validator.errors import UsageError
from validator.export import files, summary


def check_combinations(args: argparse.Namespace) -> None:
    """Refuse the options that would export part of the dataset, or end the run before it."""
    if args.export_anyway and not args.export:
        raise UsageError("--export-anyway works only with --export DIR")
    if not (args.export or args.summary):
        return
    option = "--export" if args.export else "--summary"
    if args.export and args.summary:
        raise UsageError("--export and --summary do not mix; --summary only prints")
    if args.changed_only or args.changed_since:
        raise UsageError(f"{option} covers the whole dataset; drop --changed-only/--changed-since")
    if args.write_baseline or args.diff or args.show_figures:
        raise UsageError(f"{option} does not mix with --write-baseline, --diff or --show-figures")


def render_summary(dataset: Dataset) -> str:
    """The event table as text (validate --summary): the dataset as loaded, no rule run."""
    return summary.render(dataset)


def export(result: Result, options: Options, folder: str, anyway: bool) -> None:
    """Write the export when the run has no error (an unaccepted error or an internal one),
    or regardless with `anyway`; say on standard error what was written or why not.

    The rows are read from the dataset loaded afresh, with the run's findings: a run served
    from .validate_cache/ holds only a thin copy of each claims file (no quotes, notes or
    source titles), enough for the checks but not for the tables."""
    failing = result.internal_errors > 0 or any(f.fails for f in result.findings)
    if failing and not anyway:
        print(f"validate: export not written: the run has errors (--export-anyway writes {folder} all the same)",
              file=sys.stderr)
        return
    built = files.build(load(options), result.findings)
    files.write(built, Path(folder))
    print(f"validate: exported {built.figures} figure{'s' * (built.figures != 1)} and {built.events} event "
          f"row{'s' * (built.events != 1)} to {folder}", file=sys.stderr)
    if built.unjudged:
        print(f"validate: export: no rows for {len(built.unjudged)} claim{'s' * (len(built.unjudged) != 1)} whose "
              f"claim text or quote could not be read: {', '.join(built.unjudged)}", file=sys.stderr)
