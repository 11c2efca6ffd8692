"""Following the register: RSS and Atom feeds (Django's syndication framework) of the
deliberations of an authority, of an assembly and of a search; iCalendar of sittings.

Each entry is a deliberation (an item with a number or a vote): its title, its session,
and its result as the core computes it on the stored session.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed
from django.views.decorators.http import require_safe
from icalendar import Calendar, Event

from registre.core import check_session
from registre.web import models as m
from registre.web.convert import session_to_core
from registre.web.oparl.serialise import PARIS, moment
from registre.web.search import search
from registre.web.views.portal import search_filters

ENTRIES = 50


def _outcomes(items: list[m.Item]) -> dict[int, str]:
    """The computed result of each item, one check per session."""
    by_session: dict[int, list[m.Item]] = {}
    for it in items:
        by_session.setdefault(it.session_id, []).append(it)
    out: dict[int, str] = {}
    for its in by_session.values():
        report = check_session(session_to_core(its[0].session), only={it.number for it in its})
        for it in its:
            r = report.item(it.number)
            if r.tally is not None:
                c = r.tally.counts
                out[it.pk] = (f"{r.tally.outcome.label} — pour {c.for_}, contre {c.against}, "
                              f"abstention {c.abstention}")
    return out


def _recent(**where: Any) -> list[m.Item]:
    qs = m.Item.objects.filter(**where).exclude(deliberation="", vote__isnull=True).select_related(
        "session__assembly__authority", "text").order_by("-session__date", "-passage")
    return list(qs[:ENTRIES])


class _DeliberationsFeed(Feed):  # type: ignore[type-arg]
    """Entries: the latest deliberations of what ``get_object`` names."""

    description_template = None

    def items(self, obj: Any) -> list[m.Item]:
        items: list[m.Item] = self.select(obj)  # type: ignore[attr-defined]  # each feed's own
        self._outcomes = _outcomes(items)
        return items

    def item_title(self, it: m.Item) -> str:
        number = f"n° {it.deliberation} — " if it.deliberation else ""
        return f"{number}{it.title or f'Question n°{it.number}'}"

    def item_description(self, it: m.Item) -> str:
        s = it.session
        parts = [f"{s.assembly.name} de {s.assembly.authority.name}, séance du {s.date:%d/%m/%Y}."]
        if it.pk in self._outcomes:
            parts.append(f"Résultat recalculé : {self._outcomes[it.pk]}.")
        return " ".join(parts)

    def item_link(self, it: m.Item) -> str:
        return it.get_absolute_url()

    def item_pubdate(self, it: m.Item) -> dt.datetime:
        return dt.datetime.combine(it.session.date, dt.time(0, 0), PARIS)

    def item_updateddate(self, it: m.Item) -> dt.datetime:
        return it.updated_at

    def item_guid(self, it: m.Item) -> str:
        return f"registre:item:{it.pk}"

    item_guid_is_permalink = False


class AuthorityFeed(_DeliberationsFeed):
    def get_object(self, request: HttpRequest, authority: str) -> m.Authority:
        return get_object_or_404(m.Authority, slug=authority)

    def title(self, obj: m.Authority) -> str:
        return f"Délibérations — {obj.name}"

    def link(self, obj: m.Authority) -> str:
        return obj.get_absolute_url()

    def description(self, obj: m.Authority) -> str:
        return f"Les dernières délibérations de {obj.name}, avec leur résultat recalculé par le registre."

    def select(self, obj: m.Authority) -> list[m.Item]:
        return _recent(session__assembly__authority=obj)


class AuthorityAtomFeed(AuthorityFeed):
    feed_type = Atom1Feed
    subtitle = AuthorityFeed.description


class AssemblyFeed(_DeliberationsFeed):
    def get_object(self, request: HttpRequest, authority: str, assembly: str) -> m.Assembly:
        return get_object_or_404(m.Assembly.objects.select_related("authority"), authority__slug=authority,
                                 slug=assembly)

    def title(self, obj: m.Assembly) -> str:
        return f"Délibérations — {obj.name} — {obj.authority.name}"

    def link(self, obj: m.Assembly) -> str:
        return obj.get_absolute_url()

    def description(self, obj: m.Assembly) -> str:
        return f"Les dernières délibérations du {obj.name} de {obj.authority.name}."

    def select(self, obj: m.Assembly) -> list[m.Item]:
        return _recent(session__assembly=obj)


class AssemblyAtomFeed(AssemblyFeed):
    feed_type = Atom1Feed
    subtitle = AssemblyFeed.description


class SearchFeed(_DeliberationsFeed):
    """The results of a search of the portal (``?q=…`` and its other filters) as a feed."""

    def get_object(self, request: HttpRequest) -> Any:
        filters, errors = search_filters(request.GET)
        if errors:
            raise Http404("; ".join(f"{k} : {v}" for k, v in errors.items()))
        self._query = request.GET.urlencode()
        return filters

    def title(self, obj: Any) -> str:
        return f"Recherche « {obj.query} » — Registre des délibérations" if obj.query else \
            "Recherche — Registre des délibérations"

    def link(self, obj: Any) -> str:
        return f"/recherche/?{self._query}"

    def description(self, obj: Any) -> str:
        return "Les délibérations qui répondent à cette recherche, les plus récentes d'abord."

    def select(self, obj: Any) -> list[m.Item]:
        return search(obj, ENTRIES).items


@require_safe
def sittings_ics(request: HttpRequest, authority: str) -> HttpResponse:
    """The sittings of an authority, past and to come, as an iCalendar feed."""
    a = get_object_or_404(m.Authority, slug=authority)
    cal = Calendar()
    cal.add("prodid", "-//Registre des délibérations//FR")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"Séances — {a.name}")
    for s in m.Session.objects.filter(assembly__authority=a).select_related("assembly").order_by("date"):
        ev = Event()
        ev.add("uid", f"seance-{s.pk}@registre")
        ev.add("summary", f"{s.assembly.name} — {a.name}")
        start = moment(s.date, s.opened_at)
        end = moment(s.date, s.closed_at)
        if start is None:
            ev.add("dtstart", s.date)
        else:
            ev.add("dtstart", start)
            ev.add("dtend", end if end and end > start else start + dt.timedelta(hours=2))
        if s.place:
            ev.add("location", s.place)
        ev.add("url", request.build_absolute_uri(s.get_absolute_url()))
        ev.add("dtstamp", s.updated_at)
        cal.add_component(ev)
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="seances-{a.slug}.ics"'
    return response
