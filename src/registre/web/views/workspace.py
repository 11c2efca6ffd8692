"""The clerks' workspace: a page per session where attendance, proxies and votes are recorded.

Each form posts to ``/greffe/seance/<id>/<action>/``; the view validates the form, calls
the service, and answers with the page: quorum and tally recomputed by the core, or the
form with the reason of a refusal next to the field (status 400). Nothing is half-saved:
the service rolls back.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from registre.web import models as m
from registre.web import services
from registre.web.convert import stored_report
from registre.web.forms import FORMS, NewSessionForm, SessionForm, members_of
from registre.web.views import sitting_page


@login_required
def index(request: HttpRequest) -> HttpResponse:
    if request.user.is_superuser:  # type: ignore[union-attr]
        authorities = m.Authority.objects.all()
    else:
        authorities = m.Authority.objects.filter(clerks__user=request.user, clerks__deleted_at__isnull=True)
    sessions = m.Session.objects.filter(assembly__authority__in=authorities).select_related(
        "assembly__authority")
    assemblies = m.Assembly.objects.filter(authority__in=authorities).select_related("authority")
    form = NewSessionForm(assemblies, request.POST or None, prefix="seance")
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            s = services.create_session(request.user, d["assembly"], d["date"], d["items"], d["place"])
        except services.Refused as e:
            form.add_error(e.field if e.field in form.fields else None, str(e))
        else:
            messages.success(request, "Séance créée : enregistrez les présences.")
            return redirect("registre:workspace-session", pk=s.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "registre/workspace/index.html", {"authorities": authorities,
                                                             "sessions": sessions, "form": form},
                  status=status)


def _editable(request: HttpRequest, pk: int) -> m.Session:
    s = get_object_or_404(m.Session.objects.select_related("assembly__authority"), pk=pk)
    services.require_clerk(request.user, s)
    return s


@login_required
def session(request: HttpRequest, pk: int) -> HttpResponse:
    s = _editable(request, pk)
    return _page(request, s, {})


def _page(request: HttpRequest, s: m.Session, bound: dict[str, SessionForm],
          status: int = 200, extra: dict[str, Any] | None = None) -> HttpResponse:
    report = stored_report(s)
    core = report.session
    name = core.name_of
    notice = sitting_page.notice(request)
    # After a save the forms stay on the question the clerk was working on (issue 15).
    last = {"item": notice["items"][0]} if notice and notice["items"] else {}
    forms = {key: bound.get(key) or cls(s, prefix=key, initial=last) for key, cls in FORMS.items()}
    rows = []
    for r in report.items:
        rows.append({
            "result": r,
            "interested": ", ".join(name(i.person) for i in r.interested),
            "represented": [(name(g), name(h)) for g, h in r.represented.items()],
            "disagrees": r.tally is not None and r.tally.agrees is False,
        })
    attendance = [(a, name(a.person)) for a in core.attendance]
    proxies = list(s.proxies.select_related("giver", "holder"))
    flagged = dict(m.Vote.objects.filter(item__session=s).exclude(review_note="")
                   .values_list("item__number", "review_note"))
    for row in rows:
        row["review"] = flagged.get(row["result"].item.number, "")
    for row in rows:
        row["changed"] = bool(notice) and row["result"].item.number in notice["items"]  # type: ignore[index]
    return render(request, "registre/workspace/session.html", {
        "session": s, "core": core, "report": report, "rows": rows, "forms": forms,
        "attendance": attendance, "proxies": proxies,
        "findings": report.all_findings(), "flagged": flagged,
        # issue 15: the grid, proxies with their span, findings explained, the last save's notice
        "grid": mark_safe(sitting_page.grid_rows(sitting_page.grid(report, members_of(s)))),
        "states": sitting_page.STATES,
        "proxy_spans": sitting_page.proxies(s, core),
        "finding_groups": sitting_page.findings(report, core), "notice": notice,
        **(extra or {}),
    }, status=status)


@require_POST
@login_required
def act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    if action == "grille":
        return _grid_cell(request, pk)
    if action not in FORMS:
        raise Http404("action inconnue")
    s = _editable(request, pk)
    form = FORMS[action](s, request.POST, prefix=action)
    extra: dict[str, Any] = {}
    status = 400
    if form.is_valid():
        try:
            message = _apply(request.user, s, action, form.cleaned_data, form)
        except services.NeedsConfirmation as e:
            # Shown before saving: which recorded votes move, and by how much (issue 11, part 3).
            form = _rebound(s, action, request, confirm=e.token)
            form.add_error(None, str(e))
            extra["confirmation"], status = {"key": action, "moved": e.moved}, 409
        except services.Stale as e:
            # What the clerk typed stays; the form now carries the revision they have seen.
            s.refresh_from_db(fields=["revision"])
            form = _rebound(s, action, request, version=s.revision)
            form.add_error(None, str(e))
            status = 409
        except services.Refused as e:
            field = e.field if e.field in form.fields else None
            form.add_error(field, str(e))
        else:
            # The confirmation goes next to the form that made it, and the rows it touched
            # are marked on the board (issue 15): the clerk stays where they were.
            d = form.cleaned_data
            sitting_page.remember(request, action, message, [
                d.get("item") or "", d.get("until") or "", d.get("from_item") or "",
                d.get("until_item") or ""])
            return redirect(f"{request.path.rsplit('/', 2)[0]}/#{action}")
    s.refresh_from_db(fields=["revision"])
    return _page(request, s, {action: form}, status=status, extra=extra)


def _grid_cell(request: HttpRequest, pk: int) -> HttpResponse:
    """A click in the attendance grid: that member, that item only (« présent(e) » or
    « absent(e) de la question »), through the same service and guards as the forms."""
    s = _editable(request, pk)
    cell = request.POST.get("c", "")
    person, _, number = cell.partition("|")
    version = request.POST.get("version", "")
    try:  # the click toggles the state stored now (the guard refuses a stale page)
        kind = sitting_page.toggle(sitting_page.state_of(stored_report(s), person,
                                                         number))
    except KeyError:
        kind = ""
    extra: dict[str, Any] = {}
    try:
        if kind not in ("present", "absent") or not person or not number:
            raise services.Refused("Case de la grille inconnue : rechargez la page.", None)
        services.change_presence(request.user, s, person, kind, number, "",
                                 read_at=int(version) if version.isdigit() else None,
                                 confirm=request.POST.get("confirm") or False)
    except services.NeedsConfirmation as e:
        extra["grid_confirmation"] = {"cell": cell, "token": e.token,
                                      "moved": e.moved, "message": str(e)}
    except (services.Stale, services.Refused) as e:
        extra["grid_error"] = str(e)
    else:
        name = stored_report(s).session.name_of(person)
        what = "présent(e)" if kind == "present" else "absent(e)"
        sitting_page.remember(request, "grille", f"{name} : {what} à la question n°{number}.", [number])
        return redirect(f"{request.path.rsplit('/', 2)[0]}/#grille")
    s.refresh_from_db(fields=["revision"])
    return _page(request, s, {}, status=409 if "grid_confirmation" in extra else 400, extra=extra)


def _rebound(s: m.Session, action: str, request: HttpRequest, **changes: Any) -> SessionForm:
    """The posted form again, with some of its hidden fields changed, validated."""
    data = request.POST.copy()
    for name, value in changes.items():
        data[f"{action}-{name}"] = str(value)
    form = FORMS[action](s, data, prefix=action)
    form.is_valid()
    return form


def _apply(user: Any, s: m.Session, action: str, d: dict[str, Any], form: SessionForm) -> str:
    """Call the service of ``action``; returns the French confirmation. Raises ``Refused``."""
    guard = {"read_at": d.get("version"), "confirm": d.get("confirm") or False}
    if action == "presence":
        services.set_present(user, s, d["person"], d["present"] == "1", **guard)
        return "Présence enregistrée."
    if action == "mouvement":
        services.change_presence(user, s, d["person"], d["kind"], d["item"], d.get("until") or "", **guard)
        return "Mouvement enregistré."
    if action == "pouvoir":
        services.add_proxy(user, s, d["giver"], d["holder"], d["from_item"], d["until_item"], **guard)
        return "Pouvoir enregistré."
    if action == "suppleant":
        services.add_substitute(user, s, d["titular"], d["first_name"], d["last_name"], d["civility"],
                                **guard)
        return "Suppléant enregistré."
    item = get_object_or_404(s.items, number=d["item"])
    read_at = guard["read_at"]
    if action == "interets":
        services.set_interests(user, item, d["interested"], **guard)
        return "Conseillers intéressés enregistrés."
    if action == "deliberation":
        services.edit_deliberation(user, item, title=d["title"], deliberation=d["deliberation"],
                                   matiere=d["matiere"], amount=d["amount"], beneficiary=d["beneficiary"],
                                   summary=d["summary"], decisions=form.decision_lines(),  # type: ignore[attr-defined]
                                   read_at=read_at)
        return "Délibération enregistrée."
    if action == "nominatif":
        services.record_roll_call(user, item, d["against_members"], d["abstention_members"], read_at=read_at)
        return "Vote nominatif enregistré : les autres votants votent pour."
    if action == "confirmer":
        services.confirm_vote(user, item, read_at=read_at)
        return "Vote confirmé tel qu'enregistré."
    services.record_vote(user, item, unanimous=d["unanimous"], counts=form.counts(),  # type: ignore[attr-defined]
                         read_at=read_at)
    return "Vote enregistré."


@require_POST
@login_required
def withdraw_proxy(request: HttpRequest, pk: int, proxy: int) -> HttpResponse:
    s = _editable(request, pk)
    px = get_object_or_404(s.proxies.select_related("giver", "holder"), pk=proxy)
    try:
        services.remove_proxy(request.user, px, confirm=request.POST.get("confirm") or False)
    except services.NeedsConfirmation as e:
        return render(request, "registre/workspace/confirm.html", {
            "session": s, "proxy": px, "moved": e.moved, "token": e.token, "message": str(e)}, status=409)
    except services.Refused as e:
        messages.error(request, str(e))
    else:
        messages.success(request, "Pouvoir retiré.")
    return redirect("registre:workspace-session", pk=s.pk)


def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "registre/403.html", {"message": str(exception or "")}, status=403)


__all__ = ["PermissionDenied", "act", "forbidden", "index", "session", "withdraw_proxy"]
