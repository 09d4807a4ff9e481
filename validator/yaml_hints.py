"""Plain hints for the YAML slips people make when they type prose into a claims file.

The parser's own message ("did not find expected key", "mapping values are not allowed in
this context") names what the parser expected, not what the person typed wrong. For the
commonest slips the lines around the parser's position tell which one it was, so S001
keeps the parser's message and position and adds a hint that says what to change:

* an apostrophe inside a single-quoted value, which ends the value early
  (`quote: 'the police's raid'`);
* a colon followed by a space inside an unquoted value, which YAML reads as a new key
  (`claim: 5 countries: Spain, Italy`);
* a tab in the indentation, which YAML does not allow;
* an item of a list typed without its dash, under items that have one.

Each hint is decided from the text alone, so it never depends on which parser (libyaml
or pure Python) produced the message.
"""

from __future__ import annotations

import re

# `key: 'value'rest`: a single-quoted value (with '' as an escaped quote) followed on the
# same line by more than a comment, so the quote that closed it was an apostrophe.
_QUOTED_THEN_MORE = re.compile(r"^\s*(?:-\s+)?[^\s:#'\"][^:]*:\s+'(?:[^']|'')*'(?!')(?!\s*(?:#.*)?$)")
# `key: value: more`: a plain (unquoted) value that itself holds a colon and a space.
_PLAIN_WITH_COLON = re.compile(r"^(?P<lead>\s*(?:-\s+)?)(?P<key>[^\s:#'\"\-][^:]*):\s+"
                               r"(?P<value>[^\s'\"{\[|>&*!#][^#]*?:\s.*?)\s*(?:\s#.*)?$")
_INDENT = re.compile(r"^[ \t]*")


def hint(text: str, lines_at: list[int], problem: str) -> str | None:
    """A plain hint for the slip behind a YAML syntax error, or None when the lines the
    parser points at (`lines_at`, 1-based: its problem and context positions) show none
    of the known slips. `problem` is the parser's message."""
    lines = text.splitlines()
    candidates = [n for n in dict.fromkeys(lines_at) if 1 <= n <= len(lines)]
    for number in candidates:
        found = _tab(lines, number)
        if found:
            return found
    for number in candidates:
        line = lines[number - 1]
        if _QUOTED_THEN_MORE.match(line):
            return (f"line {number}: an apostrophe ends the single-quoted value early; "
                    "write it as '' (two single quotes) or use double quotes around the value")
        if "mapping values" in problem:
            found = _colon(line, number)
            if found:
                return found
    for number in candidates:
        found = _missing_dash(lines, number)
        if found:
            return found
    return None


def _tab(lines: list[str], number: int) -> str | None:
    """A tab in the indentation of the line, or of the line before it (the scanner may
    stop at the start of the next line)."""
    for at in (number, number - 1):
        indent = _INDENT.match(lines[at - 1]) if at >= 1 else None
        if indent is not None and "\t" in indent.group():
            return f"line {at} is indented with a tab; YAML indentation must be spaces"
    return None


def _colon(line: str, number: int) -> str | None:
    match = _PLAIN_WITH_COLON.match(line)
    if match is None:
        return None
    quoted = match.group("value").replace("'", "''")
    return (f"line {number}: the value holds ': ', which YAML reads as a new key; quote the whole value: "
            f"{match.group('key')}: '{quoted}'")


def _missing_dash(lines: list[str], number: int) -> str | None:
    """The line sits at the indentation of the list items above it, without their '- '."""
    line = lines[number - 1]
    if not line.strip() or line.lstrip().startswith(("-", "#")):
        return None
    indent = len(line) - len(line.lstrip(" "))
    for above in reversed(lines[:number - 1]):
        if not above.strip() or above.lstrip().startswith("#"):
            continue
        above_indent = len(above) - len(above.lstrip(" "))
        if above_indent < indent:
            return None  # left the block: the line above owns this one
        if above_indent == indent:
            if above.lstrip().startswith("- "):
                return f"line {number} looks like an item of the list above it without its dash: start it with '- '"
            return None
    return None
