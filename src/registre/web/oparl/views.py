"""The OParl 1.1 server: ``/oparl/`` answers the System object, every object has its URL.

Lists are paged (:data:`PAGE_SIZE` objects at most a page, with the specification's
``pagination`` and ``links``) and filtered by ``created_since``, ``created_until``,
``modified_since`` and ``modified_until``; with ``modified_since`` the objects deleted
since are listed too, marked ``deleted`` (OParl 1.1, « Gelöschte Objekte »). A bad
parameter answers 400 with an RFC 9457 problem in French; an unknown object 404.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.dateparse import parse_date, parse_datetime
from django.views.decorators.http import require_safe

from registre.web import models as m
from registre.web.oparl import serialise as ser

PAGE_SIZE = 100
_FILTERS = {"created_since": "created_at__gte", "created_until": "created_at__lte",
            "modified_since": "updated_at__gte", "modified_until": "updated_at__lte"}


class BadParameter(ValueError):
    """A query parameter the server cannot use."""


def _json(data: Any, status: int = 200, content_type: str = "application/json") -> HttpResponse:
    response = HttpResponse(json.dumps(data, ensure_ascii=False, indent=1),
                            content_type=f"{content_type}; charset=utf-8", status=status)
    response["Access-Control-Allow-Origin"] = "*"
    return response


def problem(status: int, title: str, detail: str) -> HttpResponse:
    """An RFC 9457 problem details answer."""
    return _json({"type": "about:blank", "title": title, "status": status, "detail": detail},
                 status, "application/problem+json")


def _moment(name: str, raw: str) -> dt.datetime:
    try:
        value = parse_datetime(raw)
        if value is None:
            day = parse_date(raw)
            value = dt.datetime.combine(day, dt.time()) if day else None
    except ValueError:
        value = None
    if value is None:
        raise BadParameter(f"paramètre « {name} » : date et heure ISO 8601 attendues "
                           f"(par exemple 2024-04-11T18:00:00+02:00), reçu « {raw[:40]} »")
    if value.tzinfo is None:
        value = value.replace(tzinfo=ser.PARIS)
    return value


def _filtered(request: HttpRequest, qs: QuerySet[Any], prefix: str = "") -> QuerySet[Any]:
    for name, lookup in _FILTERS.items():
        raw = request.GET.get(name)
        if raw is not None:
            qs = qs.filter(**{prefix + lookup: _moment(name, raw)})
    if "modified_since" not in request.GET:
        qs = qs.filter(**{prefix + "deleted_at__isnull": True})
    return qs


def _page_number(request: HttpRequest) -> int:
    raw = request.GET.get("page", "1")
    if not raw.isdigit() or not 1 <= int(raw[:9]) <= 10**8 or len(raw) > 9:
        raise BadParameter(f"paramètre « page » : un numéro de page à partir de 1 est attendu, "
                           f"reçu « {raw[:40]} »")
    return int(raw)


def _paged(request: HttpRequest, rows: list[Any] | QuerySet[Any],
           serialise: Callable[[Any], dict[str, Any]]) -> HttpResponse:
    page = _page_number(request)
    total = rows.count() if isinstance(rows, QuerySet) else len(rows)
    pages = max(1, -(-total // PAGE_SIZE))
    chunk = rows[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    params = {k: v for k, v in request.GET.items() if k != "page"}

    def link(n: int) -> str:
        return request.build_absolute_uri(request.path + "?" + urlencode({**params, "page": n}))

    links = {"first": link(1), "last": link(pages)}
    if page > 1:
        links["prev"] = link(min(page - 1, pages))
    if page < pages:
        links["next"] = link(page + 1)
    return _json({"data": [serialise(r) for r in chunk],
                  "pagination": {"totalElements": total, "elementsPerPage": PAGE_SIZE,
                                 "currentPage": page, "totalPages": pages},
                  "links": links})


def oparl_view(view: Callable[..., Any]) -> Callable[..., HttpResponse]:
    """A view answering JSON: its object, or a French problem for a bad parameter."""

    @require_safe
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        urls = ser.Urls(request.build_absolute_uri)
        try:
            result = view(request, urls, *args, **kwargs)
        except BadParameter as e:
            return problem(400, "Paramètre invalide", str(e))
        except Http404:
            return problem(404, "Objet introuvable", f"aucun objet OParl à l'adresse {request.path}")
        return result if isinstance(result, HttpResponse) else _json(result)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


def _authority(slug: str) -> m.Authority:
    return get_object_or_404(m.Authority.all_objects, slug=slug)


def _deliberations(qs: QuerySet[m.Item]) -> QuerySet[m.Item]:
    return qs.exclude(deliberation="").select_related("session__assembly__authority", "text")


@oparl_view
def system(request: HttpRequest, urls: ser.Urls) -> dict[str, Any]:
    """The System object: what this server is, and where its bodies are."""
    return ser.system(urls, request.build_absolute_uri(reverse("registre:home")))


@oparl_view
def bodies(request: HttpRequest, urls: ser.Urls) -> HttpResponse:
    return _paged(request, _filtered(request, m.Authority.all_objects.order_by("pk")),
                  lambda a: ser.body(a, urls))


@oparl_view
def body(request: HttpRequest, urls: ser.Urls, slug: str) -> dict[str, Any]:
    return ser.body(_authority(slug), urls)


@oparl_view
def body_organizations(request: HttpRequest, urls: ser.Urls, slug: str) -> HttpResponse:
    a = _authority(slug)
    qs = m.Assembly.all_objects.filter(authority=a).select_related("authority").order_by("pk")
    return _paged(request, _filtered(request, qs), lambda asm: ser.organization(asm, urls))


@oparl_view
def body_people(request: HttpRequest, urls: ser.Urls, slug: str) -> HttpResponse:
    a = _authority(slug)
    qs = m.Person.all_objects.filter(authority=a).select_related("authority").order_by("pk")
    return _paged(request, _filtered(request, qs), lambda p: ser.person(p, urls))


@oparl_view
def body_memberships(request: HttpRequest, urls: ser.Urls, slug: str) -> HttpResponse:
    a = _authority(slug)
    mandates = _filtered(request, m.Mandate.all_objects.filter(session__assembly__authority=a))
    pairs = sorted(set(mandates.values_list("session__assembly_id", "person_id")))
    assemblies = {x.pk: x for x in m.Assembly.all_objects.filter(pk__in={p[0] for p in pairs})}
    persons = {x.pk: x for x in m.Person.all_objects.filter(pk__in={p[1] for p in pairs})}
    return _paged(request, pairs, lambda pair: ser.membership(assemblies[pair[0]], persons[pair[1]], urls))


def _sessions(request: HttpRequest, **where: Any) -> QuerySet[m.Session]:
    qs = m.Session.all_objects.filter(**where).select_related("assembly__authority").order_by("date", "pk")
    return _filtered(request, qs)


@oparl_view
def body_meetings(request: HttpRequest, urls: ser.Urls, slug: str) -> HttpResponse:
    reports = ser.Reports()
    return _paged(request, _sessions(request, assembly__authority=_authority(slug)),
                  lambda s: ser.meeting(s, urls, reports))


@oparl_view
def organization_meetings(request: HttpRequest, urls: ser.Urls, pk: int) -> HttpResponse:
    reports = ser.Reports()
    asm = get_object_or_404(m.Assembly.all_objects, pk=pk)
    return _paged(request, _sessions(request, assembly=asm), lambda s: ser.meeting(s, urls, reports))


@oparl_view
def body_locations(request: HttpRequest, urls: ser.Urls, slug: str) -> HttpResponse:
    qs = _sessions(request, assembly__authority=_authority(slug)).exclude(place="")
    return _paged(request, qs, lambda s: ser.location(s, urls))


def _items(request: HttpRequest, slug: str) -> QuerySet[m.Item]:
    qs = m.Item.all_objects.filter(session__assembly__authority=_authority(slug)).select_related(
        "session__assembly__authority", "text").order_by("session__date", "session_id", "passage")
    return _filtered(request, qs)


@oparl_view
def body_agenda_items(request: HttpRequest, urls: ser.Urls, slug: str) -> HttpResponse:
    reports = ser.Reports()
    return _paged(request, _items(request, slug), lambda it: ser.agenda_item(it, urls, reports))


@oparl_view
def body_papers(request: HttpRequest, urls: ser.Urls, slug: str) -> HttpResponse:
    return _paged(request, _deliberations(_items(request, slug)), lambda it: ser.paper(it, urls))


@oparl_view
def body_consultations(request: HttpRequest, urls: ser.Urls, slug: str) -> HttpResponse:
    return _paged(request, _deliberations(_items(request, slug)), lambda it: ser.consultation(it, urls))


@oparl_view
def body_files(request: HttpRequest, urls: ser.Urls, slug: str) -> HttpResponse:
    return _paged(request, _deliberations(_items(request, slug)), lambda it: ser.file(it, urls))


@oparl_view
def body_legislative_terms(request: HttpRequest, urls: ser.Urls, slug: str) -> HttpResponse:
    _page_number(request)
    return _paged(request, ser.legislative_terms(_authority(slug), urls), lambda t: t)


@oparl_view
def legislative_term(request: HttpRequest, urls: ser.Urls, slug: str, year: int) -> Any:
    for term in ser.legislative_terms(_authority(slug), urls):
        if term["startDate"].startswith(f"{year}-"):
            return term
    return problem(404, "Objet introuvable", f"pas de mandature {year} pour cette collectivité")


@oparl_view
def organization(request: HttpRequest, urls: ser.Urls, pk: int) -> dict[str, Any]:
    return ser.organization(get_object_or_404(m.Assembly.all_objects.select_related("authority"), pk=pk),
                            urls)


@oparl_view
def membership(request: HttpRequest, urls: ser.Urls, assembly: int, person: int) -> Any:
    asm = get_object_or_404(m.Assembly.all_objects, pk=assembly)
    p = get_object_or_404(m.Person.all_objects, pk=person)
    if not m.Mandate.all_objects.filter(session__assembly=asm, person=p).exists():
        return problem(404, "Objet introuvable", "cette personne n'a pas siégé dans cette assemblée")
    return ser.membership(asm, p, urls)


@oparl_view
def person(request: HttpRequest, urls: ser.Urls, pk: int) -> dict[str, Any]:
    return ser.person(get_object_or_404(m.Person.all_objects.select_related("authority"), pk=pk), urls)


def _session(pk: int) -> m.Session:
    return get_object_or_404(m.Session.all_objects.select_related("assembly__authority"), pk=pk)


@oparl_view
def meeting(request: HttpRequest, urls: ser.Urls, pk: int) -> dict[str, Any]:
    return ser.meeting(_session(pk), urls, ser.Reports())


@oparl_view
def location(request: HttpRequest, urls: ser.Urls, pk: int) -> dict[str, Any]:
    return ser.location(_session(pk), urls)


def _item(pk: int, deliberation: bool = False) -> m.Item:
    qs = m.Item.all_objects.select_related("session__assembly__authority", "text")
    if deliberation:
        qs = qs.exclude(deliberation="")
    return get_object_or_404(qs, pk=pk)


@oparl_view
def agenda_item(request: HttpRequest, urls: ser.Urls, pk: int) -> dict[str, Any]:
    return ser.agenda_item(_item(pk), urls, ser.Reports())


@oparl_view
def paper(request: HttpRequest, urls: ser.Urls, pk: int) -> dict[str, Any]:
    return ser.paper(_item(pk, deliberation=True), urls)


@oparl_view
def consultation(request: HttpRequest, urls: ser.Urls, pk: int) -> dict[str, Any]:
    return ser.consultation(_item(pk, deliberation=True), urls)


@oparl_view
def file(request: HttpRequest, urls: ser.Urls, pk: int) -> dict[str, Any]:
    return ser.file(_item(pk, deliberation=True), urls)

