"""S006 file-name: a claims file whose name cannot be shown as it is.

A file name that is not valid UTF-8 (bytes a program wrote in another encoding) or that holds a
line break, a tab or another control character cannot be printed, put in JSON, SARIF, JUnit or
an annotation as it is, and a finding at `file:line:col` would break the line it is on. Such a
file is still checked; it is shown with escapes (`claims/bad-\\xff-name.yaml`,
`claims/two\\nlines.yaml`) wherever its path appears, and this warning says so (a name that
already holds such an escape, `\\x2d`, is reported too: it cannot be told from one). `--fix`
leaves it alone. Rename the file.

Bad:

    claims/d\\xe9j\\xe0-vu.yaml        # Latin-1 bytes in the name
    claims/tantalio
    update.yaml                       # a line break in the name

Good:

    claims/004-tantalio-update.yaml
"""

from validator.dataset import shown_name_is_escaped
from validator.finding import Severity, Span
from validator.rules.base import at_file

CODE = "S006"
NAME = "file-name"
SEVERITY = Severity.WARNING
SCOPE = "file"
SUMMARY = "file name is not valid UTF-8 or holds a control character"


def check(dataset):
    for claims_file in dataset.files:
        if shown_name_is_escaped(claims_file.path):
            yield at_file(CODE, SEVERITY, claims_file, Span(),
                          f"the file's name is not valid UTF-8 or holds a control character; it is shown "
                          f"escaped as '{claims_file.path}': rename it")
