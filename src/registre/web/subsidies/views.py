"""Pages of subsidies: portal (read-only) and the clerks' forms on the convention page.

Every figure and state comes from the pure domain on ``to_domain``: no rule here. The
date of the states is today, or ``?au=AAAA-MM-JJ``. A form posts to
``…/conventions/<slug>/<action>/``; the answer is the page recomputed, or the page with
the form and the refusal's reason next to the field (HTTP 400), nothing saved.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import BadRequest
from django.core.paginator import Paginator
from django.db.models import Count, Q, Sum
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from registre.subsidies import overview
from registre.subsidies.deadlines import convention_state, deadlines
from registre.subsidies.ical import deadlines_calendar
from registre.subsidies.rules import check_convention
from registre.subsidies.vocabulary import BudgetSide, EventKind
from registre.subsidies.workbook import deliverables_workbook
from registre.web import models as m
from registre.web.fields import EARLIEST, LATEST
from registre.web.subsidies import charts, rendering, services
from registre.web.subsidies import models as sm
from registre.web.subsidies.convert import conventions_queryset, to_domain
from registre.web.subsidies.forms import FORMS

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"




def _on(request: HttpRequest) -> dt.date:
    """The date of ``?au=AAAA-MM-JJ``, else today. Raises BadRequest (400) on any other value."""
    raw = request.GET.get("au", "")
    if not raw:
        return timezone.localdate()
    try:
        on = dt.date.fromisoformat(raw)
    except ValueError:
        raise BadRequest(f"« au » : date attendue au format AAAA-MM-JJ, pas « {raw[:40]} ».") from None
    if not EARLIEST <= on <= LATEST:
        raise BadRequest(f"« au » : date entre {EARLIEST:%Y} et {LATEST:%Y} attendue.")
    return on


def _authority(slug: str) -> m.Authority:
    return get_object_or_404(m.Authority, slug=slug)


def _conventions(authority: m.Authority) -> list[tuple[sm.Convention, Any]]:
    rows = conventions_queryset().filter(authority=authority)
    return [(c, to_domain(c)) for c in rows]


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    """The authorities that have conventions; straight to the only one when there is one."""
    authorities = list(m.Authority.objects.filter(
        Q(conventions__deleted_at__isnull=True) | Q(attributions__deleted_at__isnull=True)).distinct())
    if len(authorities) == 1:
        return redirect("subsidies:index", authorities[0].slug)
    return render(request, "subsidies/home.html", {"authorities": authorities})


@require_GET
def index(request: HttpRequest, authority: str) -> HttpResponse:
    a = _authority(authority)
    on = _on(request)
    pairs = _conventions(a)
    domains = [d for _, d in pairs]
    rows = [{"model": c, "domain": d, "state": convention_state(d, on, services.settings())}
            for c, d in pairs]
    published = sm.Attribution.objects.filter(authority=a).select_related(
        "beneficiary", "deliberation__item__session__assembly__authority")
    summary = published.aggregate(count=Count("id"), total=Sum("amount"))
    return render(request, "subsidies/index.html", {
        "authority": a, "on": on, "rows": rows,
        "attributions": published[:10], "attributions_count": summary["count"],
        "attributions_total": summary["total"],
        "amounts_svg": charts.amounts_chart(overview.amounts_by_year(domains)),
        "consumption_svg": charts.consumption_chart(overview.budget_consumption(domains)),
        "lines": overview.budget_consumption(domains),
    })


@require_GET
def attributions(request: HttpRequest, authority: str) -> HttpResponse:
    """Every attribution the authority published as SCDL « Subventions », paged."""
    a = _authority(authority)
    published = sm.Attribution.objects.filter(authority=a).select_related(
        "beneficiary", "deliberation__item__session__assembly__authority")
    raw = request.GET.get("page", "1")
    if not raw.isdigit() or len(raw) > 6:
        return HttpResponseBadRequest("paramètre « page » : un numéro de page est attendu")
    page = Paginator(published, 50).get_page(int(raw))
    total = published.aggregate(total=Sum("amount"))["total"]
    return render(request, "subsidies/attributions.html", {"authority": a, "page": page, "total": total})


@require_GET
def agenda(request: HttpRequest, authority: str) -> HttpResponse:
    a = _authority(authority)
    on = _on(request)
    pairs = _conventions(a)
    slugs = {d.key: c for c, d in pairs}
    groups = overview.agenda([d for _, d in pairs], on, services.settings())
    return render(request, "subsidies/agenda.html", {
        "authority": a, "on": on, "slugs": slugs,
        "groups": [(state, [(e, slugs[e.convention.key]) for e in entries])
                   for state, entries in groups.items() if entries],
    })


@require_GET
def agenda_ics(request: HttpRequest, authority: str) -> HttpResponse:
    a = _authority(authority)
    data = deadlines_calendar([d for _, d in _conventions(a)], _on(request), services.settings(),
                              name=f"Échéances des subventions — {a.name}")
    response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="echeances-{a.slug}.ics"'
    return response


def _convention(authority: str, slug: str) -> sm.Convention:
    return get_object_or_404(conventions_queryset(), authority__slug=authority, slug=slug)


@require_GET
def convention(request: HttpRequest, authority: str, slug: str) -> HttpResponse:
    return _page(request, _convention(authority, slug), {})


def _page(request: HttpRequest, conv: sm.Convention, bound: dict[str, Any],
          status: int = 200) -> HttpResponse:
    on = _on(request)
    c = to_domain(conv)
    editable = services.can_edit(request.user, conv.authority)
    forms = {}
    if editable:
        forms = {key: (bound.get(key) or cls(prefix=key, initial={"on": on}), title)
                 for key, (cls, title) in FORMS.items()}
    budget = c.programme.budget
    delib = conv.deliberation
    au = request.GET.get("au", "")
    return render(request, "subsidies/convention.html", {
        "conv": conv, "c": c, "on": on, "editable": editable, "forms": forms,
        "query": f"?au={on.isoformat()}" if au else "",
        "state": convention_state(c, on, services.settings()),
        "deadlines": [(x, x.state(on, services.settings())) for x in deadlines(c, services.settings())],
        "findings": check_convention(c, on, services.settings()),
        "expenses": budget.lines(BudgetSide.EXPENSE), "revenues": budget.lines(BudgetSide.REVENUE),
        "budget": budget, "share": c.authority_share(),
        "indicators": overview.indicator_progress(c),
        "targets": [(t, p) for t in c.programme.all_targets() for p in (t, *t.of_which)],
        "events": conv.events.all(), "uploads": conv.uploads.all()[:5],
        "item": delib.item if delib else None, "kinds": EventKind,
        "rendering": rendering.available() is not None,
    }, status=status)


@require_GET
def beneficiary(request: HttpRequest, authority: str, slug: str) -> HttpResponse:
    a = _authority(authority)
    b = get_object_or_404(sm.Beneficiary, authority=a, slug=slug)
    domains = [to_domain(c) for c in conventions_queryset().filter(beneficiary=b)]
    years = overview.amounts_by_year(domains).get(b.name, {})
    if not domains:  # no convention stored: the history alone
        years = {p.year: p.amount for p in b.history.all()}
    convs = {d.year: c for c, d in zip(conventions_queryset().filter(beneficiary=b), domains, strict=True)}
    published = b.attributions.filter(deleted_at__isnull=True).select_related(
        "beneficiary", "deliberation__item__session__assembly__authority")
    return render(request, "subsidies/beneficiary.html", {
        "authority": a, "b": b, "attributions": published,
        "years": [(y, v, convs.get(y)) for y, v in sorted(years.items(), reverse=True)],
        "svg": charts.amounts_chart({b.name: years}, f"Subventions reçues par {b.name}"),
    })


@require_GET
def workbook(request: HttpRequest, authority: str, slug: str) -> HttpResponse:
    conv = _convention(authority, slug)
    response = HttpResponse(deliverables_workbook(to_domain(conv)), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="livrables-{conv.slug}.xlsx"'
    return response


@require_GET
def document(request: HttpRequest, authority: str, slug: str, fmt: str) -> HttpResponse:
    conv = _convention(authority, slug)
    if fmt not in rendering.MEDIA_TYPES:
        raise Http404("format inconnu")
    if rendering.available() is None:
        return render(request, "subsidies/no_rendering.html", {"conv": conv, "fmt": fmt.upper()}, status=501)
    response = HttpResponse(rendering.render(to_domain(conv), fmt), content_type=rendering.MEDIA_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="convention-{conv.slug}.{fmt}"'
    return response


@require_POST
@login_required
def withdraw(request: HttpRequest, authority: str, slug: str, pk: int) -> HttpResponse:
    conv = _convention(authority, slug)
    event = get_object_or_404(sm.ConventionEvent, convention=conv, pk=pk)
    services.withdraw_event(request.user, event)
    messages.success(request, f"Événement « {event.get_kind_display()} » du {event.on:%d/%m/%Y} retiré.")
    query = f"?au={_on(request).isoformat()}" if request.GET.get("au") else ""
    return redirect(conv.get_absolute_url() + query + "#vie")


@require_POST
@login_required
def act(request: HttpRequest, authority: str, slug: str, action: str) -> HttpResponse:
    if action not in FORMS:
        raise Http404("action inconnue")
    conv = _convention(authority, slug)
    services.require_clerk(request.user, conv.authority)
    cls, _ = FORMS[action]
    form = cls(request.POST, request.FILES, prefix=action)
    if form.is_valid():
        try:
            message = _apply(request.user, conv, action, form.cleaned_data)
        except services.Refused as e:
            for reason in getattr(e, "reasons", None) or [str(e)]:
                form.add_error(e.field if e.field in form.fields else None, reason)
        else:
            messages.success(request, message)
            query = f"?au={_on(request).isoformat()}" if request.GET.get("au") else ""
            return redirect(conv.get_absolute_url() + query + f"#{action}")
    return _page(request, conv, {action: form}, status=400)


def _apply(user: Any, conv: sm.Convention, action: str, d: dict[str, Any]) -> str:
    """Call the service of ``action``; returns the French confirmation. Raises ``Refused``."""
    simple = {"signature": services.sign, "transmission": services.transmit_to_prefect,
              "notification": services.notify, "publication": services.publish_essential_data}
    if action in simple:
        simple[action](user, conv, d["on"])
        return f"{FORMS[action][1]} enregistrée."
    if action == "demande":
        services.request_payment(user, conv, d["on"], d.get("amount"))
        return "Demande de paiement enregistrée."
    if action == "paiement":
        services.pay(user, conv, d["on"], d["amount"])
        return "Paiement enregistré."
    if action == "reversement":
        services.repay(user, conv, d["on"], d["amount"])
        return "Reversement enregistré."
    if action == "piece":
        services.receive_report(user, conv, d["on"], d["label"], d["deliverable"])
        return "Pièce reçue enregistrée."
    if action == "avenant":
        services.add_amendment(user, conv, d["number"], d["signed_on"], d["object"], d["amount"],
                               d["end_date"])
        return f"Avenant n°{d['number']} enregistré."
    f = d["file"]
    outcome = services.upload_deliverables(user, conv, f.name, f.read(), d["on"])
    if outcome.errors:
        refused = services.Refused(f"Classeur refusé : {len(outcome.errors)} cellule(s) en erreur", "file")
        refused.reasons = [f"Classeur refusé — {e}" for e in outcome.errors]  # type: ignore[attr-defined]
        raise refused
    return f"Classeur accepté : {outcome.recorded} élément(s) enregistré(s)."
