"""One regex for many literal phrases, built as a character trie.

Python's `re` tries the branches of a plain alternation one by one at every position;
a trie shares prefixes, so a text is scanned about as fast as for a single word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


def trie_pattern(keys: Iterable[str], atom: Callable[[str], str] = re.escape) -> str:
    """A pattern matching any of `keys`; at each node the longer continuation is tried
    before stopping, so the leftmost match is the longest key. `atom` renders one character."""
    trie: dict = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict) -> str:
        ends = "" in node
        branches = [atom(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return render(trie) or "(?!)"
