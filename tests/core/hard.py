"""Hard session files, written as the clerk would: a small YAML template and its variations.

Each test of ``test_law.py`` writes the case it is about in the session format itself, so
that the loader, the schema and the check are all on the path (as with `registre check`).
"""

from __future__ import annotations

from typing import Any

import yaml

from registre.core import SessionReport, check_session
from registre.sessionfile import load_session_text


def members(n: int, *, communes: bool = True) -> list[dict[str, Any]]:
    """m1…mN, each the only seat of its own commune (no two share one)."""
    return [{"id": f"m{i}", "name": f"Prénom{i} NOM{i}", **({"commune": f"Commune{i}"} if communes else {})}
            for i in range(1, n + 1)]


def document(*, kind: str = "communaute_urbaine", population: int | None = None,
             assembly: str = "conseil", n: int = 10, extra: list[dict[str, Any]] | None = None,
             session: dict[str, Any] | None = None, present: list[Any] | None = None,
             proxies: list[dict[str, Any]] | None = None, items: list[dict[str, Any]] | None = None,
             rules: dict[str, Any] | None = None, in_office: int | None = None) -> dict[str, Any]:
    authority: dict[str, Any] = {"name": "Autorité d'essai", "kind": kind, "department": "25"}
    if population is not None:
        authority["population"] = population
    ms = members(n) + list(extra or [])
    doc: dict[str, Any] = {
        "format": "registre-session/1",
        "authority": authority,
        "assembly": {"name": "Conseil" if assembly == "conseil" else "Bureau", "kind": assembly,
                     "members_in_office": in_office or n},
        "members": ms,
        "session": {"date": "2024-04-11", "president": "m1", **(session or {})},
        "present": present if present is not None else [f"m{i}" for i in range(1, n + 1)],
        "items": items if items is not None else [{"number": 1, "title": "Question 1"}],
    }
    if proxies:
        doc["proxies"] = proxies
    if rules:
        doc["rules"] = rules
    return doc


def text(doc: dict[str, Any]) -> str:
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)


def check(doc: dict[str, Any]) -> SessionReport:
    return check_session(load_session_text(text(doc), "cas.yaml"))


def rules_of(report: SessionReport, severity: str | None = None) -> list[str]:
    return [f.rule for f in report.all_findings() if severity is None or f.severity.value == severity]


def errors(report: SessionReport) -> list[str]:
    return rules_of(report, "erreur")
