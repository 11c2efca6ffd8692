"""Popolo 1.0.1: persons, organizations, memberships, motions and vote events."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from registre.core.check import SessionReport
from registre.core.names import slug
from registre.core.vocabulary import Choice, Outcome

_OPTIONS = {Choice.FOR: "yes", Choice.AGAINST: "no", Choice.ABSTENTION: "abstain",
            Choice.NOT_VOTING: "not voting"}


def popolo_export(reports: Iterable[SessionReport]) -> dict[str, list[dict[str, Any]]]:
    """A Popolo export (``persons``, ``organizations``, ``memberships``, ``motions``,
    ``vote_events``) of the sessions; identical persons across sessions are merged."""
    out: dict[str, dict[str, dict[str, Any]]] = {k: {} for k in (
        "persons", "organizations", "memberships", "motions", "vote_events")}
    for report in reports:
        s = report.session
        auth_id = slug(s.assembly.authority.name)
        org_id = f"{auth_id}/{slug(s.assembly.name)}"
        out["organizations"][auth_id] = {"id": auth_id, "name": s.assembly.authority.name,
                                         "classification": s.assembly.authority.kind.value}
        out["organizations"][org_id] = {"id": org_id, "name": s.assembly.name,
                                        "classification": s.assembly.kind.value,
                                        "parent_id": auth_id}
        for m in s.members:
            p = m.person
            out["persons"][p.id] = {
                "id": p.id, "name": p.full_name, "given_name": p.first_name,
                "family_name": p.last_name,
                **({"honorific_prefix": p.civility.value} if p.civility else {}),
            }
            mid = f"{org_id}/{p.id}"
            out["memberships"][mid] = {
                "id": mid, "person_id": p.id, "organization_id": org_id,
                "role": m.role.label,
                **({"label": ", ".join(m.functions)} if m.functions else {}),
                **({"area": {"name": m.commune}} if m.commune else {}),
            }
        for r in report.items:
            if r.tally is None:
                continue
            motion_id = f"{org_id}/{s.date.isoformat()}/{r.item.number}"
            out["motions"][motion_id] = {
                "id": motion_id, "organization_id": org_id, "text": r.item.title,
                "identifier": r.item.deliberation or r.item.number,
                "date": s.date.isoformat(),
                "result": "pass" if r.tally.outcome is Outcome.ADOPTED else "fail",
            }
            c = r.tally.counts
            votes = [{"voter_id": e.voter, "option": _OPTIONS[e.choice],
                      **({"role": f"pouvoir de {e.on_behalf_of}"} if e.on_behalf_of else {})}
                     for e in (r.item.vote.roll_call if r.item.vote else ())]
            out["vote_events"][motion_id] = {
                "id": motion_id, "motion_id": motion_id, "organization_id": org_id,
                "identifier": r.item.deliberation or r.item.number,
                "start_date": s.date.isoformat(),
                "result": "pass" if r.tally.outcome is Outcome.ADOPTED else "fail",
                "counts": [{"option": "yes", "value": c.for_}, {"option": "no", "value": c.against},
                           {"option": "abstain", "value": c.abstention},
                           {"option": "not voting", "value": c.not_voting or 0}],
                **({"votes": votes} if votes else {}),
            }
    return {k: list(v.values()) for k, v in out.items()}
