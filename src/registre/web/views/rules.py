"""« Les règles contrôlées »: every rule a finding can cite, with its line of French and
its article, each at an anchor the workspace's findings link to (``/regles/#p-01``)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from registre.core.explain import RULE_TEXTS

FAMILIES = (("Q-", "Quorum"), ("P-", "Pouvoirs et suppléants"), ("V-", "Votes"),
            ("C-", "Conflits d'intérêts"), ("A-", "Actes et publicité"), ("E-", "EPCI"),
            ("K-", "Convocation"), ("S-", "Subventions"), ("", "Contrôles propres au registre"))


@require_safe
def rules(request: HttpRequest) -> HttpResponse:
    groups: list[tuple[str, list[object]]] = []
    seen: set[str] = set()
    for prefix, title in FAMILIES:
        members = [r for k, r in RULE_TEXTS.items() if k not in seen and k.startswith(prefix)]
        seen |= {r.rule for r in members}
        if members:
            groups.append((title, members))
    return render(request, "registre/rules.html", {"groups": groups})
