"""Pages of the life of acts: the clerk's page of a session (close, sign, transmit, follow,
publish, archive), the deadlines dashboard and its iCalendar feed, and the public pages
(the act as published, with its signature checked, and the register's tables).

Actions post to ``/greffe/seance/<id>/actes/<action>/``; the answer is the page again
with a message: what was done, or the reason of a refusal (nothing half-done).
"""

from __future__ import annotations

import datetime as dt
import hashlib

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe
from icalendar import Calendar, Event

from registre.actes.closing import RegisterEntry, build_register_tables
from registre.rendering import RENDERERS
from registre.web import models as m
from registre.web.actes import services
from registre.web.actes.deadlines import deadlines_of, open_sessions, pressing
from registre.web.actes.models import Act, Publicity, SessionDocument
from registre.web.services.sitting import Refused, can_edit, require_clerk


def _session(request: HttpRequest, pk: int) -> m.Session:
    s = get_object_or_404(m.Session.objects.select_related("assembly__authority", "president"), pk=pk)
    require_clerk(request.user, s)
    return s


@login_required
def session(request: HttpRequest, pk: int) -> HttpResponse:
    s = _session(request, pk)
    acts = list(Act.objects.filter(item__session=s).select_related("item").prefetch_related("events"))
    docs = list(SessionDocument.objects.filter(session=s))
    return render(request, "actes/session.html", {
        "session": s, "acts": acts, "docs": docs, "today": timezone.localdate(),
        "signing": services.signing_configured(), "transmitting": bool(services.settings.REGISTRE_S2LOW_URL),
        "settings_row": services.actes_settings(s.assembly.authority), "publicity_choices": Publicity.choices,
        "dues": deadlines_of([s]),
        "unsigned": any(not a.signed_pdf for a in acts) or any(not d.signed_pdf for d in docs),
    })


ACTIONS = {"clore", "signer", "transmettre", "interroger", "annuler", "publier", "publicite"}


@login_required
@require_POST
def act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    s = _session(request, pk)
    if action not in ACTIONS:
        raise Http404("action inconnue")
    target = None
    if action in ("transmettre", "interroger", "annuler", "publier"):
        target = get_object_or_404(Act, pk=request.POST.get("acte", "0"), item__session=s)
    try:
        if action == "publicite":
            row = services.set_publicity(request.user, s.assembly.authority,
                                         request.POST.get("publicity", ""),
                                         request.POST.get("publicity_decision", ""))
            messages.success(request, f"Mode de publicité : {row.get_publicity_display()}.")
        elif action == "clore":
            done = services.close_session(request.user, s)
            messages.success(request, f"Séance close : {len(done)} délibération(s) numérotée(s) au registre.")
        elif action == "signer":
            n = services.sign_session(request.user, s)
            messages.success(request, f"{n} document(s) signé(s) électroniquement.")
        elif action == "transmettre":
            assert target is not None
            ident = services.transmit(request.user, target)
            messages.success(request, f"Acte n° {target.register_number} transmis (transaction {ident}).")
        elif action == "interroger":
            assert target is not None
            status = services.poll(request.user, target)
            messages.success(request, f"Acte n° {target.register_number} : {status.label}.")
        elif action == "annuler":
            assert target is not None
            services.cancel(request.user, target)
            messages.success(request, f"Transmission de l'acte n° {target.register_number} annulée.")
        else:
            assert target is not None
            services.publish(request.user, target)
            messages.success(request, f"Acte n° {target.register_number} publié.")
    except Refused as e:
        messages.error(request, str(e))
    return redirect("actes:session", pk=s.pk)


