"""YAML with line numbers: parse once, keep the node tree to locate any path."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import yaml


class _Loader(yaml.SafeLoader):
    """Safe loader that keeps dates and times as strings (the schema checks their form)."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class YamlSource:
    """A parsed YAML document and its node tree; :meth:`line` locates a path in it."""

    def __init__(self, text: str, name: str):
        self.name = name
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
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


def dotted(path: Sequence[str | int]) -> str:
    """``("members", 3, "name")`` → ``"members[3].name"``."""
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "(document)"
