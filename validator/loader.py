"""Read one claims file into plain data plus the position of every key and value.

PyYAML's parser (in C when libyaml is present) yields events; the builder below turns
them into dicts, lists and scalars itself, without composing a node tree, so that it
can keep positions, refuse duplicate keys and unknown tags, and stop reading as soon as
a limit is hit. Dates stay strings: a claim's `published: 2017-04-18` is text to check,
not a datetime.

Limits, each reported as an S001 finding, never an exception:

* MAX_FILE_BYTES: larger files are not parsed at all.
* MAX_DEPTH: nesting deeper than this stops the parse at once. (libyaml's scanner slows
  down with every level of flow nesting, so a file of 10,000,000 `[` would otherwise
  take hours; here it takes microseconds.)
* MAX_NODES: the document, with every alias expanded, may hold at most this many
  values. An alias is counted as the size of what it names, in constant time, so an
  alias bomb ("billion laughs") is refused after reading its few lines, and the data
  never holds more than this many values.
* MAX_SCALAR_CHARS: no key or value may be longer (a quote is a passage, not an article),
  which also keeps every message that repeats a value short enough for a CI log.
* An alias may only name a complete node: a recursive alias is an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import Node, ScalarNode
from yaml.resolver import Resolver

from validator import yaml_hints
from validator.finding import Span
from validator.text import shorten

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - libyaml missing; pure Python is slower but equal
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 64
MAX_NODES = 250_000
MAX_SCALAR_CHARS = 65_536

Path = tuple[Any, ...]

_STR = "tag:yaml.org,2002:str"
_SCALAR_TAGS = {
    "tag:yaml.org,2002:int": SafeConstructor.construct_yaml_int,
    "tag:yaml.org,2002:float": SafeConstructor.construct_yaml_float,
    "tag:yaml.org,2002:bool": SafeConstructor.construct_yaml_bool,
    "tag:yaml.org,2002:null": SafeConstructor.construct_yaml_null,
}
_TEXT_TAGS = {_STR, "tag:yaml.org,2002:timestamp"}
_CONSTRUCTOR = SafeConstructor()


@dataclass(frozen=True, slots=True)
class LoadProblem:
    message: str
    span: Span


@dataclass(slots=True)
class Document:
    """A parsed claims file: its data and where each part of it stands."""

    path: str
    text: str = ""
    data: Any = None
    spans: dict[Path, Span] = field(default_factory=dict)
    key_spans: dict[Path, Span] = field(default_factory=dict)
    problems: list[LoadProblem] = field(default_factory=list)

    def span(self, path: Path) -> Span:
        """The value at `path`, or its nearest enclosing node that exists."""
        for cut in range(len(path), -1, -1):
            found = self.spans.get(tuple(path[:cut]))
            if found is not None:
                return found if type(found) is Span else Span(*found)  # the results cache keeps plain tuples
        return Span()

    def key_span(self, path: Path) -> Span:
        return self.key_spans.get(tuple(path)) or self.span(path)


class _TooLarge(Exception):
    """A limit was hit, or the YAML is wrong in a way the parser does not catch: stop reading."""

    def __init__(self, message: str, span: Span) -> None:
        super().__init__(message)
        self.span = span


def node_span(node: Node) -> Span:
    return _span(node.start_mark, node.end_mark)


def _span(start: Any, end: Any) -> Span:
    end_line, end_col = end.line + 1, end.column
    if end_col == 0 and end_line > start.line + 1:  # block ends at the start of the next line
        end_line -= 1
        end_col = 1
    return Span(start.line + 1, start.column + 1, end_line, max(1, end_col))


def _point(mark: Any) -> Span:
    return Span(mark.line + 1, mark.column + 1, mark.line + 1, mark.column + 1)


def decode(raw: bytes) -> tuple[str | None, str | None]:
    """Text of a file, or why it is not readable text."""
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        return None, f"file is not valid UTF-8 (byte {exc.start}: {raw[exc.start:exc.start + 1]!r})"


def load_bytes(path: str, raw: bytes) -> Document:
    doc = Document(path)
    if len(raw) > MAX_FILE_BYTES:
        doc.problems.append(LoadProblem(f"file is more than {MAX_FILE_BYTES:,} bytes, the limit", Span()))
        return doc
    text, why = decode(raw)
    if text is None:
        doc.problems.append(LoadProblem(str(why), Span()))
        return doc
    doc.text = text
    loader = _Loader(text)
    try:
        doc.data = _Builder(doc).run(loader.get_event)
    except yaml.MarkedYAMLError as exc:
        _forget(doc)
        mark = exc.problem_mark or exc.context_mark
        doc.problems.append(LoadProblem(_yaml_message(exc, text), _point(mark) if mark else Span()))
    except _TooLarge as exc:
        _forget(doc)
        doc.problems.append(LoadProblem(str(exc), exc.span))
    except (yaml.YAMLError, RecursionError, MemoryError) as exc:
        _forget(doc)
        doc.problems.append(LoadProblem(shorten(f"YAML cannot be read: {exc}"), Span()))
    finally:
        loader.dispose()
    return doc


def _forget(doc: Document) -> None:
    """A document that cannot be read has no data and no positions, only its problems."""
    doc.data = None
    doc.spans.clear()
    doc.key_spans.clear()


def _yaml_message(exc: yaml.MarkedYAMLError, text: str) -> str:
    """The parser's message, and a plain hint when the lines it points at show a known slip
    of people typing prose (see validator.yaml_hints)."""
    parts = [p for p in (exc.context, exc.problem) if p]
    message = shorten("YAML syntax error: " + "; ".join(parts))
    marks = [m.line + 1 for m in (exc.problem_mark, exc.context_mark) if m is not None]
    found = yaml_hints.hint(text, marks, exc.problem or "")
    return message if found is None else f"{message}; hint: {shorten(found, 240)}"


_NO_KEY = object()  # a mapping frame waits for a key
_SKIP = object()  # a mapping frame discards the value that follows (its key was refused)
_IMPLICIT = Resolver.yaml_implicit_resolvers
_COLLECTION_TAGS = {None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


class _Frame:
    """An open mapping or sequence, while its events are read."""

    __slots__ = ("anchor", "key", "mapping", "nodes_before", "path", "record", "role", "start", "value")

    def __init__(self, mapping: bool, path: Path, start: Any, anchor: str | None, nodes_before: int,
                 record: bool, role: str) -> None:
        self.mapping = mapping
        self.value: Any = {} if mapping else []
        self.path = path
        self.start = start
        self.anchor = anchor
        self.nodes_before = nodes_before
        self.key: Any = _NO_KEY
        self.record = record  # False inside what is discarded: no spans, no problems
        self.role = role  # "value", or "key" for a list or mapping used as a key (refused)


class _Builder:
    """Turns parser events into data and spans, one event at a time, with no recursion."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.nodes = 0
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int, bool]] = {}  # name -> (value, nodes, is a scalar)
        self.open_anchors: set[str] = set()
        self.root: Any = None

    def run(self, get_event: Any) -> Any:
        event = get_event()  # StreamStartEvent
        event = get_event()
        if event.__class__ is StreamEndEvent:
            return None
        first = event  # DocumentStartEvent
        stack = self.stack
        while True:
            event = get_event()
            kind = event.__class__
            if kind is ScalarEvent:
                self._scalar(event)
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                self._open(event, kind is MappingStartEvent)
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                self._close(stack.pop(), event.end_mark)
            elif kind is AliasEvent:
                self._alias(event)
            elif kind is DocumentEndEvent:
                break
        event = get_event()
        if event.__class__ is DocumentStartEvent:
            raise ComposerError("expected a single document in the stream", first.start_mark,
                                              "but found another document", event.start_mark)
        return self.root

    # Where the next node goes: its path, whether it is recorded, and whether it is a key.

    def _place(self) -> tuple[Path, bool, bool]:
        if not self.stack:
            return (), True, False
        top = self.stack[-1]
        if not top.mapping:
            return top.path + (len(top.value),), top.record, False
        key = top.key
        if key is _NO_KEY:
            return top.path, top.record, True
        if key is _SKIP:
            return top.path, False, False
        return top.path + (key,), top.record, False

    def _attach(self, value: Any) -> None:
        if not self.stack:
            self.root = value
            return
        top = self.stack[-1]
        if not top.mapping:
            top.value.append(value)
            return
        if top.key is not _SKIP:
            top.value[top.key] = value
        top.key = _NO_KEY

    def _count(self, nodes: int, event: Any, alias: bool = False) -> None:
        self.nodes += nodes
        if self.nodes > MAX_NODES:
            what = "aliases expand the document" if alias else "the document has"
            raise _TooLarge(f"{what} to more than {MAX_NODES:,} values (an alias bomb?)" if alias
                            else f"{what} more than {MAX_NODES:,} values", _point(event.start_mark))

    def _problem(self, message: str, span: Span) -> None:
        self.doc.problems.append(LoadProblem(message, span))

    def _key(self, top: _Frame, key: str, span: Span) -> None:
        path = top.path + (key,)
        if key in top.value:
            if top.record:
                first = self.doc.key_spans[path]
                self._problem(f"duplicate key '{key}' (first at line {first.line})", span)
            top.key = _SKIP
            return
        if top.record:
            self.doc.key_spans[path] = span
        top.key = key

    def _scalar(self, event: Any) -> None:
        # The hot path (most events are scalars): _place, _span, _count and _attach written out.
        text = event.value
        if len(text) > MAX_SCALAR_CHARS:
            raise _TooLarge(f"a value of {len(text):,} characters; the limit is {MAX_SCALAR_CHARS:,}",
                            _point(event.start_mark))
        start, end = event.start_mark, event.end_mark
        line, end_line, end_col = start.line + 1, end.line + 1, end.column
        if end_col == 0 and end_line > line:
            end_line, end_col = end_line - 1, 1
        span = Span(line, start.column + 1, end_line, max(1, end_col))
        stack = self.stack
        if stack:
            top = stack[-1]
            if top.mapping:
                key = top.key
                if key is _NO_KEY:
                    if event.tag not in (None, "!", _STR) and top.record:
                        self._problem(f"unsupported YAML tag '{event.tag}'", span)
                    self._key(top, text, span)
                    if event.anchor is not None:
                        self._anchor(event.anchor, text, 1, True, event)
                    return
                path, record = (top.path, False) if key is _SKIP else (top.path + (key,), top.record)
            else:
                path, record = top.path + (len(top.value),), top.record
        else:
            top, path, record = None, (), True
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _TooLarge(f"the document has more than {MAX_NODES:,} values", _point(start))
        if len(stack) > MAX_DEPTH:
            raise _TooLarge(f"document is nested deeper than {MAX_DEPTH} levels", _point(start))
        if record:
            self.doc.spans[path] = span
        if event.tag is None and (not event.implicit[0] or (text and text[0] not in _IMPLICIT)):
            value = text  # text, as most values are: nothing to resolve
        else:
            value = self._value(event, span, record)
        if event.anchor is not None:
            self._anchor(event.anchor, value, 1, True, event)
        if top is None:
            self.root = value
        elif not top.mapping:
            top.value.append(value)
        else:
            if top.key is not _SKIP:
                top.value[top.key] = value
            top.key = _NO_KEY

    def _value(self, event: Any, span: Span, record: bool) -> Any:
        tag, value = event.tag, event.value
        if tag is None or tag == "!":
            if not event.implicit[0]:  # quoted or block: text
                return value
            tag = _STR  # plain: resolved as PyYAML's resolver does
            for candidate, pattern in _IMPLICIT.get(value[0] if value else "", ()):
                if pattern.match(value):
                    tag = candidate
                    break
        if tag in _TEXT_TAGS:
            return value
        make = _SCALAR_TAGS.get(tag)
        if make is None:
            if record:
                self._problem(f"unsupported YAML tag '{tag}'", span)
            return None
        try:
            return make(_CONSTRUCTOR, ScalarNode(tag, value))
        except (ConstructorError, ValueError, LookupError, TypeError, OverflowError):
            return value  # "!!int ''", "!!bool maybe": keep the text; the schema says what is wrong

    def _open(self, event: Any, mapping: bool) -> None:
        path, record, is_key = self._place()
        self._count(1, event)
        if len(self.stack) > MAX_DEPTH:
            raise _TooLarge(f"document is nested deeper than {MAX_DEPTH} levels", _point(event.start_mark))
        if is_key:
            record = False
        elif record:
            self.doc.spans[path] = None  # type: ignore[assignment]  # keeps parents before children
        if event.tag not in _COLLECTION_TAGS and record:
            self._problem(f"unsupported YAML tag '{event.tag}'", _point(event.start_mark))
        if event.anchor is not None:
            if event.anchor in self.anchors or event.anchor in self.open_anchors:
                self._duplicate_anchor(event)
            self.open_anchors.add(event.anchor)
        self.stack.append(_Frame(mapping, path, event.start_mark, event.anchor, self.nodes - 1, record,
                                 "key" if is_key else "value"))

    def _close(self, frame: _Frame, end: Any) -> None:
        span = _span(frame.start, end)
        if frame.role == "key":
            top = self.stack[-1]
            if top.record:
                self._problem("a mapping key must be plain text, not a list or mapping", span)
            top.key = _SKIP
            return
        if frame.record:
            self.doc.spans[frame.path] = span
        if frame.anchor is not None:
            self.open_anchors.discard(frame.anchor)
            self._anchor(frame.anchor, frame.value, self.nodes - frame.nodes_before, False, None)
        self._attach(frame.value)

    def _anchor(self, name: str, value: Any, nodes: int, scalar: bool, event: Any) -> None:
        if event is not None and (name in self.anchors or name in self.open_anchors):
            self._duplicate_anchor(event)
        self.anchors[name] = (value, nodes, scalar)

    def _duplicate_anchor(self, event: Any) -> None:
        raise ComposerError(None, None, f"found duplicate anchor '{event.anchor}'", event.start_mark)

    def _alias(self, event: Any) -> None:
        name = event.anchor
        found = self.anchors.get(name)
        if found is None:
            problem = (f"alias '{name}' refers to a node that contains it" if name in self.open_anchors
                       else f"found undefined alias '{name}'")
            raise ComposerError(None, None, problem, event.start_mark)
        value, nodes, scalar = found
        path, record, is_key = self._place()
        span = _span(event.start_mark, event.end_mark)
        if is_key:
            top = self.stack[-1]
            if scalar and isinstance(value, str):
                self._key(top, value, span)
            else:
                if top.record:
                    self._problem("a mapping key must be plain text, not a list or mapping", span)
                top.key = _SKIP
            return
        self._count(nodes, event, alias=True)
        if record:
            self.doc.spans[path] = span
        self._attach(value)
