"""What the clerk's session page shows besides the forms: the attendance grid (members ×
items, each cell a button that changes that member at that item only), the proxies with
their span, every finding in plain French with its rule explained and linked, and the
notice of the last save, shown next to the form that made it.

Kept apart from ``workspace.py`` (the forms and their services) so that the page can
grow without touching the write path.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from django.utils.html import escape

from registre.core import SessionReport
from registre.core.explain import explain
from registre.core.model import Session as CoreSession
from registre.web import models as m
from registre.web.convert import span_from_json

NOTICE = "registre_workspace_notice"
# A cell of the grid: its letter, its French word (for screen readers and the legend).
STATES = {"P": "présent(e)", "R": "représenté(e)", "A": "absent(e)", "I": "intéressé(e)"}


@dataclass(frozen=True)
class Cell:
    item: str
    state: str  # a key of STATES

    @property
    def word(self) -> str:
        return STATES[self.state]

    @property
    def toggle(self) -> str:
        """The movement a click records: a present member leaves this item, others come."""
        return toggle(self.state)


def toggle(state: str) -> str:
    """« absent » for a member present (or present and interested), else « present »."""
    return "absent" if state in ("P", "I") else "present"


def state_of(report: SessionReport, person: str, number: str) -> str:
    """The grid's letter of ``person`` at item ``number`` (KeyError for an unknown item)."""
    r = report.item(number)
    if person in {i.person for i in r.interested} and person in r.present:
        return "I"
    return "P" if person in r.present else "R" if person in r.represented else "A"


def grid(report: SessionReport, members: list[tuple[str, str]]) -> list[tuple[str, str, list[Cell]]]:
    """(key, name, cells) per member, one cell per item in the order of passage."""
    states: dict[str, dict[str, str]] = {}
    for r in report.items:
        here = states.setdefault(r.item.number, {})
        for p in r.present:
            here[p] = "P"
        for giver in r.represented:
            here[giver] = "R"
        for i in r.interested:
            if here.get(i.person) == "P":
                here[i.person] = "I"
    numbers = [r.item.number for r in report.items]
    return [(key, name, [Cell(n, states[n].get(key, "A")) for n in numbers]) for key, name in members]


def grid_rows(rows: list[tuple[str, str, list[Cell]]]) -> str:
    """The grid's body as HTML, built here rather than in the template: about 4 000 cells
    for the Conseil, which Django's template loop renders ten times slower, kept short
    (« membre|question »; what a click does is decided on the state stored when it
    arrives). Each cell is a submit button of the grid's form; its column and row headers
    name it for screen readers."""
    out = []
    for key, name, cells in rows:
        k = escape(key)
        out.append(f'<tr data-person="{k}" data-name="{escape(name.lower())}"><th scope="row">'
                   f'{escape(name)}</th>')
        out.extend(f'<td><button name="c" value="{k}|{escape(c.item)}" class="{c.state}">'
                   f'{c.state}</button></td>' for c in cells)
        out.append("</tr>")
    return "".join(out)


def proxies(session: m.Session, core: CoreSession) -> list[tuple[m.Proxy, str]]:
    """Each stored proxy with its span in words (« toute la séance » when unbounded)."""
    out = []
    for p in session.proxies.select_related("giver", "holder"):
        span = span_from_json(p.span)
        out.append((p, str(span)))
    return out


def findings(report: SessionReport, core: CoreSession) -> list[dict[str, Any]]:
    """Every finding of the check grouped by rule: the rule's line of French, its article,
    the anchor of its explanation, and each finding's message and place."""
    groups: dict[str, dict[str, Any]] = {}
    for f in report.all_findings():
        text = explain(f.rule)
        g = groups.setdefault(f.rule, {
            "rule": f.rule, "text": text.text if text else "", "article": text.article if text else "",
            "anchor": f.rule.lower(), "severity": f.severity.value, "items": []})
        if f.severity.value == "erreur":
            g["severity"] = "erreur"
        g["items"].append({"item": f.item, "message": f.message, "severity": f.severity.value,
                           "label": f.severity.label,
                           "person": core.name_of(f.person) if f.person else ""})
    order = {"erreur": 0, "avertissement": 1}
    return sorted(groups.values(), key=lambda g: order.get(g["severity"], 2))


def remember(request: HttpRequest, action: str, message: str, items: list[str]) -> None:
    """Keep the confirmation of a save for the page that follows it (next to its form)."""
    request.session[NOTICE] = {"key": action, "message": message, "items": [i for i in items if i]}


def notice(request: HttpRequest) -> dict[str, Any] | None:
    """The confirmation of the last save, once."""
    value: dict[str, Any] | None = request.session.pop(NOTICE, None)
    return value