@login_required
@require_safe
def session_file(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    """The session's closing sheet or minutes (signed when signed), or its SEDA package."""
    s = _session(request, pk)
    if kind == "archive-seda":
        try:
            data = services.seda_package(s)
        except Refused as e:
            raise Http404(str(e)) from None
        response = HttpResponse(data, content_type="application/zip")
        response["Content-Disposition"] = f'attachment; filename="seda-{s.assembly.slug}-{s.date}.zip"'
        return response
    doc = get_object_or_404(SessionDocument, session=s, kind=kind)
    response = HttpResponse(doc.current, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{kind}-{s.assembly.slug}-{s.date}.pdf"'
    return response


def _clerk_sessions(request: HttpRequest) -> list[m.Session]:
    if request.user.is_superuser:  # type: ignore[union-attr]
        authorities = m.Authority.objects.all()
    else:
        authorities = m.Authority.objects.filter(clerks__user=request.user, clerks__deleted_at__isnull=True)
    return open_sessions(authorities)


@login_required
@require_safe
def dashboard(request: HttpRequest) -> HttpResponse:
    """What is late or due this week, then every deadline of the last four months' sessions."""
    today = timezone.localdate()
    dues = deadlines_of(_clerk_sessions(request))
    return render(request, "actes/dashboard.html", {"today": today, "urgent": pressing(dues, today),
                                                    "dues": dues})


@require_safe
def calendar(request: HttpRequest, authority: str) -> HttpResponse:
    """The deadlines of an authority's acts as an iCalendar feed (public: acts are public)."""
    a = get_object_or_404(m.Authority, slug=authority)
    sessions = open_sessions([a])
    cal = Calendar()
    cal.add("prodid", "-//Registre//Échéances des actes//FR")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"Échéances des actes — {a.name}")
    stamp = timezone.now()
    for d in deadlines_of(sessions):
        ev = Event()
        key = f"{d.deadline.rule}-{d.session.pk}-{d.act.pk if d.act else 0}-{d.deadline.due}"
        ev.add("uid", hashlib.sha256(key.encode()).hexdigest()[:24] + "@registre")
        ev.add("dtstamp", stamp)
        ev.add("dtstart", d.deadline.due)
        ev.add("dtend", d.deadline.due + dt.timedelta(days=1))
        ev.add("summary", f"{d.deadline.label} — {d.session}")
        ev.add("description", f"{d.deadline.article} ({d.deadline.rule}) ; depuis le "
                              f"{d.deadline.start:%d/%m/%Y}" + (" ; fait" if d.done else ""))
        cal.add_component(ev)
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="echeances-actes-{a.slug}.ics"'
    return response


# --- public pages ----------------------------------------------------------------------------

def _published(authority: str, number: str) -> Act:
    act_ = (Act.objects.select_related("item__session__assembly__authority", "item")
            .filter(authority__slug=authority, internal_number=number).first())
    if act_ is None or act_.published_at is None:
        raise Http404("Acte inconnu ou non publié.")
    return act_


@require_safe
def authority_acts(request: HttpRequest, authority: str) -> HttpResponse:
    a = get_object_or_404(m.Authority, slug=authority)
    acts = (Act.objects.filter(authority=a, published_at__isnull=False)
            .select_related("item__session__assembly").order_by("-published_at"))
    years = sorted({x.item.session.date.year for x in acts}, reverse=True)
    return render(request, "actes/authority.html", {
        "authority": a, "acts": acts, "years": years,
        "settings_row": services.actes_settings(a), "Publicity": Publicity,
    })


@require_safe
def public_act(request: HttpRequest, authority: str, number: str) -> HttpResponse:
    act_ = _published(authority, number)
    return render(request, "actes/act.html", {
        "act": act_, "session": act_.item.session, "authority": act_.authority,
        "signatures": services.signatures(act_.document), "enforceable": act_.enforceable_since(),
        "settings_row": services.actes_settings(act_.authority),
        "editable": can_edit(request.user, act_.authority),
    })


@require_safe
def public_act_pdf(request: HttpRequest, authority: str, number: str) -> HttpResponse:
    act_ = _published(authority, number)
    response = HttpResponse(act_.document, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="acte-{act_.internal_number}.pdf"'
    return response


@require_safe
def tables(request: HttpRequest, authority: str, year: int) -> HttpResponse:
    """The year's tables of the register (R2121-9), by date and by subject, in PDF/A."""
    a = get_object_or_404(m.Authority, slug=authority)
    acts = Act.objects.filter(authority=a, item__session__date__year=year).select_related(
        "item__session__assembly", "item__text")
    entries = [RegisterEntry(x.register_number, x.item.session.date, x.item.session.assembly.name,
                             x.item.title, getattr(getattr(x.item, "text", None), "matiere", None) or None)
               for x in acts]
    if not entries:
        raise Http404(f"Aucune délibération au registre en {year}.")
    data = RENDERERS["pdf"](build_register_tables(a.name, year, entries))
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="tables-registre-{a.slug}-{year}.pdf"'
    return response


def act_url(a: Act) -> str:
    return reverse("actes:act", args=[a.authority.slug, a.internal_number])
