"""Read one claims file into plain data plus the position of every key and value.

PyYAML composes the node tree (in C when libyaml is present); the walk below turns
nodes into dicts, lists and scalars itself so that it can keep positions, refuse
duplicate keys and unknown tags, and bound alias expansion and nesting.
Dates stay strings: a claim's `published: 2017-04-18` is text to check, not a datetime.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from validator.finding import Span
from validator.text import shorten

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - libyaml missing; pure Python is slower but equal
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 64
MAX_NODES = 1_000_000

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
                return found
        return Span()

    def key_span(self, path: Path) -> Span:
        return self.key_spans.get(tuple(path)) or self.span(path)


class _TooLarge(Exception):
    def __init__(self, message: str, node: Node) -> None:
        super().__init__(message)
        self.node = node


def node_span(node: Node) -> Span:
    start, end = node.start_mark, node.end_mark
    end_line, end_col = end.line + 1, end.column
    if end_col == 0 and end_line > start.line + 1:  # block ends at the start of the next line
        end_line -= 1
        end_col = 1
    return Span(start.line + 1, start.column + 1, end_line, max(end_col, 1))


def decode(raw: bytes) -> tuple[str | None, str | None]:
    """Text of a file, or why it is not readable text."""
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        return None, f"file is not valid UTF-8 (byte {exc.start}: {raw[exc.start:exc.start + 1]!r})"


def load_bytes(path: str, raw: bytes) -> Document:
    doc = Document(path)
    if len(raw) > MAX_FILE_BYTES:
        doc.problems.append(LoadProblem(f"file is {len(raw):,} bytes; the limit is {MAX_FILE_BYTES:,}", Span()))
        return doc
    text, why = decode(raw)
    if text is None:
        doc.problems.append(LoadProblem(str(why), Span()))
        return doc
    doc.text = text
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        span = Span(mark.line + 1, mark.column + 1, mark.line + 1, mark.column + 1) if mark else Span()
        doc.problems.append(LoadProblem(_yaml_message(exc), span))
        return doc
    except (yaml.YAMLError, RecursionError, MemoryError) as exc:
        doc.problems.append(LoadProblem(shorten(f"YAML cannot be read: {exc}"), Span()))
        return doc
    if root is None:
        return doc
    walker = _Walker(doc)
    try:
        doc.data = walker.build(root, ())
    except _TooLarge as exc:
        doc.data = None
        doc.problems.append(LoadProblem(str(exc), node_span(exc.node)))
    return doc


def _yaml_message(exc: yaml.MarkedYAMLError) -> str:
    parts = [p for p in (exc.context, exc.problem) if p]
    return shorten("YAML syntax error: " + "; ".join(parts))


class _Walker:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.nodes = 0

    def build(self, node: Node, path: Path) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _TooLarge(f"document expands to more than {MAX_NODES:,} nodes (alias bomb?)", node)
        if len(path) > MAX_DEPTH:
            raise _TooLarge(f"document is nested deeper than {MAX_DEPTH} levels", node)
        self.doc.spans[path] = node_span(node)
        if isinstance(node, MappingNode):
            return self._mapping(node, path)
        if isinstance(node, SequenceNode):
            return [self.build(item, path + (i,)) for i, item in enumerate(node.value)]
        return self._scalar(node, path)

    def _mapping(self, node: MappingNode, path: Path) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self._problem("a mapping key must be plain text, not a list or mapping", key_node)
                continue
            key = key_node.value
            if key in result:
                first = self.doc.key_spans[path + (key,)]
                self._problem(f"duplicate key '{key}' (first at line {first.line})", key_node)
                continue
            self.doc.key_spans[path + (key,)] = node_span(key_node)
            result[key] = self.build(value_node, path + (key,))
        return result

    def _scalar(self, node: Node, path: Path) -> Any:
        if node.tag in _TEXT_TAGS:
            return node.value
        make = _SCALAR_TAGS.get(node.tag)
        if make is None:
            self._problem(f"unsupported YAML tag '{node.tag}'", node)
            return None
        try:
            return make(_CONSTRUCTOR, node)
        except (ConstructorError, ValueError):
            return node.value

    def _problem(self, message: str, node: Node) -> None:
        self.doc.problems.append(LoadProblem(message, node_span(node)))
