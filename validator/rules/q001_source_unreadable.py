"""Q001 source-unreadable: the cited source cannot be used.

The source must be a regular UTF-8 file inside the repository root. An absolute
path, a path whose `..` leaves the root, or a symlink that resolves outside it is
refused and never opened. A missing, unreadable or non-UTF-8 file is reported
here, and none of the file's quotes can be checked.

Bad:

    source:
      path: /etc/passwd
    source:
      path: ../other-repo/seeds/article.txt

Good:

    source:
      path: seeds/004_454c6d8bf6139045.txt
"""

from validator.finding import Severity
from validator.rules.base import issues

CODE = "Q001"
NAME = "source-unreadable"
SEVERITY = Severity.ERROR
SUMMARY = "source missing, unreadable, not UTF-8, or outside the repository root"


def check(dataset):
    return issues(dataset, CODE, SEVERITY)
