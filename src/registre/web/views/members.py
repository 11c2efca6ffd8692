"""Members' pages: mandates, attendance over a period, proxies, public votes, interests.

Attendance is the core's, item by item, on each stored session (who is present at an
item, who is represented and by whom); a public vote is shown member by member only where
the register knows it: a roll call, or a unanimous public vote of those who took part.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from registre.core import check_session
from registre.core.vocabulary import Ballot, Choice
from registre.web import models as m
from registre.web.convert import session_to_core


@dataclass
class Attendance:
    """A member's attendance over the items of the sessions where they sat."""

    items: int = 0
    present: int = 0
    represented: int = 0
    sessions: int = 0
    rows: list[dict[str, Any]] = field(default_factory=list)

    @property
    def rate(self) -> float | None:
        return self.present / self.items if self.items else None


def _period(request: HttpRequest) -> tuple[dt.date | None, dt.date | None, dict[str, str]]:
    errors = {}
    bounds: list[dt.date | None] = []
    for key in ("du", "au"):
        raw = request.GET.get(key, "")
        try:
            bounds.append(dt.date.fromisoformat(raw) if raw else None)
        except ValueError:
            bounds.append(None)
            errors[key] = "date attendue (AAAA-MM-JJ)"
    return bounds[0], bounds[1], errors


@require_safe
def members(request: HttpRequest, authority: str) -> HttpResponse:
    a = get_object_or_404(m.Authority, slug=authority)
    persons = Paginator(m.Person.objects.filter(authority=a).order_by("last_name", "first_name"), 100)
    return render(request, "registre/members/index.html", {
        "authority": a, "persons": persons.get_page(request.GET.get("page"))})


def _vote_of(it: m.Item, key: str, present: bool, interested: bool) -> str | None:
    vote = getattr(it, "vote", None)
    if vote is None or vote.ballot != Ballot.PUBLIC.value:
        return None
    for e in vote.roll_call.all():
        if e.voter.key == key and e.on_behalf_of is None:
            return Choice(e.choice).label
    if vote.unanimous and present and not interested:
        return "pour (unanimité)"
    return None


@require_safe
def member(request: HttpRequest, authority: str, key: str) -> HttpResponse:
    a = get_object_or_404(m.Authority, slug=authority)
    p = get_object_or_404(m.Person, authority=a, key=key)
    since, until, errors = _period(request)
    mandates = (m.Mandate.objects.filter(person=p).select_related("session__assembly")
                .order_by("session__date"))
    seats: dict[tuple[str, str, str, tuple[str, ...]], list[dt.date]] = {}
    for md in mandates:
        seats.setdefault((md.session.assembly.name, md.commune, md.get_role_display(), tuple(md.functions)),
                         []).append(md.session.date)
    sessions = m.Session.objects.filter(mandates__person=p).select_related("assembly__authority").order_by(
        "-date")
    if since:
        sessions = sessions.filter(date__gte=since)
    if until:
        sessions = sessions.filter(date__lte=until)
    attendance = Attendance()
    for s in sessions:
        report = check_session(session_to_core(s))
        items = {it.number: it for it in s.items.prefetch_related("vote__roll_call__voter",
                                                                  "vote__roll_call__on_behalf_of")}
        attendance.sessions += 1
        for r in report.items:
            it = items.get(r.item.number)
            if it is None:
                continue
            present = p.key in r.present
            holder = r.represented.get(p.key)
            interested = any(i.person == p.key for i in r.interested)
            attendance.items += 1
            attendance.present += present
            attendance.represented += holder is not None
            attendance.rows.append({
                "session": s, "item": it, "present": present,
                "holder": report.session.name_of(holder) if holder else None,
                "interested": interested, "vote": _vote_of(it, p.key, present, interested)})
    return render(request, "registre/members/member.html", {
        "authority": a, "person": p, "seats": [(k, min(v), max(v)) for k, v in seats.items()],
        "attendance": attendance, "since": since, "until": until, "errors": errors,
        "given": m.Proxy.objects.filter(giver=p).select_related("holder", "session__assembly"),
        "received": m.Proxy.objects.filter(holder=p).select_related("giver", "session__assembly"),
        "interests": m.Interest.objects.filter(person=p).select_related("item__session__assembly"),
    }, status=400 if errors else 200)
