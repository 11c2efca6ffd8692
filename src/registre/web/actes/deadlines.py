"""The deadlines of the law on a clerk's acts, from the core's computation.

Session deadlines (L2121-25 list within a week, L5211-40-2, and once published R2131-1
two months online and the A-09 appeal) come from :func:`registre.core.deadlines.
session_deadlines`, given the act's own publication date; nothing is re-derived here,
so a correction of the core's arithmetic (A-09's clear days) applies at once. Added on
top: the minutes (L2121-15: adopted at the next sitting, published within the week
after it) and the transmission of acts of L2131-2 not yet acknowledged.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from registre.core.deadlines import Deadline, session_deadlines
from registre.web import models as m
from registre.web.actes.models import Act
from registre.web.convert import session_to_core


@dataclass(frozen=True)
class Due:
    """A deadline of one session or act, and whether it is met."""

    deadline: Deadline
    session: m.Session
    act: Act | None
    done: bool
    url: str

    def state(self, today: dt.date) -> str:
        if self.done:
            return "fait"
        return self.deadline.state(today)


def _transmission_days() -> int:
    # No general delay for transmitting a deliberation (it is enforceable only once received,
    # L2131-1); budgets have fifteen days (L1612-8). The target is a setting, 15 by default.
    return int(settings.REGISTRE_TRANSMISSION_DAYS)


def deadlines_of(sessions: list[m.Session]) -> list[Due]:
    """Every deadline of ``sessions`` and their acts, in date order."""
    out: list[Due] = []
    for s in sessions:
        core = session_to_core(s)
        url = reverse("actes:session", args=[s.pk])
        for d in session_deadlines(core):
            if d.rule in ("A-04", "A-08"):
                # the portal shows the list of deliberations of a stored session; taken as
                # done once the session is closed (its deliberations numbered and online).
                out.append(Due(d, s, None, d.rule == "A-04" and s.sealed_at is not None, url))
        nxt = (m.Session.objects.filter(assembly=s.assembly, date__gt=s.date).order_by("date").first())
        if nxt is not None:
            # L2121-15: the minutes are adopted at the next sitting and published within a week of it.
            out.append(Due(Deadline("procès-verbal arrêté et publié", nxt.date + dt.timedelta(days=7),
                                    "A-05", "L2121-15", nxt.date), s, None, False, url))
        for act in Act.objects.filter(item__session=s).select_related("item"):
            if act.needs_transmission and act.received_on is None:
                start = timezone.localdate(s.sealed_at) if s.sealed_at else s.date
                out.append(Due(Deadline(f"transmission au contrôle de légalité (n° {act.register_number})",
                                        start + dt.timedelta(days=_transmission_days()), "A-01", "L2131-2",
                                        start), s, act, False, url))
            if act.published_at is not None:
                published = timezone.localdate(act.published_at)
                for d in session_deadlines(dataclasses.replace(core, publication_date=published)):
                    if d.rule in ("A-03", "A-09"):
                        label = f"{d.label} (n° {act.register_number})"
                        out.append(Due(dataclasses.replace(d, label=label), s, act, False, url))
    return sorted(out, key=lambda x: x.deadline.due)


def open_sessions(authorities: object, days: int = 120) -> list[m.Session]:
    """Sessions with deadlines still running: held in the last ``days`` days, or with an act
    published since then, or with an act of L2131-2 not yet acknowledged."""
    since = timezone.localdate() - dt.timedelta(days=days)
    recent = (Q(date__gte=since) | Q(items__act__published_at__date__gte=since)
              | Q(items__act__needs_transmission=True, items__act__received_on__isnull=True))
    return list(m.Session.objects.filter(recent, assembly__authority__in=authorities).distinct()
                .select_related("assembly__authority").order_by("date"))


def pressing(dues: list[Due], today: dt.date, days: int = 7) -> list[Due]:
    """What is late, or due within ``days`` days, and not done."""
    limit = today + dt.timedelta(days=days)
    return [d for d in dues if not d.done and d.deadline.due <= limit
            and ((d.deadline.rule != "A-09" and d.deadline.rule != "A-03") or d.deadline.due >= today)]
