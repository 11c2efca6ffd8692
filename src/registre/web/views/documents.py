"""Downloads of the official documents (``registre.rendering``: PDF/A, HTML, DOCX).

The portal does not depend on the renderer: when ``registre.rendering`` cannot be
imported, the links are not shown and these URLs answer 404 with a French reason.
Documents are computed from the stored session and cached until its next revision.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
from types import ModuleType

from django.core.cache import cache
from django.db.models import Max
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.views.decorators.http import require_safe

from registre.web import models as m
from registre.web.convert import session_to_core
from registre.web.security import allow_own_styles
from registre.web.views.portal import PAGE_CACHE_SECONDS, _session

FORMATS = ("pdf", "html", "docx")
NAMES = {"extract": "extrait", "list": "liste-des-deliberations", "minutes": "proces-verbal"}


def renderer() -> ModuleType | None:
    """``registre.rendering`` if it is installed, else None."""
    try:
        return importlib.import_module("registre.rendering")
    except ImportError:
        return None


def last_change(s: m.Session) -> dt.datetime:
    """When anything the session's documents are made of last changed."""
    stamps = [s.updated_at]
    for related in (m.Item.all_objects, m.Attendance.all_objects, m.Proxy.all_objects,
                    m.Mandate.all_objects):
        stamps.append(related.filter(session=s).aggregate(t=Max("updated_at"))["t"])
    for related in (m.Interest.all_objects, m.Vote.all_objects, m.Deliberation.all_objects):
        stamps.append(related.filter(item__session=s).aggregate(t=Max("updated_at"))["t"])
    return max(t for t in stamps if t is not None)


def _document(request: HttpRequest, authority: str, assembly: str, date: str, what: str, fmt: str,
              number: str | None = None) -> HttpResponse:
    rendering = renderer()
    if rendering is None:
        raise Http404("Les documents ne sont pas disponibles sur ce portail (module de rendu absent).")
    if fmt not in FORMATS:
        raise Http404(f"format inconnu « {fmt} »")
    s = _session(authority, assembly, date)
    key = f"registre:doc:{s.pk}:{s.revision}:{what}:{number}:{fmt}"
    body = cache.get(key)
    if body is None:
        try:
            body = rendering.render(session_to_core(s), what, fmt, item=number)
        except rendering.RenderError as e:
            raise Http404(str(e)) from None
        cache.set(key, body, PAGE_CACHE_SECONDS)
    # OParl (issue 17): files carry an ETag and a Last-Modified; a client that has them gets 304.
    etag = '"' + hashlib.sha256(body).hexdigest()[:40] + '"'
    modified = last_change(s).timestamp()
    unchanged = get_conditional_response(request, etag=etag, last_modified=int(modified))
    if unchanged is not None:
        return unchanged
    response = HttpResponse(body, content_type=rendering.MEDIA_TYPES[fmt])
    response["ETag"] = etag
    response["Last-Modified"] = http_date(modified)
    name = f"{NAMES[what]}-{s.assembly.slug}-{s.date.isoformat()}" + (f"-{number}" if number else "")
    disposition = "inline" if fmt in ("pdf", "html") else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{name}.{fmt}"'
    return allow_own_styles(response) if fmt == "html" else response


@require_safe
def extract(request: HttpRequest, authority: str, assembly: str, date: str, number: str,
            fmt: str) -> HttpResponse:
    return _document(request, authority, assembly, date, "extract", fmt, number)


@require_safe
def session_document(request: HttpRequest, authority: str, assembly: str, date: str, what: str,
                     fmt: str) -> HttpResponse:
    kinds = {v: k for k, v in NAMES.items() if k != "extract"}
    if what not in kinds:
        raise Http404("document inconnu")
    return _document(request, authority, assembly, date, kinds[what], fmt)
