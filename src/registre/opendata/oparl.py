"""OParl 1.1: System, Body, Organization, Person, Membership, Meeting, AgendaItem, Paper.

Objects are returned inline in one dict keyed by type, with ``id`` URLs under
``base_url`` (e.g. ``https://registre.example/oparl``); a web API serves them as is.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from registre.core.check import SessionReport
from registre.core.names import slug

NS = "https://schema.oparl.org/1.1"


def _time(date: str, hhmm: str | None) -> str | None:
    return f"{date}T{hhmm}:00+00:00" if hhmm else None


def oparl_objects(reports: Iterable[SessionReport], base_url: str) -> dict[str, list[dict[str, Any]]]:
    """OParl objects of the sessions, grouped by type name (``"Meeting"``, ``"Person"``…)."""
    base = base_url.rstrip("/")
    out: dict[str, dict[str, dict[str, Any]]] = {k: {} for k in (
        "System", "Body", "Organization", "Person", "Membership", "Meeting", "AgendaItem", "Paper")}
    system_id = f"{base}/system"
    for report in reports:
        s = report.session
        a = s.assembly.authority
        body_id = f"{base}/body/{slug(a.name)}"
        out["System"][system_id] = {"id": system_id, "type": f"{NS}/System", "oparlVersion": f"{NS}/",
                                    "body": f"{base}/bodies", "name": "Registre"}
        out["Body"][body_id] = {
            "id": body_id, "type": f"{NS}/Body", "system": system_id, "name": a.name,
            "organization": f"{body_id}/organizations", "person": f"{body_id}/people",
            "meeting": f"{body_id}/meetings", "paper": f"{body_id}/papers",
            "legislativeTerm": [],
        }
        org_id = f"{body_id}/organization/{slug(s.assembly.name)}"
        out["Organization"][org_id] = {"id": org_id, "type": f"{NS}/Organization", "body": body_id,
                                       "name": s.assembly.name,
                                       "classification": s.assembly.kind.label}
        for m in s.members:
            p = m.person
            pid = f"{body_id}/person/{p.id}"
            out["Person"][pid] = {
                "id": pid, "type": f"{NS}/Person", "body": body_id, "name": p.full_name,
                "familyName": p.last_name, "givenName": p.first_name,
                **({"formOfAddress": p.civility.label} if p.civility else {}),
            }
            mid = f"{org_id}/membership/{p.id}"
            out["Membership"][mid] = {
                "id": mid, "type": f"{NS}/Membership", "person": pid, "organization": org_id,
                "role": ", ".join(m.functions) or m.role.label, "votingRight": True,
            }
        date = s.date.isoformat()
        meeting_id = f"{org_id}/meeting/{date}"
        items = []
        for r in report.items:
            it = r.item
            aid = f"{meeting_id}/item/{slug(it.number)}"
            agenda: dict[str, Any] = {
                "id": aid, "type": f"{NS}/AgendaItem", "meeting": meeting_id,
                "number": it.number, "order": r.position + 1, "name": it.title or f"Question {it.number}",
                "public": True,
            }
            if r.tally is not None:
                c = r.tally.counts
                agenda["result"] = (f"{r.tally.outcome.label} — pour {c.for_}, contre {c.against}, "
                                    f"abstention {c.abstention}")
            if it.text and it.text.decisions:
                agenda["resolutionText"] = "\n".join(it.text.decisions)
            out["AgendaItem"][aid] = agenda
            items.append(agenda)  # OParl embeds agenda items in their meeting
            if it.deliberation:
                pap = f"{body_id}/paper/{slug(it.deliberation)}"
                out["Paper"][pap] = {"id": pap, "type": f"{NS}/Paper", "body": body_id,
                                     "name": it.title, "reference": it.deliberation, "date": date,
                                     "paperType": "Délibération"}
        out["Meeting"][meeting_id] = {
            "id": meeting_id, "type": f"{NS}/Meeting",
            "name": f"{s.assembly.name} du {s.date.strftime('%d/%m/%Y')}",
            "organization": [org_id], "agendaItem": items,
            "participant": [f"{body_id}/person/{p}" for p in
                            dict.fromkeys(a.person for a in s.attendance)],
            **({"start": _time(date, s.opened_at)} if s.opened_at else {}),
            **({"end": _time(date, s.closed_at)} if s.closed_at else {}),
            **({"location": {"id": f"{meeting_id}/location", "type": f"{NS}/Location",
                             "description": s.place}} if s.place else {}),
        }
    return {k: list(v.values()) for k, v in out.items()}
