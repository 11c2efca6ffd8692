"""The data of the convention document: one plain dict, built from the same
:class:`Convention` the rules check, that any renderer (HTML, PDF, DOCX) can lay out.

Only built-in types (str, int, list, dict) so that it serialises to JSON as is.
Articles are the printed ones when the convention was read from a document; the
amount, schedule, dates and annexes always come from the structured data.
"""

from __future__ import annotations

from typing import Any

from registre.subsidies.findings import euros, percent
from registre.subsidies.model import Convention
from registre.subsidies.vocabulary import BudgetSide


def _party(name: str, rep: Any) -> dict[str, str]:
    return {"name": name, "representative": rep.name if rep else "", "role": rep.role if rep else ""}


def _schedule(c: Convention) -> list[dict[str, str]]:
    out = []
    for t in c.schedule:
        share = f"{percent(t.share)} %" if t.share is not None else ""
        out.append(
            {
                "share": share,
                "amount": euros(t.amount_of(c.ceiling)),
                "trigger": t.trigger.label,
                "text": ", soit ".join(x for x in (share, euros(t.amount_of(c.ceiling))) if x)
                + f" {t.trigger.label}",
            }
        )
    return out


def _budget(c: Convention) -> dict[str, Any]:
    b = c.programme.budget

    def rows(side: BudgetSide) -> list[dict[str, str]]:
        return [
            {
                "label": r.label,
                "amount": euros(r.amount),
                "group": r.group.label if r.group else "",
                "in_kind": "oui" if r.in_kind else "",
            }
            for r in b.rows
            if r.side is side
        ]

    return {
        "expenses": rows(BudgetSide.EXPENSE),
        "revenues": rows(BudgetSide.REVENUE),
        "total_expenses": euros(b.expenses),
        "total_revenues": euros(b.revenues),
        "authority_share": f"{c.authority_share()} %" if c.authority_share() is not None else "",
    }


def _programme(c: Convention) -> list[dict[str, Any]]:
    sections: list[dict[str, Any]] = []
    for axis in c.programme.axes:
        for o in axis.objectives:
            sections.append(
                {
                    "heading": f"Axe {axis.number} — Objectif {o.number} : {o.title}".strip(),
                    "lines": list(o.lines),
                    "targets": [_target(t) for t in o.targets],
                    "deliverables": [d.label for d in o.deliverables],
                }
            )
    for a in c.programme.actions:
        sections.append(
            {
                "heading": f"Action {a.number} : {a.title}",
                "lines": list(a.lines),
                "budget": euros(a.budget) if a.budget is not None else "",
                "targets": [_target(t) for t in a.targets],
                "deliverables": [d.label for d in a.deliverables],
            }
        )
    return sections


def _target(t: Any) -> dict[str, Any]:
    return {
        "key": t.key,
        "quantity": t.quantity,
        "unit": t.unit,
        "label": t.label,
        "of_which": [{"quantity": p.quantity, "unit": p.unit, "label": p.label} for p in t.of_which],
    }


def convention_document(c: Convention) -> dict[str, Any]:
    """Everything a renderer needs to lay out convention ``c`` and its annexes."""
    d = c.deliberation
    return {
        "key": c.key,
        "title": c.title,
        "parties": {
            "authority": _party(c.authority.name, c.authority.representative),
            "beneficiary": _party(c.beneficiary.name, c.beneficiary.representative),
        },
        "legal_basis": list(c.legal_basis),
        "deliberation": {
            "number": d.number or "",
            "assembly": d.assembly,
            "date": d.date.strftime("%d/%m/%Y") if d.date else "",
        }
        if d
        else None,
        "object": c.object,
        "amount": euros(c.ceiling),
        "ceiling_not_revisable": c.ceiling_not_revisable,
        "year": c.year,
        "schedule": _schedule(c),
        "effective": c.effective.kind.label if c.effective else "",
        "end_date": c.current_end_date.strftime("%d/%m/%Y") if c.current_end_date else "",
        "end_is_latest": c.end_is_latest,
        "payment_request": {
            "delay": str(c.payment_request_delay),
            "from": c.payment_request_from.label if c.payment_request_from else "",
            "caducity": c.caducity,
        }
        if c.payment_request_delay
        else None,
        "retention": str(c.retention) if c.retention else "",
        "reports": [
            {"label": r.label, "due": r.due.strftime("%d/%m/%Y") if r.due else ""} for r in c.reports
        ],
        "obligations": list(c.obligations),
        "repayment_cases": list(c.repayment_cases),
        "termination_notice": str(c.termination_notice) if c.termination_notice else "",
        "court": c.court,
        "amendments": [
            {
                "number": a.number,
                "signed_on": a.signed_on.strftime("%d/%m/%Y") if a.signed_on else "",
                "object": a.object,
            }
            for a in c.amendments
        ],
        "articles": [
            {"number": a.number, "title": a.title, "paragraphs": [p for p in a.text.split("\n") if p]}
            for a in c.articles
        ],
        "annexes": {
            "programme": _programme(c),
            "budget": _budget(c),
            "co_financers": [{"name": f.name, "amount": euros(f.amount)} for f in c.programme.co_financers],
            "indicators": [i.label for i in c.programme.indicators],
        },
    }
