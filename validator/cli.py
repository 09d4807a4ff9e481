"""The `validate` entry point. `validate --version` is answered before anything else is loaded
(start-up is paid on every commit the hook checks); every other use goes to `commands`."""

from __future__ import annotations

import gc
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


def console() -> None:
    """The command as installed: `main` with the cyclic garbage collector off for the process.
    A run keeps most of what it builds until it ends, so collections would only rescan it
    (about a fifth of a warm 100k-claim run); reference counting still frees the rest."""
    gc.disable()
    sys.exit(main())
