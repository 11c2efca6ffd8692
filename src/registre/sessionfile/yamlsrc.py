"""YAML with line numbers: parse once, keep the node tree to locate any path.

Bounded: a session file is a few hundred kilobytes of plain data, so the loader refuses
what no register needs and what would cost minutes or gigabytes (issue 11): nesting
deeper than :data:`MAX_DEPTH`, more than :data:`MAX_ALIASES` aliases, a document whose
aliases expand to more than :data:`MAX_NODES` nodes (the « billion laughs » bomb: 415
bytes, 10^9 strings once expanded), each checked while composing, before anything is
built.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import yaml

MAX_DEPTH = 50  # the schema nests 6 levels (items[].text.budget…); 50 is generous
MAX_ALIASES = 1000  # anchors and aliases are rare in session files; a few dozen at most
MAX_NODES = 500_000  # nodes once aliases are expanded (the seed Conseil has about 9 000)


class LimitError(yaml.YAMLError):
    """A document beyond the loader's limits (depth, aliases, expanded size)."""


class _Loader(yaml.SafeLoader):
    """Safe loader that keeps dates and times as strings (the schema checks their form),
    with limits on depth and aliases."""

    _depth = 0
    _aliases = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                mark = self.peek_event().start_mark
                raise LimitError(f"ligne {mark.line + 1} : plus de {MAX_ALIASES} alias YAML (*nom) : "
                                 "refusé")
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise LimitError(f"ligne {mark.line + 1} : imbrication de plus de {MAX_DEPTH} niveaux : "
                                 "refusé")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class YamlSource:
    """A parsed YAML document and its node tree; :meth:`line` locates a path in it."""

    def __init__(self, text: str, name: str):
        self.name = name
        _check_flow_depth(text)
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is not None:
                _check_size(node)
            self.root = node
            self.data: Any = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()

    def line(self, path: Sequence[str | int]) -> int | None:
        """1-based line of the value at ``path`` (keys and indices), or of its nearest parent."""
        node = self.root
        if node is None:
            return None
        for key in path:
            child = None
            if isinstance(node, yaml.MappingNode):
                for k, v in node.value:
                    if k.value == key:
                        child = v
                        break
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) \
                    and 0 <= key < len(node.value):
                child = node.value[key]
            if child is None:
                break
            node = child
        return int(node.start_mark.line) + 1

    def where(self, path: Sequence[str | int]) -> str:
        """``"seance.yaml:42"`` for ``path``."""
        line = self.line(path)
        return f"{self.name}:{line}" if line else self.name


def _check_flow_depth(text: str) -> None:
    """Refuse ``[[[[…`` nested past :data:`MAX_DEPTH` before PyYAML's scanner, which keeps a
    candidate key per open bracket and takes seconds on thousands of them. One pass;
    brackets inside quoted scalars and comments do not count."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return
    depth, quote, prev, line = 0, "", " ", 1
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
        if quote:
            if c == quote:
                if quote == "'" and i + 1 < n and text[i + 1] == "'":
                    i += 1  # '' inside a single-quoted scalar
                else:
                    quote = ""
            elif c == "\\" and quote == '"':
                i += 1
        elif c in "\"'" and prev in " \t\n[{,:-":
            quote = c
        elif c == "#" and prev in " \t\n":
            j = text.find("\n", i)
            i = n if j < 0 else j
            continue
        elif c in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise LimitError(f"ligne {line} : imbrication de plus de {MAX_DEPTH} niveaux : refusé")
        elif c in "]}":
            depth = max(depth - 1, 0)
        prev = c
        i += 1


def _check_size(root: yaml.Node) -> None:
    """Refuse a document whose aliases expand past :data:`MAX_NODES` (counted without expanding)."""
    sizes: dict[int, int] = {}

    def size(node: yaml.Node) -> int:
        known = sizes.get(id(node))
        if known is not None:
            return known
        sizes[id(node)] = 1  # a node reached again while being counted: a recursive alias
        total = 1
        if isinstance(node, yaml.SequenceNode):
            total += sum(size(child) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            total += sum(size(k) + size(v) for k, v in node.value)
        sizes[id(node)] = total
        if total > MAX_NODES:
            raise LimitError(f"ligne {node.start_mark.line + 1} : le document, alias développés, dépasse "
                             f"{MAX_NODES} éléments (« bombe » d'alias YAML ?) : refusé")
        return total

    size(root)


def dotted(path: Sequence[str | int]) -> str:
    """``("members", 3, "name")`` → ``"members[3].name"``."""
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "(document)"
