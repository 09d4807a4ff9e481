"""The `validate` entry point. `validate --version` is answered before anything else is loaded
(start-up is paid on every commit the hook checks); every other use goes to `commands`."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from validator import __version__


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--version"]:
        sys.stdout.write(f"validate {__version__}\n")
        return 0
    from validator.commands import main as run

    return run(args)
