"""What the commands print for people: a console as wide as the terminal (80 columns
when there is none, or ``COLUMNS``), French dates, and findings each followed once by
the one-line explanation of its rule."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterable

from rich.console import Console
from rich.markup import escape

from registre.cli.french import fill
from registre.core.explain import explain

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")


def console(*, stderr: bool = False) -> Console:
    """A console of the terminal's width; 80 columns (or ``COLUMNS``) when piped."""
    width = shutil.get_terminal_size((80, 24)).columns
    return Console(width=width, stderr=stderr, highlight=False)


def french_date(value: dt.date | str | None) -> str:
    """« 11 avril 2024 » (« 1er » for the first), from a date or an ISO string; « ? » if none."""
    if value is None or value == "":
        return "?"
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS[value.month - 1]} {value.year}"


def wrapped(text: str, width: int, indent: str = "  ", more: str = "    ") -> str:
    """``text`` filled to ``width``: first line after ``indent``, the next after ``more``;
    words are never cut."""
    return fill(text, width, indent, more)


def print_findings(out: Console, findings: Iterable[tuple[str, str, str]]) -> None:
    """Findings as (severity label, rule, message), grouped by rule in order of first
    appearance: the rule and its explanation once, then each message, wrapped."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for severity, rule, message in findings:
        groups.setdefault(rule, []).append((severity, message))
    colours = {"erreur": "red", "avertissement": "yellow"}
    for rule, items in groups.items():
        text = explain(rule)
        head = f"{rule} — {text.text}" + (f" ({text.article})" if text and text.article else "") \
            if text else rule
        out.print(f"[bold]{escape(wrapped(head, out.width, '', '  '))}[/]")
        for severity, message in items:
            colour = colours.get(severity, "blue")
            out.print(f"[{colour}]{escape(wrapped(f'{severity} : {message}', out.width))}[/]")
