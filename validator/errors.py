"""The one exception type for fatal usage errors (exit status 2)."""


class UsageError(Exception):
    """A problem with how the tool was called: reported on one line, exit 2."""
