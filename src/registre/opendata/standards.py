"""The standards' schemas shipped with the package (see schemas/standards/SOURCES.md)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def standard_schema(relative: str) -> dict[str, Any]:
    """Load ``schemas/standards/<relative>`` (a JSON file) from the package."""
    path = resources.files("registre").joinpath(f"schemas/standards/{relative}")
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data
